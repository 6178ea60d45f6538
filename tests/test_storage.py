"""The SQLite archive: schema, migration, idempotent upserts, raw pages, search, views."""

from __future__ import annotations

import json
import sqlite3
import zlib

import pytest
import sqlite_utils

from pipelines.errors import StorageError
from pipelines.storage import TABLES, VIEWS, close_archive, ensure_db_shape, open_archive
from pipelines.storage_orgs import find_lookup, organization_id
from pipelines.storage_write import RawPage, load_page_body, save_article, save_page

ARTICLE_URL = "https://upphandling.example/nyheter/region-norrbotten-valjer-journal"
ARTICLE_HTML = """<html lang="sv"><head><title>Region Norrbotten väljer nytt journalsystem</title>
</head><body><nav>Hem | Nyheter | Om oss</nav><article><h1>Region Norrbotten väljer nytt
journalsystem</h1><p>Region Norrbotten har tilldelat Nordjournal AB ett avtal om ett nytt
vårdinformationssystem. Avtalet gäller i sex år och värdet uppskattas till 480 miljoner
kronor.</p></article></body></html>""".encode()


def award_record(**changes) -> dict:
    """An extraction record (the shape of pipelines.model.record) for a Swedish award."""
    record = {
        "url": ARTICLE_URL,
        "title": "Region Norrbotten väljer nytt journalsystem",
        "published": "2024-05-14",
        "author": "Karin Ek",
        "language": "sv",
        "kind": "award",
        "buyers": ["Region Norrbotten"],
        "suppliers": ["Nordjournal AB"],
        "value": {"amount": 480_000_000.0, "currency": "SEK"},
        "duration_months": 72,
        "duration_with_options_months": None,
        "topics": ["Vård", "IT"],
        "attachments": [],
        "body": "Region Norrbotten har tilldelat Nordjournal AB ett avtal om ett nytt "
        "vårdinformationssystem. Avtalet gäller i sex år.",
    }
    return record | changes


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "archive.db")
    yield database
    close_archive(database)


def test_shape_has_every_table_view_and_search(db):
    assert set(TABLES) <= set(db.table_names())
    assert set(VIEWS) <= set(db.view_names())
    assert db["articles"].detect_fts() == "articles_fts"
    assert {"articles_ai", "articles_ad", "articles_au"} <= {t.name for t in db.triggers}
    assert db["article_organizations"].pks == ["article_url", "organization_id", "role"]


def test_ensure_db_shape_is_idempotent(db):
    before = db.execute("select sql from sqlite_master order by name").fetchall()
    ensure_db_shape(db)
    ensure_db_shape(db)
    assert db.execute("select sql from sqlite_master order by name").fetchall() == before


def test_old_archive_gains_missing_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    old["articles"].insert({"url": ARTICLE_URL, "title": "Gammal rad"}, pk="url")
    old.close()
    db = open_archive(path)
    assert set(TABLES["articles"]) <= set(db["articles"].columns_dict)
    assert db["articles"].get(ARTICLE_URL)["title"] == "Gammal rad"
    assert [r["url"] for r in db["articles"].search("Gammal")] == [ARTICLE_URL]
    close_archive(db)


def test_not_a_database_is_a_storage_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is a shopping list, not SQLite\n" * 100)
    with pytest.raises(StorageError, match="notes.db"):
        open_archive(path)
    with pytest.raises(StorageError, match="directory"):
        open_archive(tmp_path)


def test_article_row_holds_facts_and_json_arrays(db):
    assert save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15") == "new"
    row = db["articles"].get(ARTICLE_URL)
    assert row["value_amount"] == 480_000_000.0 and row["value_currency"] == "SEK"
    assert row["published_year"] == 2024 and row["duration_months"] == 72
    assert json.loads(row["buyers"]) == ["Region Norrbotten"]
    assert json.loads(row["topics"]) == ["Vård", "IT"]
    assert row["first_seen"] == row["last_seen"] == "2024-05-15"
    assert row["extractor_version"].startswith("0.") and len(row["content_hash"]) == 64


def test_same_article_twice_changes_only_last_seen(db):
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    first = db["articles"].get(ARTICLE_URL)
    outcome = save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-06-01")
    second = db["articles"].get(ARTICLE_URL)
    assert outcome == "unchanged"
    assert db["articles"].count == 1 and db["article_organizations"].count == 2
    assert second["first_seen"] == "2024-05-15" and second["last_seen"] == "2024-06-01"
    assert second["extracted_at"] == first["extracted_at"]


def test_changed_facts_update_the_article_and_its_links(db):
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    changed = award_record(suppliers=["Journalbolaget Norr AB"], kind="dispute")
    assert save_article(db, ARTICLE_URL, changed, "testsite", seen_at="2024-06-01") == "updated"
    row = db["articles"].get(ARTICLE_URL)
    assert row["kind"] == "dispute" and row["first_seen"] == "2024-05-15"
    suppliers = db.execute(
        "select o.name from article_organizations ao join organizations o "
        "on o.id = ao.organization_id where ao.role = 'supplier'"
    ).fetchall()
    assert suppliers == [("Journalbolaget Norr AB",)]
    assert [r["url"] for r in db["articles"].search("dispute OR Norrbotten")] == [ARTICLE_URL]


