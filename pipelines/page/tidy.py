"""From candidate lines to the article's paragraphs: drop junk lines, cut trailing sections.

Both the plain-text parser and the HTML parsers hand their lines here, so one set of rules
decides what a reader would call the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.page import junk

# A late section header only ends the article once this share of its text came before it.
LATE_HEADER_MIN_SHARE = 0.4
# A link list ends the article when this share of the text came before it.
LINK_LIST_END_SHARE = 0.5
MAX_LINK_WORDS = 15


@dataclass(slots=True)
class Line:
    """One line of text; `new_block` when a blank line (or a block element) precedes it."""

    text: str
    new_block: bool = True


@dataclass(slots=True)
class Tidied:
    paragraphs: list[str] = field(default_factory=list)
    byline: str | None = None  # a person's name standing just before the comments


def _without_repeats(lines: list[Line]) -> list[Line]:
    """Drop a line that repeats the line before it (duplicated headings, bylines)."""
    kept: list[Line] = []
    for line in lines:
        if kept and junk.label_of(kept[-1].text) == junk.label_of(line.text):
            continue
        kept.append(line)
    return kept


def _ad_length(lines: list[Line], start: int) -> int:
    """How many lines after an ad label belong to the ad: its heading, and the text right
    under that heading when the heading is a question or shares its block."""
    if start + 1 >= len(lines) or not junk.looks_like_headline(lines[start + 1].text):
        return 0
    heading_end = start + 2
    if heading_end < len(lines):
        follower = lines[heading_end]
        if not follower.new_block or lines[start + 1].text.rstrip().endswith("?"):
            return 2
    return 1


def _after_link_list(lines: list[Line], start: int) -> int:
    """Index of the first line after a link-list heading and the headlines under it."""
    index = start + 1
    while index < len(lines) and junk.looks_like_headline(lines[index].text, MAX_LINK_WORDS):
        index += 1
    return index


def _is_end(line: Line, chars_before: int, total_chars: int) -> bool:
    if chars_before == 0:
        return False
    if junk.is_section_header(line.text):
        return True
    late = chars_before >= LATE_HEADER_MIN_SHARE * total_chars
    return late and junk.is_late_section_header(line.text)


def tidy(lines: list[Line]) -> Tidied:
    """The article's paragraphs, in order, without page junk; see `pipelines.page.junk`."""
    lines = _without_repeats([line for line in lines if line.text.strip()])
    total_chars = sum(len(line.text) for line in lines) or 1
    result = Tidied()
    chars_before = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_end(line, chars_before, total_chars):
            if result.paragraphs and junk.is_person_name(result.paragraphs[-1]):
                result.byline = result.paragraphs.pop()
            break
        if junk.is_link_list_header(line.text):
            if chars_before >= LINK_LIST_END_SHARE * total_chars:
                break
            index = _after_link_list(lines, index)
            continue
        if junk.is_ad_label(line.text):
            index += 1 + _ad_length(lines, index)
            continue
        if not junk.is_junk_line(line.text):
            result.paragraphs.append(" ".join(line.text.split()))
            chars_before += len(line.text)
        index += 1
    return result
