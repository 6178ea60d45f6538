"""Suppliers: the companies an article says won, not the ones that lost, appealed or were
merely mentioned.

Runs of capitalised words (with an optional legal form: AB, Sverige AB, Ltd, A/S, GmbH,
Joint Venture ...) are the candidates; a winner cue in their sentence ("vinner", "valet
föll på", "awarded to", "får ordren") chooses among them. People, places, products and
public bodies are never suppliers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.facts.orgs_cues import (
    LIST_LEAD,
    LOCATIVE_BEFORE,
    LOSER,
    SPEECH_BEFORE,
    WINNER,
    WINNER_COUNT,
)
from pipelines.facts.orgs_matcher import Mention, find_public_bodies, kommun_places
from pipelines.facts.orgs_reference import find_organization
from pipelines.facts.orgs_text import Sentence, Token, sentences, strip_genitive, tokens
from pipelines.facts.orgs_words import (
    COUNTRY_SUFFIXES,
    DESCRIPTOR_ENDINGS,
    FIRST_NAMES,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_TAIL_WORDS,
    PERSON_TITLES,
    PLACE_SUFFIXES,
    PLACES,
    PRODUCT_NOUNS,
    PROJECT_ENDINGS,
    STOPWORDS,
)

MIN_SCORE = 0.5
LOSER_WINDOW = 40
PERSON_AFTER = re.compile(
    r"^\s*,\s*(?:vd|chef|ceo|cfo|direktör|director|head|manager|ordförande|minister|upphandl"
    r"|inköps|projektledare|kommunikations|press|sales|försäljnings|nordisk|regiondirektör"
    r"|kommundirektör|stadsdirektör|\w+chef|\w+ansvarig|\w+direktör)",
    re.IGNORECASE,
)
PRODUCT_AFTER = re.compile(r"^\s*(?:från|from|fra|by)\s+[A-ZÅÄÖ]")
MAX_ITEM_WORDS = 6
ROLE_NOUN_ENDINGS = ("chef", "vd", "direktör", "ansvarig", "ledare", "ordförande", "anställd")
CUE_REACH = 70  # characters between a winner cue and a name it can speak of
ROAD_OR_AMOUNT = re.compile(r"^(?:[A-Z]\d+[a-z]?|\d[\d.,]*\w*)$")
CHAIN_JOINER = re.compile(
    r"^\s*(?:\([^)]{0,200}\)\s*)?(?:(?:,|;|och|and|og|samt|&|–|-|,\s*(?:och|and|og|samt))\s*"
    r"(?:the\s)?(?:[a-zåäöæø]+\s)?)?$"
)


@dataclass(slots=True)
class _Candidate:
    surface: str
    start: int
    end: int


@dataclass(slots=True)
class _Supplier:
    forms: list[str] = field(default_factory=list)
    score: float = 0.0
    first: int = 0


def _is_namey(word: str) -> bool:
    if word in LEGAL_FORMS or word in NAME_TAIL_WORDS:
        return True
    first = word[:1]
    return first.isupper() or (first.isdigit() and any(char.isalpha() for char in word))


def _runs(words: list[Token]) -> list[list[Token]]:
    """Maximal runs of name-like words; '&' and '/' may join two of them."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(words):
        joiner = token.text in {"&", "/"} and current and index + 1 < len(words)
        if _is_namey(token.text) or (joiner and _is_namey(words[index + 1].text)):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return _join_lowercase_legal_names(words, runs)


def _join_lowercase_legal_names(words: list[Token], runs: list[list[Token]]) -> list[list[Token]]:
    """'Buss i väst AB': a legal form after up to two lowercase words closes the name."""
    joined: list[list[Token]] = []
    for run in runs:
        if run[0].text in LEGAL_FORMS and joined:
            previous = joined[-1]
            between = [t for t in words if previous[-1].end <= t.start and t.end <= run[0].start]
            lower = [t for t in between if t.text.isalpha() and t.text.islower()]
            if 0 < len(between) <= 2 and len(lower) == len(between):
                joined[-1] = previous + between + run
                continue
        joined.append(run)
    return joined


def _trim(run: list[Token]) -> list[Token]:
    while run and (run[0].text in STOPWORDS or run[0].text in {"&", "/"} or _is_legal(run[0])):
        run = run[1:]
    while run and run[-1].text in {"&", "/"}:
        run = run[:-1]
    return run


def _is_legal(token: Token) -> bool:
    return token.text in LEGAL_FORMS


def _core_words(words: list[str]) -> list[str]:
    """The name without its legal form and country word: 'Cerner Sverige AB' -> ['Cerner']."""
    core = list(words)
    while core and (core[-1] in LEGAL_FORMS or core[-1] in COUNTRY_SUFFIXES):
        core.pop()
    return core


def _is_place(core: list[str]) -> bool:
    name = " ".join(core)
    if name in PLACES or name in kommun_places():
        return True
    return bool(core) and core[-1].casefold() in PLACE_SUFFIXES


