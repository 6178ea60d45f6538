"""A loopback WordPress-like news site that injects one fault per URL, for crawl tests.

It has the shape of Inköpsrådet (``data/snapshot/www.inkopsradet.se``): robots.txt, the core
sitemap index ``/wp-sitemap.xml`` naming two post sitemaps (an old one, last modified in
2019, and a fresh one, modified at the moment it is asked for), and article pages at
``/bransch/<topic>/<slug>/`` in the theme's markup, with menus, "Senaste inläggen" and a
footer around the article. The real ``inkopsradet`` spider crawls it through
``--mirror inkopsradet=<base_url>``. Besides a few good articles (`ARTICLES`), each fault of
`FAULTS` has its own URL: error statuses, a stall, a reset connection, a redirect loop,
redirects off the site, broken markup, wrong or missing charsets, an empty body, 20 MB pages
and a page without an article. The server counts every request by path and by Host header,
so a test can tell how often each URL was tried and whether another host was asked.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from scrapers.mirror import serving

SITE = "https://www.inkopsradet.se"
STALL_SECONDS = 10.0  # how long a stalled answer waits (a test's DOWNLOAD_TIMEOUT is shorter)
HUGE_SIZE = 20 * 1024 * 1024
OLD_LASTMOD = "2019-05-14T08:30:00+00:00"
OLD_SITEMAP = "/wp-sitemap-posts-post-1.xml"
FRESH_SITEMAP = "/wp-sitemap-posts-post-2.xml"
HTML_UTF8 = "text/html; charset=UTF-8"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Story:
    """An article's text: title, publication day, author and paragraphs."""

    title: str
    published: str
    author: str
    paragraphs: tuple[str, ...]
    lang: str = "sv-SE"


# Good articles by path. The first is listed in the old post sitemap, the others in the fresh one.
ARTICLES = {
    "/bransch/ramavtal/region-norrby-tecknar-ramavtal-for-mobler/": Story(
        "Region Norrby tecknar ramavtal för möbler",
        "2019-04-02",
        "Karin Lund",
        (
            "Region Norrby har tecknat ett ramavtal med Möbelverkstaden Ek AB om kontorsmöbler.",
            "Avtalet gäller i fyra år och beräknas vara värt omkring 40 miljoner kronor.",
        ),
    ),
    "/bransch/it-upphandling/alo-kommun-upphandlar-skolskjuts/": Story(
        "Ålö kommun upphandlar skolskjutsar",
        "2024-05-28",
        "Per Holm",
        (
            "Ålö kommun har annonserat en upphandling av skolskjutsar på öarna.",
            "Anbud ska lämnas senast den 30 juni och avtalet ska löpa i tre år.",
        ),
    ),
    "/bransch/ramavtal/harbour-board-awards-ferry-maintenance/": Story(
        "Harbour board awards ferry maintenance contract",
        "2024-06-01",
        "Anna Berg",
        (
            "The Skärhamn harbour board has awarded Keel & Hull Services Ltd a contract to "
            "maintain its two ferries.",
            "The contract runs for five years and is worth 3 million euros.",
        ),
        "en-GB",
    ),
}
# Served with 500 the first time it is asked for, then as this article.
ONCE_FAILING = Story(
    "Vattenverket byter leverantör av fällningskemikalier",
    "2024-05-30",
    "Karin Lund",
    (
        "Norrå vatten har valt Kemtjänst i Väst AB som ny leverantör av fällningskemikalier.",
        "Det nya avtalet gäller i två år.",
    ),
)
# Served in one-byte charsets; ISO-8859-1 has no € or ”, windows-1252 has both.
LATIN1_STORY = Story(
    "Länsstyrelsen i Östra Åby köper ny växel",
    "2024-05-20",
    "Örjan Näslund",
    (
        "Länsstyrelsen i Östra Åby har upphandlat en ny telefonväxel från Växelbolaget i Åre AB.",
        "Avtalet är värt 1,2 miljoner kronor och gäller i tre år.",
    ),
)
CP1252_STORY = Story(
    "Kommunen väljer ”grön” el – avtal värt 2 miljoner €",
    "2024-05-22",
    "Åsa Öberg",
    (
        "Håbo kommun har tecknat avtal med Vindkraft Sjöå AB om ”grön” el till skolorna.",
        "Avtalet är värt 2 miljoner € och gäller i två år – med möjlighet till förlängning.",
    ),
)
CP1252_APPEAL_STORY = Story(
    "Överklagad upphandling av färjetrafik – ”oklara krav”",
    "2024-05-23",
    "Örjan Näslund",
    (
        "Rederiet Ölandsfärjan AB har överklagat Kalmarsunds upphandling av färjetrafik.",
        "Bolaget kallar kraven ”oklara” – kontraktet är värt 14 miljoner € över sex år.",
    ),
)
MALFORMED_STORY = Story(
    "Förvaltningsrätten stoppar upphandling av städning",
    "2024-05-25",
    "Per Holm",
    (
        "Förvaltningsrätten har stoppat Sjöby kommuns upphandling av städtjänster.",
        "Domstolen anser att kraven på erfarenhet var för höga för mindre företag.",
    ),
)

