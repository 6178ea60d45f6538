"""A small spider for the politeness tests, loaded through
`--set SPIDER_MODULES=tests.politeness_spider` (no tests here).

It reads /news/ of the site given as mirror=URL and requests every article linked there
(<a class="story">) at once, so several requests to the site are pending together; each
article page becomes a PageItem carrying its canonical URL. Retries, concurrency and the
politeness settings are the project's unless the test overrides them.
"""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from scrapers.items import PageItem
from tests.test_cli_loopback_spider import LoopbackSpider

CANONICAL_ORIGIN = "https://polite-news.example"


class PoliteTestSpider(LoopbackSpider):
    """The crawl tests' loopback spider, fetching every article at once."""

    name = "polite"
    canonical_origin = CANONICAL_ORIGIN
    custom_settings = {
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
    }

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Every article of the listing, all at once."""
        for link in response.css("a.story::attr(href)").getall():
            yield scrapy.Request(
                response.urljoin(link), callback=self.parse_article, errback=self.failed
            )

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        """The article page as the project's spiders yield it."""
        yield self.page_item(response)

    def failed(self, failure: Failure) -> None:
        """An article that could not be fetched: logged, the crawl goes on."""
        self.logger.info("Not fetched: %s", failure.getErrorMessage())
