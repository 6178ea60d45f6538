"""Word lists behind buyer and supplier finding (sv, en, no, da).

Kept as data, apart from the rules that use them, so that a miss can be fixed by a
better list rather than by a special case.
"""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of `words`."""
    return frozenset(words.split())


# Legal forms and the words that may close a company name ("Medisys Sverige AB").
LEGAL_FORMS = _set(
    "AB Ab HB KB Ltd Ltd. Limited plc PLC Plc Inc Inc. LLC Corp Corp. Corporation AS ASA A/S "
    "ApS Oy Oyj GmbH AG SA S.A. NV N.V. BV B.V. SE SpA S.p.A. Sp. SRL S.R.L. Group Gruppen "
    "Holding Holdings LLP LP"
)
COUNTRY_SUFFIXES = _set(
    "Sverige Sweden Norge Norway Danmark Denmark Finland Nordic Norden Scandinavia UK "
    "International Australia Deutschland"
)
# "Nordbygg/Kustanlägg Joint Venture": words that continue a company name.
NAME_TAIL_WORDS = frozenset({"Joint", "Venture", "JV", "Konsortium", "Consortium"})

# Capitalised words that start sentences or headlines but are not names.
STOPWORDS = _set(
    """
    A An And As At Av Bakom Beslutet Bland Bolaget Båda De Dagens Del Den Denna Dessa Det
    Detta Där Efter Eftersom En Enligt Ett For Från För Företaget Genom Han Har Hela Hen Hon
    Här I Idag Igår In Inom Inte It Its Jag Just Kommunen Kontraktet Kontrakten Med Men Mot
    När Nu Nya Nytt Ny Och Of Om On Or Regionen Sedan Sen Som Så Samtidigt Senast Sist Som
    Tidigare Till Totalt Under Upphandlingen Uppdraget Ur Utan Vad Valet Var Vi Vid Vilka
    Vill Våra Vår Värdet Även Åt The This That These Those Their They There Then With Will
    Would When Where Which While Who Why Also After Before Both But By For From He She It
    Our We You Your Not No Yes Now New Today Yesterday Under Over Total Contract Contracts
    Framework Frameworks Agreement Work Works Phase Please Read More Most Share Photo Foto
    Bild Bildkälla Källa Annons Annonsera Artikel Dela Kommentera Nyhetsbrev Prenumerera
    Läs Mer Se Också Also Other Others Om Oss Kontakt Kontakta Hem Start Nyheter News
    Avtalet Avtalen Affären Ordern Ordervärdet Projektet Arbetet Summan Kunden Leverantören
    Anbudet Anbuden Entreprenaden Dom Domen Beslut Tilldelningsbeslutet Upphandlingar
    Anbudsgivare Anbudsgivaren Anbudsgivarna Tilbudsgiver Tilbudsgivere Tilbydere Tilbyder
    Leverantörer Leverantörerna Leverandører Leverandørene Leverandørerne Entreprenörer
    Entreprenörerna Entreprenører Bidders Bidder Suppliers Contractors Vinnare Vindere
    Tilldelningsbeslut Tildelingsbeslutning Tildelingsbeslutningen Övrig Övrigt Övriga
    Kommunerna Regionerna Myndigheten Staten Skolan Skolorna Sjukhuset Vården Systemet
    Og Eller Ikke Af Fra Til Ved Hos Som Hvor Hvad Der Den Det De Han Hun Vi Kontrakten
    Kontrakta Kontraktet Avtalen Aftalen Prosjektet Projektet Selskapet Selskabet Firmaet
    Ordren Ordre Opgaven Jobbet Tildelingen Tilldelningen Vinderen Vinneren Vinnaren
    Man Sida Sidan Side Page Xxx Fylket Fylkeskommunen Fylkets Amtet Byen Staden Stadens
    Landstingets Kommunens Regionens Kommunene Kommunerne
    Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Måndag Tisdag Fredag Lördag Söndag
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December
    January February March May June July August October Januar Februar Marts Mai Juni Juli
    Oktober Desember Dezember
    Ja Nej Tack Hej Välkommen Welcome Skip Content Meny Menu Sök Search Logga Login
    CEO VD Vd Director Chief Minister Ministern Statsrådet Styrelsen Nämnden Ordförande
    Chairman President Manager Head Executive Officer
    EU EU:s Europa Europe LOU LUF LUK LOU:s NEC3 PFI PPP IT Ai AI ICT
    Mkr MSEK Mdr Miljoner Miljarder Kronor Euro Dollar Pund
    SEK NOK DKK EUR USD GBP AUD FTSE OMX ID PM TT NTB Ritzau Reuters
    Två Tre Fyra Fem Sex Sju Åtta Nio Tio Två Första Andra Tredje Många Flera Alla Några
    Därför Dessutom Desuden Sammanlagt Samlet Totalt Internationalt Nationellt Också
    Department Government Defence Defense Ministry Council Agency Authority Commission Trust
    Kommissionen Regeringen Riksdagen Region Regions Regionens Landstinget Kommunens
    Staten State Federal National Public Secretary Transport
    Anbud Avtal Kontrakt Uppdrag Upphandling Ramavtal Tilldelning Leverans Leverantör
    Entreprenör Värde Pris Priset Kostnad Kostnaden Budget Projekt Bygget Arbete Beställare
    Beställaren Köparen Tender Tenders Bid Bids Offer Award Tilbud Avtale Aftale Udbud
    Udbuddet Oppdrag Oppdraget Leverandør Leverandøren Entreprenør Entreprenøren
    Ska Skall Kan Kommer Blir Får Fick Har Hade Är Var Vara Finns Gäller Måste Bör Skulle
    Will Shall Can Could Should Must May Might Skal Vil Må Kunne Skulle Bliver Blev
    Att Innan Medan Trots Dock Alltså Vilket Vilken Hur Varför Vem Både Bland Ifølge Etter
    Også Derfor Dermed Blant However Meanwhile Following According Although Because Since
    """
)

# Verbs and joiners that may follow a name ending in a digit: "Tele 2 har", "Tele 2 och".
NAME_VERBS = _set(
    "har hade är blir får fick ska skall kommer vinner vann levererar tecknar och samt som "
    "has had is was will wins won signs delivers and which who er var fikk skal vant vandt "
    "leverer og"
)
# Nouns (and compound endings) of an area before its name: "bussområde Norrort".
AREA_NOUN_ENDINGS = (
    "område",
    "området",
    "områden",
    "distrikt",
    "distriktet",
    "district",
    "sone",
    "sonen",
    "zon",
    "zonen",
    "zone",
    "stadsdel",
    "stadsdelen",
    "bydel",
    "bydelen",
)
# Nationality adjectives (all inflections): "Norska Fjordbussen" is Fjordbussen.
NATIONALITIES = _set(
    """
    Svensk Svenska Svenske Svenskt Swedish Norsk Norska Norske Norskt Norwegian Dansk Danska
    Danske Danskt Danish Finsk Finska Finske Finnish Tysk Tyska Tyske German Brittisk
    Brittiska Britiske British Engelsk Engelska Engelske English Fransk Franska Franske
    French Spansk Spanska Spanske Spanish Italiensk Italienska Italienske Italian Holländsk
    Holländska Hollandske Nederlandsk Dutch Amerikansk Amerikanska Amerikanske American
    Kinesisk Kinesiska Kinesiske Chinese Japansk Japanska Japanske Japanese Polsk Polska
    Polske Polish Österrikisk Österrikiska Østrigske Austrian Schweizisk Schweiziska
    Sveitsiske Schweiziske Swiss Irländsk Irländska Irske Irish Isländsk Isländska
    Islandske Icelandic Estnisk Estniska Estiske Estonian Lettisk Lettiska Latvian Litauisk
    Litauiska Lithuanian Europeisk Europeiska Europæiske Europeiske European Nordisk Nordiska
    Nordiske Skandinavisk Skandinaviska Skandinaviske Scandinavian Australian Canadian Indian
    Korean Turkish Spanish Portuguese Belgian Scottish Welsh
    """
)
# Nouns that end the title of a deal, a process or a rule, not a company name.
DOCUMENT_NOUNS = _set(
    """
    Contract Contracts Framework Frameworks Agreement Agreements Process Procedure Programme
    Program Project Scheme Regulations Regulation Act Directive Award Tender Lot Lots
    """
)
# Compass words that open the name of an area or a part of something: "South East",
# "Norra Hallsås", "Vestre Viken".
# Swedish compass words that end company names ("Byggmästarna Norr", "Vägbolaget Öst AB").
NAME_COMPASS_WORDS = _set("Norr Söder Öst Väst Nord Syd Øst Vest Sør Midt")
COMPASS_WORDS = _set(
    """
    North South East West Northern Southern Eastern Western Central Mid Upper Lower Greater
    Norra Södra Östra Västra Mellersta Nordre Søndre Østre Vestre Nord Syd Sør Øst Vest
    Midt Nordvest Nordøst Sydvest Sydøst Nordväst Nordost Sydväst Sydost
    """
)
# Places that look like names but never are companies.
PLACES = _set(
    """
    Sverige Sweden Norge Norway Noreg Danmark Denmark Finland Suomi Island Iceland Europa
    Europe USA US U.S. UK U.K. Storbritannien Britain England Scotland Skottland Wales
    Irland Ireland Tyskland Germany Frankrike France Spanien Spain Italien Italy Polen Poland
    Rumänien Romania Australia Australien Kanada Canada Kina China Japan Indien India
    Ryssland Russia Ukraina Ukraine Estland Lettland Litauen Nederländerna Belgien
    Norden Skandinavien Scandinavia Nordic Baltikum Åland
    Stockholm Göteborg Malmö Oslo Bergen Trondheim Stavanger Tromsø København Köpenhamn
    Copenhagen Aarhus Århus Odense Aalborg Helsingfors Helsinki Åbo Turku Tammerfors
    Tampere Mariehamn London Manchester Birmingham Bristol Leeds Glasgow Edinburgh Cardiff
    Belfast Sheffield Liverpool Kent Sussex Anglia Wessex
    Boston Massachusetts Washington New York California Texas Canberra Colorado Florida
    Ohio Oregon Virginia Georgia Illinois Michigan Arizona Nevada Utah Montana Alaska Hawaii
    Connecticut Vermont Maine Pennsylvania Jersey Carolina Dakota Kansas Missouri Iowa
    Minnesota Wisconsin Indiana Kentucky Tennessee Alabama Louisiana Oklahoma Idaho Wyoming
    Nebraska Arkansas Mississippi Maryland Delaware Queensland Victoria Tasmania Ontario
    Sydney Melbourne Bukarest Bucharest Berlin Hamburg München Paris Bryssel Brussels
    Skåne Småland Halland Blekinge Gotland Öland Dalarna Värmland Bohuslän Norrland
    Västra Götaland Östergötland Västergötland Sörmland Uppland Västmanland Gävleborg
    Jämtland Härjedalen Västerbotten Norrbotten Lappland Stockholmsregionen Mälardalen
    Storstockholm Øresund Öresund Sjælland Jylland Fyn Hovedstaden Nordjylland Midtjylland
    Syddanmark Vestland Viken Innlandet Rogaland Nordland Troms Finnmark Agder Trøndelag
    """
)
PLACE_SUFFIXES = ("län", "county", "fylke", "området", "regionen")

# Given names: "Karin Ek" and "Nils Ek" are people, not companies.
FIRST_NAMES = _set(
    """
    Adam Agneta Alexander Alice Amanda Anders Andreas Anna Anne Ann Annika Anton
    Arne Astrid Axel Bengt Birgitta Björn Bo Camilla Carina Carl Caroline Cecilia Charlotte
    Chris Christer Christian Christina Claes Daniel David Elin Elisabeth Emil Emma Erik Eva
    Fredrik Gunnar Gustav Göran Hans Helena Henrik Håkan Ingrid Jan Jens Jesper Johan Johanna
    Johannes John Jonas Jonathan Josefin Karin Karl Kerstin Kim Klas Kristina Lars Lena Lennart
    Linda Lisa Louise Magnus Maria Marie Marina Markus Martin Mats Mattias Michael Mikael
    Niklas Nils Ola Olle Oskar Patrik Per Peter Petra Rickard Robert Sara Sebastian Simon
    Sofia Stefan Susanne Sven Thomas Tobias Tomas Torbjörn Ulf Ulrika Viktor Åsa Örjan
    Alexander Annick Annika Espen Marianne Ingeborg Kari Knut Nina Ole Per Pål Rune Sigurd
    Solveig Tor Trond Vidar Bjarne Henning Jørgen Lars Mette Morten Niels Rasmus Søren
    Anthony Andrew Ben Brian Charles Chris Daniel David Edward George Graham Ian James Jane
    Jeff John Jonathan Joseph Kate Kevin Mark Martin Matthew Michael Nick Nicholas Paul
    Peter Richard Robert Sarah Simon Stephen Steve Steven Susan Thomas Tim William Eric
    Monica Malin Maja Ebba Hanna Frida Ida Jenny Helen Katarina Karolina Lina Linnea Lotta
    Madeleine Maria Mikaela Nathalie Pernilla Sanna Therese Ylva Åke Bertil Kent Leif Roger
    Rolf Stig Sten Stina Torsten Ingvar Kjell Hampus Felix Ludvig Oscar Vilhelm Hugo Elias
    Maja Marit Ragnhild Sissel Tone Hilde Randi Gro Liv Heidi Bente Grete Lone Pia Dorthe
    Kirsten Birgit Inger Hanne Tove Geir Terje Odd Svein Øyvind Kjetil Arild Jostein Frode
    Steinar Bjørn Jens Poul Claus Flemming Anders Mads Kasper Frederik Mikkel Emily Laura
    Rachel Rebecca Emma Olivia Sophie Lucy Claire Helen Karen Alison Amanda Andy Tony Alan
    Gary Neil Stuart Colin Keith Alistair Duncan Gordon Hugh Dominic Rob Jim Joe Dan Sam
    Donald Ronald Michelle Jennifer Elizabeth Margaret Patricia Barbara Nicola Liz Jack Harry
    Tom Mike Matt Phil Philip Bob Bill Joanna Jo Justin Jeremy Gavin Oliver Nigel Greg Craig
    Wayne Darren Jason Julie Gillian Fiona Ruth Judith Janet Natalie Hannah Jessica Amy Gemma
    Mary Sally Carol Wendy Pauline Tracey Derek Timothy Adrian Ulric Ulla Berit Roland Gunilla
    Jörgen Halvard Raymond Jacob Kathrine Katja Rikke Lotte
    Dr Dr. Mr Mr. Mrs Ms Sir
    """
)

# Words that open the name of a public body or programme, never of a winning company.
PUBLIC_WORDS = _set(
    "Department Department’s Department's Government Government’s Government's Defence "
    "Defense Ministry Council Agency Authority Commission Kommissionen Regeringen Riksdagen "
    "Region Regions Regionens Landstinget Staten State Federal Public Kommunen Kommunens "
    "City County Town Borough Municipality Kommune Kommunen"
)
# Words that make a run with a given name a company: "Erik Larsson Bygg".
BUSINESS_WORDS = _set(
    "bygg byggnad entreprenad entreprenör konsult konsulter transport transporter service "
    "el måleri plåt rör vvs fastigheter fastighet construction engineering consulting "
    "consultants systems solutions services group partners contractors bus buss taxi "
    "trafik åkeri miljö städ teknik"
)
# Honorifics that make a name a person: "Ruby McGregor-Smith CBE".
HONORIFICS = _set("CBE OBE MBE KBE Dr Dr. Prof Prof. Professor Sir Dame Lord Lady")
# Titles inside a run make it a person: "Transportation Secretary Jane Doe".
PERSON_TITLES = _set(
    "Secretary Minister Director Chairman Chairwoman CEO CFO CTO President Governor Mayor "
    "Commissioner Spokesman Spokeswoman Statsrådet Ministern Infrastrukturminister "
    "Borgmästare Kommunalråd Regionråd Councillor Councilor Cllr Cllr. Alderman Ordfører "
    "Ordförer Borgmester Rådmann Judge Justice Lord Advokat Advokaten Dommer"
)
# Words of courts, cases, law and tax that open runs but never name a company: "the Court",
# "Regulation 72", "Innklagede har", "plus VAT", "Klagenemnda".
LEGAL_WORDS = _set(
    """
    Court Courts Tribunal Judge Judgment Judgement Regulation Regulations Act Section Article
    Committee Subcommittee Cabinet Board Claimant Claimants Defendant Defendants Respondent
    Appellant Plaintiff VAT Moms Mva Moms. Saken Sagen Målet Klager Klageren Klagaren
    Innklagede Indklagede Innklaget Indklagede Klagenemnda Klagenævnet Klagenämnden
    Förvaltningsrätten Kammarrätten Tingsrätten Hovrätten Högsta Domstolen Tingretten
    Lagmannsretten Høyesterett Højesteret Byretten Landsretten Ulovlig Ulovlige Kendelse
    Kjennelse Dom Domstolen Domstol Rettens Retten Sagsøger Sagsøgte Intervenient
    """
)
# Political parties, never companies: "the Liberal Democrats voted", "Moderaterna vill".
PARTY_WORDS = _set(
    """
    Democrats Conservatives Tories Labour Party Socialdemokraterna Moderaterna Liberalerna
    Sverigedemokraterna Centerpartiet Kristdemokraterna Vänsterpartiet Miljöpartiet
    Arbeiderpartiet Fremskrittspartiet Senterpartiet Folkeparti Folkepartiet Socialdemokratiet
    Socialdemokraterne Venstrepartiet Enhedslisten
    """
)
# Indefinite nouns for a kind of company; a single word ending so is a common noun, not a
# name: "Vårdföretag tar över", "Busselskab vinder", "Byggbolag".
GENERIC_COMPANY_ENDINGS = (
    *("företag", "bolag", "firma", "selskap", "selskab", "leverantör", "leverandør"),
    *("entreprenör", "entreprenør", "operatør", "operatör", "rådgiver", "rådgivare"),
)
# Endings of trade bodies, boards and decisions, never a company that wins: "Almega
# Förbundet", "Federation of Builders", "Klagenævnet", "Avbrytandebeslutet".
NON_COMPANY_ENDINGS = (
    *("förbund", "förbundet", "forbund", "forbundet", "förening", "föreningen", "forening"),
    *("foreningen", "association", "federation", "confederation", "nämnden", "nemnda"),
    *("nævnet", "beslutet", "beslutningen", "vedtaket", "domen", "dommen", "kendelsen"),
    # Councils and boards that choose: "Byrådet har valgt", "Kommunstyrelsen beslutade".
    *("rådet", "styrelsen", "bestyrelsen", "udvalget", "utvalget", "utskottet"),
)
# Words that end the name of a project, a building or a line, not of a company.
PROJECT_ENDINGS = (
    "skolan",
    "banan",
    "huset",
    "sjukhuset",
    "vägen",
    "tunneln",
    "bron",
    "leden",
    "linjen",
    "stationen",
    "hallen",
    "parken",
    "torget",
    "Hospital",
    "School",
    "Station",
    "Bridge",
    "Road",
    "Line",
    "Tunnel",
    "Railway",
    "älven",
    "sjön",
    "fjorden",
    "viken",
    "berget",
    "ön",
    "River",
    "Lake",
    "kontrakten",
    "kontraktet",
    "avtalet",
    "projektet",
    "prosjektet",
    "jordet",
    *("boendet", "hemmet", "hjemmet", "centralen", "sykehjem", "plejehjem", "Centre", "Home"),
    # Norwegian and Danish definite forms: "Eiganestunnelen", "Hålogalandsbrua", "Bybanen".
    *("tunnelen", "brua", "broen", "veien", "vejen", "banen", "stasjonen", "skolen"),
    *("sykehuset", "sygehuset", "terminalen"),
)
# Endings of a facility noun opening a run: "Omsorgsboendet Solgården", "Skolan Ekbacken"
# (not "-huset": "Stenhuset Bygg" is a company).
FACILITY_OPENINGS = (
    *("boendet", "hemmet", "hjemmet", "centralen", "skolan", "sjukhuset", "sykehuset"),
    *("förskolan", "barnehagen", "børnehaven", "plejecenter", "plejecentret"),
)
# Endings of a job title opening a run: "Upphandlingschef Anna Lind", "Projektleder Ola Dahl".
TITLE_ENDINGS = (
    *("chef", "sjef", "ledare", "leder", "ansvarig", "ansvarlig", "direktör", "direktør"),
    *("ordförande", "handläggare", "samordnare", "koordinator", "strateg", "rådgivare"),
    *("rådgiver", "konsulent", "manager", "officer", "director"),
)
# "Byggbolaget Skanska", "Voss-firmaet Bergli Bygg AS": a descriptor before the name.
DESCRIPTOR_ENDINGS = (
    "bolaget",
    "företaget",
    "firman",
    "firmaet",
    "selskapet",
    "selskabet",
    "koncernen",
    "konsortiet",
    "leverantören",
    "grossisten",
    "entreprenören",
)
# After a hyphen they describe the name before it: "Linjebuss-koncernen", "Peab-bolaget".
HYPHEN_DESCRIPTORS = (
    "koncern",
    "bolag",
    "företag",
    "firma",
    "selskap",
    "selskab",
    "gruppen",
    "konsorti",
    "ägd",
    "ejet",
    "eid",
    "owned",
)

# Public-service nouns of municipal companies: "Uppsala Skolfastigheter AB".
MUNICIPAL_COMPANY_NOUNS = (
    "bostäder",
    "skolfastigheter",
    "fastigheter",
    "kommunfastigheter",
    "lokaler",
    "energi",
    "vatten",
    "hamn",
    "parkering",
    "stadshus",
    "renhållning",
    "exploatering",
    "stadsnät",
    "hem",
    "kommunteknik",
    "vård",
)

# Nouns after which a capitalised word is a product, not a company ("lösningen Journal One").
PRODUCT_NOUNS = _set(
    "lösning lösningen lösningar system systemet systemen produkt produkten produkter "
    "plattform plattformen tjänsten modell modellen programvara programvaran journalsystemet "
    "kärnsystem kärnsystemet solution solutions platform product products software "
    "system systems model modellen fordon "
    "etapp etappen deletapp deletappen delsträcka delsträckan kvarteret fastigheten tomten "
    "stadsdelen objektet byggnaden skolan projektet prosjektet projekt prosjekt project "
    "programmet delprojekt delprojektet titled entitled kallad kallat benämnd benämnt"
)
