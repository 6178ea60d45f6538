"""Supplier roles: which names near a winner cue lost, complained, had the contract before,
are the customer, or are places, routes and projects rather than companies.

Used by orgs_suppliers (the winner search); kept apart so each module stays small.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.facts.orgs_common import is_common_word
from pipelines.facts.orgs_cues import (
    AGREEMENT_WITH,
    AWARDED_BY,
    CONTEST_BEFORE,
    ENDED_BEFORE,
    LOSER,
    NOT_WINNER_BEFORE,
    REPLACES_AFTER,
    TAKEN_FROM,
)
from pipelines.facts.orgs_names import Candidate
from pipelines.facts.orgs_text import Sentence
from pipelines.facts.orgs_words import DESCRIPTOR_ENDINGS, LEGAL_FORMS

LOSER_WINDOW = 40
ROLE_NOUN_ENDINGS = (
    *("chef", "vd", "direktör", "ansvarig", "ledare", "ordförande", "anställd", "ansatt"),
    *("direktør", "sjef", "leder", "formand", "ansat", "director", "manager", "officer", "head"),
    *("konsult", "konsulent", "rådgiver", "rådgivare", "partner", "works", "worked", "arbetar"),
)
LOCATIVE_NAME = re.compile(r"(?<!\w)(\w{0,40})\s+(?:i|in|inom|near)\s+([A-ZÅÄÖÆØ][\w-]*)")
# A descriptor noun right before a name: "it-firmaet", "the contractor", "bolaget".
DESCRIBED_BEFORE = re.compile(
    r"\b[\w-]*(?:" + "|".join(DESCRIPTOR_ENDINGS) + r")\s+$", re.IGNORECASE
)
PROJECT_NAME = re.compile(
    r"\b(?:projektet|prosjektet|the project|projekt|prosjekt)\s+([A-ZÅÄÖÆØ][\w-]*)"
)
# Words for the other bidders; after a name they speak of others, not of the name.
RIVAL_WORD = re.compile(r"(?:konkurrent|rival|competitor)", re.IGNORECASE)
# "from Åsen in Trøndelag to Nordland": a route between places.
ROUTE_WORDS = ("fra ", "från ", "from ", "Fra ", "Från ", "From ")
ROUTE_BEFORE = re.compile(r"\b(?:fra|från|from)\s+$", re.IGNORECASE)
ROUTE_AFTER = re.compile(r"(?:\s+(?:i|in)\s+[A-ZÅÄÖÆØ]\w*)?\s+(?:til|till|to)\s+[A-ZÅÄÖÆØ]")
# The noun after a contract's subject: "the Street Cleaning contract", "the Catering tender".
CONTRACT_AFTER = re.compile(r"\s+(?:contracts?|tenders?|frameworks?)\b", re.IGNORECASE)
# A genitive before the buyer's own act: "Landstingets beslut", "UL:s upphandling",
# "the council's tender" (the owner buys; the winner is someone else).
BUYER_ACT_AFTER = re.compile(
    r"(?:s|:s|'s|’s)\s+(?:\w+\s+)?(?:beslut|tilldelningsbeslut|upphandling|vedtak|beslutning"
    r"|udbud|anbudskonkurranse|decision|procurement|tender)\b",
    re.IGNORECASE,
)


def in_loser_context(text: str, sentence: Sentence, candidates: list[Candidate], i: int) -> bool:
    """A loser cue between this name and its neighbours: 'the incumbent Carelink', 'Byggab, som
    förlorade', 'X har begärt överprövning'."""
    candidate = candidates[i]
    look_back = LOSER_WINDOW // 2
    described = DESCRIBED_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    if described:  # "Klageren er it-firmaet Datahus A/S": look past the descriptor
        look_back += candidate.start - described.start()
    low = max(sentence.start, candidate.start - look_back)
    if i > 0:
        low = max(low, candidates[i - 1].end)
    high = min(sentence.start + len(sentence.text), candidate.end + LOSER_WINDOW)
    if i + 1 < len(candidates):  # words just before the next name are about that name
        high = max(candidate.end, min(high, candidates[i + 1].start - LOSER_WINDOW // 2))
    before = text[max(sentence.start, candidate.start - 120) : candidate.start]
    if TAKEN_FROM.search(before) or CONTEST_BEFORE.search(before) or AWARDED_BY.search(before):
        return True
    opening = described.start() if described else candidate.start  # "före bolaget X"
    if NOT_WINNER_BEFORE.search(text, max(sentence.start, opening - 40), opening):
        return True  # "ahead of X", "funded by X", "Beställaren är X"
    if before.rstrip().endswith(("with", "med", "the")) and ENDED_BEFORE.search(before):
        # "termination of a contract with X": the old supplier
        return True
    after = text[candidate.end : high]
    if REPLACES_AFTER.match(after):  # "Datakraft ersätter Skrivhuset": the new supplier
        after = ""
    if LOSER.search(text, low, candidate.start):
        return True
    # After the name, 'competitors' are the others: "X won without giving competitors a chance".
    return any(not RIVAL_WORD.match(match.group()) for match in LOSER.finditer(after))


def named_as_place(text: str, chain: list[Candidate]) -> bool:
    """A name the text elsewhere puts right after 'i/in/inom' ('Nya hus i Teleborg') is a
    place (but not after a role noun: 'vd i Peab'); one it puts after 'prosjektet' is a
    project."""
    first = chain[0].surface
    if any(word in LEGAL_FORMS for word in first.split()):
        return False
    return first.split()[0] in _place_words(text) or first in _project_names(text)


def names_the_contract(text: str, chain: list[Candidate]) -> bool:
    """'award of the Grounds Maintenance and Street Cleaning contract': names of ordinary
    words between 'the' and 'contract' say what the contract is for, not who won it (a
    one-word name may be the vendor's: 'the Epic contract')."""
    before = text[max(0, chain[0].start - 4) : chain[0].start]
    if before.casefold() != "the " or not CONTRACT_AFTER.match(text, chain[-1].end):
        return False
    words = [candidate.surface.split() for candidate in chain]
    return all(len(run) > 1 and all(map(is_common_word, run)) for run in words)


def route_after(text: str, chain: list[Candidate]) -> bool:
    """The chain is followed by 'til/till/to' and a capitalised name ('Åsen til Nordland')."""
    return bool(ROUTE_AFTER.match(text, chain[-1].end))


@lru_cache(maxsize=8)
def _project_names(text: str) -> frozenset[str]:
    """Names the text gives a project ('prosjektet Rogfast', 'the project Eastlink')."""
    return frozenset(match.group(1) for match in PROJECT_NAME.finditer(text))


@lru_cache(maxsize=8)
def _place_words(text: str) -> frozenset[str]:
    """Capitalised words the text puts right after 'i/in/inom' (not after a role noun)."""
    return frozenset(
        match.group(2)
        for match in LOCATIVE_NAME.finditer(text)
        if not match.group(1).casefold().endswith(ROLE_NOUN_ENDINGS)
    )


def is_counterparty(
    text: str, sentence: Sentence, chain: list[Candidate], candidates: list[Candidate]
) -> bool:
    """'Gatuljus har signerat ramavtal med Trafikkontoret': when a company opens the
    sentence, the party it made the agreement with is its customer, not a winner."""
    before = text[max(sentence.start, chain[0].start - 60) : chain[0].start]
    if not AGREEMENT_WITH.search(before) or not candidates:
        return False
    subject = candidates[0]
    opening = text[sentence.start : subject.start].strip(" \"”“'‘–—-:").casefold()
    described = opening.endswith(DESCRIPTOR_ENDINGS) and " " not in opening  # "Byggbolaget X"
    return subject is not chain[0] and subject.end <= chain[0].start and (described or not opening)
