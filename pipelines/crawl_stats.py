"""What a spider's crawl stats say: its counts, its errors by reason, and whether it failed.

One place decides these, for the summary the `crawl` command prints and for the
`crawl_runs` row the archive keeps (`pipelines.scrapy_runs`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

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
    "not_modified": "archive/not_modified",
    "skipped_archived": "procurement_archive/skipped/archived",
    "no_article": "archive/no_article",
    "extract_errors": "archive/extract_errors",
    "storage_errors": "archive/storage_errors",
    "dropped": "item_dropped_count",
}
SITE_ERRORS = "procurement_archive/errors/"
# pipeline counters of failed pages -> the reason crawl_failures records for them
ARCHIVE_REASONS = {
    "no_article": "no_article_found",
    "extract_errors": "extract_error",
    "storage_errors": "storage_error",
}
# A crawl in which more than this share of its article pages gave no article, or of its
# pages could not be fetched, failed (the layout changed, the site is broken): cron says so.
FAILING_SHARE = 0.5
MIN_PAGES_FOR_SHARE = 4
# Skips that show the spider found its pages and left them alone on purpose.
DELIBERATE_SKIPS = ("archived", "too_old", "too_old_on_listing", "unchanged_sitemap")


def spider_counts(stats: Mapping) -> Counter:
    """The summary counters of one spider's stats (site_errors: fetch and markup errors)."""
    counts = Counter({name: int(stats.get(key, 0) or 0) for name, key in COUNTERS.items()})
    counts["site_errors"] = sum(
        int(value) for key, value in stats.items() if key.startswith(SITE_ERRORS)
    )
    return counts


def errors_by_reason(stats: Mapping) -> Counter:
    """Pages that failed, by reason: fetch and markup errors, extraction and storage."""
    reasons = Counter(
        {
            key[len(SITE_ERRORS) :]: int(value)
            for key, value in stats.items()
            if key.startswith(SITE_ERRORS)
        }
    )
    for counter, reason in ARCHIVE_REASONS.items():
        if stats.get(f"archive/{counter}"):
            reasons[reason] = int(stats[f"archive/{counter}"])
    return reasons


def pages_fetched(stats: Mapping) -> int:
    """Responses received, robots.txt not counted."""
    return int(stats.get(COUNTERS["fetched"], 0) or 0) - int(
        stats.get(COUNTERS["robots_fetched"], 0) or 0
    )


def spider_failures(name: str, stats: Mapping, windowed: bool = False) -> list[str]:
    """Why one spider's crawl failed (empty when it went well).

    WINDOWED: the crawl was limited to a date window (`since`), so finding no article
    pages is no failure. Neither is it when every article found was already archived.
    """
    failures = []
    reason = stats.get("finish_reason")
    spider_errors = int(stats.get("spider_exceptions/count", 0) or 0)
    if reason == "shutdown":
        failures.append(f"{name}: interrupted (SIGTERM or Ctrl-C) before it finished")
    elif reason is not None and reason != "finished":
        failures.append(f"{name}: finished with {reason!r}")
    if spider_errors:
        failures.append(f"{name}: {spider_errors} spider errors (see the log)")
    if stats.get(COUNTERS["storage_errors"]):
        failures.append(f"{name}: pages could not be archived (see the log)")
    deliberate = any(stats.get(f"procurement_archive/skipped/{skip}") for skip in DELIBERATE_SKIPS)
    found = stats.get(COUNTERS["pages"]) or stats.get("procurement_archive/pages/not_modified")
    if reason is not None and pages_fetched(stats) <= 0:
        failures.append(f"{name}: no pages fetched at all")
    elif reason is not None and not found and not (windowed or deliberate):
        failures.append(f"{name}: pages fetched but no article pages found")
    failures.extend(_mostly_failing(name, stats))
    return failures


def _mostly_failing(name: str, stats: Mapping) -> list[str]:
    """Failures of a crawl whose pages mostly gave no article or could not be fetched."""
    failures = []
    articles = int(stats.get(COUNTERS["pages"], 0) or 0)
    no_article = int(stats.get("archive/no_article", 0) or 0)
    if articles >= MIN_PAGES_FOR_SHARE and no_article > FAILING_SHARE * articles:
        failures.append(
            f"{name}: {no_article} of {articles} article pages held no article "
            "(has the site's layout changed?)"
        )
    # pages already broken in earlier runs, tried again, say nothing new about the site
    errors = sum(int(v) for k, v in stats.items() if k.startswith(SITE_ERRORS)) - int(
        stats.get("procurement_archive/known_broken_errors", 0) or 0
    )
    attempted = errors + pages_fetched(stats)
    if attempted >= MIN_PAGES_FOR_SHARE and errors > FAILING_SHARE * attempted:
        failures.append(f"{name}: {errors} of {attempted} pages could not be fetched or read")
    return failures
