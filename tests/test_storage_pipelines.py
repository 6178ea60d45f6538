"""The Scrapy item pipelines on a real Crawler (settings, stats) and a real SQLite archive."""

from __future__ import annotations

import json

import pytest
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from pipelines.cli import main as cli_main
from pipelines.scrapy_pipelines import ExtractedPage, ExtractPipeline, StoragePipeline
from pipelines.storage import close_archive, open_archive
from pipelines.storage_reextract import reextract_archive
from pipelines.storage_write import load_page_body
from scrapers.items import PageItem

URL = "https://kommunnytt.example/2024/06/kommunen-bygger-skola"
PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Kommunen bygger ny skola i Åsele</title></head><body>
<h1>Kommunen bygger ny skola i Åsele</h1>
<p>Åsele kommun har tecknat avtal med Byggbolaget Nord AB om en ny F-9-skola.
Kontraktet är värt 210 miljoner kronor och arbetet ska vara klart om tre år.</p>
</body></html>"""


def page_item(body: bytes | None = None, **changes) -> PageItem:
    fields = {
        "url": URL,
        "source": "kommunnytt",
        "body": PAGE.encode("utf-8") if body is None else body,
        "encoding": "utf-8",
        "status": 200,
        "fetched_at": "2024-06-10T07:00:00+00:00",
        "listing_published": "2024-06-09",
        "attachments": ["https://kommunnytt.example/files/tilldelningsbeslut.pdf"],
    }
    return PageItem(**(fields | changes))


@pytest.fixture
def crawler(tmp_path):
    return get_crawler(settings_dict={"ARCHIVE_DB": str(tmp_path / "archive.db")})


@pytest.fixture
def pipelines(crawler):
    extract = ExtractPipeline.from_crawler(crawler)
    store = StoragePipeline.from_crawler(crawler)
    store.open_spider()
    yield extract, store
    store.close_spider()


def run_item(pipelines, item) -> ExtractedPage:
    extract, store = pipelines
    return store.process_item(extract.process_item(item))


def stat(crawler, name: str) -> int:
    return crawler.stats.get_value(f"archive/{name}", 0)


def test_page_is_extracted_and_archived(pipelines, crawler, tmp_path):
    result = run_item(pipelines, page_item())
    assert result.error is None and "Åsele kommun" in result.record["body"]
    db = open_archive(tmp_path / "archive.db")
    article = db["articles"].get(URL)
    assert article["source"] == "kommunnytt" and "Byggbolaget Nord AB" in article["body"]
    assert article["first_seen"] == "2024-06-10T07:00:00+00:00"
    assert json.loads(article["attachments"]) == [
        "https://kommunnytt.example/files/tilldelningsbeslut.pdf"
    ]
    assert db["pages"].get(URL)["status"] == 200
    close_archive(db)
    assert stat(crawler, "new") == 1 and stat(crawler, "pages_changed") == 1


def test_same_page_twice_is_counted_unchanged(pipelines, crawler, tmp_path):
    run_item(pipelines, page_item())
    run_item(pipelines, page_item(fetched_at="2024-06-11T07:00:00+00:00"))
    assert stat(crawler, "new") == 1 and stat(crawler, "unchanged") == 1
    assert stat(crawler, "pages_unchanged") == 1
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 1 and db["pages"].count == 1
    assert db["articles"].get(URL)["last_seen"] == "2024-06-11T07:00:00+00:00"
    close_archive(db)


def test_latin1_page_is_decoded_with_its_encoding(pipelines, tmp_path):
    latin1 = PAGE.replace("utf-8", "iso-8859-1").encode("latin-1")
    run_item(pipelines, page_item(body=latin1, encoding="iso-8859-1"))
    db = open_archive(tmp_path / "archive.db")
    assert "Åsele kommun" in db["articles"].get(URL)["body"]
    close_archive(db)


def test_http_error_page_is_dropped_and_counted(pipelines, crawler):
    with pytest.raises(DropItem, match="HTTP 404"):
        run_item(pipelines, page_item(status=404))
    assert crawler.stats.get_value("archive/dropped/http_error") == 1


def test_page_without_article_is_kept_and_recorded_as_a_failure(pipelines, crawler, tmp_path):
    shell = b"<html><head><title></title></head><body><nav></nav></body></html>"
    run_item(pipelines, page_item(body=shell))
    assert crawler.stats.get_value("archive/no_article") == 1
    db = open_archive(tmp_path / "archive.db")
    url = page_item().url
    assert "no article found" in db["pages"].get(url)["extract_error"]
    assert db["crawl_failures"].get(url)["reason"] == "no_article_found"
    assert db["articles"].count == 0


def test_failed_extraction_keeps_page_error_and_earlier_article(pipelines, crawler, tmp_path):
    run_item(pipelines, page_item())
    later = page_item(body=b"", fetched_at="2024-07-01T07:00:00+00:00")
    result = run_item(pipelines, later)
    assert result.record is None and "empty" in result.error
    assert stat(crawler, "no_article") == 1 and stat(crawler, "page_only") == 1
    db = open_archive(tmp_path / "archive.db")
    page = db["pages"].get(URL)
    assert "empty" in page["extract_error"] and b"Byggbolaget" in load_page_body(page)
    assert "Åsele kommun" in db["articles"].get(URL)["body"]
    close_archive(db)


def test_malformed_item_is_dropped(pipelines, crawler):
    with pytest.raises(DropItem, match="no URL"):
        run_item(pipelines, {"body": b"<p>Orphan paragraph</p>"})
    assert crawler.stats.get_value("archive/dropped/malformed") == 1


def test_storage_switches_off_without_a_database():
    crawler = get_crawler(settings_dict={"ARCHIVE_DB": ""})
    with pytest.raises(NotConfigured):
        StoragePipeline.from_crawler(crawler)
    off = get_crawler(settings_dict={"ARCHIVE_EXTRACT_ENABLED": False})
    with pytest.raises(NotConfigured):
        ExtractPipeline.from_crawler(off)


def test_reextract_rebuilds_articles_from_raw_pages(pipelines, tmp_path):
    run_item(pipelines, page_item())
    db = open_archive(tmp_path / "archive.db")
    db["articles"].delete_where()
    assert reextract_archive(db)["new"] == 1
    assert "Åsele kommun" in db["articles"].get(URL)["body"]
    assert reextract_archive(db)["unchanged"] == 1
    close_archive(db)


def test_reextract_command_reports_counts(pipelines, tmp_path, capsys):
    run_item(pipelines, page_item())
    assert cli_main(["reextract", "--db", str(tmp_path / "archive.db")]) == 0
    assert "1 pages: 0 new, 0 updated, 1 unchanged" in capsys.readouterr().out


def test_reextract_command_without_archive_fails_clearly(tmp_path, capsys):
    assert cli_main(["reextract", "--db", str(tmp_path / "missing.db")]) == 2
    assert "missing.db: no archive there" in capsys.readouterr().err


def test_reextract_replaces_facts_of_an_older_extractor(pipelines, tmp_path):
    run_item(pipelines, page_item())
    db = open_archive(tmp_path / "archive.db")
    fresh = db["articles"].get(URL)
    older = {"body": "stale text", "content_hash": "0" * 64, "extractor_version": "0.0.1+old"}
    db["articles"].update(URL, older)
    assert reextract_archive(db)["updated"] == 1
    row = db["articles"].get(URL)
    assert row["body"] == fresh["body"] and row["extractor_version"] == fresh["extractor_version"]
    assert row["first_seen"] == fresh["first_seen"] and row["last_seen"] == fresh["last_seen"]
    assert row["attachments"] == fresh["attachments"]
    assert [r["url"] for r in db["articles"].search("Byggbolaget")] == [URL]
    close_archive(db)
