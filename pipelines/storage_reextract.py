"""`procurement-archive reextract`: run the current extractor over the archived raw pages.

No crawling: the pages table keeps every fetched page, so a better extractor can refresh
the facts of the whole archive. Articles whose facts come out the same are not rewritten.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import sqlite_utils

from pipelines.errors import ArchiveError, StorageError
from pipelines.scrapy_pipelines import extract_page
from pipelines.storage import close_archive, open_archive
from pipelines.storage_write import RawPage, load_page_body, save_article, utc_now

PAGE_COLUMNS = "url, source, content, compression, encoding, status, listing_published, attachments"


def reextract_archive(db: sqlite_utils.Database) -> Counter:
    """Re-extract every stored page; counts of new, updated, unchanged, errors, skipped."""
    counts: Counter = Counter()
    urls = [row["url"] for row in db.query("select url from pages order by url")]
    for url in urls:
        row = next(db.query(f"select {PAGE_COLUMNS} from pages where url = ?", [url]))
        counts[_reextract_page(db, row)] += 1
    return counts


def _reextract_page(db: sqlite_utils.Database, row: dict) -> str:
    """Re-extract one stored page in its own transaction; returns what happened."""
    if (row["status"] or 200) >= 400:
        return "skipped"
    try:
        body = load_page_body(row)
    except ArchiveError:
        return "errors"
    page = RawPage(url=row["url"], source=row["source"], body=body, encoding=row["encoding"])
    result = extract_page(page)
    with db.atomic():
        error_at = utc_now() if result.error else None
        db["pages"].update(
            row["url"], {"extract_error": result.error, "extract_error_at": error_at}
        )
        if result.error:
            return "errors"
        if not (result.record.get("title") or result.record.get("body")):
            return "skipped"
        return save_article(
            db,
            row["url"],
            result.record,
            row["source"],
            listing_published=row["listing_published"],
            page_attachments=json.loads(row["attachments"] or "[]"),
        )


def main(args) -> int:
    """Re-extract the archive at --db; print counts; 1 if some pages failed, 2 if unusable."""
    path = Path(args.db or _default_db())
    try:
        if not path.is_file():
            raise StorageError(f"{path}: no archive there (crawl first)")
        db = open_archive(path)
        try:
            counts = reextract_archive(db)
        finally:
            close_archive(db)
    except ArchiveError as exc:
        print(f"procurement-archive reextract: error: {exc}", file=sys.stderr)
        return 2
    total = sum(counts.values())
    print(
        f"reextract: {total} pages: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['skipped']} skipped, {counts['errors']} errors"
    )
    return 1 if counts["errors"] else 0


def _default_db() -> str:
    """The archive path of the project settings."""
    from scrapers import settings

    return settings.ARCHIVE_DB
