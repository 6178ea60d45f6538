"""The pieces of the crawlers that need no crawl: the loopback mirror, address mapping,
spider arguments."""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import date

import pytest
import scrapy

from pipelines.errors import InputError
from scrapers.addresses import SiteAddresses, validate_mirror
from scrapers.base import parse_since
from scrapers.items import FailureItem
from scrapers.mirror import mirror_file_name, serve_site, serve_snapshot
from scrapers.spiders.inkopsradet import InkopsradetSpider
from scrapers.spiders.upphandling24 import Upphandling24Spider
from scrapers.spiders.vastkom import VastkomSpider


def fetch(url: str) -> tuple[int, str, bytes]:
    """Status, content type and body of a GET on the loopback mirror."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


@pytest.fixture
def site(tmp_path):
    """A small site tree served by the mirror."""
    (tmp_path / "news" / "first-story").mkdir(parents=True)
    (tmp_path / "news" / "first-story" / "index.html").write_text("<h1>Först</h1>", "utf-8")
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "index.xml").write_text("<rss version='2.0'></rss>")
    (tmp_path / "sitemap.xml").write_text("<urlset></urlset>")
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (tmp_path / mirror_file_name("/archive.5.abc.html", "page=2&sort=new")).write_text("p2")
    (tmp_path.parent / "secret.txt").write_text("outside the site")
    with serve_site(tmp_path) as mirror:
        yield mirror


def test_mirror_serves_directories_xml_robots_and_query_pages(site):
    status, kind, body = fetch(f"{site.base_url}/news/first-story/")
    assert (status, kind) == (200, "text/html; charset=utf-8")
    assert "Först" in body.decode()
    assert fetch(f"{site.base_url}/feed/")[1].startswith("application/rss+xml")
    assert fetch(f"{site.base_url}/sitemap.xml")[1].startswith("application/xml")
    assert fetch(f"{site.base_url}/robots.txt")[1].startswith("text/plain")
    assert fetch(f"{site.base_url}/archive.5.abc.html?page=2&sort=new")[2] == b"p2"


def test_mirror_answers_404_for_missing_and_outside_files(site):
    assert fetch(f"{site.base_url}/news/no-such-story/")[0] == 404
    assert fetch(f"{site.base_url}/archive.5.abc.html?page=3&sort=new")[0] == 404
    assert fetch(f"{site.base_url}/../secret.txt")[0] == 404
    assert fetch(f"{site.base_url}/%2e%2e/secret.txt")[0] == 404


def test_mirror_forces_a_status_and_records_requests(site):
    site.force_status("/news/first-story/", 500)
    assert fetch(f"{site.base_url}/news/first-story/")[0] == 500
    assert fetch(f"{site.base_url}/sitemap.xml")[0] == 200
    assert site.requests == ["/news/first-story/", "/sitemap.xml"]


def test_mirror_rejects_a_missing_root(tmp_path):
    with (
        pytest.raises(InputError, match="no such snapshot directory"),
        serve_site(tmp_path / "absent"),
    ):
        pass


def test_snapshot_has_one_mirror_per_site_spider():
    from tests.conftest import SNAPSHOT

    with serve_snapshot(SNAPSHOT) as mirrors:
        assert set(mirrors) == {"inkopsradet", "upphandling24", "vastkom"}
        status, _, body = fetch(f"{mirrors['inkopsradet']}/robots.txt")
    assert status == 200 and b"Disallow: /bransch/medlemsnytt/" in body


def test_query_file_names_are_deterministic_and_portable():
    name = mirror_file_name("/a/list.5.1f.html", "sv.target=12.1f&sv.12.1f.route=/&page=2")
    assert name == "a/list.5.1f.html@sv.target=12.1f&sv.12.1f.route=%2F&page=2"
    assert mirror_file_name("/bransch/it/") == "bransch/it/index.html"
    assert "?" not in name and ":" not in name


def test_addresses_map_real_links_to_the_mirror_and_back():
    addresses = SiteAddresses(
        "https://www.inkopsradet.se", ("inkopsradet.se",), "http://127.0.0.1:8123"
    )
    fetched = addresses.fetch_url("https://www.inkopsradet.se/bransch/it/slug/#comments")
    assert fetched == "http://127.0.0.1:8123/bransch/it/slug/"
    assert (
        addresses.fetch_url("/bransch/it/page/2/", fetched)
        == "http://127.0.0.1:8123/bransch/it/page/2/"
    )
    assert addresses.canonical(fetched) == "https://www.inkopsradet.se/bransch/it/slug/"
    assert addresses.fetch_url("https://upphandling24.se/bransch/it/x/") is None
    assert addresses.fetch_url("http://127.0.0.1:9999/bransch/it/x/") is None  # other port
    assert addresses.fetch_url("mailto:red@inkopsradet.se") is None


def test_addresses_without_mirror_keep_real_urls_and_subdomains():
    addresses = SiteAddresses("https://www.vastkom.se", ("vastkom.se",))
    assert addresses.fetch_url("https://vastkom.se/a.html") == "https://vastkom.se/a.html"
    assert addresses.fetch_url("https://evilvastkom.se/a.html") is None
    assert (
        addresses.canonical("https://www.vastkom.se/d/ö.pdf")
        == "https://www.vastkom.se/d/%C3%B6.pdf"
    )


@pytest.mark.parametrize("bad", ["2019-13-01", "2019-02-30", "yesterday", "2019/01/01", "19-1-1"])
def test_since_must_be_a_real_iso_day(bad):
    with pytest.raises(InputError, match="since="):
        parse_since(bad)


def test_since_accepts_an_iso_day_and_nothing():
    assert parse_since("2019-01-31") == date(2019, 1, 31)
    assert parse_since(None) is None


@pytest.mark.parametrize("bad", ["127.0.0.1:8000", "ftp://host/", "http://"])
def test_mirror_argument_must_be_an_http_address(bad):
    with pytest.raises(InputError, match="mirror="):
        validate_mirror(bad)


def test_spiders_share_the_documented_docstring_headings():
    for spider in (InkopsradetSpider, Upphandling24Spider, VastkomSpider):
        doc = spider.__doc__ or ""
        positions = [doc.find(heading) for heading in ("Source", "Caveats", "Spider arguments")]
        assert -1 not in positions and positions == sorted(positions), spider.name


def first_urls(spider_class, settings: dict | None = None, **arguments: str) -> list[str]:
    """The URLs of a spider's first requests, built through a real (unstarted) crawler."""
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(spider_class, settings or {})
    spider = spider_class.from_crawler(crawler, **arguments)
    return [request.url for request in spider.first_requests()]


