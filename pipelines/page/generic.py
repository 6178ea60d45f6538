"""The generic HTML parser: any news page, read through its metadata and its densest text.

Platform parsers (WordPress, SiteVision) subclass it and override one field method each,
falling back on these generic rules when their own markup is missing. Author, date and
topics are looked for in the article's scope (its <article>, or the container's parent)
so that comment dates and teaser bylines elsewhere on the page are not taken.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from lxml import etree

from pipelines.model import Page
from pipelines.page import density
from pipelines.page import html as h
from pipelines.page.dates import find_date, parse_date
from pipelines.page.index import PageIndex, within
from pipelines.page.text import TITLE_LABEL, dateline_date, take_dateline
from pipelines.page.tidy import Line, tidy

CONTAINER_CLASSES = (
    "entry-content", "post-content", "article-body", "article__body", "article-content",
    "story-body", "news-content", "post-body", "content-body", "article-text", "news-article",
    "page-content", "main-content",
)  # fmt: skip
LEAD_CLASSES = ("ingress", "lead", "preamble", "standfirst", "entry-summary", "dek", "intro")
DATE_CLASS_PARTS = ("date", "posted-on", "published", "byline", "meta", "time")
AUTHOR_CLASS_PARTS = ("author", "byline")
DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
)  # fmt: skip
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author")
TITLE_SEPARATOR_LAST = re.compile(r"^(.*)\s+([|–—-]|::)\s+(.*?)$")
SITE_NAME_WORDS = 3
BYLINE_PREFIX = re.compile(
    r"^(?:av|by|text|af|skrevet av|skrevet af|skrivet av|skriven av|written by|posted by|"
    r"författare|forfatter|author|journalist)\s*:?\s+",
    re.IGNORECASE,
)
MIN_CONTAINER_CHARS = 150
# A marked-up container loses to another, not around it, with twice its paragraph text.
MIN_SHARE_OF_BEST = 0.5
MAX_AUTHOR_CHARS = 60
NEAR_HEADING_ELEMENTS = 3
MAX_TOPICS = 20


class GenericParser:
    """Fields of an article page from JSON-LD, meta tags, common markup and text density."""

    name = "generic"
    container_classes: tuple[str, ...] = CONTAINER_CLASSES

    def __init__(self, root: etree._Element, url: str | None = None) -> None:
        self.root = root
        self.url = url
        self.json_ld = h.json_ld_article(root)
        self.index = PageIndex(root)
        self.language = h.page_language(root, self.index.meta)
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
        heading = density.heading_before(self.container())
        if heading:
            return heading
        title = self.root.find(".//title")
        return self._without_site_name(h.text_of(title)) if title is not None else None

    def published(self) -> date | None:
        for value in (self.json_ld.get("datePublished"), self.index.meta(*DATE_META)):
            found = parse_date(value) if isinstance(value, str) else None
            if found:
                return found
        for element in self.scope().iter("time"):
            found = parse_date(element.get("datetime"))
            if found:
                return found
        for element in within(self.index.containing(*DATE_CLASS_PARTS), self.scope()):
            text = h.text_of(element)[:200]
            found = dateline_date(text) or find_date(text)
            if found:
                return found
        return self._date_near_heading()

    def _date_near_heading(self) -> date | None:
        """A dateline ("| 2018-09-28") among the few elements after the page's h1."""
        heading = next(self.root.iter("h1"), None)
        if heading is None:
            return None
        neighbours = list(heading.itersiblings())[:NEAR_HEADING_ELEMENTS]
        parent = heading.getparent()
        if parent is not None:
            neighbours += list(parent.itersiblings())[:NEAR_HEADING_ELEMENTS]
        for element in neighbours:
            found = dateline_date(h.text_of(element)[:200])
            if found:
                return found
        return None

    def author(self) -> str | None:
        names = _json_ld_names(self.json_ld.get("author"))
        if names:
            return ", ".join(names)
        meta = self.index.meta(*AUTHOR_META)
        if meta and not meta.startswith(("http://", "https://")):
            return byline_name(meta)
        scope = self.scope()
        marked = [el for el in scope.iter("a") if "author" in (el.get("rel") or "")]
        marked += within(self.index.containing(*AUTHOR_CLASS_PARTS), scope)
        for element in marked:
            name = byline_name(h.text_of(element))
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
        for meta in self.root.iter("meta"):
            if meta.get("property") == "article:tag":
                found.append(meta.get("content") or "")
        found.extend(h.text_of(a) for a in self.scope().iter("a") if "tag" in rel_of(a))
        return unique_topics(found)

    def content(self) -> etree._Element:
        """The element holding the article text: articleBody, <article>, a content class or
        <main>, in that order of trust, unless a later kind holds far more paragraph text."""
        groups = (
            self.index.itemprops.get("articleBody", []),
            list(self.root.iter("article")),
            self.index.having(*self.container_classes),
            list(self.root.iter("main")),
        )
        bests = []
        for candidates in groups:
            scored = [
                (density.paragraph_chars(element), element)
                for element in candidates
                if not h.inside_junk(element)
            ]
            if scored:
                bests.append(max(scored, key=lambda pair: pair[0]))
        for chars, element in bests:
            if chars >= MIN_CONTAINER_CHARS and not _outweighed(chars, element, bests):
                return element
        return density.densest_block(self.root)

    def container(self) -> etree._Element:
        """`content()`, found once per page."""
        if self._container is None:
            self._container = self.content()
        return self._container

    def scope(self) -> etree._Element:
        """The article around the container: its <article>, else the container's parent."""
        container = self.container()
        if container.tag == "article":
            return container
        article = next(container.iterancestors("article"), None)
        if article is not None:
            return article
        parent = container.getparent()
        return parent if parent is not None else container

    def attachments(self, container: etree._Element) -> list[str]:
        return h.document_links(container, self.url)

    def lead(self, container: etree._Element) -> list[Line]:
        """The ingress (standfirst, preamble) of the article the container belongs to."""
        scope = self.scope() if self.scope() is not container else container.getparent()
        if scope is None:
            return []
        for element in within(self.index.having(*LEAD_CLASSES), scope):
            text = h.text_of(element)
            if text and element not in container.iterancestors():
                return [Line(text)]
        return []

    def body_lines(self, container: etree._Element) -> list[Line]:
        return h.block_lines(container)

    # -- the page -------------------------------------------------------------------------
    def parse(self) -> Page:
        heading = self.title()
        title = (TITLE_LABEL.sub("", heading).strip() or heading) if heading else None
        published, author, topics = self.published(), self.author(), self.topics()
        container = self.container()
        attachments = self.attachments(container)
        lead = self.lead(container)
        h.remove_junk(container)
        lines = density.after_title(self.body_lines(container), heading)
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
        for heading in self.root.iter("h1"):
            text = h.text_of(heading)
            if len(text.split()) >= 2:
                return text
        return None

    def _og_title(self) -> str | None:
        value = self.index.meta("og:title", "twitter:title")
        return self._without_site_name(h.clean_text(value)) if value else None

    def _without_site_name(self, title: str) -> str | None:
        """ "Headline | Site name" -> "Headline". The last part goes when it names the site
        (og:site_name or the URL's host) or, after a "|", when it is short."""
        match = TITLE_SEPARATOR_LAST.match(title)
        if not match:
            return title or None
        head, separator, tail = match.group(1).strip(), match.group(2), match.group(3).strip()
        names_site = _squash(tail) in self._site_names()
        if head and (names_site or (separator == "|" and len(tail.split()) <= SITE_NAME_WORDS)):
            return head
        return title or None

    def _site_names(self) -> set[str]:
        names = {_squash(self.index.meta("og:site_name") or "")}
        host = (urlsplit(self.url).hostname or "") if self.url else ""
        labels = [label for label in host.split(".") if label not in ("www", "")]
        if labels:
            names.add(_squash(labels[0]))
        return names - {""}


