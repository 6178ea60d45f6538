"""Money: every form of amount the press uses, and the choice of the contract's value."""

from __future__ import annotations

import pytest

from pipelines.facts.money import find_contract_value
from pipelines.facts.money_amounts import find_amounts
from pipelines.facts.money_cues import context_score
from pipelines.facts.numbers import parse_number

AMOUNT_FORMS = [
    ("Kontraktet är värt 2,1 miljarder kronor.", "sv", 2.1e9, "SEK"),
    ("Ordern är värd 45 mnkr.", "sv", 45e6, "SEK"),
    ("Ordern är värd 45 Mkr.", "sv", 45e6, "SEK"),
    ("Ordervärdet är MSEK 45.", "sv", 45e6, "SEK"),
    ("Avtalet är värt 300 miljoner.", "sv", 300e6, "SEK"),
    ("Avtalet är värt knappt 300 miljoner kronor.", "sv", 300e6, "SEK"),
    ("Uppdraget är värt drygt 12 miljoner kronor.", "sv", 12e6, "SEK"),
    ("Köpet är värt cirka 100 000 kr.", "sv", 100e3, "SEK"),
    ("Köpet är värt 100\u00a0000 kronor.", "sv", 100e3, "SEK"),
    ("Avtalet är värt 850 tkr.", "sv", 850e3, "SEK"),
    ("Värdet uppskattas till 100–150 miljoner kronor.", "sv", 150e6, "SEK"),
    ("Ramavtalet är värt två miljarder kronor.", "sv", 2e9, "SEK"),
    ("Byggbolaget Norrsten får uppdrag för en halv miljard", "sv", 0.5e9, "SEK"),
    ("Ordern är värd 1,5 miljarder svenska kronor.", "en", 1.5e9, "SEK"),
    ("The council awarded a contract worth £45m.", "en", 45e6, "GBP"),
    ("The agency signed a $1.2bn deal.", "en", 1.2e9, "USD"),
    ("The contract is worth €3.4 million.", "en", 3.4e6, "EUR"),
    ("A framework worth up to USD 10 million.", "en", 10e6, "USD"),
    ("The contract is valued at SEK 1.7 billion.", "en", 1.7e9, "SEK"),
    ("Avtalen har en samlet verdi av 3,8 mrd kroner.", "no", 3.8e9, "NOK"),
    ("Kontrakten er på 120 mill. kroner.", "no", 120e6, "NOK"),
    ("Kontrakten er verd 96 millionar kroner.", "no", 96e6, "NOK"),
    ("Kontrakten er verdt NOK 250 millioner.", "no", 250e6, "NOK"),
    ("Aftalen er på 45 mio. kr.", "da", 45e6, "DKK"),
    ("Ordren er på 1,2 mia. kr.", "da", 1.2e9, "DKK"),
    ("Rammen er 2 milliarder kroner.", "da", 2e9, "DKK"),
    ("Værdien er 2.500.000 kr.", "da", 2.5e6, "DKK"),
    ("Rammen er 2 000 000 000 DKK.", "da", 2e9, "DKK"),
    ("Kontraktet är värt 924.000 kronor.", "sv", 924e3, "SEK"),
    ("Contract worth 31,998,884.31 RON.", "en", 31998884.31, "RON"),
    ("Ordern är värd 3 MEUR.", "sv", 3e6, "EUR"),
    ("The deal is worth 2.3 billion Danish kroner.", "en", 2.3e9, "DKK"),
    ("The order is worth 450 million Swedish kronor.", "en", 450e6, "SEK"),
    ("The contract is worth 12 mln EUR.", "en", 12e6, "EUR"),
    # halves: "half a billion" is not "a billion"
    ("The waste deals are worth half a billion pounds.", "en", 0.5e9, "GBP"),
    ("Ordren er på halvanden milliard kroner.", "da", 1.5e9, "DKK"),
    ("Kontrakten er verdt halvannen milliard kroner.", "no", 1.5e9, "NOK"),
    # a pound or euro sign read in the wrong encoding, or lost (U+FFFD) on a UK page
    ("Brightway wins a Â£12m cleaning deal.", "en", 12e6, "GBP"),
    ("Brightway has won a 拢40m contract with the county.", "en", 40e6, "GBP"),
    ("The deal is worth â‚¬8m to the supplier.", "en", 8e6, "EUR"),
    ("The NHS trust awarded a contract worth \ufffd5m.", "en", 5e6, "GBP"),
    ("Wirral Borough Council signs a \ufffd3.5 million deal.", "en", 3.5e6, "GBP"),
]


@pytest.mark.parametrize(("phrase", "language", "amount", "currency"), AMOUNT_FORMS)
def test_amount_forms(phrase: str, language: str, amount: float, currency: str):
    value = find_contract_value(phrase, language)
    assert value is not None, phrase
    assert value.currency == currency
    assert value.amount == pytest.approx(amount, rel=1e-6)