def test_spiders_start_on_the_real_site_without_a_mirror():
    assert first_urls(InkopsradetSpider) == ["https://www.inkopsradet.se/wp-sitemap.xml"]
    assert first_urls(Upphandling24Spider, discovery="listings") == ["https://upphandling24.se/"]
    assert all(url.startswith("https://www.vastkom.se/") for url in first_urls(VastkomSpider))


def test_mirror_comes_from_the_argument_or_the_mirrors_setting():
    setting = {"PROCUREMENT_ARCHIVE_MIRRORS": '{"vastkom": "http://127.0.0.1:8124"}'}
    from_setting = first_urls(VastkomSpider, setting)
    assert from_setting and all(url.startswith("http://127.0.0.1:8124/") for url in from_setting)
    from_argument = first_urls(VastkomSpider, setting, mirror="http://127.0.0.1:8125/")
    assert all(url.startswith("http://127.0.0.1:8125/") for url in from_argument)
    assert first_urls(InkopsradetSpider, setting)[0].startswith("https://www.inkopsradet.se/")


def test_an_unknown_discovery_is_a_clear_error():
    with pytest.raises(InputError, match="discovery='rss'"):
        first_urls(InkopsradetSpider, discovery="rss")


def built_spider(spider_class, **arguments: str):
    """A spider built through a real (unstarted) crawler, as Scrapy builds it."""
    from scrapy.utils.test import get_crawler

    return spider_class.from_crawler(get_crawler(spider_class, {}), **arguments)


