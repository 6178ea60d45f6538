"""`procurement-archive serve` as a real process: Datasette over HTTP on loopback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipelines.storage import close_archive, open_archive
from pipelines.storage_write import save_article

REPO = Path(__file__).resolve().parents[1]
URL = "https://kommunnytt.example/2024/avtal-om-skolskjuts"
RECORD = {
    "title": "Kommunen tecknar avtal om skolskjuts",
    "published": "2024-08-19",
    "language": "sv",
    "kind": "award",
    "buyers": ["Vindelns kommun"],
    "suppliers": ["Skolbuss i Norr AB"],
    "value": {"amount": 18_000_000.0, "currency": "SEK"},
    "duration_months": 48,
    "body": "Vindelns kommun har tilldelat Skolbuss i Norr AB avtalet om skolskjuts.",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch_json(url: str, child: subprocess.Popen) -> object:
    """GET URL once the server answers (it needs a moment to start); None if it never does."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    return None


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    save_article(db, URL, RECORD | {"url": URL}, "kommunnytt", seen_at="2024-08-20T06:00:00Z")
    close_archive(db)
    return path


def test_serve_answers_canned_queries_over_http(archive):
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "serve",
        "--db",
        str(archive),
        "--port",
        str(port),
    ]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}/archive"
        found = fetch_json(
            f"{base}/contracts_by_supplier.json?supplier=Skolbuss&_shape=array", child
        )
    finally:
        child.terminate()
        child.communicate(timeout=60)
    assert found == [
        {
            "url": URL,
            "title": RECORD["title"],
            "published": "2024-08-19",
            "kind": "award",
            "value_amount": 18_000_000.0,
            "value_currency": "SEK",
            "duration_months": 48,
            "buyers": '["Vindelns kommun"]',
            "suppliers": '["Skolbuss i Norr AB"]',
        }
    ]


def test_serve_without_archive_fails_clearly(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "serve", "--db", str(tmp_path / "none.db")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "none.db: no archive there" in done.stderr
