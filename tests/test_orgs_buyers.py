"""Buyers in the Nordic and English name shapes, and the roles that are not buying."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipelines.facts.orgs import find_buyers, find_suppliers, lookup_organization
from pipelines.facts.orgs_matcher import find_public_bodies

REFERENCE = Path(__file__).resolve().parents[1] / "pipelines" / "reference"


def _nordic_rows() -> list[dict[str, str]]:
    with (REFERENCE / "nordic_kommuner.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_norwegian_and_danish_kommuner():
    rows = _nordic_rows()
    norway = [row for row in rows if row["country"] == "NO"]
    denmark = [row for row in rows if row["country"] == "DK"]
    assert len(norway) == 357  # 2024, Herøy and Våler twice
    assert len({row["name"] for row in norway}) == 355
    assert len(denmark) == 98
    assert len({row["code"] for row in denmark}) == 98
    assert all(row["name"].endswith("kommune") for row in norway)
    assert all("Kommune" in row["name"] or "Regionskommune" in row["name"] for row in denmark)


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Gjerdrum municipality", "Gjerdrum kommune", "NO"),
        ("Odense Municipality", "Odense Kommune", "DK"),
        ("Odense kommune", "Odense Kommune", "DK"),
        ("Københavns Kommune", "Københavns Kommune", "DK"),
        ("Time kommune", "Time kommune", "NO"),
        ("SVV", "Statens vegvesen", "NO"),
        ("KL", "Kommunernes Landsforening", "DK"),
        ("Helse Midt-Norge IT", "Hemit", "NO"),
        ("Helse Møre og Romsdal HF", "Helse Møre og Romsdal", "NO"),
        ("Trøndelag fylkeskommune", "Trøndelag fylkeskommune", "NO"),
        ("Länstrafiken i Jämtland", "Länstrafiken Jämtland", "SE"),
        ("FMI", "Forsvarsministeriets Materiel- og Indkøbsstyrelse", "DK"),
    ],
)
def test_reference_names_and_aliases(name: str, canonical: str, country: str):
    record = lookup_organization(name)
    assert record is not None and record["name"] == canonical
    assert record["country"] == country


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Avtalen med Helse Midt-Norge IT gjelder drift.", ["Hemit"]),
        ("Avtalen med Helse Midt-Norge RHF gjelder drift.", ["Helse Midt-Norge"]),
        ("Helse Midt-Norge IKT-avdeling", []),
        ("A contract from the Army for trucks.", ["Army"]),
        ("The British Army bought trucks.", []),
        (
            "the Barking, Havering and Redbridge University Hospitals NHS Trust",
            ["Barking, Havering and Redbridge University Hospitals NHS Trust"],
        ),
        ("The NEL ICB has awarded", ["NEL ICB"]),
        ("in Trondheim Municipality", ["Trondheim kommune"]),
        ("Cornwall Council has awarded", ["Cornwall Council"]),
        ("the UN Security Council met", []),
        ("Statens vegvesen Region Vest har tildelt", ["Statens vegvesen"]),
        ("En kommun köpte fem bilar.", []),
        ("Hver kommune har sitt eget budsjett.", []),
        ("Redcar with Saltburn Council has awarded", ["Redcar with Saltburn Council"]),
        ("Kingston upon Hull City Council signed", ["Kingston upon Hull City Council"]),
        ("the KB council agreed; a UK council did not", ["KB council"]),
        (
            "The Secretary of State for Transport (SoST) appealed",
            ["Secretary of State for Transport"],
        ),
        ("Nordfjord havnevesen kjøpte en båt", ["Nordfjord havnevesen"]),
        ("Vejle Forsyning har udbudt kloakarbejdet", ["Vejle Forsyning"]),
        ("rengøring for Boligkontoret Vejle", ["Boligkontoret Vejle"]),
        ("Vestfold og Telemark fylkeskommune har tildelt", ["Vestfold og Telemark fylkeskommune"]),
        ("Kulturministeriet har købt et maleri", ["Kulturministeriet"]),
        ("a dispute between Amey and Kent County Council", ["Kent County Council"]),
        ("Borlänge Vatten och Avfall har upphandlat", ["Borlänge Vatten och Avfall"]),
        ("Vejle Vand har udbudt", ["Vejle Vand"]),
        ("Lisa Vatten har tecknat avtal", []),
        ("Leeds council has awarded", ["Leeds council"]),
        ("the Labour council and a Scottish council", []),
        ("Cheshire West and Chester Council signed", ["Cheshire West and Chester Council"]),
        ("the London Borough of Tower Hamlets awarded", ["London Borough of Tower Hamlets"]),
        ("Greater Leeds Combined Authority awarded", ["Greater Leeds Combined Authority"]),
        ("Samferdselsdepartementets nye avtale", ["Samferdselsdepartementet"]),
        ("Ny skola\n\nSOLLENTUNA I går beslutade nämnden", ["Sollentuna kommun"]),
        ("STOCKHOLM GÖTEBORG MALMÖ\nNyheter", []),  # a line in capitals is a menu
        ("MOTPART\nSAKEN\nDOM", []),
    ],
)
def test_name_shapes(text: str, names: list[str]):
    assert [mention.name for mention in find_public_bodies(text)] == names


@pytest.mark.parametrize(
    ("title", "body", "buyers"),
    [
        (
            "Ny avtale om snøbrøyting",
            "Mesta er valgt som leverandør for Bergen kommune, og avtalen gjelder i tre år.",
            ["Bergen kommune"],
        ),
        (
            "Skolskjuts upphandlad",
            "Jönköpings länstrafik har gett uppdraget till Habo kommun, som ska köra"
            " skolskjutsarna med egna fordon.",
            ["Jönköpings länstrafik"],
        ),
        (
            "Ny entreprenør for veivedlikehold",
            "Statens vegvesen har tildelt kontrakten. Området dekker deler av Skien, Porsgrunn og"
            " Bamble kommune.",
            ["Statens vegvesen"],
        ),
        (
            "Ny IT-leverantör till Ale kommun",
            "Ale kommun har tilldelat kontraktet för IT-drift till Datadrift AB.\n\n"
            "Konst i tre kommuner\n\nNästa år deltar Ale, Lerum och Alingsås i en"
            " konstfestival med 100 verk.",
            ["Ale kommun"],
        ),
        (
            "Årets inköpare utsedd",
            "Priset som årets inköpare går i år till Karin Ek (Region Örebro län). Bland de"
            " nominerade fanns också:\n\nPer Holm – Region Halland\n\nLena Ås – Luleå kommun",
            [],
        ),
        (
            "Nytt avtal om skolskjuts",
            "Västra Götalandsregionen (VGR) har tecknat avtal med Skjutsbolaget om skolskjuts.",
            ["Västra Götalandsregionen"],
        ),
        (
            "Dom om datanätet",
            "Kommunen har haft samma leverantör i tio år. När avtalet synades ansåg kommunen"
            " att priserna var för höga.\n\nFörvaltningsrätten har nu prövat saken, och"
            " bevisbördan ligger på Kalix kommun. Kommunens anbudsprövning var enligt domstolen"
            " korrekt.",
            ["Kalix kommun"],
        ),
        (
            "Road repairs in Ohio",
            "Buckeye Paving has signed a contract with the Lakeview Port Authority for the"
            " resurfacing of its harbour roads.",
            ["Lakeview Port Authority"],
        ),
        (  # a statistics piece names a body but no contract
            "Sjöfartsverket bygger mest",
            "Sjöfartsverket har flest stora projekt på gång i år, och flera nya farleder ska"
            " muddras under de kommande åren, säger projektchefen.",
            [],
        ),
        (  # a body's yearly orders in a statistics piece tie it to no contract
            "Rekordår för försvarets inköp",
            "Försvarets materielverks beställningar till industrin ökade med en tredjedel i"
            " fjol jämfört med året innan, enligt myndighetens årsredovisning.",
            [],
        ),
        (  # one order from the same body
            "Nya terrängbilar",
            "Försvarets materielverk beställer 40 terrängbilar från Fordonsbolaget AB.",
            ["Försvarets materielverk"],
        ),
        (  # the same body seeking a contractor is a buyer
            "Ny farled",
            "Sjöfartsverket söker nu en entreprenör som ska muddra farleden vid Gävle hamn.",
            ["Sjöfartsverket"],
        ),
        (  # the kommun's company buys; the kommun named as its owner does not
            "Skadestånd för direktupphandling",
            "Mässhallen Syd AB, ett kommunägt bolag som sköter Lunds stads mässor, ska betala"
            " skadestånd till leverantören efter en otillåten direktupphandling.",
            ["Mässhallen Syd AB"],
        ),
        (  # the body that buys for another buys too
            "Ramavtal för skrivare",
            "Adda har på uppdrag av Region Gävleborg upphandlat ett ramavtal för skrivare.",
            ["Adda", "Region Gävleborg"],
        ),
        (  # two kommuner buying together
            "Gemensam upphandling",
            "Skövde kommun har tillsammans med Tibro kommun upphandlat skolmat. Avtalet gick"
            " till Matlaget AB.",
            ["Skövde kommun", "Tibro kommun"],
        ),
        (  # the owner of the buying company is no buyer
            "Renovering av hyreshus",
            "Ankaret AB ägs av Vänersborgs kommun. Ankaret har tecknat avtal med Byggfirman AB"
            " om fasaderna.",
            [],
        ),
        (  # a supervisor named beside the contract is no buyer
            "Hemtjänst på entreprenad",
            "Bolaget Omsorgspartner driver hemtjänsten under tillsyn av Socialstyrelsen sedan"
            " avtalet började gälla.",
            [],
        ),
        (  # parties of cases cited in a roundup
            "Procurement cases of the year",
            "Three rulings stood out.\n\nNorthgate Ltd v Westshire County Council [2022] where"
            " the court looked at a late tender award.\n\nAcme Plc v Eastvale Borough Council"
            " [2022] on abnormally low bids.",
            [],
        ),
        (  # the body a case text defines as the respondent
            "Klage over direkte anskaffelse",
            "Saken gjelder en kontrakt om renhold. Avtalen mellom Husbanken og Renhold AS ble"
            " brukt som grunnlag. Innovasjon Norge (heretter innklagede) inngikk kontrakt med"
            " Renhold AS uten kunngjøring.",
            ["Innovasjon Norge"],
        ),
        (  # the employer of a titled person, the kommuner only the area covered
            "Ny driftskontrakt på fylkesveiene",
            "Veiservice AS drifter fylkesveiene i kommunene Nittedal og Gjerdrum fra i høst.\n\n"
            "- Kontrakten løper i fem år, sier prosjektleder Kari Lie i Akershus"
            " fylkeskommune.",
            ["Akershus fylkeskommune"],
        ),
        (  # 'kommunen' in a buying role, the kommun named only by its place
            "Nytt äldreboende i Gnesta",
            "Anbuden för det nya boendet vid Frösjön i Gnesta är utvärderade. Om ingen begär"
            " överprövning kan kommunen teckna avtal med Byggarna AB.",
            ["Gnesta"],
        ),
        (  # a bare place as subject of a buying verb
            "IT-drift utan annons",
            "I mars annonserade Sundsvall en upphandling av it-drift. Under tiden tecknade"
            " kommunen ett tilläggsavtal med Datadrift AB.",
            ["Sundsvall"],
        ),
        (  # 'landstinget' resolved through the kommun named
            "Vårdcentralen får ny driftsform",
            "Landstinget har tilldelat Vårdbolaget driften av vårdcentralen i Kiruna efter"
            " upphandlingen.",
            ["Norrbottens läns landsting"],
        ),
        (  # a court's seat and a postal address are no buyers; "Sida 1" is a page
            "Dom i mål om skolskjuts",
            "Kammarrätten i Umeå, mål nr 55-23. Sida 1 (4). Ombud: Box 12, 901 03 Umeå."
            " Kammarrätten upphäver tilldelningsbeslutet i upphandlingen.",
            [],
        ),
        (  # the respondent of a Swedish ruling is its buyer
            "Förvaltningsrätten i Luleå",
            "SÖKANDE\nFjällbuss AB\nMOTPART\nKiruna kommun\nSAKEN\nÖverprövning av"
            " upphandling av skolskjuts.",
            ["Kiruna kommun"],
        ),
        (  # the body that leads a joint procurement buys too
            "Gemensam upphandling av hjälpmedel",
            "Region Värmland deltar i upphandlingen av hörhjälpmedel. Upphandlingen leds av"
            " Region Örebro län.",
            ["Region Värmland", "Region Örebro län"],
        ),
        (  # a kommun's board named with its island place: the kommun buys
            "Klartecken för ny upphandling",
            "Kulturnämnden på Tjörn gjorde rätt när nämnden beslutade att upphandla driften"
            " av badhuset, enligt förvaltningsrätten.",
            ["Tjörn"],
        ),
        (  # a ruling's respondent that no list knows: the company that procured
            "Dom i upphandlingsmål",
            "SÖKANDE\nFjällbuss AB\nMOTPART\nHamnbolaget i Norrvik AB, 556000-1111\nSAKEN\n"
            "Överprövning av upphandling av bogsering.",
            ["Hamnbolaget i Norrvik AB"],
        ),
        (  # a respondent field holding a street address names no buyer
            "Dom i upphandlingsmål",
            "SÖKANDE\nFjällbuss AB\nMOTPART\nStorgatan 4, 123 45 Norrvik\nSAKEN\n"
            "Överprövning av upphandling av bogsering.",
            [],
        ),
        (  # another customer of the winner, named for reference, is no buyer
            "Street lighting contract",
            "Brightway Ltd has won a £2m street lighting contract. The firm, which has"
            " contracts with other councils including Devon County Council, starts in May.",
            [],
        ),
        (  # a body named as a speaker's employer, and a prize's winner, are no buyers
            "Procurement awards handed out",
            "The awards dinner was opened by Ministry of Defence Secretary Anna Clarke. Gold"
            " award winner – Cornwall Council, for its tender training.",
            [],
        ),
        (  # the body that signs with a company buys, not the one a headline names first
            "Entreprenør vant mot Bane NOR i retten – signerte historisk kontrakt",
            "Innlandet fylkeskommune og Fjellbygg AS har inngått kontrakt om rassikring av"
            " fylkesvei 51. Kontrakten er verdt 20 millioner kroner.",
            ["Innlandet fylkeskommune"],
        ),
    ],
)
def test_only_the_body_that_buys(title: str, body: str, buyers: list[str]):
    assert find_buyers(title, body, "") == buyers


@pytest.mark.parametrize(
    ("title", "body", "buyers", "suppliers"),
    [
        (  # a bare 'för X' near a contract does not make X a buyer
            "Nya skrivare i länet",
            "Region Norrbotten har tilldelat Tonerhuset AB avtalet om skrivare. Avtalet är"
            " viktigt även för Luleå kommun, som får lägre priser.",
            ["Region Norrbotten"],
            ["Tonerhuset AB"],
        ),
        (  # 'för X:s räkning': X buys through another body
            "Ramavtal för digitala kanaler",
            "Försvarsmakten genomför en upphandling av ramavtal för Försvarets materielverks"
            " räkning.",
            ["Försvarsmakten", "Försvarets materielverk"],
            [],
        ),
        (  # a company after 'avtal med' is never the fallback buyer
            "Nytt IT-avtal",
            "Kommunen har tecknat avtal med Atea om datorer till skolorna.",
            [],
            ["Atea"],
        ),
        (  # a company name without a legal form is no fallback buyer either
            "Nytt städavtal",
            "Kommunen har tecknat avtal med Städ Services om städning av skolorna.",
            [],
            ["Städ Services"],
        ),
        (  # 'Kommunen' as the subject of a buying verb is the kommun the article names
            "Nya datorer i skolan",
            "Skolorna i Lerums kommun får nya datorer. Kommunen har tecknat avtal med Atea om"
            " datorerna.",
            ["Lerums kommun"],
            ["Atea"],
        ),
        (
            "Ny tandvård",
            "Regionen har tecknat avtal med Tandhuset AB om tandvård för barn i Region"
            " Kronoberg. Region Kronoberg har cirka 200 000 invånare.",
            ["Region Kronoberg"],
            ["Tandhuset AB"],
        ),
        (  # the public body that provides the service is a supplier, never a buyer
            "Surgery contract",
            "The Westmoor Integrated Care Board has awarded a contract for eye surgery. The"
            " services will be provided by the Eastfield Hospitals NHS Foundation Trust from"
            " April. Eastfield Hospitals NHS Foundation Trust has run the clinic before.",
            ["Westmoor Integrated Care Board"],
            ["Eastfield Hospitals NHS Foundation Trust"],
        ),
        (  # 'Interested Party' is a court's label for the winner, not a losing bidder
            "Judgment on road contract",
            "KESTREL PAVING LIMITED Claimant - and - WESTMOOR COUNCIL Defendant - and -"
            " ROADLINE LIMITED Interested Party\n\nThe Westmoor Council decided to award the"
            ' resurfacing contract to the Interested Party, Roadline Limited ("Roadline").'
            " Kestrel Paving came second.",
            ["Westmoor Council"],
            ["Roadline Limited"],
        ),
        (  # the party that awards ('awarded to X by Y') is no winner
            "Water contract",
            "Aqualine has won its second contract awarded to Aqualine by the Westmoor Water"
            " Authority.",
            ["Westmoor Water Authority"],
            ["Aqualine"],
        ),
    ],
)
def test_roles_of_buyer_and_supplier(title, body, buyers, suppliers):
    found = find_buyers(title, body, "")
    assert found == buyers
    assert find_suppliers(title, body, "", found) == suppliers
