"""Buyers the article refers to without naming them in full: 'kommunen' / 'the council'
for the one kommun it names, a kommun named only by its bare place, 'landstinget' for the
region of the län or kommun it names.
"""

from __future__ import annotations

import re

from pipelines.facts.orgs_cues import BUYER_AFTER, PROCUREMENT
from pipelines.facts.orgs_matcher import Mention
from pipelines.facts.orgs_patterns import classify_name
from pipelines.facts.orgs_reference import region_of

REACH = 48  # characters looked at after a definite noun for a buying cue
# The article's own kommun referred back to: "kommunen", "kommunens", "kommunen's".
DEFINITE_KOMMUN = re.compile(
    r"\b(?:kommunen|kommunens|the council|the municipality)\b", re.IGNORECASE
)
MIN_REFERENCES = 3
MUNICIPAL_KINDS = frozenset({"kommun", "foreign municipality"})
REGION_KINDS = frozenset({"region"})
# 'Kommunen' / 'Regionen' opening a sentence: the subject of what follows.
DEFINITE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))\s*(Kommunen|Regionen|The council"
    r"|The municipality)\b",
    re.MULTILINE,
)
# 'kommunen' / 'regionen' (also genitive) inside a sentence, 'landstinget' anywhere.
DEFINITE_IN_SENTENCE = re.compile(r"\b(kommunen|kommunens|regionen|regionens)\b", re.IGNORECASE)
LOCATIVE_WORD_BEFORE = re.compile(
    r"\b(?:i|inom|in|på|från|för|vid|till|utanför|mellan)\s+$", re.IGNORECASE
)
GENITIVE_CONTRACT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?\w*(?:avtal|avtalet|upphandling|upphandlingen|kontrakt|kontraktet)\b",
    re.IGNORECASE,
)
DEFINITE_LANDSTING = re.compile(r"\b(?:landstinget|landstingets)\b", re.IGNORECASE)
LAN_NAME = re.compile(r"\b([A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?\slän)\b")


def referred_kommun(text: str, named: dict[str, Mention], mentions: list[Mention]) -> list[str]:
    """With no buyer by cue: the one kommun (or region) the article names, if it is the
    subject of a buying verb as 'Kommunen har tecknat avtal' / 'Regionen upphandlar', or if
    the article keeps calling it 'kommunen' / 'the council'. A kommun the article names
    only by its place ('Prästgärdet i Säter') counts when it is the only place named."""
    subject_kinds: set[str] | None = None  # read only for an article naming one kommun
    for kinds in (MUNICIPAL_KINDS, REGION_KINDS):
        bodies = [name for name, mention in named.items() if kind_of(mention) in kinds]
        if not bodies and not named:
            bodies = sorted({m.name for m in mentions if m.bare_place and kind_of(m) in kinds})
        if len(bodies) != 1:
            continue
        if subject_kinds is None:
            subject_kinds = _subject_kinds(text)
        if kinds & subject_kinds:
            return bodies
        if kinds is MUNICIPAL_KINDS and len(named) <= 2:
            references = len(DEFINITE_KOMMUN.findall(text))
            if references >= MIN_REFERENCES:
                return bodies
    return []


def _subject_kinds(text: str) -> set[str]:
    """The kinds of body the article refers to as 'Kommunen' / 'Regionen' in a buying role."""
    kinds = {
        kind
        for match in DEFINITE_SUBJECT.finditer(text)
        if BUYER_AFTER.match(text[match.end() : match.end() + REACH])
        for kind in _kinds_of(match.group(1))
    }
    return kinds | _buying_definite_kinds(text)


def _buying_definite_kinds(text: str) -> set[str]:
    """The kinds of body referred to as 'kommunen' / 'regionen' inside a sentence in a
    buying role: 'kan kommunen skriva avtal', 'kommunens nya livsmedelsavtal'."""
    kinds: set[str] = set()
    for match in DEFINITE_IN_SENTENCE.finditer(text):
        if kinds >= MUNICIPAL_KINDS | REGION_KINDS:
            break
        if LOCATIVE_WORD_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "i kommunen": a place
        end = match.end()
        if match.group(1).casefold().endswith("s"):
            buying = GENITIVE_CONTRACT_AFTER.match(text, end, end + REACH)
        else:
            buying = BUYER_AFTER.match(text[end : end + REACH])
        if buying:
            kinds.update(_kinds_of(match.group(1)))
    return kinds


def referred_landsting(text: str, mentions: list[Mention]) -> list[str]:
    """'Landstinget ska göra en ny upphandling' with no region named: the region of the one
    län ('Västerbottens län') or of the kommuner the article names, under its county
    council name ('Västerbottens läns landsting') as the article calls it landstinget."""
    if "andsting" not in text or not any(
        PROCUREMENT.search(text, max(0, match.start() - REACH), match.end() + REACH)
        for match in DEFINITE_LANDSTING.finditer(text)
    ):
        return []
    regions = {region_of(match.group(1)) for match in LAN_NAME.finditer(text)}
    regions.discard(None)
    if not regions:
        codes = {m.org.code for m in mentions if m.org is not None and m.org.kind == "kommun"}
        regions = {region_of(code) for code in codes if code}
        regions.discard(None)
    if len(regions) != 1:
        return []
    region = regions.pop()
    landsting = [alias for alias in region.aliases if alias.endswith("landsting")]
    return [landsting[0] if landsting else region.name]


def kind_of(mention: Mention) -> str:
    """The kind of a mentioned body: its list entry's, else its name shape's."""
    if mention.org is not None:
        return mention.org.kind
    pattern = classify_name(mention.name)
    return pattern.kind if pattern is not None else ""


def _kinds_of(word: str) -> frozenset[str]:
    """The kinds of body a definite noun refers to: 'kommunen' a kommun, 'regionen' a region."""
    return REGION_KINDS if word.casefold().startswith("region") else MUNICIPAL_KINDS
