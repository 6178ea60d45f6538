"""Politeness (scrapers.politeness.PoliteBackoff): Retry-After and back-off, through the real
Scrapy engine and the project's pipelines, against a loopback server written here that
answers each path by a script (429, 503, 500, slow answers) and logs when each request
arrived. Each crawl runs `procurement-archive crawl` in a subprocess with the test spider
tests.politeness_spider. Delays are asserted only as lower bounds (the site was left
alone at least that long), never as upper bounds.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from pipelines.errors import CrawlError
from scrapers.mirror import serving
from scrapers.politeness import PoliteBackoff, PolitenessConfig, backoff_seconds
from scrapers.politeness import retry_after_seconds as parse_retry_after
from tests.politeness_spider import CANONICAL_ORIGIN

REPO = Path(__file__).resolve().parents[1]
STATS = "procurement_archive/politeness/"

STORIES = {
    "ferry": (
        "County awards ferry contract",
        "Westmarch County Council has awarded Tidewater Shipping Ltd a seven-year contract "
        "to run the island ferry, worth 40 million pounds.",
    ),
    "bridges": (
        "Bridge inspections tendered",
        "The road authority invites tenders for inspecting 120 bridges over four years.",
    ),
    "canteen": (
        "Ny leverantör av skolmat",
        "Ekby kommun har tecknat avtal med Smakfull Mat AB om skolmåltider i tre år.",
    ),
    "lighting": (
        "Street lighting contract signed",
        "Northfield City has signed a five-year street lighting maintenance contract with "
        "Brightway Electrical Ltd worth 6 million euros.",
    ),
}


# --- the loopback site -----------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    """One scripted answer: a status, headers, and seconds to wait before sending it."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    date_in: float | None = None  # Retry-After: the HTTP-date this many seconds from now

    def all_headers(self) -> dict[str, str]:
        """The headers, with a Retry-After date computed at answer time."""
        if self.date_in is None:
            return dict(self.headers)
        date = datetime.now(UTC) + timedelta(seconds=self.date_in)
        return self.headers | {"Retry-After": format_datetime(date, usegmt=True)}


@dataclass(frozen=True)
class Arrival:
    """A request as the server saw it: path, status answered, when it arrived."""

    path: str
    status: int
    monotonic: float
    wall: float
    headers: dict[str, str]


class ScriptedHandler(BaseHTTPRequestHandler):
    """Answers each path by its script (the last answer repeats); pages are HTML."""

    server: ScriptedSite

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        arrived, wall = time.monotonic(), time.time()
        answer = self.server.next_answer(self.path)
        headers = answer.all_headers()
        self.server.arrivals.append(Arrival(self.path, answer.status, arrived, wall, headers))
        if answer.delay:
            time.sleep(answer.delay)
        body = self.server.page(self.path) if answer.status == 200 else b"try later\n"
        status = 404 if body is None else answer.status
        body = body or b"not found\n"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


class ScriptedSite(ThreadingHTTPServer):
    """A news site on 127.0.0.1: /news/ lists STORIES, /news/<slug>/ is each story."""

    daemon_threads = True

    def __init__(self, scripts: dict[str, list[Answer]]) -> None:
        self.scripts = {path: list(answers) for path, answers in scripts.items()}
        self.arrivals: list[Arrival] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), ScriptedHandler)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def next_answer(self, path: str) -> Answer:
        with self.lock:
            answers = self.scripts.get(path) or [Answer()]
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def page(self, path: str) -> bytes | None:
        if path == "/news/":
            links = "".join(f'<li><a class="story" href="/news/{s}/">{s}</a></li>' for s in STORIES)
            return f"<html><body><ul>{links}</ul></body></html>".encode()
        slug = path.strip("/").removeprefix("news/")
        if slug not in STORIES:
            return None
        title, text = STORIES[slug]
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><nav>Home | News</nav><article><h1>{title}</h1><time datetime="'
            f'2024-03-01">1 March 2024</time><p>{text}</p></article></body></html>'
        ).encode()

    def quiet_after(self, arrival: Arrival) -> float:
        """Seconds from `arrival` to the next request to the site (inf when none came)."""
        later = [a.monotonic for a in self.arrivals if a.monotonic > arrival.monotonic]
        return min(later, default=float("inf")) - arrival.monotonic

    def times(self, path: str) -> list[float]:
        """When `path` was requested (monotonic seconds), in order."""
        return [a.monotonic for a in self.arrivals if a.path == path]


