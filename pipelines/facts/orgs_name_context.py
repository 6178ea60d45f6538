"""Contexts that show a capitalised run is not a company: words of law and tax, numerals
and redactions, case citations, menu crumbs, facilities, a body's staff and departments.

Used by orgs_names when it accepts or rejects a run.
"""

from __future__ import annotations

import re

from pipelines.facts.orgs_text import strip_genitive
from pipelines.facts.orgs_words import LEGAL_WORDS, PARTY_WORDS

# Roman numerals ("del II", "Annex IV") and redacted names ("Xxxxxxx AB", "Leverantör X").
NUMERAL_OR_REDACTED = re.compile(r"^(?:[IVX]{2,5}|[Xx]+)\.?$")
# A case citation right before the run: "[2023] EWHC 1157", "(2019) UKSC".
CITATION_BEFORE = re.compile(r"[\[(]\d{4}[\])]\s*$")
# A menu or breadcrumb item: "Home / Business / X", "Nyheter > Bygg > X".
MENU_AFTER = re.compile(r"^\s+[/>»|]\s")
FACILITY_AFTER = re.compile(
    r"^\s+(?:äldreboende|boende|vårdcentral|vårdboende|förskola|skola|sjukhus|sykehjem"
    r"|plejehjem|bosted|care\shome|nursing\shome|school|hospital|leisure\scentre"
    # a programme or fund: "POS Mediu 1 cohesion fund", "Horizon programme"
    r"|(?:\d+\s+)?(?:[a-z]+\s+)?(?:programme|program|programmet|fund|fonden|fondet|scheme))\b",
    re.IGNORECASE,
)
MENU_BEFORE = re.compile(r"\s[/>»|]\s+$")
# Staff of the body named: "Municipal Buildings chiefs", "Serco bosses", "kommunens politiker".
STAFF_AFTER = re.compile(
    r"^\s+(?:chiefs|bosses|officials|officers|councillors|staff|politicians|politiker|politikere"
    r"|tjänstemän|tjenestemenn)\b"
)
# A word in a committee's name: "Policy, Resources and Services Committee", "Teknik- och
# Miljöutskottet" (the rest of the name follows after 'and').
COMMITTEE_AFTER = re.compile(
    r"^(?:\s*,\s*[A-ZÅÄÖÆØ][\w-]*)*\s+(?:and|och|og|&)\s+(?:[A-ZÅÄÖÆØ][\w-]*\s+){0,3}"
    r"(?:Committee|Board|Panel|Sub-Committee|Scrutiny|Nämnd|Nämnden|Utskott|Utskottet"
    r"|Udvalg|Udvalget|Utvalg|Utvalget)\b"
)
# A department after a title: "the Director of Operational Services", "Head of Procurement".
TITLE_OF_BEFORE = re.compile(
    r"\b(?:[Dd]irector|[Hh]ead|[Mm]inister|[Ss]ecretary|[Cc]hief)\s+of\s+(?:the\s+)?$"
)


def in_non_name_context(before: str, after: str) -> bool:
    """A case citation ('[2023] EWHC'), a menu crumb ('Home / Business / X', 'BHRUT / NEL'),
    a department after a title ('Director of Operational Services'), a body's staff
    ('Municipal Buildings chiefs') or a word in a committee's name ('Policy, Resources and
    Services Committee')."""
    last = before.rstrip()[-1:]
    if last in {"]", ")"} and CITATION_BEFORE.search(before):
        return True
    if last in {"/", ">", "»", "|"} and MENU_BEFORE.search(before):
        return True
    if last in {"f", "e"} and TITLE_OF_BEFORE.search(before):
        return True
    if COMMITTEE_AFTER.match(after):
        return True  # "Policy, Resources and Services Committee"
    return bool(after[:1].isspace() and (STAFF_AFTER.match(after) or MENU_AFTER.match(after)))


def is_legal_or_numeral(core: list[str]) -> bool:
    """'the Court', 'Regulation 72', 'Klagenemnda', 'plus VAT', 'del II', 'Leverantör X',
    'Xxxxxxxx', 'Liberal Democrats': words of law, tax and parties, numerals and
    redactions, never a company."""
    first, last = strip_genitive(core[0]), strip_genitive(core[-1])
    if first in LEGAL_WORDS or last in LEGAL_WORDS or last in PARTY_WORDS:
        return True  # a law word, or a party: "the Liberal Democrats"
    return all(NUMERAL_OR_REDACTED.match(word) for word in core)
