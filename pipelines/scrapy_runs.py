"""A Scrapy extension that keeps one `crawl_runs` row per spider run in the archive.

On spider_opened it inserts a ``running`` row (its id goes to the stat ``archive/run_id``,
so recorded failures name their run); every ARCHIVE_RUN_PROGRESS_INTERVAL seconds it
stores the counts so far, so a killed run still shows how far it got; on spider_closed it
stores the final counts, the status (``ok`` or ``failed``, decided by
`pipelines.crawl_stats.spider_failures`; ``interrupted`` when SIGTERM or Ctrl-C stopped
it) and the errors by reason. A run is ``complete`` (it sets the watermark of incremental
crawls) when it ended ok over the whole site (no `since`) and read every listing, sitemap
and index page it asked for. Switched off with the
storage pipeline (no ARCHIVE_DB, or ARCHIVE_STORAGE_ENABLED off).
"""

from __future__ import annotations

import logging
import os
import sqlite3

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from pipelines.crawl_stats import errors_by_reason, pages_fetched, spider_counts, spider_failures
from pipelines.errors import StorageError
from pipelines.storage import close_archive, open_archive
from pipelines.storage_runs import error_summary, finish_run, start_run, update_run

logger = logging.getLogger(__name__)


DISCOVERY_ERRORS = "procurement_archive/discovery_errors"  # listing, sitemap, index pages


def run_status(reason: str | None, failures: list[str]) -> str:
    """ok, failed, or interrupted (stopped by SIGTERM or Ctrl-C: Scrapy's "shutdown")."""
    if reason == "shutdown":
        return "interrupted"
    return "failed" if failures else "ok"


def run_counts(stats: dict) -> dict[str, int]:
    """The crawl_runs counters of a spider's stats."""
    counts = spider_counts(stats)
    return {
        "pages_fetched": pages_fetched(stats),
        "new": counts["new"],
        "updated": counts["updated"],
        "unchanged": counts["unchanged"],
        "not_modified": counts["not_modified"],
        "skipped_archived": counts["skipped_archived"],
        "failed": sum(errors_by_reason(stats).values()),
    }


class RunRecorder:
    """Record each spider run (start, progress, end) in the archive's crawl_runs."""

    def __init__(self, crawler: Crawler, db_path: str, interval: float) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.interval = interval
        self.run_id: int | None = None
        self.progress: task.LoopingCall | None = None
        self.db = None  # one connection for the run, opened at spider_opened

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        settings = crawler.settings
        db_path = settings.get("ARCHIVE_DB")
        if not db_path or not settings.getbool("ARCHIVE_STORAGE_ENABLED", True):
            raise NotConfigured
        recorder = cls(
            crawler, str(db_path), settings.getfloat("ARCHIVE_RUN_PROGRESS_INTERVAL", 30)
        )
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        arguments = {
            "since": str(getattr(spider, "since", None) or ""),
            "refresh": bool(getattr(spider, "refresh", False)),
            "mirror": getattr(spider, "mirror", None) or "",
        }
        self.run_id = self._with_archive(
            lambda db: start_run(db, spider.name, arguments, os.getpid())
        )
        if self.run_id is None:
            return
        self.crawler.stats.set_value("archive/run_id", self.run_id)
        if self.interval > 0:
            self.progress = task.LoopingCall(self.store_progress)
            self.progress.start(self.interval, now=False)

    def store_progress(self) -> None:
        stats = self.crawler.stats.get_stats()
        self._with_archive(lambda db: update_run(db, self.run_id, run_counts(stats)))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.progress is not None and self.progress.running:
            self.progress.stop()
        if self.run_id is not None:
            self.finish(spider, reason)
        if self.db is not None:
            close_archive(self.db)
            self.db = None

    def finish(self, spider: Spider, reason: str) -> None:
        """Store the run's final counts, status, errors and completeness."""
        stats = dict(self.crawler.stats.get_stats()) | {"finish_reason": reason}
        windowed = bool(getattr(spider, "since", None))
        failures = spider_failures(spider.name, stats, windowed=windowed)
        status = run_status(reason, failures)
        complete = status == "ok" and not windowed and not stats.get(DISCOVERY_ERRORS)
        self._with_archive(
            lambda db: finish_run(
                db,
                self.run_id,
                counts=run_counts(stats),
                status=status,
                finish_reason=reason,
                error_summary=error_summary(errors_by_reason(stats)),
                complete=complete,
            )
        )

    def _with_archive(self, write):
        """Run WRITE(db) on the archive; a storage problem is logged, never fatal here."""
        try:
            if self.db is None:
                self.db = open_archive(self.db_path)
            return write(self.db)
        except StorageError as exc:
            logger.error("cannot record the crawl run: %s", exc)
        except sqlite3.Error as exc:
            logger.error("cannot record the crawl run in %s: %s", self.db_path, exc)
        return None
