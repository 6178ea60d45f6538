"""Suppliers: the companies an article says won, not the ones that lost, appealed or were
merely mentioned.

Runs of capitalised words (with an optional legal form: AB, Sverige AB, Ltd, A/S, GmbH,
Joint Venture ...) are the candidates; a winner cue in their sentence ("vinner", "valet
föll på", "awarded to", "får ordren") chooses among them. People, places, products and
public bodies are never suppliers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipelines.facts.orgs_common import is_very_common_word
from pipelines.facts.orgs_cues import (
    COURT_WIN,
    LIST_LEAD,
    LOCATIVE_BEFORE,
    NEGATION,
    NEW_CONTRACT,
    PRESENT_WINNER,
    TEASER_HEADING,
    WINNER,
    WINNER_COUNT,
    WINNER_COUNT_NOUN,
    WINNER_LABEL,
)
from pipelines.facts.orgs_matcher import Mention, find_public_bodies
from pipelines.facts.orgs_names import Candidate, core_words, sentence_names
from pipelines.facts.orgs_reference import find_organization
from pipelines.facts.orgs_supplier_roles import (
    BUYER_ACT_AFTER,
    ROUTE_BEFORE,
    ROUTE_WORDS,
    in_loser_context,
    is_counterparty,
    named_as_place,
    names_the_contract,
    route_after,
)
from pipelines.facts.orgs_text import Sentence, coordinated, sentences, strip_genitive, text_memo
from pipelines.facts.orgs_words import BUSINESS_WORDS, LEGAL_FORMS

MIN_SCORE = 0.5
CUE_REACH = 70  # characters between a winner cue and a name it can speak of
# Between a cue and the public body it names as provider: "provided by", "contract to the".
PROVIDER_GAP = re.compile(
    r"^(?:\s*(?:by|af|av|till|til)|[^.]{0,60}?\bto)?\s+(?:the\s+)?$", re.IGNORECASE
)
# After a public body that was chosen as supplier: "X er valgt som hovedleverandør".
CHOSEN_AFTER = re.compile(
    r"^\s*(?:er|är|is|has been|blir|ble|har blitt|har blivit|bliver)\s+(?:\w+\s+)?"
    r"(?:valgt|valt|vald|selected|chosen|appointed|utsett|utsedd|udvalgt|utvalgt)\s+som\b"
    r"|^\s*(?:er|är|is|has been|blir|ble|bliver)\s+(?:\w+\s+)?(?:valgt|valt|vald|selected"
    r"|chosen|appointed)\s+(?:as|to)\s+(?:the\s+)?(?:\w+\s+)?(?:provider|supplier|contractor)",
    re.IGNORECASE,
)
# Capitalised words that continue a body's name beyond the matched part: "Helse Midt-Norge IT".
NAME_CONTINUES = re.compile(r"(?:\s+(?:[A-ZÅÄÖÆØ]{2,}|IKT|ICT)\b)*")
# An acronym defined in brackets right after a name: "Westmoor Transit Authority (WTA)".
ACRONYM_AFTER = re.compile(r"\s*\((?:the\s)?([A-ZÅÄÖÆØ][A-ZÅÄÖÆØ&-]{1,9})\)")
# After a capitalised 'Awards' that names a prize: "Awards for", "Awards ceremony", "Awards)".
PRIZE_NEXT = re.compile(r"\s*(?:\)|\(|[a-zåäöæø])")
# Right before a cue that is no win: bids received ("hur många anbud de fick": the buyer got
# them), an election or a contest ("utropats till vinnare", "declared the winner").
NOT_A_WIN_BEFORE = re.compile(
    r"\b(?:anbud|anbuden|tilbud|tilbudene|tilbuddene|bud|bids|offers|tenders)\s(?:\w+\s){0,2}$"
    r"|\b(?:utropa\w*|kora\w*|kåra\w*|utnämn\w*)\still\s$|\bdeclared\s(?:the\s)?$",
    re.IGNORECASE,
)
# A sentence about an earlier contract: "En tidigare, stor SL-upphandling som X vann ...".
EARLIER_CONTRACT = re.compile(
    r"\s*(?:en|ett|et|an|a)\s(?:tidigare|tidligere|earlier|previous)\b", re.IGNORECASE
)
LABEL_REACH = 3  # lines after a "Vindere" label that may hold the winner's name
NEGATION_REACH = 12  # "EG ikke får", "fick inte": a negation this close cancels a cue
# Words that close a buyer's name after its place: "Norwich City Council", "Säters kommun".
BUYER_NAME_TAILS = frozenset(
    (
        *("council", "city", "borough", "county", "district", "metropolitan", "municipality"),
        *("kommun", "kommune", "stad", "region", "regionen", "landsting", "fylkeskommune"),
    )
)
# The end of a cue that points at the name after it: "goes to", "provided by", "till".
FORWARD_CUE_END = re.compile(r"\b(?:to|till|til|by|av|af|from|från|fra)$", re.IGNORECASE)
CHAIN_JOINER = re.compile(
    # "Caremas 33,5 och Förenade Care": a figure after a name may stand before the joiner
    r"^\s*(?:\([^)]{0,200}\)\s*)?(?:\d[\d,.]*\s+(?=och|and|og))?(?:(?:,|;|och|and|og|samt|&|–|-|,\s*(?:och|and|og|samt))\s*"
    r"(?:the\s)?(?!(?:mens|men|medan|while|whereas|but|dock|mendes|to|till|til)\s)(?:[a-zåäöæø][a-zåäöæø-]*\s)?"
    # "X and the council-owned firm Y": a descriptor after an adjective
    r"(?:(?<=[a-z]\s)(?:firm|company|contractor|operator|firma|firman|firmaet|bolaget"
    r"|selskapet|selskabet|företaget)\s)?)?$"
)


@dataclass(slots=True)
class _Supplier:
    forms: list[str] = field(default_factory=list)
    score: float = 0.0
    first: int = 0


def _winner_sentences(sentence_list: list[Sentence]) -> list[tuple[Sentence, bool]]:
    """Sentences with a winner cue, and (flagged True) the lists of winners they announce."""
    chosen: list[tuple[Sentence, bool]] = []
    announcing = False
    labelled = 0  # lines still to read after a "Vindere" label
    teasers = False  # reading the teaser headlines under "Mest lest", "Related"
    for sentence in sentence_list:
        if TEASER_HEADING.match(sentence.text):
            teasers = True  # "Les også: X vinner ...": the rest of the line is a teaser
            continue
        if teasers and sentence.text.rstrip()[-1:] not in '.!?”"':
            continue  # a teaser headline has no full stop
        teasers = False
        if labelled and sentence.text[:1].isupper():
            chosen.append((replace(sentence, is_list_item=True), True))
            labelled = 0
            continue
        labelled = max(0, labelled - 1)
        if WINNER_LABEL.match(sentence.text):
            labelled = LABEL_REACH
            continue
        if announcing and (sentence.is_list_item or LIST_LEAD.match(sentence.text)):
            chosen.append((sentence, True))
            continue
        if announcing and not chosen[-1][0].is_list_item and "," in sentence.text:
            chosen.append((sentence, True))  # "Four contractors ... . A, B and C will start"
        announcing = False
        counted = _counts_winners(sentence.text)
        if counted or WINNER.search(sentence.text) or _present_cues(sentence):
            chosen.append((sentence, False))
            announcing = sentence.text.rstrip().endswith(":") or counted
    return chosen


def _counts_winners(text: str) -> bool:
    """'åtta företag', 'four contractors': a count of winners (the noun is tested first)."""
    return bool(WINNER_COUNT_NOUN.search(text) and WINNER_COUNT.search(text))


def _distance(candidate: Candidate, span: tuple[int, int]) -> int:
    """Characters between a candidate and a cue span (0 if they touch)."""
    return max(span[0] - candidate.end, candidate.start - span[1], 0)


def _winners_in(text: str, sentence: Sentence, announced: bool) -> list[Candidate]:
    """The candidates of a sentence that its winner cue speaks of."""
    if EARLIER_CONTRACT.match(sentence.text):
        return []  # "En tidigare upphandling, som X vann 2021, ...": another contract
    candidates = sentence_names(text, sentence)
    if sentence.is_list_item:
        return candidates
    losers = {i for i in range(len(candidates)) if in_loser_context(text, sentence, candidates, i)}
    # "Arkitema og Rambøll bød på": both lost; "X, beating Y and Z": Y and Z lost
    for chain in coordinated(text, candidates, CHAIN_JOINER):
        indexes = [candidates.index(member) for member in chain]
        if indexes[-1] in losers:
            losers.update(indexes)
        elif any(index in losers for index in indexes):  # the names after the first loser
            first_loser = next(n for n, index in enumerate(indexes) if index in losers)
            losers.update(indexes[first_loser:])
    for i, candidate in enumerate(candidates):
        if any(BUYER_ACT_AFTER.match(text, end) for end in (candidate.end - 1, candidate.end)):
            losers.add(i)  # "vann UL:s upphandling", "Landstingets beslut att låta X"
    winners = [candidate for i, candidate in enumerate(candidates) if i not in losers]
    cues = _cue_spans(text, sentence)
    chosen = []
    for chain in coordinated(text, winners, CHAIN_JOINER):
        if is_counterparty(text, sentence, chain, candidates) or names_the_contract(text, chain):
            continue  # the customer, or what the contract is for
        cue_right_before = any(_right_after(text, cue, chain[0]) for cue in cues)
        before = text[max(sentence.start, chain[0].start - 60) : chain[0].start]
        if not cue_right_before and (LOCATIVE_BEFORE.search(before) or named_as_place(text, chain)):
            continue  # "inom Sveg, Svenstavik och Bollnäs": places
        if (
            before.endswith(ROUTE_WORDS)
            and ROUTE_BEFORE.search(before)
            and route_after(text, chain)
        ):
            continue  # "fra Åsen i Trøndelag til Nordland": a route
        near = any(_speaks_of(text, cue, chain) for cue in cues)
        if near or (announced and (len(chain) >= 2 or LIST_LEAD.match(sentence.text))):
            chosen.extend(chain)
    return chosen


def _speaks_of(text: str, cue: tuple[int, int], chain: list[Candidate]) -> bool:
    """The cue is near the chain and points its way: a cue that ends by pointing forward
    ('goes to', 'provided by', 'tilldelas till') speaks of the names after it, not of
    'Rubbish collection ... goes to X'."""
    if not any(_distance(candidate, cue) <= CUE_REACH for candidate in chain):
        return False
    if chain[-1].end > cue[0]:
        return True
    return not FORWARD_CUE_END.search(text, cue[0], cue[1])


def _right_after(text: str, cue: tuple[int, int], candidate: Candidate) -> bool:
    """The name follows the cue directly ('vinner Skanska', 'awarded to X'), not through a
    place preposition ('vinner i Storeby')."""
    gap = text[cue[1] : candidate.start]
    return cue[1] <= candidate.start and len(gap) <= 5 and not LOCATIVE_BEFORE.search(gap)


def _public_providers(text: str, sentence: Sentence, bodies: list[Mention]) -> list[Candidate]:
    """Public bodies the cue names as the one delivering: 'services provided by the X NHS
    Trust', 'awarded a contract for surgery to the X Trust', 'Helse Midt-Norge IT er valgt som
    leverandør'."""
    end_of_sentence = sentence.start + len(sentence.text)
    cues = _cue_spans(text, sentence)
    found = []
    for body in bodies:
        if body.bare_place or not sentence.start <= body.start < end_of_sentence:
            continue
        end = body.end + len(NAME_CONTINUES.match(text, body.end).group())
        named_by_cue = any(
            cue[1] <= body.start and PROVIDER_GAP.match(text[cue[1] : body.start]) for cue in cues
        )
        if BUYER_ACT_AFTER.match(text, end - 1) or BUYER_ACT_AFTER.match(text, end):
            continue  # "vann Region Stockholms upphandling": the buyer
        if named_by_cue or CHOSEN_AFTER.match(text[end:end_of_sentence]):
            found.append(Candidate(text[body.start : end], body.start, end))
    return found


