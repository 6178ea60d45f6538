"""`procurement-archive crawl`: run the spiders into the archive, in-process, and summarize.

`run_crawl` is the reusable part (the demo uses it too); it runs Scrapy's CrawlerProcess
with the project settings (scrapers.settings) and returns a `CrawlSummary` built from the
crawl stats. A process can run it once: Twisted's reactor cannot be restarted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader

from pipelines.errors import ArchiveError, CrawlError, InputError

# Summary counters and the crawl-stats key each one sums over all spiders.
COUNTERS = {
    "fetched": "downloader/response_count",
    "robots_fetched": "robotstxt/response_count",
    "download_errors": "downloader/exception_count",
    "ignored": "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest",
    "pages": "archive/pages",
    "new": "archive/new",
    "updated": "archive/updated",
    "unchanged": "archive/unchanged",
    "extract_errors": "archive/extract_errors",
    "storage_errors": "archive/storage_errors",
    "dropped": "item_dropped_count",
}
# Summary counters that sum every crawl-stats key starting with a prefix.
PREFIX_COUNTERS = {"site_errors": "procurement_archive/errors/"}


@dataclass
class CrawlSummary:
    """What a crawl did, from the Scrapy stats of every spider it ran."""

    spiders: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    spider_errors: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.failures)

    def count(self, name: str) -> int:
        return self.counts.get(name, 0)

    def format(self) -> str:
        """A short block for people and cron mail."""
        fetched = self.count("fetched") - self.count("robots_fetched")
        download_errors = self.count("download_errors") - self.count("ignored")
        lines = [
            f"crawl {'FAILED' if self.failed else 'ok'}: {', '.join(self.spiders)}",
            f"  pages fetched:    {fetched} ({download_errors} download errors, "
            f"{self.count('ignored')} not fetched by rule, e.g. robots.txt)",
            f"  article pages:    {self.count('pages')}",
            f"  new articles:     {self.count('new')}",
            f"  updated articles: {self.count('updated')}",
            f"  unchanged:        {self.count('unchanged')}",
            f"  dropped:          {self.count('dropped')}",
            f"  errors:           {self.count('extract_errors')} extraction, "
            f"{self.count('storage_errors')} storage, {self.spider_errors} spider, "
            f"{self.count('site_errors')} site pages",
        ]
        lines += [f"  failure: {reason}" for reason in self.failures]
        return "\n".join(lines)


def parse_since(value: str | None) -> str | None:
    """A --since value as YYYY-MM-DD; InputError if it is not a real date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"--since {value!r}: expected a date as YYYY-MM-DD") from None


