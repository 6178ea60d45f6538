"""Page (HTML or plain text) in, article record out. Pure: no Scrapy, no database."""

from __future__ import annotations

from pipelines.facts import extract_facts
from pipelines.model import record
from pipelines.page import parse_document


def extract_document(data: bytes | str, *, url: str | None = None, site: str | None = None) -> dict:
    """Parse a page (bytes are decoded, HTML or plain text is detected) and extract its facts.

    `site` names a known source (a spider name such as "inkopsradet") whose parser is used;
    without it the generic parser is used. Returns the record of `pipelines.model.record`.
    """
    page = parse_document(data, url=url, site=site)
    facts = extract_facts(
        title=page.title, body=page.body, language_hint=page.language, published=page.published
    )
    return record(page, facts, url)
