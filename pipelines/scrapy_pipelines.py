"""Scrapy item pipelines: extract the facts of each fetched page, then archive both.

`ExtractPipeline` turns a spider's PageItem into an `ExtractedPage` (raw page + record, or
why extraction failed: an error, or no article found on the page); `StoragePipeline`
writes it to the SQLite archive, one transaction per item, so a killed crawl loses nothing
already archived. Pages the site answered 304 for (`NotModifiedItem`) and pages that could
not be fetched or read (`FailureItem`) pass extraction by and are recorded too. Every
decision is counted in the crawl stats under `archive/...`.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.logformatter import LogFormatter

from pipelines.errors import ArchiveError, StorageError
from pipelines.extract import extract_document
from pipelines.page.decode import decode_page
from pipelines.storage import close_archive, open_archive
from pipelines.storage_runs import record_failure, resolve_failure
from pipelines.storage_write import (
    RawPage,
    mark_not_modified,
    save_article,
    save_page,
    utc_now,
)
from scrapers.items import FailureItem, NotModifiedItem

NO_ARTICLE = "no article found (no article text): has the page layout changed?"


# Fewer words than this in the body is no article: a newsletter box or cookie notice is
# all the page parser finds on a page whose layout changed.
MIN_ARTICLE_WORDS = 10


def has_article(record: dict) -> bool:
    """Whether extraction found an article: a body of some words (every page has a
    <title>, so a title alone is no article: the page layout may have changed)."""
    return len((record.get("body") or "").split()) >= MIN_ARTICLE_WORDS


logger = logging.getLogger(__name__)


@dataclass
class ExtractedPage:
    """A fetched page with what extraction made of it (record) or why it failed (error)."""

    page: RawPage
    record: dict | None = None
    error: str | None = None
    reason: str | None = None  # extract_error or no_article_found, with an error


def item_summary(item: Any) -> str:
    """A one-line description of an item for logs: never the page body itself."""
    page = item.page if isinstance(item, ExtractedPage) else item
    try:
        fields = ItemAdapter(page)
    except TypeError:
        return f"<{type(item).__name__}>"
    body = fields.get("body")
    size = f"{len(body)} bytes" if isinstance(body, bytes | str) else "no body"
    return f"<{type(item).__name__} {fields.get('url')} from {fields.get('source')}, {size}>"


class ArchiveLogFormatter(LogFormatter):
    """Scrapy's log messages, with items shown by URL and size instead of their raw bytes."""

    def scraped(self, item, response, spider):
        return self._short(super().scraped(item, response, spider), item)

    def dropped(self, item, exception, response, spider):
        return self._short(super().dropped(item, exception, response, spider), item)

    def item_error(self, item, exception, response, spider):
        return self._short(super().item_error(item, exception, response, spider), item)

    @staticmethod
    def _short(message: dict, item: Any) -> dict:
        """MESSAGE with its item argument replaced by the item's summary."""
        return message | {"args": message["args"] | {"item": item_summary(item)}}


def raw_page_from_item(item: Any) -> RawPage:
    """The RawPage of a spider item (PageItem, dict, ...); DropItem if it is malformed."""
    fields = ItemAdapter(item)
    url, body = fields.get("url"), fields.get("body")
    if not url or not isinstance(url, str):
        raise DropItem("malformed item: no URL")
    if not isinstance(body, bytes | str):
        raise DropItem(f"malformed item: body of {url} is not bytes")
    encoding = fields.get("encoding")
    return RawPage(
        url=url,
        source=fields.get("source") or "unknown",
        body=body.encode(encoding or "utf-8") if isinstance(body, str) else body,
        encoding=encoding,
        status=int(fields.get("status") or 200),
        fetched_at=fields.get("fetched_at") or utc_now(),
        listing_published=fields.get("listing_published"),
        attachments=list(fields.get("attachments") or []),
        content_type=fields.get("content_type"),
        etag=fields.get("etag"),
        last_modified=fields.get("last_modified"),
    )


def page_input(page: RawPage) -> str:
    """The page's text for the extractor: its bytes decoded by `decode_page`, which trusts
    the bytes over a missing or wrong declared encoding (Swedish cp1252 pages come out with
    å, ä, ö right whatever the header says)."""
    return decode_page(page.body, page.encoding)


def extract_page(page: RawPage) -> ExtractedPage:
    """Run extraction on PAGE; an extractor failure becomes the result's error, not a crash."""
    if not page.body.strip():
        return ExtractedPage(page, error="empty page: no article", reason="no_article_found")
    try:
        record = extract_document(page_input(page), url=page.url, site=page.source)
    except ArchiveError as exc:
        return ExtractedPage(page, error=f"{type(exc).__name__}: {exc}", reason="extract_error")
    except Exception as exc:  # a bug in the extractor must not stop the crawl
        logger.exception("extractor crashed on %s", page.url)
        return ExtractedPage(page, error=f"{type(exc).__name__}: {exc}", reason="extract_error")
    if not has_article(record):
        return ExtractedPage(page, error=NO_ARTICLE, reason="no_article_found")
    return ExtractedPage(page, record=record)


