"""Suppliers: winner cues, roles and ordinary words, in all four languages (own wording).

Each row is a short article (headline on the first line) and the suppliers it names.
"""

from __future__ import annotations

import pytest

from pipelines.facts.orgs import find_buyers, find_suppliers
from pipelines.facts.orgs_common import is_common_phrase, is_common_word
from pipelines.facts.orgs_names import _runs
from pipelines.facts.orgs_text import tokens


def _suppliers(text: str, language: str) -> list[str]:
    title, _, body = text.strip().partition("\n")
    buyers = find_buyers(title, body, language)
    return find_suppliers(title, body, language, buyers)


WINNER_CUES = [
    (
        "sv",
        """Nytt avtal om vinterväghållning
Kommunens tekniska nämnd har beslutat att tilldela kontraktet för vinterväghållning i
centrala staden till företaget Snöröjarna Norr AB. Avtalet gäller i fyra år.""",
        ["Snöröjarna Norr AB"],
    ),
    (
        "sv",
        """Tilldelningsbeslutet står fast
Förvaltningsrätten avslog begäran om överprövning. Tidigare tilldelning som innebär att
Linjebuss Mitt AB ska köra trafiken från december står därmed fast.""",
        ["Linjebuss Mitt AB"],
    ),
    (
        "sv",
        """Ny skola byggs i Hjältevad
Tilldelningsbeslut fattades i maj då Grusvägen Bygg AB:s anbud antogs. Skolan ska stå
klar hösten 2027.""",
        ["Grusvägen Bygg AB"],
    ),
    (
        "sv",
        """Klartecken för bullerskydd
Kommunen har ingått avtal om bullerskydd med leverantören Tystväg AB efter en förenklad
upphandling.""",
        ["Tystväg AB"],
    ),
    (
        "sv",
        """Bygglaget erhåller nytt skolprojekt
Bygglaget erhåller ett nytt skolprojekt i Vretstorp, där en skola för 400 elever ska
uppföras.""",
        ["Bygglaget"],
    ),
    (
        "da",
        """Ny operatør på bybusserne
Det var prisen og kvaliteten, der gjorde, at Bybuslinjen A/S vandt udbuddet om
bybusserne i Haderslev.""",
        ["Bybuslinjen A/S"],
    ),
    (
        "no",
        """Brobyggeren har fått den første av hovedkontraktene
Brobyggeren Vest AS har fått den første av hovedkontraktene for den nye fjordkryssingen.""",
        ["Brobyggeren Vest AS"],
    ),
    (
        "en",
        """County picks a road maintenance firm
The Department of Roads is hiring Roadcare Partners to maintain state highways in the
northern district from October.""",
        ["Roadcare Partners"],
    ),
    (
        "en",
        """Railway electrification contract concluded
The rail agency has signed a contract on electrification of most of the southern network
lines with the consortium Kabel-Volt. The contract is worth 1.2 billion DKK.""",
        ["Kabel-Volt"],
    ),
    (
        "da",
        """Fakta om udbuddet
Udbyder
Vesthavn Kommune
Vindere
(05.03.2024)
Datahuset A/S
Udbud af kontrakt om drift af et omsorgssystem.""",
        ["Datahuset A/S"],
    ),
]

ROLES = [
    (
        "sv",
        """Ramavtal för markarbeten klart
Schaktgruppen Syd AB har signerat ramavtal med Gatukontoret i staden. Avtalet löper på
två år med möjlighet till förlängning.""",
        ["Schaktgruppen Syd AB"],
    ),
    (
        "sv",
        """Bussbolaget fick rätt i domstol
Västlinjen AB har vunnit striden i förvaltningsrätten om stadstrafiken. Kommunen hade
beslutat att ge uppdraget att köra stadsbussarna till Kustbuss AB.""",
        ["Kustbuss AB"],
    ),
    (
        "da",
        """Kommunen skifter ikke leverandør
Kommunen har besluttet, at Datakraft A/S ikke får ordren på et nyt sagssystem. I stedet
vandt Nordsyd A/S udbuddet.""",
        ["Nordsyd A/S"],
    ),
    (
        "da",
        """Svensk busselskab vinder i Storeby
Den svenske Fjordbuss-koncern har vundet en kontrakt på bytrafik i Storeby. Direktør i
Fjordbuss Danmark glæder sig over opgaven.""",
        ["Fjordbuss"],
    ),
    (
        "sv",
        """Norska Fjellbilene kör länstrafiken
Norska Fjellbilene vinner upphandlingen av länstrafiken i norra delen av länet.""",
        ["Fjellbilene"],
    ),
]

