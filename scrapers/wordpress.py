"""Discovery on WordPress news sites: the sitemap first, the topic listings as fallback.

Primary discovery reads the WordPress core sitemap (``/wp-sitemap.xml``, an index of
``/wp-sitemap-posts-post-N.xml`` with ``<lastmod>``; Yoast's ``/sitemap_index.xml`` has the
same shape). A post sitemap older than ``since`` is not fetched, nor an article whose
lastmod is. When the sitemap cannot be fetched or is not a sitemap, the spider falls back
to the topic listings: the home page's topic menu (e.g. "Ämnen") names the topics, each
topic archive is paged through its "next"/"Äldre inlägg" links, newest first, until a page
reaches past ``since``. ``discovery=listings`` uses the listings only, ``discovery=both``
uses both (article URLs are deduplicated either way).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.selector import Selector
from scrapy.utils.sitemap import Sitemap

from pipelines.errors import InputError
from scrapers.base import ArchiveSpider, iso_date
from scrapers.items import FailureItem

DISCOVERIES = ("sitemap", "listings", "both")
# The links under the menu entry named $label (a variable: the label is never spliced in).
TOPIC_MENU_LINKS = "//nav//li[a[normalize-space()=$label]]/ul//a/@href"


class WordPressSpider(ArchiveSpider):
    """Base of the WordPress news spiders; a site sets its addresses and topic menu."""

    sitemap_paths: ClassVar[tuple[str, ...]] = ("/wp-sitemap.xml",)
    # Sub-sitemaps of an index worth reading: posts, not pages, tags or users.
    post_sitemap = re.compile(r"(wp-sitemap-posts-post-\d+|post-sitemap\d*)\.xml$")
    # Paths of articles: /<section>/<topic>/<slug>/ ; listings (page/2/) never match.
    article_path: ClassVar[re.Pattern[str]] = re.compile(r"^/[\w-]+/[\w%-]+/[\w%.-]+/$")
    topic_menu_label: ClassVar[str] = "Ämnen"
    content_xpath = "//article//div[contains(@class, 'entry-content')]"
    entry_link_xpath = ".//*[contains(@class, 'entry-title')]//a/@href"
    next_page_xpath = (
        "//link[@rel='next']/@href | //a[@rel='next']/@href"
        " | //a[contains(concat(' ', @class, ' '), ' next ')]/@href"
        " | //a[normalize-space()='Äldre inlägg']/@href"
    )

    def __init__(self, *args: Any, discovery: str = "sitemap", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if discovery not in DISCOVERIES:
            raise InputError(f"discovery={discovery!r}: expected one of {', '.join(DISCOVERIES)}")
        self.discovery = discovery
        self.fell_back = False

    def first_requests(self) -> Iterable[scrapy.Request]:
        """The sitemap index, the home page (for the topic menu), or both."""
        if self.discovery in ("sitemap", "both"):
            for path in self.sitemap_paths:
                yield self.sitemap_request(self.addresses.site_url(path))
        if self.discovery in ("listings", "both"):
            yield self.home_request()

    def sitemap_request(self, url: str) -> scrapy.Request:
        """A request for a sitemap (index or URL set)."""
        return scrapy.Request(
            url, callback=self.parse_sitemap, errback=self.page_failed, meta={"role": "sitemap"}
        )

    def home_request(self) -> scrapy.Request:
        """A request for the home page, whose topic menu leads to the listings."""
        return scrapy.Request(
            self.addresses.site_url("/"),
            callback=self.parse_home,
            errback=self.page_failed,
            meta={"role": "home"},
        )

    # --- the sitemap --------------------------------------------------------------
    def parse_sitemap(self, response: Response) -> Iterable[scrapy.Request | FailureItem]:
        """Follow an index's post sitemaps; request a URL set's articles."""
        self.count("pages/sitemap")
        sitemap = read_sitemap(response.body)
        if sitemap is None:
            yield self.listing_error(response, "invalid_sitemap")
            yield from self.fall_back()
            return
        entries = list(sitemap)
        if sitemap.type == "sitemapindex":
            yield from self.follow_sitemaps(entries, response.url)
        else:
            yield from self.sitemap_articles(entries, response.url)

    def follow_sitemaps(self, entries: list[dict[str, Any]], base: str) -> Iterable[scrapy.Request]:
        """Requests for the index's post sitemaps changed on or after `since`."""
        for entry in entries:
            loc = entry.get("loc", "")
            if not self.post_sitemap.search(urlsplit(loc).path):
                self.count("skipped/not_post_sitemap")
                continue
            if self.is_too_old(iso_date(entry.get("lastmod"))):
                self.count("skipped/too_old_sitemap")
                continue
            if self.incremental.sitemap_unchanged(entry.get("lastmod")):
                self.count("skipped/unchanged_sitemap")
                continue
            url = self.addresses.fetch_url(loc, base)
            if url is None:
                self.count("skipped/offsite")
                continue
            yield self.sitemap_request(url)

    def sitemap_articles(
        self, entries: list[dict[str, Any]], base: str
    ) -> Iterable[scrapy.Request]:
        """Requests for a URL set's article pages (lastmod gates the `since` window)."""
        for entry in entries:
            loc = entry.get("loc", "")
            if not self.article_path.match(urlsplit(loc).path):
                self.count("skipped/not_article")
                continue
            lastmod = entry.get("lastmod")
            request = self.article_request(loc, base, iso_date(lastmod), modified=lastmod)
            if request:
                yield request

    def on_page_failed(self, request: scrapy.Request | None, kind: str) -> Iterable[scrapy.Request]:
        """A sitemap that cannot be fetched sends the spider to the listings."""
        if request is not None and request.meta.get("role") == "sitemap":
            yield from self.fall_back()

    def fall_back(self) -> Iterable[scrapy.Request]:
        """The home page request, once, when the sitemap failed and listings are not used."""
        if self.fell_back or self.discovery != "sitemap":
            return
        self.fell_back = True
        self.count("discovery/fallback_to_listings")
        self.logger.warning("Sitemap unusable; discovering articles through topic listings")
        yield self.home_request()

    # --- the listings -------------------------------------------------------------
    def parse_home(self, response: Response) -> Iterable[scrapy.Request | FailureItem]:
        """Request the first page of every topic named in the topic menu."""
        self.count("pages/home")
        if not isinstance(response, TextResponse):
            yield self.listing_error(response, "not_html")
            return
        links = response.xpath(TOPIC_MENU_LINKS, label=self.topic_menu_label).getall()
        if not links:
            yield self.listing_error(response, "no_topic_menu")
        for link in dict.fromkeys(links):
            request = self.page_request(link, self.parse_listing, base=response.url)
            if request:
                yield request

    def entry_link(self, entry: Selector) -> str | None:
        """The entry's title link, if it leads to an article (not a page or a category)."""
        link = entry.xpath(self.entry_link_xpath).get()
        return link if link and self.article_path.match(urlsplit(link).path) else None


def read_sitemap(body: bytes) -> Sitemap | None:
    """The sitemap in `body`, or None when it is not a sitemap index or URL set."""
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several kinds on garbage; all mean "not a sitemap"
        return None
    return sitemap if sitemap.type in ("sitemapindex", "urlset") else None
