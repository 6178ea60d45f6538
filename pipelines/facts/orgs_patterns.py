"""Public bodies recognised by the shape of their name rather than by a list.

"Stad kommune", "Dover District Council", "North Bristol NHS Trust", "Massachusetts
Department of Transportation", "Uppsala Skolfastigheter AB" (a kommun's company) ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipelines.facts.lexicon import hint_windows
from pipelines.facts.orgs_words import MUNICIPAL_COMPANY_NOUNS, PUBLIC_WORDS, STOPWORDS

_CAP = r"[A-ZÅÄÖÆØÜ][\w'’-]*(?:\.[\w'’-]+)*"
# Joined words inside one name: "Blackburn with Darwen", "Kingston upon Thames" ("and"
# joins two parties as often as one name: "Amey and Kent County Council"; the councils
# named with "and" are listed instead).
_CAPS = rf"{_CAP}(?:\s(?:(?:with|upon)\s)?{_CAP}){{0,3}}"
# Words that stand before "kommun" but name no place: "En kommun upphandlade ...".
_NOT_PLACE = (
    r"(?!(?:En|Ett|Den|Denna|Detta|Varje|Vilken|Någon|Ingen|Annan|Samma|Hver|Hvert|Enhver"
    r"|Hvilken|Næste|Anden|Annen|Vår|Vores|Din|Deres|Deras|Egen|Egna|One|Each|Every)\s)"
)
# Long names that list places: "Barking, Havering and Redbridge University Hospitals".
# Councils that are not local authorities: "Security Council", "Research Council".
_NOT_COUNCILS = (
    r"(?:Security|European|Research|Arts|Design|Nordic|Advisory|Executive|Supervisory"
    r"|Student|Medical|Privy|Legislative|Federal|National|Economic|Science|Sports|Trade"
    r"|World|International|Global|Business|Industry|Standards|Fairtrade|Grants?"
    r"|The|This|That|Our|Their|Its|A|An)\b"
)
# Capitalised words before a lower-case "council" that are no place.
_NOT_COUNCIL_PLACES = (
    r"(?:Labour|Tory|Tories|Conservative|Liberal|Lib|Democrat|Democratic|Green|Reform|UK|EU|US"
    r"|UN|GB|Scottish|Welsh|English|British|Irish|Northern|Southern|Swedish|Norwegian|Danish"
    r"|London|Metropolitan|Nordic"
    r"|Independent|Unionist|SNP|Plaid|Local|Parish|Community|Town|City|County|District"
    r"|Borough|Unitary|Rural|Urban|Each|Every|Which|What|Another|Any|No|One|Some|Say)\b"
)
_LONG_CAPS = rf"{_CAP}(?:(?:,\s|\sand\s|\s&\s|\s){_CAP}){{0,7}}"


@dataclass(frozen=True, slots=True)
class BodyPattern:
    """A name shape, the kind of body it names and that body's country."""

    regex: re.Pattern[str]
    kind: str
    country: str
    keyword: str  # the pattern can only match a text that contains this


