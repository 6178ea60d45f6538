"""Buyers: the public bodies an article says buy, found by name and ranked by role cues.

A body named in the headline or lead, next to a procurement verb ("X har tilldelat",
"på uppdrag av X", "awarded by X", "X:s upphandling"), is a buyer; a court, a supervisor,
an owner, a place ("i Värnamo kommun") or a passing mention is not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipelines.facts.orgs_buyer_cues import (
    AFFILIATION_BEFORE,
    BENEFICIARY_BEFORE,
    BUYER_ROLE_BEFORE,
    CASE_CITATION,
    CASE_PARTY_AFTER,
    CASE_PARTY_BEFORE,
    CONTRACT_HINT,
    DEFINED_AS_BUYER_AFTER,
    EMPLOYER_AFTER,
    IN_BRACKETS,
    JOB_WORDS,
    KOMMUNER_LIST_BEFORE,
    NOTICE_LABEL,
    ONE_CONTRACT,
    OTHER_CUSTOMER_BEFORE,
    OWNER_BEFORE,
    PAGE_NUMBER_AFTER,
    PAGE_WORD,
    PARTNER_AFTER,
    PLACE_BUYING_AFTER,
    PROVIDER_AFTER,
    PROVIDER_BEFORE,
    SEAT_OR_ADDRESS_BEFORE,
    SERVICE_AREA_BEFORE,
    SIGNS_WITH_AFTER,
    SUPERVISOR_BEFORE,
    TITLED_EMPLOYEE_BEFORE,
)
from pipelines.facts.orgs_buyer_refs import (
    LOCATIVE_WORD_BEFORE,
    referred_kommun,
    referred_landsting,
)
from pipelines.facts.orgs_cues import (
    BUYER_AFTER,
    BUYER_BEFORE,
    LOCATIVE_BEFORE,
    LOSER,
    PROCUREMENT,
    WINNER,
)
from pipelines.facts.orgs_matcher import Mention, find_public_bodies
from pipelines.facts.orgs_reference import NON_BUYER_ROLES
from pipelines.facts.orgs_text import (
    Sentence,
    coordinated,
    sentences,
    strip_genitive,
    text_memo,
)

WINDOW = 48  # characters looked at on each side of a mention for a role cue
MIN_SCORE = 1.0  # a lone passing mention deep in the body is not enough
LABEL_REACH = 40  # characters before a name where a notice's field label may stand
LABEL_SCORE = 6.0  # a body in a notice's buyer field counts as a headline buyer
COVERED_SHARE = 0.2  # a place the contract covers is never the buyer on its own
PARTNER_SHARE = 0.5  # a second buyer needs its own cue and this share of the best score
CONTRACT_REACH = 8000  # characters of an article where its contract is named, if any
GROUP_SCORE = 2.0  # a list of bodies in a sentence about the procurement: partners
# Words that join names into one group: "Vadstena, Boxholm, Ydre och Ödeshög".
JOINER = re.compile(r"^\s*(?:\([^)]{0,30}\))?\s*(?:,|och|and|og|samt|&|,\s*och)?\s*$")
KOMMUN_GROUP_WORD = re.compile(
    r"kommun(?:er|erna|en)?s?\b|grannkommuner|municipalit|kommunerne|kommunene", re.IGNORECASE
)
KOMMUN_UNIT_BEFORE = re.compile(
    r"(?:kontoret|förvaltningen|nämnden|styrelsen|kommunen|staden|kommune|kommunen)\s+(?:i|på)"
    r"\s+$",  # "Socialnämnden i Malmö", "Kulturnämnden på Lidingö"
    re.IGNORECASE,
)
CITY_AFTER = re.compile(r"\s+i\s+[A-ZÅÄÖ]")
NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+\s+$")  # "Eva Lund": a surname, not a place
COURT = re.compile(
    r"(?:förvaltningsrätt|kammarrätt|tingsrätt|hovrätt|domstol|court|tribunal|tingrett"
    r"|lagmannsrett|byret|landsret|klagenævn|klagenemnd)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Scored:
    mention: Mention
    score: float
    strong: bool  # a role cue right next to the name
    group: int = -1  # index of the group of coordinated names it was found in
    provider: bool = False  # named as the body that delivers or won ("provided by X")
    about: bool = False  # named in a sentence about the procurement, not as a place covered
    defined: bool = False  # named as the case's respondent: "X (heretter innklagede)"


def _sentence_of(sentence_list: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence that contains `offset`, if any (`starts`: the sentences' starts)."""
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentence_list[index]
    return sentence if offset < sentence.start + len(sentence.text) else None


