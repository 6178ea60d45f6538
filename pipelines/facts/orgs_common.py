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
def _common_words() -> dict[str, float]:
    """{word: its highest Zipf frequency in the four languages}, for words of at least
    COMMON_ZIPF (no decision here looks at rarer words)."""
    from wordfreq import get_frequency_dict, get_frequency_list  # lazily: only texts that need it

    table: dict[str, float] = {}
    for language in LANGUAGES:
        # wordfreq's packs are buckets of one centibel each, most frequent first
        for index, bucket in enumerate(get_frequency_list(language)):
            level = round(log10(cB_to_freq(-index)) + 9.0, 6)
            if level < COMMON_ZIPF:
                break
            for word in bucket:
                table[word] = max(level, table.get(word, 0.0))
        get_frequency_list.cache_clear()  # the full lists are no longer needed
        get_frequency_dict.cache_clear()
    return table


def cB_to_freq(centibels: int) -> float:  # noqa: N802 (wordfreq's name)
    """A frequency from centibels, as wordfreq stores it."""
    return 10.0 ** (centibels / 100)


def zipf(word: str) -> float:
    """The highest Zipf frequency (log10 per billion words) of `word` in the four languages,
    or 0.0 for a word rarer than COMMON_ZIPF everywhere."""
    return _common_words().get(word.casefold(), 0.0)


def is_common_word(word: str) -> bool:
    """A frequent ordinary word of one of the four languages ('Delar', 'Tilbage')."""
    return zipf(word) >= COMMON_ZIPF


def is_common_phrase(words: list[str]) -> bool:
    """Title-case words that are each very frequent: 'Direct Award Process'."""
    return len(words) > 1 and all(zipf(word) >= PHRASE_ZIPF for word in words)


def is_very_common_word(word: str) -> bool:
    """A word so frequent that alone it never names a company ('Service', 'News')."""
    return zipf(word) >= VERY_COMMON_ZIPF