PARTIES = [
    (
        "en",
        """Acute services contract awarded
The North Valley Integrated Care Board has awarded a contract for elective surgery to the
Riverside University Hospitals NHS Trust. The contract, titled "RUH / NV 2026-29 Acute
Contract", runs for three years.""",
        ["Riverside University Hospitals NHS Trust"],
    ),
    (
        "da",
        """Forlig efter klagesag om akuthuset
Arkitema og Sweco bød på opgaven, men udbuddet blev vundet af Nordlys Arkitekter.""",
        ["Nordlys Arkitekter"],
    ),
    (
        "da",
        """Klage over tildeling af sagssystem
Klageren er it-firmaet Datasmedjen A/S. Kontrakten blev tildelt Softhus A/S i marts.""",
        ["Softhus A/S"],
    ),
    (
        "en",
        """Bridge deck bids opened
The state roads department announces that Harbor Paving, Inc. is the apparent low bidder
for the bridge deck contract on Route 9.""",
        ["Harbor Paving, Inc."],
    ),
    (
        "no",
        """Viken Maskin vinner vegkontrakten
Viken Maskin vinner kontrakten på vinterdrift. Viken Maskindrift AS har fått kontrakten
for fire år fra oktober.""",
        ["Viken Maskindrift AS"],
    ),
    (
        "sv",
        """Dom i mål om bemanning
Sökanden (nedan Bolaget hävdar att utvärderingen var felaktig och att priset borde ha
vägts annorlunda i den förenklade upphandlingen av läkartjänster inom regionen. Av
tilldelningsbeslutet framgår att Vårdbemanning Nord AB (nedan Vårdbemanning) tilldelades
kontraktet.""",
        ["Vårdbemanning Nord AB"],
    ),
]

NUMBERED_NAMES = [
    ("Mobilavtalet går till Tele 2", ["Tele", "2"]),
    ("Tele 2 har vunnit mobilavtalet", ["Tele", "2"]),
    ("Kommunen tecknar avtal om Linje 4 och Route 9", ["Linje"]),
    ("Skanska får 3 miljoner kronor", ["Skanska"]),
]


@pytest.mark.parametrize(("sentence", "first_run"), NUMBERED_NAMES)
def test_a_single_digit_ends_a_name_only_before_punctuation_or_a_verb(
    sentence: str, first_run: list[str]
):
    runs = [run for run in _runs(tokens(sentence)) if run[0].text == first_run[0]]
    assert [token.text for token in runs[0]] == first_run


