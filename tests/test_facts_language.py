"""Language: sv, en, no (bokmål and nynorsk), da, else 'und'; Norwegian vs Danish matters."""

from __future__ import annotations

import pytest

from pipelines.facts.language import detect_language

TEXTS = [
    ("Kommunen har tecknat avtal med leverantören om drift av skolans it-system i fyra år.", "sv"),
    ("The council has signed a contract with the supplier to run the school's IT for four "
     "years.", "en"),
    ("Kommunen har signert kontrakt med leverandøren om drift av skolens IT-systemer i fire "
     "år.", "no"),
    ("Kommunen har skrive kontrakt med eit lokalt firma om bygging av ny symjehall i "
     "sentrum.", "no"),
    ("Kommunen har underskrevet en kontrakt med leverandøren om drift af skolens it-systemer "
     "i fire år.", "da"),
    ("Regionen har valgt en ny leverandør af rengøring, og aftalen løber i fem år.", "da"),
    ("Die Stadt hat den Auftrag für den Ausbau der Hauptstraße an eine Baufirma vergeben.",
     "und"),
    ("Kaupunki on tehnyt sopimuksen uuden koulun rakentamisesta paikallisen yrityksen "
     "kanssa.", "und"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), TEXTS)
def test_detects_language(text: str, language: str):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "123 456", "OK", "\x00\x01\x02" * 50])
def test_too_little_text_is_undetermined(text: str):
    assert detect_language(text) == "und"


def test_hint_decides_only_when_text_cannot():
    assert detect_language("Avtal", hint="sv-SE") == "sv"
    assert detect_language("Kontrakt", hint="nb") == "no"
    assert detect_language("Contract", hint="de") == "und"
    english = "The council has signed a contract with the supplier for four more years."
    assert detect_language(english, hint="sv") == "en"