PATTERNS: tuple[BodyPattern, ...] = (
    # "Sogn og Fjordane fylkeskommune": a county named by two places.
    BodyPattern(
        re.compile(rf"\b({_CAP}\sog\s{_CAP}\sfylkeskommune)(?:s|n)?\b"),
        "foreign municipality",
        "NO",
        "fylkeskommune",
    ),
    # Ministries: "Forsvarsministeriet", "Samferdselsdepartementet".
    BodyPattern(
        re.compile(r"\b([A-ZÆØÅÄÖ][a-zæøåäö-]+ministeriet)s?\b"),
        "foreign public body",
        "DK",
        "ministeriet",
    ),
    BodyPattern(
        re.compile(r"\b([A-ZÆØÅÄÖ][a-zæøåäö-]+departementet)s?\b"),
        "foreign public body",
        "",
        "departementet",
    ),
    BodyPattern(
        re.compile(rf"\b{_NOT_PLACE}({_CAP}(?:\s{_CAP})?\s(?:fylkes)?kommune)(?:s|n)?\b"),
        "foreign municipality",
        "NO",
        "ommune",
    ),
    BodyPattern(
        re.compile(rf"\b{_NOT_PLACE}({_CAP}\sKommune)s?\b"),
        "foreign municipality",
        "DK",
        "Kommune",
    ),
    BodyPattern(re.compile(rf"\b{_NOT_PLACE}({_CAP}\skommun)s?\b"), "kommun", "SE", " kommun"),
    BodyPattern(
        re.compile(
            rf"\b({_CAPS}\s(?:County|District|Borough|City|Metropolitan Borough|Town|Parish)"
            r"\sCouncil)\b"
        ),
        "foreign municipality",
        "GB",
        "Council",
    ),
    BodyPattern(
        re.compile(
            rf"\b((?:{_CAP}\s(?:(?:with|upon)\s)?){{0,2}}(?!{_NOT_COUNCILS}){_CAP}\sCouncil)\b"
        ),
        "foreign municipality",
        "GB",
        "Council",
    ),
    BodyPattern(
        re.compile(rf"\b({_CAPS}\sCombined\sAuthority)\b"),
        "foreign public body",
        "GB",
        "Combined Authority",
    ),
    # "MK council": a council by its place's initials (never "a UK council").
    BodyPattern(
        re.compile(r"\b((?!(?:UK|EU|US|UN|GB|NHS)\b)[A-Z]{2,4}\s[Cc]ouncil)\b"),
        "foreign municipality",
        "GB",
        "ouncil",
    ),
    # "Sheffield council", "Kent county council": the press writes the council in lower
    # case after its place (not after a party or a determiner: "the Labour council").
    BodyPattern(
        re.compile(
            rf"\b((?!{_NOT_COUNCILS}|{_NOT_COUNCIL_PLACES}){_CAP}"
            r"(?:\s(?:city|county|district|borough|town))?\scouncil)\b"
        ),
        "foreign municipality",
        "GB",
        " council",
    ),
    BodyPattern(
        re.compile(rf"\b(Secretary\sof\sState\sfor\s{_CAP}(?:\s(?:and|&)\s{_CAP})?)"),
        "foreign public body",
        "GB",
        "Secretary of State",
    ),
    # Port authorities and utilities named after their place ("Ålesundregionens
    # havnevesen", "Aarhus Havn", "Sønderborg Forsyning"); a housing office that tenders as
    # a public body ("Boligkontoret Århus").
    BodyPattern(
        re.compile(rf"\b({_CAP}\s(?:havnevesen|havnevæsen|Havnevesen|Havnevæsen))\b"),
        "foreign public body",
        "",
        "avnev",
    ),
    BodyPattern(re.compile(rf"\b({_CAP}\sHavn)\b"), "foreign public body", "", " Havn"),
    BodyPattern(re.compile(rf"\b({_CAP}\sForsyning)\b"), "foreign public body", "DK", "Forsyning"),
    BodyPattern(
        re.compile(rf"\b(Boligkontoret\s{_CAP}|{_CAP}\s(?:Boligselskab|Boligforening))\b"),
        "foreign public body",
        "DK",
        "Bolig",
    ),
    BodyPattern(
        re.compile(
            rf"\b((?:London\s|Royal\s)?Borough\sof\s{_CAP}(?:\s{_CAP})?(?:\s(?:and|&)\s{_CAP})?)"
        ),
        "foreign municipality",
        "GB",
        "Borough of",
    ),
    BodyPattern(
        re.compile(rf"\b({_LONG_CAPS}\sNHS\s(?:Foundation\s)?Trust)\b"),
        "foreign public body",
        "GB",
        "NHS",
    ),
    BodyPattern(
        re.compile(rf"\b((?:NHS\s)?{_LONG_CAPS}\sIntegrated\sCare\s(?:Board|System))\b"),
        "foreign public body",
        "GB",
        "Integrated Care",
    ),
    BodyPattern(re.compile(r"\b([A-Z]{2,5}\sICB)\b"), "foreign public body", "GB", " ICB"),
    BodyPattern(
        re.compile(rf"\b({_CAP}(?:\s{_CAP})?\s[Mm]unicipality)\b"),
        "foreign municipality",
        "",
        "unicipality",
    ),
    BodyPattern(
        re.compile(rf"\b({_CAPS}\s(?:University\s)?Health\sBoard)\b"),
        "foreign public body",
        "GB",
        "Health Board",
    ),
    BodyPattern(
        re.compile(
            rf"\b((?:{_CAP}\s){{0,2}}Department\s(?:of|for)\s{_CAP}(?:\s(?:and|&)\s{_CAP})?)"
        ),
        "foreign public body",
        "",
        "Department",
    ),
    BodyPattern(
        re.compile(rf"\b((?:U\.?K\.?\s|British\s)?Ministry\sof\s{_CAP})"),
        "foreign public body",
        "",
        "Ministry",
    ),
    BodyPattern(re.compile(rf"\b(Region\s{_CAP})"), "foreign public body", "", "Region "),
    BodyPattern(re.compile(rf"\b({_CAP}\s[Uu]niversitet)\b"), "university", "", "niversitet"),
    BodyPattern(re.compile(rf"\b(Högskolan\s(?:i\s)?{_CAP})"), "university", "SE", "Högskolan"),
    BodyPattern(
        re.compile(rf"\b(University\sof\s{_CAP}(?:\s{_CAP})?)"), "university", "", "University"
    ),
    BodyPattern(
        re.compile(rf"\b({_CAP}(?:\s{_CAP})?\s[Uu]niversitetssjukhus(?:et)?)\b"),
        "hospital",
        "SE",
        "niversitetssjukhus",
    ),
    BodyPattern(re.compile(rf"\b({_CAP}\sstad)\b"), "municipality", "", " stad"),
    BodyPattern(
        re.compile(rf"\b((?:City|State|Commonwealth|County|Port)\sof\s{_CAP}(?:\s{_CAP})?)"),
        "foreign public body",
        "",
        " of ",
    ),
)

