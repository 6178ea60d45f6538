"""The incremental decisions and the crawl memory, over a real SQLite archive: which
article links are skipped or re-fetched conditionally, when listing paging stops, which
runs set the watermark, and how failures and runs are recorded."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from pipelines.crawl_lock import CrawlLock, CrawlLocked
from pipelines.crawl_stats import spider_failures
from pipelines.storage import close_archive, open_archive
from pipelines.storage_runs import (
    finish_run,
    interrupt_stale_runs,
    record_failure,
    resolve_failure,
    start_run,
)
from pipelines.storage_state import ArchiveState
from pipelines.storage_write import RawPage, save_article, save_page
from scrapers.incremental import Incremental

URL = "https://news.example/bransch/avtal/skolmat/"
RECORD = {"title": "Skolmat upphandlad", "body": "Kommunen har tecknat avtal om skolmat."}


@pytest.fixture
def archive(tmp_path):
    db = open_archive(tmp_path / "archive.db")
    page = RawPage(
        url=URL,
        source="news",
        body=b"<html><h1>Skolmat upphandlad</h1></html>",
        fetched_at="2026-03-10T12:00:00+00:00",
        etag='"abc123"',
        last_modified="Tue, 10 Mar 2026 11:00:00 GMT",
    )
    save_page(db, page)
    save_article(db, URL, RECORD, "news", seen_at=page.fetched_at)
    yield db, tmp_path / "archive.db"
    close_archive(db)


def completed_run(
    db, spider: str, started_at: str, status: str = "ok", complete: bool = True
) -> int:
    run_id = start_run(db, spider, {}, pid=1)
    db["crawl_runs"].update(run_id, {"started_at": started_at})
    finish_run(
        db,
        run_id,
        counts={},
        status=status,
        finish_reason="finished",
        error_summary="",
        complete=complete,
    )
    return run_id


def test_archived_article_is_skipped_unless_changed_or_refreshed(archive):
    _, path = archive
    state = ArchiveState(path)
    plain = Incremental(state, "news")
    assert plain.article(URL) == plain.article(URL, "2026-03-01T00:00:00+00:00")
    assert not plain.article(URL).fetch and plain.article(URL).archived
    changed = plain.article(URL, "2026-04-01T08:00:00+02:00")
    assert changed.fetch and changed.headers == {
        "If-None-Match": '"abc123"',
        "If-Modified-Since": "Tue, 10 Mar 2026 11:00:00 GMT",
    }
    refreshed = Incremental(state, "news", refresh=True).article(URL)
    assert refreshed.fetch and refreshed.headers["If-None-Match"] == '"abc123"'
    new = plain.article("https://news.example/bransch/avtal/ny/")
    assert new.fetch and not new.archived and new.headers == {}


def test_missing_archive_knows_nothing(tmp_path):
    incremental = Incremental(ArchiveState(tmp_path / "none.db"), "news")
    assert incremental.article(URL).fetch
    assert incremental.watermark is None
    assert not (tmp_path / "none.db").exists()  # asking never creates an archive


def test_watermark_is_the_last_ok_run_less_the_overlap(archive):
    db, path = archive
    completed_run(db, "news", "2026-03-01T06:00:00+00:00")
    completed_run(db, "news", "2026-03-20T06:00:00+00:00", status="failed")
    # ok, but over a --since window or with a listing unread: not complete
    completed_run(db, "news", "2026-03-22T06:00:00+00:00", complete=False)
    completed_run(db, "other", "2026-03-25T06:00:00+00:00")
    interrupted = start_run(db, "news", {}, pid=2)
    assert interrupt_stale_runs(db) == 1
    assert db["crawl_runs"].get(interrupted)["status"] == "interrupted"
    incremental = Incremental(ArchiveState(path), "news", overlap_days=2)
    assert incremental.watermark.isoformat() == "2026-02-27T06:00:00+00:00"
    assert Incremental(ArchiveState(path), "news", refresh=True).watermark is None


@pytest.mark.parametrize(
    ("all_archived", "dates", "stops"),
    [
        (True, [date(2026, 2, 20), date(2026, 2, 10)], True),  # archived, before watermark
        (True, [date(2026, 3, 5), date(2026, 2, 28)], False),  # reaches no further back
        (False, [date(2026, 2, 20)], False),  # something new on the page
        (True, [None, None], True),  # no dates shown: archived is enough
    ],
)
def test_listing_paging_stops_only_past_the_watermark(archive, all_archived, dates, stops):
    db, path = archive
    completed_run(db, "news", "2026-03-01T06:00:00+00:00")
    incremental = Incremental(ArchiveState(path), "news", overlap_days=2)
    assert incremental.stop_paging(all_archived, dates) is stops


def test_paging_never_stops_without_a_complete_run(archive):
    _, path = archive  # no run at all, e.g. the first run was killed
    assert not Incremental(ArchiveState(path), "news").stop_paging(True, [date(2001, 1, 1)])


def test_sub_sitemap_is_skipped_only_when_older_than_the_watermark(archive):
    db, path = archive
    completed_run(db, "news", "2026-03-01T06:00:00+00:00")
    incremental = Incremental(ArchiveState(path), "news", overlap_days=2)
    assert incremental.sitemap_unchanged("2026-02-01T00:00:00Z")
    assert not incremental.sitemap_unchanged("2026-02-28T00:00:00Z")
    assert not incremental.sitemap_unchanged(None)
    assert not incremental.sitemap_unchanged("not a date")


def test_failures_are_one_row_per_url_counted_once_per_run(archive):
    db, _ = archive
    first = start_run(db, "news", {}, pid=1)
    for _ in range(3):  # retried in the same run: still one failure
        record_failure(db, url=URL + "x", spider="news", reason="http_500", run_id=first)
    second = start_run(db, "news", {}, pid=1)
    record_failure(db, url=URL + "x", spider="news", reason="timeout", run_id=second)
    row = db["crawl_failures"].get(URL + "x")
    assert (row["failures"], row["reason"], row["last_run_id"]) == (2, "timeout", second)
    resolve_failure(db, URL + "x")
    assert db["crawl_failures"].get(URL + "x")["resolved_at"]
    assert db.execute("select count(*) from open_failures").fetchone() == (0,)


def test_the_crawl_lock_is_exclusive_and_released(tmp_path):
    with (
        CrawlLock(tmp_path / "a.db"),
        pytest.raises(CrawlLocked, match="another crawl is running"),
        CrawlLock(tmp_path / "a.db"),
    ):
        pass
    with CrawlLock(tmp_path / "a.db"):  # released: taken again
        pass


def test_passing_failures_of_articles_are_offered_for_retry(archive):
    db, path = archive
    base = "https://news.example/bransch/avtal/"
    cases = {
        "serverfel": ("http_503", "article", 1),
        "langsam": ("timeout", "article", 1),
        "borta": ("http_404", "article", 1),  # gone: not retried
        "lista": ("http_500", "listing", 1),  # listings are fetched anyway
        "evigt-trasig": ("http_500", "article", 10),  # failed in 10 runs: left alone
    }
    for slug, (reason, role, runs) in cases.items():
        for run in range(runs):
            record_failure(db, url=base + slug, spider="news", reason=reason, role=role, run_id=run)
    record_failure(db, url=base + "annan", spider="other", reason="timeout", role="article")
    state = ArchiveState(path)
    offered = state.retryable_failures("news", limit=10, max_failures=10)
    assert sorted(offered) == [base + "langsam", base + "serverfel"]
    assert len(state.retryable_failures("news", limit=1, max_failures=10)) == 1


def test_archived_page_that_held_no_article_is_fetched_again(archive):
    db, path = archive
    empty = "https://news.example/bransch/avtal/tom/"
    save_page(db, RawPage(url=empty, source="news", body=b"", etag='"e1"'), error="no article")
    decision = Incremental(ArchiveState(path), "news").article(empty)
    assert decision.fetch and decision.archived and decision.headers == {"If-None-Match": '"e1"'}


@pytest.mark.parametrize(
    ("stats", "failing"),
    [
        ({"archive/pages": 10, "archive/no_article": 6}, "6 of 10 article pages held no article"),
        ({"archive/pages": 10, "archive/no_article": 2}, None),
        ({"archive/pages": 2, "archive/no_article": 2}, None),  # too few to judge
        (
            {"downloader/response_count": 3, "procurement_archive/errors/http_500": 5},
            "5 of 8 pages could not be fetched",
        ),
    ],
)
def test_a_crawl_whose_pages_mostly_fail_is_a_failed_crawl(stats, failing):
    found = spider_failures("news", stats | {"archive/pages": stats.get("archive/pages", 1)})
    shares = [reason for reason in found if " of " in reason]
    if failing is None:
        assert shares == []
    else:
        assert len(shares) == 1 and failing in shares[0]


def test_an_archive_of_an_older_shape_knows_nothing_rather_than_failing(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # pages without the validators, no crawl_runs
        conn.execute("create table pages (url text primary key, fetched_at text)")
        conn.execute("insert into pages values (?, '2024-01-01T00:00:00+00:00')", [URL])
    state = ArchiveState(path)
    assert state.known_page(URL) is None
    assert state.last_complete_run("news") is None
    assert state.retryable_failures("news", limit=5, max_failures=10) == []
