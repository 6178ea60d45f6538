"""Where a spider's pages really live, and where they are fetched from.

A spider crawls one real site (``https://www.inkopsradet.se``) but may fetch it from a
mirror (``http://127.0.0.1:43117``). `SiteAddresses` maps between the two: links found on
pages (absolute real-site URLs, as WordPress writes them, or relative ones) become the URL
to request, and fetched URLs become the canonical real-site URL an item carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from pipelines.errors import InputError


def host_of(url: str) -> str:
    """The lower-cased host name of `url` (no port), or "" when it has none."""
    return (urlsplit(url).hostname or "").lower()


def validate_mirror(mirror: str) -> str:
    """`mirror` as an origin (scheme://host[:port]); InputError when it is not an HTTP URL."""
    parts = urlsplit(mirror.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"mirror={mirror!r}: expected an address such as http://127.0.0.1:8000")
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


@dataclass(frozen=True)
class SiteAddresses:
    """The real site's origin and domains, and the mirror origin it is fetched from (if any)."""

    site_origin: str  # e.g. "https://www.inkopsradet.se"
    domains: tuple[str, ...]  # e.g. ("inkopsradet.se",): the site's own host names
    mirror_origin: str | None = None

    def is_own(self, url: str) -> bool:
        """Whether `url` is on one of the real site's domains (or on its mirror)."""
        host = host_of(url)
        if self.mirror_origin and self._on_mirror(url):
            return True
        return any(host == domain or host.endswith("." + domain) for domain in self.domains)

    def fetch_url(self, link: str, base: str | None = None) -> str | None:
        """The URL to request for `link` (resolved against `base`), None when it is offsite."""
        url = urljoin(base or self.site_origin, link.strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not self.is_own(url):
            return None
        if not self.mirror_origin or self._on_mirror(url):
            return urlunsplit(parts._replace(fragment=""))
        mirror = urlsplit(self.mirror_origin)
        return urlunsplit(parts._replace(scheme=mirror.scheme, netloc=mirror.netloc, fragment=""))

    def canonical(self, url: str) -> str:
        """The real-site URL of `url` (fetched from the mirror or not), without fragment."""
        parts = urlsplit(url)._replace(fragment="")
        if self.mirror_origin and self._on_mirror(url):
            site = urlsplit(self.site_origin)
            parts = parts._replace(scheme=site.scheme, netloc=site.netloc)
        return safe_url_string(urlunsplit(parts))

    def site_url(self, path: str) -> str:
        """The URL to request for a path of the real site (e.g. "/wp-sitemap.xml")."""
        url = self.fetch_url(path)
        if url is None:  # cannot happen for a path; keeps the type honest
            raise InputError(f"{path!r} is not a path of {self.site_origin}")
        return url

    def _on_mirror(self, url: str) -> bool:
        if not self.mirror_origin:
            return False
        parts, mirror = urlsplit(url), urlsplit(self.mirror_origin)
        return (parts.hostname, parts.port) == (mirror.hostname, mirror.port)
