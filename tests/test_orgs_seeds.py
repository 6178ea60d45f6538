"""The two seed pages the project started from: one deal, told by a news site and a press
release. Both must name Västra Götalandsregionen as buyer and Cerner as supplier, and
nothing from the page furniture or the readers' comments may become a fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extract import extract_document
from pipelines.facts.orgs import find_buyers, find_suppliers

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
ARTICLE = SEEDS / "000_255f1e27e69b62c5.txt"  # Inköpsrådet news article with comments
PRESS_RELEASE = SEEDS / "002_03c7b4501528e057.txt"  # VästKom press release

pytestmark = pytest.mark.skipif(
    not (ARTICLE.exists() and PRESS_RELEASE.exists()), reason="../shared/seeds is not present"
)

# Named only in menus, "latest posts" and readers' comments of the article page.
NOT_FACTS = ("Lenovo", "Kammardomstolen", "Sarbanes", "Upphandling24", "Socialstyrelsen", "Kahn")


def _raw_title_and_body(path: Path) -> tuple[str, str]:
    """The page as plain lines, furniture and comments included: the worst case."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return lines[0], "\n\n".join(lines[1:])


def _flat(record: dict) -> str:
    return " ".join(record["buyers"] + record["suppliers"] + [str(record["value"])])


def test_article_names_the_region_and_cerner():
    record = extract_document(ARTICLE.read_bytes())
    assert record["buyers"] == ["Västra Götalandsregionen"]
    assert record["suppliers"] == ["Cerner"]


def test_press_release_names_the_region_and_cerner_sverige_ab():
    record = extract_document(PRESS_RELEASE.read_bytes())
    assert record["buyers"] == ["Västra Götalandsregionen"]
    assert record["suppliers"] == ["Cerner Sverige AB"]


@pytest.mark.parametrize("path", [ARTICLE, PRESS_RELEASE], ids=["article", "press-release"])
def test_nothing_from_comments_or_furniture_becomes_a_fact(path: Path):
    flat = _flat(extract_document(path.read_bytes()))
    for name in NOT_FACTS:
        assert name not in flat


def test_raw_article_text_with_comments_still_gives_only_the_deal():
    title, body = _raw_title_and_body(ARTICLE)
    buyers = find_buyers(title, body, "sv")
    suppliers = find_suppliers(title, body, "sv", buyers)
    assert buyers == ["Västra Götalandsregionen"]
    assert suppliers == ["Cerner"]
    assert not set(NOT_FACTS) & set(buyers + suppliers)


def test_region_skane_as_earlier_customer_is_not_a_buyer():
    title, body = _raw_title_and_body(ARTICLE)
    assert "Region Skåne" in body.replace("Region Skånes", "Region Skåne")
    assert "Region Skåne" not in find_buyers(title, body, "sv")


def test_product_name_is_not_a_supplier():
    title, body = _raw_title_and_body(PRESS_RELEASE)
    suppliers = find_suppliers(title, body, "sv", find_buyers(title, body, "sv"))
    assert "Millennium" not in suppliers
    assert suppliers == ["Cerner Sverige AB"]
