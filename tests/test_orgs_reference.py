"""The shipped reference lists and the record storage gets for a buyer name."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from pipelines.facts.orgs import lookup_organization
from pipelines.facts.orgs_matcher import find_public_bodies
from pipelines.facts.orgs_reference import organizations

REFERENCE = Path(__file__).resolve().parents[1] / "pipelines" / "reference"
ORGNR = re.compile(r"^\d{6}-\d{4}$")


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_290_kommuner_with_unique_codes():
    rows = _rows("kommuner.csv")
    assert len(rows) == 290
    assert len({row["kommunkod"] for row in rows}) == 290
    assert all(re.fullmatch(r"\d{4}", row["kommunkod"]) for row in rows)


def test_all_21_regioner():
    rows = _rows("regioner.csv")
    assert len(rows) == 21
    assert {"Region Skåne", "Västra Götalandsregionen", "Region Stockholm"} <= {
        row["name"] for row in rows
    }


@pytest.mark.parametrize(
    "filename", ["kommuner.csv", "regioner.csv", "myndigheter.csv", "public_buyers.csv"]
)
def test_organisation_numbers_are_well_formed_or_empty(filename: str):
    for row in _rows(filename):
        assert row["orgnr"] == "" or ORGNR.match(row["orgnr"]), row


def test_every_list_is_documented_in_the_reference_readme():
    readme = (REFERENCE / "README.md").read_text(encoding="utf-8")
    for path in REFERENCE.glob("*.csv"):
        assert path.name in readme


def test_official_kommun_names_and_genitive_forms():
    names = set(organizations())
    assert {"Falu kommun", "Ödeshögs kommun", "Vadstena kommun", "Stockholms stad"} <= names
    assert {"Göteborgs Stad", "Malmö stad", "Kalmar kommun", "Region Gotland"} <= names


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("VGR", "Västra Götalandsregionen"),
        ("Stockholms läns landsting", "Region Stockholm"),
        ("SLL", "Region Stockholm"),
        ("FMV", "Försvarets materielverk"),
        ("Statens inköpscentral", "Kammarkollegiet"),
        ("Faluns kommun", "Falu kommun"),
        ("Göteborgs kommun", "Göteborgs Stad"),
        ("Adda", "Adda Inköpscentral"),
        ("Landskapsregeringen", "Ålands landskapsregering"),
    ],
)
def test_aliases_resolve_to_the_canonical_record(alias: str, canonical: str):
    assert lookup_organization(alias)["name"] == canonical


def test_lookup_gives_kind_orgnr_and_country():
    record = lookup_organization("Västra Götalandsregionen")
    assert record["kind"] == "region"
    assert record["orgnr"] == "232100-0131"
    assert record["country"] == "SE"
    assert lookup_organization("Trafikverket")["kind"] == "myndighet"
    assert lookup_organization("Falu kommun")["code"] == "2080"
    assert lookup_organization("Vägverket")["orgnr"] is None  # no source, so no number


def test_lookup_of_a_name_known_only_by_its_shape():
    record = lookup_organization("Dover District Council")
    assert record["kind"] == "foreign municipality"
    assert record["country"] == "GB"
    assert lookup_organization("Stad kommune")["country"] == "NO"


@pytest.mark.parametrize("name", ["", "   ", "Cerner Sverige AB", None, 42])
def test_lookup_of_unknown_or_bad_names_is_none(name):
    assert lookup_organization(name) is None


def test_matcher_finds_genitive_and_abbreviated_forms():
    text = "VGR:s beslut, Region Skånes upphandling, Network Rail's plan och Trafikverkets karta."
    names = [mention.name for mention in find_public_bodies(text)]
    assert names == ["Västra Götalandsregionen", "Region Skåne", "Network Rail", "Trafikverket"]


def test_matcher_does_not_match_inside_words():
    assert find_public_bodies("SLussen och VGRegion och Trafikverketsgatan") == []
