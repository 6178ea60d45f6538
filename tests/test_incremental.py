"""Unattended crawls over the real spiders and a loopback copy of the bundled snapshot:
incremental re-runs (only what is new or changed is fetched), conditional re-fetches,
--refresh, the crawl lock, crawl_runs, the log file, and a SIGKILLed crawl that the next
run completes without duplicates. Each crawl runs the CLI in a subprocess.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipelines.crawl_lock import CrawlLock
from scrapers.mirror import serve_site
from tests.test_cli_crawl import REPO, crawl_command, kill_when_archived, run_crawl_cli

SNAPSHOT = REPO / "data" / "snapshot"
FAST = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False"]
ARTICLE = re.compile(r"^/bransch/[\w-]+/(?!page/)[\w%.-]+/$")


def copy_site(host: str, tmp_path: Path) -> Path:
    """A writable copy of the snapshot of HOST."""
    return Path(shutil.copytree(SNAPSHOT / host, tmp_path / host))


def crawl(db: Path, spider: str, mirror_url: str, *extra: str) -> subprocess.CompletedProcess:
    return run_crawl_cli(db, spider, "--mirror", f"{spider}={mirror_url}", *FAST, *extra)


def query(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def edited_iso() -> str:
    """A lastmod for an edit made after the last crawl: a minute on, so that it is later
    than the crawl's fetch time at the second resolution both are kept in."""
    return (datetime.now(UTC) + timedelta(minutes=1)).isoformat(timespec="seconds")


def add_article(site: Path, slug: str, title: str) -> str:
    """Publish a new post on the WordPress copy: its page, its sitemap entry, a fresh
    lastmod on the post sitemap (as WordPress does). Returns its path."""
    source = site / "bransch" / "ramavtal" / "adda-tecknar-ramavtal-for-datorer" / "index.html"
    page = source.read_text(encoding="utf-8")
    page = re.sub(r"<h1([^>]*)>.*?</h1>", rf"<h1\1>{title}</h1>", page, count=1, flags=re.S)
    path = f"/bransch/ramavtal/{slug}/"
    (site / path.strip("/")).mkdir(parents=True)
    (site / path.strip("/") / "index.html").write_text(page, encoding="utf-8")
    touch_in_sitemap(site, path, new=True)
    return path


def touch_in_sitemap(site: Path, path: str, new: bool = False) -> None:
    """Give the post at PATH (adding it when NEW) and its post sitemap a lastmod of now."""
    posts = site / "wp-sitemap-posts-post-1.xml"
    loc = f"https://www.inkopsradet.se{path}"
    text = posts.read_text(encoding="utf-8")
    if new:
        entry = f"<url><loc>{loc}</loc><lastmod>{edited_iso()}</lastmod></url>"
        text = text.replace("<url>", f"{entry}\n<url>", 1)
    else:
        text = re.sub(
            rf"(<loc>{re.escape(loc)}</loc><lastmod>)[^<]*", rf"\g<1>{edited_iso()}", text
        )
    posts.write_text(text, encoding="utf-8")
    index = site / "wp-sitemap.xml"
    index.write_text(
        re.sub(
            r"(wp-sitemap-posts-post-1\.xml</loc><lastmod>)[^<]*",
            rf"\g<1>{edited_iso()}",
            index.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )


def article_requests(paths: list[str]) -> list[str]:
    return [path for path in paths if ARTICLE.match(path.split("?")[0])]


@pytest.fixture
def inkopsradet(tmp_path):
    """A served copy of the inkopsradet snapshot and an archive that already holds it."""
    site = copy_site("www.inkopsradet.se", tmp_path)
    db = tmp_path / "archive.db"
    with serve_site(site) as mirror:
        first = crawl(db, "inkopsradet", mirror.base_url)
        assert first.returncode == 0, first.stdout + first.stderr
        mirror.controls.requests.clear()
        yield site, db, mirror


def test_unchanged_site_is_not_fetched_again(inkopsradet):
    site, db, mirror = inkopsradet
    held = query(db, "select count(*) from articles")[0][0]
    done = crawl(db, "inkopsradet", mirror.base_url, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # --quiet: nothing to say (cron mails nothing)
    # the post sitemap did not change since the last complete run: not even it is read
    assert sorted(mirror.requests) == ["/robots.txt", "/wp-sitemap.xml"]
    assert query(db, "select count(*) from articles")[0][0] == held > 0


def test_second_run_fetches_only_the_new_article(inkopsradet):
    site, db, mirror = inkopsradet
    held = query(db, "select count(*) from articles")[0][0]
    new_path = add_article(site, "nytt-ramavtal-for-skrivare", "Nytt ramavtal för skrivare")
    done = crawl(db, "inkopsradet", mirror.base_url)
    assert done.returncode == 0, done.stdout
    assert article_requests(mirror.requests) == [new_path]
    assert "new articles:     1" in done.stdout
    assert f"already archived: {held} " in done.stdout
    assert query(db, "select count(*) from articles")[0][0] == held + 1


def test_article_changed_on_the_site_is_refetched_conditionally(inkopsradet):
    site, db, mirror = inkopsradet
    unchanged = "/bransch/ramavtal/kommentus-upphandlar-skolmobler/"
    edited = "/bransch/ramavtal/statens-inkopscentral-fornyar-resebyraavtal/"
    touch_in_sitemap(site, unchanged)  # lastmod moves, the page itself does not
    page = site / edited.strip("/") / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(
        re.sub(r"<h1([^>]*)>(.*?)</h1>", r"<h1\1>\2 (uppdaterad)</h1>", html, count=1),
        encoding="utf-8",
    )
    touch_in_sitemap(site, edited)
    done = crawl(db, "inkopsradet", mirror.base_url)
    assert done.returncode == 0, done.stdout
    assert sorted(article_requests(mirror.requests)) == sorted([unchanged, edited])
    assert "not modified:     1" in done.stdout and "updated articles: 1" in done.stdout
    title = query(db, "select title from articles where url like ?", f"%{edited}")[0][0]
    assert title.endswith("(uppdaterad)")


def test_refresh_refetches_every_article_and_the_site_answers_304(inkopsradet):
    site, db, mirror = inkopsradet
    held = query(db, "select count(*) from articles")[0][0]
    assert query(db, "select count(*) from pages where etag is null")[0][0] == 0
    before = now_iso()
    done = crawl(db, "inkopsradet", mirror.base_url, "--refresh")
    assert done.returncode == 0, done.stdout
    assert len(article_requests(mirror.requests)) == held
    assert f"not modified:     {held} " in done.stdout and "new articles:     0" in done.stdout
    checked = query(db, "select count(*) from pages where checked_at >= ?", before)[0][0]
    assert checked == held


def test_listing_paging_stops_where_the_archive_already_holds_everything(tmp_path):
    site = copy_site("www.vastkom.se", tmp_path)
    db = tmp_path / "archive.db"
    with serve_site(site) as mirror:
        first = crawl(db, "vastkom", mirror.base_url)
        assert first.returncode == 0, first.stdout
        assert any("page=2" in path for path in mirror.requests)
        mirror.controls.requests.clear()
        second = crawl(db, "vastkom", mirror.base_url)
    assert second.returncode == 0, second.stdout
    assert "crawl ok" in second.stdout and "new articles:     0" in second.stdout
    assert not any("page=2" in path for path in mirror.requests)
    archived = {urlsplit(url).path for (url,) in query(db, "select url from articles")}
    assert archived and not archived & {path.split("?")[0] for path in mirror.requests}


def test_a_second_crawl_while_one_runs_says_so_and_exits_75(tmp_path):
    db = tmp_path / "archive.db"
    with CrawlLock(db):
        done = run_crawl_cli(db, "inkopsradet", "--mirror", "inkopsradet=http://127.0.0.1:9")
    assert done.returncode == 75
    assert "another crawl is running" in done.stderr and f"pid {os.getpid()}" in done.stderr
    assert not db.exists()  # nothing was touched


def test_crawl_run_is_recorded_and_logged_to_a_file(inkopsradet, tmp_path):
    site, db, mirror = inkopsradet
    log = tmp_path / "logs" / "crawl.log"
    log.parent.mkdir()
    done = crawl(
        db, "inkopsradet", mirror.base_url, "--log-file", str(log), "--set", "LOG_LEVEL=INFO"
    )
    assert done.returncode == 0
    assert "Spider opened" not in done.stderr  # the log went to the file
    runs = query(
        db,
        "select spider, status, finish_reason, ended_at is not null, pages_fetched, new, "
        "skipped_archived, failed from crawl_runs order by id",
    )
    assert [run[:4] for run in runs] == [("inkopsradet", "ok", "finished", 1)] * 2
    assert runs[0][5] > 0 and runs[1][5] == 0  # the first run archived, the second had none
    logged = log.read_text(encoding="utf-8")
    assert "Spider opened" in logged and "crawl ok: inkopsradet" in logged


def test_killed_crawl_is_completed_by_the_next_run_without_duplicates(tmp_path):
    site = copy_site("www.inkopsradet.se", tmp_path)
    for number in range(12):
        add_article(site, f"avtal-nummer-{number}", f"Avtal nummer {number} tecknat")
    db, reference = tmp_path / "killed.db", tmp_path / "reference.db"
    one_at_a_time = ["--set", "CONCURRENT_REQUESTS=1"]
    with serve_site(site) as mirror:
        for path in article_requests(
            [f"/{p.relative_to(site).parent}/" for p in site.rglob("index.html")]
        ):
            mirror.stall(path, 0.4)  # slow article pages, so the kill lands mid-crawl
        command = crawl_command(
            db, "inkopsradet", "--mirror", f"inkopsradet={mirror.base_url}", *FAST, *one_at_a_time
        )
        before_kill = kill_when_archived(command, db, 5)
        mirror.controls.stalls.clear()
        resumed = crawl(db, "inkopsradet", mirror.base_url)
        uninterrupted = crawl(reference, "inkopsradet", mirror.base_url)
    assert uninterrupted.returncode == 0, uninterrupted.stdout
    assert 5 <= before_kill < 21
    assert resumed.returncode == 0, resumed.stdout
    assert "earlier runs found killed: 1" in resumed.stdout
    for table, key in (("articles", "url"), ("pages", "url"), ("article_organizations", "*")):
        rows = query(db, f"select count(*) from {table}")[0][0]
        assert rows == query(reference, f"select count(*) from {table}")[0][0], table
        if key != "*":
            assert rows == query(db, f"select count(distinct {key}) from {table}")[0][0]
    assert set(query(db, "select url from articles")) == set(
        query(reference, "select url from articles")
    )
    statuses = [row[0] for row in query(db, "select status from crawl_runs order by id")]
    assert statuses == ["interrupted", "ok"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)


def test_quiet_crawl_still_reports_a_failure(tmp_path):
    done = crawl(tmp_path / "a.db", "inkopsradet", "http://127.0.0.1:9", "--quiet")
    assert done.returncode == 1
    assert "crawl FAILED" in done.stdout and "no pages fetched at all" in done.stdout
    status = query(tmp_path / "a.db", "select status from crawl_runs")
    assert status == [("failed",)]


def test_articles_broken_in_an_earlier_run_never_stop_the_next_one(tmp_path):
    site = copy_site("www.inkopsradet.se", tmp_path)
    broken = [add_article(site, f"trasig-sida-{n}", f"Trasig sida {n}") for n in range(9)]
    db = tmp_path / "archive.db"
    no_retries = ["--set", "RETRY_TIMES=0", "--set", "BACKOFF_BASE=0.05"]
    with serve_site(site) as mirror:
        for path in broken:
            mirror.force_status(path, 500)
        first = crawl(db, "inkopsradet", mirror.base_url, *no_retries, "--set", "BACKOFF_GIVE_UP=0")
        new_path = add_article(site, "nytt-avtal-om-snorojning", "Nytt avtal om snöröjning")
        mirror.controls.requests.clear()
        # nine pages failing again in a row must not make the crawl give up on the site
        second = crawl(
            db, "inkopsradet", mirror.base_url, *no_retries, "--set", "BACKOFF_GIVE_UP=3"
        )
    assert first.returncode == 0, first.stdout
    assert second.returncode == 0, second.stdout
    assert new_path in mirror.requests and set(broken) <= set(mirror.requests)
    assert query(db, "select count(*) from articles where url like '%nytt-avtal-om-snorojning%'")
    failures = query(
        db, "select failures, resolved_at from crawl_failures where reason = 'http_500'"
    )
    assert failures == [(2, None)] * 9


def test_a_listing_that_failed_is_paged_again_by_the_next_run(tmp_path):
    site = copy_site("www.vastkom.se", tmp_path)
    db = tmp_path / "archive.db"
    with serve_site(site) as mirror:
        whole = crawl(tmp_path / "whole.db", "vastkom", mirror.base_url)
        second_page = next(path for path in mirror.requests if path.endswith("&page=2"))
        mirror.force_status(second_page, 500)
        first = crawl(db, "vastkom", mirror.base_url, "--set", "RETRY_TIMES=0")
        mirror.controls.statuses.clear()
        mirror.controls.requests.clear()
        second = crawl(db, "vastkom", mirror.base_url)
    assert whole.returncode == first.returncode == second.returncode == 0
    runs = query(db, "select status, complete from crawl_runs order by id")
    assert runs == [("ok", 0), ("ok", 1)]  # the first run missed a listing: not complete
    assert second_page in mirror.requests
    assert query(db, "select count(*) from articles") == query(
        tmp_path / "whole.db", "select count(*) from articles"
    )


def test_a_since_run_does_not_let_the_next_run_skip_older_articles(tmp_path):
    site = copy_site("upphandling24.se", tmp_path)
    db = tmp_path / "archive.db"
    with serve_site(site) as mirror:
        windowed = crawl(db, "upphandling24", mirror.base_url, "--since", "2019-01-01")
        full = crawl(db, "upphandling24", mirror.base_url)
        reference = crawl(tmp_path / "ref.db", "upphandling24", mirror.base_url)
    assert windowed.returncode == full.returncode == reference.returncode == 0
    held = query(db, "select count(*) from articles")[0][0]
    assert held == query(tmp_path / "ref.db", "select count(*) from articles")[0][0]
    assert "new articles:     0" not in full.stdout  # the older articles came in now