@pytest.mark.parametrize(
    ("phrase", "language"),
    [
        ("Bolaget har 4K anställda.", "en"),
        ("Some 250 million bus trips are expected next year.", "en"),
        ("Regionen har 30 000 medarbetare.", "sv"),
        ("Ring 08-123 131 48 för mer information.", "sv"),
        ("Projektet startar 2018-09-28.", "sv"),
        ("Skolan ska ta emot 1 500 elever.", "sv"),
        ("Förra året gjordes 2 miljoner resor.", "sv"),
    ],
)
def test_figures_that_are_not_money(phrase: str, language: str):
    assert find_amounts(phrase, language) == []


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        (
            "Sweco har en omsättning på 16,9 miljarder kronor. "
            "Uppdraget från Trafikverket är värt 155 miljoner kronor.",
            "sv", 155e6, "SEK",
        ),
        (
            "Ramavtalet har ett värde av 4,2 miljarder kronor, vilket ger 420 miljoner kronor "
            "per år.",
            "sv", 4.2e9, "SEK",
        ),
        (
            "The firm reported revenue of £310m. It has won a £45m contract with the council.",
            "en", 45e6, "GBP",
        ),
        (
            "The company, with a turnover of £2bn, won a £50m contract with the council.",
            "en", 50e6, "GBP",
        ),
        (
            "Kontraktet är värt 300 miljoner kronor, och bolagets omsättning var 5 miljarder "
            "kronor.",
            "sv", 300e6, "SEK",
        ),
        (
            "Staten ger ett bidrag på 16 miljoner kronor och kommunen ett bidrag på 3 miljoner "
            "kronor. Entreprenaden är värd 80 miljoner kronor.",
            "sv", 80e6, "SEK",
        ),
        (
            "Kommunen betalar en upphandlingsskadeavgift på 400 000 kronor. "
            "Det direktupphandlade avtalet var värt 2,3 miljoner kronor.",
            "sv", 2.3e6, "SEK",
        ),
        # a rounded figure gives way to the exact one the text also states
        (
            "Skolan köpte skärmar för strax under en miljon kronor. Avtalens sammanlagda "
            "värde är 987 650 kronor.",
            "sv", 987650, "SEK",
        ),
        (
            "Northshire awards park contracts worth more than half a billion pounds\n\n"
            "The total value of the contracts is £540m over ten years.",
            "en", 540e6, "GBP",
        ),
        # a figure spelled out in a headline is rounded too
        (
            "Westmoor awards bus contracts worth two billion pounds\n\nThe contracts' total "
            "value is £1.93bn over twelve years.",
            "en", 1.93e9, "GBP",
        ),
        # the losing bids' range is not the value
        (
            "The council agreed to pay Riverside Ltd almost £80,000 over three years. "
            "Tenders ranged from £31,200.50 to £26,400.",
            "en", 80e3, "GBP",
        ),
        # round 5: a penalty fee is no value; a value exceeding a threshold still is
        (
            "Domstolen ålade regionen en straffavgift på 310 000 kronor. Avtalet med "
            "Datakraft var värt sju miljoner kronor och översteg därmed gränsen.",
            "sv", 7e6, "SEK",
        ),
    ],
)  # fmt: skip
def test_contract_value_wins_over_distractors(text, language, amount, currency):
    value = find_contract_value(text, language)
    assert value is not None
    assert (value.amount, value.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Landstinget riskerar 7 miljoner kronor i böter.", "sv"),
        ("Bolaget kräver 12 miljoner kronor i skadestånd.", "sv"),
        ("Bolaget omsatte 3,2 miljarder kronor i fjol.", "sv"),
        ("Kommunen beräknar besparingen till 250 000 kronor per år.", "sv"),
        ("Drygt två miljarder kronor har budgeterats för bygget.", "sv"),
        ("The tolling scheme brings in $3 billion in revenue each year.", "en"),
        ("Fylket har fått eit tilskot på 8,4 millionar kroner.", "no"),
        ("Skolskjutsarna kostar regionen 35 miljoner kronor om året.", "sv"),
        ("Investeringen får uppgå till totalt 444 miljoner kronor.", "sv"),
        ("Kommunen fikk et gebyr på 2,5 millioner kroner.", "no"),
        ("Regionen har indgået forlig med rådgiveren på i alt 3 mio. kr.", "da"),
        ("Der er afsat 900 millioner kroner til den nye bane.", "da"),
        ("Der er afsat 4 mia. kr. til den ene strækning og 2 mia. kr. til den anden.", "da"),
        ("Kommunen fekk ei bot på 80 000 kroner.", "no"),
        ("Staten har ca. 40 kontrakter over 50 millioner kroner.", "no"),
        ("Den offentliga sektorn köper för 800 miljarder kronor varje år.", "sv"),
        ("Bolaget hade en nettoomsättning på 1 200 mnkr.", "sv"),
        ("Prenumerera på nyhetsbrevet i dag för 49 kr.", "sv"),
        # feared losses, miscalculations, hypothetical costs, lower bounds
        (
            "Bidder wins in court\n\nThe tender will be re-run. “The implications to the council "
            "could be £2 million,” she said.",
            "en",
        ),
        ("Forsyningen havde regnet fem millioner kroner forkert.", "da"),
        # round 5: funds released, a rival bid set against the winner's
        ("Byrådet frigav samtidig 12,4 mio. kr. til skolebyggeriet.", "da"),
        ("Nämnden beslutade att avsätta 600 000 kronor till utredningen.", "sv"),
        (
            "Nordvård bjöd 20 miljoner kronor per år, jämfört med Omsorgshusets 24 miljoner "
            "kronor.",
            "sv",
        ),
        ("Ett byte skulle kosta 10-15 miljoner kronor, enligt chefen.", "sv"),
        (
            "Myndigheten bygger\n\nDen har många projekt. Tolv är stora, vart och ett på minst tre "
            "miljarder kronor.",
            "sv",
        ),
    ],
)
def test_no_contract_value_in_company_figures_fines_or_budgets(text: str, language: str):
    assert find_contract_value(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("Avtalet har ett värde av ca 30 miljoner kronor per år.", "sv", 30e6, "SEK"),
        ("Kontrakten er verdt 30 millioner kroner i året.", "no", 30e6, "NOK"),
        ("The contract is worth £4m a year to the company.", "en", 4e6, "GBP"),
        ("Avtalet är värt 12 miljoner kronor per år och totalt 48 miljoner kronor.", "sv",
         48e6, "SEK"),
    ],
)  # fmt: skip
def test_yearly_value_only_when_no_total_is_stated(text, language, amount, currency):
    value = find_contract_value(text, language)
    assert value is not None
    assert (value.amount, value.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("Kommunen har tecknat ett avtal för 40 miljoner kronor om ett nytt lönesystem.", "sv",
         40e6, "SEK"),
        ("Skatteverket tecknar ett avtal värt 25 miljoner kronor.", "sv", 25e6, "SEK"),
        ("The agency signed a £12m contract for new tax systems.", "en", 12e6, "GBP"),
        ("A £3m taxonomy contract was awarded to the firm.", "en", 3e6, "GBP"),
    ],
)  # fmt: skip
def test_pay_and_tax_words_inside_a_contracts_subject_are_no_penalty(
    text, language, amount, currency
):
    value = find_contract_value(text, language)
    assert value is not None
    assert (value.amount, value.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lönerna kostar regionen 40 miljoner kronor.", "sv"),
        ("Tax receipts from the port reached £40m.", "en"),
    ],
)
def test_pay_and_tax_figures_are_no_contract_value(text: str, language: str):
    assert find_contract_value(text, language) is None


