"""Where is the article text? Text-density helpers for pages without helpful markup."""

from __future__ import annotations

import re

from lxml import etree

from pipelines.page import html as h
from pipelines.page.text import TITLE_LABEL
from pipelines.page.tidy import Line

MIN_TEXT_CHARS = 25
MAX_HEADING_SIBLINGS = 3
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 25
CONTAINER_TAGS = frozenset({"div", "section", "td", "article", "main"})
INLINE_TAGS = frozenset({"a", "b", "strong", "i", "em", "span", "u", "small", "font", "abbr"})
HEADING_CLASS = re.compile(r"headline|title|heading|rubrik|overskrift", re.IGNORECASE)


def paragraph_chars(element: etree._Element) -> int:
    """Characters of paragraph text inside `element`."""
    return sum(len(h.text_of(p)) for p in element.iter("p"))


def direct_text_chars(element: etree._Element) -> int:
    """Characters of text directly inside `element` (not inside its child elements),
    plus the text of its inline children, minus link text."""
    chars = len((element.text or "").strip())
    for child in element:
        chars += len((child.tail or "").strip())
        if child.tag in INLINE_TAGS:
            chars += len(h.text_of(child)) * (-1 if child.tag == "a" else 1)
    return chars


def densest_block(root: etree._Element) -> etree._Element:
    """The element holding the most running text: paragraphs credit their parent (and
    half to its parent), text written straight into a div or cell credits that element."""
    scores: dict[etree._Element, float] = {}
    for element in root.iter(*h.BLOCK_TAGS):
        chars = direct_text_chars(element)
        if chars < MIN_TEXT_CHARS:
            continue
        target = element if element.tag in CONTAINER_TAGS else element.getparent()
        for weight in (1.0, 0.5):
            if target is None:
                break
            scores[target] = scores.get(target, 0.0) + chars * weight
            target = target.getparent()
    for element in sorted(scores, key=scores.__getitem__, reverse=True):
        if not h.inside_junk(element):
            return element
    body = root.find("body")
    return body if body is not None else root


def heading_before(container: etree._Element) -> str | None:
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


def after_title(lines: list[Line], title: str | None) -> list[Line]:
    """Lines after the headline when the container repeats it near its top."""
    if not title:
        return lines
    plain = TITLE_LABEL.sub("", title).strip().lower()
    for index, line in enumerate(lines[:8]):
        if TITLE_LABEL.sub("", line.text).strip().lower() == plain:
            return lines[index + 1 :]
    return lines
