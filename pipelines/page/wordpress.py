"""WordPress news sites (Inköpsrådet, Upphandling24): theme markup around `.entry-content`.

Article pages carry the headline in `h1.entry-title`, the date in `time.entry-date` (or a
dateline near the headline), the author after the article, and topic links in a
"Läs mer: ..." row or the theme's tag/category links; comments (`#comments`,
`.comment-list`, `#respond`) and widgets (`aside`, `.widget`) follow.
"""

from __future__ import annotations

from datetime import date

from lxml import etree

from pipelines.page import html as h
from pipelines.page.dates import parse_date
from pipelines.page.generic import GenericParser, _byline_name, _unique_topics, has_class

WP_CONTAINERS = tuple(
    etree.XPath(path)
    for path in (
        "//*[" + has_class("entry-content") + "]",
        "//*[" + has_class("post-content") + " or " + has_class("td-post-content") + "]",
        "//article//*[" + has_class("content") + "]",
    )
)
WP_TITLE = etree.XPath(
    "//h1[" + has_class("entry-title") + "] | //*[" + has_class("entry-title") + "]"
)
WP_TIME = etree.XPath(
    "//time[" + has_class("entry-date") + " or " + has_class("published") + "][@datetime]"
)
WP_AUTHOR = etree.XPath(
    "//*[" + has_class("author") + "]//*[" + has_class("fn") + "] | //a[@rel='author']"
    " | //*[" + has_class("entry-author") + " or " + has_class("author-name") + "]"
)
WP_TOPIC_LINKS = etree.XPath(
    "//a[contains(concat(' ', @rel, ' '), ' tag ')"
    " or contains(concat(' ', @rel, ' '), ' category ')]"
    " | //*[" + has_class("tags-links") + " or " + has_class("cat-links") + "]//a"
)
MAX_TOPIC_WORDS = 4
TOPIC_ROW_PREFIXES = ("läs mer:", "ämnen:", "taggar:", "tags:", "topics:", "kategorier:")


class WordPressParser(GenericParser):
    """A WordPress theme's article page; generic rules fill whatever the theme leaves out."""

    name = "wordpress"
    container_xpaths = WP_CONTAINERS + GenericParser.container_xpaths

    def title(self) -> str | None:
        for heading in WP_TITLE(self.root):
            text = h.text_of(heading)
            if text:
                return text
        return super().title()

    def published(self) -> date | None:
        for element in WP_TIME(self.root):
            found = parse_date(element.get("datetime"))
            if found:
                return found
        return super().published()

    def author(self) -> str | None:
        for element in WP_AUTHOR(self.root):
            name = _byline_name(h.text_of(element))
            if name:
                return name
        return super().author()

    def topics(self) -> list[str]:
        found = [h.text_of(link) for link in WP_TOPIC_LINKS(self.root)]
        found.extend(self._topic_row_links())
        return _unique_topics(found) or super().topics()

    def _topic_row_links(self) -> list[str]:
        """Link texts of a "Läs mer: IT Upphandling Vård & omsorg" row of topic links."""
        for block in self.root.iter("p", "div", "span"):
            own = h.clean_text(block.text).lower()
            links = block.findall("a")
            names = [h.text_of(link) for link in links]
            if names and own.startswith(TOPIC_ROW_PREFIXES):
                return [name for name in names if len(name.split()) <= MAX_TOPIC_WORDS]
        return []
