"""Duration: base period and longest period with options, in months."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.facts.duration import find_duration

FORMS = [
    ("Kontraktet löper över tio år.", "sv", 120, None),
    ("Avtalet gäller i fyra år med option på ytterligare två år.", "sv", 48, 72),
    ("Ramavtalet löper på 2+2 år.", "sv", 24, 48),
    ("Ramavtalet löper på 2 + 1 + 1 år.", "sv", 24, 48),
    ("Avtalstiden är 48 månader.", "sv", 48, None),
    ("Kommunen tecknar ett treårigt avtal med bolaget.", "sv", 36, None),
    ("Avtalet gäller från 1 januari 2020 till 31 december 2023.", "sv", 48, None),
    ("Avtalet gäller i två år med möjlighet till förlängning 2 x 12 månader.", "sv", 24, 48),
    ("Avtalen gäller för en tid av fyra år. Option till förlängning med ett eller två år finns.",
     "sv", 48, 72),
    ("The ministry awards a five-year contract.", "en", 60, None),
    ("The council signs a new 15-year contract.", "en", 180, None),
    ("The contract runs for three years with an option to extend by two.", "en", 36, 60),
    ("The contract is for an initial seven year period and has a possible three-year extension.",
     "en", 84, 120),
    ("With a duration of eight months, the contract covers seven towns.", "en", 8, None),
    ("The contract will last seven years with an option for a further three.", "en", 84, 120),
    ("Avtalet gäller i tre år med möjlighet till förlängning i ett plus ett år.", "sv", 36, 60),
    ("Kommunen tecknar ett avtal om fyra år med bolaget.", "sv", 48, None),
    ("Kontrakten har fem års varighed.", "da", 60, None),
    ("Aftalen er på 260 mio. kr. og løber i fire år.", "da", 48, None),
    ("Aftalen løber i fire år med mulighed for forlængelse i yderligere to år.", "da", 48, 72),
    ("Kontrakten gjelder i fire år, med opsjon på ytterligere to år.", "no", 48, 72),
    ("Leasingaftalen har en løbetid på 3 år plus 2 x 12 måneders forlængelsesoptioner.",
     "da", 36, 60),
    # a money figure's rate does not cancel the period of the same sentence
    ("Anbudssumman är 12 MSEK per år och avtalet sträcker sig över tre år.", "sv", 36, None),
    ("The contract is worth £2m a year and runs for five years.", "en", 60, None),
    # "over fire år" in Norwegian and Danish
    ("Rammeavtalen var på fem millioner over fire år.", "no", 48, None),
    ("Aftalen er på 30 mio. kr. over tre år.", "da", 36, None),
    ("Avtalstiden är mars 2021 - mars 2026.", "sv", 60, None),
    # an option word in the heading above does not make the base an option
    ("Tre år med möjlighet till förlängning\n\nAvtalet gäller i tre år, med option på "
     "förlängning i ytterligare ett år.", "sv", 36, 48),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "language", "months", "with_options"), FORMS)
def test_duration_forms(phrase: str, language: str, months: int, with_options: int | None):
    duration = find_duration(phrase, language)
    assert duration is not None, phrase
    assert (duration.months, duration.with_options_months) == (months, with_options)


@pytest.mark.parametrize(
    "phrase",
    [
        "Avtalsperioden är 1 april 2024 – 31 mars 2028.",
        "Avtalstiden är 2024-04-01 – 2028-03-31.",
        "Kontrakten gjelder fra 1.4.2024 til 31.3.2028.",
        "Aftalen løber fra den 1. april 2024 til og med den 31. marts 2028.",
        "The contract runs from April 1, 2024 to March 31, 2028.",
    ],
)
def test_date_span_forms(phrase: str):
    assert find_duration(phrase, "sv").months == 48


def test_start_without_year_takes_publication_year():
    text = "The deal is set to start from 1 July and last until 30 June 2022."
    assert find_duration(text, "en", date(2020, 6, 30)).months == 24
    assert find_duration(text, "en", None) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "Företaget har funnits i tio år.",
        "Afv har 28 år i rad utsetts till Sveriges bästa affärsmagasin.",
        "The system is 30 years old and difficult to maintain.",
        "Vi räknar med att det tar fem år innan det är färdigt.",
        "Nu, två år senare, är ramavtalet klart.",
        "Leasingaftaler etableres med løbetid på 5-20 år.",
        "Leveranser kommer att göras mellan 2026 och 2030.",
        "Avtalet sträcker sig till 2025 men kan förlängas till 2033.",
        "Upphandlingen blev klar för tre år sedan.",
        "Hon har arbetat med upphandling i 25 år.",
        "Kontrakten inkluderer 2 x 12 måneders forlængelsesoptioner.",
        "Hallen ska vara klar om två år, enligt kontraktet.",
        "Efter fem år kan avtalet sägas upp.",
        "Kommunen har under fem år utrett frågan och har nu till slut tecknat ett avtal.",
        # an option's period alone is not the base
        "Kontraktsperioden löper till slutet av maj och inkluderar en option på ytterligare "
        "två år.",
        "The framework includes a possible two-year extension.",
        # a trend, not a running time
        "Contract volume is at a two-year low.",
    ],
)
def test_periods_that_are_not_the_contracts(phrase: str):
    assert find_duration(phrase, "sv") is None


def test_contract_period_wins_over_company_history():
    text = (
        "Veolia has been providing these services since 2011, for ten years. "
        "The new eight-year contract will start on 16 January 2021."
    )
    assert find_duration(text, "en").months == 96