def _squash(text: str) -> str:
    """Lowercase letters and digits only: "Inköpsrådet" ~ "inkopsradet" is not attempted."""
    return "".join(char for char in text.lower() if char.isalnum())


def _outweighed(
    chars: int, element: etree._Element, bests: list[tuple[int, etree._Element]]
) -> bool:
    """Another candidate elsewhere on the page (not an ancestor) has far more text."""
    ancestors = set(element.iterancestors())
    return any(
        chars < MIN_SHARE_OF_BEST * other_chars and other not in ancestors and other is not element
        for other_chars, other in bests
    )


def rel_of(element: etree._Element) -> list[str]:
    return (element.get("rel") or "").lower().split()


def _json_ld_names(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(h.clean_text(name))
    return names


def byline_name(text: str) -> str | None:
    """The person's name in a byline ("Av Anna Berg" -> "Anna Berg"), or None."""
    name = BYLINE_PREFIX.sub("", h.clean_text(text)).strip(" ,|-–")
    if not name or len(name) > MAX_AUTHOR_CHARS or find_date(name) or "@" in name:
        return None
    return name


def unique_topics(candidates: list[str]) -> list[str]:
    """Topic names without blanks, overlong entries or case-insensitive repeats."""
    topics: list[str] = []
    seen: set[str] = set()
    for candidate in candidates:
        topic = h.clean_text(candidate)
        if topic and len(topic) <= 60 and topic.lower() not in seen:
            seen.add(topic.lower())
            topics.append(topic)
    return topics[:MAX_TOPICS]