def test_one_organization_row_per_name_across_articles(db):
    other_url = ARTICLE_URL + "-overprovning"
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    save_article(db, other_url, award_record(kind="dispute"), "testsite", seen_at="2024-07-01")
    names = [r["name"] for r in db["organizations"].rows]
    assert sorted(names) == ["Nordjournal AB", "Region Norrbotten"]
    parties = list(db.query("select * from article_parties where organization = 'Nordjournal AB'"))
    assert {p["article_url"] for p in parties} == {ARTICLE_URL, other_url}


def test_listing_date_fills_a_missing_publication_date(db):
    record = award_record(published=None)
    save_article(db, ARTICLE_URL, record, "testsite", listing_published="2023-11-30T08:00:00")
    row = db["articles"].get(ARTICLE_URL)
    assert row["published"] == "2023-11-30" and row["published_year"] == 2023


def test_raw_page_is_kept_compressed_and_round_trips(db):
    page = RawPage(ARTICLE_URL, "testsite", ARTICLE_HTML, "utf-8", 200, "2024-05-15T10:00:00Z")
    assert save_page(db, page) is True
    row = db["pages"].get(ARTICLE_URL)
    assert row["compression"] == "zlib" and row["content_type"] == "text/html"
    assert zlib.decompress(row["content"]) == ARTICLE_HTML == load_page_body(row)
    assert row["size"] == len(ARTICLE_HTML) and len(row["sha256"]) == 64


def test_same_page_twice_keeps_first_fetch_and_content(db):
    save_page(db, RawPage(ARTICLE_URL, "testsite", ARTICLE_HTML, fetched_at="2024-05-15"))
    again = RawPage(ARTICLE_URL, "testsite", ARTICLE_HTML, fetched_at="2024-06-01")
    assert save_page(db, again) is False
    row = db["pages"].get(ARTICLE_URL)
    assert db["pages"].count == 1
    assert row["first_fetched_at"] == "2024-05-15" and row["fetched_at"] == "2024-06-01"


def test_extraction_error_is_recorded_on_the_page(db):
    page = RawPage(ARTICLE_URL, "testsite", b"\x00\x01 garbage", fetched_at="2024-05-15")
    save_page(db, page, error="ExtractionError: no article found")
    row = next(db.query("select * from fetches"))
    assert row["extract_error"] == "ExtractionError: no article found"
    assert row["extract_error_at"] == "2024-05-15"


def test_corrupt_stored_page_is_a_storage_error(db):
    save_page(db, RawPage(ARTICLE_URL, "testsite", ARTICLE_HTML, fetched_at="2024-05-15"))
    db["pages"].update(ARTICLE_URL, {"content": b"not zlib at all"})
    with pytest.raises(StorageError, match="corrupt"):
        load_page_body(db["pages"].get(ARTICLE_URL))


def test_contracts_view_lists_deals_not_other_news(db):
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    chatter = award_record(kind="other", value=None, title="Konferens om hållbar upphandling")
    save_article(db, ARTICLE_URL + "-konferens", chatter, "testsite", seen_at="2024-05-15")
    contracts = list(db.query("select url, year, value_amount from contracts"))
    assert contracts == [{"url": ARTICLE_URL, "year": 2024, "value_amount": 480_000_000.0}]


def test_archive_is_readable_after_close_without_wal(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    close_archive(db)
    assert not (tmp_path / "archive.db-wal").exists()
    uri = f"file:{path}?immutable=1"
    with sqlite3.connect(uri, uri=True) as conn:
        assert conn.execute("select count(*) from articles").fetchone() == (1,)


def test_known_buyer_is_stored_under_its_reference_record(db):
    lookup = find_lookup()
    assert lookup is not None, "pipelines.facts.orgs.lookup_organization is missing"
    known = lookup("Region Norrbotten")
    assert known is not None, "Region Norrbotten is not in the buyer reference"
    save_article(db, ARTICLE_URL, award_record(), "testsite", seen_at="2024-05-15")
    org = next(db.query("select * from organizations where name = ?", [known["name"]]))
    assert org["kind"] == known["kind"] and org["country"] == known["country"]
    assert org["org_number"] == (known.get("orgnr") or None)
    supplier = next(db.query("select * from organizations where name = 'Nordjournal AB'"))
    assert supplier["id"] == "nordjournal-ab"


def test_organization_ids_are_stable_ascii_keys():
    assert organization_id("Västra Götalandsregionen") == "vastra-gotalandsregionen"
    assert organization_id("  Älvsbyns Energi  AB ") == "alvsbyns-energi-ab"
    assert organization_id("Øresund Ferje A/S") == "oresund-ferje-a-s"
    assert organization_id("Færdselsstyrelsen") == "faerdselsstyrelsen"


def test_unusable_dates_are_left_empty_not_fatal(db):
    record = award_record(published="last Tuesday")
    assert save_article(db, ARTICLE_URL, record, "testsite", listing_published="n/a") == "new"
    row = db["articles"].get(ARTICLE_URL)
    assert row["published"] is None and row["published_year"] is None


@pytest.mark.parametrize(
    "change, field",
    [
        ({"buyers": "Region Norrbotten"}, "buyers"),
        ({"suppliers": [None]}, "suppliers"),
        ({"value": {"amount": "480 Mkr", "currency": "SEK"}}, "value"),
        ({"duration_months": "sex år"}, "duration_months"),
    ],
)
def test_malformed_record_is_refused_and_nothing_written(db, change, field):
    with pytest.raises(StorageError, match=field):
        save_article(db, ARTICLE_URL, award_record(**change), "testsite", seen_at="2024-05-15")
    assert db["articles"].count == 0 and db["organizations"].count == 0
