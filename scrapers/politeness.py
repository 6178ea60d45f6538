"""Politeness: honour ``Retry-After`` and back off from a site that keeps failing.

`PoliteBackoff` is a downloader middleware (settings.DOWNLOADER_MIDDLEWARES, order 560:
its ``process_response`` and ``process_exception`` see a download's outcome just before
Scrapy's RetryMiddleware at 550 turns it into a retry request).

What it does, per crawler (each of our spiders crawls one site in its own crawler, so a
crawler-wide pause is a site-wide pause):

* **Retry-After** on a 429 or 503: the site asked us to wait, in seconds or until an
  HTTP-date. No request to the site leaves until then; RetryMiddleware's retry of the URL
  (still bounded by RETRY_TIMES) waits like every other request. A wait longer than
  RETRY_AFTER_MAX seconds is capped to it. A missing or garbled Retry-After falls back to
  the back-off below, at least BACKOFF_BASE seconds.
* **Back-off**: 5xx answers, 429s and download errors (timeouts, refused or lost
  connections) are failures; any other answer resets their count. From the
  BACKOFF_AFTER-th consecutive failure on, the site is paused BACKOFF_BASE seconds,
  doubling with each further failure, at most BACKOFF_MAX. When BACKOFF_GIVE_UP different
  URLs failed in a row (retries of one broken page count once; 0 = never) the spider
  closes with reason "site_failing".
* Every decision is counted under ``procurement_archive/politeness/...`` and logged at INFO
  with the URL and the delay. POLITE_BACKOFF_ENABLED=False switches it all off.

How the pause is made, and why so. A request meets three waiting rooms on its way out:
the scheduler, the downloader middlewares, and its download slot's queue (the downloader
accepts up to CONCURRENT_REQUESTS requests and queues those beyond the slot's
concurrency). ``engine.pause()`` only stops the scheduler from handing out requests: the
ones already in the middleware chain (e.g. waiting for robots.txt) or in a slot's queue
would still leave, so it alone is not a site-wide pause. A slot's delay alone is not
either: with DOWNLOAD_DELAY=0 the slot never looks at its last-seen time, and a slot
opened for another host during the pause would not know about it. So the pause is:

1. a gate in ``process_request``: every request passing this middleware while the site is
   paused waits (asynchronously) until the pause ends. The engine stops feeding the
   downloader once CONCURRENT_REQUESTS requests wait there, so the rest stay in the
   scheduler, and the waiting requests keep the spider from being closed as idle;
2. for requests already past the gate, queued in a download slot: the slot's last-seen time
   is moved to the end of the pause (and a zero delay raised to a millisecond), so the
   downloader's own queue processing holds them until then.

Responses already in flight still arrive and are processed as usual.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet import task
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from pipelines.errors import CrawlError

logger = logging.getLogger(__name__)

STATS = "procurement_archive/politeness"
RETRY_AFTER_STATUSES = frozenset({429, 503})
GIVE_UP_REASON = "site_failing"
# Request meta flag of pages already known broken (an earlier run's failures tried again):
# their failing again says nothing new about the site, so it neither pauses nor gives up.
KNOWN_BROKEN = "known_broken"
GATE_CHECK_SECONDS = 0.5  # how often a held request looks whether the crawl is closing
MIN_SLOT_DELAY = 0.001  # a slot with no delay ignores its last-seen time


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """How long a Retry-After header value asks to wait, in seconds; None when it is
    missing or garbled. Both forms: delta-seconds ("120") and an HTTP-date (a date in the
    past asks for no wait)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    text = (value or "").strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_seconds(failures: int, config: PolitenessConfig) -> float:
    """The pause after `failures` consecutive failures (0 below BACKOFF_AFTER)."""
    if failures < config.backoff_after or config.backoff_base <= 0:
        return 0.0
    doublings = min(failures - config.backoff_after, 62)
    return min(config.backoff_base * 2.0**doublings, config.backoff_max)


@dataclass(frozen=True)
class PolitenessConfig:
    """The middleware's settings, checked."""

    retry_after_max: float = 600.0
    backoff_base: float = 5.0
    backoff_max: float = 300.0
    backoff_after: int = 2
    give_up: int = 8

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> PolitenessConfig:
        """Read RETRY_AFTER_MAX, BACKOFF_*; CrawlError naming a setting that is no number."""
        return cls(
            retry_after_max=_setting(settings, "RETRY_AFTER_MAX", float, cls.retry_after_max),
            backoff_base=_setting(settings, "BACKOFF_BASE", float, cls.backoff_base),
            backoff_max=_setting(settings, "BACKOFF_MAX", float, cls.backoff_max),
            backoff_after=_setting(settings, "BACKOFF_AFTER", int, cls.backoff_after),
            give_up=_setting(settings, "BACKOFF_GIVE_UP", int, cls.give_up),
        )