def crawl_settings(db_path: str | None, overrides: dict | None = None) -> Settings:
    """The project settings (scrapers.settings) with the archive path and overrides."""
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    if db_path:
        settings.set("ARCHIVE_DB", str(db_path), priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def run_crawl(
    spider_names: list[str] | None,
    db_path: str | None,
    since: str | None = None,
    mirrors: dict[str, str] | None = None,
    settings_overrides: dict | None = None,
) -> CrawlSummary:
    """Run the named spiders (all when none) into the archive; blocks until they end."""
    since = parse_since(since)
    settings = crawl_settings(db_path, settings_overrides)
    known = _known_spiders(settings)
    names = _checked_spiders(spider_names, known, mirrors or {})
    process = CrawlerProcess(settings)
    summary = CrawlSummary(spiders=names)
    crawlers = {}
    for name in names:
        crawler = process.create_crawler(name)
        crawlers[name] = crawler
        deferred = process.crawl(crawler, **_spider_args(name, since, mirrors or {}))
        deferred.addErrback(_record_failure, summary, name)
    process.start()
    for name, crawler in crawlers.items():
        _add_stats(summary, name, crawler.stats.get_stats() if crawler.stats else {}, since)
    return summary


def _known_spiders(settings: Settings) -> list[str]:
    """The names of the spiders in SPIDER_MODULES; CrawlError if they cannot be loaded."""
    try:
        return get_spider_loader(settings).list()
    except (ImportError, SyntaxError) as exc:
        modules = ", ".join(settings.getlist("SPIDER_MODULES"))
        raise CrawlError(f"cannot load the spiders of {modules}: {exc}") from None


def _checked_spiders(requested: list[str] | None, known: list[str], mirrors: dict) -> list[str]:
    """The spiders to run; CrawlError naming an unknown spider and listing the known ones."""
    available = ", ".join(sorted(known)) or "none"
    if not known:
        raise CrawlError("no spiders are installed (scrapers.spiders is empty)")
    for name in [*(requested or []), *mirrors]:
        if name not in known:
            raise CrawlError(f"unknown spider {name!r}; available: {available}")
    return list(dict.fromkeys(requested)) if requested else sorted(known)


def _spider_args(name: str, since: str | None, mirrors: dict[str, str]) -> dict[str, str]:
    """Spider arguments: since=YYYY-MM-DD and mirror=URL when given."""
    args = {}
    if since:
        args["since"] = since
    if name in mirrors:
        args["mirror"] = mirrors[name]
    return args


def _record_failure(failure, summary: CrawlSummary, name: str) -> None:
    """Errback: a crawl that could not run (e.g. the archive could not be opened)."""
    summary.failures.append(f"{name}: {failure.getErrorMessage()}")


def _add_stats(summary: CrawlSummary, name: str, stats: dict, since: str | None) -> None:
    """Add one spider's stats to SUMMARY and note why it failed, if it did."""
    for counter, key in COUNTERS.items():
        summary.counts[counter] = summary.count(counter) + int(stats.get(key, 0))
    for counter, prefix in PREFIX_COUNTERS.items():
        found = sum(int(v) for k, v in stats.items() if k.startswith(prefix))
        summary.counts[counter] = summary.count(counter) + found
    spider_errors = int(stats.get("spider_exceptions/count", 0))
    summary.spider_errors += spider_errors
    reason = stats.get("finish_reason")
    fetched = stats.get(COUNTERS["fetched"], 0) - stats.get(COUNTERS["robots_fetched"], 0)
    if reason is not None and reason != "finished":
        summary.failures.append(f"{name}: finished with {reason!r}")
    if spider_errors:
        summary.failures.append(f"{name}: {spider_errors} spider errors (see the log)")
    if stats.get(COUNTERS["storage_errors"]):
        summary.failures.append(f"{name}: pages could not be archived (see the log)")
    if reason is not None and fetched <= 0:
        summary.failures.append(f"{name}: no pages fetched at all")
    elif reason is not None and not stats.get(COUNTERS["pages"]) and not since:
        summary.failures.append(f"{name}: pages fetched but no article pages found")


def parse_pairs(values: list[str] | None, option: str) -> dict[str, str]:
    """NAME=VALUE command-line pairs as a dict; InputError naming a malformed one."""
    pairs = {}
    for value in values or []:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip() or not rest.strip():
            raise InputError(f"{option} {value!r}: expected NAME=VALUE")
        pairs[name.strip()] = rest.strip()
    return pairs


def parse_mirrors(values: list[str] | None) -> dict[str, str]:
    """--mirror SPIDER=URL pairs; the URL must be http(s)."""
    mirrors = parse_pairs(values, "--mirror")
    for name, url in mirrors.items():
        if not url.startswith(("http://", "https://")):
            raise InputError(f"--mirror {name}={url}: the mirror must be an http(s) URL")
    return mirrors


def main(args) -> int:
    """Run the crawl, print the summary; 0 if it went well, 1 if it failed, 2 if unusable."""
    try:
        summary = run_crawl(
            args.spiders,
            args.db,
            since=args.since,
            mirrors=parse_mirrors(args.mirror),
            settings_overrides=parse_pairs(args.set, "--set"),
        )
    except ArchiveError as exc:
        print(f"procurement-archive crawl: error: {exc}", file=sys.stderr)
        return 2
    print(summary.format())
    return 1 if summary.failed else 0
