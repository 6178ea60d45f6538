"""Contract duration in months: base period and, where stated, the longest with options.

Periods are read as "tio år", "48 månader", "five-year", "treårigt", "2+2 år" (base 2 years,
4 with options) and start/end dates. Each stated period is scored by its sentence
(`duration_cues`); the best one that reads as a contract's running time is the base.
Options ("med option på ytterligare två år", "an optional two-year extension",
"3 x 6 måneders forlængelse") found near it add up to `with_options_months`.
"fyra och ett halvt år" is 54. A range of years ("5-20 år") or of calendar years
("mellan 2027 och 2037", "2020-2027") is not read; "från 2020 till 2027" is (84).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipelines.facts.duration_cues import duration_score
from pipelines.facts.duration_dates import find_date_spans
from pipelines.facts.lexicon import hint_windows, sentence_around, word_start_regex
from pipelines.facts.numbers import COUNT_WORD_PATTERN, COUNT_WORDS

MAX_CHARS = 200_000
MAX_MONTHS = 480  # forty years: longer is not a procurement contract's running time
MIN_SCORE = 2.0  # a period must be tied to the contract by a cue close to it
DATE_SPAN_BONUS = 2.0
OPTION_BEFORE = 200  # options may be mentioned this far before the base period ...
OPTION_AFTER = 600  # ... or this far after it

_N = rf"(?:\d{{1,3}}(?:[.,]5)?|{COUNT_WORD_PATTERN})"
_N_STARTS = "".join(sorted({word[0] for word in COUNT_WORDS}))  # a period starts so
_YEARS = r"år|års|åren|years?|yrs?"
_MONTHS = r"månader|månaders|månad|måneder|måneders|måned|månadar|months?|mths?"
_UNIT = rf"(?:{_YEARS}|{_MONTHS})"
_JOINED_UNIT = r"årig[at]?|årige|åriga|årsavtal\w*|årskontrakt\w*|årsaftale\w*|årsperiod\w*"
_AND_A_HALF = r"(?:och|og|and)\s+(?:ett|et|a)\s+(?:halvt|halv|half)"
_RANGE_WORD = r"[-–]|till|to|or|eller|à|og|och|and"

PERIOD_RE = re.compile(
    rf"""
    (?<![\w+.,])(?=[\d{_N_STARTS}])
    (?:
        (?P<plus>{_N}(?:\s*(?:\+|plus)\s*{_N})+)\s*-?\s*(?P<plus_unit>{_UNIT})
      | (?P<range>{_N}\s*(?:{_RANGE_WORD})\s*{_N})\s*-?\s*(?P<range_unit>{_UNIT})
      | (?P<half_n>{_N})\s+{_AND_A_HALF}\s+(?P<half_unit>{_UNIT})
      | (?P<times>{_N})\s*[x×]\s*(?P<times_n>{_N})\s*-?\s*(?P<times_unit>{_UNIT})
      | (?P<n>{_N})(?:\s+|\s?[-–]\s?)?(?P<unit>{_UNIT})
      | (?P<joined_n>{_N})-?(?P<joined_unit>{_JOINED_UNIT})
    )
    (?![^\W\d_])
    """,
    re.IGNORECASE | re.VERBOSE,
)
PLUS_SPLIT_RE = re.compile(r"\s*(?:\+|plus)\s*", re.IGNORECASE)
# Periods are looked for only around unit words: cheap to find, rare in a text.
# (Each branch starts with a character class: the engine then skips ahead fast.)
UNIT_HINT_RE = re.compile(r"[åÅ]r|[Yy](?:ear|r)|[Mm](?:ånad|åned|onth|th)")
JOINED_YEAR_STARTS = ("årig", "årsavtal", "årskontrakt", "årsaftale", "årsperiod")
HINT_BEFORE, HINT_AFTER = 60, 16
OPTION_RE = word_start_regex(
    r"option\w*|opsjon\w*|förläng\w*|forlæng\w*|forleng\w*|extension\w*|extend\w*|renew\w*"
    r"|prolong\w*",
    whole_words=True,
)
OPTION_LEAD_CHARS = 30
# A renewal agreed: its period is the news's running time, not an option's.
RENEWAL_RE = re.compile(
    r"(?<![^\W\d_])(?:renewed|extended|continues?|continued|förlängt|förlängts|förlängde"
    r"|forlænget|forlængede|forlenget|forlenga)\s+(?:\S+\s+){0,4}?(?:for|med|by|i|with)\s+"
    r"(?:a\s+|an\s+)?(?:further|another|additional|ytterligare|yderligere|ytterligere)\s+$",
    re.IGNORECASE,
)
MODAL_RE = re.compile(
    r"(?<![^\W\d_])(?:can|could|may|might|option\w*|kan|kunna|kunne|möjlighet|mulighed|mulighet)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
RENEWAL_CHARS = 60
# A start verb, then the window in which starts fall: the span's dates are start dates.
START_WINDOW_RE = re.compile(
    r"(?<![^\W\d_])(?:begynder|begynner|börjar|startar|starter|starts?|begins?|commences?)"
    r"\s+(?:[^\s.]+\s+){0,6}?(?:i\s+perioden|in\s+the\s+period|between|mellan|mellem"
    r"|mellom)\s+$",
    re.IGNORECASE,
)
START_WINDOW_CHARS = 100
RENEWAL_BONUS = 2.0
# Words just before a period that make it an option's ("option på ytterligare två år").
OPTION_LEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:option\w*|opsjon\w*|förläng\w*|forlæng\w*|forleng\w*"
    r"|extension\w*|extend\w*|ytterligare|yderligere|ytterligere|further|additional"
    r"|another|possible)(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
OPTION_WORD_RE = re.compile(
    r"ytterligare|yderligere|ytterligere|further|additional|another|possible", re.IGNORECASE
)
# ... or just after it ("two-year extension", "två optionsår").
OPTION_FOLLOW_RE = re.compile(
    r"\s*-?\s*(?:option\w*|opsjon\w*|extension\w*|förlängning\w*|forlængelse\w*"
    r"|forlengelse\w*|renewal\w*)",
    re.IGNORECASE,
)
# Words right before an option's period that make it the total with options.
TOTAL_LEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:til|till|to|up\s+to)\s+(?:(?:i\s+alt|samlet|sammanlagt|totalt|a\s+total"
    r"\s+of|a\s+maximum\s+of|maksimalt|maximalt|max\.?|højst|høyst|högst)\s+){1,2}$",
    re.IGNORECASE,
)
OPTION_WINDOW_BEFORE = 30
OPTION_WINDOW_AFTER = 90
UNIT_LESS_OPTION_RE = re.compile(
    rf"\b(?:by|with|för|med|for|of|ytterligare|yderligere|ytterligere|further|additional|another)"
    rf"\s+(?:a\s+|an\s+)?(?:further\s+|additional\s+|ytterligare\s+)?({_N})\b(?!\s*[%\d])",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Duration:
    months: int
    with_options_months: int | None = None


@dataclass(slots=True, frozen=True)
class Period:
    """A stated period: base months, option months it states itself ("2+2"), where."""

    months: int
    option_months: int
    start: int
    end: int
    is_range: bool = False


def find_duration(text: str, language: str, published: date | None = None) -> Duration | None:
    """The contract's running time in months, with options if stated; None if not stated."""
    text = text[:MAX_CHARS]
    periods = find_periods(text)
    candidates = [
        (duration_score(text, p.start, p.end) + _renewal_bonus(text, p), -p.start, p)
        for p in periods
        if not p.is_range and (not _is_option_period(text, p) or _is_renewal(text, p))
    ]
    for span in find_date_spans(text, published):
        if _is_start_window(text, span.start):
            continue
        score = duration_score(text, span.start, span.end) + DATE_SPAN_BONUS
        candidates.append((score, -span.start, Period(span.months, 0, span.start, span.end)))
    if not candidates:
        return None
    score, _, base = max(candidates, key=lambda item: (item[0], item[1]))
    if score < MIN_SCORE:
        return None
    options = base.option_months
    if not options and not _is_renewal(text, base):  # a renewal's words are not options
        options = _options_near(text, base, periods)
    return Duration(base.months, base.months + options if options else None)


