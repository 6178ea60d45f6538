"""What spiders yield: a fetched article page, not yet understood."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageItem:
    url: str  # the page's canonical address on the real site (not a mirror's)
    source: str  # the spider's name, e.g. "inkopsradet"
    body: bytes  # the raw response body, as fetched
    encoding: str | None = None  # the response's declared/detected encoding
    status: int = 200
    fetched_at: str = ""  # ISO 8601 UTC
    listing_published: str | None = None  # ISO date seen on a listing/feed/sitemap, if any
    attachments: list[str] = field(default_factory=list)  # canonical URLs of linked PDFs etc.