def _cue_spans(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets of the winner cues of a sentence that are neither negated ('ikke får
    ordren') nor about a court case ('har vunnit striden'); read once per sentence."""
    memo = text_memo(text).setdefault("cue_spans", {})
    if sentence not in memo:
        memo[sentence] = _find_cue_spans(sentence)
    return memo[sentence]


def _find_cue_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The uncached body of _cue_spans."""
    spans = []
    for match in WINNER.finditer(sentence.text):
        around = sentence.text[max(0, match.start() - NEGATION_REACH) : match.end() + 6]
        if NEGATION.search(around) or COURT_WIN.match(sentence.text[match.end() :]):
            continue
        before = sentence.text[max(0, match.start() - 30) : match.start()]
        if _is_prize(sentence.text, match) or NOT_A_WIN_BEFORE.search(before):
            continue
        spans.append((sentence.start + match.start(), sentence.start + match.end()))
    return spans + [
        (sentence.start + start, sentence.start + end) for start, end in _present_cues(sentence)
    ]


def _is_prize(text: str, match: re.Match[str]) -> bool:
    """'the Procurement Awards for Excellence', 'The 2024 Awards ceremony': a capitalised
    'Award(s)' followed by a lower-case word names a prize (a title-case headline goes on with
    a capital: 'Council Awards Contract To X')."""
    return match.group() in ("Award", "Awards") and bool(PRIZE_NEXT.match(text, match.end()))


def _present_cues(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (in the sentence) of present-tense work verbs that announce a winner: in the
    headline ('Stenhuset bygger skolan') or beside a new contract, never the incumbent's 'I dag
    levererar X maten'."""
    spans = [match.span() for match in PRESENT_WINNER.finditer(sentence.text)]
    if spans and sentence.line != 0 and not NEW_CONTRACT.search(sentence.text):
        return []
    return spans


def _key(surface: str) -> str:
    """The comparison key of a name: core words, case-folded, no genitive."""
    core = core_words([strip_genitive(word) for word in surface.split()])
    return " ".join(core).casefold()


def _is_buyer(surface: str, buyer_keys: set[str]) -> bool:
    """The name is one of the article's buyers (under any of its names)."""
    org = find_organization(surface)
    return _key(surface) in buyer_keys or (org is not None and _key(org.name) in buyer_keys)


def _ordinary(surface: str) -> bool:
    """One very frequent word alone is no company: 'the Find a Tender Service', 'News'."""
    return " " not in surface and is_very_common_word(strip_genitive(surface))


def _buyer_places(buyers: list[str]) -> set[str]:
    """Keys of the place a buyer is named after: 'Norwich' for 'Norwich City Council',
    'Bromley' for 'Bromley Council' (the text's short name for that buyer)."""
    places = set()
    for name in buyers:
        words = name.split()
        cut = len(words)
        while cut > 1 and words[cut - 1].casefold() in BUYER_NAME_TAILS:
            cut -= 1
        if cut < len(words):
            places.add(_key(" ".join(words[:cut])))
    return places


def _body_acronyms(text: str, bodies: list[Mention]) -> set[str]:
    """Keys of the acronyms the text defines for public bodies: "the Michigan Department of
    Transportation (MDOT)": MDOT is that body, never a company."""
    found = set()
    for body in bodies:
        match = ACRONYM_AFTER.match(text, body.end)
        if match and not body.bare_place:
            found.add(_key(match.group(1)))
    return found


def rank_suppliers(text: str, buyers: list[str]) -> list[str]:
    """Names of the winning companies in `text`, best first."""
    sentence_list = sentences(text)
    bodies = find_public_bodies(text)
    buyer_keys = {_key(name) for name in buyers} | _body_acronyms(text, bodies)
    buyer_keys |= _buyer_places(buyers)
    suppliers: dict[str, _Supplier] = {}
    for sentence, announced in _winner_sentences(sentence_list):
        found = [c for c in _winners_in(text, sentence, announced) if not _ordinary(c.surface)]
        for candidate in found + _public_providers(text, sentence, bodies):
            if _is_buyer(candidate.surface, buyer_keys):
                continue
            entry = suppliers.setdefault(_key(candidate.surface), _Supplier(first=candidate.start))
            entry.forms.append(candidate.surface)
            entry.score += sentence.weight
    _merge_variants(suppliers)
    ranked = sorted(
        (entry for entry in suppliers.values() if entry.score >= MIN_SCORE),
        key=lambda entry: (-entry.score, entry.first),
    )
    return [_best_form(entry.forms) for entry in ranked]


def _merge_variants(suppliers: dict[str, _Supplier]) -> None:
    """'KONSULTs' is KONSULT, and 'Bergbygg' is 'Bergbygg Entreprenad AB' (or 'Bergbygg
    Construction') when both occur."""
    for key in list(suppliers):
        base = key[:-1]
        if key.endswith("s") and base in suppliers and key in suppliers:
            _fold(suppliers, key, base)
    for key in sorted(suppliers, key=len):
        longer = [
            other
            for other in suppliers
            if other != key
            and _shortens(key, other)
            and (_has_legal_form(suppliers[other]) or _adds_business_words(key, other))
        ]
        if len(longer) == 1:
            _fold(suppliers, key, longer[0])


def _shortens(short: str, long: str) -> bool:
    """'bergbygg' shortens 'bergbygg industri'; 'dalen maskin' shortens 'dalen
    maskindrift' (each word the start of the other's word, more words or a longer last)."""
    short_words, long_words = short.split(), long.split()
    if len(short_words) > len(long_words) or short == long:
        return False
    if len(short_words) == 1:
        return len(long_words) > 1 and long_words[0] == short_words[0]
    pairs = list(zip(short_words, long_words, strict=False))
    return all(a == b for a, b in pairs[:-1]) and pairs[-1][1].startswith(pairs[-1][0])


def _adds_business_words(short: str, long: str) -> bool:
    """'stonebridge construction' only adds business words to 'stonebridge'."""
    extra = long.split()[len(short.split()) :]
    return bool(extra) and all(word in BUSINESS_WORDS for word in extra)


def _has_legal_form(entry: _Supplier) -> bool:
    """One of the entry's forms ends with a legal form."""
    return any(form.split()[-1] in LEGAL_FORMS for form in entry.forms)


def _fold(suppliers: dict[str, _Supplier], key: str, into: str) -> None:
    """Merge the entry under `key` into the entry under `into`."""
    entry = suppliers.pop(key)
    suppliers[into].score += entry.score
    suppliers[into].first = min(suppliers[into].first, entry.first)


def _best_form(forms: list[str]) -> str:
    """The fullest legal name if one is given ('Medisys Sverige AB'), else the first form;
    a line break inside a name (hard-wrapped text) is a space."""
    legal = [form for form in forms if form.split()[-1] in LEGAL_FORMS]
    return " ".join((max(legal, key=len) if legal else forms[0]).split())