def _is_start_window(text: str, start: int) -> bool:
    """True if a date span is when the work starts, not how long it runs ("Kørslen
    begynder på forskellige datoer i perioden oktober 2025 til februar 2026")."""
    return START_WINDOW_RE.search(text, max(0, start - START_WINDOW_CHARS), start) is not None


def _is_renewal(text: str, period: Period) -> bool:
    """True if the period is a renewal already agreed ("the partnership will continue for a
    further seven years", "förlängde avtalet med ytterligare två år"), not a possible one."""
    before = text[max(0, period.start - RENEWAL_CHARS) : period.start]
    return RENEWAL_RE.search(before) is not None and not MODAL_RE.search(before)


def _renewal_bonus(text: str, period: Period) -> float:
    return RENEWAL_BONUS if _is_renewal(text, period) else 0.0


def _is_option_period(text: str, period: Period) -> bool:
    """True if the period is an option's ("en option på ytterligare två år", "a further
    two-year extension"): it extends the base and is never the base itself."""
    window = text[max(0, period.start - OPTION_LEAD_CHARS) : period.end + OPTION_LEAD_CHARS]
    if not OPTION_RE.search(window) and not OPTION_WORD_RE.search(window):
        return False  # the common case, decided without finding the sentence
    before, after = sentence_around(text, period.start, period.end)
    before, after = before[-OPTION_LEAD_CHARS:], after[:OPTION_LEAD_CHARS]
    return bool(OPTION_LEAD_RE.search(before) or OPTION_FOLLOW_RE.match(after))