def _about_procurement(text: str, sentence: Sentence) -> bool:
    """The sentence speaks of procuring, winning or a job: read once per sentence, however
    many bodies it names."""
    memo = text_memo(text).setdefault("about_procurement", {})
    if sentence not in memo:
        memo[sentence] = bool(
            PROCUREMENT.search(sentence.text)
            or WINNER.search(sentence.text)
            or JOB_WORDS.search(sentence.text)
        )
    return memo[sentence]


def _context(text: str, mention: Mention, sentence: Sentence) -> tuple[str, str]:
    """The text just before and just after a mention, within its sentence."""
    sentence_end = sentence.start + len(sentence.text)
    before = text[max(sentence.start, mention.start - WINDOW) : mention.start]
    after = text[mention.end : min(sentence_end, mention.end + WINDOW)]
    return before, after


def _score(text: str, mention: Mention, sentence: Sentence, place_group: bool) -> _Scored:
    """How strongly one mention reads as the buyer: position, cues, place or loser words.
    `place_group`: the mention is one of places a contract covers."""
    before, after = _context(text, mention, sentence)
    if PROVIDER_BEFORE.search(before) or PROVIDER_AFTER.match(after):
        return _Scored(mention, 0.2 * sentence.weight, False, provider=True)  # the body that won
    if NOTICE_LABEL.search(text, max(0, mention.start - LABEL_REACH), mention.start):
        return _Scored(mention, LABEL_SCORE, True)  # "Officielt navn: Greve Kommune"
    covered = place_group or bool(SERVICE_AREA_BEFORE.search(before))
    defined = bool(DEFINED_AS_BUYER_AFTER.match(after))  # "X (heretter innklagede)"
    strong = not covered and bool(
        defined
        or BUYER_AFTER.match(after)
        or BUYER_BEFORE.search(before)
        or PARTNER_AFTER.match(after)
        or BENEFICIARY_BEFORE.search(before)
        or BUYER_ROLE_BEFORE.search(before)
        or SIGNS_WITH_AFTER.match(after)
    )
    procurement = defined or _about_procurement(text, sentence)
    level = 2.0 if strong and procurement else 1.0 if procurement or strong else 0.0
    score = sentence.weight * (1.0 + level)
    if covered:
        score *= COVERED_SHARE
    elif (
        not strong
        and (LOCATIVE_BEFORE.search(before) or IN_BRACKETS.search(before))
        and not TITLED_EMPLOYEE_BEFORE.search(before)
    ):
        score *= 0.3
    if LOSER.search(before[-20:]):
        score *= 0.5
    about = procurement and not covered
    return _Scored(mention, score, strong and procurement, about=about, defined=defined)


def _is_affiliation(text: str, mention: Mention, body_ends: set[int]) -> bool:
    """'Lena Holm (VGR)', 'Eva Berg – Region Skåne', 'Region X director Eva Berg': a
    person's employer (unless the words before are themselves a body: 'Västra
    Götalandsregionen (VGR)'); also a company's other customer named for reference."""
    if EMPLOYER_AFTER.match(text, mention.end):
        return True  # "Department of Finance Secretary Jenny Wilkinson"
    if OTHER_CUSTOMER_BEFORE.search(text, max(0, mention.start - 80), mention.start):
        return True  # "contracts with other local authorities, including X": a reference
    match = AFFILIATION_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    return match is not None and match.start(1) not in body_ends


def _covers_places(text: str, group: list[Mention]) -> bool:
    """'omfattar delar av Norrköpings, Linköpings och Söderköpings kommun': places covered."""
    first = group[0]
    before = text[max(0, first.start - WINDOW) : first.start].rsplit("\n", 1)[-1]
    if len(group) < 2 or BUYER_ROLE_BEFORE.search(before):
        return False  # "vunnit upphandlingar i Region X och Region Y": they bought
    if KOMMUNER_LIST_BEFORE.search(before):  # "i kommunene X og Y", unless they buy
        return not BUYER_AFTER.match(text, group[-1].end, group[-1].end + WINDOW)
    return bool(SERVICE_AREA_BEFORE.search(before) or LOCATIVE_BEFORE.search(before))


