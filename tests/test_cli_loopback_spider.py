"""A small spider over a loopback test site, loaded by the crawl tests through
`--set SPIDER_MODULES=tests.test_cli_loopback_spider` (no tests here).

The site: /news/ lists articles as <a class="story">; each article page is fetched in turn
(the next one only after the previous one's item), so tests know the order of the work.
A page containing the word EXPLODE makes the spider's callback fail, as a spider bug would.
With since=YYYY-MM-DD, pages whose <time datetime> is older are skipped.
"""

from __future__ import annotations

from datetime import UTC, datetime

import scrapy

from scrapers.items import PageItem

CANONICAL_ORIGIN = "https://loopback-news.example"


class LoopbackSpider(scrapy.Spider):
    """Crawls a loopback test site given as mirror=URL; items carry canonical URLs."""

    name = "loopback"
    custom_settings = {
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "RETRY_ENABLED": False,
        "CONCURRENT_REQUESTS": 1,
    }

    def __init__(self, mirror: str = "", since: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mirror = mirror.rstrip("/")
        self.since = since

    async def start(self):
        yield scrapy.Request(f"{self.mirror}/news/", callback=self.parse_listing)

    def parse_listing(self, response):
        links = [response.urljoin(h) for h in response.css("a.story::attr(href)").getall()]
        yield from self.next_article(links)

    def parse_article(self, response, remaining: list[str]):
        if b"EXPLODE" in response.body:
            raise ValueError(f"cannot parse {response.url}")
        published = response.css("time::attr(datetime)").get()
        if not (self.since and published and published < self.since):
            yield self.page_item(response)
        yield from self.next_article(remaining)

    canonical_origin = CANONICAL_ORIGIN  # the real site the mirror stands in for

    def page_item(self, response) -> PageItem:
        """The fetched page as the project's spiders yield it."""
        return PageItem(
            url=response.url.replace(self.mirror, self.canonical_origin),
            source=self.name,
            body=response.body,
            encoding=response.encoding,
            status=response.status,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def next_article(self, links: list[str]):
        if links:
            yield scrapy.Request(
                links[0], callback=self.parse_article, cb_kwargs={"remaining": links[1:]}
            )
