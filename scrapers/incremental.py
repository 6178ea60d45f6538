"""Incremental crawling: fetch only what is new or changed since the archive last saw it.

Three decisions, each answered from the archive (`pipelines.storage_state.ArchiveState`,
one indexed lookup per question, so memory stays flat as the archive grows):

* an article link: skip it when it is archived and the site gives no sign it changed (a
  sitemap ``lastmod`` after our fetch); re-fetch it conditionally (``If-None-Match`` /
  ``If-Modified-Since`` from the stored ETag and Last-Modified) when it changed, when the
  stored page held no article (an empty answer, a changed layout) or with ``refresh``;
  fetch it plainly when it is new;
* a listing page (newest first): stop paging once a whole page is archived and reaches
  back before the watermark, the start of the spider's last complete (``ok``) run less
  `overlap_days`. A killed or failed run is not complete, so the next run pages on past
  what the broken run archived and finishes its work;
* a sub-sitemap whose ``lastmod`` is before the watermark holds nothing new: not fetched.

With ``refresh`` nothing is skipped and every archived page is re-fetched conditionally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from dateutil.parser import isoparse

from pipelines.storage_state import ArchiveState, KnownPage


def parse_instant(text: str | None) -> datetime | None:
    """An ISO 8601 date or date-time as an aware UTC datetime (a bare date is midnight UTC)."""
    if not text:
        return None
    try:
        moment = isoparse(text.strip())
    except (ValueError, OverflowError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class ArticleDecision:
    """What to do with an article link: fetch it (with these headers) or skip it."""

    fetch: bool
    archived: bool
    headers: dict[str, str] = field(default_factory=dict)


class Incremental:
    """The incremental decisions of one spider run over the archive's STATE."""

    def __init__(
        self, state: ArchiveState, spider: str, refresh: bool = False, overlap_days: int = 2
    ) -> None:
        self.state = state
        self.spider = spider
        self.refresh = refresh
        self.overlap = timedelta(days=overlap_days)
        self._watermark: datetime | None = None
        self._watermark_read = False

    @property
    def watermark(self) -> datetime | None:
        """The start of the last complete run less the overlap; None with refresh or none."""
        if not self._watermark_read:
            started = parse_instant(self.state.last_complete_run(self.spider))
            self._watermark = started - self.overlap if started else None
            self._watermark_read = True
        return None if self.refresh else self._watermark

    def article(self, canonical_url: str, modified: str | None = None) -> ArticleDecision:
        """Fetch or skip the article at CANONICAL_URL (MODIFIED: the sitemap's lastmod)."""
        known = self.state.known_page(canonical_url)
        if known is None:
            return ArticleDecision(fetch=True, archived=False)
        stale = not known.is_article  # held no article last time: empty, or a glitch
        if not (self.refresh or stale or self._changed_since_fetch(known, modified)):
            return ArticleDecision(fetch=False, archived=True)
        return ArticleDecision(fetch=True, archived=True, headers=conditional_headers(known))

    def stop_paging(self, all_archived: bool, dates: list[date | None]) -> bool:
        """Whether a listing page (newest first) ends the paging: everything on it is
        archived and it reaches back before the watermark (or shows no dates at all)."""
        watermark = self.watermark
        if not all_archived or watermark is None:
            return False
        known = [day for day in dates if day]
        return not known or min(known) < watermark.date()

    def sitemap_unchanged(self, lastmod: str | None) -> bool:
        """Whether a sub-sitemap last modified at LASTMOD holds nothing since the watermark."""
        watermark, modified = self.watermark, parse_instant(lastmod)
        return bool(watermark and modified and modified < watermark)

    @staticmethod
    def _changed_since_fetch(known: KnownPage, modified: str | None) -> bool:
        """Whether the site's MODIFIED time is after our fetch of KNOWN."""
        modified_at, fetched_at = parse_instant(modified), parse_instant(known.fetched_at)
        return bool(modified_at and fetched_at and modified_at > fetched_at)


def conditional_headers(known: KnownPage) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the validators stored with KNOWN."""
    headers = {}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers
