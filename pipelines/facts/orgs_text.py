"""The article text as organisation finding sees it: sentences with weights, and tokens.

Readers' comments, "latest posts" and similar page furniture are cut by the page parser
(pipelines/page/junk.py) before the body reaches here; lines that still look like
furniture inside the article ("Läs också: ...") only weigh little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

# Lines that are not article prose even inside it ("Läs också: <another headline>").
JUNK_LINE = re.compile(
    r"^\s*(läs också|läs mer|read more|see also|les også|læs også|annons|annonse|annonce"
    r"|advertisement|foto|photo|bild|bildkälla|credit|källa|dela|share)\b",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"”“'‘(–—-]?[A-ZÅÄÖÆØÉÜ0-9])")
TOKEN = re.compile(r"\w+(?:[./&'’:-]+\w+)*\.?|&|[–—-]|[,;:()\"”“]|\n", re.UNICODE)
ABBREVIATIONS = frozenset(
    {"dipl", "ing", "mr", "mrs", "ms", "dr", "prof", "st", "nr", "ca", "resp"}
)
# A long line that stops mid-sentence and runs on in the next line of the same paragraph.
WRAPPED_LINE_END = re.compile(r"(?m)^([^\n]{40,}[^\n.!?:;])\n(?=[ \t]*[^\s*•·\-–\d])")
MAX_TEXT_CHARS = 40_000


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or list item, or headline) of the article with its position weight."""

    text: str
    start: int  # offset in the article text
    line: int  # index of the line it is on
    weight: float  # how much a mention here counts: headline and lead weigh most
    is_list_item: bool = False


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def article_text(title: str | None, body: str) -> str:
    """Title and body as one text, at most MAX_TEXT_CHARS long (the parties of a deal are
    named early; a hostile megabyte of text must not make extraction slow). The body is the
    page parser's (pipelines/page), which has already cut comments and page furniture."""
    body = body if isinstance(body, str) else ""
    text = f"{title}\n\n{body}" if isinstance(title, str) and title.strip() else body
    return text[:MAX_TEXT_CHARS]


@lru_cache(maxsize=4)
def text_memo(text: str) -> dict[str, dict]:
    """A scratch table of values derived from one text (its sentences' names, cues ...),
    kept for the last few texts only: buyers and suppliers of one article share them."""
    return {}


def _line_weight(index: int, words: int) -> float:
    """Headline and lead weigh most; short lines far down are mostly page furniture."""
    if index < 5:
        return 2.0
    if words < 5:
        return 0.5
    return 1.0


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines of one paragraph (same length, so offsets stay valid)."""
    return WRAPPED_LINE_END.sub(lambda match: match.group(1) + " ", text)


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, each line split at sentence ends, with weights."""
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Sentence, ...]:
    """Cached: buyers and suppliers of one article split the same text."""
    text = _unwrap(text)
    result: list[Sentence] = []
    offset = 0
    index = 0
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.strip()
        line_start = offset + raw_line.find(line) if line else offset
        offset += len(raw_line)
        if not line:
            continue
        weight = 0.25 if JUNK_LINE.match(line) else _line_weight(index, len(line.split()))
        is_item = line[:1] in "*•·-–" and len(line.split()) <= 8
        for piece_start, piece in _split_line(line):
            result.append(Sentence(piece, line_start + piece_start, index, weight, is_item))
        index += 1
    return tuple(result)


def _ends_with_abbreviation(text: str) -> bool:
    """'S.C.', 'H.', 'Dipl.-Ing.', 'Dr.': a dot that does not end a sentence."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    stem = last[:-1]
    return len(stem) == 1 or "." in stem or stem.casefold() in ABBREVIATIONS


def _split_line(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the sentences of one line, not splitting after abbreviations.

    Not lexicon.SENTENCE_END_RE: that one (for the sentence around a figure) splits after
    every '. ' before a capital, which cuts company names with initials and legal forms
    ('S.C. Exemplu S.A. har', 'Dipl.-Ing. Berg'), and never before a digit."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in SENTENCE_BREAK.finditer(line):
        if _ends_with_abbreviation(line[start : match.start()]):
            continue
        pieces.append((start, line[start : match.start()]))
        start = match.end()
    pieces.append((start, line[start:]))
    return [(begin, piece) for begin, piece in pieces if piece.strip()]


class _Span(Protocol):
    start: int
    end: int


SpanT = TypeVar("SpanT", bound=_Span)


def coordinated(text: str, spans: list[SpanT], joiner: re.Pattern[str]) -> list[list[SpanT]]:
    """Spans (names in text order) grouped where only `joiner` words stand between
    neighbours: "Vadstena, Boxholm och Ydre", "Datakraft, Nätverket och Skrivhuset"."""
    groups: list[list[SpanT]] = []
    for span in spans:
        if groups and joiner.match(text[groups[-1][-1].end : span.start]):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def tokens(text: str) -> list[Token]:
    """Words (with inner dots, slashes, hyphens, '&' and genitive colons) and punctuation."""
    result = []
    for match in TOKEN.finditer(text):
        word = match.group()
        end = match.end()
        if word.endswith(".") and not _keeps_dot(word):
            word, end = word[:-1], end - 1
        result.append(Token(word, match.start(), end))
    return result


def _keeps_dot(word: str) -> bool:
    """Initials and abbreviations keep their dot ("S.A.", "H.", "Dipl.-Ing."); words do not."""
    stem = word[:-1]
    return len(stem) == 1 or "." in stem


def strip_genitive(word: str) -> str:
    """'VGR:s' -> 'VGR', 'Rail's' -> 'Rail' (a plain trailing -s is left to the caller)."""
    for suffix in (":s", "'s", "’s", ":n", ":en", ":an", ":ans", ":ens"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
