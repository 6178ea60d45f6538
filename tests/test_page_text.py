"""Plain-text pages: the title is found, the menu and the trailing junk are cut, and the
article's sentences are all kept. Seeds and devset are read from ../shared when present."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pipelines.page import parse_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
DEVSET = SHARED / "devset"
SCRAPE_DATE = re.compile(r"^date \S+ ")

BLOG_POST = """Skip to content
  • Prenumerera på nyhetsbrevet
Offentliga Affärer
  • Ämnen
    • Ramavtal
    • Överprövning
  • Jobb
  • Om oss

Hamnen i Kustby köper två nya kranar

Kustby Hamn AB har skrivit avtal med Lyftteknik Nord AB om två mobila hamnkranar.

| 4 mars 2022

Avtalet är värt 96 miljoner kronor och kranarna ska levereras under 2023.

– Vi har väntat länge på den här investeringen, säger hamnchefen Maria Öhman.

Läs också: Hamnavgifterna höjs i hela regionen

Upphandlingen var öppen och lockade tre anbudsgivare.

Annons

Vill du bli en bättre förhandlare?
Kursen Förhandla smart ges i Stockholm och på distans. Anmäl dig här.

Läs mer: HamnarLogistik

Jonas Berg

Kommentatorerna ansvarar själva för vad de skriver

Lämna ett svar Avbryt svar

Kommentarer från läsarna

Anna : Hamnen i Kustby köper två nya kranar
Varför inte Kranbolaget Syd? De hade ju ett billigare anbud enligt uppgift…

Senaste inläggen

  • Hamnavgifterna höjs i hela regionen
  • Ny dom om ramavtal
"""

PRESS_RELEASE = """Vi använder cookies för att förbättra webbplatsen.

Kommunförbundet samlar kommunerna i länet kring gemensamma frågor.

MENY

PRESSMEDDELANDE: Länets kommuner väljer gemensamt ekonomisystem

Tio kommuner har tillsammans valt Siffra Systems AB som leverantör av nytt ekonomisystem.

Avtalet gäller i fem år och är värt 31 miljoner kronor.

Om oss

Kommunförbundet är en ideell förening med 120 anställda och en omsättning på 300 miljoner kronor.

Prenumerera
"""

ENGLISH_NEWS = """Home | News | Contracts | Events

Rail operator signs £75m signalling deal

Published: 12 January 2021

Westline Rail has awarded a £75m contract to Signalcraft Ltd for resignalling work.
The contract runs for four years.
Related articles

