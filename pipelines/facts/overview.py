"""Texts of aggregate figures: statistics pages, market overviews, annual reports.

Such a text names many contracts, values and shares but reports no single procurement,
so it has no contract value, duration, buyer or supplier of its own. It is told by its
signals of aggregation: counts of contracts ("17 203 upphandlingar", "Ca 350 kontrakter",
"almost 5,000 contracts"; not an ordinal: "Movias 19. udbud" is one tender), shares
("74 procent"), statistics words ("statistik", "genomsnittlig", "quarter", "rapporten")
and totals ("sammanlagt", "a combined total"). One article about one deal may carry a
share or two; an overview carries many.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.facts.lexicon import dispatch_by_first_letter, split_alternatives

SAMPLE_CHARS = 6000  # the opening of a text shows what kind of text it is
MAX_PER_SIGNAL = 3  # ten percentages are no more telling than three
MIN_SIGNALS = 5  # summed over the four kinds of signal, each capped at MAX_PER_SIGNAL
MIN_COUNTS = 3  # or this many counts of contracts alone ("350 kontrakter under ...")

_CONTRACTS = (
    r"upphandlingar|upphandlingarna|ramavtal|ramavtalen|avtal|ärenden|kontrakter"
    r"|kontrakterne|kontraktene|anskaffelser|konkurranser|udbud|contracts|tenders"
    r"|procurements|frameworks"
)
_STATISTICS = (
    r"statisti\w*|genomsnitt\w*|gjennomsnitt\w*|gennemsnit\w*|on\s+average|average|i\s+snitt"
    r"|årsredovisning\w*|årsrapport\w*|rapportserie\w*|quarter|quarterly|kvartal\w*"
    r"|market\s+share|market\s+overview|i\s+fjol|fjolår\w*|årligen|varje\s+år|hvert\s+år"
    r"|each\s+year|every\s+year|rapport|rapporten|rapportens|rapporter|report|reports|issn"
)
_TOTAL = r"sammanlagt|sammanlagda|totalt\s+\d|in\s+total|a\s+combined\s+total|samlet\s+set|i\s+alt"
# Word groups behind first-letter lookaheads (lexicon.dispatch_by_first_letter): fast.
SIGNAL_RE = re.compile(
    rf"""(?<![^\W\d_])(?:
      (?=\d)(?:(?P<count>\d[\d\u00a0 ,.]*(?<!\.)\s+(?:{_CONTRACTS}))
              |(?P<share>\d+(?:[,.]\d+)?\s*(?:%|procent|prosent|percent|per\s+cent)))
    | (?P<statistics>{dispatch_by_first_letter(split_alternatives(_STATISTICS))})
    | (?P<total>{dispatch_by_first_letter(split_alternatives(_TOTAL))})
    )(?![^\W\d_])""",
    re.IGNORECASE | re.VERBOSE,
)


@lru_cache(maxsize=8)  # asked by extract_facts and again by classify_kind
def is_overview(title: str | None, body: str) -> bool:
    """True if the text is an overview of many procurements rather than news of one."""
    sample = f"{title or ''}\n{body[:SAMPLE_CHARS]}"
    counts = {"count": 0, "share": 0, "statistics": 0, "total": 0}
    for match in SIGNAL_RE.finditer(sample):
        counts[match.lastgroup] += 1
    signals = sum(min(n, MAX_PER_SIGNAL) for n in counts.values())
    return signals >= MIN_SIGNALS or counts["count"] >= MIN_COUNTS
