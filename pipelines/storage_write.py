"""Writing to the archive: raw pages, extracted articles and the organizations they name.

Every write is an upsert keyed on the page URL, so storing the same page twice changes
nothing but its `last_seen` time; an article whose facts did not change is not rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlite_utils
from sqlite_utils.db import NotFoundError

from pipelines.errors import StorageError
from pipelines.storage_orgs import link_organizations
from pipelines.storage_version import extractor_version

logger = logging.getLogger(__name__)

# Columns of `articles` that hold what the extractor found (and so enter the content hash).
FACT_COLUMNS = (
    "source",
    "title",
    "published",
    "published_year",
    "author",
    "language",
    "kind",
    "value_amount",
    "value_currency",
    "duration_months",
    "duration_with_options_months",
    "buyers",
    "suppliers",
    "topics",
    "attachments",
    "body",
    "listing_published",
)


@dataclass
class RawPage:
    """A fetched page as the archive keeps it (the storage view of a spider's PageItem)."""

    url: str
    source: str
    body: bytes
    encoding: str | None = None
    status: int = 200
    fetched_at: str = ""
    listing_published: str | None = None
    attachments: list[str] = field(default_factory=list)
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def to_json(values: list | None) -> str:
    """A JSON array as stored in the archive (readable UTF-8, not \\u escapes)."""
    return json.dumps(list(values or []), ensure_ascii=False)


def sniff_content_type(body: bytes) -> str:
    """text/html when the page starts like markup, else text/plain."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "text/html" if head.startswith(b"<") else "text/plain"


def save_page(db: sqlite_utils.Database, page: RawPage, error: str | None = None) -> bool:
    """Keep the raw page (compressed) and its fetch metadata; True if its content changed.

    With an extraction ERROR, an earlier page that did extract is kept (the error is noted).
    """
    if not page.url:
        raise StorageError("cannot store a page without a URL")
    digest = hashlib.sha256(page.body).hexdigest()
    fetched_at = page.fetched_at or utc_now()
    existing = _get(db, "pages", page.url)
    row = {
        "url": page.url,
        "source": page.source,
        "status": page.status,
        "fetched_at": fetched_at,
        "listing_published": page.listing_published,
        "attachments": to_json(page.attachments),
        "extract_error": error,
        "extract_error_at": fetched_at if error else None,
        "checked_at": fetched_at,
    }
    # A page that fails to extract does not replace one that extracted (it stays re-usable).
    keep_good_page = error is not None and existing is not None and not existing["extract_error"]
    changed = existing is None or (existing["sha256"] != digest and not keep_good_page)
    if not keep_good_page:  # validators of the version kept, for conditional re-fetches
        row |= {"etag": page.etag, "last_modified": page.last_modified}
    if changed:
        row |= {
            "content": zlib.compress(page.body, 6),
            "compression": "zlib",
            "encoding": page.encoding,
            "content_type": page.content_type or sniff_content_type(page.body),
            "size": len(page.body),
            "sha256": digest,
        }
    if existing is None:
        row["first_fetched_at"] = fetched_at
    db["pages"].upsert(row, pk="url", alter=True)
    return changed


def mark_not_modified(db: sqlite_utils.Database, url: str, checked_at: str) -> bool:
    """Note that the site answered 304 for the archived page at URL; False if unknown."""
    if _get(db, "pages", url) is None:
        return False
    db["pages"].update(url, {"checked_at": checked_at})
    if _get(db, "articles", url) is not None:
        db["articles"].update(url, {"last_seen": checked_at})
    return True


def load_page_body(row: dict) -> bytes:
    """The uncompressed raw page of a `pages` row."""
    if row.get("compression") == "zlib":
        try:
            return zlib.decompress(row["content"])
        except (zlib.error, TypeError) as exc:
            raise StorageError(f"{row.get('url')}: stored page is corrupt ({exc})") from None
    return row["content"] or b""


LIST_FIELDS = ("buyers", "suppliers", "topics", "attachments")
INT_FIELDS = ("duration_months", "duration_with_options_months")


def check_record(record: dict) -> None:
    """StorageError naming the first field of RECORD that does not have its documented type."""
    if not isinstance(record, dict):
        raise StorageError(f"an extraction record must be a dict, not {type(record).__name__}")
    for name in LIST_FIELDS:
        values = record.get(name) or []
        if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
            raise StorageError(f"record field {name!r} is not a list of strings: {values!r}")
    for name in INT_FIELDS:
        if not isinstance(record.get(name), int | None):
            raise StorageError(f"record field {name!r} is not a whole number of months")
    value = record.get("value")
    if value is not None and not (
        isinstance(value, dict)
        and isinstance(value.get("amount"), int | float)
        and isinstance(value.get("currency"), str)
    ):
        raise StorageError(f"record field 'value' is not {{amount, currency}}: {value!r}")


def article_row(
    record: dict,
    source: str,
    listing_published: str | None = None,
    page_attachments: list[str] | None = None,
) -> dict:
    """The `articles` columns holding the facts of an extraction record.

    The spider's listing date stands in for a publication date the page does not state;
    documents the spider found linked (PAGE_ATTACHMENTS) join those the parser found.
    """
    check_record(record)
    attachments = dict.fromkeys([*(record.get("attachments") or []), *(page_attachments or [])])
    value = record.get("value") or {}
    published = _iso_date(record.get("published")) or _iso_date(listing_published)
    return {
        "source": source,
        "title": record.get("title"),
        "published": published,
        "published_year": int(published[:4]) if published else None,
        "author": record.get("author"),
        "language": record.get("language"),
        "kind": record.get("kind") or "other",
        "value_amount": value.get("amount"),
        "value_currency": value.get("currency"),
        "duration_months": record.get("duration_months"),
        "duration_with_options_months": record.get("duration_with_options_months"),
        "buyers": to_json(record.get("buyers")),
        "suppliers": to_json(record.get("suppliers")),
        "topics": to_json(record.get("topics")),
        "attachments": to_json(list(attachments)),
        "body": record.get("body") or "",
        "listing_published": listing_published,
    }


def content_hash(row: dict) -> str:
    """A digest of an article's facts: equal digests mean nothing worth rewriting changed."""
    facts = {column: row.get(column) for column in FACT_COLUMNS}
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def save_article(
    db: sqlite_utils.Database,
    url: str,
    record: dict,
    source: str,
    *,
    seen_at: str | None = None,
    listing_published: str | None = None,
    page_attachments: list[str] | None = None,
) -> str:
    """Store an extraction record as the article at URL; returns new, updated or unchanged.

    `seen_at` is when the page was fetched (None when re-extracting stored pages): it sets
    `first_seen` of a new article and `last_seen` of every article. See `article_row` for
    LISTING_PUBLISHED and PAGE_ATTACHMENTS.
    """
    row = article_row(record, source, listing_published, page_attachments)
    digest = content_hash(row)
    existing = _get(db, "articles", url)
    stamp = {"last_seen": seen_at} if seen_at else {}
    if existing is not None and existing["content_hash"] == digest:
        if stamp:
            db["articles"].update(url, stamp)
        return "unchanged"
    row |= stamp | {
        "url": url,
        "content_hash": digest,
        "extracted_at": utc_now(),
        "extractor_version": extractor_version(),
    }
    if existing is None:
        row["first_seen"] = seen_at or utc_now()
        row.setdefault("last_seen", row["first_seen"])
    with db.atomic():
        db["articles"].upsert(row, pk="url", alter=True)
        link_organizations(db, url, record.get("buyers") or [], record.get("suppliers") or [])
    return "new" if existing is None else "updated"


def _get(db: sqlite_utils.Database, table: str, key: str) -> dict | None:
    """The row of TABLE with primary key KEY, or None."""
    try:
        return db[table].get(key)
    except NotFoundError:
        return None


def _iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date/time string, or None if it is not one."""
    if not value or len(value) < 10:
        return None
    head = value[:10]
    try:
        datetime.strptime(head, "%Y-%m-%d")
    except ValueError:
        return None
    return head
