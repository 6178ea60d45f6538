"""The benchmark's page set is realistic (~40 KB of chrome around an article) and every
page in it still parses to the article of the fixture it was grown from."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipelines.page import parse_document

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from pages import FIXTURES, bench_pages  # noqa: E402


def test_bench_pages_are_full_size_and_parse_to_their_article():
    pages = bench_pages(variants=1)
    assert len(pages) == len(list(FIXTURES.glob("*.html")))
    for page in pages:
        assert 35_000 <= len(page.body) <= 60_000, page.name
        assert b"<script" in page.body and b"comment" in page.body
        expected = json.loads((FIXTURES / f"{page.name.rsplit('-', 1)[0]}.json").read_text())
        parsed = parse_document(page.body, url=page.url, site=page.site)
        assert parsed.title == expected["title"], page.name
        assert "Lämna ett svar" not in parsed.body and "Godkänn alla" not in parsed.body
        assert "Senaste inläggen" not in parsed.body
