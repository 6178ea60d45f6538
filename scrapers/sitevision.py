"""Discovery on SiteVision sites: news archive pages, paged by query parameters.

SiteVision pages end in ``.<n>.<hex id>.html``. A site's news archive index links one
archive page per area; every archive page (and a press-release listing, if any) lists
news items newest first, each with its date, and links its next page with query
parameters (``...html?sv.target=12.<id>&...&page=2``). The spider reads the listings,
stops paging once a page reaches past ``since``, and yields each release with the links
to its attached documents (``/download/18.<id>/<timestamp>/<name>.pdf``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import scrapy
from scrapy.http import Response, TextResponse

from scrapers.base import ArchiveSpider
from scrapers.items import FailureItem


class SiteVisionSpider(ArchiveSpider):
    """Base of SiteVision news spiders; a site sets its paths and portlet markup."""

    archive_index_paths: ClassVar[tuple[str, ...]] = ()  # pages linking per-area archives
    listing_paths: ClassVar[tuple[str, ...]] = ()  # listings crawled directly
    area_link_xpath: ClassVar[str] = "//main//nav//a/@href"
    listing_entry_xpath = "//div[contains(@class, 'sv-archive-portlet')]//li[.//a]"
    next_page_xpath = "//a[@rel='next']/@href | //a[normalize-space()='Nästa']/@href"
    content_xpath = "//main"
    published_xpaths = ("//main//time/@datetime", "//meta[@name='dcterms.created']/@content")

    def first_requests(self) -> Iterable[scrapy.Request]:
        """The archive index pages and the direct listings."""
        for path in self.archive_index_paths:
            request = self.page_request(path, self.parse_archive_index, role="index")
            if request:
                yield request
        for path in self.listing_paths:
            request = self.page_request(path, self.parse_listing)
            if request:
                yield request

    def parse_archive_index(self, response: Response) -> Iterable[scrapy.Request | FailureItem]:
        """Request every area's archive listed on an archive index page."""
        self.count("pages/index")
        if not isinstance(response, TextResponse):
            yield self.listing_error(response, "not_html")
            return
        links = response.xpath(self.area_link_xpath).getall()
        if not links:
            yield self.listing_error(response, "index_without_areas")
        for link in dict.fromkeys(links):
            request = self.page_request(link, self.parse_listing, base=response.url)
            if request:
                yield request
