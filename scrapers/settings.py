"""Scrapy settings of the procurement-archive crawlers.

This module is the only place in the project that reads the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

BOT_NAME = "procurement-archive"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# --- archive -----------------------------------------------------------------
# Where the SQLite archive lives; `--db PATH` on every command overrides it.
ARCHIVE_DB = os.environ.get("PROCUREMENT_ARCHIVE_DB", str(PROJECT_ROOT / "data" / "archive.db"))

# --- politeness: identify honestly, obey robots.txt, go slowly ------------------
# Who runs this crawler: a page about it and an address site owners can write to.
CONTACT_URL = os.environ.get(
    "PROCUREMENT_ARCHIVE_CONTACT", "https://github.com/procurement-archive/procurement-archive"
)
# Whoever runs a crawl should set their own address: site owners write there, not to us.
CONTACT_EMAIL = os.environ.get("PROCUREMENT_ARCHIVE_CONTACT_EMAIL", "")
USER_AGENT = os.environ.get(
    "PROCUREMENT_ARCHIVE_USER_AGENT",
    f"procurement-archive/0.2 (+{CONTACT_URL}{'; ' + CONTACT_EMAIL if CONTACT_EMAIL else ''})",
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = os.environ.get("PROCUREMENT_ARCHIVE_DOWNLOAD_DELAY", "1.0")  # Scrapy checks it
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a bigger "article" is not an article
HTTPCACHE_ENABLED = False
# Unattended runs listen on no port: no Telnet console, no remote control.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- politeness: wait when a site asks to (Retry-After) or keeps failing -----------
# scrapers.politeness.PoliteBackoff pauses the whole site (see its docstring); 560 puts it
# just before RetryMiddleware (550) on the way back, so it sees each failure first.
DOWNLOADER_MIDDLEWARES = {
    "scrapers.politeness.PoliteBackoff": 560,
    # before RedirectMiddleware (600) on the way back: a redirect loop becomes a failure
    "scrapers.middlewares.RedirectLoopGuard": 650,
}
# "False" or "0" switches it off (then RetryMiddleware retries at once, as Scrapy does).
POLITE_BACKOFF_ENABLED = os.environ.get("PROCUREMENT_ARCHIVE_POLITE_BACKOFF", "True")
# Longest Retry-After honoured, in seconds; a longer one is capped to it.
RETRY_AFTER_MAX = os.environ.get("PROCUREMENT_ARCHIVE_RETRY_AFTER_MAX", "600")
# After BACKOFF_AFTER consecutive failures (5xx, 429, download errors), pause the site
# BACKOFF_BASE s, doubling per further failure up to BACKOFF_MAX s; after BACKOFF_GIVE_UP
# consecutive failures close the spider as "site_failing" (0 = never).
BACKOFF_BASE = os.environ.get("PROCUREMENT_ARCHIVE_BACKOFF_BASE", "5")
BACKOFF_MAX = os.environ.get("PROCUREMENT_ARCHIVE_BACKOFF_MAX", "300")
BACKOFF_AFTER = os.environ.get("PROCUREMENT_ARCHIVE_BACKOFF_AFTER", "2")
BACKOFF_GIVE_UP = os.environ.get("PROCUREMENT_ARCHIVE_BACKOFF_GIVE_UP", "8")

# --- pipelines: extract the facts, then store them ------------------------------
ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.ExtractPipeline": 300,
    "pipelines.scrapy_pipelines.StoragePipeline": 800,
}
LOG_FORMATTER = "pipelines.scrapy_pipelines.ArchiveLogFormatter"  # items logged without bodies

# --- mirrors: fetch a site from another address (tests, demo) --------------------
# A JSON object {spider name: mirror URL}; the spider argument `-a mirror=URL` overrides it.
PROCUREMENT_ARCHIVE_MIRRORS = os.environ.get("PROCUREMENT_ARCHIVE_MIRRORS", "{}")
# Write the crawl's stats as JSON to this file when a spider closes ("" = don't).
PROCUREMENT_ARCHIVE_STATS_FILE = os.environ.get("PROCUREMENT_ARCHIVE_STATS_FILE", "")
EXTENSIONS = {"scrapers.extensions.StatsFile": 500, "pipelines.scrapy_runs.RunRecorder": 510}
# Incremental crawls: skip archived articles, stop paging at them (see scrapers.incremental).
ARCHIVE_INCREMENTAL = True
ARCHIVE_INCREMENTAL_OVERLAP_DAYS = 2  # page back this far before the last complete run
# Articles that failed for a passing reason (5xx, timeout...) are tried again next run:
# at most this many per run, each until it failed in this many runs.
ARCHIVE_RETRY_FAILED = 500
ARCHIVE_RETRY_FAILED_RUNS = 10
ARCHIVE_RUN_PROGRESS_INTERVAL = 30  # seconds between crawl_runs progress updates

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("PROCUREMENT_ARCHIVE_LOG_LEVEL", "INFO")
