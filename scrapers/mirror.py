"""A loopback HTTP mirror of the bundled snapshot of news sites.

The snapshot (``data/snapshot/<host>/...``) holds one directory per real site, named by
its host (``www.inkopsradet.se``), laid out as the site's URL paths. ``serve_site`` serves
one such directory on 127.0.0.1 at an OS-chosen port, in a background thread::

    from scrapers.mirror import serve_site, serve_snapshot

    with serve_site("data/snapshot/www.vastkom.se") as mirror:
        print(mirror.base_url)                  # http://127.0.0.1:43117
        mirror.force_status("/nyheter/", 500)   # make one path fail, e.g. in a test

    with serve_snapshot("data/snapshot") as mirrors:
        print(mirrors)   # {"inkopsradet": "http://127.0.0.1:43118", "vastkom": ..., ...}
        # crawl with: scrapy crawl vastkom -a mirror=<mirrors["vastkom"]>

How a URL maps to a file:

* ``/a/b/`` serves ``a/b/index.html`` (or ``index.xml``, e.g. a WordPress ``/feed/``);
* ``/a/b.html?x=1&y=2`` serves the file ``a/b.html@x=1&y=2`` (the query string, percent-
  encoded except ``=`` and ``&``, appended after ``@``), so listing pages paginated by
  query parameters are plain files too; ``mirror_file_name`` computes that name;
* files carry an ETag (a digest of their bytes) and Last-Modified (their mtime); a request
  with a matching If-None-Match gets 304 Not Modified, as from a real web server;
* anything missing is a 404; a path listed in ``force_status`` answers that status; a path
  listed in ``stall`` is answered only after the given number of seconds (to provoke a
  client timeout).

Content types follow the file name (``.xml`` as XML, ``/feed/`` as RSS, ``robots.txt`` as
text). The mirror only reads files below its root: ``..`` cannot escape it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from pipelines.errors import InputError

# snapshot directory (a real site's host) -> the spider that crawls that site
SITE_SPIDERS = {
    "www.inkopsradet.se": "inkopsradet",
    "upphandling24.se": "upphandling24",
    "www.vastkom.se": "vastkom",
}

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
    ".json": "application/json",
}
RSS_TYPE = "application/rss+xml; charset=utf-8"


def mirror_file_name(path: str, query: str = "") -> str:
    """The snapshot-relative file name that serves URL path `path` with query `query`."""
    relative = unquote(path).lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    if query:
        relative += "@" + quote(unquote(query), safe="=&")
    return relative


@dataclass
class MirrorControls:
    """What a test may change while the mirror runs: forced statuses and stalled paths."""

    statuses: dict[str, int] = field(default_factory=dict)
    stalls: dict[str, float] = field(default_factory=dict)
    closing: threading.Event = field(default_factory=threading.Event)
    requests: list[str] = field(default_factory=list)  # every path+query asked, in order


class SnapshotHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the server's snapshot directory."""

    server: SnapshotServer
    server_version = "procurement-archive-mirror/0.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self.answer(with_body=False)

    def answer(self, *, with_body: bool) -> None:
        """Send the file behind the request's URL, a forced status, or a 404."""
        controls = self.server.controls
        parts = urlsplit(self.path)
        controls.requests.append(self.path)
        delay = controls.stalls.get(parts.path)
        if delay and controls.closing.wait(delay):
            return
        forced = controls.statuses.get(parts.path) or controls.statuses.get(self.path)
        if forced:
            self.send_text(forced, f"forced status {forced}\n", with_body)
            return
        found = self.server.locate(parts.path, parts.query)
        if found is None:
            self.send_text(404, "not found\n", with_body)
            return
        body = found.read_bytes()
        etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        if etag in self.headers.get("If-None-Match", ""):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type(found, parts.path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(found.stat().st_mtime, usegmt=True))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def send_text(self, status: int, text: str, with_body: bool) -> None:
        """A short plain-text answer with `status`."""
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the crawler logs what it fetched."""


def content_type(file: Path, url_path: str) -> str:
    """The Content-Type for `file` served at `url_path`."""
    if file.suffix == ".xml" and "/feed/" in url_path:
        return RSS_TYPE
    suffix = file.suffix if "@" not in file.name else Path(file.name.split("@")[0]).suffix
    known = CONTENT_TYPES.get(suffix)
    return known or mimetypes.guess_type(file.name)[0] or "application/octet-stream"


class SnapshotServer(ThreadingHTTPServer):
    """An HTTP server over one snapshot directory."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, root: Path, controls: MirrorControls) -> None:
        self.root = root.resolve()
        self.controls = controls
        super().__init__(("127.0.0.1", 0), SnapshotHandler)

    def locate(self, path: str, query: str) -> Path | None:
        """The file serving `path?query`, or None when there is none (or it is outside)."""
        name = mirror_file_name(path, query)
        candidates = [name]
        if name.endswith("index.html"):
            candidates.append(name[: -len("index.html")] + "index.xml")
        for candidate in candidates:
            file = (self.root / candidate).resolve()
            if file.is_relative_to(self.root) and file.is_file():
                return file
        return None


@dataclass
class RunningMirror:
    """A mirror being served: its address and its controls."""

    base_url: str
    controls: MirrorControls

    def force_status(self, path: str, status: int) -> None:
        """Answer `path` (a URL path, optionally with its query) with `status` from now on."""
        self.controls.statuses[path] = status

    def stall(self, path: str, seconds: float) -> None:
        """Answer `path` only after `seconds` (or when the mirror closes)."""
        self.controls.stalls[path] = seconds

    @property
    def requests(self) -> list[str]:
        """The paths (with queries) requested so far, in order."""
        return list(self.controls.requests)


@contextmanager
def serving(
    server: ThreadingHTTPServer, name: str, closing: threading.Event | None = None
) -> Iterator[str]:
    """Run SERVER (bound to 127.0.0.1) in a background thread while the block runs; yields
    its base URL. On leaving, CLOSING is set (ending stalled answers) and the server stops."""
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name=name, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        if closing is not None:
            closing.set()
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def serve_site(root: str | Path) -> Iterator[RunningMirror]:
    """Serve the directory `root` on 127.0.0.1 (OS-chosen port) while the block runs."""
    directory = Path(root)
    if not directory.is_dir():
        raise InputError(f"{directory}: no such snapshot directory")
    controls = MirrorControls()
    server = SnapshotServer(directory, controls)
    with serving(server, "snapshot-mirror", controls.closing) as base_url:
        yield RunningMirror(base_url, controls)


@contextmanager
def serve_snapshot(root: str | Path) -> Iterator[dict[str, str]]:
    """Serve every known site below `root`, one server each: yields {spider name: base URL}."""
    directory = Path(root)
    if not directory.is_dir():
        raise InputError(f"{directory}: no such snapshot directory")
    with ExitStack() as stack:
        mirrors = {}
        for host, spider in SITE_SPIDERS.items():
            if (directory / host).is_dir():
                mirrors[spider] = stack.enter_context(serve_site(directory / host)).base_url
        yield mirrors
