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

from pipelines.facts.orgs_cues import LIST_LEAD, LOSER, SPEECH_BEFORE, WINNER, WINNER_COUNT
from pipelines.facts.orgs_matcher import Mention, find_public_bodies, kommun_places
from pipelines.facts.orgs_reference import find_organization
from pipelines.facts.orgs_text import Sentence, Token, sentences, strip_genitive, tokens
from pipelines.facts.orgs_words import (
    COUNTRY_SUFFIXES,
    FIRST_NAMES,
    LEGAL_FORMS,
    NAME_TAIL_WORDS,
    PLACE_SUFFIXES,
    PLACES,
    PRODUCT_NOUNS,
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
    words = tokens(sentence.text)
    if sentence.is_list_item:
        item = sentence.text.strip(" *•·-–\t")
        if item and len(item.split()) <= MAX_ITEM_WORDS:
            offset = base + sentence.text.find(item)
            if not _overlaps(offset, offset + len(item), bodies):
                return [_Candidate(item, offset, offset + len(item))]
    found = []
    for run in _runs(words):
        run = _trim(run)
        if not run:
            continue
        start, end = base + run[0].start, base + run[-1].end
        surface = text[start:end]
        if _acceptable(text, surface, start, end, bodies):
            found.append(_Candidate(surface, start, end))
    return found


def _acceptable(text: str, surface: str, start: int, end: int, bodies: list[Mention]) -> bool:
    words = surface.split()
    core = _core_words(words)
    if not core or all(len(word) < 2 for word in core):
        return False
    has_legal_form = len(core) < len(words)
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _overlaps(start, end, bodies) or _inside_parentheses(text, start):
        return False
    if not has_legal_form and (_is_place(core) or core[0] in STOPWORDS):
        return False
    if _is_person(core, before, after) or _is_product(before, after):
        return False
    return not core[0].isdigit()


def _in_loser_context(text: str, sentence: Sentence, candidate: _Candidate) -> bool:
    low = max(sentence.start, candidate.start - LOSER_WINDOW)
    high = min(sentence.start + len(sentence.text), candidate.end + LOSER_WINDOW)
    return bool(LOSER.search(text[low : candidate.start] + " " + text[candidate.end : high]))


def _winner_sentences(sentence_list: list[Sentence]) -> list[Sentence]:
    """Sentences with a winner cue, and the lists of winners they announce."""
    chosen: list[Sentence] = []
    announcing = False
    for sentence in sentence_list:
        if announcing and (sentence.is_list_item or LIST_LEAD.match(sentence.text)):
            chosen.append(sentence)
            continue
        if announcing and not chosen[-1].is_list_item and "," in sentence.text:
            chosen.append(sentence)  # "Four contractors ... . A, B, C and D will start ..."
        announcing = False
        if WINNER.search(sentence.text):
            chosen.append(sentence)
            text = sentence.text.rstrip()
            announcing = text.endswith(":") or bool(WINNER_COUNT.search(text))
        elif WINNER_COUNT.search(sentence.text):
            chosen.append(sentence)
            announcing = True
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
    for sentence in _winner_sentences(sentence_list):
        for candidate in _candidates(text, sentence, bodies):
            if _in_loser_context(text, sentence, candidate):
                continue
            if _is_buyer(candidate.surface, buyer_keys):
                continue
            entry = suppliers.setdefault(_key(candidate.surface), _Supplier(first=candidate.start))
            entry.forms.append(candidate.surface)
            entry.score += sentence.weight
    _merge_genitives(suppliers)
    ranked = sorted(
        (entry for entry in suppliers.values() if entry.score >= MIN_SCORE),
        key=lambda entry: (-entry.score, entry.first),
    )
    return [_best_form(entry.forms) for entry in ranked]


def _merge_genitives(suppliers: dict[str, _Supplier]) -> None:
    """'SWECOs' is SWECO: fold a genitive key into its base key when both occur."""
    for key in list(suppliers):
        base = key[:-1]
        if key.endswith("s") and base in suppliers and key in suppliers:
            entry = suppliers.pop(key)
            suppliers[base].score += entry.score
            suppliers[base].first = min(suppliers[base].first, entry.first)


def _best_form(forms: list[str]) -> str:
    """The fullest legal name if one is given ('Cerner Sverige AB'), else the first form."""
    legal = [form for form in forms if form.split()[-1] in LEGAL_FORMS]
    return max(legal, key=len) if legal else forms[0]
