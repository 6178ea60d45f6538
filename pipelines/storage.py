"""The SQLite archive: opening it and keeping its shape (tables, indexes, search, views).

Storage is the only part of the project that talks to SQLite. Writing rows lives in
`pipelines.storage_write`; this module owns the schema and `ensure_db_shape`, which is
idempotent and safe to run on every open, also on an older archive with missing columns.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

from pipelines.errors import StorageError

# table -> {column: SQL type}; the first column is the primary key unless PRIMARY_KEYS says.
TABLES: dict[str, dict[str, type]] = {
    "articles": {
        "url": str,
        "source": str,
        "title": str,
        "published": str,  # ISO date
        "published_year": int,
        "author": str,
        "language": str,
        "kind": str,  # award | tender | dispute | other
        "value_amount": float,
        "value_currency": str,  # ISO 4217
        "duration_months": int,
        "duration_with_options_months": int,
        "buyers": str,  # JSON array of names
        "suppliers": str,  # JSON array of names
        "topics": str,  # JSON array
        "attachments": str,  # JSON array of URLs
        "body": str,
        "listing_published": str,
        "first_seen": str,
        "last_seen": str,
        "content_hash": str,
        "extracted_at": str,
        "extractor_version": str,
    },
    "organizations": {
        "id": str,
        "name": str,
        "kind": str,
        "org_number": str,
        "country": str,
    },
    "article_organizations": {
        "article_url": str,
        "organization_id": str,
        "role": str,  # buyer | supplier
        "name_in_article": str,
    },
    "pages": {
        "url": str,
        "source": str,
        "content": bytes,  # the raw page, zlib-compressed
        "compression": str,
        "content_type": str,
        "encoding": str,
        "status": int,
        "size": int,  # uncompressed bytes
        "sha256": str,  # of the uncompressed raw page
        "first_fetched_at": str,
        "fetched_at": str,
        "listing_published": str,
        "attachments": str,  # JSON array of URLs
        "extract_error": str,
        "extract_error_at": str,
        "etag": str,  # the ETag header, sent back as If-None-Match when re-fetching
        "last_modified": str,  # the Last-Modified header, sent back as If-Modified-Since
        "checked_at": str,  # the last fetch, also one answered 304 Not Modified
    },
    "crawl_runs": {
        "id": int,
        "spider": str,
        "started_at": str,
        "ended_at": str,
        "status": str,  # running | ok | failed | interrupted
        "complete": int,  # 1: ok, whole site, every listing read: sets the watermark
        "finish_reason": str,  # Scrapy's: finished, shutdown, closespider_..., site_failing
        "arguments": str,  # JSON: since, refresh, mirror
        "pages_fetched": int,
        "new": int,
        "updated": int,
        "unchanged": int,
        "not_modified": int,  # conditional re-fetches answered 304
        "skipped_archived": int,  # known articles not fetched again
        "failed": int,
        "error_summary": str,  # "http_404: 2; timeout: 1"
        "pid": int,
    },
    "crawl_failures": {
        "url": str,
        "spider": str,
        "reason": str,  # http_404, timeout, redirect_loop, too_large, no_article_found...
        "detail": str,
        "status": int,  # the HTTP status, when there was a response
        "role": str,  # article, listing, sitemap, home, index: what the page was to the spider
        "failures": int,  # how many times (one per run) it failed
        "first_failed_at": str,
        "last_failed_at": str,
        "last_run_id": int,
        "resolved_at": str,  # when the page was later fetched and archived
    },
}

PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "articles": "url",
    "organizations": "id",
    "article_organizations": ("article_url", "organization_id", "role"),
    "pages": "url",
    "crawl_runs": "id",
    "crawl_failures": "url",
}

FOREIGN_KEYS = {
    "article_organizations": [
        ("article_url", "articles", "url"),
        ("organization_id", "organizations", "id"),
    ],
}

INDEXES: dict[str, list[list[str]]] = {
    "articles": [
        ["source"],
        ["kind"],
        ["published"],
        ["published_year"],
        ["value_amount"],
        ["language"],
    ],
    "organizations": [["name"], ["org_number"]],
    "article_organizations": [["organization_id", "role"], ["role"]],
    "pages": [["source"], ["fetched_at"]],
    "crawl_runs": [["spider", "status", "started_at"]],
    "crawl_failures": [["spider"], ["reason"], ["last_failed_at"]],
}

FTS_COLUMNS = {"articles": ["title", "body"]}

VIEWS = {
    "contracts": """
select
  url, source, title, published, published_year as year, kind,
  value_amount, value_currency, duration_months, duration_with_options_months,
  buyers, suppliers
from articles
where kind != 'other' or value_amount is not null
""".strip(),
    "article_parties": """
select
  ao.article_url, ao.role, o.name as organization, o.org_number, o.country,
  a.title, a.published, a.published_year as year, a.kind,
  a.value_amount, a.value_currency
from article_organizations ao
join organizations o on o.id = ao.organization_id
join articles a on a.url = ao.article_url
""".strip(),
    "fetches": """
select
  url, source, status, content_type, encoding, size, sha256,
  first_fetched_at, fetched_at, checked_at, etag, last_modified,
  extract_error, extract_error_at
from pages
""".strip(),
    "open_failures": """
select url, spider, reason, detail, status, failures, first_failed_at, last_failed_at
from crawl_failures
where resolved_at is null
order by last_failed_at desc
""".strip(),
}


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at PATH in WAL mode, with its current shape."""
    db_path = Path(path)
    if db_path.is_dir():
        raise StorageError(f"{db_path}: is a directory, expected an SQLite file")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(db_path)
        db.execute("PRAGMA busy_timeout = 10000")
        db.enable_wal()
        # WAL's recommended level: a killed process loses no committed page; a power cut
        # may lose the last few commits but never corrupts the file
        db.execute("PRAGMA synchronous = NORMAL")
        ensure_db_shape(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{db_path}: cannot open as an archive ({exc})") from None
    except OSError as exc:
        raise StorageError(f"{db_path}: cannot create ({exc.strerror or exc})") from None
    return db


def close_archive(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the file (so read-only readers see it all) and close."""
    # If another writer holds the archive open, it folds the log in when it closes.
    with contextlib.suppress(sqlite3.OperationalError):
        db.disable_wal()
    db.close()


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create or migrate every table, index, full-text index and view. Idempotent."""
    for name, columns in TABLES.items():
        _ensure_table(db, name, columns)
    for name, index_list in INDEXES.items():
        for columns in index_list:
            db[name].create_index(columns, if_not_exists=True)
    for name, columns in FTS_COLUMNS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(columns, create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


def _ensure_table(db: sqlite_utils.Database, name: str, columns: dict[str, type]) -> None:
    """Create table NAME, or add the columns an older archive lacks."""
    table = db.table(name)
    if not table.exists():
        table.create(columns, pk=PRIMARY_KEYS[name], foreign_keys=FOREIGN_KEYS.get(name))
        return
    existing = set(table.columns_dict)
    for column, column_type in columns.items():
        if column not in existing:
            table.add_column(column, column_type)