def html_response(url: str, body: str):
    from scrapy.http import HtmlResponse

    return HtmlResponse(url=url, body=body.encode("utf-8"), encoding="utf-8")


HOME_WITH_MENUS = """<html><body><nav><ul>
<li><a href="#">Ämnen</a><ul><li><a href="/bransch/ramavtal/">Ramavtal</a></li></ul></li>
<li><a href="#">Om 'oss'</a><ul><li><a href="/om/kontakt/">Kontakt</a></li></ul></li>
</ul></nav></body></html>"""


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Ämnen", ["https://www.inkopsradet.se/bransch/ramavtal/"]),
        ("Om 'oss'", ["https://www.inkopsradet.se/om/kontakt/"]),
        ("x' or '1'='1", []),
    ],
)
def test_topic_menu_label_is_matched_literally_never_spliced_into_xpath(label, expected):
    spider_class = type("LabelledSpider", (InkopsradetSpider,), {"topic_menu_label": label})
    spider = built_spider(spider_class, discovery="listings")
    response = html_response("https://www.inkopsradet.se/", HOME_WITH_MENUS)
    output = list(spider.parse_home(response))
    assert [out.url for out in output if isinstance(out, scrapy.Request)] == expected
    failures = [out for out in output if isinstance(out, FailureItem)]
    assert [failure.reason for failure in failures] == ([] if expected else ["no_topic_menu"])


def test_wordpress_listing_requests_articles_only_then_the_next_page():
    spider = built_spider(InkopsradetSpider, discovery="listings")
    listing = """<html><body><main>
<article><h2 class="entry-title"><a href="/bransch/ramavtal/nytt-avtal/">Nytt avtal</a></h2>
<time datetime="2024-03-01T08:00:00+00:00">1 mars</time></article>
<article><h2 class="entry-title"><a href="/bransch/ramavtal/page/3/">Fler</a></h2></article>
</main><a class="next page-numbers" href="/bransch/ramavtal/page/2/">Äldre inlägg</a>
</body></html>"""
    response = html_response("https://www.inkopsradet.se/bransch/ramavtal/", listing)
    requests = list(spider.parse_listing(response))
    assert [(r.url, r.meta["role"]) for r in requests] == [
        ("https://www.inkopsradet.se/bransch/ramavtal/nytt-avtal/", "article"),
        ("https://www.inkopsradet.se/bransch/ramavtal/page/2/", "listing"),
    ]
    assert requests[0].cb_kwargs == {"listed": "2024-03-01"}
    assert spider.crawler.stats.get_value("procurement_archive/skipped/not_article") == 1


def test_sitevision_listing_stops_paging_once_it_reaches_past_since():
    spider = built_spider(VastkomSpider, since="2019-01-01")
    listing = """<html><body><main><div class="sv-portlet sv-archive-portlet"><ul>
<li><time datetime="2019-06-20">2019-06-20</time><a href="/nyheter/a.5.1.html">A</a></li>
<li><time datetime="2018-09-27">2018-09-27</time><a href="/nyheter/b.5.2.html">B</a></li>
</ul><a rel="next" href="/nyheter.5.0.html?page=2">Nästa</a></div></main></body></html>"""
    response = html_response("https://www.vastkom.se/nyheter.5.0.html", listing)
    assert [r.url for r in spider.parse_listing(response)] == [
        "https://www.vastkom.se/nyheter/a.5.1.html"
    ]
    stats = spider.crawler.stats
    assert stats.get_value("procurement_archive/skipped/too_old_on_listing") == 1
    assert stats.get_value("procurement_archive/paging/stopped_by_since") == 1
