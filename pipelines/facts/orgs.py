"""Buyers (public bodies that buy) and suppliers (companies that win) named in an article.

Pure functions over the article's title and body text; the reference lists they use are
loaded once, at first use. `lookup_organization` gives storage the record of a buyer.
"""

from __future__ import annotations

from pipelines.facts.orgs_buyers import rank_buyers
from pipelines.facts.orgs_fallback import fallback_buyer
from pipelines.facts.orgs_patterns import classify_name
from pipelines.facts.orgs_reference import find_organization
from pipelines.facts.orgs_suppliers import rank_suppliers
from pipelines.facts.orgs_text import article_text
from pipelines.facts.orgs_words import LEGAL_FORMS


def find_buyers(title: str | None, body: str, language: str) -> list[str]:
    """Canonical names of the public bodies the article says buy, most important first."""
    text = article_text(title, body)
    return one_per_body([name for name, _score in rank_buyers(text)] or fallback_buyer(text))


def find_suppliers(title: str | None, body: str, language: str, buyers: list[str]) -> list[str]:
    """Names of the companies the article says won, most important first, no buyers."""
    return one_per_body(rank_suppliers(article_text(title, body), buyers))


def one_per_body(names: list[str]) -> list[str]:
    """`names` with each organisation once: a name that is another one of the list without
    its legal form ("Skolbolaget i Ås" beside "Skolbolaget i Ås AB") gives way to the fuller
    name, which keeps the first one's place in the order."""
    bare = {_without_legal_form(name): name for name in names if _without_legal_form(name) != name}
    kept: list[str] = []
    for name in names:
        fuller = bare.get(name, name)
        if fuller not in kept:
            kept.append(fuller)
    return kept


def _without_legal_form(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in LEGAL_FORMS else name


def lookup_organization(name: str) -> dict | None:
    """The record of a buyer name: kind, orgnr (where a source gives it), country, aliases.

    Reference bodies give their full record; bodies known only by the shape of their name
    ("Dover District Council") give kind and country; anything else gives None.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    org = find_organization(name)
    if org is not None:
        return org.record()
    pattern = classify_name(" ".join(name.split()))
    if pattern is None:
        return None
    return {
        "name": " ".join(name.split()),
        "kind": pattern.kind,
        "country": pattern.country or None,
        "orgnr": None,
        "role": "buyer",
        "code": None,
        "aliases": [],
    }
