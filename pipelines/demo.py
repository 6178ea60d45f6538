"""`procurement-archive demo`: build an archive from the bundled snapshot and serve it.

The snapshot (data/snapshot/<host>/) is served on loopback by `scrapers.mirror`, one server
per site, and crawled by the REAL spiders and pipelines (`run_crawl` with mirrors), so the
demo exercises exactly what a production crawl does, without touching the network.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipelines.crawl import CrawlSummary, run_crawl
from pipelines.errors import ArchiveError, InputError

# A local mirror needs no politeness delays; the crawl's own summary is what a newcomer reads,
# so Scrapy logs only warnings and errors (broken pages still show, with their URLs).
DEMO_SETTINGS = {
    "LOG_LEVEL": "WARNING",
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 1,
    "DOWNLOAD_TIMEOUT": 20,
}


def project_paths() -> tuple[Path, Path]:
    """The bundled snapshot directory and the demo archive's default path."""
    from scrapers import settings

    data = Path(settings.PROJECT_ROOT) / "data"
    return data / "snapshot", data / "demo.db"


def build_demo_archive(db_path: str | Path, snapshot: str | Path) -> CrawlSummary:
    """Serve every snapshot site on loopback and crawl them all into DB_PATH."""
    from scrapers.mirror import serve_snapshot

    with serve_snapshot(snapshot) as mirrors:
        if not mirrors:
            raise InputError(f"{snapshot}: no site snapshots to crawl")
        print(f"demo: crawling {', '.join(sorted(mirrors))} from the snapshot in {snapshot}")
        return run_crawl(
            sorted(mirrors), str(db_path), mirrors=mirrors, settings_overrides=DEMO_SETTINGS
        )


def main(args) -> int:
    """Build the demo archive, print the crawl summary, then serve it (unless --no-serve)."""
    snapshot, default_db = project_paths()
    db_path = Path(args.db) if args.db else default_db
    try:
        summary = build_demo_archive(db_path, snapshot)
    except ArchiveError as exc:
        print(f"procurement-archive demo: error: {exc}", file=sys.stderr)
        return 2
    print(summary.format())
    if summary.failed:
        return 1
    print(f"demo: archive ready at {db_path}")
    if args.no_serve:
        return 0
    from pipelines.serve import serve

    try:
        serve(db_path, host=args.host, port=args.port)
    except ArchiveError as exc:
        print(f"procurement-archive demo: error: {exc}", file=sys.stderr)
        return 2
    return 0
