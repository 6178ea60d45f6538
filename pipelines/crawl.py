"""`procurement-archive crawl`: run the spiders into the archive, in-process, and summarize.

`run_crawl` is the reusable part (the demo uses it too); it takes the archive's crawl lock
(`pipelines.crawl_lock`), marks runs a killed crawl left ``running`` as ``interrupted``,
runs Scrapy's CrawlerProcess with the project settings (scrapers.settings) and returns a
`CrawlSummary` built from the crawl stats. A process can run it once: Twisted's reactor
cannot be restarted.

Exit status of the command: 0 the crawl went well; 1 it ran but failed (a site could not
be crawled, pages could not be archived, a spider crashed); 2 bad arguments or an unusable
archive; 75 (EX_TEMPFAIL) another crawl holds the archive's lock, nothing was done.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader

from pipelines.crawl_lock import CrawlLock, CrawlLocked
from pipelines.crawl_stats import spider_counts, spider_failures
from pipelines.errors import ArchiveError, CrawlError, InputError
from pipelines.storage import close_archive, open_archive
from pipelines.storage_runs import interrupt_stale_runs

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE, EXIT_LOCKED = 0, 1, 2, 75


@dataclass
class CrawlSummary:
    """What a crawl did, from the Scrapy stats of every spider it ran."""

    spiders: list[str]
    counts: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    interrupted_runs: int = 0

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
            f"  not modified:     {self.count('not_modified')} (answered 304)",
            f"  already archived: {self.count('skipped_archived')} (not fetched again)",
            f"  dropped:          {self.count('dropped')}",
            f"  errors:           {self.count('extract_errors')} extraction, "
            f"{self.count('no_article')} without article, "
            f"{self.count('storage_errors')} storage, {self.count('spider_errors')} spider, "
            f"{self.count('site_errors')} site pages",
        ]
        if self.interrupted_runs:
            lines.append(f"  earlier runs found killed: {self.interrupted_runs}")
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
    refresh: bool = False,
) -> CrawlSummary:
    """Run the named spiders (all when none) into the archive; blocks until they end.

    CrawlLocked when another crawl holds the archive's lock."""
    since = parse_since(since)
    settings = crawl_settings(db_path, settings_overrides)
    known = _known_spiders(settings)
    names = _checked_spiders(spider_names, known, mirrors or {})
    summary = CrawlSummary(spiders=names)
    with CrawlLock(settings.get("ARCHIVE_DB")):
        summary.interrupted_runs = _prepare_archive(settings.get("ARCHIVE_DB"))
        process = CrawlerProcess(settings)
        crawlers = {}
        for name in names:
            crawler = process.create_crawler(name)
            crawlers[name] = crawler
            arguments = _spider_args(name, since, mirrors or {}, refresh)
            deferred = process.crawl(crawler, **arguments)
            deferred.addErrback(_record_failure, summary, name)
        process.start()
    for name, crawler in crawlers.items():
        _add_stats(summary, name, crawler.stats.get_stats() if crawler.stats else {}, since)
    return summary


def _prepare_archive(db_path: str) -> int:
    """Open the archive (StorageError if it cannot be: exit 2 before any request), bring its
    shape up to date and mark runs a killed crawl left running as interrupted (we hold the
    lock: none runs). Returns how many were."""
    db = open_archive(db_path)
    try:
        return interrupt_stale_runs(db)
    finally:
        close_archive(db)


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


def _spider_args(
    name: str, since: str | None, mirrors: dict[str, str], refresh: bool = False
) -> dict[str, str]:
    """Spider arguments: since=YYYY-MM-DD, mirror=URL and refresh=1 when given."""
    args = {}
    if since:
        args["since"] = since
    if name in mirrors:
        args["mirror"] = mirrors[name]
    if refresh:
        args["refresh"] = "1"
    return args


def _record_failure(failure, summary: CrawlSummary, name: str) -> None:
    """Errback: a crawl that could not run (e.g. the archive could not be opened)."""
    summary.failures.append(f"{name}: {failure.getErrorMessage()}")


def _add_stats(summary: CrawlSummary, name: str, stats: dict, since: str | None) -> None:
    """Add one spider's stats to SUMMARY and note why it failed, if it did."""
    summary.counts.update(spider_counts(stats))
    summary.counts["spider_errors"] += int(stats.get("spider_exceptions/count", 0))
    summary.failures.extend(spider_failures(name, stats, windowed=bool(since)))


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
    """Run the crawl, print the summary; the exit status is documented above."""
    try:
        overrides = _log_settings(args, parse_pairs(args.set, "--set"))
        summary = run_crawl(
            args.spiders,
            args.db,
            since=args.since,
            mirrors=parse_mirrors(args.mirror),
            settings_overrides=overrides,
            refresh=args.refresh,
        )
    except CrawlLocked as exc:
        print(f"procurement-archive crawl: not started: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except ArchiveError as exc:
        print(f"procurement-archive crawl: error: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if summary.failed or not args.quiet:
        print(summary.format())
    _log_summary(args.log_file, summary)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _log_settings(args, overrides: dict) -> dict:
    """The log settings of --log-file (checked writable: InputError) and --quiet (no log on
    stderr unless a --set LOG_LEVEL says otherwise)."""
    if args.log_file:
        try:
            with open(args.log_file, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            raise InputError(f"--log-file {args.log_file}: cannot write ({exc.strerror})") from None
        overrides |= {"LOG_FILE": args.log_file, "LOG_FILE_APPEND": True}
    elif args.quiet:
        overrides.setdefault("LOG_LEVEL", "CRITICAL")
    return overrides


def _log_summary(log_file: str | None, summary: CrawlSummary) -> None:
    """Append the summary to the log file too, so a cron job's log tells the whole story."""
    if not log_file:
        return
    with open(log_file, "a", encoding="utf-8") as handle:
        handle.write(summary.format() + "\n")
