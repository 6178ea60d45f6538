"""The generic HTML parser: any news page, read through its metadata and its densest text.

Platform parsers (WordPress, SiteVision) subclass it and override one field method each,
falling back on these generic rules when their own markup is missing.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from pipelines.model import Page
from pipelines.page import html as h
from pipelines.page.dates import find_date, parse_date
from pipelines.page.text import TITLE_LABEL, take_dateline
from pipelines.page.tidy import Line, tidy


def has_class(name: str) -> str:
    """XPath test: the element's class list contains `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


CONTAINER_XPATHS = tuple(
    etree.XPath(path)
    for path in (
        '//*[@itemprop="articleBody"]',
        "//article",
        "//*["
        + " or ".join(
            has_class(name)
            for name in (
                "entry-content",
                "post-content",
                "article-body",
                "article__body",
                "article-content",
                "story-body",
                "news-content",
                "post-body",
                "content-body",
                "article-text",
                "news-article",
                "page-content",
                "main-content",
            )
        )
        + "]",
        "//main",
        '//*[@role="main"]',
    )
)
LEAD_XPATH = etree.XPath(
    "//*["
    + " or ".join(
        has_class(name)
        for name in ("ingress", "lead", "preamble", "standfirst", "entry-summary", "dek", "intro")
    )
    + "]"
)
TIME_XPATH = etree.XPath("//time[@datetime]")
DATE_ELEMENT_XPATH = etree.XPath(
    '//*[contains(@class, "date") or contains(@class, "posted-on") or contains(@class, "published")'
    ' or contains(@class, "dateline") or contains(@class, "byline")]'
)
AUTHOR_XPATH = etree.XPath(
    '//*[@rel="author"] | //*[@itemprop="author"] | //*[contains(@class, "author")'
    ' or contains(@class, "byline")]'
)
TAG_LINK_XPATH = etree.XPath('//a[contains(concat(" ", @rel, " "), " tag ")]')
H1_XPATH = etree.XPath("//h1")
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "DC.date.issued",
    "dcterms.issued",
    "DC.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
AUTHOR_META = ("author", "article:author", "DC.creator", "dc.creator", "parsely-author")
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
BYLINE_PREFIX = re.compile(
    r"^(?:av|by|text|af|skrevet av|skrevet af|skrivet av|skriven av|written by|posted by|"
    r"författare|forfatter|author|journalist)\s*:?\s+",
    re.IGNORECASE,
)
MIN_CONTAINER_CHARS = 150
MIN_TEXT_CHARS = 25
MAX_HEADING_SIBLINGS = 3
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 25
CONTAINER_TAGS = frozenset({"div", "section", "td", "article", "main"})
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "span", "u", "small", "font", "abbr"})
HEADING_CLASS = re.compile(r"headline|title|heading|rubrik|overskrift|overskrift", re.IGNORECASE)
MAX_AUTHOR_CHARS = 60
MAX_TOPICS = 20


