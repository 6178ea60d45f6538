"""Shared test helpers: the bundled snapshot, its loopback mirror, and a real Scrapy crawl
in a subprocess (Twisted's reactor runs once per process, so each crawl gets its own)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scrapers.mirror import RunningMirror, serve_site

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = REPO / "data" / "snapshot"

# Settings of every test crawl: no delays, no retries, no storage unless asked, quiet log.
TEST_CRAWL_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "RETRY_ENABLED": "False",
    "BACKOFF_BASE": "0.05",
    "ITEM_PIPELINES": "{}",
    "LOG_LEVEL": "INFO",
    "FEED_EXPORT_FIELDS": "url,source,listing_published,attachments,status,reason",
}


@dataclass
class CrawlResult:
    """What a subprocess crawl produced: its items (without bodies), stats, log and exit code."""

    items: list[dict]  # pages and failures (those have a "reason")
    stats: dict
    log: str
    returncode: int

    @property
    def urls(self) -> set[str]:
        """The URLs of the pages the crawl yielded."""
        return {item["url"] for item in self.items if not item.get("reason")}

    @property
    def failures(self) -> dict[str, str]:
        """{URL: reason} of the failures the crawl recorded."""
        return {item["url"]: item["reason"] for item in self.items if item.get("reason")}

    def stat(self, key: str) -> int:
        """A procurement_archive/<key> counter (0 when absent)."""
        return int(self.stats.get(f"procurement_archive/{key}", 0))


def run_crawl(
    spider: str, tmp_path: Path, *spider_args: str, settings: dict[str, str] | None = None
) -> CrawlResult:
    """`scrapy crawl SPIDER -a ARG...` from the repo root with the test settings."""
    items_file, stats_file = tmp_path / f"{spider}-items.jsonl", tmp_path / f"{spider}-stats.json"
    items_file.unlink(missing_ok=True)
    stats_file.unlink(missing_ok=True)
    merged = {**TEST_CRAWL_SETTINGS, **(settings or {})}
    merged["PROCUREMENT_ARCHIVE_STATS_FILE"] = str(stats_file)
    # a fresh archive per crawl unless the test names one: never the project's data/archive.db
    merged.setdefault("ARCHIVE_DB", str(tmp_path / f"{spider}-{uuid.uuid4().hex[:8]}.db"))
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", str(items_file)]
    for arg in spider_args:
        command += ["-a", arg]
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    items = []
    if items_file.exists():
        items = [json.loads(line) for line in items_file.read_text().splitlines() if line]
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlResult(items, stats, done.stderr + done.stdout, done.returncode)


@pytest.fixture
def snapshot_site():
    """A function: serve data/snapshot/<host> (or another root) as a context manager."""

    def serve(host: str, root: Path = SNAPSHOT) -> Iterator[RunningMirror]:
        return serve_site(root / host)

    return serve