def _setting(settings: BaseSettings, name: str, kind: type, default: float) -> Any:
    """A non-negative number setting; CrawlError when it is something else."""
    raw = settings.get(name, default)
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        raise CrawlError(f"setting {name}={raw!r}: expected a number ≥ 0") from None
    if not value >= 0 or value == float("inf"):
        raise CrawlError(f"setting {name}={raw!r}: expected a finite number ≥ 0")
    return value


async def sleep(seconds: float) -> None:
    """Wait `seconds` without blocking the reactor (asyncio or not)."""
    done: Deferred[None] = Deferred()
    call_later(seconds, done.callback, None)
    await maybe_deferred_to_future(done)


class PoliteBackoff:
    """Downloader middleware pausing the whole site on Retry-After and repeated failures."""

    def __init__(self, crawler: Crawler, config: PolitenessConfig) -> None:
        self.crawler = crawler
        self.config = config
        self.failures = 0  # consecutive failures on the site, retries included
        self.failing_urls: set[str] = set()  # distinct URLs among them (for giving up)
        self.resume_at = 0.0  # time.monotonic() when the current pause ends
        self.given_up = False
        self.watcher: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PoliteBackoff:
        """Built by Scrapy; NotConfigured when POLITE_BACKOFF_ENABLED is False."""
        try:
            enabled = crawler.settings.getbool("POLITE_BACKOFF_ENABLED", True)
        except ValueError:
            raw = crawler.settings.get("POLITE_BACKOFF_ENABLED")
            raise CrawlError(
                f"setting POLITE_BACKOFF_ENABLED={raw!r}: expected True or False"
            ) from None
        if not enabled:
            raise NotConfigured
        return cls(crawler, PolitenessConfig.from_settings(crawler.settings))

    # --- the gate ---------------------------------------------------------------------
    async def process_request(self, request: Request) -> None:
        """Hold `request` while the site is paused; drop it once the crawl is closing."""
        if self.given_up:
            raise IgnoreRequest(f"{request.url}: not fetched, the site keeps failing")
        if self.paused_for() <= 0:
            return
        self.count("requests_held")
        while self.paused_for() > 0 and not self.closing():
            await sleep(min(self.paused_for(), GATE_CHECK_SECONDS))
        if self.closing():
            raise IgnoreRequest(f"{request.url}: not fetched, the crawl is closing")

    def paused_for(self) -> float:
        """Seconds left of the current pause (0 when the site is not paused)."""
        return max(0.0, self.resume_at - time.monotonic())

    def closing(self) -> bool:
        """Whether the crawl is ending (the site given up, or the engine stopping)."""
        engine = self.crawler.engine
        return self.given_up or engine is None or not engine.running

    # --- outcomes -----------------------------------------------------------------------
    def process_response(self, request: Request, response: Response) -> Response:
        """Count a 5xx/429 as a failure (honouring Retry-After); anything else resets."""
        status = response.status
        if status in RETRY_AFTER_STATUSES:
            self.failed(request, f"HTTP {status}", response.headers.get("Retry-After"), True)
        elif status >= 500:
            self.failed(request, f"HTTP {status}")
        else:
            self.failures = 0
            self.failing_urls.clear()
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        """A download error (timeout, connection...) is a failure; a dropped request is not."""
        if not isinstance(exception, IgnoreRequest):
            self.failed(request, type(exception).__name__)

    def failed(
        self, request: Request, what: str, header: bytes | None = None, asked: bool = False
    ) -> None:
        """One more consecutive failure: pause the site as `asked` (Retry-After `header`)
        or as backed off; give up after BACKOFF_GIVE_UP of them."""
        if request.meta.get(KNOWN_BROKEN) and not asked:
            self.count("known_broken_failed_again")
            return
        self.failures += 1
        self.failing_urls.add(request.url)
        if self.crawler.stats:
            self.crawler.stats.max_value(f"{STATS}/consecutive_failures_max", self.failures)
        if self.given_up:
            return
        # Retries of one broken page are no sign of a failing site: give up only when
        # BACKOFF_GIVE_UP different pages failed in a row.
        if self.config.give_up and len(self.failing_urls) >= self.config.give_up:
            self.give_up(request, what)
        elif not (asked and self.honour_retry_after(request, what, header)):
            self.back_off(request, what, at_least_once=asked)

    def back_off(self, request: Request, what: str, at_least_once: bool) -> None:
        """Pause the site by the back-off for the failures so far (when there is one)."""
        failures = max(self.failures, self.config.backoff_after) if at_least_once else self.failures
        delay = backoff_seconds(failures, self.config)
        if delay <= 0:
            return
        self.count("backoff_pauses")
        logger.info(
            "Backing off after %d consecutive failures (%s): pausing the site %.1f s: %s",
            self.failures,
            what,
            delay,
            request.url,
        )
        self.pause(delay)

    def honour_retry_after(self, request: Request, what: str, header: bytes | None) -> bool:
        """Pause as a Retry-After header asks; False when it is missing or garbled."""
        asked = retry_after_seconds(header)
        if asked is None:
            self.count("retry_after_missing" if header is None else "retry_after_invalid")
            shown = header[:80] if header else header  # the site's text, kept short
            logger.info("%s without a usable Retry-After (%r): %s", what, shown, request.url)
            return False
        delay = min(asked, self.config.retry_after_max)
        self.count("retry_after_honoured")
        if asked > delay:
            self.count("retry_after_capped")
            logger.info(
                "%s asks to wait %.0f s, longer than RETRY_AFTER_MAX: waiting %.0f s: %s",
                what,
                asked,
                delay,
                request.url,
            )
        logger.info("%s, Retry-After: pausing the site %.1f s: %s", what, delay, request.url)
        self.pause(delay)
        return True

    # --- pausing and giving up -----------------------------------------------------------
    def pause(self, seconds: float) -> None:
        """Pause the whole site for `seconds` from now (never shortening a pause)."""
        now = time.monotonic()
        until = now + seconds
        if until <= self.resume_at:
            return
        self.count("seconds_paused", round(until - max(now, self.resume_at), 3))
        self.resume_at = until
        for slot in self.download_slots():
            slot.lastseen = max(slot.lastseen, until)
            slot.delay = max(slot.delay, MIN_SLOT_DELAY)
        self.watch_for_shutdown()

    def watch_for_shutdown(self) -> None:
        """While paused, look every GATE_CHECK_SECONDS whether the crawl is stopping (SIGTERM,
        Ctrl-C): requests held in download slots must not keep it alive until the pause ends."""
        if self.watcher is None or not self.watcher.running:
            self.watcher = task.LoopingCall(self.check_shutdown)
            self.watcher.start(GATE_CHECK_SECONDS, now=False)

    def check_shutdown(self) -> None:
        """End the pause early when the crawl stops; stop watching when the pause is over."""
        if self.closing() and not self.given_up:
            logger.info("Crawl stopping: dropping the requests held by the pause")
            self.resume_at = 0.0
            self.drop_queued("not fetched, the crawl is stopping")
        if (self.closing() or self.paused_for() <= 0) and self.watcher and self.watcher.running:
            self.watcher.stop()

    def give_up(self, request: Request, what: str) -> None:
        """Stop fetching from the site: drop what waits, close the spider 'site_failing'."""
        self.given_up = True
        self.count("gave_up")
        logger.warning(
            "Giving up on the site after %d consecutive failures (last: %s at %s)",
            self.failures,
            what,
            request.url,
        )
        self.drop_queued()
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            closing = deferred_from_coro(engine.close_spider_async(reason=GIVE_UP_REASON))
            closing.addErrback(lambda failure: logger.error("Could not close: %s", failure))

    def drop_queued(self, why: str = "not fetched, the site keeps failing") -> None:
        """Fail the requests waiting in download slots (they never left) as ignored."""
        for slot in self.download_slots():
            slot.lastseen = min(slot.lastseen, time.monotonic())
            while slot.queue:
                request, waiting = slot.queue.popleft()
                waiting.errback(Failure(IgnoreRequest(f"{request.url}: {why}")))

    def download_slots(self) -> list[Any]:
        """The downloader's slots (one per host), or none before the engine runs."""
        engine = self.crawler.engine
        downloader = getattr(engine, "downloader", None)
        return list(getattr(downloader, "slots", {}).values())

    def count(self, key: str, by: float = 1) -> None:
        """Add `by` to the stat procurement_archive/politeness/<key>."""
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"{STATS}/{key}", by)