def _is_person(core: list[str], before: str, after: str) -> bool:
    if SPEECH_BEFORE.search(before) or PERSON_AFTER.match(after):
        return True
    return len(core) >= 2 and core[0] in FIRST_NAMES


def _is_product(before: str, after: str) -> bool:
    previous = before.split()[-1:] or [""]
    return previous[0].casefold() in PRODUCT_NOUNS or bool(PRODUCT_AFTER.match(after))


def _inside_parentheses(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _overlaps(start: int, end: int, bodies: list[Mention]) -> bool:
    return any(start < body.end and body.start < end for body in bodies)


def _candidates(text: str, sentence: Sentence, bodies: list[Mention]) -> list[_Candidate]:
    """Company-like names in one sentence."""
    base = sentence.start
    if sentence.is_list_item:
        item = sentence.text.strip(" *•·-–\t")
        if item and len(item.split()) <= MAX_ITEM_WORDS:
            offset = base + sentence.text.find(item)
            if not _overlaps(offset, offset + len(item), bodies):
                return [_Candidate(item, offset, offset + len(item))]
    found = []
    for run in _runs(tokens(sentence.text)):
        run = _drop_descriptors(_trim(run))
        if not run:
            continue
        start, end = base + run[0].start, base + run[-1].end
        surface = text[start:end]
        if _acceptable(text, surface, start, end, bodies, sentence):
            found.append(_Candidate(surface, start, end))
    return found


def _drop_descriptors(run: list[Token]) -> list[Token]:
    """'Byggbolaget Skanska' -> 'Skanska'."""
    while len(run) > 1 and run[0].text.casefold().endswith(DESCRIPTOR_ENDINGS):
        run = run[1:]
    return run


def _is_other_thing(core: list[str], before: str) -> bool:
    """Roads, numbers, amounts, projects and places in genitive are not companies."""
    first, last = core[0], core[-1]
    if first[:1].isdigit() or ROAD_OR_AMOUNT.match(first):
        return True
    if len(core) == 1 and "-" in first and first.rsplit("-", 1)[1].islower():
        return True  # "IT-stöd", "EU-domstolen": a compound common noun
    if last.endswith(PROJECT_ENDINGS) or any(word in HONORIFICS for word in core):
        return True
    genitive_free = [strip_genitive(word) for word in core]
    if genitive_free[-1].endswith("s") and _is_place([*genitive_free[:-1], genitive_free[-1][:-1]]):
        return True
    parts = [part for word in genitive_free for part in word.split("-")]
    return _is_place(genitive_free) or all(_is_place([part]) for part in parts)


def _acceptable(
    text: str, surface: str, start: int, end: int, bodies: list[Mention], sentence: Sentence
) -> bool:
    words = surface.split()
    core = _core_words(words)
    if not core or all(len(word) < 2 for word in core):
        return False
    has_legal_form = len(core) < len(words)
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _overlaps(start, end, bodies) or _inside_parentheses(text, start):
        return False
    if strip_genitive(core[0]) in STOPWORDS or any(word in PERSON_TITLES for word in core):
        return False
    if not has_legal_form and _is_other_thing(core, before):
        return False
    if _is_person(core, before, after) or _is_product(before, after):
        return False
    if after.startswith(":") and not text[sentence.start : start].strip():
        return False  # "PRESSMEDDELANDE: ...", "Bygg: ...": a label, not a name
    return has_legal_form or not _is_common_word(text, core, start, sentence, after)


def _is_common_word(text: str, core: list[str], start: int, sentence: Sentence, after: str) -> bool:
    """A single capitalised word that opens a sentence is an ordinary word ('Resultatet')
    unless it is a name elsewhere in the text or the subject of a winner verb."""
    opening = text[sentence.start : start].strip(" \"”“'‘–—-:")
    word = core[0]
    if opening or len(core) > 1 or word.isupper() or any(char.isdigit() for char in word):
        return False
    if WINNER.match(after.lstrip(" ,")):
        return False
    elsewhere = re.compile(rf"[\w,;] {re.escape(word)}\b")
    return not elsewhere.search(text)


def _in_loser_context(text: str, sentence: Sentence, candidates: list[_Candidate], i: int) -> bool:
    """A loser cue between this name and its neighbours: 'the incumbent Serco', 'NCC, som
    förlorade', 'X har begärt överprövning'."""
    candidate = candidates[i]
    low = max(sentence.start, candidate.start - LOSER_WINDOW // 2)
    if i > 0:
        low = max(low, candidates[i - 1].end)
    high = min(sentence.start + len(sentence.text), candidate.end + LOSER_WINDOW)
    if i + 1 < len(candidates):  # words just before the next name are about that name
        high = max(candidate.end, min(high, candidates[i + 1].start - LOSER_WINDOW // 2))
    return bool(LOSER.search(text[low : candidate.start] + " " + text[candidate.end : high]))


def _winner_sentences(sentence_list: list[Sentence]) -> list[tuple[Sentence, bool]]:
    """Sentences with a winner cue, and (flagged True) the lists of winners they announce."""
    chosen: list[tuple[Sentence, bool]] = []
    announcing = False
    for sentence in sentence_list:
        if announcing and (sentence.is_list_item or LIST_LEAD.match(sentence.text)):
            chosen.append((sentence, True))
            continue
        if announcing and not chosen[-1][0].is_list_item and "," in sentence.text:
            chosen.append((sentence, True))  # "Four contractors ... . A, B and C will start"
        announcing = False
        if WINNER.search(sentence.text) or WINNER_COUNT.search(sentence.text):
            chosen.append((sentence, False))
            text = sentence.text.rstrip()
            announcing = text.endswith(":") or bool(WINNER_COUNT.search(text))
    return chosen


def _chains(text: str, candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Candidates joined by commas and 'och/and/og' ("Atea, B2B IT-Partner och Misco")."""
    chains: list[list[_Candidate]] = []
    for candidate in candidates:
        if chains and CHAIN_JOINER.match(text[chains[-1][-1].end : candidate.start]):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    return chains


def _named_as_place(text: str, chain: list[_Candidate]) -> bool:
    """A name the text elsewhere puts right after 'i/in/på' ('Nya hus i Teleborg') is a place."""
    first = chain[0].surface
    if any(word in LEGAL_FORMS for word in first.split()):
        return False
    for match in re.finditer(rf"(\w*)\s+(?:i|in|inom|near)\s+{re.escape(first)}\b", text):
        if not match.group(1).casefold().endswith(ROLE_NOUN_ENDINGS):
            return True  # not "vd i Peab"
    return False


def _distance(candidate: _Candidate, span: tuple[int, int]) -> int:
    return max(span[0] - candidate.end, candidate.start - span[1], 0)


def _winners_in(
    text: str, sentence: Sentence, announced: bool, bodies: list[Mention]
) -> list[_Candidate]:
    """The candidates of a sentence that its winner cue speaks of."""
    candidates = _candidates(text, sentence, bodies)
    if sentence.is_list_item:
        return candidates
    winners = [
        candidate
        for i, candidate in enumerate(candidates)
        if not _in_loser_context(text, sentence, candidates, i)
    ]
    cues = [
        (sentence.start + match.start(), sentence.start + match.end())
        for match in WINNER.finditer(sentence.text)
    ]
    chosen = []
    for chain in _chains(text, winners):
        cue_right_before = any(0 <= chain[0].start - cue[1] <= 5 for cue in cues)
        before = text[max(sentence.start, chain[0].start - 12) : chain[0].start]
        if not cue_right_before and (
            LOCATIVE_BEFORE.search(before) or _named_as_place(text, chain)
        ):
            continue  # "inom Sveg, Svenstavik och Bollnäs": places
        near = any(_distance(c, cue) <= CUE_REACH for c in chain for cue in cues)
        if near or (announced and (len(chain) >= 2 or LIST_LEAD.match(sentence.text))):
            chosen.extend(chain)
    return chosen


def _key(surface: str) -> str:
    core = _core_words([strip_genitive(word) for word in surface.split()])
    return " ".join(core).casefold()


def _is_buyer(surface: str, buyer_keys: set[str]) -> bool:
    org = find_organization(surface)
    return _key(surface) in buyer_keys or (org is not None and _key(org.name) in buyer_keys)


def rank_suppliers(text: str, buyers: list[str]) -> list[str]:
    """Names of the winning companies in `text`, best first."""
    sentence_list = sentences(text)
    bodies = find_public_bodies(text)
    buyer_keys = {_key(name) for name in buyers}
    suppliers: dict[str, _Supplier] = {}
    for sentence, announced in _winner_sentences(sentence_list):
        for candidate in _winners_in(text, sentence, announced, bodies):
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
    """'SWECOs' is SWECO, and 'Veidekke' is 'Veidekke Entreprenad AB' when both occur."""
    for key in list(suppliers):
        base = key[:-1]
        if key.endswith("s") and base in suppliers and key in suppliers:
            _fold(suppliers, key, base)
    for key in sorted(suppliers, key=len):
        longer = [
            other
            for other in suppliers
            if other != key and other.startswith(key + " ") and _has_legal_form(suppliers[other])
        ]
        if len(longer) == 1:
            _fold(suppliers, key, longer[0])


def _has_legal_form(entry: _Supplier) -> bool:
    return any(form.split()[-1] in LEGAL_FORMS for form in entry.forms)


def _fold(suppliers: dict[str, _Supplier], key: str, into: str) -> None:
    entry = suppliers.pop(key)
    suppliers[into].score += entry.score
    suppliers[into].first = min(suppliers[into].first, entry.first)


def _best_form(forms: list[str]) -> str:
    """The fullest legal name if one is given ('Cerner Sverige AB'), else the first form."""
    legal = [form for form in forms if form.split()[-1] in LEGAL_FORMS]
    return max(legal, key=len) if legal else forms[0]