# "the Army awarded ...": a country's armed service, named as in its own country's news.
PATTERNS += tuple(
    BodyPattern(
        re.compile(rf"(?<=\bthe\s)({service})\b"), "foreign public body", "", f"the {service}"
    )
    for service in ("Army", "Navy", "Air Force", "Marine Corps")
)

# "Åbo stads hamnbolag Satama Oy", "det kommunala bostadsbolaget Mimer".
_OWNED_COMPANY = re.compile(
    rf"(?:stads|kommuns|kommunens|regionens|regions|kommunala|statliga|statens|kommunale"
    rf"|statlige)\s+\w*(?:bolag|bolaget|företag|företaget|selskap|selskapet|selskab|selskabet)"
    rf"\s+({_CAP}(?:\s{_CAP}){{0,3}})"
)
# "Akademiplatsen AB, ett kommunägt bolag som ...", "Hafenco AS, et kommunalt eid
# selskap": a company described as publicly owned right after its name.
_OWNED_APPOSITION = re.compile(
    rf"\b({_CAP}(?:\s{_CAP}){{0,3}}),\s+(?:ett|et|en|det|den|a|an|the)\s+(?:\w+\s+)?"
    r"(?:kommunägt|kommunalägt|kommunalt\s+ägt|kommunalt|kommunaleid|kommunalt\s+eid"
    r"|kommunalt\s+ejet|kommunejet|regionägt|statligt|statsägt|statseid|statsejet"
    r"|council-owned|publicly\s+owned|state-owned|municipally\s+owned|municipal)"
    r"\s+(?:bolag|bolaget|företag|företaget|selskap|selskapet|selskab|selskabet|foretak"
    r"|company|firm)\b"
)
WINDOW_BEFORE = 130  # characters before a keyword where the name it ends may start
WINDOW_AFTER = 60
_MUNICIPAL_COMPANY = re.compile(
    rf"\b({_CAP}\s(?:{_CAP}\s)?{_CAP}\sAB)\b",
)


def _matches(regex: re.Pattern[str], text: str, keyword: str) -> list[re.Match[str]]:
    """The matches of `regex` around every occurrence of `keyword`: the pattern only runs
    where it can match (a 5 KB text costs microseconds)."""
    if keyword not in text:
        return []
    found = []
    for start, end in hint_windows(_hint(keyword), text, WINDOW_BEFORE, WINDOW_AFTER):
        found.extend(regex.finditer(text, start, end))
    return found


@cache
def _hint(keyword: str) -> re.Pattern[str]:
    """The literal `keyword` as a compiled pattern."""
    return re.compile(re.escape(keyword))


