"""What the archive already holds, read-only, for incremental crawls.

A spider asks, page by page, whether a URL is archived (and with which ETag and
Last-Modified, for a conditional re-fetch), and when its last complete run started (the
watermark below which listings need not be paged again). Every question is one indexed
lookup: nothing is loaded in advance, so memory stays flat however large the archive grows.
The connection is opened lazily (the storage pipeline creates the archive when the crawl
opens) and read-only, so it never writes or locks the archive.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# Failures that may pass by themselves (besides every 5xx): worth another try next run.
PASSING_REASONS = (
    "http_408",
    "http_429",
    "timeout",
    "connection_lost",
    "connection_refused",
    "dns",
    "cancelled",
    "site_failing",
)


@dataclass(frozen=True)
class KnownPage:
    """An archived page: when it was fetched, its validators, and whether it is an article."""

    url: str
    fetched_at: str | None
    etag: str | None
    last_modified: str | None
    is_article: bool


class ArchiveState:
    """Read-only questions to the archive at PATH (an archive that does not exist is empty)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else None
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection | None:
        """The read-only connection, opened on first use; None while there is no archive."""
        if self._conn is None and self.path is not None and self.path.is_file():
            try:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
                conn.execute("PRAGMA busy_timeout = 10000")
                conn.execute("select 1 from pages limit 1")
            except sqlite3.Error:
                return None  # no archive shape yet: nothing is known
            self._conn = conn
        return self._conn

    def known_page(self, url: str) -> KnownPage | None:
        """The archived page at URL (a canonical URL), or None if it was never archived."""
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "select p.fetched_at, p.etag, p.last_modified, "
                "exists(select 1 from articles a where a.url = p.url) "
                "from pages p where p.url = ?",
                [url],
            ).fetchone()
        except sqlite3.OperationalError:
            return None  # an archive of an older shape, not migrated yet: nothing known
        if row is None:
            return None
        return KnownPage(url, row[0], row[1], row[2], bool(row[3]))

    def last_complete_run(self, spider: str) -> str | None:
        """When SPIDER's last complete run started (ISO 8601 UTC), or None: a run that
        ended ``ok``, over the whole site (no `since`), with every listing, sitemap and
        index page read (see `pipelines.scrapy_runs`)."""
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "select max(started_at) from crawl_runs "
                "where spider = ? and status = 'ok' and complete = 1",
                [spider],
            ).fetchone()
        except sqlite3.OperationalError:
            return None  # an archive from before crawl runs were recorded
        return row[0] if row else None

    def retryable_failures(self, spider: str, limit: int, max_failures: int) -> list[str]:
        """Article URLs of SPIDER whose fetch failed for a passing reason (5xx, timeout,
        lost connection...) and is still open, least recently tried first; a URL that
        failed MAX_FAILURES runs is left alone."""
        conn = self._connection()
        if conn is None or limit <= 0:
            return []
        try:
            rows = conn.execute(
                "select url from crawl_failures where spider = ? and resolved_at is null "
                "and role = 'article' and failures < ? and (reason like 'http_5%' or reason in "
                f"({', '.join('?' * len(PASSING_REASONS))})) order by last_failed_at limit ?",
                [spider, max_failures, *PASSING_REASONS, limit],
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # an archive from before failures were recorded
        return [url for (url,) in rows]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
