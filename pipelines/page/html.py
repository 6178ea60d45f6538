"""lxml helpers shared by the HTML parsers: parse, sanitise, read metadata, collect text.

Scraped HTML is hostile: it is parsed without network access, scripts, styles, frames,
forms and embedded objects are removed before any text is read, and only plain text leaves.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from w3lib.url import safe_url_string

from pipelines.errors import InputError
from pipelines.page.junk import is_ad_label
from pipelines.page.tidy import Line

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
DROPPED_TAGS = (
    "script", "style", "iframe", "noscript", "svg", "template", "object", "embed", "canvas",
    "button", "select", "input", "textarea", "video", "audio", "map", "dialog",
)  # fmt: skip
# Elements whose text is read as one paragraph when they hold no such element inside.
BLOCK_TAGS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "div",
    "section", "td", "th", "address", "caption",
)  # fmt: skip
DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf")
JSON_LD_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "pressrelease",
     "analysisnewsarticle", "report", "socialmediaposting"}
)  # fmt: skip
JSON_LD_PAGE_TYPES = frozenset({"webpage", "itempage"})
# class/id words of page furniture inside an article container
JUNK_WORDS = (
    "comment|comments|respond|reply|share|sharing|social|socials|related|relaterat|"
    "newsletter|nyhetsbrev|subscribe|prenumerera|widget|sidebar|advert|advertisement|ads|"
    "ad|annons|banner|cookie|cookies|consent|breadcrumb|breadcrumbs|promo|pagination|"
    "navigation|nav|menu|meny|post-navigation|jp-relatedposts|sharedaddy|byline|tags|"
    "tag-links|tags-links|cat-links|entry-meta|entry-footer|post-meta|author-box|"
    "authorbox|readmore|read-more|more-articles|popular|most-read|toolbar|print|"
    "skip-link|screen-reader-text|visually-hidden|sr-only|footer|header"
)
JUNK_CLASS = re.compile(rf"^(?:[a-z0-9]+[-_])*?(?:{JUNK_WORDS})(?:[-_][a-z0-9]+)*$")
NEVER_ARTICLE_CLASS = re.compile(
    r"^(?:[a-z0-9]+[-_])*?(?:comment|comments|commentlist|respond|related)(?:[-_][a-z0-9]+)*$"
)
# class tokens WordPress puts on the article element itself ("tag-comments", "category-ads")
TAXONOMY_TOKEN = re.compile(r"^(?:tag|category|format|status|type|post|postid|hentry|has)-")
JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
NEVER_JUNK = frozenset({"html", "body", "article", "main"})
MAX_JUNK_SHARE = 0.6
MAX_AD_BOX_CHARS = 400


def parse_html(text: str) -> etree._Element:
    """The document tree of `text`, with comments and processing instructions left out."""
    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, collect_ids=False
    )
    try:
        root = html.document_fromstring(XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {exc}") from None
    if root is None:
        raise InputError("unreadable HTML: no document element")
    return root


def sanitise(root: etree._Element) -> None:
    """Remove everything that is code or interaction rather than text; mark line breaks."""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")


def clean_text(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def text_of(element: etree._Element) -> str:
    return clean_text("".join(element.itertext()))


def _json_ld_objects(value: object) -> Iterator[dict]:
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _json_ld_objects(value.get("@graph", []))


def json_ld_article(root: etree._Element) -> dict:
    """The first JSON-LD object typed as an article (NewsArticle, BlogPosting...); failing
    that, the first WebPage object; else {}. Invalid JSON is skipped."""
    fallback: dict = {}
    for script in root.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in _json_ld_objects(data):
            types = obj.get("@type")
            names = {
                n.lower()
                for n in (types if isinstance(types, list) else [types])
                if isinstance(n, str)
            }
            if names & JSON_LD_TYPES:
                return obj
            if not fallback and names & JSON_LD_PAGE_TYPES:
                fallback = obj
    return fallback


def is_junk_element(element: etree._Element) -> bool:
    """Page furniture by its tag, role, class or id (nav, share bar, comments, ads...)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in NEVER_JUNK:
        return False
    if tag in ("nav", "aside", "footer", "header", "form", "figcaption"):
        return True
    if element.get("role", "").lower() in JUNK_ROLES or element.get("aria-hidden") == "true":
        return True
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    return any(JUNK_CLASS.match(token) and not TAXONOMY_TOKEN.match(token) for token in tokens)


