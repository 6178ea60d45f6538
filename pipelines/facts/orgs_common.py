"""Ordinary words of Swedish, Norwegian, Danish and English, by corpus frequency.

A capitalised word that opens a sentence ("Vinner", "Tidligere", "Indeed") is an ordinary
word, not a name, when it is frequent in one of the four languages. The frequencies come
from the `wordfreq` package (word lists built from large multi-source corpora); each
language's table is loaded once, at first use (about 0.1 s each), and looked up directly.
"""

from __future__ import annotations

from functools import lru_cache
from math import log10

LANGUAGES = ("sv", "nb", "da", "en")
COMMON_ZIPF = 4.0  # about once in 100,000 words: "cirka", "delar", "alle", "indeed"
VERY_COMMON_ZIPF = 5.0  # about once in 10,000 words: "Service", "News", "Group", "Council"
PHRASE_ZIPF = 4.8  # every word of a title-case phrase this frequent: "Health Care Services"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], ...]:
    """The word-frequency table of each language (word -> frequency per word)."""
    from wordfreq import get_frequency_dict  # imported lazily: only texts that need it pay

    return tuple(get_frequency_dict(language) for language in LANGUAGES)


def zipf(word: str) -> float:
    """The highest Zipf frequency (log10 per billion words) of `word` in the four languages."""
    folded = word.casefold()
    best = max(table.get(folded, 0.0) for table in _tables())
    return log10(best) + 9.0 if best > 0.0 else 0.0


def is_common_word(word: str) -> bool:
    """A frequent ordinary word of one of the four languages ('Delar', 'Tilbage')."""
    return zipf(word) >= COMMON_ZIPF


def is_common_phrase(words: list[str]) -> bool:
    """Title-case words that are each very frequent: 'Direct Award Process'."""
    return len(words) > 1 and all(zipf(word) >= PHRASE_ZIPF for word in words)


def is_very_common_word(word: str) -> bool:
    """A word so frequent that alone it never names a company ('Service', 'News')."""
    return zipf(word) >= VERY_COMMON_ZIPF
