"""A small spider for the politeness tests, loaded through
`--set SPIDER_MODULES=tests.politeness_spider` (no tests here).

It reads /news/ of the site given as mirror=URL and requests every article linked there
(<a class="story">) at once, so several requests to the site are pending together; each
article page becomes a PageItem carrying its canonical URL. Retries, concurrency and the
politeness settings are the project's unless the test overrides them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from scrapers.items import PageItem

CANONICAL_ORIGIN = "https://polite-news.example"


class PoliteTestSpider(scrapy.Spider):
    """Crawls the politeness tests' loopback site; items carry canonical URLs."""

    name = "polite"
    custom_settings = {
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
    }

    def __init__(self, mirror: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.mirror = mirror.rstrip("/")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The listing page."""
        yield scrapy.Request(f"{self.mirror}/news/", callback=self.parse_listing)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Every article of the listing, all at once."""
        for link in response.css("a.story::attr(href)").getall():
            yield scrapy.Request(
                response.urljoin(link), callback=self.parse_article, errback=self.failed
            )

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        """The article page as the project's spiders yield it."""
        yield PageItem(
            url=response.url.replace(self.mirror, CANONICAL_ORIGIN),
            source=self.name,
            body=response.body,
            encoding=response.encoding,
            status=response.status,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def failed(self, failure: Failure) -> None:
        """An article that could not be fetched: logged, the crawl goes on."""
        self.logger.info("Not fetched: %s", failure.getErrorMessage())
