"""Words around a stated period that tell whether it is the contract's running time.

"Avtalstiden är tio år", "a new eight-year contract" are; "har funnits i tio år",
"17 år i rad", "45 years old", "bygget tar fyra år", "our goals for the coming six
years" are not.
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import sentence_around, word_start_regex
from pipelines.facts.vocab import CONTRACT_NOUNS

NEAR = 40

CONTRACT_CUES = word_start_regex(
    rf"{CONTRACT_NOUNS}|contract\w*|concession\w*|koncession\w*"
    r"|period|perioden|periode|perioder|duration|term|avtalstid\w*|löptid\w*"
    r"|løbetid\w*|løpetid\w*|varighed\w*|varighet\w*|kontraktsperiod\w*|avtalsperiod\w*"
    r"|initial|initialt|inledande|sträcker|gäller|löper|runs?|running|lasts|lasting"
    r"|will\s+last|to\s+last|løber|løper|gælder|gjelder|varer|strækker|strekker"
    r"|för\s+en\s+tid\s+av|for\s+a\s+period|option\w*|opsjon\w*|over|över"
    # the base that an extension extends ("fem år frem med mulighed for forlængelse"), and
    # a term's upper bound ("som längst fyra år", "maksimalt 14 år")
    r"|förläng\w*|forlæng\w*|forleng\w*|extension\w*|extend\w*|renew\w*"
    r"|som\s+längst|som\s+mest|maximalt|maksimalt|højst|høyst"
    # a contract signed for a period ("avtalet ... tecknades på åtta år")
    r"|tecknade|tecknades|tecknats|tecknat|tecknas|signed|signert|signerat|signerades"
    r"|underskrevet|indgået|inngått",
    whole_words=True,
)

NOT_CONTRACT_CUES = word_start_regex(
    r"sedan|since|funnits|existed|i\s+rad|in\s+a\s+row|gammal|gamla|old"
    r"|ago|senare|later|past|senaste|the\s+last|previous"
    r"|tidigare|next|nästa|kommande|coming|decades?|erfarenhet\w*|experience\w*|ålder"
    r"|aged?|garanti\w*|warrant\w*|fängelse|prison|jobbat|worked|anställd\w*|employ\w*"
    r"|byggtid\w*|construction|tar|takes?|took|tog|taget|livslängd\w*|levetid\w*|lifetime"
    r"|life(?!\s+of\s+(?:the\s+)?(?:contract|agreement|framework|deal)s?)|preklusionsfrist\w*|frist|deadline|i\s+snitt|average|om\s+året"
    r"|per\s+år|per\s+year|a\s+year|history|historia|historie|siden|been(?!\s+(?:agreed|awarded|signed|let|approved))|har\s+haft"
    r"|has\s+provided|providing|levererat|spent|invested|investerat|investerade|investert"
    r"|investeret|omsatt|omsatte|erfaring\w*"
    # general statements about contract lengths, and the contract being replaced
    r"|usually|typically|normally|generally|vanligtvis|normalt|oftast|brukar|typisk\w*"
    r"|old|existing|befintlig\w*|eksisterende|nuvarande|nuværende|nåværende|gamla|gamle"
    # an old contract ended, a stop-gap between two contracts
    r"|terminat\w*|uppsäg\w*|opsig\w*|oppsig\w*|oppsagt|sagt\s+upp|sade\s+upp"
    r"|mellomperiode\w*|mellemperiode\w*|mellanperiod\w*|interim|övergångsperiod\w*"
    r"|overgangsperiode\w*|stop-gap|stopgap",
    whole_words=True,
)

# A rate that belongs to a money figure ("46,8 MSEK per år och avtalet sträcker sig över
# fyra år") says nothing about the period: it is removed before the cues are read.
MONEY_RATE_RE = re.compile(
    r"(?:\d|kr\.?|kronor|kroner|sek|nok|dkk|msek|mnkr|mkr|mdkr|miljoner|miljarder"
    r"|millioner|milliarder|mio\.?|mia\.?|mill\.?|m|bn|million|billion|pounds|euros?"
    r"|dollars?)\s*(?:per|pr\.?|om|i|a|an|each|every)\s+(?:år|året|year|annum)(?![^\W\d_])",
    re.IGNORECASE,
)
# A period right after a money figure ("kostar 45 miljoner kronor under fyra år", "£45m
# over five years") is the time that figure covers: the contract's, if the sentence names
# a contract at all (its cue may stand farther than NEAR).
MONEY_PERIOD_RE = re.compile(
    r"(?:\d|kr\.?|kronor|kroner|sek|nok|dkk|eur|euros?|msek|mnkr|mkr|miljoner|miljarder"
    r"|millioner|milliarder|millionar|mio\.?|mia\.?|mill\.?|m|bn|million|billion|pounds"
    r"|dollars?)\s+(?:under|över|over|across|på|i\s+løpet\s+av|i\s+løbet\s+af)\s+"
    r"(?:(?:de|dei|the)\s+)?$",
    re.IGNORECASE,
)
MONEY_PERIOD_BONUS = 1.0

# Right after the period: a trend, not a running time ("a two-year low").
# ... or a plan, not a contract ("a three-year investment", "en treårig strategi").
TREND_AFTER_RE = re.compile(
    r"\s*(?:low|high|lows|highs|investments?|investering\w*|strateg\w*|plan|plans|planen"
    r"|budget\w*)(?![^\W\d_])",
    re.IGNORECASE,
)

# Right after the period: a notice or lead time, not a running time ("tre månader före
# sista avtalsdag", "six months before the end", "tre måneder før udløb").
NOTICE_AFTER_RE = re.compile(
    r"\s*(?:före|innan|inför|i\s+förväg|before|prior\s+to|in\s+advance|før|inden|forud)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# The word right before the number makes the period a point in time; so it does before a
# pair of numbers ("lösa ut sig efter fem respektive åtta år").
POINT_IN_TIME_RE = re.compile(
    r"(?<![^\W\d_])(efter|after|innan|before|inom|within|in|om|senast|until|by)\s+"
    r"(?:[^\W_]+\s+(?:respektive|resp\.|respectively|eller|or|och|and|og|el\.)\s+)?$",
    re.I,
)


def duration_score(text: str, start: int, end: int) -> float:
    """Contract cues in the phrase's sentence (near ones count double) minus cues that
    the period is something else (an age, a history, a build time, a future date)."""
    before, after = sentence_around(text, start, end)
    if TREND_AFTER_RE.match(after) or NOTICE_AFTER_RE.match(after):
        return -4.0
    near_before, near_after = before[-NEAR:], after[:NEAR]
    not_contract = NOT_CONTRACT_CUES.search(near_before) or NOT_CONTRACT_CUES.search(near_after)
    if not_contract:
        before, after = MONEY_RATE_RE.sub(" ", before), MONEY_RATE_RE.sub(" ", after)
        near_before, near_after = before[-NEAR:], after[:NEAR]
        not_contract = NOT_CONTRACT_CUES.search(near_before) or NOT_CONTRACT_CUES.search(near_after)
    score = 0.0
    if CONTRACT_CUES.search(before) or CONTRACT_CUES.search(after):  # near ones are in it
        score += 1.0
        if CONTRACT_CUES.search(near_before) or CONTRACT_CUES.search(near_after):
            score += 2.0
        if MONEY_PERIOD_RE.search(near_before):
            score += MONEY_PERIOD_BONUS
    if not_contract or _future_or_past_point(near_before):
        score -= 4.0
    return score


def _future_or_past_point(near_before: str) -> bool:
    """True for "om två år", "after five years", "inom tre år": a point in time, not a
    running time. "avtal om fyra år" is a running time."""
    match = POINT_IN_TIME_RE.search(near_before)
    if match is None:
        return False
    if match.group(1).casefold() == "om":
        return not CONTRACT_CUES.search(near_before[: match.start()])
    return True