@contextmanager
def scripted_site(scripts: dict[str, list[Answer]]) -> Iterator[ScriptedSite]:
    site = ScriptedSite(scripts)
    with serving(site, "scripted-site"):
        yield site


# --- crawling -------------------------------------------------------------------------
@dataclass
class Crawl:
    returncode: int
    stats: dict
    output: str
    archived: set[str]

    def count(self, key: str) -> float:
        return self.stats.get(STATS + key, 0)


def crawl(site: ScriptedSite, tmp_path: Path, **settings: object) -> Crawl:
    """`procurement-archive crawl polite` against `site`, with `settings` (strings)."""
    db, stats_file = tmp_path / "archive.db", tmp_path / "stats.json"
    merged = {
        "SPIDER_MODULES": "tests.politeness_spider",
        "PROCUREMENT_ARCHIVE_STATS_FILE": str(stats_file),
        "LOG_LEVEL": "INFO",
        **settings,
    }
    command = [sys.executable, "-m", "pipelines.cli", "crawl", "--db", str(db), "polite"]
    command += ["--mirror", f"polite={site.base_url}"]
    for name, value in merged.items():
        command += ["--set", f"{name}={value}"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    archived = set()
    if db.exists():
        with sqlite3.connect(db) as conn:
            archived = {row[0] for row in conn.execute("select url from articles")}
    return Crawl(done.returncode, stats, done.stdout + done.stderr, archived)


def story_url(slug: str) -> str:
    return f"{CANONICAL_ORIGIN}/news/{slug}/"


# --- Retry-After -------------------------------------------------------------------------
def test_retry_after_pauses_the_whole_site_then_retries(tmp_path):
    # All four stories reach the downloader at once and wait in its queue for the site, to
    # leave one every ~0.2 s (DOWNLOAD_DELAY). 'lighting' (the story Scrapy's LIFO scheduler
    # sends first) answers 429 once: neither the stories still queued nor the retry may
    # reach the site during the pause (after it, the queued ones go first).
    scripts = {"/news/lighting/": [Answer(429, {"Retry-After": "2"}), Answer()]}
    with scripted_site(scripts) as site:
        done = crawl(site, tmp_path, CONCURRENT_REQUESTS=8, DOWNLOAD_DELAY=0.2)
    assert done.returncode == 0, done.output[-3000:]
    refused, retried = site.times("/news/lighting/")
    later = [a for a in site.arrivals if a.monotonic > refused]
    assert {a.path for a in later} == {f"/news/{slug}/" for slug in STORIES}
    assert min(a.monotonic for a in later) - refused >= 2.0
    assert retried - refused >= 2.0
    assert done.archived == {story_url(slug) for slug in STORIES}
    assert done.count("retry_after_honoured") == 1 and done.count("seconds_paused") >= 2
    assert "pausing the site 2.0 s" in done.output and "/news/lighting/" in done.output


def test_http_date_garbled_and_too_long_retry_after(tmp_path):
    scripts = {
        "/news/ferry/": [Answer(503, date_in=2), Answer()],
        "/news/bridges/": [Answer(429, {"Retry-After": "after lunch"}), Answer()],
        "/news/canteen/": [Answer(503, {"Retry-After": "86400"}), Answer()],
        # always refused: retried RETRY_TIMES times, each after the asked second
        "/news/lighting/": [Answer(429, {"Retry-After": "1"})],
    }
    with scripted_site(scripts) as site:
        done = crawl(
            site,
            tmp_path,
            CONCURRENT_REQUESTS=1,
            RETRY_TIMES=2,
            RETRY_AFTER_MAX=2,
            BACKOFF_BASE=1,
            BACKOFF_MAX=1,
        )
    assert done.returncode == 0, done.output[-3000:]
    refusals = [a for a in site.arrivals if a.status != 200]
    assert len(refusals) == 6
    # garbled: back-off (BACKOFF_BASE 1 s); a day: capped to RETRY_AFTER_MAX (2 s)
    assert all(site.quiet_after(refusal) >= 1.0 for refusal in refusals)
    canteen = next(a for a in refusals if a.path == "/news/canteen/")
    assert site.quiet_after(canteen) >= 2.0
    ferry = [a for a in site.arrivals if a.path == "/news/ferry/"]
    assert [a.status for a in ferry] == [503, 200]
    named = parsedate_to_datetime(ferry[0].headers["Retry-After"]).timestamp()
    next_wall = min(a.wall for a in site.arrivals if a.monotonic > ferry[0].monotonic)
    assert next_wall >= named - 0.05  # nothing before the date the site named
    assert len(site.times("/news/lighting/")) == 3  # RETRY_TIMES=2 still bounds the retries
    assert done.archived == {story_url(slug) for slug in STORIES if slug != "lighting"}
    assert done.count("retry_after_invalid") == 1
    assert done.count("retry_after_capped") == 1
    assert done.count("retry_after_honoured") == 5  # date, capped, lighting x3
    assert "longer than RETRY_AFTER_MAX" in done.output


# --- back-off ----------------------------------------------------------------------------
def test_repeated_errors_back_off_longer_each_time_and_the_crawl_finishes(tmp_path):
    # the listing fails three times in a row before it works: pauses of 0.5, 1 and 2 s
    scripts = {"/news/": [Answer(500), Answer(502), Answer(500), Answer()]}
    with scripted_site(scripts) as site:
        done = crawl(
            site, tmp_path, RETRY_TIMES=3, BACKOFF_BASE=0.5, BACKOFF_AFTER=1, BACKOFF_MAX=10
        )
    assert done.returncode == 0, done.output[-3000:]
    assert done.stats["finish_reason"] == "finished"
    tries = site.times("/news/")
    gaps = [later - earlier for earlier, later in pairwise(tries)]
    assert len(gaps) == 3
    assert gaps[0] >= 0.5 and gaps[1] >= 1.0 and gaps[2] >= 2.0
    assert done.archived == {story_url(slug) for slug in STORIES}
    assert done.count("backoff_pauses") == 3
    assert done.count("consecutive_failures_max") == 3
    assert done.count("seconds_paused") >= 3.5


def test_a_site_that_keeps_failing_is_given_up(tmp_path):
    scripts = {f"/news/{slug}/": [Answer(500)] for slug in STORIES}
    with scripted_site(scripts) as site:
        done = crawl(
            site,
            tmp_path,
            RETRY_TIMES=5,
            BACKOFF_BASE=0.2,
            BACKOFF_AFTER=1,
            BACKOFF_GIVE_UP=3,
            CONCURRENT_REQUESTS=8,
            CONCURRENT_REQUESTS_PER_DOMAIN=2,
        )
    assert done.returncode == 1
    assert done.stats["finish_reason"] == "site_failing"
    assert "site_failing" in done.output
    assert done.count("gave_up") == 1
    failing = [a for a in site.arrivals if a.path != "/news/"]
    # the third failure ends it; at most one other request was already on its way
    assert 3 <= len(failing) <= 4
    assert done.archived == set()


def test_connection_errors_back_off_but_retries_of_one_page_never_give_up(tmp_path):
    with scripted_site({}) as site:
        pass  # closed again: every connection to its port is refused
    done = crawl(
        site, tmp_path, RETRY_TIMES=3, BACKOFF_BASE=0.2, BACKOFF_AFTER=1, BACKOFF_GIVE_UP=3
    )
    assert done.returncode == 1  # nothing fetched at all
    # one page (the listing) failing four times is one broken page, not a failing site
    assert done.stats["finish_reason"] == "finished"
    assert done.count("gave_up") == 0
    assert done.stats["downloader/request_count"] == 4  # 1 + RETRY_TIMES, each after a pause
    assert done.count("backoff_pauses") == 4 and done.count("consecutive_failures_max") == 4
    assert "Backing off after 2 consecutive failures" in done.output


# --- configuration and the Retry-After value ------------------------------------------------
def test_switched_off_by_setting():
    with pytest.raises(NotConfigured):
        PoliteBackoff.from_crawler(get_crawler(settings_dict={"POLITE_BACKOFF_ENABLED": "0"}))


def test_a_bad_switch_is_a_clear_error():
    with pytest.raises(CrawlError, match="POLITE_BACKOFF_ENABLED"):
        PoliteBackoff.from_crawler(get_crawler(settings_dict={"POLITE_BACKOFF_ENABLED": "maybe"}))


@pytest.mark.parametrize("bad", ["soon", "-1", "nan", "inf"])
def test_a_bad_setting_is_a_clear_error(bad):
    with pytest.raises(CrawlError, match="RETRY_AFTER_MAX"):
        PoliteBackoff.from_crawler(get_crawler(settings_dict={"RETRY_AFTER_MAX": bad}))


def test_settings_reach_the_middleware():
    crawler = get_crawler(settings_dict={"BACKOFF_BASE": "2.5", "BACKOFF_GIVE_UP": "0"})
    config = PoliteBackoff.from_crawler(crawler).config
    assert config.backoff_base == 2.5 and config.give_up == 0


NOW = datetime(2025, 6, 2, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (b" 7 ", 7.0),
        ("0", 0.0),
        ("Mon, 02 Jun 2025 12:01:30 GMT", 90.0),
        ("Mon, 02 Jun 2025 14:01:30 +0200", 90.0),
        ("Mon, 02 Jun 2025 11:00:00 GMT", 0.0),  # already past: no wait
        ("Mon, 02 Jun 2025 12:00:10 -0000", 10.0),
        ("", None),
        (None, None),
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("Mon, 32 Jun 2025 12:00:00 GMT", None),
        ("٣", None),  # a digit, but not an ASCII one
    ],
)
def test_retry_after_values(header, seconds):
    assert parse_retry_after(header, now=NOW) == seconds