class GenericParser:
    """Fields of an article page from JSON-LD, meta tags, common markup and text density."""

    name = "generic"
    container_xpaths: tuple[etree.XPath, ...] = CONTAINER_XPATHS

    def __init__(self, root: etree._Element, url: str | None = None) -> None:
        self.root = root
        self.url = url
        self.json_ld = h.json_ld_article(root)
        self.language = h.page_language(root)
        self._container: etree._Element | None = None
        h.sanitise(root)

    # -- fields ---------------------------------------------------------------------------
    def title(self) -> str | None:
        headline = self.json_ld.get("headline")
        if isinstance(headline, str) and headline.strip():
            return h.clean_text(headline)
        for candidate in (self._article_h1(), self._og_title(), self._first_h1()):
            if candidate:
                return candidate
        heading = _heading_before(self.container())
        if heading:
            return heading
        title = self.root.find(".//title")
        return self._without_site_name(h.text_of(title)) if title is not None else None

    def published(self) -> date | None:
        for value in (self.json_ld.get("datePublished"), h.meta_content(self.root, *DATE_META)):
            found = parse_date(value) if isinstance(value, str) else None
            if found:
                return found
        for element in TIME_XPATH(self.root):
            found = parse_date(element.get("datetime"))
            if found:
                return found
        for element in DATE_ELEMENT_XPATH(self.root):
            found = find_date(h.text_of(element)[:200])
            if found:
                return found
        return None

    def author(self) -> str | None:
        names = _json_ld_names(self.json_ld.get("author"))
        if names:
            return ", ".join(names)
        meta = h.meta_content(self.root, *AUTHOR_META)
        if meta and not meta.startswith(("http://", "https://")):
            return _byline_name(meta)
        for element in AUTHOR_XPATH(self.root):
            name = _byline_name(h.text_of(element))
            if name:
                return name
        return None

    def topics(self) -> list[str]:
        found: list[str] = []
        keywords = self.json_ld.get("keywords")
        if isinstance(keywords, str):
            found.extend(keywords.split(","))
        elif isinstance(keywords, list):
            found.extend(word for word in keywords if isinstance(word, str))
        section = self.json_ld.get("articleSection")
        found.extend([section] if isinstance(section, str) else [])
        for meta in self.root.iterfind('.//meta[@property="article:tag"]'):
            found.append(meta.get("content") or "")
        found.extend(h.text_of(link) for link in TAG_LINK_XPATH(self.root))
        return _unique_topics(found)

    def content(self) -> etree._Element:
        """The element holding the article text."""
        for xpath in self.container_xpaths:
            candidates = xpath(self.root)
            if candidates:
                best = max(candidates, key=_paragraph_chars)
                if _paragraph_chars(best) >= MIN_CONTAINER_CHARS:
                    return best
        return _densest_block(self.root)

    def container(self) -> etree._Element:
        """`content()`, found once per page."""
        if self._container is None:
            self._container = self.content()
        return self._container

    def attachments(self, container: etree._Element) -> list[str]:
        return h.document_links(container, self.url)

    def lead(self, container: etree._Element) -> list[Line]:
        """The ingress (standfirst, preamble): inside the container or just before it."""
        candidates = LEAD_XPATH(self.root)
        if not candidates:
            return []
        before: set[etree._Element] = set()
        for element in self.root.iter():
            if element is container:
                break
            before.add(element)
        for element in candidates:
            inside = container in element.iterancestors()
            text = h.text_of(element)
            if text and (inside or element in before) and element not in container.iterancestors():
                return [Line(text)]
        return []

    def body_lines(self, container: etree._Element) -> list[Line]:
        return h.block_lines(container)

    # -- the page -------------------------------------------------------------------------
    def parse(self) -> Page:
        heading = self.title()
        title = (TITLE_LABEL.sub("", heading).strip() or heading) if heading else None
        published = self.published()
        author = self.author()
        topics = self.topics()
        container = self.container()
        attachments = self.attachments(container)
        lead = self.lead(container)
        h.remove_junk(container)
        lines = _after_title(self.body_lines(container), heading)
        lines = lead + [line for line in lines if not lead or line.text != lead[0].text]
        dateline = take_dateline(lines, 0)
        tidied = tidy(lines)
        return Page(
            title=title,
            body="\n\n".join(tidied.paragraphs),
            published=published or dateline,
            author=author or tidied.byline,
            topics=topics,
            attachments=attachments,
            language=self.language,
        )

    # -- helpers --------------------------------------------------------------------------
    def _article_h1(self) -> str | None:
        for article in self.root.iter("article"):
            heading = article.find(".//h1")
            if heading is not None and h.text_of(heading):
                return h.text_of(heading)
        return None

    def _first_h1(self) -> str | None:
        for heading in H1_XPATH(self.root):
            text = h.text_of(heading)
            if len(text.split()) >= 2:
                return text
        return None

    def _og_title(self) -> str | None:
        value = h.meta_content(self.root, "og:title", "twitter:title")
        return self._without_site_name(h.clean_text(value)) if value else None

    def _without_site_name(self, title: str) -> str | None:
        """ "Headline | Site name" -> "Headline"."""
        site = h.meta_content(self.root, "og:site_name") or ""
        parts = TITLE_SEPARATORS.split(title)
        if len(parts) > 1:
            tail = parts[-1].strip()
            if tail.lower() == site.lower() or len(tail.split()) <= 3:
                return " - ".join(parts[:-1]).strip() or None
        return title or None


def _paragraph_chars(element: etree._Element) -> int:
    return sum(len(h.text_of(p)) for p in element.iter("p"))


def _direct_text_chars(element: etree._Element) -> int:
    """Characters of text directly inside `element` (not inside its child elements),
    plus the text of its inline children, minus link text."""
    chars = len((element.text or "").strip())
    for child in element:
        chars += len((child.tail or "").strip())
        if child.tag in INLINE_TAGS:
            chars += len(h.text_of(child)) * (-1 if child.tag == "a" else 1)
    return chars


def _densest_block(root: etree._Element) -> etree._Element:
    """The element holding the most running text: paragraphs credit their parent (and
    half to its parent), text written straight into a div or cell credits that element."""
    scores: dict[etree._Element, float] = {}
    for element in root.iter(*h.BLOCK_TAGS):
        chars = _direct_text_chars(element)
        if chars < MIN_TEXT_CHARS:
            continue
        target = element if element.tag in CONTAINER_TAGS else element.getparent()
        for weight in (1.0, 0.5):
            if target is None:
                break
            scores[target] = scores.get(target, 0.0) + chars * weight
            target = target.getparent()
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return max(scores, key=scores.get)


def _heading_before(container: etree._Element) -> str | None:
    """A headline standing just before the text container (an h2 or a "headline" box)."""
    for sibling in list(container.itersiblings(preceding=True))[:MAX_HEADING_SIBLINGS]:
        for element in sibling.iter():
            is_heading = element.tag in ("h2", "h3") or HEADING_CLASS.search(
                element.get("class", "")
            )
            text = h.text_of(element) if is_heading else ""
            if TITLE_MIN_WORDS <= len(text.split()) <= TITLE_MAX_WORDS:
                return text
    return None


def _after_title(lines: list[Line], title: str | None) -> list[Line]:
    """Lines after the headline when the container repeats it near its top."""
    if not title:
        return lines
    plain = TITLE_LABEL.sub("", title).strip().lower()
    for index, line in enumerate(lines[:8]):
        if TITLE_LABEL.sub("", line.text).strip().lower() == plain:
            return lines[index + 1 :]
    return lines


def _json_ld_names(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(h.clean_text(name))
    return names


def _byline_name(text: str) -> str | None:
    name = BYLINE_PREFIX.sub("", h.clean_text(text)).strip(" ,|")
    if not name or len(name) > MAX_AUTHOR_CHARS or find_date(name) or "@" in name:
        return None
    return name


def _unique_topics(candidates: list[str]) -> list[str]:
    topics: list[str] = []
    for candidate in candidates:
        topic = h.clean_text(candidate)
        if topic and len(topic) <= 60 and topic.lower() not in (t.lower() for t in topics):
            topics.append(topic)
    return topics[:MAX_TOPICS]