def pattern_bodies(text: str) -> list[tuple[int, int, str, BodyPattern]]:
    """(start, end, name, pattern) of every name in `text` shaped like a public body."""
    found = []
    for pattern in PATTERNS:
        for match in _matches(pattern.regex, text, pattern.keyword):
            name = _normalise(match.group(1))
            if name:
                found.append((match.start(1), match.end(1), name, pattern))
    return found


def _normalise(name: str) -> str:
    """'Region Hovedstadens' -> 'Region Hovedstaden'; drops a leading article."""
    name = re.sub(r"\s+", " ", name).strip(" .")
    words = name.split(" ")
    while (
        len(words) > 2
        and words[0] not in PUBLIC_WORDS
        and words[1] != "of"  # "Secretary of State for X" keeps its head
        and (words[0] in STOPWORDS or words[0].casefold() == "the")
    ):
        words = words[1:]
    name = " ".join(words)
    if name.startswith("Region "):
        place = name.split(" ", 1)[1]
        if place.endswith("ens") or place.endswith("ets"):
            name = name[:-1]
    return name


def classify_name(name: str) -> BodyPattern | None:
    """The pattern a whole name fits, if it is shaped like a public body."""
    for pattern in PATTERNS:
        match = pattern.regex.fullmatch(name)
        if match:
            return pattern
    return None


# "Kommunfastigheter i Arboga", "Hyresbostäder i Norrköping": a kommun's company by noun.
_COMPANY_IN_PLACE = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäö]*(?:fastigheter|fastighet|bostäder|lokaler)(?:\sAB)?)\si\s"
    r"([A-ZÅÄÖ][\w-]+)"
)
# "Stockholmshem", "Uppsalahem", "ÖrebroBostäder": the kommun's housing company.
_PLACE_COMPOUND = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+?)(s?)(?:hem|bostäder|Bostäder)(?:\sAB)?\b")


# "Uppsala Vatten", "Aarhus Vand", "Gävle Vatten och Avfall": a kommun's water utility.
_PLACE_UTILITY = re.compile(
    r"\b([A-ZÅÄÖÆØ][\w-]+)\s((?:Vatten|Vand|Vann)(?:\s(?:och|og)\s(?:Avfall|Affald|Avløp))?"
    r"|Renhållning|Avfall)\b"
)


def _is_place(word: str, places: frozenset[str]) -> bool:
    """A kommun's bare place name, also in the genitive ('Karlstads')."""
    return word in places or (word.endswith("s") and word[:-1] in places)


def _place_companies(text: str, places: frozenset[str]) -> list[tuple[int, int, str]]:
    """'Kommunfastigheter i Arboga', 'Helsingborgshem': companies named after their kommun."""
    found = []
    if any(noun in text for noun in ("fastighet", "bostäder", "lokaler")):
        for match in _COMPANY_IN_PLACE.finditer(text):
            if _is_place(match.group(2), places):
                found.append((match.start(), match.end(), match.group()))
    if "Va" in text or "Avfall" in text or "Renhållning" in text:
        for match in _PLACE_UTILITY.finditer(text):
            if _is_place(match.group(1), places):
                found.append((match.start(), match.end(), match.group()))
    if "hem" in text or "ostäder" in text:
        for match in _PLACE_COMPOUND.finditer(text):
            if match.group(1) in places:
                found.append((match.start(), match.end(), match.group()))
    return found


def municipal_companies(text: str, places: frozenset[str]) -> list[tuple[int, int, str]]:
    """'<Kommun place> <public-service noun> AB', 'Kommunfastigheter i Arboga',
    'Uppsalahem': companies a kommun owns and buys through."""
    found = _place_companies(text, places)
    for match in _matches(_MUNICIPAL_COMPANY, text, " AB"):
        words = match.group(1).split()
        if _is_place(words[0], places) and any(
            words[-2].casefold().endswith(noun) for noun in MUNICIPAL_COMPANY_NOUNS
        ):
            found.append((match.start(1), match.end(1), match.group(1)))
    owned = [
        m
        for key in ("bolag", "företag", "selskap", "selskab")
        for m in _matches(_OWNED_COMPANY, text, key)
    ]
    for key in ("ägt", "eid", "ejet", "owned", "kommunal", "municipal", "statligt"):
        owned.extend(_matches(_OWNED_APPOSITION, text, key))
    for match in owned:
        found.append((match.start(1), match.end(1), match.group(1)))
    return found