def test_purchase_value_beats_the_fine():
    text = (
        "Regionen riskerar 500 000 kronor i upphandlingsskadeavgift. Det handlar om inköp "
        "för 7 miljoner kronor som aldrig annonserades."
    )
    value = find_contract_value(text, "sv")
    assert value is not None and value.amount == 7e6


def test_this_year_is_not_a_rate():
    value = find_contract_value("Kontraktet är värt 300 miljoner kronor i år.", "sv")
    assert value is not None and value.amount == 300e6


def test_krone_currency_follows_language():
    phrase = "Kontrakten er på 45 millioner kr."
    assert find_contract_value(phrase, "no").currency == "NOK"
    assert find_contract_value(phrase, "da").currency == "DKK"
    assert find_contract_value("Kontraktet är värt 45 miljoner kr.", "sv").currency == "SEK"


def test_a_lost_sign_without_a_clear_country_is_no_money():
    assert find_contract_value("The agency signed a deal worth \ufffd5m.", "en") is None
    text = "The Ohio county signed a deal worth \ufffd5m, the U.S. firm said."
    assert find_contract_value(text, "en") is None


def test_dollar_resolves_by_country_of_the_story():
    text = "Koala Systems has signed a $17 million deal with a ministry in Canberra."
    assert find_contract_value(text, "en").currency == "AUD"
    assert find_contract_value("Boston signs a $21 million contract.", "en").currency == "USD"
    posted = "The $9 million contract notice was posted on AusTender on Monday."
    assert find_contract_value(posted, "en").currency == "AUD"
    toronto = "Toronto signs a $30 million snow-clearing contract."
    assert find_contract_value(toronto, "en").currency == "CAD"


@pytest.mark.parametrize(
    ("token", "expected"),
    [("2,1", 2.1), ("100 000", 100000), ("31,998,884.31", 31998884.31), ("924.000", 924000),
     ("1.234,5", 1234.5), ("45", 45), ("0,55", 0.55), ("12abc", None)],
)  # fmt: skip
def test_parse_number(token: str, expected: float | None):
    assert parse_number(token) == (pytest.approx(expected) if expected is not None else None)


def test_an_annual_indexation_of_the_value_is_no_yearly_rate():
    """'subject to annual indexation' adjusts a stated value; it does not make it a rate."""
    plain = "The value of the contract is put at £4.2m for 2026/27, as the report says."
    indexed = "The value of the contract is put at £4.2m for 2026/27, subject to annual indexation."
    start = plain.index("£")
    end = start + len("£4.2m")
    assert context_score(indexed, start, end) == context_score(plain, start, end)
