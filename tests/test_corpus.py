"""The project's labeled corpus: every tests/corpus/<id>.txt against its <id>.json.

Each .json lists the expected value of some output fields (kind, buyers, suppliers, value,
duration_months, duration_with_options_months, language); only those are compared.
Buyers and suppliers are compared as sets; a value as amount (within 0.5 %) and currency.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.extract import extract_document

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))
SET_FIELDS = ("buyers", "suppliers")


def _expected(text_path: Path) -> dict:
    return json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))


def test_corpus_is_present_and_paired():
    assert len(TEXTS) >= 30
    for path in TEXTS:
        assert path.with_suffix(".json").exists(), f"{path.name} has no .json beside it"


@pytest.mark.parametrize("text_path", TEXTS, ids=[p.stem for p in TEXTS])
def test_corpus_item(text_path: Path):
    expected = _expected(text_path)
    got = extract_document(text_path.read_bytes())
    for field, want in expected.items():
        have = got[field]
        if field in SET_FIELDS:
            assert set(have) == set(want), f"{field}: got {have}, want {want}"
        elif field == "value" and want is not None:
            assert have is not None, f"value: got None, want {want}"
            assert have["currency"] == want["currency"], f"value: got {have}, want {want}"
            assert have["amount"] == pytest.approx(want["amount"], rel=0.005), f"got {have}"
        else:
            assert have == want, f"{field}: got {have!r}, want {want!r}"
