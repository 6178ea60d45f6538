"""The project's labeled corpus: every tests/corpus/<id>.txt against its <id>.json.

Each .json lists the expected value of some output fields (kind, buyers, suppliers, value,
duration_months, duration_with_options_months, language); only those are compared.
Buyers and suppliers are compared as sets; a value as amount (within 0.5 %) and currency.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.extract import extract_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared"
RUN_WORDS = 8  # a run of this many words of a dev or seed text is a copy, not a phrase
WORD_RE = re.compile(r"\w+")
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


def _runs(text: str) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text.casefold())
    return {tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def test_project_copies_no_dev_or_seed_text():
    """No run of RUN_WORDS words of a dev item or a seed page stands in the project's
    code, tests or corpus: tests are written in the project's own words."""
    sources = [
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in SHARED.glob("devset/*.json")
    ]
    sources += [p.read_text(encoding="utf-8") for p in SHARED.glob("seeds/*.txt")]
    if not sources:
        pytest.skip("../shared (devset, seeds) is not present")
    copied = set().union(*map(_runs, sources))
    for folder in ("pipelines", "tests"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".txt", ".json", ".html", ".csv", ".md"):
                continue
            overlap = _runs(path.read_text(encoding="utf-8", errors="ignore")) & copied
            assert not overlap, f"{path.relative_to(ROOT)} copies: {' '.join(min(overlap))}"
