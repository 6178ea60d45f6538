"""Buyers and suppliers on short realistic texts (own wording), with distractors."""

from __future__ import annotations

import pytest

from pipelines.facts.orgs import find_buyers, find_suppliers, one_per_body


def _facts(text: str, language: str = "sv") -> tuple[list[str], list[str]]:
    title, _, body = text.strip().partition("\n")
    buyers = find_buyers(title, body, language)
    return buyers, find_suppliers(title, body, language, buyers)


def test_buyer_by_name_not_position():
    buyers, suppliers = _facts(
        """Nytt avtal för färdtjänst
Taxibolaget Resekompaniet AB har tecknat avtal med Region Uppsala om färdtjänst i hela länet.
"""
    )
    assert buyers == ["Region Uppsala"]
    assert suppliers == ["Resekompaniet AB"]


def test_court_supervisor_and_appellant_are_not_parties():
    buyers, suppliers = _facts(
        """Överprövning stoppar inte städavtalet
Karlstads kommun får teckna avtal med Städkraft AB. Förvaltningsrätten i Karlstad avslog
Renlighet Väst AB:s begäran om överprövning, och Konkurrensverket har inte agerat.
"""
    )
    assert buyers == ["Karlstads kommun"]
    assert suppliers == ["Städkraft AB"]


def test_location_kommun_is_not_the_buyer():
    buyers, _ = _facts(
        """Peab bygger om väg 26
Trafikverket har gett Peab uppdraget att bygga om väg 26 vid Hestra i Gislaveds kommun.
"""
    )
    assert buyers == ["Trafikverket"]


def test_every_winner_of_a_framework_agreement():
    _, suppliers = _facts(
        """Kammarkollegiet klart med nytt ramavtal
Statens inköpscentral vid Kammarkollegiet har tilldelat ramavtalet för konsulttjänster till
Sweco, WSP och Tyréns. Ramavtalet gäller från juni.
"""
    )
    assert suppliers == ["Sweco", "WSP", "Tyréns"]


def test_winners_listed_after_a_count():
    _, suppliers = _facts(
        """Fem bussbolag kör i länet
Regionen har tilldelat avtal till fem företag:
* Norrbuss AB
* Fjällexpressen i Jämtland AB
* Vy buss AB
* Nobina Sverige AB
* Länsbuss AB
"""
    )
    assert suppliers == [
        "Norrbuss AB",
        "Fjällexpressen i Jämtland AB",
        "Vy buss AB",
        "Nobina Sverige AB",
        "Länsbuss AB",
    ]


def test_people_places_months_and_products_are_not_suppliers():
    _, suppliers = _facts(
        """Journalsystemet Cosmic väljs i Norrland
Region Norrbotten har valt Cambio Healthcare Systems AB och dess lösning Cosmic i mars.
– Det är ett stort steg, säger Maria Lindberg, digitaliseringschef i Luleå.
"""
    )
    assert suppliers == ["Cambio Healthcare Systems AB"]


def test_losing_bidder_is_not_a_supplier():
    _, suppliers = _facts(
        """Skanska vann tunnelbygget
Skanska vann upphandlingen före NCC, som förlorade trots lägre pris. Beställare är SL.
""",
    )
    assert suppliers == ["Skanska"]


def test_english_award_to_and_council():
    buyers, suppliers = _facts(
        """Waste contract awarded
Bristol City Council has awarded its waste collection contract to Biffa plc, beating the
incumbent Serco.
""",
        "en",
    )
    assert buyers == ["Bristol City Council"]
    assert suppliers == ["Biffa plc"]


def test_norwegian_and_danish_shapes():
    buyers, suppliers = _facts(
        """Ny avtale om brøyting
Trondheim kommune har tildelt kontrakten til Brøytemesteren AS.
""",
        "no",
    )
    assert (buyers, suppliers) == (["Trondheim kommune"], ["Brøytemesteren AS"])
    buyers, _ = _facts(
        """Leasingaftale
Der udbydes en rammeaftale om leasing til Region Midtjyllands hospitaler.
""",
        "da",
    )
    assert buyers == ["Region Midtjylland"]


def test_joint_procurement_by_named_kommuner():
    buyers, _ = _facts(
        """Fyra kommuner upphandlar tillsammans
Genom upphandlingen vill kommunerna Mora, Orsa och Älvdalen sänka sina kostnader för IT.
"""
    )
    assert buyers == ["Mora", "Orsa", "Älvdalen"]


def test_abbreviation_and_full_name_are_one_buyer():
    buyers, _ = _facts(
        """FMV beställer fler fordon
Försvarets materielverk (FMV) har beställt terrängbilar av Volvo. FMV:s order är värd 300 Mkr.
"""
    )
    assert buyers == ["Försvarets materielverk"]


