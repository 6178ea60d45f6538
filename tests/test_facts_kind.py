"""Kind: award, tender, dispute or other, from headline and body cues."""

from __future__ import annotations

import pytest

from pipelines.facts.kind import classify_kind

CASES = [
    ("Byggfirman Lindqvist får jätteorder i Umeå", "Bolaget har tecknat avtal med regionen.",
     "award"),
    ("Regionen har fattat tilldelningsbeslut", "Valet föll på en norsk leverantör.", "award"),
    ("Cerner vinner upphandlingen", "Regionen väljer samma leverantör som grannregionen.", "award"),
    ("Kommunen har valt leverantör av skolmat", "Avtalet börjar gälla i augusti.", "award"),
    ("Network Rail frameworks awarded", "Four contractors were chosen as preferred suppliers.",
     "award"),
    ("Orbitex wins defence contract", "The ministry named Orbitex its preferred vendor.", "award"),
    ("Mitie appointed preferred bidder", "The trust has awarded the contract to Mitie.", "award"),
    ("Nye Veier har signert kontrakt", "Kontrakten ble signert fredag.", "award"),
    ("Entreprenør vinder kontrakt", "Et konsortium har indgået kontrakten med vejdirektoratet.",
     "award"),
    ("Regionen upphandlar nytt journalsystem", "Anbudstiden går ut i maj.", "tender"),
    ("Kommunen har gått ut med en upphandling av städ", "Sista anbudsdag är 1 mars.", "tender"),
    ("Regionen utlyser upphandling", "Regionen söker leverantör av ambulansflyg.", "tender"),
    ("Upphandlingen avbryts", "Inkomna anbud översteg budgeten.", "tender"),
    ("Ministry invites bids for imagery", "A tender notice was published on Monday.", "tender"),
    ("Trust puts clinic build out to tender", "The trust is seeking bidders.", "tender"),
    ("Der udbydes en rammeaftale", "Tilbudsfristen er 1. marts.", "tender"),
    ("Fylket lyser ut anbudskonkurranse", "Tilbudsfristen er satt til juni.", "tender"),
    ("Förlorare begär överprövning", "Förvaltningsrätten ska pröva upphandlingen.", "dispute"),
    ("Överklagar kontrakt för jättebygge", "Tre av upphandlingarna har överklagats.", "dispute"),
    ("Konkurrensverket ansöker om upphandlingsskadeavgift", "Kommunen gjorde en otillåten "
     "direktupphandling.", "dispute"),
    ("Kammarrätten ger leverantör rätt", "Upphandlingen ska göras om.", "dispute"),
    ("Bidder launches legal challenge", "The High Court will hear the appeal.", "dispute"),
    ("Klagenævnet giver medhold", "Klagen over udbuddet blev taget til følge.", "dispute"),
    ("Builder lands £50m school job", "The contractor starts on site in May.", "award"),
    ("Council launches £80m highways procurement", "Bidders have until March.", "tender"),
    ("Contractors sought for £200m prison", "Firms can register interest now.", "tender"),
    ("Losing bidder challenges council's award decision", "The firm has issued proceedings.",
     "dispute"),
    ("Kammarrätten: Kommunen fick inte tilldela kontraktet", "Utvärderingen var felaktig.",
     "dispute"),
    ("Tre tips inför vårens konferens", "Konferensen äger rum i Stockholm.", "other"),
    ("Ny lag ska förenkla upphandling av välfärdstjänster", "Regeringen föreslår att gränsen "
     "för direktupphandling höjs.", "other"),
    ("Kommunen vann pris för hållbar upphandling", "Vid en ceremoni tilldelades kommunen "
     "årets pris för hållbara inköp.", "other"),
    ("Advokat: Så undviker du överprövning", "Här är fem råd för att minska risken.", "other"),
    ("Lägsta pris vann upphandlingen", "Avtalet tecknades med Städ AB.", "award"),
    ("Upphandlingen av nytt journalsystem avslutad", "Regionen har tecknat avtal med "
     "Journalbolaget AB.", "award"),
    ("What is a framework agreement?", "A framework agreement sets out terms for call-offs "
     "that may later be awarded.", "other"),
    # whole words: a job title and an award criterion are not events
    ("Regionen anställer två upphandlare", "De ska arbeta med inköp av IT.", "other"),
    ("Tildelingskriteriet vækker debat", "Prisen vægter nu mindre end kvaliteten.", "other"),
    # award words in every inflection, and awards told by their result
    ("Markbolaget har signerat ramavtal med staden", "Avtalet gäller i tre år.", "award"),
    ("Avtalet undertecknades i går", "Verket tecknade avtal med entreprenören.", "award"),
    ("Vägbolaget får preliminär tilldelning", "Beslutet får överklagas senast den 5 maj.",
     "award"),
    ("Driften av vägarna upphandlat", "Uppdraget går till Vägbolaget som fortsätter.",
     "award"),
    ("Verket förlänger samarbetet med Banbolaget", "Uppdraget som bolaget fått gäller "
     "underhåll.", "award"),
    ("Entreprenøren har fået den anden af hovedkontrakterne", "Arbejdet starter i maj.",
     "award"),
    ("Trust completes the procurement of pathology services", "It followed a direct award "
     "process.", "award"),
    ("Road firm is the apparent low bidder", "All bids are subject to review.", "award"),
    ("Avtal om skolskjutsar tecknas i dag", "Bussbolaget har valts som ny leverantör.",
     "award"),
    ("Rådgiverfirma har vundet stor opgave", "Opgaven løber i fire år.", "award"),
    ("Tilbudsgiver har vundet sagen mod regionen", "Landsretten gav firmaet medhold.",
     "dispute"),
    # tenders: seeking a contractor, interest invited, a procurement called off
    ("Vejdirektoratet søger nu en totalentreprenør", "Opgaven omfatter en ny bro.",
     "tender"),
    ("Borough is undertaking a procurement for street lighting", "The deadline for "
     "expressing interest is in June.", "tender"),
    ("Kommunen annullerer udbud af rengøring", "Udbuddet sendes ud igen til foråret.",
     "tender"),
    # disputes: fines, unlawful contracts, winning in court
    ("Kommune får bøde for ulovlig kontrakt", "Klagenævnet har truffet afgørelse.",
     "dispute"),
    ("Bussbolaget har vunnit striden om stadstrafiken", "Nu måste regionen göra om "
     "upphandlingen.", "dispute"),
    # a court, a watchdog and a takeover need their legal or contract sense
    ("Parken får nya tennisbanor", "The park gets four tennis courts and a food court.",
     "other"),
    ("Ny vd tar över", "Ny vd tar över efter Anna Ek. Hon har lång erfarenhet.", "other"),
    ("Konkurrensverket publicerar ny statistik", "Konkurrensverket redovisar hur många "
     "kommuner som köper ekologisk mat.", "other"),
    ("Konkurrensverket granskar kommunens inköp", "Kommunen köpte datorer utan annons.",
     "dispute"),
    ("Councillor takes the council to court", "The High Court will hear the case in May.",
     "dispute"),
    ("Bussbolaget tar över trafiken i norr", "Det nya avtalet börjar gälla i juni.",
     "award"),
    # the evaluation's winner: the best mix of price and quality
    ("Kommunerna har ett nytt ekonomisystem", "Systembolaget Nord hade den bästa "
     "kombinationen av kvalitet och pris.", "award"),
    ("Council picks new fleet partner", "Vanline offered the best balance of cost and "
     "quality.", "award"),
    # round 4: short tender news, takeovers, broken law, a challenge nobody lodged
    ("Ny upphandling av hemtjänst", "Den förra upphandlingen överklagades.", "tender"),
    ("Städupphandlingen pågår", "Anbud kan lämnas till och med den 3 maj.", "tender"),
    ("Regionen backar", "Beslutet om att upphandla tandvården dras tillbaka.", "tender"),
    ("Upphandling av fisk", "Upphandlingen avbröts i höstas och görs nu om.", "tender"),
    ("Affaldsindsamling i Lyngby", "Udbuddet vedrører tømning af containere.", "tender"),
    ("Kommunen vil have ny vognmand", "Kommunen ønsker at indgå en kontrakt om kørsel.",
     "tender"),
    ("Fjordbuss tar over rutene", "Selskapet skal kjøre med elbusser fra mai.", "award"),
    ("Dyr snöröjning", "Kommunen bröt mot lagen när den köpte tjänsten.", "dispute"),
    ("Dyr snöröjning", "Kommunen köpte plogning utan att först ha en upphandling.",
     "dispute"),
    ("Trust 'breached procurement rules' over catering deal", "The contract was signed "
     "in 2019 and awarded to Meadow Foods.", "dispute"),
    ("Stadshuset får ny städfirma", "Ingen har begärt överprövning av tilldelningen, så "
     "avtalet kan nu tecknas med Glansa AB.", "award"),
    ("Billigare frukt i skolorna", "Den 1 mars börjar kommunens nya fruktavtal att gälla.",
     "award"),
    ("Leisure centres get a new operator", "The new management contract starts in April.",
     "award"),
    ("Nye busser i Vestfold", "Fylket mener Busslinjen AS har det mest fordelaktige "
     "tilbudet.", "award"),
    # round 5: procurements prepared, joined or resumed; deals told without award verbs
    ("Busstrafiken i länet", "Regionen påbörjar nu upphandlingsprocessen och gör en "
     "förhandsanmälan.", "tender"),
    ("Ambulansflyg", "Regionen ska delta i en nationell upphandling som ska ledas av "
     "grannlänet.", "tender"),
    ("Pausad upphandling", "Nämnden ska återuppta upphandlingen och ta fram "
     "förfrågningsunderlaget.", "tender"),
    ("Skolmaten", "Grossister har kunnat lämna in sitt anbud i den pågående "
     "livsmedelsupphandlingen.", "tender"),
    ("Utredning i vården", "Nu har ett avtal skrivits med Ortoform, som gör en del av "
     "arbetet.", "award"),
    ("Nytt på bygg", "Bolaget bygger ett vårdboende. Beställaren är Stadshem och ordern "
     "är värd 40 miljoner kronor.", "award"),
    ("Sophämtningen byter färg", "Den nya entreprenaden träder i kraft den 1 mars och "
     "sköts av Renova Syd.", "award"),
    ("Busser i Nordsjælland", "Trafikselskabet offentliggjorde resultatet af sit 12. "
     "udbud af rutekørsel.", "award"),
    ("Works on offer", "Firms get the chance to bid as the council will publish the "
     "tender on Monday.", "tender"),
    ("Awards for Excellence", "The awards ceremony was held in May. Gold Award winner: "
     "the finance team.", "other"),
    # bought without a competition
    ("Dyre hurtigtester", "Helseforetaket kjøpte testene uten at det ble holdt noen form "
     "for anbudskonkurranse.", "dispute"),
    ("Consultancy deal questioned", "The council paid the consultants £2m without any "
     "competition.", "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "kind"), CASES)
def test_kind_cases(title: str, body: str, kind: str):
    assert classify_kind(title, body, "und") == kind


def test_headline_outweighs_body():
    body = "Avtalet tecknades i fjol. Nu har en konkurrent begärt överprövning."
    assert classify_kind("Överprövning stoppar avtal", body, "sv") == "dispute"
    assert (
        classify_kind("Kommunen tecknar avtal med Atea", "Upphandlingen avbröts i fjol.", "sv")
        == "award"
    )


def test_withdrawn_challenge_leaves_the_award():
    body = (
        "Upphandlingen överklagades av en konkurrent men ansökan om överprövning har nu "
        "dragits tillbaka. Regionens avtal med leverantören kan börja gälla."
    )
    assert classify_kind(None, body, "sv") == "award"


def test_signed_contract_under_complaint_stays_an_award():
    body = (
        "Den 2. mai skreiv fylket kontrakt med Fjordbygg AS. Ein konkurrent har klaga "
        "tildelinga inn for KOFA, men fylket held fram med arbeidet."
    )
    assert classify_kind(None, body, "no") == "award"
    ruled = body + " KOFA har no gitt konkurrenten medhold og ilagt fylket ei bot."
    assert classify_kind(None, ruled, "no") == "dispute"


def test_guide_addressing_the_reader_is_other():
    body = (
        "Om du är missnöjd kan du begära överprövning hos förvaltningsrätten. Du som "
        "leverantör ska skicka in din ansökan skriftligt. Förvaltningsrätten prövar om "
        "upphandlingen följer lagen och kan besluta att den ska göras om."
    )
    assert classify_kind("Så begär du överprövning", body, "sv") == "other"


def test_named_suppliers_settle_a_close_call():
    title = "Kommunen avbryter och tecknar nytt avtal"
    body = "Efter att upphandlingen avbröts har kommunen tecknat avtal direkt."
    scores_kind = classify_kind(title, body, "sv", suppliers=["Städbolaget AB"])
    assert scores_kind == "award"


@pytest.mark.parametrize("title", ["", None])
def test_no_cues_is_other(title):
    assert classify_kind(title, "", "und") == "other"
    assert classify_kind(title, "Vädret blir soligt i helgen.", "sv") == "other"


def test_named_supplier_does_not_turn_a_dispute_into_an_award():
    body = "Klagenævnet fandt, at kommunen havde indgået en ulovlig kontrakt med Itfirmaet A/S."
    assert classify_kind(None, body, "da", suppliers=["Itfirmaet A/S"]) == "dispute"


def test_statistics_overview_is_other():
    body = (
        "Under året annonserades 12 400 upphandlingar, varav 3 100 ramavtal. Kommuner stod "
        "för 61 procent och regioner för 14 procent. Den genomsnittliga upphandlingen var "
        "värd 22 miljoner kronor och sammanlagt tecknades avtal för 210 miljarder kronor. "
        "Leverantörer tilldelades kontrakt i alla län."
    )
    assert classify_kind("Statistik över offentliga inköp", body, "sv") == "other"


def test_an_ordinal_tender_number_is_no_count_of_tenders():
    """'Trafikselskabets 14. udbud' is one tender, the fourteenth: no overview."""
    body = (
        "Trafikselskabet har nu sendt rutekørslen i udbud. I 14. udbud er der 120 busser "
        "og i alt 40 linjer. Kontrakterne i 14. udbud løber i 8 år. Tilbud på 14. udbud "
        "kan afgives frem til marts."
    )
    assert classify_kind("Nyt busudbud", body, "da") == "tender"


def test_a_body_cue_far_from_the_lead_counts_as_rest():
    """A complaint mentioned only late in a long text weighs less than the lead's award."""
    lead = "Kommunen har tecknat avtal med Nordbygg AB om ett nytt badhus. " * 9
    body = lead + "En förlorande anbudsgivare har tidigare överklagat en annan upphandling."
    assert classify_kind("Nytt badhus", body, "sv") == "award"


def test_a_digest_of_court_cases_is_other():
    body = (
        "Three rulings stood out this year. Acme Ltd v Northshire Council [2023] EWHC 101 "
        "on limitation periods; Beta LLP v Southvale Council [2023] EWHC 202 on "
        "modifications; Gamma plc v Eastborough [2023] 4 WLUK 77 on the court's powers."
    )
    assert classify_kind("Procurement cases of the year", body, "en") == "other"
