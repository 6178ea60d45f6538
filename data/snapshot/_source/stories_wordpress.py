"""Stories of the WordPress snapshot sites, written for this project (not copied from any
site). Facts about the Västra Götalandsregionen/Cerner award are public; the other
companies and deals are made up but stated the way trade press states them."""

INKOPSRADET = [
    {
        "id": 10411, "topic": "ramavtal", "slug": "adda-tecknar-ramavtal-for-datorer",
        "date": "2019-05-14", "author": "Karin Ljunggren",
        "title": "Adda tecknar ramavtal för datorer och surfplattor",
        "lead": "Adda Inköpscentral har tilldelat det nya ramavtalet för datorer och "
                "surfplattor till två leverantörer: Nordisk IT-Leverans AB och Datahallen "
                "Sverige AB.",
        "body": [
            "Ramavtalet kan användas av landets kommuner, regioner och kommunala bolag som "
            "har anslutit sig. Adda Inköpscentral uppskattar att avropen under avtalstiden "
            "kommer att uppgå till cirka 3 miljarder kronor.",
            "Avtalet gäller i två år med möjlighet till förlängning i ytterligare två år, "
            "det vill säga högst fyra år.",
            "– Vi har ställt hårdare krav på hållbarhet i leverantörskedjan än tidigare, "
            "och båda leverantörerna har visat att de kan följa upp kraven, säger "
            "kategoriansvarig Maria Holmqvist.",
            "Upphandlingen lockade sju anbudsgivare. Tilldelningsbeslutet har inte "
            "överprövats och avtalen tecknades i början av maj.",
        ],
        "comments": [
            ("Peter S", "Synd att mindre återförsäljare som Kontorsdata i Umeå inte orkar "
                        "lämna anbud längre. Kraven gynnar de stora."),
            ("Anna B.", "Vi avropade från det förra avtalet med Sydvästra Data AB och var "
                        "nöjda. Spännande att se hur leveranserna fungerar nu."),
        ],
        "tags": ["ramavtal", "it"],
    },
    {
        "id": 10388, "topic": "processregler",
        "slug": "forvaltningsratten-stoppar-upphandling-av-vintervaghallning",
        "date": "2019-03-02", "author": "Johan Ek",
        "title": "Förvaltningsrätten stoppar upphandling av vinterväghållning",
        "lead": "Trafikverket måste göra om sin upphandling av drift och underhåll av "
                "vägarna i Jämtland sedan Norrvägen Entreprenad AB fått rätt i en "
                "överprövning.",
        "body": [
            "Kontraktet avser drift och underhåll, bland annat snöröjning och halkbekämpning, "
            "under fem år. Kontraktets värde uppskattas till 420 miljoner kronor.",
            "Trafikverket hade tilldelat kontraktet till Fjällväg Drift AB. Norrvägen "
            "Entreprenad AB, som kom tvåa i utvärderingen, begärde överprövning och menade "
            "att vinnaren inte uppfyllde kravet på maskinpark.",
            "Förvaltningsrätten i Härnösand ger Norrvägen rätt: den vinnande leverantörens "
            "anbud borde ha förkastats. Upphandlingen ska rättas genom en ny utvärdering.",
            "Trafikverket har ännu inte bestämt om domen ska överklagas till kammarrätten.",
        ],
        "comments": [
            ("Lars-Åke", "Samma sak hände i Västerbotten när Vägservice Nord AB överprövade. "
                         "Kraven på maskinpark måste skrivas tydligare."),
        ],
        "tags": ["överprövning", "trafikverket"],
    },
    {
        "id": 10352, "topic": "it-upphandling", "slug": "region-stockholm-upphandlar-ekonomisystem",
        "date": "2019-01-21", "author": "Karin Ljunggren",
        "title": "Region Stockholm upphandlar nytt ekonomisystem",
        "lead": "Region Stockholm har annonserat en upphandling av ett gemensamt "
                "ekonomisystem för regionens förvaltningar och bolag.",
        "body": [
            "Det nya systemet ska ersätta flera äldre system för redovisning, fakturahantering "
            "och budget. Regionen uppskattar kontraktets värde till 300 miljoner kronor.",
            "Avtalstiden är sex år, med möjlighet att förlänga i upp till fyra år.",
            "Sista dag att lämna anbud är den 15 mars. Regionen håller en "
            "leverantörsträff i februari för den som vill ställa frågor om kraven.",
        ],
        "comments": [
            ("Systemförvaltare", "Hoppas de lärt sig av införandet hos Region Uppsala där "
                                 "Affärssystem Öst AB fick bygga om halva lösningen."),
        ],
        "tags": ["it", "anbudsinbjudan"],
    },
    {
        "id": 10297, "topic": "upphandlingsskadeavgift",
        "slug": "konkurrensverket-kraver-skadeavgift-av-bostadsbolag",
        "date": "2018-11-30", "modified": "2019-02-11", "author": "Johan Ek",
        "title": "Konkurrensverket kräver skadeavgift av bostadsbolag",
        "lead": "Konkurrensverket ansöker om upphandlingsskadeavgift på 1,2 miljoner kronor "
                "mot det kommunala Bostadsbolaget Älvstaden AB.",
        "body": [
            "Enligt Konkurrensverket köpte bostadsbolaget städtjänster av Väststäd Service AB "
            "i tre år utan att upphandla dem. Köpen uppgick till drygt 24 miljoner kronor.",
            "Bostadsbolaget menar att tjänsterna köptes inom ett gammalt avtal som förlängts. "
            "Konkurrensverket anser att förlängningen var en otillåten direktupphandling.",
            "Det är nu upp till förvaltningsrätten att pröva ansökan.",
            "Uppdaterat den 11 februari: förvaltningsrätten har satt ut muntlig förhandling "
            "till i april.",
        ],
        "comments": [
            ("Kerstin", "Märkligt att bara beställaren straffas. Städbolaget Glans & Co "
                        "gjorde precis samma sak i vår kommun."),
            ("Mats", "Avgiften är ändå liten jämfört med avtalets värde."),
        ],
        "tags": ["direktupphandling", "konkurrensverket"],
    },
    {
        "id": 10254, "topic": "it-upphandling", "slug": "vastra-gotalandsregionen-valjer-cerner",
        "date": "2018-09-28", "author": "Karin Ljunggren",
        "title": "Västra Götalandsregionen väljer Cerner som leverantör av nytt vårdsystem",
        "lead": "Västra Götalandsregionen har tilldelat kontraktet för ett nytt kärnsystem "
                "för hälso- och sjukvården till Cerner Sverige AB.",
        "body": [
            "Regionen har valt Cerners lösning Millennium som grund för ett gemensamt "
            "IT-stöd i vården. Samma leverantör vann förra året en liknande upphandling i "
            "Region Skåne.",
            "Upphandlingen har gjorts tillsammans med länets 49 kommuner, som alla har "
            "tecknat optioner för att kunna använda systemet i den kommunala vården.",
            "Kontraktet gäller i tio år och värdet beräknas till omkring 2,1 miljarder "
            "kronor. I beloppet ingår anpassning och införande i hela regionen.",
            "Den som vill överklaga beslutet har tid till den 8 oktober.",
        ],
        "comments": [
            ("Vårdutvecklare", "Vi som jobbar med Melior i dag undrar hur övergången ska gå "
                               "till. Hoppas inte på samma problem som med Journalsystem "
                               "Nord AB för några år sedan."),
        ],
        "tags": ["vård", "it", "tilldelning"],
    },
    {
        "id": 10201, "topic": "ramavtal", "slug": "statens-inkopscentral-fornyar-resebyraavtal",
        "date": "2018-08-15", "author": "Sara Nyberg",
        "title": "Statens inköpscentral förnyar ramavtal för resebyråtjänster",
        "lead": "Statens inköpscentral vid Kammarkollegiet har tecknat nya ramavtal för "
                "resebyråtjänster med Resepartner Norden AB.",
        "body": [
            "Avtalet omfattar bokning av resor för statliga myndigheter. Det beräknade "
            "värdet är 800 miljoner kronor under avtalsperioden.",
            "Ramavtalet löper i fyra år. Myndigheterna kan börja avropa från den 1 oktober.",
            "Två anbudsgivare deltog i upphandlingen.",
        ],
        "comments": [],
        "tags": ["ramavtal", "resor"],
    },
    {
        "id": 10166, "topic": "processregler", "slug": "ny-vagledning-om-tidsfrister",
        "date": "2018-06-04", "author": "Sara Nyberg",
        "title": "Ny vägledning om tidsfrister vid överprövning",
        "lead": "Upphandlingsmyndigheten har publicerat en vägledning om vilka tidsfrister "
                "som gäller när en leverantör vill överpröva en upphandling.",
        "body": [
            "Vägledningen går igenom avtalsspärr, förlängd avtalsspärr och de frister som "
            "gäller för att ansöka om överprövning av ett avtals giltighet.",
            "Myndigheten vill särskilt nå mindre upphandlande organisationer, där frågor om "
            "fristerna ofta kommer upp.",
        ],
        "comments": [
            ("Jurist i Malmö", "Bra initiativ. Vi hänvisar ofta leverantörer till "
                               "Upphandlingsmyndighetens frågeservice."),
        ],
        "tags": ["överprövning", "vägledning"],
    },
    {
        "id": 10122, "topic": "ramavtal", "slug": "kommentus-upphandlar-skolmobler",
        "date": "2018-04-20", "author": "Johan Ek",
        "title": "SKL Kommentus upphandlar skolmöbler",
        "lead": "SKL Kommentus Inköpscentral har gått ut med en upphandling av möbler för "
                "skolor och förskolor.",
        "body": [
            "Ramavtalet beräknas omsätta omkring 500 miljoner kronor och ska gälla i fem år.",
            "Anbud ska ha kommit in senast den 1 juni. Upphandlingen delas in i fyra "
            "anbudsområden för att även mindre möbeltillverkare ska kunna delta.",
        ],
        "comments": [],
        "tags": ["ramavtal", "möbler"],
    },
    {
        "id": 10089, "topic": "upphandlingsskadeavgift",
        "slug": "kammarratten-sanker-avgiften-for-vattenbolag",
        "date": "2018-02-12", "author": "Sara Nyberg",
        "title": "Kammarrätten sänker avgiften för vattenbolag",
        "lead": "Kammarrätten i Stockholm halverar upphandlingsskadeavgiften för "
                "Mälarvatten AB från 600 000 till 300 000 kronor.",
        "body": [
            "Bolaget hade köpt konsulttjänster från Rörteknik Konsult AB utan upphandling. "
            "Förvaltningsrätten beslutade om den högre avgiften.",
            "Kammarrätten anser att överträdelsen var mindre allvarlig eftersom bolaget "
            "självt upptäckte felet och avslutade avtalet.",
        ],
        "comments": [],
        "tags": ["upphandlingsskadeavgift", "kammarrätten"],
    },
    {
        "id": 10034, "topic": "it-upphandling", "slug": "skatteverket-tecknar-driftavtal",
        "date": "2017-12-05", "author": "Karin Ljunggren",
        "title": "Skatteverket tecknar driftavtal med Molnbolaget",
        "lead": "Skatteverket har tilldelat ett avtal om drift av e-tjänsteplattformen till "
                "Molnbolaget Sverige AB.",
        "body": [
            "Kontraktet är värt 95 miljoner kronor och gäller i tre år med option på "
            "förlängning i två år.",
            "Tre leverantörer lämnade anbud. Avtalet började gälla den 1 december.",
        ],
        "comments": [],
        "tags": ["it", "drift"],
    },
    {
        "id": 10371, "topic": "medlemsnytt", "slug": "program-for-medlemsdagen",
        "date": "2019-02-01", "author": "Redaktionen",
        "title": "Programmet för medlemsdagen är klart",
        "lead": "Medlemsdagen hålls i Stockholm i april. Här är programmet.",
        "body": ["Anmälan öppnar i mars. Sidan är endast för medlemmar."],
        "comments": [],
        "tags": ["medlemmar"],
        "members_only": True,
    },
]

