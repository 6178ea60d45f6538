"""Words around an amount that tell whether it is a contract's value.

Cues are read in the amount's own sentence. A cue close to the amount (within NEAR chars)
counts fully, a farther one in the same sentence counts less. Positive cues after the
amount count half again ("order ... 3 miljarder" is stronger than "3 miljarder ... order").
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import TaggedCues, sentence_around
from pipelines.facts.vocab import AWARD_VERBS, CONTRACT_NOUNS

NEAR = 45
FAR_VALUE = 0.5  # share of a value cue's weight when it stands farther than NEAR
FAR_PENALTY = 0.25  # the same for penalty cues: a far "costs" says little
LISTED_SHARE = 0.5  # share of a penalty that a listed figure takes from its list's verb


VALUE_CUES: tuple[tuple[float, str], ...] = (
    # value words
    (3.0, r"värt|värd|värda|värde|värdet|ordervärde\w*|kontraktsvärde\w*|avtalsvärde\w*"
          r"|kontraktssumm\w*|ordersumm\w*|affärsvärde\w*|uppgår|uppgick|omfattar"
          r"|worth|valued|value|values|verdi|verdien|verdt|værdi|værdien|værd|kontraktsum\w*"
          r"|beløber|beløper|totalbeløp\w*|ordreverdi\w*|kontraktsverdi\w*|ordreværdi\w*"
          r"|contract\s+sum|ceiling|up\s+to|upp\s+till|in\s+excess\s+of"
          r"|anbudssumm\w*|anbudsumm\w*|tilbudssum\w*|øvre\s+verdi|øvre\s+værdi"
          r"|övre\s+värde\w*|högsta\s+värde\w*|maxvärde\w*|takbelopp\w*"),
    # the deal itself
    (2.0, rf"{CONTRACT_NOUNS}|ramme|rammen|order\w*|ordre\w*|beställning\w*|bestilling\w*"
          r"|affär\w*|totalentreprenad\w*|entreprise\w*|contracts?|deals"
          r"|tender\w*|upphandling|upphandlingen|anbud\w*|tilbud\w*|udbud\w*|anskaffelse\w*"
          r"|inköp|inköpet|inköpen|indkøb|indkøbet|innkjøp|innkjøpet|purchase|purchases"
          r"|rammeavtale\w*|rammeaftale\w*"),
    # the award verb
    (1.0, rf"{AWARD_VERBS}|får|fått|tar"),
)  # fmt: skip

PENALTY_CUES: tuple[tuple[float, str], ...] = (
    # company figures, fines, damages, savings, budgets, grants
    (6.0, r"omsättning\w*|omsatte|omsetning\w*|omsætning\w*|turnover|revenues?|sales"
          r"|nettoomsättning\w*|årsomsättning\w*|koncernomsättning\w*|helårsomsättning\w*"
          r"|totalomsättning\w*|nettoomsætning\w*|årsomsætning\w*|årsomsetning\w*"
          r"|nettovinst\w*|bruttovinst\w*|årsvinst\w*|nettoresultat\w*|årsresultat\w*"
          r"|driftsresultat\w*|driftresultat\w*|nettointäkt\w*|årsbudget\w*|driftbudget\w*"
          r"|investeringsbudget\w*|totalbudget\w*|marknadsvärde\w*|börsvärde\w*"
          r"|intäkt\w*|inntekt\w*|rörelseresultat\w*|resultat\w*|vinst\w*|overskudd\w*"
          r"|overskud\w*|profits?|ebit\w*|tjänar|tjente|earn\w*|böter|bøter|bøde\w*|fined?"
          r"|fines|vite|viten|upphandlingsskadeavgift\w*|skadestånd\w*|erstatning\w*"
          r"|straffavgift\w*|sanktionsavgift\w*|frigav|frigiver|frigives|frigivet|frigjorde"
          r"|frigjort|frigör|frigøre|frigjøres"
          r"|bot|boten|bota|millionbot\w*|gebyr|gebyret|gebyrer|overtredelsesgebyr\w*"
          r"|forlig|forliget|forlik|forliket|förlikning\w*|settlement\w*|penalt\w*"
          r"|sagsomkostning\w*|omkostning\w*|udviklingsomkostning\w*|rättegångskostnad\w*"
          r"|afsat|afsatte|afsætter|afsættes|avsatt|avsatte|avsätter|avsätts|avsatta"
          r"|avsätta|avsättas|afsætte|avsette|avsetter|avsettes"
          r"|bevilget|bevilgede|bevilger|bevilges|bevilget|bevilj\w*|anslag|anslaget|anslagen"
          r"|appropriat\w*|allocat\w*|yrka|yrkar|yrkade|yrkat|yrkande\w*"
          r"|damages|compensation|besparing\w*|spara|sparar|sparat|savings?|save[sd]?"
          r"|budget\w*|budsjett\w*|budgeter\w*|tilskot\w*|tilskudd\w*|tilskud\w*|bidrag\w*"
          r"|grants?|subsid\w*|økonomiske?\s+ramm\w*|börsvärde\w*|market\s+value"
          r"|aktie\w*|shares?|portfolio|portfölj\w*|orderstock\w*|orderbok\w*|orderingång\w*"
          r"|lön|lönen|löner|lönerna|lönekostnad\w*|lønn|lønnen|lønninger|lønningene|løn"
          r"|lønningerne|lønomkostning\w*|lønnskostnad\w*|salary|salaries|wages?"
          r"|skatt|skatten|skatter|skatterna|skattene|skatteintäkt\w*|skat|skatterne"
          r"|skatteindtægt\w*|skatteinntekt\w*|taxes|taxation|tax\s+(?:revenue\w*"
          r"|receipts|bill|bills|take|income|credits?|relief|cuts?|rises?|rates?)"
          r"|mindre|billigare|cheaper|less\s+than|invånare|befolkning\w*"),
    # rates and periods: the amount is not the whole contract's
    (6.0, r"procent|prosent|percent|per\s+år|om\s+året|i\s+året|per\s+year|a\s+year"
          r"|annually|annual|årlig\w*|per\s+månad|i\s+månaden|per\s+month|a\s+month|monthly"
          r"|varje\s+år|hvert\s+år|every\s+year|each\s+year|per\s+annum"
          r"|per\s+invånare|per\s+capita"),
    # totals over time or of other work
    (4.0, r"senaste\s+åren|de\s+senaste|hittills|so\s+far|to\s+date|in\s+recent\s+years"
          r"|over\s+the\s+past|sammanlagt\s+under|totalt\s+under|invest\w*"
          r"|spend|spends|spending|kosta|kostar|koste|koster|kostnad\w*|costs?"),
    # losing bids, miscalculations, feared losses: figures around a contract, not its value
    (4.0, r"ranged|ranging|(?:lowest|highest|losing|rival)\s+(?:bids?|tenders?|offers?)"
          r"|miscalculat\w*|felräkn\w*|feilberegn\w*|regnefejl\w*|forkert|feil"
          r"|implications|losses|förlust\w*|tabet|could\s+cost|would\s+cost"
          r"|skulle\s+kosta|kunne\s+koste|ville\s+koste"
          # a figure set against another ("jämfört med Caremas 33,5 och ... 36 miljoner")
          r"|jämfört\s+med|sammenlignet\s+med|sammenliknet\s+med|compared\s+(?:with|to)"),
    # a lower bound is a size class ("vart och ett på minst fyra miljarder")
    (2.0, r"minst|mindst|at\s+least"),
)  # fmt: skip


# Thresholds of statistics ("kontrakter over 50 millioner", "översteg 500 miljoner"): the
# figure is a size class, not a contract's value. Read before the value cues, which would
# otherwise take "kontrakter" alone.
_COUNTED = (
    "kontrakter", "kontraktene", "kontrakterne", "contracts", "upphandlingar", "avtal",
    "udbud", "anskaffelser", "tenders", "procurements",
)  # fmt: skip
_ABOVE_BELOW = (
    r"(?:over|under|above|below|mellom|mellan|between|exceeding|worth\s+more\s+than"
    r"|på\s+över|på\s+under)"
)
# A threshold word after the amount tells that the contract exceeds it ("värt fem miljoner
# kronor ... och överstiger därmed gränsen"): threshold cues count before the amount only.
THRESHOLD_CUES: tuple[tuple[float, str], ...] = (
    (6.0, "|".join(rf"{noun}\s+(?:\w+\s+){{0,2}}?{_ABOVE_BELOW}" for noun in _COUNTED)
          + r"|översteg|understeg|överstiger|understiger|overstiger|oversteg|overstige"
          r"|exceeded|exceeding|threshold\w*|tröskelvärde\w*|terskelverdi\w*"
          r"|tærskelværdi\w*"),
)  # fmt: skip


def _tagged(
    cues: tuple[tuple[float, str], ...], sign: float, prefix: str = ""
) -> list[tuple[object, str]]:
    """Each cue group tagged (group id, signed weight); a group counts once per part."""
    return [((f"{prefix}{sign}:{n}", sign * w), p) for n, (w, p) in enumerate(cues)]


# Words that only look like a cue: an "annual indexation" of a stated total is no rate.
NEUTRAL_CUES: tuple[tuple[float, str], ...] = (
    (0.0, r"annual\s+(?:indexation|index\w*|uplifts?|increases?|reviews?)"
          r"|årlig\w*\s+(?:index\w*|uppräkning\w*|prisjustering\w*|pristalsjustering\w*)"),
)  # fmt: skip
THRESHOLD_GROUP = "threshold-1.0:0"

# One pass over a sentence part finds every value and penalty cue.
CUES = TaggedCues(
    _tagged(NEUTRAL_CUES, 1.0, "neutral")
    + _tagged(THRESHOLD_CUES, -1.0, "threshold")
    + _tagged(VALUE_CUES, 1.0)
    + _tagged(PENALTY_CUES, -1.0),
    whole_words=True,
)
# Right after the amount: a share or a rate ("30 miljoner kronor per år", "5 %"). Such an
# amount is not the contract's value whatever else its sentence says.
RATE_AFTER_RE = re.compile(
    r"\s?(?:%|procent|prosent|percent|per\s+cent"
    r"|,?\s*i\s+året|,?\s*(?:per|pr\.?|om|a|an|each|every|varje|hvert|/)\s*"
    r"(?:år|året|year|annum|månad|månaden|måned|month|mån)(?![^\W\d_])"
    r"|,?\s*(?:årligen|annually|yearly|monthly))",
    re.IGNORECASE,
)
RATE_PENALTY = 20.0
# A yearly figure right after the amount ("40 miljoner kronor per år", "30 mill. om året").
PER_YEAR_AFTER_RE = re.compile(
    r"\s?,?\s*(?:i\s+året|(?:per|pr\.?|om|a|an|each|every|varje|hvert|/)\s*"
    r"(?:år|året|year|annum)(?![^\W\d_])|årligen|annually|yearly)",
    re.IGNORECASE,
)
RATE_GROUP = "-1.0:1"  # the penalty group of rates and periods (PENALTY_CUES[1])
# Between two figures of one list ("5 mia. til A og 2 mia. til B"); a figure restated in
# brackets ("31 m Ron (around €7m)") is no list.
LISTED_RE = re.compile(r"(?<![^\W\d_])(?:og|och|and|samt|as\s+well\s+as)(?![^\W\d_])", re.I)
RATE_GAP = 12  # "... kronor per år": the currency word may stand between amount and rate


def is_per_year(text: str, end: int) -> bool:
    """True if the amount ending at `end` is stated per year ("... kronor per år")."""
    return PER_YEAR_AFTER_RE.match(text, end) is not None


def context_score(
    text: str,
    start: int,
    end: int,
    prev_end: int | None = None,
    next_start: int | None = None,
    *,
    per_year_ok: bool = False,
) -> float:
    """Sum of the cues of the amount's sentence: value cues up, penalty cues down.

    `prev_end` and `next_start` are the neighbouring amounts. A cue before the previous
    amount is the previous amount's; a cue after this amount that stands nearer the next
    one is the next one's ("värt 300 miljoner, och omsättningen var 5 miljarder"). Cues
    before a figure name it ("omsättning på", "turnover of"), so those between the
    previous amount and this one are this one's. With `per_year_ok`, a yearly rate is not
    held against the amount (it is read as the contract's yearly value).
    """
    before, after = sentence_around(text, start, end)
    prev_at = None if prev_end is None else prev_end - (start - len(before))
    next_at = None if next_start is None else next_start - end
    skip = RATE_GROUP if per_year_ok else None
    score = _part_score(before, from_end=True, neighbour=prev_at, skip=skip) + _part_score(
        after, from_end=False, neighbour=next_at, skip=skip
    )
    if not per_year_ok and RATE_AFTER_RE.match(after):
        score -= RATE_PENALTY
    return score


def _neighbours(
    match: re.Match, neighbour: int, distance: int, *, from_end: bool, group: str = ""
) -> bool:
    """True if the cue belongs to the neighbouring amount rather than to this one: a rate
    right after the previous amount is its rate ("12 miljoner per år och totalt 48")."""
    if from_end:
        rate_of_previous = group == RATE_GROUP and match.start() - neighbour <= RATE_GAP
        return match.start() < neighbour or rate_of_previous
    return match.start() >= neighbour or neighbour - match.end() < distance


def _part_score(
    part: str, *, from_end: bool, neighbour: int | None, skip: str | None = None
) -> float:
    """Strongest hit of each cue group in one part: full weight near the amount, less far
    away; value cues after the amount count half; the neighbour's cues are skipped."""
    best: dict[str, float] = {}
    listed = (
        from_end
        and neighbour is not None
        and LISTED_RE.search(part, max(0, min(neighbour, len(part)))) is not None
    )
    for match, (group, weight) in CUES.finditer(part):
        if group == skip or (group == THRESHOLD_GROUP and not from_end):
            continue
        distance = len(part) - match.end() if from_end else match.start()
        if (
            neighbour is not None
            and 0 <= neighbour <= len(part)
            and _neighbours(match, neighbour, distance, from_end=from_end, group=group)
        ):
            if not (from_end and weight < 0 and group != RATE_GROUP and listed):
                continue
            # "afsat 5 mia. til A og 2 mia. til B": the verb before the previous figure
            # governs the figures it lists, so its penalty is shared, weakly.
            weight *= LISTED_SHARE
            distance = 0
        if distance > NEAR:
            weight *= FAR_VALUE if weight > 0 else FAR_PENALTY
        if weight > 0 and not from_end:
            weight /= 2
        if abs(weight) > abs(best.get(group, 0.0)):
            best[group] = weight
    return sum(best.values())
