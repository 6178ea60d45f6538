"""Kind of event an article reports: award, tender, dispute or other.

Cue phrases (`kind_cues`) are counted per zone: the headline weighs most, then the lead,
then the rest of the body. The kind with the highest score wins if it reaches MIN_SCORE.
Two general rules refine this: a challenge that ended without effect ("överprövningen
drogs tillbaka") leaves the award as the news, and a text that addresses the reader
("du", "you") throughout is a guide, not a report of an event.
"""

from __future__ import annotations

import re

from pipelines.facts.kind_cues import CUES, RESOLVED_RE, SECOND_PERSON_RE

MAX_CHARS = 200_000
LEAD_CHARS = 500
ZONE_WEIGHTS = {"title": 3.0, "lead": 1.5, "rest": 1.0}
MAX_CUES_PER_ZONE = 3  # the fourth "överprövning" in a long text adds nothing new
MIN_SCORE = 3.0
SUPPLIER_BONUS = 1.5  # a named winner settles a close call between award and tender
RESOLVED_DISPUTE_SHARE = 0.3  # what is left of a dispute's score once it has ended
GUIDE_MIN_PRONOUNS = 4
GUIDE_PRONOUNS_PER_WORD = 0.01
PRIORITY = ("dispute", "award", "tender")  # ties: the rarer, more specific kind first
WORD_RE = re.compile(r"\w+")


def classify_kind(
    title: str | None, body: str, language: str, suppliers: list[str] | None = None
) -> str:
    """'award', 'tender', 'dispute' or 'other'. Named suppliers lean toward 'award'."""
    title = (title or "")[:1000]
    body = body[:MAX_CHARS]
    if _is_guide(body):
        return "other"
    scores = kind_scores(title, body)
    if RESOLVED_RE.search(body) or RESOLVED_RE.search(title):
        scores["award"] += scores["dispute"] * (1 - RESOLVED_DISPUTE_SHARE)
        scores["dispute"] *= RESOLVED_DISPUTE_SHARE
    if suppliers and scores["award"] > 0:
        scores["award"] += SUPPLIER_BONUS
    best = max(PRIORITY, key=lambda kind: scores[kind])
    return best if scores[best] >= MIN_SCORE else "other"


def kind_scores(title: str, body: str) -> dict[str, float]:
    """Weighted count of each kind's cues in the headline, the lead and the rest."""
    if title and body.startswith(title):
        body = body[len(title) :]
    zones = {"title": title, "lead": body[:LEAD_CHARS], "rest": body[LEAD_CHARS:]}
    scores = {}
    for kind, cues in CUES.items():
        scores[kind] = sum(
            ZONE_WEIGHTS[zone] * _cue_strength(cues, text) for zone, text in zones.items()
        )
    return scores


def _cue_strength(cues: list[tuple[float, re.Pattern[str]]], text: str) -> float:
    """Sum of the weights of the distinct cue phrases in `text`, at most MAX_CUES_PER_ZONE."""
    if not text:
        return 0.0
    found: dict[str, float] = {}
    for weight, pattern in cues:
        for match in pattern.finditer(text):
            phrase = match.group(0).casefold()
            found[phrase] = max(found.get(phrase, 0.0), weight)
    strongest = sorted(found.values(), reverse=True)[:MAX_CUES_PER_ZONE]
    return sum(strongest)


def _is_guide(body: str) -> bool:
    """True if the text speaks to its reader throughout, as guides and FAQs do."""
    sample = body[:5000]
    pronouns = len(SECOND_PERSON_RE.findall(sample))
    words = len(WORD_RE.findall(sample))
    return pronouns >= GUIDE_MIN_PRONOUNS and pronouns >= GUIDE_PRONOUNS_PER_WORD * words