UPPHANDLING24 = [
    {
        "id": 5530, "topic": "bygg", "slug": "sisab-tilldelar-skolbygge-i-skarholmen",
        "date": "2019-04-10", "author": "Eva Lind",
        "title": "Skolfastigheter i Stockholm tilldelar skolbygge",
        "lead": "Skolfastigheter i Stockholm AB har tilldelat byggentreprenaden för en ny "
                "grundskola i Skärholmen till Byggmästarna i Mälardalen AB.",
        "body": [
            "Kontraktet är värt 240 miljoner kronor. Byggtiden beräknas till 24 månader och "
            "skolan ska stå klar till höstterminen 2021.",
            "Fem entreprenörer lämnade anbud. Priset vägde tyngst i utvärderingen.",
        ],
        "comments": [
            ("Byggare", "Stomleverantören Betongelement Syd AB lär få mycket att göra."),
        ],
        "tags": ["bygg", "skola"],
    },
    {
        "id": 5498, "topic": "vard", "slug": "region-skane-upphandlar-ambulanssjukvard",
        "date": "2019-02-18", "author": "Eva Lind",
        "title": "Region Skåne upphandlar ambulanssjukvård",
        "lead": "Region Skåne har annonserat en upphandling av ambulanssjukvård i de "
                "nordöstra delarna av regionen.",
        "body": [
            "Det uppskattade värdet är 1,5 miljarder kronor och avtalet ska gälla i åtta år.",
            "Anbud ska lämnas senast den 30 april.",
        ],
        "comments": [],
        "tags": ["vård", "ambulans"],
    },
    {
        "id": 5441, "topic": "it", "slug": "tilldelning-av-e-arkiv-overprovas",
        "date": "2018-10-03", "author": "Henrik Sjö",
        "title": "Tilldelning av e-arkiv överprövas",
        "lead": "Arkivlösningar Norden AB har begärt överprövning av Sundsvalls kommuns "
                "upphandling av ett e-arkiv.",
        "body": [
            "Kommunen tilldelade kontraktet till Digitalarkiv Sverige AB. Avtalet är värt "
            "18 miljoner kronor och gäller i fyra år.",
            "Arkivlösningar Norden menar att utvärderingen av kvalitet inte gick att förutse. "
            "Förvaltningsrätten har beslutat att avtal inte får tecknas innan målet avgjorts.",
        ],
        "comments": [],
        "tags": ["överprövning", "e-arkiv"],
    },
    {
        "id": 5387, "topic": "bygg", "slug": "trafikverket-tecknar-avtal-om-ny-bro",
        "date": "2018-05-22", "author": "Henrik Sjö",
        "title": "Trafikverket tecknar avtal om ny bro över Ljusnan",
        "lead": "Trafikverket har tecknat kontrakt med Nordbro Anläggning AB om en ny bro "
                "över Ljusnan.",
        "body": [
            "Kontraktet är värt 650 miljoner kronor. Arbetet beräknas ta 36 månader.",
            "Bron ersätter en bro från 1950-talet som inte klarar dagens trafik.",
        ],
        "comments": [
            ("Ortsbo", "Hoppas det går bättre än när Brobyggarna Väst AB höll på förra "
                       "gången."),
        ],
        "tags": ["bygg", "infrastruktur"],
    },
    {
        "id": 5342, "topic": "vard", "slug": "nya-regler-for-valfardstjanster",
        "date": "2018-01-09", "author": "Eva Lind",
        "title": "Nya regler för upphandling av välfärdstjänster",
        "lead": "Regeringen föreslår att upphandlingar av välfärdstjänster under "
                "EU:s tröskelvärde ska få ett enklare regelverk.",
        "body": [
            "Förslaget innebär att kommunerna får större frihet att utforma upphandlingar "
            "av bland annat hemtjänst och boenden.",
            "Lagändringen föreslås träda i kraft nästa år.",
        ],
        "comments": [],
        "tags": ["välfärd", "lagstiftning"],
    },
    {
        "id": 5290, "topic": "bygg", "slug": "goteborgs-stad-ramavtal-for-markarbeten",
        "date": "2017-11-14", "author": "Henrik Sjö",
        "title": "Göteborgs Stad tecknar ramavtal för markarbeten",
        "lead": "Göteborgs Stad har tilldelat ett ramavtal för mindre markarbeten till "
                "Västmark Entreprenad AB.",
        "body": [
            "Ramavtalet gäller i fyra år och beräknas omsätta 200 miljoner kronor.",
        ],
        "comments": [],
        "tags": ["bygg", "ramavtal"],
    },
]