RUN_SPLITS = [  # how capitalised runs are cut: crumbs, '&' initials, a dotted legal form
    ("Start / Nyheter / Vallbygg vinner", [["Start"], ["Nyheter"], ["Vallbygg"]]),
    (
        "Nordbygg/Kustanlägg Joint Venture vinner",
        [["Nordbygg/Kustanlägg", "Joint", "Venture"]],
    ),
    (
        "Avtal med Aqua Iberia S.A. The work starts",
        [["Avtal"], ["Aqua", "Iberia", "S.A."], ["The"]],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RUN_SPLITS)
def test_runs_split_at_spaced_slashes_and_after_a_dotted_form(
    sentence: str, expected: list[list[str]]
):
    assert [[token.text for token in run] for run in _runs(tokens(sentence))] == expected


SUBJECTS = [
    (
        "no",
        """Vegvesenet velger Fjellvei
Fjellvei AS har fått kontrakten på drift og vedlikehold av veiene i dalen.""",
        ["Fjellvei AS"],
    ),
    (
        "en",
        """First Bus wins park and ride
First Bus has won the tender for park and ride services from the county council.""",
        ["First Bus"],
    ),
    (
        "sv",
        """Ny städleverantör i regionen
Region Örebro län har tecknat avtal med Renhall. Renhall ersätter Städkraft som
leverantör av lokalvård.""",
        ["Renhall"],
    ),
    (
        "sv",
        """Linjebuss tar över efter Stadsbuss
Linjebuss tar över trafiken i Södertälje från Stadsbuss i december.""",
        ["Linjebuss"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECTS)
def test_subjects_of_winner_verbs(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected


ORDINARY_WORDS = [
    (
        "sv",
        """Lokalbuss vinner i Östergötland
Delar av landsbygdstrafiken ingår också i uppdraget. Vinner gör Lokalbuss Öst AB som tar
hem båda paketen.""",
        ["Lokalbuss Öst AB"],
    ),
    (
        "no",
        """Veibygg får kontrakten
Veibygg AS har fått kontrakten på vegdrift. Tidligere hadde Veibygg AS også kontrakten i
nabodistriktet.""",
        ["Veibygg AS"],
    ),
    (
        "en",
        """Trust awards cleaning contract
Indeed, the Trust has awarded the cleaning contract to Brightshine Ltd under the Direct
Award Process for Health Care Services. South East hospitals will follow.""",
        ["Brightshine Ltd"],
    ),
    (
        "sv",
        """Statistik om upphandling
• Cirka 45 procent av alla anbud kontrakteras.
• Anbudsgivare kan tilldelas högst två områden.""",
        [],
    ),
    (
        "sv",
        """Inköpspriset delas ut i januari
I år kan vinnaren av Inköpspriset luta sig mot lång erfarenhet. Priset tilldelas den som
bidragit mest till bättre offentliga affärer.""",
        [],
    ),
    (
        "da",
        """Kommunen vælger driftsleverandør
Kommunen har valgt leverancen efter rammekontrakten om IT-drift ASP/Cloud.""",
        [],
    ),
    (
        "sv",
        """Stadsbuss vinner två områden
Stadsbuss har vunnit upphandlingen om trafiken i bussområde Västerort och i
trafikområdet Mälarkusten från januari.""",
        ["Stadsbuss"],
    ),
    (
        "sv",
        """Peab bygger etappen
Trafikverket har tecknat avtal med Peab om deletapp Lindholmen i tunnelbygget.""",
        ["Peab"],
    ),
    (
        "no",
        """Ny brøyteavtale
Kommunen har valgt leverandør. Fjellbrøyt AS ga det økonomisk mest fordelaktige tilbudet
og får ansvaret for brøytingen fra november.""",
        ["Fjellbrøyt AS"],
    ),
    (
        "en",
        """Bridge repairs
Northfield Bridgeworks had the lowest bid among the five contractors that took part.""",
        ["Northfield Bridgeworks"],
    ),
    (
        "sv",
        """Nya larm till äldreboenden
Kommunen går vidare med Trygglarm Norden AB efter utvärderingen av anbuden.""",
        ["Trygglarm Norden AB"],
    ),
    (  # an acronym defined for a public body is that body, not a company
        "en",
        """Snow removal contract
The Westmoor Department of Transportation (WDOT) has awarded a contract to Roadcare Ltd for the
winter.
The county has had a contract with WDOT for the past three years.""",
        ["Roadcare Ltd"],
    ),
    (  # present tense in the body names the incumbent unless a new contract is meant
        "sv",
        """Skolmaten upphandlas
Kommunen har inlett en upphandling av skolmåltider. I dag levererar Matglädje AB maten.""",
        [],
    ),
    (
        "sv",
        """Skolmaten upphandlad
Från och med augusti levererar Matglädje AB maten enligt det nya avtalet.""",
        ["Matglädje AB"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WINNER_CUES)
def test_winner_cues(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ROLES)
def test_roles_negation_and_name_shapes(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), PARTIES)
def test_providers_losers_and_legal_names(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ORDINARY_WORDS)
def test_ordinary_words_are_not_suppliers(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected


@pytest.mark.parametrize("word", ["Delar", "Cirka", "Tidligere", "Alle", "Tilbage", "Indeed"])
def test_frequent_words_are_common(word: str):
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Skanska", "Nobina", "Veidekke", "Sweco", "Ramboll", "Kier"])
def test_company_names_are_not_common(word: str):
    assert not is_common_word(word)


def test_title_case_phrases_but_not_company_names():
    assert is_common_phrase(["Direct", "Award", "Process"])
    assert is_common_phrase(["Health", "Care", "Services"])
    assert not is_common_phrase(["General", "Dynamics"])
    assert not is_common_phrase(["Scott", "Wilson"])
    assert not is_common_phrase(["Skanska"])


# Round 5: prizes, received bids, parties, incumbents, sales, projects and service names are
# no winners; more Nordic ways to name the one chosen.
FRESH_TEXT_ROLES = [
    (
        "en",
        """Regional purchasing prizes handed out
The Northern Purchasing and Contract Management Awards for Excellence (the Awards) honour
good buying. The 2025 Awards ceremony was held at the Harbour Hotel, Leeds.""",
        [],
    ),
    (
        "sv",
        """Få anbud i byggupphandlingar
I en enkät har 50 av Hemgårds medlemsföretag svarat på hur många anbud de fick vid sina
senaste byggprojekt.""",
        [],
    ),
    (
        "da",
        """Ny entreprenør til svømmehallen
Kommunalbestyrelsen har truffet sit valg, og valget er efter et offentligt udbud faldet på
Brovang Byg A/S.""",
        ["Brovang Byg A/S"],
    ),
    (
        "da",
        """Totalrådgiver valgt til Solsidens Hus
Byrådet har valgt Nordvind Rådgivning A/S som totalrådgiver for det nye kulturhus.""",
        ["Nordvind Rådgivning A/S"],
    ),
    (
        "en",
        """Repairs contract to be shared
At Tuesday's cabinet meeting the Liberal Democrats voted for the contract to be split
between Harwood Facilities Ltd and Brookmere Works Ltd.""",
        ["Harwood Facilities Ltd", "Brookmere Works Ltd"],
    ),
    (
        "en",
        """Council picks new cleaning firm
The council chose to award the cleaning contract, previously held by failed contractor
Thornbury, to Ashgrove Cleaning Ltd.""",
        ["Ashgrove Cleaning Ltd"],
    ),
    (
        "no",
        """Millionhonorar uten anbud
Rådgiverne som hjalp fylket med å selge Fjordferja, fikk 12 millioner kroner for
oppdraget.""",
        [],
    ),
    (
        "no",
        """To store veikontrakter signert
Kontrakten for bygging av Nordlitunnelen er inngått med Fjellbygg Anlegg AS. Samme dag ble
kontrakt på bygging av ny bru over elva skrevet med Vestbygg Entreprenør AS.""",
        ["Fjellbygg Anlegg AS", "Vestbygg Entreprenør AS"],
    ),
    (
        "sv",
        """Tre leverantörer av livsmedel
Kommunen har beslutat om nya avtal. Det är Norrmat AB, Kylgrossisten Nord AB och
Bagarstugan Öst AB som blir leverantörer.""",
        ["Norrmat AB", "Kylgrossisten Nord AB", "Bagarstugan Öst AB"],
    ),
    (
        "sv",
        """Otillåten direktupphandling
Bolaget har brutit mot lagen genom att ha slutit ett generalentreprenadavtal med Stålhem
Entreprenad AB utan annonsering.""",
        ["Stålhem Entreprenad AB"],
    ),
    (
        "sv",
        """Byte av renhållningsentreprenör
Nuvarande renhållningsentreprenad med Sopbolaget avslutas den 31 mars och den 1 april
påbörjas den nya entreprenaden med Gröna Bilar AB.""",
        ["Gröna Bilar AB"],
    ),
    (
        "no",
        """Innrømmer ulovlig kjøp
Helseforetaket gjorde en ulovlig direkteanskaffelse av Journalia for å få felles system.""",
        ["Journalia"],
    ),
    (
        "en",
        """Grounds maintenance decision
The council resolved that the contract for the provision of Grounds Maintenance and Street
Cleaning Services be awarded to the highest scoring tenderer. Members noted the award of
the Grounds Maintenance and Street Cleaning contract to the preferred supplier.""",
        [],
    ),
    (
        "da",
        """Nordbus og Kystrute deler regionens 12. udbud
Trafikselskabet har afgjort sit seneste udbud af buskørsel.""",
        ["Nordbus", "Kystrute"],
    ),
    (
        "sv",
        """Hemtjänsten i Norrby läggs ut
Kommunen har gått igenom anbuden. Omsorgshuset Syd låg lägst i pris, 20 miljoner kr per år,
jämfört med Vårdkedjans 22,5 och Hemvårdarna Nords 23 miljoner.""",
        ["Omsorgshuset Syd"],
    ),
    (
        "sv",
        """Nytt bussavtal klart
Tidningen har granskat beslutet. Först i går kom beskedet att det blev Länsbuss Öst.""",
        ["Länsbuss Öst"],
    ),
    (
        "sv",
        """Resenärer får nya bussar
Regionen har tilldelat Vägtrafik Mitt AB det nya avtalet. En tidigare, stor upphandling i
söder, som Bussbolaget Väst vann förra året, är fortfarande överklagad.""",
        ["Vägtrafik Mitt AB"],
    ),
    (
        "en",
        """Repairs work shared after U-turn
Cabinet voted for the contract being split between Harwood Facilities Ltd and the
council-owned firm Brookmere Works Ltd (BWL), as previously recommended by officers.""",
        ["Harwood Facilities Ltd", "Brookmere Works Ltd"],
    ),
    (
        "sv",
        """Två grossister till skolköken
Kommunen har beslutat om nya avtal. Det är Svensk Matgrossist och Norrbagarna som blir
leverantörer.""",
        ["Svensk Matgrossist", "Norrbagarna"],
    ),
    (
        "sv",
        """Börsen efter valet
Sedan kandidaten utropats till vinnare i natt har Byggbörsbloggen granskat hur
byggaktierna klarat sig.""",
        [],
    ),
    (
        "sv",
        """Förbrukningsavtal sägs upp i förtid
Regionen och leverantören har länge varit oense om hur villkoren ska tolkas. Avtalet med
Vårdmaterial Norr slöts 2019 och skulle gälla i fem år.""",
        ["Vårdmaterial Norr"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FRESH_TEXT_ROLES)
def test_fresh_text_roles(language: str, text: str, expected: list[str]):
    assert _suppliers(text, language) == expected