def _is_never_article(element: etree._Element) -> bool:
    """Furniture that never wraps the article: comments, related lists, asides, footers.
    (Broader junk words such as "sidebar" also name layout wrappers around the article.)"""
    if element.tag in ("aside", "footer", "nav"):
        return True
    if element.tag in ("html", "body", "main"):
        return False
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    return any(
        NEVER_ARTICLE_CLASS.match(token) and not TAXONOMY_TOKEN.match(token) for token in tokens
    )


def inside_junk(element: etree._Element) -> bool:
    """The element, or one around it, is a comment, a related list, an aside or a footer."""
    return _is_never_article(element) or any(map(_is_never_article, element.iterancestors()))


def _text_length(element: etree._Element) -> int:
    return sum(len(part.strip()) for part in element.itertext())


def remove_junk(container: etree._Element) -> None:
    """Remove furniture elements inside `container`: never the container itself, and never
    a wrapper holding most of its text (a "with-sidebar" layout class is not a sidebar)."""
    remove_labelled_ads(container)
    doomed = [el for el in container.iterdescendants() if is_junk_element(el)]
    if not doomed:
        return
    total = _text_length(container) or 1
    for element in doomed:
        if _text_length(element) > MAX_JUNK_SHARE * total and element.find(".//p") is not None:
            continue
        if element.getparent() is not None:
            element.drop_tree()


def remove_labelled_ads(container: etree._Element) -> None:
    """Remove the small box around an "Annons"/"Advertisement" label, label included."""
    labels = [
        el
        for el in container.iter()
        if len(el) == 0 and el.text and is_ad_label(el.text) and is_ad_label(text_of(el))
    ]
    for label in labels:
        box = label.getparent()
        if box is None or box is container or _text_length(box) > MAX_AD_BOX_CHARS:
            box = label
        if box.getparent() is not None:
            box.drop_tree()


def _own_text(element: etree._Element) -> str:
    return clean_text(element.text)


def block_lines(container: etree._Element) -> list[Line]:
    """The container's text as lines, one per innermost block element (p, li, h2...)."""
    blocks = list(container.iter(*BLOCK_TAGS))
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        has_inner_block = following is not None and block in following.iterancestors()
        if has_inner_block:
            own = _own_text(block)
            if own:
                lines.append(Line(own))
            continue
        raw = "".join(block.itertext())
        lines.extend(Line(part) for part in (clean_text(p) for p in raw.split("\n")) if part)
        parent = block.getparent()
        if parent is not None and parent.tag in BLOCK_TAGS and clean_text(block.tail):
            lines.append(Line(clean_text(block.tail)))
    return lines


def document_links(container: etree._Element, base_url: str | None) -> list[str]:
    """Absolute http(s) URLs of documents (PDF, Word, ...) linked inside `container`,
    percent-encoded as browsers and Scrapy send them (w3lib's safe_url_string), so the same
    document has one spelling whoever found it."""
    found: list[str] = []
    for anchor in container.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href:
            continue
        absolute = safe_url_string(urljoin(base_url, href) if base_url else href)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https"):
            continue
        path = parts.path.lower()
        if (path.endswith(DOCUMENT_EXTENSIONS) or "/download/" in path) and absolute not in found:
            found.append(absolute)
    return found


def page_language(root: etree._Element, meta: Callable[..., str | None]) -> str | None:
    """The primary language subtag the page declares (html lang, content-language, og:locale);
    `meta` looks up a meta tag's content by name."""
    declared = (
        root.get("lang")
        or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        or meta("content-language", "og:locale", "language", "dc.language")
    )
    if not declared:
        return None
    primary = re.split(r"[-_]", declared.strip().lower())[0]
    if primary in ("nb", "nn"):
        return "no"
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None
