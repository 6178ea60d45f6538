"""`procurement-archive serve`: browse the archive in Datasette, read-only.

The archive is opened read-only but not immutable: every query's connection is opened with
SQLite's ``mode=ro``, so no query can write to it, and what a running crawl commits (new
articles, crawl_runs rows) shows up without a restart. Metadata
(titles, column descriptions, facets, full-text search, canned queries) comes from
pipelines/datasette/metadata.json.
"""

from __future__ import annotations

import asyncio
import json
import sys
from importlib import resources
from pathlib import Path

from datasette.app import Datasette
from datasette.database import Database

from pipelines.errors import ArchiveError, StorageError
from pipelines.storage import close_archive, open_archive

DATASETTE_SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "truncate_cells_html": 300,
}
DATABASE_NAME = "archive"  # the URL path (/archive) whatever the file is called


def load_metadata() -> dict:
    """The bundled Datasette metadata (a fresh copy each call)."""
    text = resources.files("pipelines").joinpath("datasette/metadata.json").read_text("utf-8")
    return json.loads(text)


def prepare_archive(db_path: str | Path) -> Path:
    """Check the archive exists, bring its shape up to date and fold in its write-ahead log."""
    path = Path(db_path)
    if not path.is_file():
        raise StorageError(f"{path}: no archive there (run crawl or demo first)")
    close_archive(open_archive(path))
    return path


def build_datasette(db_path: str | Path) -> Datasette:
    """A Datasette serving the archive at DB_PATH read-only, as /archive, with the metadata."""
    path = prepare_archive(db_path)
    datasette = Datasette([], metadata=load_metadata(), settings=DATASETTE_SETTINGS)
    archive = Database(datasette, path=str(path), is_mutable=True)
    datasette.add_database(archive, name=DATABASE_NAME)
    if "_memory" in datasette.databases:  # added when Datasette is given no files
        datasette.remove_database("_memory")
    return datasette


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the archive until interrupted."""
    import uvicorn

    datasette = build_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    print(f"serving {db_path} read-only at http://{host}:{port}/{DATABASE_NAME}", flush=True)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on")


def main(args) -> int:
    """Serve --db (default: the settings' archive); 2 with a message if it cannot."""
    from scrapers import settings

    try:
        serve(args.db or settings.ARCHIVE_DB, host=args.host, port=args.port)
    except ArchiveError as exc:
        print(f"procurement-archive serve: error: {exc}", file=sys.stderr)
        return 2
    return 0