@pytest.mark.parametrize(
    ("title", "body"),
    [(None, ""), ("", ""), (None, "   \n\n  "), ("Rubrik", "x" * 20000), (None, "AB AB AB")],
)
def test_empty_or_odd_text_gives_empty_results(title, body):
    buyers = find_buyers(title, body, "sv")
    assert buyers == []
    assert find_suppliers(title, body, "sv", buyers) == []


def test_non_text_input_gives_empty_results():
    assert find_buyers(None, None, "sv") == []  # type: ignore[arg-type]
    assert find_suppliers(None, None, "sv", []) == []  # type: ignore[arg-type]


def test_no_duplicates_and_buyers_never_suppliers():
    buyers, suppliers = _facts(
        """Region Halland väljer Tietoevry
Region Halland har valt Tietoevry. Region Hallands beslut innebär att Tietoevry levererar.
"""
    )
    assert buyers == ["Region Halland"]
    assert suppliers == ["Tietoevry"]


def test_buyer_no_list_knows_is_found_in_a_buyers_slot():
    buyers, suppliers = _facts(
        """Ny vattenledning i Maramures
Hidroconstructia SA har vunnit ett kontrakt med Apa Nord Water Authority om nya ledningar.
Det är det andra kontraktet som tilldelats Hidroconstructia SA av Apa Nord Water Authority.
"""
    )
    assert buyers == ["Apa Nord Water Authority"]
    assert suppliers == ["Hidroconstructia SA"]


def test_company_in_a_buyers_slot_is_neither_buyer_nor_winner():
    """A name with a legal form is a company's: never the fallback buyer; as the party that
    awards ('tilldelats X av Y') it is no winner either."""
    buyers, suppliers = _facts(
        """Ny vattenledning i Maramures
Hidroconstructia SA har vunnit ett kontrakt med Apa Nord SA om nya ledningar. Det är det
andra kontraktet som tilldelats Hidroconstructia SA av Apa Nord SA.
"""
    )
    assert buyers == []
    assert suppliers == ["Hidroconstructia SA"]


def test_kommun_owned_company_and_kommun_unit_are_buyers():
    buyers, suppliers = _facts(
        """Nya lägenheter i Gävle
Gävle Bostäder AB har gett Byggmästarna i Norr AB uppdraget att bygga 90 lägenheter.
"""
    )
    assert buyers == ["Gävle Bostäder AB"]
    assert suppliers == ["Byggmästarna i Norr AB"]
    buyers, _ = _facts(
        """Ny gång- och cykelbro
Trafikkontoret i Göteborg har tecknat avtal med Peab om en ny cykelbro över älven.
"""
    )
    assert buyers == ["Göteborg"]


def test_previous_holder_of_the_contract_is_not_a_winner():
    _, suppliers = _facts(
        """Ny operatör på pendeltågen
Nobina tar över pendeltågstrafiken i länet från Arriva efter att ha vunnit upphandlingen.
"""
    )
    assert suppliers == ["Nobina"]


def test_company_named_after_a_person_keeps_its_legal_form():
    _, suppliers = _facts(
        """Ny motorvej
Vejdirektoratet har valgt Per Aarsleff A/S til at bygge den nye motorvej.
""",
        "da",
    )
    assert suppliers == ["Per Aarsleff A/S"]


HOSTILE_BODIES = [
    # One 40 KB paragraph without a full stop that names a body thousands of times.
    "stads bolaget Abc " * 2500,
    # A keyword of a name shape repeated inside one endless word.
    "ommune" * 7000,
    # An endless word before a place preposition, and many long words.
    "a" * 40_000 + " x",
    ("x" * 5000 + " ") * 8 + " i Stockholm",
    # Many names and sentences: every mention in its own sentence.
    "Abc kommun tilldelar Bygg AB avtalet. " * 1000,
    # One winner sentence listing thousands of companies, or one endless capitalised run.
    "Hedeby kommun har tilldelat avtalet till " + "Abc AB, " * 4000,
    "Vinner " + "Abc Def Ghi " * 3000,
    "The Abc Def Council " * 2000,
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_hostile_bodies_complete(body):
    """Pathological bodies finish with plain lists (no timing asserted: they must end)."""
    from pipelines.facts import extract_facts

    facts = extract_facts(title="Rubrik", body=body)
    assert isinstance(facts.buyers, list) and isinstance(facts.suppliers, list)
    assert not set(facts.buyers) & set(facts.suppliers)
    assert all(len(name.split()) <= 12 for name in facts.buyers + facts.suppliers)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Skolbolaget i Ås", "Skolbolaget i Ås AB"], ["Skolbolaget i Ås AB"]),
        (["Norrbygg AB", "Norrbygg", "Västbygg"], ["Norrbygg AB", "Västbygg"]),
        (["Fjordbuss AS", "Fjordbuss A/S"], ["Fjordbuss AS", "Fjordbuss A/S"]),
        (["Region Skåne", "Skåne"], ["Region Skåne", "Skåne"]),
    ],
)
def test_a_body_named_with_and_without_its_legal_form_is_returned_once(names, expected):
    assert one_per_body(names) == expected
