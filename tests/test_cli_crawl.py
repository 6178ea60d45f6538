"""`procurement-archive crawl` end to end: the real Scrapy engine, the project's pipelines
and a real SQLite archive, against a loopback HTTP server (scrapers.mirror) serving a small
site written here. Each crawl runs in a subprocess (Twisted's reactor runs once per process).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrapers.mirror import serve_site

REPO = Path(__file__).resolve().parents[1]
SPIDER_SETTINGS = ["--set", "SPIDER_MODULES=tests.test_cli_loopback_spider"]
# quiet, and short politeness pauses (the tests of scrapers.politeness use their own)
QUIET = ["--set", "LOG_LEVEL=WARNING", "--set", "BACKOFF_BASE=0.05"]

STORIES = {
    "harbour-dredging": (
        "Harbour authority awards dredging contract",
        "Port of Eastwick has awarded Deepwater Works Ltd a four-year dredging contract "
        "worth 12 million euros.",
    ),
    "school-meals": (
        "Kommunen upphandlar skolmåltider",
        "Norrby kommun har tecknat avtal med Matlaget AB om skolmat i tre år.",
    ),
    "snow-clearing": (
        "Snow clearing tender opens",
        "The city invites bids for snow clearing on municipal roads for five winters.",
    ),
}


# when each story was published (stories not listed here carry no date)
PUBLISHED = {
    "harbour-dredging": "2024-02-12",
    "school-meals": "2024-05-20",
    "snow-clearing": "2024-09-03",
}


def article_html(title: str, text: str, published: str = "") -> str:
    dated = f'<time datetime="{published}">{published}</time>' if published else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><nav>Home | News</nav><article><h1>{title}</h1>{dated}<p>{text}</p>"
        "</article><footer>Contact the newsroom</footer></body></html>"
    )


def write_site(root: Path, stories: dict[str, tuple[str, str]]) -> Path:
    """A small news site: /news/ lists the stories, /news/<slug>/ is each article."""
    links = "".join(
        f'<li><a class="story" href="/news/{slug}/">{t}</a></li>'
        for slug, (t, _) in stories.items()
    )
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "news" / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>")
    for slug, (title, text) in stories.items():
        (root / "news" / slug).mkdir(exist_ok=True)
        page = article_html(title, text, PUBLISHED.get(slug, ""))
        (root / "news" / slug / "index.html").write_text(page)
    return root


def crawl_command(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "crawl", "--db", str(db), *QUIET, *extra]


def run_crawl_cli(db: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        crawl_command(db, *extra), cwd=REPO, capture_output=True, text=True, timeout=300
    )


def articles(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {r["url"]: dict(r) for r in conn.execute("select * from articles")}


@pytest.fixture
def site(tmp_path):
    with serve_site(write_site(tmp_path / "site", STORIES)) as mirror:
        yield mirror


def test_crawl_archives_every_article_and_summarizes(site, tmp_path):
    db = tmp_path / "archive.db"
    done = run_crawl_cli(db, "loopback", "--mirror", f"loopback={site.base_url}", *SPIDER_SETTINGS)
    assert done.returncode == 0, done.stderr
    assert "crawl ok: loopback" in done.stdout
    assert "new articles:     3" in done.stdout and "pages fetched:    4" in done.stdout
    found = articles(db)
    assert set(found) == {f"https://loopback-news.example/news/{s}/" for s in STORIES}
    dredging = found["https://loopback-news.example/news/harbour-dredging/"]
    assert "Deepwater Works Ltd" in dredging["body"] and dredging["source"] == "loopback"


def test_crawling_twice_changes_nothing(site, tmp_path):
    db = tmp_path / "archive.db"
    args = ["loopback", "--mirror", f"loopback={site.base_url}", *SPIDER_SETTINGS]
    assert run_crawl_cli(db, *args).returncode == 0
    first = articles(db)
    again = run_crawl_cli(db, *args)
    assert again.returncode == 0, again.stderr
    assert "new articles:     0" in again.stdout and "unchanged:        3" in again.stdout
    second = articles(db)
    assert set(second) == set(first)
    for url, row in second.items():
        assert row["first_seen"] == first[url]["first_seen"]
        assert row["extracted_at"] == first[url]["extracted_at"]
        assert row["content_hash"] == first[url]["content_hash"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from pages").fetchone() == (3,)


def test_unknown_spider_is_refused_with_the_known_names(tmp_path):
    done = run_crawl_cli(tmp_path / "a.db", "nosuchsite", *SPIDER_SETTINGS)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "procurement-archive crawl: error: unknown spider 'nosuchsite'; available: loopback"
    )


def test_bad_since_date_is_refused(tmp_path):
    done = run_crawl_cli(tmp_path / "a.db", "loopback", "--since", "2024-13-45", *SPIDER_SETTINGS)
    assert done.returncode == 2 and "--since '2024-13-45'" in done.stderr
    assert not (tmp_path / "a.db").exists()


def test_bad_mirror_is_refused(tmp_path):
    done = run_crawl_cli(tmp_path / "a.db", "--mirror", "loopback=ftp://x", *SPIDER_SETTINGS)
    assert done.returncode == 2 and "http(s) URL" in done.stderr


def test_unreachable_site_fails_the_crawl(tmp_path):
    with serve_site(write_site(tmp_path / "site", STORIES)) as mirror:
        gone = mirror.base_url  # the port is closed once the block ends
    done = run_crawl_cli(
        tmp_path / "a.db", "loopback", "--mirror", f"loopback={gone}", *SPIDER_SETTINGS
    )
    assert done.returncode == 1
    assert "crawl FAILED" in done.stdout and "no pages fetched at all" in done.stdout


def test_spider_error_fails_the_crawl_but_keeps_what_was_archived(tmp_path):
    broken = dict(STORIES) | {"zz-broken": ("Broken page", "EXPLODE in the parser")}
    with serve_site(write_site(tmp_path / "site", broken)) as mirror:
        done = run_crawl_cli(
            tmp_path / "a.db",
            "loopback",
            "--mirror",
            f"loopback={mirror.base_url}",
            *SPIDER_SETTINGS,
        )
    assert done.returncode == 1 and "1 spider" in done.stdout
    assert len(articles(tmp_path / "a.db")) == 3


@pytest.mark.parametrize(
    ("where", "extra", "message"),
    [
        ("dir", [], "is a directory"),
        ("garbage", [], "cannot open as an archive"),
        ("proc", [], "cannot create the crawl lock"),
        ("ok", ["--log-file", "{tmp}/no/such/dir/crawl.log"], "--log-file"),
    ],
)
def test_unusable_archive_or_log_is_exit_2_before_any_request(
    site, tmp_path, where, extra, message
):
    db = {
        "dir": tmp_path,
        "garbage": tmp_path / "garbage.db",
        "proc": Path("/proc/no-such-dir/a.db"),
        "ok": tmp_path / "a.db",
    }[where]
    (tmp_path / "garbage.db").write_bytes(b"this is not SQLite " * 100)
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in extra]
    done = run_crawl_cli(
        db, "loopback", "--mirror", f"loopback={site.base_url}", *SPIDER_SETTINGS, *args
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert site.requests == []  # nothing was fetched


def test_killed_crawl_keeps_every_archived_article(tmp_path):
    db = tmp_path / "archive.db"
    with serve_site(write_site(tmp_path / "site", STORIES)) as mirror:
        mirror.stall("/news/snow-clearing/", 600)  # the third article never comes
        command = crawl_command(
            db, "loopback", "--mirror", f"loopback={mirror.base_url}", *SPIDER_SETTINGS
        )
        archived = kill_when_archived(command, db, 2)
    assert archived == 2
    assert len(articles(db)) == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)


def kill_when_archived(command: list[str], db: Path, wanted: int) -> int:
    """Run the crawl COMMAND, SIGKILL it once the archive holds WANTED articles (or it ends);
    returns how many it held then."""
    child = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        return wait_for_articles(db, wanted, child)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()


def wait_for_articles(db: Path, wanted: int, child: subprocess.Popen) -> int:
    """Poll the archive until it holds WANTED articles (or the crawler ends, or 2 minutes)."""
    deadline = time.monotonic() + 120
    count = 0
    while time.monotonic() < deadline and child.poll() is None:
        try:
            with sqlite3.connect(db) as conn:
                count = conn.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.OperationalError:
            count = 0  # not created yet
        if count >= wanted:
            return count
        time.sleep(0.2)
    return count


def test_spiders_that_cannot_load_are_a_clear_error(tmp_path):
    done = run_crawl_cli(tmp_path / "a.db", "--set", "SPIDER_MODULES=tests.no_such_spiders")
    assert done.returncode == 2
    assert "cannot load the spiders of tests.no_such_spiders" in done.stderr
    assert "Traceback" not in done.stderr


def test_page_without_article_is_kept_recorded_and_logged_without_its_body(tmp_path):
    root = write_site(tmp_path / "site", STORIES)
    (root / "news" / "zz-empty").mkdir()
    (root / "news" / "zz-empty" / "index.html").write_text(
        "<html><head><title></title></head><body><nav></nav><!-- SECRET-MARKUP --></body></html>"
    )
    (root / "news" / "index.html").write_text(
        (root / "news" / "index.html")
        .read_text()
        .replace("</ul>", '<li><a class="story" href="/news/zz-empty/">Empty</a></li></ul>')
    )
    with serve_site(root) as mirror:
        done = run_crawl_cli(
            tmp_path / "a.db",
            "loopback",
            "--mirror",
            f"loopback={mirror.base_url}",
            *SPIDER_SETTINGS,
        )
    assert done.returncode == 0, done.stderr
    assert "1 without article" in done.stdout and "new articles:     3" in done.stdout
    assert "no article found" in done.stderr
    assert "SECRET-MARKUP" not in done.stderr
    empty = "https://loopback-news.example/news/zz-empty/"
    with sqlite3.connect(tmp_path / "a.db") as conn:
        # the raw page is kept for re-extraction, the failure recorded with its reason
        assert conn.execute("select extract_error from pages where url = ?", [empty]).fetchone()
        failure = conn.execute(
            "select reason, failures from crawl_failures where url = ?", [empty]
        ).fetchone()
        assert conn.execute("select count(*) from articles where url = ?", [empty]).fetchone() == (
            0,
        )
    assert failure == ("no_article_found", 1)


def test_since_reaches_the_spiders_and_an_empty_window_is_no_failure(site, tmp_path):
    db = tmp_path / "a.db"
    mirror = ["--mirror", f"loopback={site.base_url}", *SPIDER_SETTINGS]
    recent = run_crawl_cli(db, "loopback", "--since", "2024-05-01", *mirror)
    assert recent.returncode == 0, recent.stderr
    assert set(articles(db)) == {
        "https://loopback-news.example/news/school-meals/",
        "https://loopback-news.example/news/snow-clearing/",
    }
    future = run_crawl_cli(db, "loopback", "--since", "2099-01-01", *mirror)
    assert future.returncode == 0, future.stdout
    assert "crawl ok" in future.stdout and "article pages:    0" in future.stdout
