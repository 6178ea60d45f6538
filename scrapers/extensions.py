"""Crawl extensions: write the crawl's stats to a JSON file when the spider closes.

Enabled in settings.EXTENSIONS; does nothing unless the setting
``PROCUREMENT_ARCHIVE_STATS_FILE`` names a file (e.g. ``-s PROCUREMENT_ARCHIVE_STATS_FILE=
stats.json``). Tests and the crawl command read the counters from there rather than from
the log.
"""

from __future__ import annotations

import json
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class StatsFile:
    """Dump the crawler's stats (JSON, dates as ISO text) to a file at spider close."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        """Connect to spider_closed when a stats file is configured."""
        path = crawler.settings.get("PROCUREMENT_ARCHIVE_STATS_FILE")
        if not path:
            raise NotConfigured  # without a message: Scrapy then logs no warning
        extension = cls(crawler, Path(path))
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Write the stats, with the close reason."""
        stats = dict(self.crawler.stats.get_stats())
        stats["finish_reason"] = reason
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            json.dumps(stats, default=str, indent=1, sort_keys=True), encoding="utf-8"
        )
