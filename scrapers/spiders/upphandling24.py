"""Upphandling24: Inköpsrådet's sister site, on the same platform."""

from __future__ import annotations

from scrapers.spiders.inkopsradet import InkopsradetSpider


class Upphandling24Spider(InkopsradetSpider):
    """
    Source
      Upphandling24, https://upphandling24.se: news on public procurement, published on the
      same WordPress platform and theme as Inköpsrådet (articles /bransch/<topic>/<slug>/).
    Caveats
      As for inkopsradet: sitemap first, topic archives ("Ämnen") as fallback; the `since`
      window is checked on each article's publication date.
    Spider arguments
      since
        Only articles published on or after this day (YYYY-MM-DD).
      mirror
        Fetch from a mirror of the site (e.g. http://127.0.0.1:8000); items keep the real URLs.
      discovery
        "sitemap" (default, topic listings as fallback), "listings" or "both".
    """

    name = "upphandling24"
    site_origin = "https://upphandling24.se"
    allowed_domains = ["upphandling24.se"]