def find_periods(text: str) -> list[Period]:
    """Every stated period in `text`, in order (ranges are kept, marked, to be skipped)."""
    periods = []
    for start, end in hint_windows(UNIT_HINT_RE, text, HINT_BEFORE, HINT_AFTER, _unit_hint):
        for match in PERIOD_RE.finditer(text, start, end):
            period = _period_of(match)
            if period is not None and 0 < period.months <= MAX_MONTHS:
                periods.append(period)
    return periods


def _unit_hint(match: re.Match) -> bool:
    """False for "år" inside a word ("går", "vård"), unless it starts a compound ("treårig")."""
    text, at = match.string, match.start()
    if at == 0 or not text[at - 1].isalpha() or match.group(0)[0] not in "åÅ":
        return True
    return text.startswith(JOINED_YEAR_STARTS, at)


def _period_of(match: re.Match) -> Period | None:
    if match["plus"]:
        counts = [_count(part) for part in PLUS_SPLIT_RE.split(match["plus"])]
        if None in counts:
            return None
        unit = _unit_months(match["plus_unit"])
        total_options = round(sum(counts[1:]) * unit)
        return Period(round(counts[0] * unit), total_options, match.start(), match.end())
    if match["range"]:
        parts = re.split(rf"\s*(?:{_RANGE_WORD})\s*", match["range"], maxsplit=1)
        high = max((_count(p) or 0) for p in parts)
        months = round(high * _unit_months(match["range_unit"]))
        return Period(months, 0, match.start(), match.end(), is_range=True)
    if match["times"]:
        times, each = _count(match["times"]), _count(match["times_n"])
        if times is None or each is None:
            return None
        months = round(times * each * _unit_months(match["times_unit"]))
        return Period(months, 0, match.start(), match.end(), is_range=True)
    if match["half_n"]:  # "fyra och ett halvt år", "four and a half years"
        whole = _count(match["half_n"])
        if whole is None:
            return None
        months = round((whole + 0.5) * _unit_months(match["half_unit"]))
        return Period(months, 0, match.start(), match.end())
    count = _count(match["n"] or match["joined_n"])
    if count is None:
        return None
    unit = _unit_months(match["unit"]) if match["unit"] else 12
    return Period(round(count * unit), 0, match.start(), match.end())


def _count(token: str) -> float | None:
    token = token.strip().casefold()
    if token in COUNT_WORDS:
        return COUNT_WORDS[token]
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _unit_months(unit: str) -> int:
    return 1 if unit.casefold().startswith(("mån", "mon", "mth")) else 12


def _added_months(text: str, option: re.Match, period: Period, base: Period) -> int:
    """Months an option's period adds to the base: all of it, unless it is said to be the
    total ("forlængelse til maksimalt 14 år", "extended to a total of ten years")."""
    if TOTAL_LEAD_RE.search(text, max(option.end(), period.start - 40), period.start):
        return max(0, period.months - base.months)
    return period.months + period.option_months


def _options_near(text: str, base: Period, periods: list[Period]) -> int:
    """Longest option period stated near the base ("option på ytterligare två år")."""
    low, high = max(0, base.start - OPTION_BEFORE), base.end + OPTION_AFTER
    best = 0
    for option in OPTION_RE.finditer(text, low, high):
        best = max(best, _option_months(text, option, base, periods))
    return best


def _option_months(text: str, option: re.Match, base: Period, periods: list[Period]) -> int:
    """Months an option phrase adds: a period stated right by it, in its own sentence."""
    before, after = sentence_around(text, option.start(), option.end())
    window_start = option.start() - min(OPTION_WINDOW_BEFORE, len(before))
    window_end = option.end() + min(OPTION_WINDOW_AFTER, len(after))
    stated = [
        _added_months(text, option, p, base)
        for p in periods
        if window_start <= p.start
        and p.end <= window_end
        and p.start != base.start
        and (p.start >= option.end() or _is_option_period(text, p))
    ]
    if stated:
        return max(stated)
    unit_less = UNIT_LESS_OPTION_RE.search(text, option.end(), window_end)
    if unit_less and (count := _count(unit_less.group(1))) is not None:
        return round(count * (12 if base.months % 12 == 0 else 1))
    return 0
