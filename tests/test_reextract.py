"""`procurement-archive reextract` on a real SQLite archive: every stored page is extracted
again (failed and article-less pages too), older facts are replaced, progress is shown."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipelines.cli import main as cli_main
from pipelines.extract import extract_document
from pipelines.storage import close_archive, open_archive
from pipelines.storage_reextract import Progress, reextract_archive, stored_pages
from pipelines.storage_runs import record_failure
from pipelines.storage_write import RawPage, save_article, save_page

REPO = Path(__file__).resolve().parents[1]
SITE = "https://kommunnytt.example"
STALE_VERSION = "0.0.1+old"


def news_page(town: str, company: str, millions: int, years: int) -> bytes:
    """A short Swedish award article as a site would serve it."""
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>{town} kommun väljer {company} för skolskjutsar</title></head><body>
<nav><a href="/">Start</a> <a href="/nyheter">Nyheter</a></nav>
<article><h1>{town} kommun väljer {company} för skolskjutsar</h1>
<p>{town} kommun har tecknat avtal med {company} om skolskjutsar för grundskolan.
Avtalet gäller i {years} år och är värt {millions} miljoner kronor.</p>
<p>Trafikchefen räknar med att de nya fordonen går på förnybart bränsle från hösten.</p>
</article></body></html>""".encode()


NO_ARTICLE_PAGE = b"<html><head><title></title></head><body><nav></nav></body></html>"


def url_of(slug: str) -> str:
    return f"{SITE}/nyheter/{slug}"


def store(db, slug: str, body: bytes, *, error: str | None = None, status: int = 200) -> str:
    """Archive a raw page as a crawl would (no article row)."""
    url = url_of(slug)
    save_page(
        db,
        RawPage(url=url, source="kommunnytt", body=body, encoding="utf-8", status=status),
        error=error,
    )
    return url


def store_article(db, slug: str, body: bytes) -> str:
    """Archive a page with the article the current extractor makes of it."""
    url = store(db, slug, body)
    save_article(db, url, extract_document(body, url=url, site="kommunnytt"), "kommunnytt")
    return url


@pytest.fixture
def archive(tmp_path) -> Path:
    """An archive holding one page in each state reextract must handle."""
    path = tmp_path / "archive.db"
    db = open_archive(path)
    store_article(db, "a-current", news_page("Ljusdal", "Hälsinge Buss AB", 30, 5))
    old = store(db, "b-older-extractor", news_page("Mora", "Dalabuss Trafik AB", 48, 4))
    stale = {
        "title": "Mora kommun väljer",
        "body": "Mora kommun har tecknat avtal.",
        "kind": "other",
    }
    save_article(db, old, stale | {"suppliers": ["Mora"]}, "kommunnytt")
    db["articles"].update(old, {"extractor_version": STALE_VERSION})
    store(db, "c-failed", news_page("Orsa", "Siljan Skoltrafik AB", 12, 3), error="Boom: bug")
    store(db, "d-no-article-then", news_page("Rättvik", "Vasa Bussar AB", 9, 2), error="no article")
    store(db, "e-menu-only", NO_ARTICLE_PAGE)
    store(db, "f-gone", b"<html><body>Sidan finns inte</body></html>", status=404)
    close_archive(db)
    return path


def test_reextract_updates_retries_and_counts(archive):
    db = open_archive(archive)
    counts = reextract_archive(db)
    assert counts == Counter(new=2, updated=1, unchanged=1, no_article=1, skipped=1)
    upgraded = db["articles"].get(url_of("b-older-extractor"))
    assert upgraded["extractor_version"] != STALE_VERSION
    assert "48 miljoner kronor" in upgraded["body"]
    assert upgraded["value_amount"] == 48_000_000 and upgraded["duration_months"] == 48
    assert json.loads(upgraded["suppliers"]) == ["Dalabuss Trafik AB"]
    for slug, supplier in (("c-failed", "Siljan Skoltrafik AB"), ("d-no-article-then", "Vasa")):
        assert supplier in db["articles"].get(url_of(slug))["suppliers"]
        assert db["pages"].get(url_of(slug))["extract_error"] is None
    menu = db["pages"].get(url_of("e-menu-only"))
    assert "no article" in menu["extract_error"] and menu["extract_error_at"]
    assert not db["articles"].exists() or db["articles"].count == 4
    assert reextract_archive(db) == Counter(unchanged=4, no_article=1, skipped=1)
    close_archive(db)


