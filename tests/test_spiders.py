"""The spiders through the real Scrapy engine, against the bundled snapshot served by the
loopback mirror: which pages become items, the date window, robots.txt, offsite links,
broken pages, and the archive rows a crawl leaves."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import urllib.robotparser

import pytest

from tests.conftest import REPO, SNAPSHOT, run_crawl

INKOPSRADET, UPPHANDLING24, VASTKOM = "www.inkopsradet.se", "upphandling24.se", "www.vastkom.se"
VGR_RELEASE = "pressmeddelande-cerner-ska-leverera-vgrs-nya-karnsystem-for-varden"
VGR_PDF = (
    "https://www.vastkom.se/download/18.4f1a2b3c165f0e9d8c7b6b2/1538036812345/"
    "Pressmeddelande%20VGR%20valt%20leverant%C3%B6r.pdf"
)


def wordpress_articles(host: str, *, obey_robots: bool = True) -> set[str]:
    """Canonical URLs of the article pages (/bransch/<topic>/<slug>/) in a snapshot site."""
    robots = urllib.robotparser.RobotFileParser()
    robots.parse((SNAPSHOT / host / "robots.txt").read_text().splitlines())
    urls = set()
    for page in (SNAPSHOT / host / "bransch").glob("*/*/index.html"):
        path = "/" + page.parent.relative_to(SNAPSHOT / host).as_posix() + "/"
        if not obey_robots or robots.can_fetch("procurement-archive", path):
            urls.add(f"https://{host}{path}")
    return urls


def vastkom_releases() -> set[str]:
    """Canonical URLs of the release pages in the VästKom snapshot."""
    root = SNAPSHOT / VASTKOM
    pages = (root / "samverkansomraden" / "nyhetsarkiv").glob("*/*.html")
    return {f"https://{VASTKOM}/{page.relative_to(root).as_posix()}" for page in pages}


def slug_urls(host: str, *slugs: str) -> set[str]:
    return {url for url in wordpress_articles(host) if url.rstrip("/").rsplit("/", 1)[1] in slugs}


def test_scrapy_lists_the_spiders():
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["inkopsradet", "upphandling24", "vastkom"]


def test_inkopsradet_yields_every_article_of_its_sitemap_and_nothing_else(tmp_path, snapshot_site):
    with snapshot_site(INKOPSRADET) as mirror:
        result = run_crawl("inkopsradet", tmp_path, f"mirror={mirror.base_url}")
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert len(wordpress_articles(INKOPSRADET)) == 10
    assert result.urls == wordpress_articles(INKOPSRADET)
    assert len(result.items) == len(result.urls)
    assert {item["source"] for item in result.items} == {"inkopsradet"}
    assert all(item["listing_published"] for item in result.items)
    # robots.txt forbids the members' topic: the article is neither fetched nor yielded
    members = wordpress_articles(INKOPSRADET, obey_robots=False) - result.urls
    assert len(members) == 1 and "/bransch/medlemsnytt/" in members.pop()
    assert not any(path.startswith("/bransch/medlemsnytt/") for path in requested)
    assert result.stats["robotstxt/forbidden"] == 1
    # the sitemap worked, so no topic listing was needed
    assert result.stat("discovery/fallback_to_listings") == 0
    assert not any("/page/" in path for path in requested)


def test_listings_discovery_stops_paging_past_since(tmp_path, snapshot_site):
    with snapshot_site(INKOPSRADET) as mirror:
        result = run_crawl(
            "inkopsradet",
            tmp_path,
            f"mirror={mirror.base_url}",
            "discovery=listings",
            "since=2018-09-01",
        )
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert result.urls == slug_urls(
        INKOPSRADET,
        "adda-tecknar-ramavtal-for-datorer",
        "forvaltningsratten-stoppar-upphandling-av-vintervaghallning",
        "region-stockholm-upphandlar-ekonomisystem",
        "konkurrensverket-kraver-skadeavgift-av-bostadsbolag",
        "vastra-gotalandsregionen-valjer-cerner",
    )
    assert all(item["listing_published"] >= "2018-09-01" for item in result.items)
    # page 1 of "ramavtal" already lists an older article: its page 2 is never requested,
    # while "it-upphandling" page 1 is all recent, so its page 2 is read
    assert "/bransch/ramavtal/page/2/" not in requested
    assert "/bransch/it-upphandling/page/2/" in requested
    assert result.stat("paging/stopped_by_since") == 1
    assert result.stat("skipped/too_old_on_listing") == 4
    assert not any(path.startswith("/wp-sitemap") for path in requested)


@pytest.mark.parametrize("breakage", ["http_500", "not_a_sitemap"])
def test_unusable_sitemap_falls_back_to_listings_and_skips_offsite_links(
    breakage, tmp_path, snapshot_site
):
    site = tmp_path / "site"
    shutil.copytree(SNAPSHOT / INKOPSRADET, site / INKOPSRADET)
    if breakage == "not_a_sitemap":  # e.g. a maintenance page served as 200
        (site / INKOPSRADET / "wp-sitemap.xml").write_text("<html><p>Underhåll pågår</p>")
    with snapshot_site(INKOPSRADET, root=site) as mirror:
        if breakage == "http_500":
            mirror.force_status("/wp-sitemap.xml", 500)
        result = run_crawl("inkopsradet", tmp_path, f"mirror={mirror.base_url}")
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert result.urls == wordpress_articles(INKOPSRADET)
    error = "errors/http_500" if breakage == "http_500" else "errors/invalid_sitemap"
    assert result.stat(error) == 1
    assert "/wp-sitemap.xml" in result.log
    assert result.stat("discovery/fallback_to_listings") == 1
    assert "/bransch/ramavtal/page/2/" in requested
    # listings carry a teaser of the sister site: counted, never requested
    assert result.stat("skipped/offsite") >= 1
    assert not any("upphandling24" in url for url in result.urls)
    assert result.stats.get("offsite/filtered", 0) == 0  # nothing offsite reached Scrapy


def test_upphandling24_crawls_its_own_site(tmp_path, snapshot_site):
    with snapshot_site(UPPHANDLING24) as mirror:
        result = run_crawl("upphandling24", tmp_path, f"mirror={mirror.base_url}")
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.urls) == 6
    assert result.urls == wordpress_articles(UPPHANDLING24)
    assert all(url.startswith("https://upphandling24.se/bransch/") for url in result.urls)


def test_vastkom_yields_each_release_once_with_its_pdf(tmp_path, snapshot_site):
    with snapshot_site(VASTKOM) as mirror:
        result = run_crawl("vastkom", tmp_path, f"mirror={mirror.base_url}")
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.items) == 7
    assert result.urls == vastkom_releases()
    attachments = {item["url"].split("/")[-1]: item["attachments"] for item in result.items}
    vgr = next(name for name in attachments if name.startswith(VGR_RELEASE))
    assert attachments.pop(vgr) == [VGR_PDF]
    assert all(found == [] for found in attachments.values())
    # releases in both an area archive and the press list are fetched once
    assert result.stat("skipped/duplicate") == 2
    assert any("page=2" in path for path in requested)  # paging by query parameters
    assert not any(path.startswith("/download/") for path in requested)


def test_vastkom_since_skips_old_releases_and_stops_paging(tmp_path, snapshot_site):
    with snapshot_site(VASTKOM) as mirror:
        result = run_crawl("vastkom", tmp_path, f"mirror={mirror.base_url}", "since=2019-01-01")
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.items) == 4
    assert all(item["listing_published"] >= "2019-01-01" for item in result.items)
    assert not any("page=2" in path for path in requested)
    assert result.stat("paging/stopped_by_since") == 1


def test_broken_pages_are_logged_counted_and_the_crawl_goes_on(tmp_path, snapshot_site):
    site = tmp_path / "site"
    shutil.copytree(SNAPSHOT / VASTKOM, site / VASTKOM)
    broken_listing = next((site / VASTKOM / "samverkansomraden" / "nyhetsarkiv").glob("valfard.*"))
    broken_listing.write_text("<html><body><div class='sv-layout'><p>Tekniskt fel <b>", "utf-8")
    digital = {
        url.rsplit("/", 1)[1]: url for url in vastkom_releases() if "/digitalisering/" in url
    }
    failing = next(name for name in digital if name.startswith("avtal-klart"))
    stalled = next(name for name in digital if name.startswith("dialogmote"))
    with snapshot_site(VASTKOM, root=site) as mirror:
        mirror.force_status(f"/samverkansomraden/nyhetsarkiv/digitalisering/{failing}", 500)
        mirror.stall(f"/samverkansomraden/nyhetsarkiv/digitalisering/{stalled}", 60)
        result = run_crawl(
            "vastkom", tmp_path, f"mirror={mirror.base_url}", settings={"DOWNLOAD_TIMEOUT": "1"}
        )
    assert result.returncode == 0, result.log[-3000:]
    assert result.stats["finish_reason"] == "finished"
    assert result.urls == set(digital.values()) - {digital[failing], digital[stalled]}
    assert result.stat("errors/http_500") == 1
    assert result.stat("errors/timeout") == 1
    assert result.stat("errors/listing_without_entries") == 1
    assert failing in result.log and stalled in result.log and broken_listing.name in result.log


def test_a_bad_since_is_a_clear_error(tmp_path):
    result = run_crawl("vastkom", tmp_path, "since=2019-02-30", "mirror=http://127.0.0.1:9")
    assert result.returncode != 0
    assert "since='2019-02-30': no such day" in result.log
    assert result.items == []


def test_crawling_into_the_archive_twice_keeps_one_row_per_article(tmp_path, snapshot_site):
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "pipelines.cli", "crawl", "vastkom", "--db", str(db)]
    for setting in ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "LOG_LEVEL=WARNING"):
        command += ["--set", setting]
    with snapshot_site(VASTKOM) as mirror:
        command += ["--mirror", f"vastkom={mirror.base_url}"]
        for _ in range(2):
            done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stdout + done.stderr[-3000:]
            with sqlite3.connect(db) as conn:
                urls = [row[0] for row in conn.execute("select url from articles")]
                pdfs = conn.execute(
                    "select attachments from articles where url like ?", (f"%{VGR_RELEASE}%",)
                ).fetchone()[0]
            assert sorted(urls) == sorted(vastkom_releases())
            # the spider and the page parser spell the PDF's address the same way: one entry
            assert json.loads(pdfs) == [VGR_PDF]


def test_sitemap_lastmod_and_page_dates_keep_the_since_window(tmp_path, snapshot_site):
    with snapshot_site(INKOPSRADET) as mirror:
        result = run_crawl("inkopsradet", tmp_path, f"mirror={mirror.base_url}", "since=2019-01-01")
        requested = mirror.requests
    assert result.returncode == 0, result.log[-3000:]
    assert result.urls == slug_urls(
        INKOPSRADET,
        "adda-tecknar-ramavtal-for-datorer",
        "forvaltningsratten-stoppar-upphandling-av-vintervaghallning",
        "region-stockholm-upphandlar-ekonomisystem",
    )
    # an article last modified in 2019 but published in 2018: fetched, then skipped
    updated = (
        "/bransch/upphandlingsskadeavgift/konkurrensverket-kraver-skadeavgift-av-bostadsbolag/"
    )
    assert updated in requested
    assert result.stat("skipped/too_old") == 1
    # articles whose lastmod is before `since` are not even requested
    assert "/bransch/ramavtal/kommentus-upphandlar-skolmobler/" not in requested
    assert result.stat("skipped/too_old_on_listing") == 6
