"""Where a profiled crawl spends its time, per page: spider, extraction, storage, Scrapy.

`split_profile(path, pages)` reads a cProfile dump of a full crawl (see bench_crawl.py
--profile) and returns lines of cumulative time per article page for the entry points
below (the project's functions are found by importing them, so line numbers never go
stale), the rest of the run (Scrapy, Twisted, asyncio, start-up) and the functions with
the most self time.
"""

from __future__ import annotations

import importlib
import pstats
from pathlib import Path

REPO = str(Path(__file__).resolve().parents[1]) + "/"
# label -> (module, qualified name) of a function whose cumulative time the label shows
ENTRY_POINTS = {
    "spider: parse_article (xpaths, item)": ("scrapers.base", "ArchiveSpider.parse_article"),
    "spider: parse_sitemap": ("scrapers.wordpress", "WordPressSpider.parse_sitemap"),
    "extraction: ExtractPipeline total": (
        "pipelines.scrapy_pipelines",
        "ExtractPipeline.process_item",
    ),
    "  page parsing (parse_document)": ("pipelines.page", "parse_document"),
    "  facts (extract_facts)": ("pipelines.facts", "extract_facts"),
    "storage: StoragePipeline total": (
        "pipelines.scrapy_pipelines",
        "StoragePipeline.process_item",
    ),
    "  save_page (raw page row)": ("pipelines.storage_write", "save_page"),
    "  save_article (article, orgs, FTS)": ("pipelines.storage_write", "save_article"),
    "  link_organizations": ("pipelines.storage_orgs", "link_organizations"),
    "archive open (schema)": ("pipelines.storage", "open_archive"),
}
# label -> name of a C function (sqlite3) whose cumulative time the label shows
BUILTINS = {
    "  sqlite3 execute (SQL, FTS triggers, COMMIT)": (
        "<method 'execute' of 'sqlite3.Connection' objects>"
    ),
}


def code_key(module: str, qualname: str) -> tuple[str, int, str] | None:
    """The (file, first line, name) pstats uses for a function, or None if it is gone."""
    target = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    code = getattr(target, "__code__", None)
    if code is None:
        return None
    return (code.co_filename, code.co_firstlineno, code.co_name)


def cumulative(stats: pstats.Stats, key: tuple[str, int, str] | None) -> float:
    """The cumulative seconds of `key` in `stats` (0 when it was never called)."""
    entry = stats.stats.get(key) if key else None  # type: ignore[attr-defined]
    return entry[3] if entry else 0.0


def builtin_cumulative(stats: pstats.Stats, name: str) -> float:
    """Cumulative seconds of a C function, summed over every place it is listed."""
    table = stats.stats  # type: ignore[attr-defined]
    return sum(entry[3] for key, entry in table.items() if key[2] == name)


def split_profile(path: Path, pages: int) -> list[str]:
    """Report lines: ms per page and share of the run for each entry point, and top functions."""
    stats = pstats.Stats(str(path))
    total = stats.total_tt  # type: ignore[attr-defined]
    per_page = max(pages, 1)
    lines = [
        f"profile: {total:.1f} s in all, {pages} article pages, "
        f"{1000 * total / per_page:.2f} ms/page (cProfile slows Python code: shares matter "
        "more than absolute times)"
    ]
    covered = 0.0
    for label, (module, qualname) in ENTRY_POINTS.items():
        seconds = cumulative(stats, code_key(module, qualname))
        if not label.startswith(" ") and label != "archive open (schema)":
            covered += seconds
        lines.append(row(label, seconds, total, per_page))
        if label.startswith("storage: "):
            lines += [row(name, builtin_cumulative(stats, c), total, per_page)
                      for name, c in BUILTINS.items()]  # fmt: skip
    lines.append(row("rest: Scrapy, Twisted, asyncio, start-up", total - covered, total, per_page))
    lines.append("top self time:")
    ranked = sorted(stats.stats.items(), key=lambda item: item[1][2], reverse=True)  # type: ignore[attr-defined]
    for (file, line, name), entry in ranked[:15]:
        where = f"{shorten(file)}:{line}({name})" if line else name
        lines.append(f"  {1000 * entry[2] / per_page:7.3f} ms/page  {where}")
    return lines


def row(label: str, seconds: float, total: float, pages: int) -> str:
    """One line: label, ms per page, share of the whole run."""
    share = 100 * seconds / total if total else 0.0
    return f"  {label:<42} {1000 * seconds / pages:8.3f} ms/page  {share:5.1f} %"


def shorten(file: str) -> str:
    """A file name from site-packages or the repository, without the long prefix."""
    for marker in ("site-packages/", REPO, "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file