# The fault each URL path injects; all are article paths the spider requests.
FAULTS = {
    "not_found": "/bransch/ramavtal/sidan-finns-inte/",
    "error_always": "/bransch/ramavtal/serverfel-varje-gang/",
    "error_once": "/bransch/ramavtal/serverfel-forsta-gangen/",
    "stall": "/bransch/it-upphandling/svarar-aldrig/",
    "reset": "/bransch/it-upphandling/avbruten-anslutning/",
    "loop": "/bransch/processregler/omdirigering-a/",
    "offsite_redirect": "/bransch/processregler/flyttad-utomlands/",
    "offsite_local_redirect": "/bransch/processregler/flyttad-till-annan-vard/",
    "malformed": "/bransch/ramavtal/trasig-html/",
    "latin1_declared": "/bransch/ramavtal/latin1-med-teckenkodning/",
    "cp1252_undeclared": "/bransch/ramavtal/cp1252-utan-teckenkodning/",
    "cp1252_mislabelled": "/bransch/ramavtal/cp1252-med-fel-teckenkodning/",
    "empty": "/bransch/ramavtal/tom-sida/",
    "huge": "/bransch/ramavtal/jattesida/",
    "huge_undeclared": "/bransch/ramavtal/jattesida-utan-langd/",
    "no_article": "/bransch/ramavtal/ny-sidlayout/",
    "old_error_always": "/bransch/arkiv/gammalt-serverfel/",
}
OLD_SITEMAP_PATHS = ("/bransch/ramavtal/region-norrby-tecknar-ramavtal-for-mobler/",)
OLD_SITEMAP_FAULTS = ("old_error_always",)
LOOP_TARGET = "/bransch/processregler/omdirigering-b/"
ROBOTS_FORBIDDEN = "/bransch/medlemsnytt/endast-for-medlemmar/"
OFFSITE_REDIRECT_TARGET = "http://evil.example/bransch/stulen/artikel/"
OFFSITE_SITEMAP_LOC = "http://evil.example/bransch/ramavtal/annan-webbplats/"
# Where offsite_local_redirect sends the crawler: this server, named as another host.
TRAP_PATH = "/falla/stulen-artikel/"
ROBOTS_TXT = (
    "User-agent: *\nDisallow: /wp-admin/\nDisallow: /bransch/medlemsnytt/\n\n"
    f"Sitemap: {SITE}/wp-sitemap.xml\n"
)
MENU = (
    '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
    '<li class="menu-item"><a href="#">Ämnen</a><ul class="sub-menu">'
    f'<li><a href="{SITE}/bransch/ramavtal/">Ramavtal</a></li>'
    f'<li><a href="{SITE}/bransch/it-upphandling/">IT-upphandling</a></li></ul></li>'
    f'<li class="menu-item"><a href="{SITE}/annonsera/">Annonsera</a></li></ul></nav>'
)
SIDEBAR = (
    '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
    '<h2 class="widget-title">Senaste inläggen</h2><ul>'
    f'<li><a href="{SITE}/bransch/ramavtal/annat/">Byggbolaget Lera AB vinner vägavtal</a></li>'
    "</ul></section></aside>"
)
FOOTER = (
    '<footer id="colophon" class="site-footer"><p>Inköpsrådet ges ut av en branschförening. '
    f'<a href="{SITE}/integritetspolicy/">Integritetspolicy</a> | '
    '<a href="https://www.facebook.com/inkopsradet">Facebook</a></p></footer>'
)


