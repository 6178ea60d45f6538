"""A contract period stated by its start and end dates, in months.

"från 1 januari 2020 till 31 december 2023" is 48 months; "augusti 2009 - augusti 2017"
is 96 (month to month); "from 1 July to 30 June 2022" takes the start year from the
publication date (or, failing that, the end's year if the start then comes first);
"från år 2020 till år 2027" is 84 (whole years, said as from one to the other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipelines.facts.lexicon import hint_windows
from pipelines.page.dates import MONTH_NAMES, MONTH_PATTERN

# Month name (any language, any abbreviation) -> month number, from the page layer's table.
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names}
_MONTH = MONTH_PATTERN
_DATE = (
    r"(?P<d{n}>\d{{1,2}})(?:\.|:e|:a|st|nd|rd|th)?\s+(?P<m{n}>{month})\.?"
    r"(?:,?\s+(?P<y{n}>(?:19|20)\d\d))?"
    r"|(?-i:(?=[A-Z]))(?P<md{n}>{month})\.?\s+(?P<dm{n}>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<ym{n}>(?:19|20)\d\d))?"
    r"|(?P<nd{n}>\d{{1,2}})\.(?P<nm{n}>\d{{1,2}})\.(?P<ny{n}>(?:19|20)\d\d)"
    r"|(?P<iso{n}>(?:19|20)\d\d-\d\d-\d\d)"
    r"|(?=[adfjmnos])(?P<mo{n}>{month})\.?\s+(?P<my{n}>(?:19|20)\d\d)"
)
_TO = r"(?:till|to|until|through|thru|tom|t\.o\.m\.|til|og\s+med|fram\s+till|frem\s+til)"
DATE_RANGE_RE = re.compile(
    rf"(?<!\d)(?:{_DATE.format(n=1, month=_MONTH)})"
    rf"(?:\s*[-–]\s*|[^\d\n.;]{{0,24}}?\b{_TO}\s+(?:(?:the|den)\s+)?)"
    rf"(?:{_DATE.format(n=2, month=_MONTH)})(?!\d)",
    re.IGNORECASE,
)
# Whole calendar years, said as from one to the other ("från år 2020 till år 2027",
# "from 2021 to 2026"): the years between. A bare "2020-2027" or "mellan 2027 och 2037"
# is too vague (inclusive or not?) and is not read.
YEAR_RANGE_RE = re.compile(
    r"(?<![^\W\d_])(?:från|from|fra)\s+(?:år\s+|året\s+)?(?P<y1>(?:19|20)\d\d)\s+"
    r"(?:till|to|until|til)\s+(?:år\s+|året\s+)?(?P<y2>(?:19|20)\d\d)(?!\d|[.\-/]\d)",
    re.IGNORECASE,
)
DAYS_PER_MONTH = 30.44
# A date range read as a period ends in a date with a year: it is sought only before and
# around four-digit years (cheap to find, and sparse).
DATE_HINT_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
HINT_BEFORE, HINT_AFTER = 90, 20
MAX_MONTHS = 480


@dataclass(slots=True, frozen=True)
class DateSpan:
    months: int
    start: int  # character offsets of the phrase in the text
    end: int


def find_date_spans(text: str, published: date | None) -> list[DateSpan]:
    """Every start-to-end date phrase in `text`, as whole months (inclusive end date)."""
    spans = []
    for start, end in hint_windows(DATE_HINT_RE, text, HINT_BEFORE, HINT_AFTER):
        for match in DATE_RANGE_RE.finditer(text, start, end):
            months = _months_between(match, published)
            if months:
                spans.append(DateSpan(months, match.start(), match.end()))
        for match in YEAR_RANGE_RE.finditer(text, start, end):
            months = 12 * (int(match["y2"]) - int(match["y1"]))
            if 0 < months <= MAX_MONTHS:
                spans.append(DateSpan(months, match.start(), match.end()))
    return spans


def _months_between(match: re.Match, published: date | None) -> int | None:
    end = _date_of(match, 2, None)
    if end is None:
        return None
    # A start without a year takes the publication's year ("from 1 July to 30 June 2022"
    # in a 2020 article) or, failing that, the end's year if it then comes before the
    # end ("1 januari t.o.m. 31 december 2010"); a year earlier would be a guess.
    start = _date_of(match, 1, published.year if published else end.year)
    if start is None or start >= end:
        return None
    months = round(((end - start).days + 1) / DAYS_PER_MONTH)
    return months if 1 <= months <= MAX_MONTHS else None


def _date_of(match: re.Match, n: int, fallback_year: int | None) -> date | None:
    """Date number `n` of the match; a start without a year borrows one if it can."""
    try:
        if match[f"iso{n}"]:
            return date.fromisoformat(match[f"iso{n}"])
        if match[f"nd{n}"]:
            return date(int(match[f"ny{n}"]), int(match[f"nm{n}"]), int(match[f"nd{n}"]))
        if match[f"mo{n}"]:  # "augusti 2009 - augusti 2017": month to month, first days
            return date(int(match[f"my{n}"]), MONTHS[match[f"mo{n}"].casefold()], 1)
        written_year = match[f"y{n}"] or match[f"ym{n}"]
        year = int(written_year) if written_year else fallback_year
        if year is None:
            return None
        day = int(match[f"d{n}"] or match[f"dm{n}"])
        month = MONTHS[(match[f"m{n}"] or match[f"md{n}"]).casefold()]
        return date(year, month, day)
    except (ValueError, KeyError):
        return None
