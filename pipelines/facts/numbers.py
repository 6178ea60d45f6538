"""Numbers as the Nordic and English press writes them: digits with any grouping, words.

`parse_number("2,1")` is 2.1, `parse_number("100 000")` is 100000.0,
`parse_number("31,998,884.31")` is 31998884.31, `word_number("två")` is 2.
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import dispatch_by_first_letter

# Digits with optional thousands groups (space, no-break spaces, dot, comma, apostrophe)
# and an optional decimal part. Groups are exactly three digits, so no backtracking blow-up.
NUMBER_PATTERN = (
    r"\d{1,3}(?:[ \u00a0\u202f\u2009.,'](?=\d{3}(?!\d))\d{3})+(?:[.,]\d{1,2}(?!\d))?"
    r"|\d+(?:[.,]\d+)?"
)
GROUP_SPACES = " \u00a0\u202f\u2009'"

# Spelled-out numbers (Swedish, Norwegian bokmål/nynorsk, Danish, English) up to twenty.
WORD_NUMBERS: dict[str, float] = {
    # Swedish
    "en": 1, "ett": 1, "ena": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20,
    "halv": 0.5, "halvt": 0.5,
    # Norwegian and Danish (where different)
    "ei": 1, "eitt": 1, "et": 1, "to": 2, "fire": 4, "seks": 6, "syv": 7, "åtte": 8,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tjue": 20,
    "tyve": 20, "halvannen": 1.5, "halvanden": 1.5, "halvannet": 1.5,
    # English
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "half": 0.5,
}  # fmt: skip

# Words that may stand for a count of years or months ("tio år", "five-year", "ett år").
COUNT_WORDS = {
    k: int(v) for k, v in WORD_NUMBERS.items() if v >= 1 and v == int(v) and k not in ("a", "an")
}
# Longest first, grouped by first letter (fast; for case-insensitive regexes only).
COUNT_WORD_PATTERN = dispatch_by_first_letter(
    sorted(map(re.escape, COUNT_WORDS), key=len, reverse=True)
)


def word_number(word: str) -> float | None:
    """The value of a spelled-out number word, or None."""
    return WORD_NUMBERS.get(word.casefold())


def parse_number(token: str, *, before_scale: bool = False) -> float | None:
    """The value of a digit token as the press writes it; None if it is not a number.

    A single "," or "." followed by exactly three digits is a thousands separator
    ("924.000 kronor"), except right before a scale word ("1,450 miljarder" is unusual,
    "2,100 bn" is read as 2.1); any other single "," or "." is a decimal mark.
    """
    token = token.strip()
    for space in GROUP_SPACES:
        token = token.replace(space, "")
    if not token or not token[0].isdigit():
        return None
    commas, dots = token.count(","), token.count(".")
    if commas and dots:  # both: the last one is the decimal mark
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
        group = "." if decimal == "," else ","
        token = token.replace(group, "").replace(decimal, ".")
    elif commas + dots > 1:  # one mark repeated: thousands groups
        token = token.replace(",", "").replace(".", "")
    elif commas + dots == 1:
        mark = "," if commas else "."
        whole, frac = token.split(mark)
        thousands = len(frac) == 3 and not before_scale and whole != "0"
        token = whole + frac if thousands else f"{whole}.{frac}"
    try:
        return float(token)
    except ValueError:
        return None
