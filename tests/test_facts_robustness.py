"""Bad input never crashes or hangs, and never makes facts up."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_facts
from pipelines.facts.duration import find_duration
from pipelines.facts.kind import classify_kind
from pipelines.facts.language import detect_language
from pipelines.facts.money import find_contract_value

HOSTILE = [
    "",
    " \n\t ",
    "\x00\x01\x02\ufffd\ud800 broken",
    "9" * 50_000,
    "1 " * 30_000 + "miljoner",
    ("1," * 20_000) + "5 kr",
    "värt " * 20_000,
    "från 1 januari " * 5_000 + "till 31 december 2023",
    "<script>alert('x')</script> värt 5 miljoner kronor",
    "+".join(["2"] * 10_000) + " år",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_gives_a_clear_result(text: str):
    assert find_contract_value(text, "sv") is None or find_contract_value(text, "sv").amount > 0
    duration = find_duration(text, "sv")
    assert duration is None or 0 < duration.months <= 480
    assert classify_kind(text[:100], text, "sv") in ("award", "tender", "dispute", "other")
    assert detect_language(text) in ("sv", "en", "no", "da", "und")


def test_empty_article_has_no_facts():
    facts = extract_facts(title=None, body="")
    assert (facts.kind, facts.value, facts.duration_months, facts.language) == (
        "other",
        None,
        None,
        "und",
    )


def test_ten_megabyte_text_is_read_without_crash():
    paragraph = (
        "Kommunen har tecknat avtal med Bygg AB. Kontraktet är värt 45 miljoner kronor "
        "och löper i tre år. Bolaget omsatte 2 miljarder kronor.\n\n"
    )
    body = paragraph * (10_000_000 // len(paragraph) + 1)
    assert len(body) > 10_000_000
    facts = extract_facts(title="Kommunen tecknar avtal", body=body)
    assert facts.kind == "award"
    assert facts.value is not None and facts.value.amount == 45e6
    assert facts.duration_months == 36
    assert facts.language == "sv"


def test_text_in_another_language_invents_nothing():
    text = (
        "Der Wetterbericht für morgen: sonnig, zwanzig Grad, am Abend leichter Regen im "
        "Norden. Die Temperaturen steigen am Wochenende weiter."
    )
    facts = extract_facts(title="Wetter", body=text)
    assert (facts.kind, facts.value, facts.duration_months, facts.language) == (
        "other",
        None,
        None,
        "und",
    )
