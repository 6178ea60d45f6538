"""Every money amount in a text: `2,1 miljarder kronor`, `45 mnkr`, `MSEK 45`, `£45m`, ...

Finds candidates only; `pipelines.facts.money` chooses the contract's value among them.
A range (`100–150 miljoner`) is reported as its upper bound: procurement texts give
ranges as estimates whose top is the contract's ceiling ("up to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.lexicon import hint_windows
from pipelines.facts.numbers import NUMBER_PATTERN, parse_number, word_number

SCALES = {
    "thousand": 1e3, "tusen": 1e3, "tusind": 1e3, "k": 1e3, "t": 1e3,
    "million": 1e6, "millions": 1e6, "miljon": 1e6, "miljoner": 1e6, "miljonen": 1e6,
    "millioner": 1e6, "millionar": 1e6, "millionen": 1e6, "mill": 1e6, "mio": 1e6,
    "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "miljard": 1e9, "miljarder": 1e9, "miljarden": 1e9,
    "milliard": 1e9, "milliarder": 1e9, "milliardar": 1e9, "mrd": 1e9, "mdr": 1e9,
    "md": 1e9, "mia": 1e9, "mld": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
}  # fmt: skip

# Currency words and signs -> ISO code; "KR" is resolved by the article's language.
CURRENCIES = {
    "kronor": "SEK", "kronorna": "SEK", "kroner": "KR", "krone": "KR", "kr": "KR",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "isk": "ISK",
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
    "gbp": "GBP", "£": "GBP", "pound": "GBP", "pounds": "GBP", "pund": "GBP",
    "â£": "GBP", "拢": "GBP", "â‚¬": "EUR",  # mis-decoded signs
    "usd": "USD", "us$": "USD", "$": "$", "dollar": "$", "dollars": "$", "dollars.": "$",
    "aud": "AUD", "a$": "AUD", "au$": "AUD", "nzd": "NZD", "nz$": "NZD",
    "cad": "CAD", "c$": "CAD", "ca$": "CAD", "chf": "CHF", "ron": "RON", "lei": "RON",
    "pln": "PLN", "jpy": "JPY", "cny": "CNY",
    "svenska kronor": "SEK", "norska kronor": "NOK", "danska kronor": "DKK",
    "norske kroner": "NOK", "danske kroner": "DKK", "svenske kroner": "SEK",
    "swedish kronor": "SEK", "swedish krona": "SEK", "swedish crowns": "SEK",
    "norwegian kroner": "NOK", "norwegian krone": "NOK", "norwegian crowns": "NOK",
    "danish kroner": "DKK", "danish krone": "DKK", "danish crowns": "DKK", "krona": "SEK",
}  # fmt: skip

KRONE_BY_LANGUAGE = {"sv": "SEK", "no": "NOK", "da": "DKK"}

_ISO = r"sek|nok|dkk|isk|eur|gbp|usd|aud|nzd|cad|chf|ron|pln|jpy|cny"
# "Â£", "拢" and "â‚¬" are "£" and "€" read in the wrong encoding (Latin-1, GBK); U+FFFD is
# a sign lost in decoding, read by `garbled_sign_currency`.
_SIGN = r"us\$|a\$|au\$|nz\$|c\$|ca\$|\$|£|€|â£|拢|â‚¬|\ufffd"
_SCALE_WORD = (
    r"miljarder|miljarden|miljard|milliardar|milliarder|milliard|billions|billion"
    r"|miljoner|miljonen|miljon|millionar|millioner|millionen|millions|million"
    r"|thousand|tusen|tusind|mrd\.?|mdr\.?|mia\.?|mld\.?|mill\.?|mio\.?|mln\.?|bln\.?|mn|bn"
)
_LETTER_SCALE = r"(?:bn|m|b|k)(?![^\W\d_])"  # attached: "£45m", "$1.2bn", "$3.2B"
_JOINED = r"(?:t|m|mn|md|mdr|mrd)(?:kr|sek|nok|dkk|eur|usd|gbp)(?![^\W\d_])"  # "45 mnkr", "MSEK"
_SUFFIX_CURRENCY = (
    r"(?:svenska|norska|danska|norske|danske|svenske|swedish|norwegian|danish)\s+"
    r"(?:kronor|kroner|krone|krona|crowns)"
    rf"|kronorna|kronor|kroner|krone|kr\b\.?|{_ISO}|euros|euro|pounds|pound|pund|dollars|dollar"
    r"|lei|€|£"
)
_WORD_AMOUNT = (
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|to|fire|seks|syv|åtte|otte|ti"
    r"|two|three|four|five|six|seven|eight|nine|ten|en|ett|ei|et|one|a|an"
    r"|half\s+an?|half|halvannen|halvanden|halvannet"
)

AMOUNT_RE = re.compile(
    rf"""
    (?<![\w.,$£€])
    (?:(?P<joinedpre>m(?:{_ISO}))\s?|(?P<pre>{_SIGN}|(?:{_ISO}|kr\.?)(?=\s?\d))\s?)?
    (?:
        (?P<num>{NUMBER_PATTERN})
        (?:\s?(?:-|–|—|till|to)\s?(?P<num2>{NUMBER_PATTERN}))?
      | (?P<word>{_WORD_AMOUNT})(?:\s+(?P<half>halv|halvt|half\s+a|a\s+half))?
        (?:\s+(?:dryg|drygt|knapp|knappt))?(?=\s+(?:{_SCALE_WORD}))
    )
    (?:
        \s?(?P<joined>{_JOINED})
      | (?:(?P<letter>{_LETTER_SCALE})|\s?(?P<scale>{_SCALE_WORD})(?![^\W\d_]))?
        (?:\s?(?P<cur>{_SUFFIX_CURRENCY})(?![^\W\d_]))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Amounts are looked for only around digits, currency signs and spelled-out scales.
# (Each branch starts with a character class: the engine then skips ahead fast.)
AMOUNT_HINT_RE = re.compile(
    r"[\d$£€]+|[Mm](?:ilj|ill|rd|dr|ia)|[Bb]illion|[Tt](?:usen|usind|housand)"
)
HINT_BEFORE, HINT_AFTER = 30, 40

# Countable things a bare "300 miljoner" may count instead of money.
NOT_MONEY_RE = re.compile(
    r"\s*(?:ton|tonnes?|tons|kvadratmeter|kvm|m2|kubikmeter|liter|kilometer|km|kwh|mwh|gwh"
    r"|resor|resenärer|passagerare|invånare|innbyggere|indbyggere|människor|mennesker"
    r"|personer|kunder|användare|brukere|besök|besøk|doser|exemplar|år|timmar|timer"
    r"|journeys|people|passengers|users|visits|tonnes|doses|journeys)\b",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True)
class Amount:
    """One money amount found in a text, with where it stands."""

    amount: float
    currency: str  # ISO 4217
    start: int
    end: int
    explicit_currency: bool  # False for a bare "300 miljoner" read by language


def find_amounts(text: str, language: str) -> list[Amount]:
    """All money amounts in `text`, in order of appearance."""
    found = []
    for start, end in hint_windows(AMOUNT_HINT_RE, text, HINT_BEFORE, HINT_AFTER):
        for match in AMOUNT_RE.finditer(text, start, end):
            amount = _amount_of(match, text, language)
            if amount is not None:
                found.append(amount)
    return found


def _amount_of(match: re.Match, text: str, language: str) -> Amount | None:
    scale_token = match["joined"] or match["joinedpre"] or match["letter"] or match["scale"]
    currency_token = match["pre"] or match["cur"]
    if match["pre"] == GARBLED_SIGN and match["cur"]:
        currency_token = match["cur"]  # "\ufffd5 million pounds": the word says it
    if match["joined"] or match["joinedpre"]:
        joined = (match["joined"] or match["joinedpre"]).casefold()
        scale_token, currency_token = _split_joined(joined)
    if match["letter"] and not match["pre"]:
        return None  # "4K jobs", "5m" without a currency sign are not money
    if not scale_token and not currency_token:
        return None
    value = _value_of(match, scale_token)
    if value is None or value <= 0:
        return None
    if currency_token:
        currency = resolve_currency(currency_token, text, language)
        if not currency:
            return None
        explicit = True
    else:
        if language not in KRONE_BY_LANGUAGE or NOT_MONEY_RE.match(text, match.end()):
            return None
        currency, explicit = KRONE_BY_LANGUAGE[language], False
    return Amount(value, currency, match.start(), match.end(), explicit)


def _split_joined(joined: str) -> tuple[str, str]:
    """ "mnkr" -> ("mn", "kr"); "msek" -> ("m", "sek")."""
    for cut in ("kr", "sek", "nok", "dkk", "eur", "usd", "gbp"):
        if joined.endswith(cut):
            return joined[: -len(cut)], cut
    return joined, ""


def _value_of(match: re.Match, scale_token: str | None) -> float | None:
    scale = SCALES.get(scale_token.casefold().rstrip("."), 1.0) if scale_token else 1.0
    if match["word"]:
        word = match["word"]  # "half a billion" is half of one
        base = 0.5 if word.casefold().startswith("half ") else word_number(word)
        if base is None:
            return None
        if match["half"]:
            base = base * 0.5 if base == 1 else base + 0.5
        return base * scale
    number = parse_number(match["num2"] or match["num"], before_scale=scale > 1)
    return None if number is None else number * scale


def resolve_currency(token: str, text: str, language: str) -> str:
    """ISO code of a currency word or sign, using the language for "kr" and context for "$"."""
    key = " ".join(token.casefold().rstrip(".").split())
    code = CURRENCIES.get(key) or CURRENCIES.get(key.rstrip(".")) or key.upper()
    if code == "KR":
        if key.startswith("kronor"):
            return "SEK"
        return KRONE_BY_LANGUAGE.get(language, "DKK" if key == "krone" else "NOK")
    if code == "$":
        return dollar_country(text)
    if code == GARBLED_SIGN:
        return garbled_sign_currency(text, language)
    return code


GARBLED_SIGN = "\ufffd"
_UK_RE = re.compile(
    r"\b(?:NHS|UK|United Kingdom|Britain|British|England|Scotland|Scottish|Wales|Welsh"
    r"|Northern Ireland|Whitehall|Westminster|(?:Borough|County|District|City) Council)\b"
)


def garbled_sign_currency(text: str, language: str) -> str:
    """The currency of a sign lost in decoding (U+FFFD): that of the text's other amounts
    if they carry "£" or "€", GBP in an English text plainly set in the UK, else ""."""
    head = text[:20000]
    if "£" in head or "€" in head:
        return "GBP" if head.count("£") >= head.count("€") else "EUR"
    elsewhere = _US_RE.search(head) or dollar_country(head) != "USD"
    if language == "en" and _UK_RE.search(head) and not elsewhere:
        return "GBP"
    return ""


# Where a dollar story is set: the country, its capital and largest cities or states,
# and its national tender portal (AusTender, CanadaBuys, MERX).
_DOLLAR_COUNTRIES = (
    ("AUD", re.compile(
        r"\baustralia|\bcanberra\b|\bsydney\b|\bmelbourne\b|\bbrisbane\b|\bperth\b"
        r"|\badelaide\b|\bqueensland\b|\bnew south wales\b|\bnsw\b|\baustender\b", re.I)),
    ("NZD", re.compile(
        r"\bnew zealand\b|\bwellington\b|\bauckland\b|\bchristchurch\b", re.I)),
    ("CAD", re.compile(
        r"\bcanad(?:a|ian)\b|\bontario\b|\bottawa\b|\bquebec\b|\btoronto\b|\bvancouver\b"
        r"|\balberta\b|\bbritish columbia\b|\bcanadabuys\b|\bmerx\b", re.I)),
)  # fmt: skip
_US_RE = re.compile(r"\bU\.S\.|\bUSA?\b|\bUnited States\b|\bAmerican?\b")


def dollar_country(text: str) -> str:
    """The dollar a text means: AUD/NZD/CAD when it is set in that country, else USD."""
    head = text[:20000]
    if _US_RE.search(head):
        return "USD"
    for code, pattern in _DOLLAR_COUNTRIES:
        if pattern.search(head):
            return code
    return "USD"
