"""Plain data passed between page parsing, fact extraction and storage.

Nothing here knows about Scrapy or SQLite.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(slots=True)
class Page:
    """The article found on a page: what a reader sees, without menus, ads or comments."""

    title: str | None
    body: str  # clean text, paragraphs separated by a blank line; the lead first
    published: date | None = None
    author: str | None = None
    topics: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # absolute URLs (PDFs, ...)
    language: str | None = None  # declared by the page (html lang), if any


@dataclass(slots=True)
class Money:
    amount: float
    currency: str  # ISO 4217


@dataclass(slots=True)
class Facts:
    kind: str = "other"  # award | tender | dispute | other
    buyers: list[str] = field(default_factory=list)
    suppliers: list[str] = field(default_factory=list)
    value: Money | None = None
    duration_months: int | None = None
    duration_with_options_months: int | None = None
    language: str = "und"  # ISO 639-1 (sv, en, no, da, ...) or "und"


KINDS = ("award", "tender", "dispute", "other")


def record(page: Page, facts: Facts, url: str | None = None) -> dict:
    """One flat, JSON-ready record: the output of `extract` and the input of storage."""
    return {
        "url": url,
        "title": page.title,
        "published": page.published.isoformat() if page.published else None,
        "author": page.author,
        "language": facts.language,
        "kind": facts.kind,
        "buyers": list(facts.buyers),
        "suppliers": list(facts.suppliers),
        "value": asdict(facts.value) if facts.value else None,
        "duration_months": facts.duration_months,
        "duration_with_options_months": facts.duration_with_options_months,
        "topics": list(page.topics),
        "attachments": list(page.attachments),
        "body": page.body,
    }
