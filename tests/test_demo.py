"""`procurement-archive demo --no-serve` end to end: the bundled snapshot served on loopback
by scrapers.mirror, crawled by the real spiders and pipelines into a real archive, which a
real Datasette then serves."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.serve import build_datasette

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = REPO / "data" / "snapshot"

pytestmark = pytest.mark.skipif(
    not (REPO / "scrapers" / "mirror.py").is_file() or not SNAPSHOT.is_dir(),
    reason="the demo needs scrapers/mirror.py and the bundled snapshot in data/snapshot/",
)


def run_demo(db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "demo", "--no-serve", "--db", str(db)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "archive.db"
    done = run_demo(db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "crawl ok" in done.stdout and f"archive ready at {db}" in done.stdout
    return db


def test_demo_archives_every_snapshot_site_under_real_urls(demo_db):
    with sqlite3.connect(demo_db) as conn:
        sources = {row[0] for row in conn.execute("select distinct source from articles")}
        urls = [row[0] for row in conn.execute("select url from articles")]
        pages = conn.execute("select count(*) from pages").fetchone()[0]
    sites = {p.name for p in SNAPSHOT.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert len(sources) == len(sites)
    assert urls and all(url.startswith("https://") for url in urls)
    assert not any("127.0.0.1" in url for url in urls)
    assert pages >= len(urls)


def test_demo_archive_has_contracts_to_browse(demo_db):
    ds = build_datasette(demo_db)
    response = asyncio.run(ds.client.get("/archive/largest_contracts.json?_shape=array&currency="))
    assert response.status_code == 200
    largest = response.json()
    assert largest and largest[0]["value_amount"] >= largest[-1]["value_amount"]


def test_demo_run_again_changes_nothing(demo_db):
    with sqlite3.connect(demo_db) as conn:
        before = conn.execute("select url, first_seen, content_hash from articles").fetchall()
    done = run_demo(demo_db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "new articles:     0" in done.stdout and "updated articles: 0" in done.stdout
    with sqlite3.connect(demo_db) as conn:
        after = conn.execute("select url, first_seen, content_hash from articles").fetchall()
    assert sorted(after) == sorted(before)