def _is_candidate(mention: Mention, text: str, cites_cases: bool) -> bool:
    """Courts, supervisors and owners never buy in an article about a case; a city office
    named with its city ('Trafikkontoret i Göteborg') leaves the buying to the kommun;
    `cites_cases`: the article cites several cases, whose parties are no buyers."""
    org = mention.org
    if org is not None and org.role in NON_BUYER_ROLES:
        return False
    start = max(0, mention.start - WINDOW)
    if SUPERVISOR_BEFORE.search(text, start, mention.start):
        return False  # "under tillsyn av Socialstyrelsen"
    if OWNER_BEFORE.search(text, start, mention.start):
        return False  # "Bolaget ägs av Stockholms stad": the owner, not the buyer
    if SEAT_OR_ADDRESS_BEFORE.search(text, start, mention.start):
        return False  # "Kammarrätten i Göteborg", "Box 7985, Umeå": a seat or an address
    if PAGE_WORD.match(text, mention.start, mention.end) and PAGE_NUMBER_AFTER.match(
        text, mention.end
    ):
        return False  # "Sida 1 (23)": a page of a ruling
    if cites_cases and _is_case_party(text, mention):
        return False
    if (
        org is not None
        and org.kind == "municipal administration"
        and CITY_AFTER.match(text, mention.end)
    ):
        return False
    return not COURT.search(mention.name)


def _is_case_party(text: str, mention: Mention) -> bool:
    """'A Ltd v B Council [2023]': a party of a cited case (in an article citing several,
    a case mentioned in passing, not a buyer of the article's contract)."""
    return bool(
        CASE_PARTY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        or CASE_PARTY_AFTER.match(text, mention.end)
    )


def _in_kommun_group(text: str, group: list[Mention]) -> bool:
    """Bare place names count when listed as kommuner: 'kommunerna Vadstena, Ydre och Ödeshög'."""
    if len(group) < 2:
        return False
    before = text[max(0, group[0].start - 30) : group[0].start]
    after = text[group[-1].end : group[-1].end + 40]
    has_named_kommun = any(not m.bare_place and m.org and m.org.kind == "kommun" for m in group)
    return has_named_kommun or bool(KOMMUN_GROUP_WORD.search(before + " " + after))


