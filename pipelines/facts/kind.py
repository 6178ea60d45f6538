"""Kind of event an article reports: award, tender, dispute or other.

Cue phrases (`kind_cues`) are counted per zone: the headline weighs most, then the lead,
then the rest of the body. The kind with the highest score wins if it reaches MIN_SCORE.
General rules refine this: a challenge that ended without effect ("överprövningen drogs
tillbaka") leaves the award as the news; a procurement called off ("annullerer udbud",
"avbryter upphandlingen", "cancelled") counts as a tender, as in the dev set; a text
that addresses the reader ("du", "you") throughout is a guide, and a text of aggregate
figures (`overview.is_overview`) reports no single event: both are 'other'.
The supplier bonus settles award against tender only, never against a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.facts.kind_cues import (
    CANCELLED,
    CUES,
    DECIDED_RE,
    GUIDE_TITLE_RE,
    KINDS,
    READER,
    RESOLVED,
    SIGNED_CONTRACT_RE,
)
from pipelines.facts.overview import is_overview

MAX_CHARS = 200_000
LEAD_CHARS = 500
ZONE_WEIGHTS = {"title": 3.0, "lead": 1.5, "rest": 1.0}
MAX_CUES_PER_ZONE = 3  # the fourth "överprövning" in a long text adds nothing new
MIN_SCORE = 3.0
RESOLVED_DISPUTE_SHARE = 0.3  # what is left of a dispute's score once it has ended
SUPPLIER_BONUS = 1.5  # a named winner settles a close call between award and tender
# (never one between award and dispute: the winner of a disputed award is named too)
GUIDE_MIN_PRONOUNS = 4
GUIDE_PRONOUNS_PER_WORD = 0.01
GUIDE_SAMPLE_CHARS = 5000
# A neutral citation ("[2023] EWHC 1157", "[2023] 2 WLUK 296"): a digest citing several
# cases reports on case law, not on one procurement.
CASE_CITATION_RE = re.compile(r"\[(?:19|20)\d\d\]\s+(?:\d+\s+)?[A-Z]{2,}\s+\d+")
MIN_CASE_CITATIONS = 3
PRIORITY = ("dispute", "award", "tender")  # ties: the rarer, more specific kind first

# zone -> kind -> {distinct phrase: weight}
Found = dict[str, dict[str, dict[str, float]]]


def classify_kind(
    title: str | None, body: str, language: str, suppliers: list[str] | None = None
) -> str:
    """'award', 'tender', 'dispute' or 'other'. Named suppliers lean toward 'award'."""
    title = (title or "")[:1000]
    body = body[:MAX_CHARS]
    if title and body.startswith(title):
        body = body[len(title) :]
    found = find_cues(title, body)
    if GUIDE_TITLE_RE.search(title) or (found["lead"][READER] and _is_guide(body)):
        return "other"
    if is_overview(title, body) or _is_case_digest(body):
        return "other"
    scores = kind_scores(found)
    if _challenge_has_ended(found, title, body):
        scores["award"] += scores["dispute"] * (1 - RESOLVED_DISPUTE_SHARE)
        scores["dispute"] *= RESOLVED_DISPUTE_SHARE
    if suppliers and scores["award"] > 0 and scores["award"] > scores["dispute"]:
        scores["award"] += SUPPLIER_BONUS
    best = max(PRIORITY, key=lambda kind: scores[kind])
    return best if scores[best] >= MIN_SCORE else "other"


def _challenge_has_ended(found: Found, title: str, body: str) -> bool:
    """True if a challenge ended without effect ("överprövningen drogs tillbaka"), or if
    the contract is reported as signed while the dispute is only a complaint lodged, with
    no ruling or penalty yet: the signed contract is then the news."""
    if any(found[zone][RESOLVED] for zone in found):
        return True
    disputes = [phrase for zone in found for phrase in found[zone]["dispute"]]
    if not disputes or any(DECIDED_RE.fullmatch(phrase) for phrase in disputes):
        return False
    return bool(SIGNED_CONTRACT_RE.search(title) or SIGNED_CONTRACT_RE.search(body))


def find_cues(title: str, body: str) -> Found:
    """Every cue phrase of the headline and body, by zone and kind, in one pass each."""
    found: Found = {zone: defaultdict(dict) for zone in ZONE_WEIGHTS}
    for zone, text in (("title", title), ("body", body)):
        for match, (kind, weight) in CUES.finditer(text):
            where = zone
            if zone == "body":
                where = "lead" if match.start() < LEAD_CHARS else "rest"
            phrase = match.group(0).casefold()
            found[where][kind][phrase] = max(weight, found[where][kind].get(phrase, weight))
    return found


def kind_scores(found: Found) -> dict[str, float]:
    """Per kind: the zone-weighted sum of its strongest distinct phrases in each zone."""
    scores = {
        kind: sum(
            ZONE_WEIGHTS[zone] * _strength(found[zone][kind].values()) for zone in ZONE_WEIGHTS
        )
        for kind in KINDS
    }
    for zone in ZONE_WEIGHTS:  # a cancellation is also a tender cue
        scores["tender"] += ZONE_WEIGHTS[zone] * _strength(found[zone][CANCELLED].values())
    return scores


def _strength(weights) -> float:
    """The strongest MAX_CUES_PER_ZONE positive weights, less every negative one."""
    positive = sorted((w for w in weights if w > 0), reverse=True)[:MAX_CUES_PER_ZONE]
    return sum(positive) + sum(w for w in weights if w < 0)


def _is_case_digest(body: str) -> bool:
    """True if the text cites several court cases by neutral citation (a law digest)."""
    citations = CASE_CITATION_RE.findall(body[: GUIDE_SAMPLE_CHARS * 4])
    return len(set(citations)) >= MIN_CASE_CITATIONS


def _is_guide(body: str) -> bool:
    """True if the text speaks to its reader throughout, as guides and FAQs do."""
    sample = body[:GUIDE_SAMPLE_CHARS]
    pronouns = sum(1 for _, (kind, _) in CUES.finditer(sample) if kind == READER)
    words = len(sample.split())
    return pronouns >= GUIDE_MIN_PRONOUNS and pronouns >= GUIDE_PRONOUNS_PER_WORD * words
