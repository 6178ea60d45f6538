"""The crawl benchmark's baseline: a plain Scrapy spider, no item pipelines, no extraction.

    .venv/bin/python bench/plain_spider.py MIRROR_URL --stats STATS.json [--set NAME=VALUE ...]

Reads the mirror's WordPress sitemap index (``/wp-sitemap.xml``), follows its post
sitemaps (``wp-sitemap-posts-post-N.xml``) and fetches every URL they list, from the
mirror, yielding nothing. Runs with Scrapy's default settings plus the ``--set`` pairs (the
benchmark passes the same concurrency, delay, robots and log settings to both crawls) and
writes the crawl stats as JSON to STATS.json when done.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

POST_SITEMAP = re.compile(r"wp-sitemap-posts-post-\d+\.xml$")


class PlainSitemapSpider(scrapy.Spider):
    """Sitemap index -> post sitemaps -> every article page; nothing is parsed or yielded."""

    name = "plain"

    def __init__(self, mirror: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mirror = urlsplit(mirror)
        self.start_urls = [self.on_mirror("/wp-sitemap.xml")]

    def on_mirror(self, url: str) -> str:
        """`url` (a real-site URL or a path) with the mirror's scheme and host."""
        parts = urlsplit(url)
        return urlunsplit(parts._replace(scheme=self.mirror.scheme, netloc=self.mirror.netloc))

    def parse(self, response: Response):
        """A sitemap: follow an index's post sitemaps, fetch a URL set's pages."""
        sitemap = Sitemap(response.body)
        for entry in sitemap:
            loc = entry.get("loc", "")
            if sitemap.type == "sitemapindex" and POST_SITEMAP.search(loc):
                yield scrapy.Request(self.on_mirror(loc), callback=self.parse)
            elif sitemap.type == "urlset":
                yield scrapy.Request(self.on_mirror(loc), callback=self.fetched)

    def fetched(self, response: Response):
        """An article page: count it, nothing more."""
        self.crawler.stats.inc_value("plain/pages")
        return None


def parse_pairs(values: list[str]) -> dict[str, str]:
    """NAME=VALUE pairs as a dict."""
    pairs = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep:
            raise SystemExit(f"--set {value!r}: expected NAME=VALUE")
        pairs[name] = rest
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirror", help="base URL of the site, e.g. http://127.0.0.1:8000")
    parser.add_argument("--stats", type=Path, required=True, help="write the stats here")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    process = CrawlerProcess(parse_pairs(args.set))
    crawler = process.create_crawler(PlainSitemapSpider)
    process.crawl(crawler, mirror=args.mirror)
    process.start()
    stats = dict(crawler.stats.get_stats())
    args.stats.write_text(json.dumps(stats, default=str, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