class ExtractPipeline:
    """PageItem in, ExtractedPage out; drops HTTP error pages and malformed items."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler) -> ExtractPipeline:
        if not crawler.settings.getbool("ARCHIVE_EXTRACT_ENABLED", True):
            raise NotConfigured("ARCHIVE_EXTRACT_ENABLED is off")
        return cls(crawler.stats)

    def process_item(self, item: Any, spider=None) -> ExtractedPage | Any:
        """Extract the facts of one page item; other items pass by."""
        if isinstance(item, NotModifiedItem | FailureItem):
            return item
        self.stats.inc_value("archive/pages")
        page = self._checked_page(item)
        result = extract_page(page)
        if result.error:
            counter = "no_article" if result.reason == "no_article_found" else "extract_errors"
            self.stats.inc_value(f"archive/{counter}")
            logger.warning("could not extract %s: %s", page.url, result.error)
        return result

    def _checked_page(self, item: Any) -> RawPage:
        """The item's RawPage; DropItem (counted) for malformed items and HTTP errors."""
        try:
            page = raw_page_from_item(item)
        except DropItem:
            self.stats.inc_value("archive/dropped/malformed")
            raise
        if page.status >= 400:
            self.stats.inc_value("archive/dropped/http_error")
            raise DropItem(f"HTTP {page.status}: {page.url}")
        return page


class StoragePipeline:
    """Writes each ExtractedPage to the archive at the ARCHIVE_DB setting."""

    def __init__(self, db_path: str, stats) -> None:
        self.db_path = db_path
        self.stats = stats
        self.db = None

    @classmethod
    def from_crawler(cls, crawler) -> StoragePipeline:
        db_path = crawler.settings.get("ARCHIVE_DB")
        if not db_path or not crawler.settings.getbool("ARCHIVE_STORAGE_ENABLED", True):
            raise NotConfigured("no ARCHIVE_DB, or ARCHIVE_STORAGE_ENABLED is off")
        return cls(str(db_path), crawler.stats)

    def open_spider(self, spider=None) -> None:
        self.db = open_archive(self.db_path)

    def close_spider(self, spider=None) -> None:
        if self.db is not None:
            close_archive(self.db)
            self.db = None

    def process_item(self, item: Any, spider=None) -> Any:
        """Archive one item in one transaction: a page and (if extracted) its article, a
        304 answer, or a failure."""
        url = ItemAdapter(item.page if isinstance(item, ExtractedPage) else item).get("url")
        try:
            with self.db.atomic():
                outcome = self._write(item)
        except (StorageError, sqlite3.Error) as exc:
            self.stats.inc_value("archive/storage_errors")
            logger.error("could not archive %s: %s", url, exc)
            raise DropItem(f"storage failed for {url}: {exc}") from None
        self.stats.inc_value(f"archive/{outcome}")
        return item

    def _write(self, item: Any) -> str:
        """Store one item; the outcome names the counter to raise."""
        if isinstance(item, FailureItem):
            record_failure(
                self.db,
                url=item.url,
                spider=item.source,
                reason=item.reason,
                detail=item.detail,
                status=item.status,
                run_id=self.stats.get_value("archive/run_id"),
                role=item.role,
            )
            return "failures_recorded"
        if isinstance(item, NotModifiedItem):
            known = mark_not_modified(self.db, item.url, item.checked_at)
            return "not_modified" if known else "not_modified_unknown"
        result = (
            item if isinstance(item, ExtractedPage) else ExtractedPage(raw_page_from_item(item))
        )
        return self._write_page(result)

    def _write_page(self, result: ExtractedPage) -> str:
        """Store one page; the outcome is new, updated, unchanged or page_only."""
        page = result.page
        changed = save_page(self.db, page, error=result.error)
        self.stats.inc_value("archive/pages_changed" if changed else "archive/pages_unchanged")
        if result.record is None:
            if result.reason:
                record_failure(
                    self.db,
                    url=page.url,
                    spider=page.source,
                    reason=result.reason,
                    detail=result.error or "",
                    status=page.status,
                    run_id=self.stats.get_value("archive/run_id"),
                    role="article",
                )
            return "page_only"
        resolve_failure(self.db, page.url)
        return save_article(
            self.db,
            page.url,
            result.record,
            page.source,
            seen_at=page.fetched_at,
            listing_published=page.listing_published,
            page_attachments=page.attachments,
        )