def page_html(title: str, main: str, head_extra: str = '<meta charset="UTF-8">') -> str:
    """A whole page of the theme: header, menu, MAIN, sidebar and footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="sv-SE"><head>{head_extra}'
        f"<title>{escape(title)} - Inköpsrådet</title></head>"
        '<body class="single single-post"><div id="page" class="site">'
        '<header id="masthead" class="site-header"><p class="site-title">'
        f'<a href="{SITE}/">Inköpsrådet</a></p>{MENU}</header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>'
        f"{SIDEBAR}</div>{FOOTER}</div></body></html>"
    )


def article_html(story: Story, head_extra: str = '<meta charset="UTF-8">') -> str:
    """STORY as an article page of the theme (text; encode it as the fault needs)."""
    stamp = f"{story.published}T08:30:00+00:00"
    head = f'{head_extra}<meta property="article:published_time" content="{stamp}">'
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in story.paragraphs)
    main = (
        '<article class="post type-post status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{escape(story.title)}</h1>'
        f'<div class="entry-meta"><span class="byline">Av <span class="author vcard">'
        f"{escape(story.author)}</span></span> | "
        f'<time class="entry-date published" datetime="{stamp}">{story.published}</time>'
        f'</div></header><div class="entry-content">{paragraphs}</div></article>'
    )
    return page_html(story.title, main, head).replace('lang="sv-SE"', f'lang="{story.lang}"')


def malformed_page() -> bytes:
    """An article in broken markup: no </head>, unclosed and stray closing tags, a bare '<',
    garbage bytes and a NUL, and a cut-off end."""
    story = MALFORMED_STORY
    first, second = story.paragraphs
    text = (
        '<!DOCTYPE html><html lang="sv-SE"><head><meta charset="UTF-8"><title>'
        f"{story.title} - Inköpsrådet</title><body><div id='page'>{MENU}<main id=main></div>"
        f'<article class="post hentry"><h1 class="entry-title">{story.title}</h1></span>'
        f'<time class="entry-date published" datetime="{story.published}T08:30:00+00:00">'
        f'{story.published}</time><div class="entry-content"><p>{first}<p>{second} <b>5 < 7'
        "<div><span><table><tr><td>"
    )
    return text.encode() + b"\xff\xfe\x00\x9d" + FOOTER.encode()[:60]


def layout_changed_page() -> bytes:
    """A page of the theme whose article is gone (a redesign): only menus and footer."""
    return page_html(
        "Nyheter", '<div class="nyhetsbrev">Prenumerera på nyhetsbrevet!</div>'
    ).encode()


def not_found_page() -> bytes:
    return page_html("Sidan hittades inte", "<h1>Hoppsan! Sidan hittades inte.</h1>").encode()


# Pages in one-byte charsets: {path: (body, Content-Type)}.
CHARSET_PAGES = {
    FAULTS["latin1_declared"]: (
        article_html(LATIN1_STORY, "").encode("iso-8859-1"),
        "text/html; charset=ISO-8859-1",
    ),
    FAULTS["cp1252_undeclared"]: (article_html(CP1252_STORY, "").encode("cp1252"), "text/html"),
    FAULTS["cp1252_mislabelled"]: (
        article_html(CP1252_APPEAL_STORY, "").encode("cp1252"),
        HTML_UTF8,
    ),
}


def sitemap_index(fresh_lastmod: str) -> bytes:
    """The sitemap index: the old post sitemap, the fresh one and a users sitemap."""
    entries = (
        (OLD_SITEMAP, OLD_LASTMOD),
        (FRESH_SITEMAP, fresh_lastmod),
        ("/wp-sitemap-users-1.xml", fresh_lastmod),
    )
    items = "".join(
        f"<sitemap><loc>{SITE}{path}</loc><lastmod>{lastmod}</lastmod></sitemap>\n"
        for path, lastmod in entries
    )
    return _xml(f'<sitemapindex xmlns="{SITEMAP_NS}">\n{items}</sitemapindex>')


def url_set(locs: list[str], lastmod: str) -> bytes:
    """A post sitemap listing LOCS (absolute URLs), all last modified at LASTMOD."""
    items = "".join(f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod></url>\n" for loc in locs)
    return _xml(f'<urlset xmlns="{SITEMAP_NS}">\n{items}</urlset>')


def old_sitemap() -> bytes:
    """The old post sitemap: one good article and one URL that always fails."""
    paths = [*OLD_SITEMAP_PATHS, *(FAULTS[name] for name in OLD_SITEMAP_FAULTS)]
    return url_set([SITE + path for path in paths], OLD_LASTMOD)


def fresh_sitemap() -> bytes:
    """The fresh post sitemap: the other articles, the faults, a robots.txt-forbidden page
    and an article on another host."""
    good = [path for path in ARTICLES if path not in OLD_SITEMAP_PATHS]
    faults = [path for name, path in FAULTS.items() if name not in OLD_SITEMAP_FAULTS]
    locs = [SITE + path for path in (*good, *faults, ROBOTS_FORBIDDEN)]
    return url_set([*locs, OFFSITE_SITEMAP_LOC], "2024-06-03T09:00:00+00:00")


def _xml(text: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode()


@dataclass
class FaultLog:
    """What the server saw: requests by path and by Host header, under a lock."""

    closing: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: Counter = field(default_factory=Counter)
    hosts: Counter = field(default_factory=Counter)

    def note(self, path: str, host: str) -> int:
        """Count one request for PATH; returns how many there have been, this one included."""
        with self.lock:
            self.hits[path] += 1
            self.hosts[host] += 1
            return self.hits[path]


class FaultHandler(BaseHTTPRequestHandler):
    """Answers each path with its page or its fault."""

    server: FaultServer
    server_version = "fault-site/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path.split("?")[0]
        seen = self.server.log.note(path, self.headers.get("Host", ""))
        try:
            self.answer(path, seen)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the crawler hung up (a stall, a huge page)

    def answer(self, path: str, seen: int) -> None:
        """Serve PATH, asked for the SEEN-th time."""
        if path in ARTICLES:
            self.send(200, article_html(ARTICLES[path]).encode())
        elif path == FAULTS["error_once"]:
            if seen == 1:
                self.send(500, b"<h1>Internal Server Error</h1>")
            else:
                self.send(200, article_html(ONCE_FAILING).encode())
        elif path in CHARSET_PAGES:
            self.send(200, *CHARSET_PAGES[path])
        else:
            self.fixed_answers().get(path, lambda: self.send(404, not_found_page()))()

    def fixed_answers(self) -> dict[str, Callable[[], None]]:
        """The answers of the site's other paths."""
        fresh = datetime.now(UTC).isoformat(timespec="seconds")
        trap = f"http://localhost:{self.server.server_address[1]}{TRAP_PATH}"
        server_error = b"<h1>Internal Server Error</h1>"
        return {
            "/robots.txt": lambda: self.send(200, ROBOTS_TXT.encode(), "text/plain"),
            "/wp-sitemap.xml": lambda: self.send(200, sitemap_index(fresh), "application/xml"),
            OLD_SITEMAP: lambda: self.send(200, old_sitemap(), "application/xml"),
            FRESH_SITEMAP: lambda: self.send(200, fresh_sitemap(), "application/xml"),
            FAULTS["not_found"]: lambda: self.send(404, not_found_page()),
            FAULTS["error_always"]: lambda: self.send(500, server_error),
            FAULTS["old_error_always"]: lambda: self.send(500, server_error),
            FAULTS["stall"]: self.stall,
            FAULTS["reset"]: self.reset,
            FAULTS["loop"]: lambda: self.redirect(LOOP_TARGET),
            LOOP_TARGET: lambda: self.redirect(FAULTS["loop"]),
            FAULTS["offsite_redirect"]: lambda: self.redirect(OFFSITE_REDIRECT_TARGET),
            FAULTS["offsite_local_redirect"]: lambda: self.redirect(trap),
            FAULTS["malformed"]: lambda: self.send(200, malformed_page()),
            FAULTS["empty"]: lambda: self.send(200, b""),
            FAULTS["huge"]: lambda: self.huge(declared=True),
            FAULTS["huge_undeclared"]: lambda: self.huge(declared=False),
            FAULTS["no_article"]: lambda: self.send(200, layout_changed_page()),
        }

    def send(self, status: int, body: bytes, content_type: str = HTML_UTF8) -> None:
        """A whole answer with a Content-Length."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stall(self) -> None:
        """Say nothing for STALL_SECONDS (or until the server closes), then hang up."""
        self.server.log.closing.wait(STALL_SECONDS)
        self.close_connection = True

    def reset(self) -> None:
        """Promise 20,000 bytes, send 600, then reset the connection (RST, not FIN)."""
        self.send_response(200)
        self.send_header("Content-Type", HTML_UTF8)
        self.send_header("Content-Length", "20000")
        self.end_headers()
        self.wfile.write(b"<!DOCTYPE html><html><head><title>Avbruten</title>" + b" " * 550)
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def huge(self, *, declared: bool) -> None:
        """A 20 MB page made on the fly, with or without a Content-Length."""
        self.send_response(200)
        self.send_header("Content-Type", HTML_UTF8)
        if declared:
            self.send_header("Content-Length", str(HUGE_SIZE))
        self.end_headers()
        chunk = b"<p>" + b"Upphandlingen omfattar mycket text. " * 1800 + b"</p>\n"
        sent = 0
        while sent < HUGE_SIZE and not self.server.log.closing.is_set():
            piece = chunk[: HUGE_SIZE - sent]
            self.wfile.write(piece)
            sent += len(piece)
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the tests read the counts."""


class FaultServer(ThreadingHTTPServer):
    """The fault site's HTTP server; `log` holds what it saw."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, log: FaultLog) -> None:
        self.log = log
        super().__init__(("127.0.0.1", 0), FaultHandler)


@dataclass
class RunningFaultSite:
    """The fault site being served: its address and what it has seen so far."""

    base_url: str
    log: FaultLog

    def hits(self) -> Counter:
        """A copy of the request counts by path."""
        with self.log.lock:
            return Counter(self.log.hits)

    def hosts(self) -> Counter:
        """A copy of the request counts by Host header."""
        with self.log.lock:
            return Counter(self.log.hosts)


@contextmanager
def serve_fault_site() -> Iterator[RunningFaultSite]:
    """Serve the fault site on 127.0.0.1 (OS-chosen port) while the block runs."""
    log = FaultLog()
    with serving(FaultServer(log), "fault-site", log.closing) as base_url:
        yield RunningFaultSite(base_url, log)
