"""Inköpsrådet: Swedish news on public procurement."""

from __future__ import annotations

import re

from scrapers.wordpress import WordPressSpider


class InkopsradetSpider(WordPressSpider):
    """
    Source
      Inköpsrådet, https://www.inkopsradet.se: news on public procurement (WordPress).
      Articles live at /bransch/<topic>/<slug>/; the topic menu "Ämnen" links the topic
      archives /bransch/<topic>/, paged as /bransch/<topic>/page/2/ ("Äldre inlägg").
    Caveats
      Articles are found through the WordPress core sitemap (/wp-sitemap.xml) and, if it
      cannot be read, through the topic archives. The sitemap's lastmod is a modification
      date: the `since` window is checked again on each article's publication date.
      Readers' comments, ads and "Senaste inläggen" share the page with the article; the
      page parser, not the spider, separates them.
    Spider arguments
      since
        Only articles published on or after this day (YYYY-MM-DD).
      mirror
        Fetch from a mirror of the site (e.g. http://127.0.0.1:8000); items keep the real URLs.
      discovery
        "sitemap" (default, topic listings as fallback), "listings" or "both".
    """

    name = "inkopsradet"
    site_origin = "https://www.inkopsradet.se"
    allowed_domains = ["inkopsradet.se"]
    # /bransch/<topic>/<slug>/ ; a topic's listing pages (/bransch/<topic>/page/2/) never match
    article_path = re.compile(r"^/bransch/[\w-]+/(?!page/)[\w%.-]+/$")
