"""A real Datasette over a real archive built by the storage code: facets, search, canned
queries, read-only serving and escaping of scraped HTML."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from datasette.utils import tilde_encode

from pipelines.errors import StorageError
from pipelines.serve import build_datasette, load_metadata
from pipelines.storage import TABLES, close_archive, open_archive
from pipelines.storage_runs import finish_run, record_failure, resolve_failure, start_run
from pipelines.storage_write import RawPage, save_article, save_page

BASE = "https://procurement-news.example/articles/"
HOSTILE_TITLE = '<script>alert("owned")</script> Hospital trust buys scanners'

ARTICLES = {
    "ferry-award": {
        "title": "Island county awards ferry service to Blue Fjord Lines",
        "published": "2023-09-12",
        "language": "en",
        "kind": "award",
        "buyers": ["Island County Council"],
        "suppliers": ["Blue Fjord Lines AS"],
        "value": {"amount": 920_000_000.0, "currency": "NOK"},
        "duration_months": 96,
        "body": "The council chose Blue Fjord Lines for the ferry routes for eight years.",
    },
    "laptop-award": {
        "title": "Regionen köper bärbara datorer av Datagrossisten AB",
        "published": "2024-02-20",
        "language": "sv",
        "kind": "award",
        "buyers": ["Region Dalsland"],
        "suppliers": ["Datagrossisten AB"],
        "value": {"amount": 35_000_000.0, "currency": "SEK"},
        "duration_months": 24,
        "body": "Regionen har tilldelat Datagrossisten AB ramavtalet för bärbara datorer.",
    },
    "bridge-tender": {
        "title": "Region Dalsland söker entreprenör för ny bro",
        "published": "2024-04-02",
        "language": "sv",
        "kind": "tender",
        "buyers": ["Region Dalsland"],
        "suppliers": [],
        "value": {"amount": 150_000_000.0, "currency": "SEK"},
        "body": "Upphandlingen av bron över älven är nu publicerad. Anbud senast i maj.",
    },
    "scanner-dispute": {
        "title": HOSTILE_TITLE,
        "published": "2024-05-30",
        "language": "en",
        "kind": "dispute",
        "buyers": ["Northfield Hospital Trust"],
        "suppliers": ["Imaging Partners Ltd"],
        "value": None,
        "body": "A losing bidder <b>appealed</b> the scanner award to the court.",
    },
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "archive.db"
    db = open_archive(path)
    for slug, record in ARTICLES.items():
        url = BASE + slug
        save_page(db, RawPage(url, "procnews", f"<html><h1>{slug}</h1></html>".encode()))
        save_article(db, url, record | {"url": url}, "procnews", seen_at="2024-06-01T00:00:00Z")
    record_crawl_runs(db)
    close_archive(db)
    return path


def record_crawl_runs(db) -> None:
    """Three runs of two spiders (the last one failed) and two failures, one resolved."""
    for spider, status, errors in (
        ("procnews", "ok", ""),
        ("procnews", "failed", "http_503: 40; timeout: 2"),
        ("pressdesk", "ok", "http_404: 1"),
    ):
        run = start_run(db, spider, {"since": ""}, pid=4242)
        counts = {"pages_fetched": 44, "new": 3, "failed": 42 if status == "failed" else 0}
        finish_run(
            db, run, counts=counts, status=status, finish_reason="finished", error_summary=errors
        )
    record_failure(db, url=BASE + "gone", spider="procnews", reason="http_404", status=404)
    record_failure(db, url=BASE + "slow", spider="procnews", reason="timeout")
    resolve_failure(db, BASE + "slow")


@pytest.fixture(scope="module")
def ds(archive):
    return build_datasette(archive)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def rows(ds, path: str) -> list[dict]:
    response = get(ds, path)
    assert response.status_code == 200, response.text
    return response.json()


def slugs(found: list[dict]) -> list[str]:
    return [row["url"].removeprefix(BASE) for row in found]


def test_array_facets_count_buyers_and_suppliers(ds):
    data = rows(ds, "/archive/articles.json?_facet_array=buyers&_facet=kind")
    buyers = {f["value"]: f["count"] for f in data["facet_results"]["buyers"]["results"]}
    kinds = {f["value"]: f["count"] for f in data["facet_results"]["kind"]["results"]}
    assert buyers["Region Dalsland"] == 2 and buyers["Island County Council"] == 1
    assert kinds == {"award": 2, "tender": 1, "dispute": 1}


def test_metadata_facets_are_offered_by_default(ds):
    data = rows(ds, "/archive/articles.json")
    assert {"source", "kind", "published_year", "buyers", "suppliers"} <= set(data["facet_results"])
    years = {f["value"]: f["count"] for f in data["facet_results"]["published_year"]["results"]}
    assert years == {2023: 1, 2024: 3}


def test_array_facet_filter_selects_one_suppliers_articles(ds):
    found = rows(
        ds, "/archive/articles.json?_shape=array&suppliers__arraycontains=Datagrossisten+AB"
    )
    assert slugs(found) == ["laptop-award"]


def test_full_text_search_finds_words_in_title_and_body(ds):
    assert slugs(rows(ds, "/archive/articles.json?_shape=array&_search=ferry")) == ["ferry-award"]
    by_body = rows(ds, "/archive/articles.json?_shape=array&_search=anbud")
    assert slugs(by_body) == ["bridge-tender"]


def test_search_with_fts_syntax_characters_does_not_error(ds):
    assert rows(ds, "/archive/articles.json?_shape=array&_search=%22bro+OR") == []


def test_largest_contracts_in_one_currency(ds):
    found = rows(ds, "/archive/largest_contracts.json?_shape=array&currency=sek")
    assert slugs(found) == ["bridge-tender", "laptop-award"]
    assert len(rows(ds, "/archive/largest_contracts.json?_shape=array&currency=")) == 3


def test_contracts_by_buyer(ds):
    found = rows(ds, "/archive/contracts_by_buyer.json?_shape=array&buyer=Dalsland")
    assert slugs(found) == ["bridge-tender", "laptop-award"]
    assert rows(ds, "/archive/contracts_by_buyer.json?_shape=array&buyer=") == []


def test_contracts_by_supplier(ds):
    found = rows(ds, "/archive/contracts_by_supplier.json?_shape=array&supplier=fjord")
    assert slugs(found) == ["ferry-award"]


def test_latest_awards_newest_first(ds):
    found = rows(ds, "/archive/latest_awards.json?_shape=array")
    assert slugs(found) == ["laptop-award", "ferry-award"]


def test_contracts_view_has_year(ds):
    found = rows(ds, "/archive/contracts.json?_shape=array&year=2023")
    assert slugs(found) == ["ferry-award"]


def test_archive_is_served_read_only(ds, archive):
    connection = ds.databases["archive"].connect()  # what every query runs on
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("delete from articles")
    response = get(ds, "/archive.json?sql=delete+from+articles")
    assert response.status_code == 400
    still = rows(ds, "/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array")
    assert still == [{"n": 4}]
    insert = asyncio.run(ds.client.post("/archive/articles/-/insert", json={"row": {"url": "x"}}))
    assert insert.status_code in (403, 404, 405)


def test_what_a_crawl_commits_shows_without_a_restart(tmp_path):
    path = tmp_path / "live.db"
    db = open_archive(path)
    record_crawl_runs(db)
    served = build_datasette(path)
    count = "/archive.json?sql=select+count(*)+as+n+from+crawl_runs&_shape=array"
    assert rows(served, count) == [{"n": 3}]
    run = start_run(db, "procnews", {}, pid=1)  # a crawl writes while Datasette serves
    assert rows(served, count) == [{"n": 4}]
    latest = rows(served, "/archive/latest_runs.json?_shape=array")
    assert {row["spider"]: row["run"] for row in latest}["procnews"] == run
    close_archive(db)


def test_scraped_html_is_escaped_on_the_article_page(ds):
    response = get(ds, "/archive/articles/" + tilde_encode(BASE + "scanner-dispute"))
    assert response.status_code == 200
    assert '<script>alert("owned")</script>' not in response.text
    assert "&lt;script&gt;" in response.text
    assert "<b>appealed</b>" not in response.text


def test_scraped_html_is_escaped_in_table_and_search(ds):
    response = get(ds, "/archive/articles?_search=scanner")
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "&lt;script&gt;" in response.text


def test_raw_pages_hidden_and_described_columns(ds):
    index = get(ds, "/archive").text
    assert "fetches" in index and 'href="/archive/pages"' not in index
    table = get(ds, "/archive/articles").text
    assert "Contract value stated by the article" in table


def test_any_archive_file_is_served_as_archive(tmp_path):
    path = tmp_path / "nightly-2024.db"
    db = open_archive(path)
    record = ARTICLES["ferry-award"] | {"url": BASE + "ferry-award"}
    save_article(db, BASE + "ferry-award", record, "procnews", seen_at="2024-06-01T00:00:00Z")
    close_archive(db)
    served = build_datasette(path)
    assert [name for name in served.databases if name != "_internal"] == ["archive"]
    assert slugs(rows(served, "/archive/latest_awards.json?_shape=array")) == ["ferry-award"]
    assert load_metadata()["databases"]["archive"]["queries"]["largest_contracts"]["sql"]


def test_serving_a_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(StorageError, match="no archive there"):
        build_datasette(tmp_path / "missing.db")


def test_most_named_organizations_counts_articles_per_role(ds):
    found = rows(ds, "/archive/most_named_organizations.json?_shape=array")
    dalsland = next(r for r in found if r["organization"] == "Region Dalsland")
    assert dalsland == {
        "organization": "Region Dalsland",
        "role": "buyer",
        "articles": 2,
        "first_year": 2024,
        "last_year": 2024,
    }
    assert found[0]["articles"] == 2


def test_every_table_column_is_described():
    tables = load_metadata()["databases"]["archive"]["tables"]
    for name in ("articles", "organizations", "article_organizations"):
        assert set(tables[name]["columns"]) == set(TABLES[name]), name


def test_latest_crawl_of_each_site_shows_a_failed_run(ds):
    found = rows(ds, "/archive/latest_runs.json?_shape=array")
    latest = {row["spider"]: (row["status"], row["error_summary"]) for row in found}
    assert latest == {
        "procnews": ("failed", "http_503: 40; timeout: 2"),
        "pressdesk": ("ok", "http_404: 1"),
    }


def test_crawl_runs_table_is_browsable_with_status_facets(ds):
    data = rows(ds, "/archive/crawl_runs.json")
    statuses = {f["value"]: f["count"] for f in data["facet_results"]["status"]["results"]}
    assert statuses == {"ok": 2, "failed": 1}


def test_open_failures_lists_pages_still_failing(ds):
    found = rows(ds, "/archive/open_failures.json?_shape=array")
    assert [(row["url"], row["reason"], row["status"]) for row in found] == [
        (BASE + "gone", "http_404", 404)
    ]
