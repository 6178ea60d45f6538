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
    for reason in ("no_article", "extract_errors", "storage_errors"):
        if stats.get(f"archive/{reason}"):
            reasons[reason] = int(stats[f"archive/{reason}"])
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
    if reason is not None and reason != "finished":
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
    return failures
