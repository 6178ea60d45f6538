"""Dates written in Swedish, Norwegian, Danish or English text.

`find_date` locates the first date in a longer string ("Publicerad: 30 maj 2023 kl. 13:06",
"| 2018-09-28", "Posted on September 28, 2018 by ..."); `parse_date` reads one date string
from page metadata: ISO 8601 in all its forms (time zones, fractions, the compact
"20180928T081500Z") through python-dateutil's `isoparse`, written dates through
`find_date`. Both return None rather than guess: a date without a year is only completed
when the caller gives a reference date.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.parser import isoparse

# Month names and abbreviations in English, Swedish, Norwegian (bokmål/nynorsk) and Danish.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januari", "januar"),
    ("feb", "february", "februari", "februar"),
    ("mar", "march", "mars", "marts"),
    ("apr", "april"),
    ("may", "maj", "mai"),
    ("jun", "june", "juni"),
    ("jul", "july", "juli"),
    ("aug", "august", "augusti"),
    ("sep", "sept", "september"),
    ("oct", "okt", "october", "oktober"),
    ("nov", "november"),
    ("dec", "des", "december", "desember"),
)

MONTH_PATTERN = "|".join(
    sorted((name for names in MONTH_NAMES for name in names), key=len, reverse=True)
)
YEAR_MIN, YEAR_MAX = 1980, 2100

ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
NUMERIC_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?![\d.])")
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({MONTH_PATTERN})(?![^\W\d_])\.?,?"
    rf"(?:\s+((?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w)({MONTH_PATTERN})(?![^\W\d_])\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# Month name or abbreviation (any language above) -> month number.
MONTH_NUMBERS = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names}


def _build(year: int, month_text: str, day: int) -> date | None:
    """A date from a year, a month (number or name, any language above) and a day; None
    if there is no such day."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    key = month_text.casefold().rstrip(".")
    month = int(key) if key.isdigit() else MONTH_NUMBERS.get(key)
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_candidates(text: str) -> list[tuple[int, date | None]]:
    found = []
    for match in ISO_DATE.finditer(text):
        year, month, day = (int(part) for part in match.groups())
        found.append((match.start(), _build(year, str(month), day)))
    for match in NUMERIC_DAY_FIRST.finditer(text):
        day, month, year = (int(part) for part in match.groups())
        found.append((match.start(), _build(year, str(month), day)))
    return found


def _named_month_candidates(text: str, reference: date | None) -> list[tuple[int, date | None]]:
    found = []
    for match in DAY_MONTH_YEAR.finditer(text):
        day, month, year = match.groups()
        if year is None and reference is None:
            continue
        found.append((match.start(), _build(int(year or reference.year), month, int(day))))
    for match in MONTH_DAY_YEAR.finditer(text):
        month, day, year = match.groups()
        found.append((match.start(), _build(int(year), month, int(day))))
    return found


def find_dates(text: str, reference: date | None = None) -> list[date]:
    """Every valid date written in `text`, in reading order.

    A day and month without a year ("den 8 oktober") is completed with the reference
    date's year when a reference is given, and skipped otherwise.
    """
    if not text:
        return []
    candidates = _iso_candidates(text) + _named_month_candidates(text, reference)
    return [found for _, found in sorted(candidates, key=lambda pair: pair[0]) if found]


def find_date(text: str, reference: date | None = None) -> date | None:
    """The first valid date written in `text`, or None."""
    dates = find_dates(text, reference)
    return dates[0] if dates else None


def parse_date(text: str | None, reference: date | None = None) -> date | None:
    """Read a date string: ISO 8601 (with or without time), "28 september 2018",
    "28 sep. 2018", "28. september 2018", "September 28, 2018", "28.09.2018"; None if
    the string holds no complete date.
    """
    if not text or not isinstance(text, str):
        return None
    text = text.strip()[:200]
    if text[:4].isdigit():
        try:
            found = isoparse(text).date()  # the calendar date as written, in its own zone
        except (ValueError, OverflowError):
            found = None
        if found and YEAR_MIN <= found.year <= YEAR_MAX:
            return found
    return find_date(text, reference)
