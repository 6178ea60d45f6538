"""The base of every procurement-archive spider: the date window, the mirror, article
requests, failures and statistics.

A site's spider is mostly class attributes (see `scrapers.wordpress` and
`scrapers.sitevision` for the platforms). Every decision is counted in the crawl stats under
``procurement_archive/...``: pages fetched by role, items, articles skipped (too old,
duplicate, offsite, not an article) and errors by kind. One failing page is logged with
its URL and counted; the crawl goes on.

Spider arguments shared by all spiders:

* ``since=YYYY-MM-DD``: skip articles published before that day and stop paging listings
  (sorted newest first) once a page reaches past it.
* ``mirror=http://HOST:PORT``: fetch the site from a mirror (see `scrapers.mirror`); items
  still carry the real site's URLs. The setting ``PROCUREMENT_ARCHIVE_MIRRORS`` (a JSON
  object {spider name: mirror URL}) does the same for several spiders at once.
* ``refresh=1``: re-fetch archived articles too (conditionally, see `scrapers.incremental`).

Incremental crawling (`scrapers.incremental`) asks the archive at the ARCHIVE_DB setting
what it already holds; ``ARCHIVE_INCREMENTAL = False`` switches that off. A page that
cannot be fetched or read becomes a `FailureItem`, which the pipelines record.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.selector import Selector
from twisted.python.failure import Failure

from pipelines.errors import InputError
from pipelines.storage_state import ArchiveState
from scrapers.addresses import SiteAddresses, host_of, validate_mirror
from scrapers.failures import failure_detail, failure_kind, failure_status, is_decision
from scrapers.incremental import Incremental
from scrapers.items import FailureItem, NotModifiedItem, PageItem
from scrapers.politeness import KNOWN_BROKEN

STATS = "procurement_archive"
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_since(value: str | None) -> date | None:
    """The `since` spider argument as a date; InputError unless it is YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise InputError(f"since={value!r}: expected a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"since={value!r}: no such day") from None


def iso_date(text: str | None) -> date | None:
    """The first ISO date (YYYY-MM-DD...) in `text`, or None."""
    match = ISO_DATE.search(text or "")
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class ArchiveSpider(scrapy.Spider):
    """Base of the site spiders; not run by itself (it has no name)."""

    site_origin: ClassVar[str] = ""  # the real site, e.g. "https://www.inkopsradet.se"
    allowed_domains: ClassVar[list[str]] = []
    # Where the article text is on an article page: attachments are looked for there.
    content_xpath: ClassVar[str] = "//body"
    # Where an article page states its publication date (first match wins).
    published_xpaths: ClassVar[tuple[str, ...]] = (
        "//meta[@property='article:published_time']/@content",
        "//time/@datetime",
    )
    attachment_link = re.compile(r"(\.(pdf|docx?|xlsx?|pptx?|odt)$)|/download/", re.I)
    # Listing pages (newest first): their entries, each entry's link and date, the next page.
    listing_entry_xpath: ClassVar[str] = "//main//article"
    entry_link_xpath: ClassVar[str] = ".//a/@href"
    entry_date_xpath: ClassVar[str] = ".//time/@datetime"
    next_page_xpath: ClassVar[str] = "//a[@rel='next']/@href"

    addresses: SiteAddresses

    def __init__(
        self,
        *args: Any,
        since: str | None = None,
        mirror: str | None = None,
        refresh: str | bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.since = parse_since(since)
        self.mirror = validate_mirror(mirror) if mirror else None
        self.refresh = parse_flag("refresh", refresh)
        # article URLs seen this run -> whether the archive holds them
        self.requested_articles: dict[str, bool] = {}
        self.incremental = Incremental(ArchiveState(None), self.name or "", self.refresh)
        self.retry_failed_max, self.retry_failed_runs = 0, 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArchiveSpider:
        """Build the spider and settle which address it fetches from."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        mirrors = crawler.settings.getdict("PROCUREMENT_ARCHIVE_MIRRORS")
        if not spider.mirror and mirrors.get(cls.name):
            spider.mirror = validate_mirror(mirrors[cls.name])
        spider.addresses = SiteAddresses(cls.site_origin, tuple(cls.allowed_domains), spider.mirror)
        if spider.mirror:  # requests all go to the mirror: nothing else may be fetched
            spider.allowed_domains = [host_of(spider.mirror)]
        if crawler.settings.getbool("ARCHIVE_INCREMENTAL", True):
            state = ArchiveState(crawler.settings.get("ARCHIVE_DB"))
            overlap = crawler.settings.getint("ARCHIVE_INCREMENTAL_OVERLAP_DAYS", 2)
            spider.incremental = Incremental(state, cls.name, spider.refresh, overlap)
            spider.retry_failed_max = crawler.settings.getint("ARCHIVE_RETRY_FAILED", 500)
            spider.retry_failed_runs = crawler.settings.getint("ARCHIVE_RETRY_FAILED_RUNS", 10)
        return spider

    def closed(self, reason: str) -> None:
        """Let go of the archive's read-only connection."""
        self.incremental.state.close()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The first requests: those of `first_requests`, then the articles whose fetch
        failed in earlier runs for a passing reason (a 5xx, a timeout...)."""
        for request in self.first_requests():
            yield request
        for request in self.retry_requests():
            yield request

    def retry_requests(self) -> Iterable[scrapy.Request]:
        """Requests for the open, passing failures the archive recorded (ARCHIVE_RETRY_FAILED
        at most, each URL until it failed ARCHIVE_RETRY_FAILED_RUNS runs)."""
        urls = self.incremental.state.retryable_failures(
            self.name, self.retry_failed_max, self.retry_failed_runs
        )
        for url in urls:
            request = self.article_request(url)
            if request is not None:
                self.count("retried_failures")
                # known broken: its failing again neither pauses nor gives up on the site;
                # after the discovery of what is new
                request.meta[KNOWN_BROKEN] = True
                yield request.replace(priority=-10)

    def first_requests(self) -> Iterable[scrapy.Request]:
        """The platform's first requests (sitemap, archive index...)."""
        raise NotImplementedError

    # --- counting ------------------------------------------------------------------
    def count(self, key: str, by: int = 1) -> None:
        """Add `by` to the stat procurement_archive/<key>."""
        if self.crawler:
            self.crawler.stats.inc_value(f"{STATS}/{key}", by)

    # --- requests --------------------------------------------------------------------
    def page_request(
        self,
        link: str,
        callback: Callable[..., Any],
        base: str | None = None,
        role: str = "listing",
        **cb_kwargs: Any,
    ) -> scrapy.Request | None:
        """A request for `link` (real-site or relative), or None (counted) if it is offsite."""
        url = self.addresses.fetch_url(link, base)
        if url is None:
            self.count("skipped/offsite")
            self.logger.debug("Not following offsite link %s", link)
            return None
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.page_failed,
            cb_kwargs=cb_kwargs,
            meta={"role": role},
        )

    def article_request(
        self,
        link: str,
        base: str | None = None,
        published: date | None = None,
        modified: str | None = None,
    ) -> scrapy.Request | None:
        """A request for an article seen on a listing or sitemap, unless it is skipped."""
        return self.article_decision(link, base, published, modified)[0]

    def article_decision(
        self,
        link: str,
        base: str | None = None,
        published: date | None = None,
        modified: str | None = None,
    ) -> tuple[scrapy.Request | None, bool]:
        """The request for an article link (None when skipped, counted) and whether the
        archive holds it. MODIFIED is when the site says it last changed (sitemap lastmod)."""
        url = self.addresses.fetch_url(link, base)
        if url is None:
            self.count("skipped/offsite")
            return None, False
        canonical = self.addresses.canonical(url)
        if canonical in self.requested_articles:
            self.count("skipped/duplicate")
            return None, self.requested_articles[canonical]
        if self.is_too_old(published):
            self.count("skipped/too_old_on_listing")
            return None, False
        decision = self.incremental.article(canonical, modified)
        self.requested_articles[canonical] = decision.archived  # seen again: a duplicate
        if not decision.fetch:
            self.count("skipped/archived")
            return None, True
        if decision.archived:
            self.count("refetch/conditional" if decision.headers else "refetch/plain")
        listed = published.isoformat() if published else None
        request = self.page_request(url, self.parse_article, role="article", listed=listed)
        if request is not None and decision.archived:
            request.headers.update(decision.headers)
            request.meta["handle_httpstatus_list"] = [304]
        return request, decision.archived

    def is_too_old(self, published: date | None) -> bool:
        """Whether `published` is known and before the `since` day."""
        return bool(self.since and published and published < self.since)

    def listing_reaches_past_since(self, dates: list[date | None]) -> bool:
        """Whether a listing (newest first) shows an item older than `since`."""
        known = [day for day in dates if day]
        return bool(self.since and known and min(known) < self.since)

    # --- listing pages ------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterable[scrapy.Request | FailureItem]:
        """Request a listing page's articles, then its next page unless paging should stop
        (past `since`, or everything on the page already archived: see `next_listing`)."""
        self.count("pages/listing")
        if not isinstance(response, TextResponse):
            yield self.listing_error(response, "not_html")
            return
        entries = response.xpath(self.listing_entry_xpath)
        if not entries:
            yield self.listing_error(response, "listing_without_entries")
            return
        dates: list[date | None] = []
        archived = 0
        for entry in entries:
            day = self.entry_date(entry)
            dates.append(day)
            link = self.entry_link(entry)
            if not link:
                self.count("skipped/not_article")
                archived += 1  # nothing to fetch here either
                continue
            request, known = self.article_decision(link, response.url, day)
            archived += known or self.is_too_old(day)
            if request:
                yield request
        yield from self.next_listing(response, dates, all_archived=archived == len(entries))

    def entry_date(self, entry: Selector) -> date | None:
        """The publication date a listing entry shows, or None."""
        return iso_date(" ".join(entry.xpath(self.entry_date_xpath).getall()))

    def entry_link(self, entry: Selector) -> str | None:
        """The article link of a listing entry, or None when the entry links no article."""
        return entry.xpath(self.entry_link_xpath).get()

    def next_listing(
        self, response: Response, dates: list[date | None], all_archived: bool = False
    ) -> Iterable[scrapy.Request]:
        """The request for the next (older) listing page, unless it is past `since` or
        the archive already holds everything from here on."""
        link = response.xpath(self.next_page_xpath).get()
        if not link:
            return
        if self.listing_reaches_past_since(dates):
            self.count("paging/stopped_by_since")
            return
        if self.incremental.stop_paging(all_archived, dates):
            self.count("paging/stopped_at_archived")
            return
        request = self.page_request(link, self.parse_listing, base=response.url)
        if request:
            yield request

    # --- article pages ------------------------------------------------------------
    def parse_article(
        self, response: Response, listed: str | None = None
    ) -> Iterable[PageItem | NotModifiedItem | FailureItem]:
        """Yield the fetched article as a PageItem (a NotModifiedItem for a 304), unless it
        is not HTML or too old."""
        self.count("pages/article")
        canonical = self.addresses.canonical(response.url)
        if response.status == 304:
            self.count("pages/not_modified")
            yield NotModifiedItem(url=canonical, source=self.name, checked_at=utc_stamp())
            return
        if not isinstance(response, TextResponse):
            yield self.listing_error(response, "not_html")
            return
        published = self.page_published(response)
        if self.is_too_old(published):
            self.count("skipped/too_old")
            return
        self.count("items")
        yield PageItem(
            url=canonical,
            source=self.name,
            body=response.body,
            encoding=response.encoding,
            status=response.status,
            fetched_at=utc_stamp(),
            listing_published=listed,
            attachments=self.attachments(response),
            content_type=header(response, b"Content-Type"),
            etag=header(response, b"ETag"),
            last_modified=header(response, b"Last-Modified"),
        )

    def page_published(self, response: TextResponse) -> date | None:
        """The publication date an article page states, or None."""
        for xpath in self.published_xpaths:
            found = iso_date(response.xpath(xpath).get())
            if found:
                return found
        return None

    def attachments(self, response: TextResponse) -> list[str]:
        """Canonical URLs of the documents (PDF...) linked from the article's content."""
        found: list[str] = []
        for href in response.xpath(f"{self.content_xpath}//a/@href").getall():
            url = self.addresses.fetch_url(href, response.url)
            if url and self.attachment_link.search(url.split("?")[0]):
                canonical = self.addresses.canonical(url)
                if canonical not in found:
                    found.append(canonical)
        return found

    # --- failures -------------------------------------------------------------------
    def page_failed(self, failure: Failure) -> Iterable[FailureItem | scrapy.Request]:
        """Log, count and record a page that could not be fetched; the crawl goes on."""
        request = failure.request if hasattr(failure, "request") else None
        url = request.url if request else "?"
        kind = failure_kind(failure)
        if is_decision(kind):  # robots.txt, offsite: a rule followed, not an error
            self.count(f"skipped/{kind}")
            self.logger.info("Not fetched %s: %s", url, failure.getErrorMessage())
        else:
            self.count(f"errors/{kind}")
            if request is not None and request.meta.get("role", "article") != "article":
                self.count("discovery_errors")
            if request is not None and request.meta.get(KNOWN_BROKEN):
                self.count("known_broken_errors")  # failed in an earlier run too
            self.logger.error("Could not fetch %s (%s): %s", url, kind, failure.getErrorMessage())
            yield FailureItem(
                url=self.addresses.canonical(url) if request else url,
                source=self.name,
                reason=kind,
                detail=failure_detail(failure),
                role=request.meta.get("role") if request else None,
                status=failure_status(failure),
            )
        yield from self.on_page_failed(request, kind)

    def on_page_failed(self, request: scrapy.Request | None, kind: str) -> Iterable[scrapy.Request]:
        """Requests a platform makes after a failure (e.g. fall back to listings)."""
        return ()

    def listing_error(self, response: Response, what: str) -> FailureItem:
        """Log and count a page that lacks the markup it should have; the item records it."""
        self.count(f"errors/{what}")
        self.count("discovery_errors")
        self.logger.warning("%s: %s", what.replace("_", " "), response.url)
        return FailureItem(
            url=self.addresses.canonical(response.url),
            source=self.name,
            reason=what,
            detail=f"{len(response.body)} bytes, Content-Type "
            f"{header(response, b'Content-Type') or 'none'}",
            status=response.status,
            role=response.request.meta.get("role") if response.request else None,
        )


def parse_flag(name: str, value: str | bool) -> bool:
    """A yes/no spider argument (1/0, true/false, yes/no); InputError otherwise."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("", "0", "false", "no", "off"):
        return False
    raise InputError(f"{name}={value!r}: expected 1 or 0")


def header(response: Response, name: bytes) -> str | None:
    """A response header as text (latin-1, as HTTP headers are), or None."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def utc_stamp() -> str:
    """Now, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")
