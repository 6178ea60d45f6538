"""A buyer the lists and name shapes do not know: the organisation in a buyer's slot.

Used only when no known public body buys: "won a contract with the Westmoor Transit
Authority", "X inleder en upphandling", "X has awarded", where X is shaped like a public
body (a name with a legal form, or none of a public body's nouns, is a company's: never a
buyer here).
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import word_start_regex
from pipelines.facts.orgs_names import sentence_names
from pipelines.facts.orgs_patterns import classify_name
from pipelines.facts.orgs_reference import find_organization
from pipelines.facts.orgs_text import sentences
from pipelines.facts.orgs_words import LEGAL_FORMS

SLOT_BEFORE = re.compile(
    r"(?:awarded\s(?:\S+\s){0,3}by(?:\sthe)?|(?:won|wins|secured|secures|signed|vann|vunnit|tecknat"
    r"|fått|får|vant|vundet)\s(?:\S+\s){0,4}(?:contract|kontrakt|kontrakten|avtal|agreement"
    r"|order|uppdrag|oppdrag)\s(?:with|med|från|from|av|by|fra)(?:\sthe)?|on behalf of(?: the)?"
    r"|på uppdrag av|tilldelats av|på vegne av|på vegne af)\s+$",
    re.IGNORECASE,
)
SLOT_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:har|has|have|is|are|nu|now|will|ska)?\s*"
    r"(?:upphandlar|har upphandlat|inleder en (?:upphandling|konkurrensutsättning)"
    r"|konkurrensutsätter|tilldelar|has awarded|awards|is tendering|is procuring|udbyder"
    r"|lyser ut|tildeler|har anlitat|anlitar)\b",
    re.IGNORECASE,
)
# A Swedish ruling's respondent field: in a procurement case, the body that procured
# ("MOTPART\nAffärsverken i Karlskrona AB, 556049-4733"), its name ending at a comma, a
# bracket, a line end, an address or a number.
RESPONDENT_LABEL = re.compile(r"\b(?:MOTPART|Motpart)\s*:?\s+(?=[A-ZÅÄÖ])")
RESPONDENT_END = re.compile(r"[,(\n]|\s+(?:Box|SAKEN|Saken|Ombud)\b|\s+\d")
RESPONDENT_REACH = 80
MAX_NAME_WORDS = 6
REACH = 60
# The words without which neither slot can occur: a sentence lacking all of them is skipped
# before its names are looked for (most sentences of an article).
SLOT_HINT = word_start_regex(
    r"award|won\b|wins\b|secure|signed|vann|vunnit|tecknat|fått|får|vant|vundet|behalf"
    r"|uppdrag|tilldela|vegne|upphandla|inleder|konkurrensutsätt|tender|procur|udbyder|lyser"
    r"|tildeler|anlita"
)
# Nouns that make a name a public body's: "Westmoor Transit Authority", "Hedeby Vatten-
# och avfallsnämnd", "Statens fastighetsverk", "Ministry of Works".
PUBLIC_NOUN = re.compile(
    r"(?:kommun|kommune|kommunerna|region|regionen|myndighet|myndigheten|verket|styrelsen"
    r"|styrelse|nämnd|nämnden|förvaltning|förvaltningen|direktoratet|direktorat|etaten"
    r"|departementet|ministeriet|sjukhus|sykehus|sygehus|universitet|politi|polisen)$"
    r"|^(?:Council|Authority|Department|Ministry|Agency|Board|Commission|Government"
    r"|Municipality|County|City|State|University|Hospital|Police|NHS|Army|Navy|Directorate"
    r"|Administration)$",
)


def fallback_buyer(text: str) -> list[str]:
    """The first organisation named in a buyer's slot of a weighty sentence, if any."""
    respondent = _respondent(text)
    if respondent:
        return [respondent]
    for sentence in sentences(text):
        if sentence.weight < 1 or not SLOT_HINT.search(sentence.text):
            continue
        for name in sentence_names(text, sentence):
            before = text[max(sentence.start, name.start - REACH) : name.start]
            after = text[name.end : name.end + REACH]
            if not _is_public_shape(name.surface):
                continue  # "Kommunen har tecknat avtal med Atea": Atea is no buyer
            if SLOT_BEFORE.search(before) or SLOT_AFTER.match(after):
                return [name.surface]
    return []


def _is_public_shape(name: str) -> bool:
    """A name that can be a public body's: no legal form (a company's name never buys
    here), and a listed body, a public body's name shape or a public noun in it."""
    words = name.split()
    if any(word in LEGAL_FORMS for word in words):
        return False
    if find_organization(name) is not None or classify_name(name) is not None:
        return True
    return any(PUBLIC_NOUN.search(word) for word in words)


def _respondent(text: str) -> str:
    """The respondent of a Swedish procurement ruling, if its field names an organisation
    (a company form or a public body's shape: a street or a person is no buyer)."""
    if "upphandl" not in text.casefold():
        return ""
    for label in RESPONDENT_LABEL.finditer(text):
        chunk = text[label.end() : label.end() + RESPONDENT_REACH]
        end = RESPONDENT_END.search(chunk)
        name = " ".join(chunk[: end.start()].split()) if end else ""
        words = name.split()
        if 0 < len(words) <= MAX_NAME_WORDS and (
            words[-1] in LEGAL_FORMS or _is_public_shape(name)
        ):
            return name
    return ""
