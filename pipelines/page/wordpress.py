"""WordPress news sites (Inköpsrådet, Upphandling24): theme markup around `.entry-content`.

Article pages carry the headline in `h1.entry-title`, the date in `time.entry-date` (or a
dateline near the headline), the author after the article, and topic links in a
"Läs mer: ..." row or the theme's tag/category links; comments (`#comments`,
`.comment-list`, `#respond`) and widgets (`aside`, `.widget`) follow.
"""

from __future__ import annotations

from datetime import date

from pipelines.page import html as h
from pipelines.page.dates import parse_date
from pipelines.page.generic import GenericParser, byline_name, rel_of, unique_topics
from pipelines.page.index import within

WP_CONTAINER_CLASSES = ("entry-content", "post-content", "td-post-content")
WP_TIME_CLASSES = frozenset({"entry-date", "published"})
WP_AUTHOR_CLASSES = ("entry-author", "author-name", "td-post-author-name")
WP_TOPIC_ROW_CLASSES = ("tags-links", "cat-links", "td-tags", "post-tags")
TOPIC_RELS = frozenset({"tag", "category"})
TOPIC_ROW_PREFIXES = ("läs mer:", "ämnen:", "taggar:", "tags:", "topics:", "kategorier:")
MAX_TOPIC_WORDS = 4


class WordPressParser(GenericParser):
    """A WordPress theme's article page; generic rules fill whatever the theme leaves out."""

    name = "wordpress"
    container_classes = WP_CONTAINER_CLASSES + GenericParser.container_classes

    def content(self):
        for element in self.index.having(*WP_CONTAINER_CLASSES):
            if h.text_of(element):
                return element
        return super().content()

    def title(self) -> str | None:
        for heading in self.index.having("entry-title"):
            if heading.tag == "h1" and h.text_of(heading):
                return h.text_of(heading)
        return super().title()

    def published(self) -> date | None:
        for element in self.root.iter("time"):
            classes = set((element.get("class") or "").split())
            found = parse_date(element.get("datetime")) if classes & WP_TIME_CLASSES else None
            if found:
                return found
        return super().published()

    def author(self) -> str | None:
        scope = self.scope()
        candidates = [
            fn
            for box in within(self.index.having("author"), scope)
            for fn in box.iter()
            if "fn" in (fn.get("class") or "").split()
        ]
        candidates += [a for a in scope.iter("a") if "author" in rel_of(a)]
        candidates += within(self.index.having(*WP_AUTHOR_CLASSES), scope)
        for element in candidates:
            name = byline_name(h.text_of(element))
            if name:
                return name
        return super().author()

    def topics(self) -> list[str]:
        scope = self.scope()
        links = [a for a in scope.iter("a") if TOPIC_RELS & set(rel_of(a))]
        for row in within(self.index.having(*WP_TOPIC_ROW_CLASSES), scope):
            links.extend(row.iter("a"))
        found = [h.text_of(link) for link in links] + self._topic_row_links()
        return unique_topics(found) or super().topics()

    def _topic_row_links(self) -> list[str]:
        """Link texts of a "Läs mer: IT Upphandling Vård & omsorg" row of topic links."""
        for block in self.scope().iter("p", "div", "span"):
            own = h.clean_text(block.text).lower()
            if not own.startswith(TOPIC_ROW_PREFIXES):
                continue
            names = [h.text_of(link) for link in block.findall("a")]
            return [name for name in names if 0 < len(name.split()) <= MAX_TOPIC_WORDS]
        return []