def _after_kommun_unit(text: str, mention: Mention) -> bool:
    """'Trafikkontoret i Stockholm', 'Socialförvaltningen i Malmö': the kommun buys."""
    return bool(KOMMUN_UNIT_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def _place_buys(text: str, mention: Mention) -> bool:
    """'Västerås annonserade en upphandling', 'tecknade Västerås ett avtal': a Swedish
    kommun's bare place name as the subject of a buying verb (not a person's surname:
    'Eva Lund har tecknat avtal')."""
    if mention.org is None or mention.org.kind != "kommun":
        return False
    start = max(0, mention.start - 30)
    if NAME_BEFORE.search(text, start, mention.start):
        return False
    if LOCATIVE_WORD_BEFORE.search(text, start, mention.start):
        return False  # "Teater i Västerås genomför": a place
    return bool(PLACE_BUYING_AFTER.match(text[mention.end : mention.end + WINDOW]))


def _usable_groups(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Groups of mentions, bare place names kept only where they name kommuner."""
    usable = []
    for group in coordinated(text, mentions, JOINER):
        if any(m.bare_place for m in group) and not _in_kommun_group(text, group):
            group = [
                m
                for m in group
                if not m.bare_place or _after_kommun_unit(text, m) or _place_buys(text, m)
            ]
        if group:
            usable.append(group)
    return usable


def rank_buyers(text: str) -> list[tuple[str, float]]:
    """(canonical name, score) of every buyer candidate, best first."""
    cites_cases = " v" in text and len(CASE_CITATION.findall(text)) >= 2
    mentions = [m for m in find_public_bodies(text) if _is_candidate(m, text, cites_cases)]
    best, groups = _score_groups(text, mentions)
    top_score = max((item.score for item in best.values()), default=0.0)
    listed = {
        index: names
        for index, (names, score, strong, about) in groups.items()
        if strong or score >= PARTNER_SHARE * top_score or (about and score >= GROUP_SCORE)
    }
    named = {name: item.mention for name, item in best.items()}
    chosen = _with_partners(_select(best), listed) or referred_kommun(text, named, mentions)
    chosen = [name for name in chosen if not (name in best and best[name].provider)]
    if (chosen or "andsting" in text) and not _ties_to_a_contract(text, chosen, best):
        return []  # a policy or statistics text: no contract, so no buyer
    if not chosen:
        return [(name, MIN_SCORE) for name in referred_landsting(text, mentions)]
    return [(_display_name(text, name, mentions), _score_of(best, name)) for name in chosen]


def _ties_to_a_contract(text: str, chosen: list[str], best: dict[str, _Scored]) -> bool:
    """The article speaks of one contract: a word of one contract in its opening, or, for a
    buyer named with a buying cue, a weaker hint of one."""
    opening = text[:CONTRACT_REACH]
    if ONE_CONTRACT.search(opening):
        return True
    strong = any(name in best and best[name].strong for name in chosen)
    return strong and bool(CONTRACT_HINT.search(opening))


def _score_of(best: dict[str, _Scored], name: str) -> float:
    """The score of a chosen body (one referred to only as 'kommunen': the least that counts)."""
    return best[name].score if name in best else MIN_SCORE


def _score_groups(
    text: str, mentions: list[Mention]
) -> tuple[dict[str, _Scored], dict[int, tuple[set[str], float, bool, bool]]]:
    """The best score of every body, and the (names, score, cue) of every listed group."""
    sentence_list = sentences(text)
    starts = [sentence.start for sentence in sentence_list]
    body_ends = {m.end for m in mentions}
    best: dict[str, _Scored] = {}
    groups: dict[int, tuple[set[str], float, bool, bool]] = {}
    for group_index, group in enumerate(_usable_groups(text, mentions)):
        place_group = _covers_places(text, group)
        group = [m for m in group if not _is_affiliation(text, m, body_ends)]
        scored = []
        for mention in group:
            sentence = _sentence_of(sentence_list, starts, mention.start)
            if sentence is not None:
                scored.append(_score(text, mention, sentence, place_group))
        if not scored:
            continue
        top = max(scored, key=lambda s: s.score)
        for item in scored:  # a group shares its best score and cue: "A och B har tilldelat"
            item.score, item.strong = max(item.score, top.score), item.strong or top.strong
            item.group = group_index if len(group) > 1 else -1
            _keep_best(best, item)
        if len(group) > 1:
            names = {mention.name for mention in group}
            groups[group_index] = (names, top.score, top.strong, top.about)
    return best, groups


def _with_partners(chosen: list[str], groups: dict[int, set[str]]) -> list[str]:
    """A chosen buyer brings the bodies listed with it: 'Hedeby och Lindås' (only where
    that list itself reads as buying, not a passing list further down)."""
    result = list(chosen)
    for names in groups.values():
        if names & set(chosen):
            result.extend(sorted(names - set(result)))
    return result


def _display_name(text: str, name: str, mentions: list[Mention]) -> str:
    """The canonical name if the article uses it, else the fullest name it does use
    ('Landskapsregeringen'), but never a bare acronym; all resolve to the same record."""
    own = [m for m in mentions if m.name == name]
    surfaces = [strip_genitive_name(text[m.start : m.end], m) for m in own]
    if not surfaces or name in surfaces or any(m.org is None for m in own):
        return name
    full = [s for s in surfaces if not s.isupper()]
    return max(full, key=len) if full else name  # "SVV" alone: Statens vegvesen


def _keep_best(best: dict[str, _Scored], item: _Scored) -> None:
    """Record a scored mention under its body's name, keeping the best score."""
    name = item.mention.name
    previous = best.get(name)
    if previous is None:
        best[name] = item
        return
    previous.score = max(previous.score, item.score) + 0.25  # repeated mentions add a little
    previous.strong = previous.strong or item.strong
    previous.provider = previous.provider or item.provider
    previous.defined = previous.defined or item.defined


def _select(best: dict[str, _Scored]) -> list[str]:
    """The best-scoring body, and any other with its own cue and a fair share of the score;
    where a case text names its respondent, only that body."""
    ranked = sorted(best.values(), key=lambda s: (-s.score, s.mention.start))
    respondents = [item for item in ranked if item.defined]
    if respondents:  # the body a case text names as respondent: the others are background
        ranked = respondents
    if not ranked or ranked[0].score < MIN_SCORE:
        return []
    top = ranked[0].score
    chosen = [ranked[0]]
    for item in ranked[1:]:
        if item.strong and item.score >= PARTNER_SHARE * top:
            chosen.append(item)
    return [item.mention.name for item in chosen]


def strip_genitive_name(surface: str, mention: Mention) -> str:
    """The surface form of a mention without its genitive ending ('Region Hallands')."""
    bare = strip_genitive(surface)
    if bare != surface:
        return bare
    org = mention.org
    forms = (org.name, *org.aliases, org.place) if org else ()
    if surface.endswith("s") and surface[:-1] in forms:
        return surface[:-1]
    return surface
