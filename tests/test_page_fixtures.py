"""Every stored page in tests/fixtures/pages parses to the article its JSON describes.

Each <name>.html has a <name>.json beside it (fundus style) with the expected title, date,
author, topics, attachments and language, the text the body starts with, and lists of
text the body must contain and must not contain (menus, ads, comments, widgets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.page import parse_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pages"
PAGES = sorted(FIXTURES.glob("*.html"))


def expected_of(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def test_every_page_has_its_expectations():
    assert PAGES, "no fixture pages found"
    for page in PAGES:
        assert page.with_suffix(".json").is_file(), f"{page.name} has no expected JSON"


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_fixture_page(page: Path):
    expected = expected_of(page)
    parsed = parse_document(page.read_bytes(), url=expected["url"], site=expected["site"])

    assert parsed.title == expected["title"]
    published = parsed.published.isoformat() if parsed.published else None
    assert published == expected["published"]
    assert parsed.author == expected["author"]
    assert parsed.topics == expected["topics"]
    assert parsed.attachments == expected["attachments"]
    assert parsed.language == expected["language"]
    assert parsed.body.startswith(expected["body_starts_with"])
    for text in expected["body_contains"]:
        assert text in parsed.body, f"body lost: {text!r}"
    for text in expected["body_excludes"]:
        assert text not in parsed.body, f"junk in body: {text!r}"
    paragraphs = parsed.body.split("\n\n")
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)
    assert "<" not in parsed.body, "markup leaked into the plain-text body"


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_fixture_page_as_text_input_keeps_the_article(page: Path):
    """Str input parses like bytes input once decoded."""
    expected = expected_of(page)
    data = page.read_bytes()
    from_bytes = parse_document(data, url=expected["url"], site=expected["site"])
    encoding = "iso-8859-1" if b"iso-8859-1" in data[:1024] else "utf-8"
    from_text = parse_document(data.decode(encoding), url=expected["url"], site=expected["site"])
    assert from_text == from_bytes


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_platform_is_recognised_without_a_site_name(page: Path):
    """`extract` on a saved file has no spider name: the markup picks the parser."""
    expected = expected_of(page)
    data = page.read_bytes()
    assert parse_document(data, url=expected["url"]) == parse_document(
        data, url=expected["url"], site=expected["site"]
    )