def test_backoff_doubles_from_the_threshold_up_to_the_cap():
    config = PolitenessConfig(backoff_base=5, backoff_max=30, backoff_after=2)
    assert [backoff_seconds(n, config) for n in range(1, 7)] == [0, 5, 10, 20, 30, 30]
    assert backoff_seconds(10_000, config) == 30


# --- stopping -----------------------------------------------------------------------------
def test_sigterm_during_a_long_retry_after_stops_the_crawl_and_marks_it_interrupted(tmp_path):
    scripts = {"/news/": [Answer(503, {"Retry-After": "600"})]}
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "pipelines.cli", "crawl", "--db", str(db), "polite"]
    with scripted_site(scripts) as site:
        command += ["--mirror", f"polite={site.base_url}"]
        command += ["--set", "SPIDER_MODULES=tests.politeness_spider", "--set", "RETRY_TIMES=3"]
        child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while not site.arrivals and time.monotonic() < deadline:
                time.sleep(0.1)  # wait for the 503: the site is now paused for 600 s
            time.sleep(1.0)
            child.send_signal(signal.SIGTERM)
            # stops well inside the 600 s pause (a generous bound: a hang would be 600 s)
            child.wait(timeout=120)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        requests = len(site.arrivals)
        summary = child.stdout.read().decode() if child.stdout else ""
    assert requests == 1  # nothing was sent during the pause
    assert child.returncode == 1 and "interrupted (SIGTERM or Ctrl-C)" in summary
    with sqlite3.connect(db) as conn:
        runs = conn.execute("select status, finish_reason, complete from crawl_runs").fetchall()
    assert runs == [("interrupted", "shutdown", 0)]
