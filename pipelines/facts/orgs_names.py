"""Company-like names in a sentence: runs of capitalised words with an optional legal
form, without people, places, projects, products, labels and ordinary words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.facts.orgs_common import is_common_phrase, is_common_word
from pipelines.facts.orgs_cues import (
    AUXILIARY,
    SOURCE_AFTER,
    SOURCE_BEFORE,
    SPEECH_BEFORE,
    WINNER,
)
from pipelines.facts.orgs_matcher import Mention, find_public_bodies, kommun_places
from pipelines.facts.orgs_name_context import (
    FACILITY_AFTER,
    in_non_name_context,
    is_legal_or_numeral,
)
from pipelines.facts.orgs_text import Sentence, Token, strip_genitive, text_memo, tokens
from pipelines.facts.orgs_words import (
    AREA_NOUN_ENDINGS,
    BUSINESS_WORDS,
    COMPASS_WORDS,
    COUNTRY_SUFFIXES,
    DESCRIPTOR_ENDINGS,
    DOCUMENT_NOUNS,
    FACILITY_OPENINGS,
    FIRST_NAMES,
    GENERIC_COMPANY_ENDINGS,
    HONORIFICS,
    HYPHEN_DESCRIPTORS,
    LEGAL_FORMS,
    NAME_COMPASS_WORDS,
    NAME_TAIL_WORDS,
    NAME_VERBS,
    NATIONALITIES,
    NON_COMPANY_ENDINGS,
    PERSON_TITLES,
    PLACE_SUFFIXES,
    PLACES,
    PRODUCT_NOUNS,
    PROJECT_ENDINGS,
    PUBLIC_WORDS,
    STOPWORDS,
    TITLE_ENDINGS,
)

PERSON_AFTER = re.compile(
    r"^\s*,\s*(?:vd|chef|ceo|cfo|direktör|director|head|manager|ordförande|minister|upphandl"
    r"|inköps|projektledare|kommunikations|press|sales|försäljnings|nordisk|regiondirektör"
    r"|kommundirektör|stadsdirektör|\w+chef|\w+ansvarig|\w+direktör)",
    re.IGNORECASE,
)
# A politician's party in brackets after the name: "Ulla Berg (S)", "Per Ek (kd)".
PARTY_AFTER = re.compile(
    r"^\s*\((?:s|m|c|l|v|kd|mp|sd|fp|ap|h|sv|frp|krf|sp|rv|el|df|lab|con|ld|snp|ind)\)",
    re.IGNORECASE,
)
PRODUCT_AFTER = re.compile(r"^\s*(?:från|from|fra|by)\s+[A-ZÅÄÖ]")
# After "Ltd." the text ends or a new sentence starts: the dot was the full stop.
SENTENCE_ENDED = re.compile(r"\s*(?:$|[A-ZÅÄÖÆØ\"“”])")
MAX_ITEM_WORDS = 6
SKIPPED_GAP = 3  # characters between two tokens that hide a sign the tokenizer skips ("/")
MAX_NAME_WORDS = 10  # "Barking, Havering and Redbridge University Hospitals NHS Trust" is 9
PARENTHESIS_REACH = 80
COMMA_LEGAL_FORMS = frozenset({"Inc", "Inc.", "LLC", "Ltd", "Ltd.", "Corp", "Corp.", "L.L.C."})
# Endings of ordinary Scandinavian and English words that open sentences: "Resultatet",
# "Byggnaden", "Sammanlagt", "Recycling"; names rarely end so.
MID_SENTENCE_NAME = re.compile(r"(?:[^\W\d_]|[,;]) ([A-ZÅÄÖÆØÉÜ][\w-]*)\b")
LOWERCASE_WORD = re.compile(r"\b[a-zåäöæøéü][\w-]*\b")
NAME_PARTICLES = frozenset({"i", "och", "på", "av", "för", "de", "la", "van", "von", "der", "of"})
COMMON_ENDINGS = (
    "en",
    "et",
    "rna",
    "ene",
    "erne",
    "ing",
    "igt",
    "lagt",
    "iskt",
    "vis",
    "ende",
    "ande",
    "ly",
)
# Bare Nordic nationality words open company names ("Svensk Cater", "Norsk Gjenvinning",
# "Dansk Affald"); the inflected ones describe ("Norska Fjordbussen").
NAME_NATIONALITIES = frozenset(("Svensk", "Norsk", "Dansk", "Finsk"))
ROAD_OR_AMOUNT = re.compile(r"^(?:[A-Z]\d+[a-z]?|\d[\d.,]*\w*)$")


@dataclass(slots=True)
class Candidate:
    surface: str
    start: int
    end: int


def _is_namey(word: str) -> bool:
    """A word that can be part of a company name: capitalised, digits with letters, legal form."""
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
        if joiner and token.text == "/" and _spaced(words, index):
            joiner = False  # "Home / Business / X": menu crumbs, not "Nordbygg/Kustanlägg"
        if current and token.start - current[-1].end >= SKIPPED_GAP:
            runs.append(current)  # a skipped sign between ("Home / Business"): two runs
            current = []
        comma_legal = (  # "Baxter & Reed Paving, Inc."
            token.text == "," and current and index + 1 < len(words)
        ) and words[index + 1].text in COMMA_LEGAL_FORMS
        if current and token.text in STOPWORDS and _ends_with_dotted_form(current):
            runs.append(current)  # "... S.A. It is": the sentence ended at the legal form
            current = []
        if comma_legal or _is_namey(token.text) or (joiner and _is_namey(words[index + 1].text)):
            current.append(token)
            continue
        if current and _is_name_number(current, words, index):
            current.append(token)  # "Tele 2 har", "avtalet med Tele 2."
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return _join_lowercase_legal_names(words, runs)


def _ends_with_dotted_form(run: list[Token]) -> bool:
    """The run ends with a legal form written with a dot ('S.A.', 'Inc.', 'Ltd.')."""
    return run[-1].text.endswith(".") and run[-1].text in LEGAL_FORMS


def _spaced(words: list[Token], index: int) -> bool:
    """Whitespace stands on either side of the token at `index`."""
    before, token, after = words[index - 1], words[index], words[index + 1]
    return before.start + len(before.text) < token.start or token.start + 1 < after.start


def _is_name_number(current: list[Token], words: list[Token], index: int) -> bool:
    """A single digit that ends a name ('Tele 2'): after a capitalised word that is not a
    frequent word, before punctuation, a legal form or a verb, never before a unit."""
    if not (len(words[index].text) == 1 and words[index].text.isdigit()):
        return False
    previous = current[-1].text
    if previous in STOPWORDS or not previous[:1].isupper() or is_common_word(previous):
        return False  # "Linje 4", "Route 9", "Etapp 2": a numbered thing
    following = words[index + 1].text if index + 1 < len(words) else "."
    return not following[:1].isalnum() or following in LEGAL_FORMS or following in NAME_VERBS


def _join_lowercase_legal_names(words: list[Token], runs: list[list[Token]]) -> list[list[Token]]:
    """'Buss i väst AB', 'Byggmästarna i Norr AB': a legal form after up to two lowercase
    words (or name particles before a capitalised word) closes the name."""
    joined: list[list[Token]] = []
    position = {token.start: index for index, token in enumerate(words)}
    for run in runs:
        if joined and run[-1].text in LEGAL_FORMS:
            previous = joined[-1]
            between = words[position[previous[-1].start] + 1 : position[run[0].start]]
            lower = [t for t in between if t.text.isalpha() and t.text.islower()]
            particles = [t for t in between if t.text in NAME_PARTICLES]
            bare_legal = run[0].text in LEGAL_FORMS and len(lower) == len(between)
            closed = previous[-1].text in LEGAL_FORMS  # "X AB av Y AB": two names
            fits = bare_legal or len(particles) == len(between)
            if not closed and 0 < len(between) <= 2 and fits:
                joined[-1] = previous + between + run
                continue
        joined.append(run)
    return joined


def _trim(run: list[Token]) -> list[Token]:
    """The run without leading ordinary words, joiners and legal forms."""
    while run and (run[0].text in STOPWORDS or run[0].text in {"&", "/"} or _is_legal(run[0])):
        if len(run) > 2 and run[1].text == "&" and len(run[0].text) == 1:
            break  # "A & E Elkins": an initial joined by '&' opens the name
        run = run[1:]
    while run and run[-1].text in {"&", "/"}:
        run = run[:-1]
    if (
        len(run) > 1
        and run[0].text in NATIONALITIES
        and run[0].text not in NAME_NATIONALITIES
        and run[-1].text not in LEGAL_FORMS
    ):
        run = run[1:]  # "Norska Fjordbussen", "the Danish Nordgrav": the company itself
    return run


def _is_legal(token: Token) -> bool:
    """A legal form such as AB, Ltd or A/S."""
    return token.text in LEGAL_FORMS


def core_words(words: list[str]) -> list[str]:
    """The name without its legal form and country word: 'Medisys Sverige AB' -> ['Medisys']."""
    core = [word.rstrip(",") for word in words]
    while core and (core[-1] in LEGAL_FORMS or core[-1] in COUNTRY_SUFFIXES):
        core.pop()
    return core


def is_place(core: list[str]) -> bool:
    """A country, city, region, kommun or 'X län': never a company."""
    name = " ".join(core)
    if name in PLACES or name in kommun_places():
        return True
    return bool(core) and core[-1].casefold() in PLACE_SUFFIXES


def _is_person(core: list[str], before: str, after: str) -> bool:
    """'säger Karin Ek', 'Ola Berg, vd', 'Nils Ek' (but 'Erik Larsson Bygg' is a company);
    a news source named as one ('melder NRK', 'BBC News understands') is treated alike."""
    if SOURCE_BEFORE.search(before):
        return True
    if SPEECH_BEFORE.search(before) and not is_winner_subject(after):
        return True  # "says Paul Grant", but "said Wates had won"
    if PERSON_AFTER.match(after) or PARTY_AFTER.match(after) or SOURCE_AFTER.match(after):
        return True  # "Ola Berg, vd", "Ulla Berg (S)", "BBC News understands"
    named = len(core) in (2, 3) and core[0] in FIRST_NAMES
    return named and not any(word.casefold() in BUSINESS_WORDS for word in core)


def _is_product(before: str, after: str) -> bool:
    """'lösningen Journal One', 'Journal One från Medisys', 'bussområde Norrort': a product
    or an area, not a company."""
    words = before.rstrip(" \"“”'‘’«»").split()
    while words and words[-1] in STOPWORDS:  # "projektet Nya Torget": look past 'Nya'
        words.pop()
    previous = (words[-1:] or [""])[0].casefold()
    if previous in PRODUCT_NOUNS or previous.endswith(AREA_NOUN_ENDINGS):
        return True
    return bool(PRODUCT_AFTER.match(after))


def _inside_parentheses(text: str, start: int) -> bool:
    """Names in parentheses are abbreviations or tickers of a name just given."""
    low = max(0, start - PARENTHESIS_REACH)  # an unclosed "(" far back is noise
    return text.rfind("(", low, start) > text.rfind(")", low, start)


def _is_name_item(item: str) -> bool:
    """A short list item that can be a name: not a sentence ('Cirka 45 procent av alla
    anbud kontrakteras.') and not opened by an ordinary word."""
    words = item.split()
    if not words or len(words) > MAX_ITEM_WORDS or words[0] in STOPWORDS:
        return False
    return not (item.endswith(".") and words[-1] not in LEGAL_FORMS)


def _overlaps(start: int, end: int, bodies: list[Mention]) -> bool:
    """The span shares characters with a public-body mention."""
    return any(start < body.end and body.start < end for body in bodies)


def sentence_names(text: str, sentence: Sentence) -> list[Candidate]:
    """Company-like names in one sentence of `text`, public bodies left out (computed once
    per text and sentence: the buyer fallback and the supplier search read the same ones)."""
    memo = text_memo(text).setdefault("sentence_names", {})
    if sentence not in memo:
        memo[sentence] = tuple(company_names(text, sentence, find_public_bodies(text)))
    return list(memo[sentence])


def company_names(text: str, sentence: Sentence, bodies: list[Mention]) -> list[Candidate]:
    """Company-like names in one sentence."""
    base = sentence.start
    if sentence.is_list_item:
        item = sentence.text.strip(" *•·-–\t")
        if _is_name_item(item):
            offset = base + sentence.text.find(item)
            if not _overlaps(offset, offset + len(item), bodies):
                return [Candidate(item, offset, offset + len(item))]
    found = []
    for run in _runs(tokens(sentence.text)):
        if run[0].text in PUBLIC_WORDS:
            continue  # "Defence Innovation Hub", "Department's IT": part of a public body
        run = _drop_descriptors(_trim(run))
        if not run or len(run) > MAX_NAME_WORDS:
            continue  # a run of a dozen capitalised words is a headline, not a name
        start, end = base + run[0].start, base + _name_end(run[-1])
        if run[-1].text in COMMA_LEGAL_FORMS and _dot_belongs_to_form(text, end):
            end += 1  # "Paving, Inc. agreed": the dot belongs to the legal form
        surface = text[start:end]
        if _acceptable(text, surface, start, end, bodies, sentence):
            found.append(Candidate(surface, start, end))
    return found


def _dot_belongs_to_form(text: str, end: int) -> bool:
    """A dot right after 'Inc'/'Ltd' that does not end the sentence ('Inc. agreed')."""
    return text[end : end + 1] == "." and not SENTENCE_ENDED.match(text, end + 1)


def _name_end(last: Token) -> int:
    """Where the name ends inside its last word: before a genitive ('Linjebuss AB:s') or a
    hyphenated descriptor ('Linjebuss-koncernen', 'Skanska-ägda')."""
    word = strip_genitive(last.text)
    head, _, tail = word.rpartition("-")
    if head and tail.casefold().startswith(HYPHEN_DESCRIPTORS):
        word = head
    return last.start + len(word)


def _drop_descriptors(run: list[Token]) -> list[Token]:
    """'Byggbolaget Skanska' -> 'Skanska', 'Upphandlingschef Anna Lind' -> 'Anna Lind', but
    'Vägbolaget Öst AB' stays whole."""
    while len(run) > 1 and run[0].text.casefold().endswith(DESCRIPTOR_ENDINGS + TITLE_ENDINGS):
        if _descriptor_is_named(run):
            break  # "Vägbolaget Öst AB": the descriptor is the name's own first word
        run = run[1:]
    return run


def _descriptor_is_named(run: list[Token]) -> bool:
    """After the descriptor only a compass word or a place and a legal form are left."""
    rest = [token.text for token in run[1:]]
    core = core_words(rest)
    if len(core) != 1 or len(core) == len(rest):
        return False
    return core[0] in COMPASS_WORDS or core[0] in NAME_COMPASS_WORDS or is_place(core)


def _is_other_thing(core: list[str], before: str) -> bool:
    """Roads, numbers, amounts, projects and places in genitive are not companies."""
    first, last = strip_genitive(core[0]), core[-1]
    if first[:1].isdigit() or ROAD_OR_AMOUNT.match(first):
        return True
    if len(core) == 1 and first.casefold().endswith(GENERIC_COMPANY_ENDINGS + DESCRIPTOR_ENDINGS):
        return True  # "Vårdföretag", "Vegselskapet": a kind of company, not one
    if strip_genitive(last).casefold().endswith(NON_COMPANY_ENDINGS):
        return True  # "Byggindustriförbundet", "Avbrytandebeslutet", "Klagenævnet"
    if "-" in first:
        tail = first.rsplit("-", 1)[1]
        if tail.islower() or (len(core) == 1 and tail in STOPWORDS):
            return True  # "IT-stöd", "IT-drift ASP/Cloud", "Mid-June": not a name
    if last.endswith(PROJECT_ENDINGS) or any(word in HONORIFICS for word in core):
        return True
    if len(core) > 1 and first.endswith(FACILITY_OPENINGS):
        return True  # "Omsorgsboendet Solgården", "Skolan Ekbacken": a facility's name
    genitive_free = [strip_genitive(word) for word in core]
    if genitive_free[-1].endswith("s") and is_place([*genitive_free[:-1], genitive_free[-1][:-1]]):
        return True
    parts = [part for word in genitive_free for part in word.split("-")]
    return is_place(genitive_free) or all(is_place([part]) for part in parts)


def is_winner_subject(after: str) -> bool:
    """The words after a name are its winner verb: 'vinner', 'has won', 'har fått ordern'."""
    return bool(WINNER.match(after, AUXILIARY.match(after).end()))


def _is_phrase(core: list[str]) -> bool:
    """Not a name but a phrase or an area: 'Direct Award Process', 'Acute Contract',
    'South East', 'Norra Hallsås', a lone 'Danish'."""
    if len(core) == 1:
        return core[0] in NATIONALITIES
    if core[0] in COMPASS_WORDS and not any(w.casefold() in BUSINESS_WORDS for w in core):
        return True
    return core[-1] in DOCUMENT_NOUNS or is_common_phrase(core)


def _acceptable(
    text: str, surface: str, start: int, end: int, bodies: list[Mention], sentence: Sentence
) -> bool:
    """A run that names a company: no public body, person, place, product or label."""
    words = surface.split()
    core = core_words(words)
    if not core or all(len(word.rstrip(".")) < 2 for word in core):
        return False
    if is_legal_or_numeral(core):
        return False
    has_legal_form = len(core) < len(words)
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if FACILITY_AFTER.match(after):
        return False  # "Solgårdens äldreboende", "Elm Tree care home", "X cohesion fund"
    if in_non_name_context(before, after):
        return False
    if has_legal_form:  # "Lindbacka Mark AB": a place word inside a company's legal name
        bodies = [body for body in bodies if not body.bare_place]
    if _overlaps(start, end, bodies) or _inside_parentheses(text, start):
        return False
    opens_with_initials = len(core) > 2 and core[1] == "&"  # "A & E Elkins"
    if strip_genitive(core[0]) in STOPWORDS and not opens_with_initials:
        return False
    if any(word in PERSON_TITLES for word in core):
        return False
    phrase = _is_phrase(core) and not is_winner_subject(after)  # "First Bus has won"
    if not has_legal_form and (_is_other_thing(core, before) or phrase):
        return False
    if (not has_legal_form and _is_person(core, before, after)) or _is_product(before, after):
        return False
    if not has_legal_form and re.match(r"\.\s+[a-zåäö]", after):
        return False  # "Mass. agrees": an abbreviation inside a sentence
    if after.startswith(":") and not text[sentence.start : start].strip():
        return False  # "PRESSMEDDELANDE: ...", "Bygg: ...": a label, not a name
    return has_legal_form or not _is_common_word(text, core, start, sentence, after)


def _is_common_word(text: str, core: list[str], start: int, sentence: Sentence, after: str) -> bool:
    """A single capitalised word that opens a sentence is an ordinary word ('Resultatet')
    unless it is a name elsewhere in the text or the subject of a winner verb."""
    opening = text[sentence.start : start].strip(" \"”“'‘–—-:*•·\t")
    word = core[0]
    if opening or len(core) > 1 or word.isupper() or any(char.isdigit() for char in word):
        return False
    if is_winner_subject(after):
        return False
    mid_sentence_names, lowercase_words = _text_words(text)
    if word in mid_sentence_names:
        return False
    if word.casefold() in lowercase_words or is_common_word(word):
        return True  # 'Resultatet ... resultatet', 'Tidligere', 'Indeed': an ordinary word
    return word.casefold().endswith(COMMON_ENDINGS)


@lru_cache(maxsize=8)
def _text_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words found inside sentences, and all lowercase words, of one text."""
    mid = frozenset(match.group(1) for match in MID_SENTENCE_NAME.finditer(text))
    lower = frozenset(match.group() for match in LOWERCASE_WORD.finditer(text))
    return mid, lower
