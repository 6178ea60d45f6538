"""Finds the public bodies named in a text: every reference name and alias, genitive
forms included ("Region Skånes", "VGR:s", "Network Rail's"), plus name shapes.

The name index is built once, lazily, and looks names up by their first word, so a 5 KB
text is matched against all ~1,000 names in well under a millisecond.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.facts.orgs_patterns import municipal_companies, pattern_bodies
from pipelines.facts.orgs_reference import Organization, find_organization, organizations

# An acronym right after a listed name continues it ("Helse Midt-Norge IT"), unless it is
# a legal form of the same body ("Bane NOR SF", "Nye Veier AS").
LONGER_NAME_AFTER = re.compile(
    r" (?!(?:AB|AS|ASA|HF|RHF|SF|KF|IKS|AG|OY|OYJ|PLC|LTD|INC)\b)[A-ZÆØÅÄÖ]{2,5}\b(?!:)"
)


# A local paper's dateline: a place in capitals opening a paragraph, the sentence running
# on in lower case ("UPPLANDS-BRO I november frös kommunen ..."). A line all in capitals
# (a menu, a ruling's heading) has no lower case after it.
DATELINE = re.compile(
    r"^([A-ZÅÄÖÆØ][A-ZÅÄÖÆØ-]{2,}(?: [A-ZÅÄÖÆØ][A-ZÅÄÖÆØ-]{2,})?)(?:\s*[:–—-])?"
    r"(?= )(?=[^\n]{1,15}[a-zåäöæø])",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a public body is named."""

    start: int
    end: int
    name: str  # canonical name
    org: Organization | None  # None for a body known only by the shape of its name
    bare_place: bool = False  # "Vadstena" for Vadstena kommun: counts only in context


def _trie_pattern(forms: list[str]) -> str:
    """One regex alternation, factored as a character trie so the engine never backtracks
    over hundreds of names at a position."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict) -> str:
    """The regex of one trie node: its branches, optional where a form ends here."""
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in node.items() if char]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
    if optional:
        return f"(?:{body})?"
    return body


@cache
def _names() -> tuple[re.Pattern[str], dict[str, tuple[Organization, bool]]]:
    """The compiled matcher of every surface form and the body each form names."""
    by_form: dict[str, tuple[Organization, bool]] = {}
    for org in organizations().values():
        for form in (org.name, *org.aliases):
            by_form.setdefault(form, (org, False))
        if org.place:
            by_form.setdefault(org.place, (org, True))
    pattern = _trie_pattern(sorted(by_form, key=len, reverse=True))
    regex = re.compile(rf"(?<![\w-])({pattern})(?::s|:n|'s|’s|s)?(?![\w-])")
    return regex, by_form


@cache
def kommun_places() -> frozenset[str]:
    """Bare place names of the kommuner ("Falun", "Ödeshög")."""
    return frozenset(org.place for org in organizations().values() if org.place)


def _listed_mentions(text: str) -> list[Mention]:
    """Mentions of reference names and aliases, genitive endings included."""
    regex, by_form = _names()
    found = []
    for match in regex.finditer(text):
        if LONGER_NAME_AFTER.match(text, match.end()):
            continue  # "Helse Midt-Norge" in "Helse Midt-Norge IT" names another body
        org, bare = by_form[match.group(1)]
        found.append(Mention(match.start(), match.end(), org.name, org, bare))
    return found


@cache
def _places_in_capitals() -> dict[str, Organization]:
    """Every kommun by its bare place name in capitals ("UPPLANDS-BRO")."""
    return {org.place.upper(): org for org in organizations().values() if org.place}


def _dateline_mentions(text: str) -> list[Mention]:
    """Kommuner named as a paragraph's dateline, as bare places."""
    places = _places_in_capitals()
    found = []
    for match in DATELINE.finditer(text):
        org = places.get(match.group(1))
        if org is not None:
            found.append(Mention(match.start(1), match.end(1), org.name, org, True))
    return found


def _overlapping(mention: Mention, others: list[Mention], starts: list[int]) -> list[Mention]:
    """The mentions among `others` (disjoint, in text order, starting at `starts`) that
    share characters with `mention`."""
    index = max(0, bisect_left(starts, mention.start) - 1)
    found = []
    while index < len(others) and others[index].start < mention.end:
        if mention.start < others[index].end:
            found.append(others[index])
        index += 1
    return found


def find_public_bodies(text: str) -> list[Mention]:
    """Every mention of a public body in `text`, in text order."""
    return list(_public_bodies(text))


@lru_cache(maxsize=8)
def _public_bodies(text: str) -> tuple[Mention, ...]:
    """Cached: buyers and suppliers of one article both look at the same mentions."""
    found = _listed_mentions(text)
    listed_starts = {m.start for m in found}
    datelines = [m for m in _dateline_mentions(text) if m.start not in listed_starts]
    found = sorted(found + datelines, key=lambda m: m.start)
    extra: list[Mention] = []
    for start, end, name in municipal_companies(text, kommun_places()):
        extra.append(Mention(start, end, name, None))
    for start, end, name, _pattern in pattern_bodies(text):
        org = find_organization(name)
        extra.append(Mention(start, end, org.name if org else name, org))
    listed_ends = {m.end for m in found if not m.bare_place}
    starts = [m.start for m in found]
    replaced: set[int] = set()  # starts of the listed bare places a longer name replaced
    accepted: list[Mention] = []
    for mention in sorted(extra, key=lambda m: (m.start, -(m.end - m.start))):
        if mention.org is None and mention.start - 1 in listed_ends:
            continue  # "Statens vegvesen Region Vest": a part of the listed body
        if accepted and accepted[-1].end > mention.start:
            continue  # inside a longer name already taken
        covered = _overlapping(mention, found, starts)
        if all(other.bare_place for other in covered):  # a longer name beats a bare place
            replaced.update(other.start for other in covered)
            accepted.append(mention)
    found = [m for m in found if m.start not in replaced] + accepted
    return tuple(sorted(found, key=lambda m: m.start))
