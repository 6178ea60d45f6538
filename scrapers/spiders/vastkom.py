"""VästKom: news and press releases of the municipalities of Västra Götaland."""

from __future__ import annotations

from scrapers.sitevision import SiteVisionSpider


class VastkomSpider(SiteVisionSpider):
    """
    Source
      VästKom, https://www.vastkom.se: news archive per area of cooperation and press
      releases (SiteVision). The archive index /samverkansomraden/nyhetsarkiv.5.<id>.html
      links one archive page per area; archives and the press-release list are paged
      with query parameters (...html?sv.target=12.<id>&...&page=2).
    Caveats
      Releases listed both in an area archive and among the press releases are fetched
      once. Attached documents (/download/18.<id>/<timestamp>/<name>.pdf) are not
      fetched; their canonical URLs are kept in the item's attachments.
    Spider arguments
      since
        Only releases published on or after this day (YYYY-MM-DD).
      mirror
        Fetch from a mirror of the site (e.g. http://127.0.0.1:8000); items keep the real URLs.
    """

    name = "vastkom"
    site_origin = "https://www.vastkom.se"
    allowed_domains = ["vastkom.se"]
    archive_index_paths = ("/samverkansomraden/nyhetsarkiv.5.1a2b3c4d15c0d1e2f3a4b01.html",)
    listing_paths = ("/press/pressmeddelanden.5.6e7f8a9b15c0d1e2f3a4b11.html",)
    area_link_xpath = "//main//nav[contains(@class, 'archive-areas')]//a/@href"
