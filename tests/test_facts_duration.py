"""Duration: base period and longest period with options, in months."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.facts.duration import find_duration

FORMS = [
    ("Driftavtalet löper över tio år.", "sv", 120, None),
    ("Avtalet gäller i fyra år med option på ytterligare två år.", "sv", 48, 72),
    ("Ramavtalet löper på 2+2 år.", "sv", 24, 48),
    ("Ramavtalet löper på 2 + 1 + 1 år.", "sv", 24, 48),
    ("Avtalstiden är 48 månader.", "sv", 48, None),
    ("Kommunen tecknar ett treårigt avtal med bolaget.", "sv", 36, None),
    ("Avtalet gäller från 1 januari 2020 till 31 december 2023.", "sv", 48, None),
    ("Avtalet gäller i två år med möjlighet till förlängning 2 x 12 månader.", "sv", 24, 48),
    ("Ramavtalen gäller i fyra år. Regionen kan förlänga dem med ett eller två år genom option.",
     "sv", 48, 72),
    ("The ministry awards a five-year contract.", "en", 60, None),
    ("The borough agrees a fresh 15-year contract.", "en", 180, None),
    ("The contract runs for three years with an option to extend by two.", "en", 36, 60),
    ("Its initial term is seven years, and the deal allows a possible three-year extension.",
     "en", 84, 120),
    ("Lasting eight months, the contract covers the river crossings.", "en", 8, None),
    ("The contract will last seven years with an option for a further three.", "en", 84, 120),
    ("Avtalet gäller i tre år med möjlighet till förlängning i ett plus ett år.", "sv", 36, 60),
    ("Kommunen tecknar ett avtal om fyra år med bolaget.", "sv", 48, None),
    ("Kontrakten har fem års varighed.", "da", 60, None),
    ("Aftalen er på 260 mio. kr. og løber i fire år.", "da", 48, None),
    ("Aftalen løber i fire år med mulighed for forlængelse i yderligere to år.", "da", 48, 72),
    ("Kontrakten gjelder i fire år, med opsjon på ytterligere to år.", "no", 48, 72),
    ("Serviceaftalen løber i 3 år, tillige med 2 x 12 måneders optioner på forlængelse.",
     "da", 36, 60),
    # a money figure's rate does not cancel the period of the same sentence
    ("Anbudssumman är 12 MSEK per år och avtalet sträcker sig över tre år.", "sv", 36, None),
    ("The contract is worth £2m a year and runs for five years.", "en", 60, None),
    # "over fire år" in Norwegian and Danish
    ("Rammeavtalen var på fem millioner over fire år.", "no", 48, None),
    ("Aftalen er på 30 mio. kr. over tre år.", "da", 36, None),
    ("Avtalstiden är mars 2021 - mars 2026.", "sv", 60, None),
    # the period a contract's money figure covers, its contract cue farther away
    ("Avtalet med städbolaget kostar kommunen 45 miljoner kronor under fyra år.", "sv", 48,
     None),
    ("The new bin collection deal will cost the council £45m over five years.", "en", 60,
     None),
    ("Kontrakten er verdt 80 millioner kroner i løpet av fire år.", "no", 48, None),
    # an option word in the heading above does not make the base an option
    ("Tre år med möjlighet till förlängning\n\nAvtalet gäller i tre år, med option på "
     "förlängning i ytterligare ett år.", "sv", 36, 48),
    # round 4: halves, upper bounds, a base before its extension, the life of a contract
    ("Städavtalet gäller i tre och ett halvt år.", "sv", 42, None),
    ("The cleaning contract runs for two and a half years.", "en", 30, None),
    ("Skolorna ska handla sina varor där som längst tre år framåt.", "sv", 36, None),
    ("Kontrakten kan maksimalt løbe i 14 år.", "da", 168, None),
    ("Firmaet kører ruterne i seks år frem med mulighed for forlængelse.", "da", 72, None),
    ("Perioden har nu begränsats till tre år, med möjlighet till förlängning med ytterligare "
     "ett år.", "sv", 36, 48),
    ("The deals could be worth up to £30m over the 4 year life of the contract.", "en", 48,
     None),
    ("Trafikavtalet sträcker sig från år 2021 till år 2029.", "sv", 96, None),
    ("The framework runs from 2022 to 2026.", "en", 48, None),
    ("Avtalet gällde den 1 mars t.o.m. den 31 augusti 2019.", "sv", 6, None),
    # an option stated as the total with options, a renewal already agreed
    ("Kontrakten er 5-årig med mulighed for forlængelse til maksimalt 9 år.", "da", 60, 108),
    ("The contract runs for four years and may be extended to a total of six years.", "en",
     48, 72),
    ("The district renewed its parking contract for a further six years.", "en", 72, None),
    ("Regionen förlängde städavtalet med ytterligare tre år.", "sv", 36, None),
    # "have been agreed" is no history; "a possible N-year period" is the total with options
    ("The contracts have been agreed for an initial six year period.", "en", 72, None),
    ("The deals run for an initial five years. Their value over a possible ten-year period "
     "is £90m.", "en", 60, None),
    # round 5: signed for a period; a window of start dates is no running time; a total
    # with options after two qualifiers
    ("Kommunens avtal med städbolaget är värt totalt 40 miljoner kronor och tecknades på "
     "sex år.", "sv", 72, None),
    ("Kørslen begynder på forskellige datoer i perioden marts 2026 til juni 2026, og "
     "kontrakterne er 8-årige.", "da", 96, None),
    ("Kontrakterne er 6-årige med mulighed for forlængelse til i alt maksimalt 10 år.", "da",
     72, 120),
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
        "Avtalen med leverandøren gjelder fra 1.4.2024 til 31.3.2028.",
        "Aftalen løber fra den 1. april 2024 til og med den 31. marts 2028.",
        "The contract runs from April 1, 2024 to March 31, 2028.",
    ],
)
def test_date_span_forms(phrase: str):
    assert find_duration(phrase, "sv").months == 48


def test_start_without_year_takes_publication_year():
    text = "Service under the agreement begins from 1 July and runs until 30 June 2022."
    assert find_duration(text, "en", date(2020, 6, 30)).months == 24
    assert find_duration(text, "en", None) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "Företaget har funnits i tio år.",
        "Tidningen har 17 år i rad fått pris för sin layout.",
        "The pumping station is 45 years old and leaks badly.",
        "Bygget beräknas ta fyra år innan hallen står klar.",
        "Tre år senare blev ramavtalet till slut undertecknat.",
        "Lejeaftalerne kan have en løbetid på 3-15 år.",
        "Fordonen levereras mellan 2027 och 2031.",
        "Avtalet gäller till 2027 och kan därefter förlängas till 2031.",
        "Upphandlingen blev klar för tre år sedan.",
        "Hon har arbetat med upphandling i 25 år.",
        "Aftalen giver ret til 3 x 6 måneders forlængelse.",
        "Hallen ska vara klar om två år, enligt kontraktet.",
        "Efter sex år får parterna säga upp avtalet.",
        "I sju år har nämnden utrett saken, och nu har den äntligen tecknat ett avtal.",
        # an option's period alone is not the base
        "Kontraktsperioden löper till slutet av maj och inkluderar en option på ytterligare "
        "två år.",
        "The framework includes a possible two-year extension.",
        "The deal can be renewed for a further two years.",
        # a trend, not a running time
        # a past outlay over a period is no contract's running time
        "The council has spent £45m over five years on road repairs.",
        "Kommunen har investerat 45 miljoner kronor under fyra år i skolor.",
        "Contract volume is at a two-year low.",
        # an old contract ended, a stop-gap until the new one
        "The tender follows the termination of a 12-year contract with the old provider.",
        "Rutene kjøres i en mellomperiode fra 1. mars 2016 til 31. juli 2016.",
        # a plan or investment, a general statement, the contract being replaced
        "The council will make a three-year investment of £2m in its depots.",
        "Kommunen har antagit en treårig strategi för sina avtal.",
        "Contracts of this kind usually run for five years.",
        "Det befintliga avtalet löper i tio år till.",
        "The existing contract runs for another two years.",
        # round 5: a notice period; exit points stated as a pair
        "Förlängning av ramavtalet ska meddelas sex månader före avtalstidens utgång.",
        "Regionen får lämna avtalen efter fyra respektive sex år.",
    ],
)
def test_periods_that_are_not_the_contracts(phrase: str):
    assert find_duration(phrase, "sv") is None


def test_contract_period_wins_over_company_history():
    text = (
        "Greenbin Ltd has collected the waste since 2009, for twelve years. "
        "A new eight-year contract with the firm begins on 3 March 2022."
    )
    assert find_duration(text, "en").months == 96