def test_reextract_command_prints_progress_lines_when_not_a_terminal(archive, capsys):
    assert cli_main(["reextract", "--db", str(archive)]) == 0
    captured = capsys.readouterr()
    assert re.match(
        r"reextract: 6 pages: 2 new, 1 updated, 1 unchanged, 1 no article, "
        r"1 skipped \(HTTP errors\), 0 errors in [\d.]+ s\n$",
        captured.out,
    )
    lines = captured.err.splitlines()
    assert [line.split()[1] for line in lines] == ["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]
    assert lines[-1].startswith("reextract: 6/6 pages (100%), 2 new, 1 updated, 1 unchanged")


def test_reextract_quiet_prints_only_the_counts(archive, capsys):
    assert cli_main(["reextract", "--db", str(archive), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.startswith("reextract: 6 pages: 2 new")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_progress_bar_on_a_terminal(archive):
    """Run the real command with stderr on a pseudo-terminal: click draws a bar."""
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "pipelines.cli", "reextract", "--db", str(archive)]
    with subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL
    ) as process:
        os.close(follower)
        terminal = read_all(leader)
        out = process.stdout.read().decode()
    os.close(leader)
    assert process.returncode == 0, terminal
    assert "reextract  [####" in terminal and "6/6" in terminal
    assert "pages (" not in terminal  # no log lines on a terminal
    assert out.startswith("reextract: 6 pages: 2 new, 1 updated")


def read_all(fd: int) -> str:
    """Everything written to a pseudo-terminal until its writer closes it."""
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace")


def test_corrupt_stored_page_is_an_error_not_a_crash(archive, capsys):
    db = open_archive(archive)
    db["pages"].update(url_of("a-current"), {"content": b"not zlib at all"})
    close_archive(db)
    assert cli_main(["reextract", "--db", str(archive), "--quiet"]) == 1
    assert ", 1 errors in" in capsys.readouterr().out
    db = open_archive(archive)
    assert "corrupt" in db["pages"].get(url_of("a-current"))["extract_error"]
    close_archive(db)


def test_reextract_needs_no_network(archive, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network used during reextract")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    db = open_archive(archive)
    assert reextract_archive(db)["errors"] == 0
    close_archive(db)


def test_stored_pages_walks_every_url_once_in_order_while_pages_are_rewritten(tmp_path):
    db = open_archive(tmp_path / "archive.db")
    slugs = [f"sida-{n:03d}" for n in range(23)] + ["Z-versaler", "å-sist", "a?q=1", "a"]
    for slug in slugs:
        store(db, slug, NO_ARTICLE_PAGE)
    seen = []
    for row in stored_pages(db, batch=4):
        seen.append(row["url"])
        db["pages"].update(row["url"], {"extract_error": "touched"})
    assert seen == sorted(url_of(slug) for slug in slugs)
    close_archive(db)


def test_empty_archive(tmp_path, capsys):
    close_archive(open_archive(tmp_path / "empty.db"))
    assert cli_main(["reextract", "--db", str(tmp_path / "empty.db")]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("reextract: 0 pages: 0 new") and captured.err == ""


def test_progress_lines_every_ten_percent_at_most_500_pages_apart():
    for total, expected_lines in ((12_000, 24), (3_000, 10), (25, 9), (7, 7)):
        log = io.StringIO()
        progress = Progress(total, log)
        with progress:
            for _ in range(total):
                progress.advance(Counter(unchanged=1))
        lines = log.getvalue().splitlines()
        assert len(lines) == expected_lines, (total, lines)
        assert lines[-1].startswith(f"reextract: {total}/{total} pages (100%)")


def test_progress_quiet_and_terminal_streams():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet = io.StringIO()
    with Progress(50, quiet, quiet=True) as progress:
        for _ in range(50):
            progress.advance(Counter())
    assert quiet.getvalue() == ""
    terminal = Terminal()
    with Progress(50, terminal) as progress:
        for _ in range(50):
            progress.advance(Counter())
    assert "50/50" in terminal.getvalue() and "100%" in terminal.getvalue()


def test_extraction_failures_are_resolved_but_fetch_failures_stay_open(archive):
    db = open_archive(archive)
    for slug, reason in (("d-no-article-then", "no_article_found"), ("c-failed", "extract_error")):
        record_failure(db, url=url_of(slug), spider="kommunnytt", reason=reason)
    record_failure(db, url=url_of("a-current"), spider="kommunnytt", reason="http_404")
    record_failure(db, url=url_of("e-menu-only"), spider="kommunnytt", reason="no_article_found")
    reextract_archive(db)
    still_open = {row["url"]: row["reason"] for row in db["open_failures"].rows}
    assert still_open == {
        url_of("a-current"): "http_404",
        url_of("e-menu-only"): "no_article_found",
    }
    assert db["crawl_failures"].get(url_of("c-failed"))["resolved_at"]
    close_archive(db)
