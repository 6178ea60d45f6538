"""A buyer the lists and name shapes do not know: the organisation in a buyer's slot.

Used only when no known public body buys: "awarded to Acquamar by S.C. Exemplu S.A.",
"won a contract with (the) X", "X inleder en upphandling", "X has awarded".
"""

from __future__ import annotations

import re

from pipelines.facts.orgs_names import company_names
from pipelines.facts.orgs_text import sentences

SLOT_BEFORE = re.compile(
    r"(?:awarded\s(?:\S+\s){0,3}by|(?:won|wins|secured|secures|signed|vann|vunnit|tecknat"
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
REACH = 60


def fallback_buyer(text: str) -> list[str]:
    """The first organisation named in a buyer's slot of a weighty sentence, if any."""
    for sentence in sentences(text):
        if sentence.weight < 1:
            continue
        for name in company_names(text, sentence, []):
            before = text[max(sentence.start, name.start - REACH) : name.start]
            after = text[name.end : name.end + REACH]
            if SLOT_BEFORE.search(before) or SLOT_AFTER.match(after):
                return [name.surface]
    return []
