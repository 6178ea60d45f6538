"""Cue vocabularies shared by the fact finders (regex alternations, whole-word use).

`CONTRACT_NOUNS` names a deal in every inflection and compound ("ramavtalet",
"kontraktsperioden", "frameworks"); `AWARD_VERBS` are the commonest verbs of winning and
signing one. Each module adds what only it needs (money: "order", "anbud"; duration:
"period", "löptid"; kind: "valet föll", "lands a contract").
"""

from __future__ import annotations

CONTRACT_NOUNS = (
    r"kontrakt\w*|avtal\w*|aftale\w*|avtale\w*|ramavtal\w*|rammeaftale\w*|agreement\w*"
    r"|framework\w*|deal|uppdrag\w*|oppdrag\w*"
)

# "to be awarded" is a plan, not an award.
AWARD_VERBS = (
    r"tilldela\w*|tecknat|tecknar|signert|signerat|underskrevet|vunnit|vinner|vant|vandt"
    r"|awarded(?<!\bbe\sawarded)|awards|wins|won|secured|signed|selected"
)
