"""What spiders yield: a fetched page not yet understood, a page that did not change, or a
page that could not be fetched or read. Pipelines archive all three."""

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
    content_type: str | None = None  # the Content-Type header
    etag: str | None = None  # the ETag header (for a conditional re-fetch)
    last_modified: str | None = None  # the Last-Modified header (likewise)


@dataclass
class NotModifiedItem:
    """An archived page that the site answered 304 Not Modified for: nothing to extract."""

    url: str
    source: str
    checked_at: str  # ISO 8601 UTC


@dataclass
class FailureItem:
    """A page that could not be fetched or read: recorded in the archive, never fatal."""

    url: str
    source: str
    reason: str  # http_404, timeout, redirect_loop, too_large, listing_without_entries...
    detail: str = ""
    status: int | None = None  # the HTTP status, when the site answered
    role: str | None = None  # what the page was to the spider: article, listing, sitemap...