Signalcraft wins depot deal
Westline opens consultation
Leave a comment
"""


def test_blog_post_text():
    page = parse_document(BLOG_POST)
    assert page.title == "Hamnen i Kustby köper två nya kranar"
    assert page.published == date(2022, 3, 4)
    assert page.author == "Jonas Berg"
    assert page.body.startswith("Kustby Hamn AB har skrivit avtal med Lyftteknik Nord AB")
    for kept in ("96 miljoner kronor", "Maria Öhman", "tre anbudsgivare"):
        assert kept in page.body
    for junk in (
        "Skip to content",
        "Ramavtal",
        "Hamnavgifterna",
        "Förhandla smart",
        "förhandlare",
        "Kranbolaget",
        "Läs mer",
        "Kommentatorerna",
        "Annons",
        "| 4 mars",
    ):
        assert junk not in page.body, junk


def test_press_release_text():
    page = parse_document(PRESS_RELEASE.encode("utf-8"))
    assert page.title == "Länets kommuner väljer gemensamt ekonomisystem"
    assert page.body.startswith("Tio kommuner har tillsammans valt Siffra Systems AB")
    assert "31 miljoner kronor" in page.body
    for junk in ("cookies", "samlar kommunerna", "MENY", "omsättning", "Prenumerera"):
        assert junk not in page.body, junk


def test_english_text_with_related_list():
    page = parse_document(ENGLISH_NEWS)
    assert page.title == "Rail operator signs £75m signalling deal"
    assert page.published == date(2021, 1, 12)
    assert "The contract runs for four years." in page.body
    assert "depot deal" not in page.body and "Leave a comment" not in page.body


def test_unbulleted_menu_words_before_the_headline():
    menu = "\n".join(["Nyheter", "Sport", "Kultur", "Debatt", "Ekonomi", "Jobb", "E-tidning"])
    text = f"{menu}\n\nRegionen köper nya ambulanser\n\nRegion Exempel har köpt 14 ambulanser."
    page = parse_document(text)
    assert page.title == "Regionen köper nya ambulanser"
    assert page.body == "Region Exempel har köpt 14 ambulanser."


def test_byline_beside_the_dateline_and_bare_times():
    text = (
        "Dagens Affärer\n\nVarvet får order från marinen\n\nKalle Ström\n"
        "Publicerad: 3 februari 2022\n\n14 feb, 09:12\n\n"
        "Varvet i Hamnstad ska bygga två patrullbåtar åt marinen för 900 miljoner kronor.\n"
    )
    page = parse_document(text)
    assert page.title == "Varvet får order från marinen"
    assert page.author == "Kalle Ström"
    assert page.published == date(2022, 2, 3)
    assert (
        page.body
        == "Varvet i Hamnstad ska bygga två patrullbåtar åt marinen för 900 miljoner kronor."
    )


def test_mid_sentence_junk_words_are_not_headers():
    text = (
        "Kommunen tecknar avtal om snöröjning\n\n"
        "Kommentarer från läsarna i lokaltidningen var många när avtalet presenterades.\n\n"
        "Det nya avtalet löper i tre år. Fler artiklar om snöröjning publiceras i vinter.\n\n"
        "Leverantören heter Plogbolaget AB.\n"
    )
    page = parse_document(text)
    assert page.title == "Kommunen tecknar avtal om snöröjning"
    assert "Plogbolaget AB" in page.body
    assert page.body.count("\n\n") == 2


def test_text_without_headline_keeps_every_line():
    text = (
        "The county council has extended its cleaning contract with Brightclean for two years, "
        "the council said on Monday.\nThe extension is worth £3m.\n"
    )
    page = parse_document(text)
    assert page.title is None
    assert "Brightclean" in page.body and "The extension is worth £3m." in page.body


def read_seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not available")
    matches = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not matches:
        pytest.skip(f"no seed {prefix}* in ../shared/seeds")
    return matches[0].read_text(encoding="utf-8")


def test_seed_article():
    page = parse_document(read_seed("000_"))
    assert page.title == "Två miljarder bäddar för förändring"
    assert page.published == date(2018, 9, 28)
    assert "2,1 miljarder kronor" in page.body
    assert page.body.startswith("Cerner vinner ytterligare en miljardupphandling.")
    for junk in (
        "Lenovo",
        "Kammardomstolen",
        "Sarbanes",
        "Senaste inläggen",
        "Ramavtal –",
        "LOU på två dagar",
        "Lär dig LOU",
        "projektleda",
        "Skip to content",
    ):
        assert junk not in page.body, junk


def test_seed_press_release():
    page = parse_document(read_seed("002_"))
    assert page.title.startswith("VGR har valt leverantör")
    assert page.body.startswith("Västra Götalandsregionen (VGR) har nu valt leverantör")
    assert "Cerner Sverige AB" in page.body and "8 oktober" in page.body
    for junk in ("regionala arenan", "MENY", "Prenumeration", "Pdf, 118 kB"):
        assert junk not in page.body, junk


def devset_items() -> list[dict]:
    if not DEVSET.is_dir():
        return []
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(DEVSET.glob("*.json"))]


def long_prose_lines(text: str) -> list[str]:
    """Lines a reader would call article sentences (long, ending like a sentence) in the
    first half of the text; page junk gathers at the end."""
    first_half = text[: len(text) // 2]
    lines = (SCRAPE_DATE.sub("", " ".join(line.split())) for line in first_half.splitlines())
    return [line for line in lines if len(line) >= 120 and line.endswith((".", "”", '"'))]


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not available")
def test_devset_texts_keep_their_article_sentences():
    items = devset_items()
    assert items
    for item in items:
        page = parse_document(item["text"])
        text = f"{page.title or ''}\n{page.body}"
        assert page.body.strip(), f"{item['id']}: empty body"
        for line in long_prose_lines(item["text"]):
            assert line in text, f"{item['id']}: lost {line[:60]!r}"
