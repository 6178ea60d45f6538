"""Plain text in (an article copied from a page, with the page's junk), `Page` out.

The text is read as lines: a menu-like header is cut, the first headline-like line is the
title, a short line with a date near the top is the publication date, and the rest goes
through `pipelines.page.tidy`, which drops junk lines and cuts trailing sections.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.model import Page
from pipelines.page import junk
from pipelines.page.dates import find_date, find_dates
from pipelines.page.tidy import Line, tidy

# Lines that mark the end of a page header ("MENY" toggles, skip links).
HEADER_MARKERS = junk.phrase_set(
    """
    meny | menu | huvudmeny | main menu | navigation | toggle navigation | skip to content
    skip to main content | hoppa till innehållet | hoppa till huvudinnehåll | till innehållet
    gå till innehåll | gå til innhold | gå til hovedinnhold | spring til indhold
    gå til hovedindhold | hovedmeny
    """
)
HEADER_SEARCH_LINES = 15
MENU_ITEM_MAX_WORDS = 10
HEADER_MAX_SHARE = 0.4
TITLE_SEARCH_LINES = 5  # lines of more than SHORT_LABEL_WORDS words
TITLE_SEARCH_MAX_LINES = 25
SHORT_LABEL_WORDS = 2
TITLE_MIN_WORDS, TITLE_MAX_WORDS, TITLE_MAX_CHARS = 3, 25, 160
SHORT_PREAMBLE_WORDS = 15
DATE_LINE_MAX_CHARS = 80
DATE_SEARCH_LINES = 6
DATE_LABELS = ("publicerad", "published", "publisert", "publiceret", "posted", "postat")
SCRAPE_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d\d(?:-\d\d)?)\b\s*")
TITLE_LABEL = re.compile(
    r"^(?:pressmeddelande|press release|pressemelding|pressemeddelelse|nyhet|news)\s*:\s*",
    re.IGNORECASE,
)
MENU_SEPARATORS = re.compile(r"\s[|•·]\s")
LOWER_START = re.compile(r"^[a-zåäöæøéü]")


def _lines(text: str) -> list[Line]:
    """Non-empty lines; hard-wrapped sentences rejoined (no stop, next starts lowercase)."""
    lines: list[Line] = []
    new_block = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = " ".join(raw.split())
        if not stripped:
            new_block = True
            continue
        previous = lines[-1] if lines else None
        joinable = previous and not new_block and not junk.ends_sentence(previous.text)
        if joinable and LOWER_START.match(stripped) and len(previous.text) > 40:
            previous.text = f"{previous.text} {stripped}"
        else:
            lines.append(Line(stripped, new_block))
        new_block = False
    return lines


def _is_link_row(line: str) -> bool:
    """ "Home | News | Contracts | Events": three or more short items in a row."""
    items = [item.strip() for item in MENU_SEPARATORS.split(line)]
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items)


def _is_menu_line(line: str) -> bool:
    """A menu entry: a short bulleted line, a header marker or a row of links."""
    short_bullet = line[:1] in junk.BULLETS and len(line.split()) <= MENU_ITEM_MAX_WORDS
    return short_bullet or junk.label_of(line) in HEADER_MARKERS or _is_link_row(line)


def _header_end(lines: list[Line]) -> int:
    """Index of the first line after a page header: a leading run of menu lines, or
    everything up to a "MENY"/skip-link marker near the top."""
    total = sum(len(line.text) for line in lines) or 1
    end = 0
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        if junk.label_of(line.text) in HEADER_MARKERS:
            chars_before = sum(len(previous.text) for previous in lines[:index])
            if chars_before <= HEADER_MAX_SHARE * total:
                end = index + 1
    while end < len(lines):
        text = lines[end].text
        menu_follows = any(_is_menu_line(nxt.text) for nxt in lines[end + 1 : end + 3])
        if _is_menu_line(text) or (len(text.split()) <= 3 and menu_follows and end > 0):
            end += 1
        else:
            break
    return end


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and not line.rstrip().endswith((".", ":", ",", ";", "–", "—", "-", "|"))
        and line[:1] not in "–—-" + junk.BULLETS
        and not junk.is_junk_line(line)
        and not junk.is_section_header(line)
        and not _is_link_row(line)
        and find_date(line) is None
    )


def _is_preamble(line: str) -> bool:
    """Page furniture that may stand before a headline: labels, section names, captions."""
    return len(line.split()) <= SHORT_PREAMBLE_WORDS and len(line) <= TITLE_MAX_CHARS


def _find_title(lines: list[Line]) -> int | None:
    """Index of the headline among the first lines; labels of one or two words (section
    names, menu items, "DELA") may stand before it without counting."""
    counted = 0
    for index, line in enumerate(lines[:TITLE_SEARCH_MAX_LINES]):
        if _is_title(line.text):
            return index
        if not (_is_preamble(line.text) or junk.is_junk_line(line.text)):
            return None
        counted += len(line.text.split()) > SHORT_LABEL_WORDS
        if counted >= TITLE_SEARCH_LINES:
            return None
    return None


def dateline_date(line: str) -> date | None:
    """The publication date when the line is a short dateline ("| 2018-09-28")."""
    if len(line) > DATE_LINE_MAX_CHARS:
        return None
    dates = find_dates(line)
    if not dates:
        return None
    lowered = line.lower()
    for label in DATE_LABELS:
        at = lowered.find(label)
        if at >= 0:
            labelled = find_date(line[at:])
            return labelled or dates[0]
    letters = sum(char.isalpha() for char in line)
    return dates[0] if letters <= 40 else None


def take_dateline(lines: list[Line], start: int) -> date | None:
    """Remove the first short dateline among the lines after `start`; return its date."""
    index = _dateline_index(lines, start)
    if index is None:
        return None
    published = dateline_date(lines[index].text)
    del lines[index]
    return published


def _dateline_index(lines: list[Line], start: int) -> int | None:
    for index in range(start, min(start + DATE_SEARCH_LINES, len(lines))):
        if dateline_date(lines[index].text):
            return index
    return None


def _take_byline(lines: list[Line], near: int) -> str | None:
    """Remove a person's name standing right before or after the dateline at `near`."""
    for index in (near - 1, near + 1):
        if 0 <= index < len(lines) and junk.is_person_name(lines[index].text):
            return lines.pop(index).text
    return None


def _strip_scrape_date(lines: list[Line]) -> date | None:
    """A leading "date 2020-06-30 ..." stamp, as some text exports carry: read and cut it."""
    if not lines:
        return None
    match = SCRAPE_DATE_PREFIX.match(lines[0].text)
    if not match:
        return None
    rest = lines[0].text[match.end() :].strip()
    if rest:
        lines[0].text = rest
    else:
        del lines[0]
    return find_date(match.group(1))


def parse_text(text: str) -> Page:
    """The article in a plain-text page: title, date, byline and clean paragraphs."""
    lines = _lines(text)
    published = _strip_scrape_date(lines)
    lines = lines[_header_end(lines) :]
    title_at = _find_title(lines)
    title = None
    if title_at is not None:
        heading = lines[title_at].text
        title = TITLE_LABEL.sub("", heading).strip() or heading
        lines = [line for line in lines[title_at + 1 :] if line.text not in (heading, title)]
    at = _dateline_index(lines, 0)
    byline = _take_byline(lines, at) if at is not None else None
    dateline = take_dateline(lines, 0)
    published = published or dateline
    tidied = tidy(lines)
    return Page(
        title=title,
        body="\n\n".join(junk.drop_trailing_teasers(tidied.paragraphs)),
        published=published,
        author=byline or tidied.byline,
    )
