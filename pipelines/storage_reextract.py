"""`procurement-archive reextract`: run the current extractor over the archived raw pages.

No crawling and no network: the pages table keeps every fetched page, so a better extractor
can refresh the facts of the whole archive, pages that failed or held no article included.
Articles whose facts come out the same are not rewritten; a crawl failure that was the
extractor's (no article, extraction error) is marked resolved once the page gives an article.
Pages are read in URL order a
batch at a time (keyset pagination), so memory stays flat however large the archive.
Progress goes to stderr: a bar on a terminal, a line every 10% (at most 500 pages apart)
otherwise, so cron logs stay readable; --quiet silences it.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click
import sqlite_utils

from pipelines.crawl_lock import CrawlLock, CrawlLocked
from pipelines.errors import ArchiveError, StorageError
from pipelines.scrapy_pipelines import ExtractedPage, extract_page
from pipelines.storage import close_archive, open_archive
from pipelines.storage_write import RawPage, load_page_body, save_article, utc_now

PAGE_COLUMNS = "url, source, content, compression, encoding, status, listing_published, attachments"
PAGES_PER_BATCH = 100
MAX_PAGES_BETWEEN_LINES = 500
# crawl_failures reasons a better extractor can resolve (a 404 or timeout it cannot)
EXTRACTION_REASONS = ("extract_error", "no_article_found")
OUTCOMES = ("new", "updated", "unchanged", "no_article", "skipped", "errors")


def stored_pages(db: sqlite_utils.Database, batch: int = PAGES_PER_BATCH) -> Iterator[dict]:
    """Every `pages` row in URL order, BATCH rows in memory at a time (no cursor stays open
    while the caller writes)."""
    last_url = ""
    while True:
        rows = list(
            db.query(
                f"select {PAGE_COLUMNS} from pages where url > ? order by url limit ?",
                [last_url, batch],
            )
        )
        if not rows:
            return
        yield from rows
        last_url = rows[-1]["url"]


class Progress:
    """Pages done out of TOTAL on STREAM: a click bar on a terminal, else periodic lines."""

    def __init__(self, total: int, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.done = 0
        self.started = time.monotonic()
        self.every = max(1, min(-(-total // 10), MAX_PAGES_BETWEEN_LINES))
        self.bar = None
        if not quiet and _is_terminal(self.stream) and total:
            self.bar = click.progressbar(
                length=total,
                label="reextract",
                file=self.stream,
                show_pos=True,
                show_percent=True,
                show_eta=True,
            )

    def __enter__(self) -> Progress:
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc_info)

    def advance(self, counts: Counter) -> None:
        """One more page done; COUNTS are the outcomes so far."""
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif not self.quiet and (self.done % self.every == 0 or self.done == self.total):
            print(self.line(counts), file=self.stream, flush=True)

    def line(self, counts: Counter) -> str:
        """'reextract: 500/2000 pages (25%), 3 new, 40 updated, ..., 12.5 pages/s'."""
        share = 100 * self.done // self.total if self.total else 100
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        tally = ", ".join(f"{counts[name]} {name.replace('_', ' ')}" for name in OUTCOMES)
        return f"reextract: {self.done}/{self.total} pages ({share}%), {tally}, {rate:.1f} pages/s"


def _is_terminal(stream: TextIO) -> bool:
    """True when STREAM is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def reextract_archive(
    db: sqlite_utils.Database, stream: TextIO | None = None, quiet: bool = True
) -> Counter:
    """Re-extract every stored page; counts of new, updated, unchanged, no_article,
    skipped (HTTP errors) and errors. Progress goes to STREAM (stderr) unless QUIET."""
    counts: Counter = Counter()
    total = db.execute("select count(*) from pages").fetchone()[0]
    with Progress(total, stream, quiet) as progress:
        for row in stored_pages(db):
            counts[_reextract_page(db, row)] += 1
            progress.advance(counts)
    return counts


def _reextract_page(db: sqlite_utils.Database, row: dict) -> str:
    """Re-extract one stored page in its own transaction; returns what happened."""
    if (row["status"] or 200) >= 400:
        return "skipped"
    try:
        body = load_page_body(row)
    except ArchiveError as exc:
        _note_error(db, row["url"], str(exc))
        return "errors"
    page = RawPage(url=row["url"], source=row["source"], body=body, encoding=row["encoding"])
    result = extract_page(page)
    if result.error:  # extraction failed, or found no article (see extract_page)
        _note_error(db, row["url"], result.error)
        return _failure_outcome(result)
    record = result.record
    with db.atomic():
        _note_error(db, row["url"], None)
        _resolve_extraction_failure(db, row["url"])
        return save_article(
            db,
            row["url"],
            record,
            row["source"],
            listing_published=row["listing_published"],
            page_attachments=json.loads(row["attachments"] or "[]"),
        )


def _failure_outcome(result: ExtractedPage) -> str:
    """no_article for a page that holds no article, errors for an extraction that failed."""
    if result.error and result.reason != "no_article_found":
        return "errors"
    return "no_article"


def _resolve_extraction_failure(db: sqlite_utils.Database, url: str) -> None:
    """Mark an open crawl failure of URL resolved when it was the extractor's (no article,
    extraction error): the page has now given an article."""
    if not db["crawl_failures"].exists():
        return
    marks = ", ".join("?" for _ in EXTRACTION_REASONS)
    db.execute(
        "update crawl_failures set resolved_at = ? where url = ? and resolved_at is null "
        f"and reason in ({marks})",
        [utc_now(), url, *EXTRACTION_REASONS],
    )


def _note_error(db: sqlite_utils.Database, url: str, error: str | None) -> None:
    """Record on the page why extraction failed now (None: it succeeded)."""
    error_at = utc_now() if error else None
    db["pages"].update(url, {"extract_error": error, "extract_error_at": error_at})


def main(args) -> int:
    """Re-extract the archive at --db; print counts; 1 if some pages failed, 2 if unusable,
    75 if a crawl holds the archive's lock."""
    path = Path(args.db or _default_db())
    quiet = bool(getattr(args, "quiet", False))
    started = time.monotonic()
    try:
        if not path.is_file():
            raise StorageError(f"{path}: no archive there (crawl first)")
        with CrawlLock(path):  # one writer at a time: not while a crawl runs
            db = open_archive(path)
            try:
                counts = reextract_archive(db, sys.stderr, quiet=quiet)
            finally:
                close_archive(db)
    except CrawlLocked as exc:
        print(f"procurement-archive reextract: not started: {exc}", file=sys.stderr)
        return 75
    except ArchiveError as exc:
        print(f"procurement-archive reextract: error: {exc}", file=sys.stderr)
        return 2
    total = sum(counts.values())
    seconds = time.monotonic() - started
    print(
        f"reextract: {total} pages: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['no_article']} no article, "
        f"{counts['skipped']} skipped (HTTP errors), {counts['errors']} errors "
        f"in {seconds:.1f} s"
    )
    return 1 if counts["errors"] else 0


def _default_db() -> str:
    """The archive path of the project settings."""
    from scrapers import settings

    return settings.ARCHIVE_DB
