"""Downloader middlewares of our own (politeness lives in `scrapers.politeness`).

`RedirectLoopGuard` makes a redirect loop a recorded failure. Scrapy's RedirectMiddleware
gives up only after REDIRECT_MAX_TIMES hops, and a loop (/a -> /b -> /a) never gets there:
the redirect back to /a is a duplicate request, which the scheduler's dupefilter drops
silently, so no errback runs and the page vanishes from the record. The guard sits before
RedirectMiddleware on the way back (order 650 > 600) and raises IgnoreRequest("redirect
loop ...") when a redirect points at a URL its chain has already visited.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from w3lib.url import safe_url_string

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class RedirectLoopGuard:
    """Raise IgnoreRequest for a redirect back into its own chain."""

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status not in REDIRECT_STATUSES or not location:
            return response
        target = safe_url_string(urljoin(request.url, location.decode("latin-1").strip()))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            hops = " -> ".join([*chain, target])
            raise IgnoreRequest(f"redirect loop: {hops}")
        return response
