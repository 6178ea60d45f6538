"""The contract's value: the one amount in a text that is this contract's value.

Every amount is a candidate (`money_amounts.find_amounts`); each is scored by the words
of its own sentence (`money_cues`): "värt", "worth", "kontraktet" raise it, "omsättning",
"turnover", "böter", "per år", "budget" lower it. Headline figures get a bonus. The best
candidate wins if its score is not negative; otherwise the text states no contract value.

A contract's value is its total. Only when no total qualifies, a yearly figure that the
text itself names as the contract's value ("Ordervärdet är 40 miljoner kronor per år",
"uppdraget är värt 30 miljoner om året") is returned: it is then the only value stated.
A yearly cost or budget without such a cue ("kostar 20 miljoner om året") is not.
"""

from __future__ import annotations

import re

from pipelines.facts.money_amounts import Amount, find_amounts
from pipelines.facts.money_cues import context_score, is_per_year
from pipelines.facts.numbers import word_number
from pipelines.model import Money

MAX_CHARS = 200_000  # an article is far shorter; longer input is read up to here
TITLE_MAX_CHARS = 200
LEAD_CHARS = 400
TITLE_BONUS = 2.0
LEAD_BONUS = 1.0
REPEAT_BONUS = 1.0
BARE_PENALTY = 1.0  # "300 miljoner" with no currency word is less certain than "300 mnkr"
MIN_SCORE = 0.0
PER_YEAR_MIN_SCORE = 3.0  # a yearly figure needs a clear value cue to stand for the contract
# A contract in the news is worth more than this; smaller figures are prices in ads,
# subscription fees and the like.
SMALL_AMOUNT = 10_000
SMALL_PENALTY = 4.0
# A rounded figure ("strax under en miljon kronor", "more than half a billion pounds")
# gives way to the exact one the text also states, if that is within EXACT_SHARE of it.
HEDGE_RE = re.compile(
    r"(?<![^\W\d_])(?:strax\s+(?:under|över)|knappt|drygt|nästan|närmare|omkring|ungefär"
    r"|runt|næsten|knap|godt|nesten|omtrent|more\s+than|almost|nearly|around|about|roughly"
    r"|just\s+(?:under|over)|in\s+excess\s+of|mer\s+än|mer\s+enn|mere\s+end)\s+$",
    re.IGNORECASE,
)
HEDGE_CHARS = 20
FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
EXACT_SHARE = 0.15
HEADLINE_ZONE = 1500  # a headline stands in the first chars, after menus at most
HEADLINE_MAX_CHARS = 120
TEASER_RE = re.compile(
    r"(?:läs\s+(?:också|även|mer)|read\s+(?:more|also)|se\s+også|les\s+også|læs\s+(?:også|mere)"
    r"|relaterat|related)\b",
    re.IGNORECASE,
)


def find_contract_value(text: str, language: str) -> Money | None:
    """This contract's value as Money, or None when the text states none."""
    text = text[:MAX_CHARS]
    amounts = find_amounts(text, language)
    if not amounts:
        return None
    title_end = _title_end(text)
    scored = [
        (score_amount(text, i, amounts, title_end), -a.start, a) for i, a in enumerate(amounts)
    ]
    best_score, _, best = max(scored, key=lambda item: (item[0], item[1]))
    if best_score < MIN_SCORE:
        best = _yearly_value(text, amounts, title_end)
        if best is None:
            return None
    elif _is_hedged(text, best):
        best = _exact_figure(text, best, scored) or best
    return Money(amount=round(best.amount, 2), currency=best.currency)


def _is_hedged(text: str, amount: Amount) -> bool:
    """True if the amount is a rounded figure: hedged ("strax under en miljon", "more than
    half a billion pounds") or spelled out ("half a billion pounds", "två miljarder")."""
    first_word = FIRST_WORD_RE.match(text, amount.start)
    if first_word and word_number(first_word.group(0)) is not None:
        return True
    return HEDGE_RE.search(text, max(0, amount.start - HEDGE_CHARS), amount.start) is not None


def _exact_figure(
    text: str, rounded: Amount, scored: list[tuple[float, int, Amount]]
) -> Amount | None:
    """The exact figure a rounded one stands for: a qualifying amount of the same currency
    within EXACT_SHARE of it, itself not rounded ("956 076 kronor", "£520m")."""
    close = [
        (score, position, amount)
        for score, position, amount in scored
        if score >= MIN_SCORE
        and amount.currency == rounded.currency
        and amount.amount != rounded.amount
        and abs(amount.amount - rounded.amount) <= EXACT_SHARE * rounded.amount
        and not _is_hedged(text, amount)
    ]
    return max(close, key=lambda item: (item[0], item[1]))[2] if close else None


def _yearly_value(text: str, amounts: list[Amount], title_end: int) -> Amount | None:
    """The best yearly figure named as the contract's value, if no total was found."""
    scored = [
        (score_amount(text, i, amounts, title_end, per_year_ok=True), -a.start, a)
        for i, a in enumerate(amounts)
        if is_per_year(text, a.end)
    ]
    if not scored:
        return None
    best_score, _, best = max(scored, key=lambda item: (item[0], item[1]))
    return best if best_score >= PER_YEAR_MIN_SCORE else None


def score_amount(
    text: str, index: int, amounts: list[Amount], title_end: int, *, per_year_ok: bool = False
) -> float:
    """How likely amounts[index] is the contract's value: its sentence's cues (shared with
    its neighbours by nearness) plus position bonuses."""
    amount = amounts[index]
    prev_end = amounts[index - 1].end if index > 0 else None
    next_start = amounts[index + 1].start if index + 1 < len(amounts) else None
    score = context_score(
        text, amount.start, amount.end, prev_end, next_start, per_year_ok=per_year_ok
    )
    if amount.start < title_end or in_headline(text, amount.start):
        score += TITLE_BONUS
    elif amount.start < title_end + LEAD_CHARS:
        score += LEAD_BONUS
    if not amount.explicit_currency:
        score -= BARE_PENALTY
    if amount.amount < SMALL_AMOUNT:
        score -= SMALL_PENALTY
    if any(_same(amount, other) for other in amounts if other is not amount):
        score += REPEAT_BONUS
    return score


def in_headline(text: str, position: int) -> bool:
    """True if `position` is on a short line without a final full stop near the top: a
    headline or subheading, not a teaser for another article ("Läs också: ...")."""
    if position > HEADLINE_ZONE:
        return False
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if len(line) > HEADLINE_MAX_CHARS or line.endswith((".", ":", ",")):
        return False
    return not TEASER_RE.match(line)


def _same(a: Amount, b: Amount) -> bool:
    return a.currency == b.currency and abs(a.amount - b.amount) <= 0.01 * a.amount


def _title_end(text: str) -> int:
    """End of the headline: the first line, if it is short enough to be one."""
    stripped = len(text) - len(text.lstrip())
    newline = text.find("\n", stripped)
    end = len(text) if newline < 0 else newline
    return end if end - stripped <= TITLE_MAX_CHARS else 0
