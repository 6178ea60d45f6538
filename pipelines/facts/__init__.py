"""Facts of a procurement article: kind, buyers, suppliers, value, duration, language.

Pure functions over the article's title and body text.
"""

from __future__ import annotations

from datetime import date

from pipelines.facts.duration import find_duration
from pipelines.facts.kind import classify_kind
from pipelines.facts.language import detect_language
from pipelines.facts.money import find_contract_value
from pipelines.facts.orgs import find_buyers, find_suppliers
from pipelines.facts.overview import is_overview
from pipelines.model import Facts

MAX_BODY_CHARS = 200_000  # ten times a long feature article
MAX_TITLE_CHARS = 1_000


def extract_facts(
    *,
    title: str | None,
    body: str,
    language_hint: str | None = None,
    published: date | None = None,
) -> Facts:
    """All facts of one article. The headline and body are read together for value,
    duration and language; the kind weighs the headline above the body. A body longer
    than any article (MAX_BODY_CHARS) is read up to that length. An overview of many
    procurements (statistics, a market review) reports no contract of its own: its
    figures and names are not one contract's parties, value or duration."""
    body = body[:MAX_BODY_CHARS]
    title = title[:MAX_TITLE_CHARS] if title else title
    text = f"{title}\n\n{body}" if title else body
    language = detect_language(text, hint=language_hint)
    if is_overview(title, body):
        return Facts(kind="other", buyers=[], suppliers=[], value=None, language=language)
    buyers = find_buyers(title, body, language)
    suppliers = find_suppliers(title, body, language, buyers)
    duration = find_duration(text, language, published)
    return Facts(
        kind=classify_kind(title, body, language, suppliers),
        buyers=buyers,
        suppliers=suppliers,
        value=find_contract_value(text, language),
        duration_months=duration.months if duration else None,
        duration_with_options_months=duration.with_options_months if duration else None,
        language=language,
    )
