"""VästKom stories of the SiteVision snapshot, written for this project. The VGR/Cerner
award is public; the other deals and companies are made up."""

VASTKOM = [
    {
        "area": "digitalisering", "page_id": "5.2c7d1e4f16f0a9b3c5d8e11",
        "slug": "kommunerna-upphandlar-gemensam-e-tjansteplattform",
        "date": "2020-03-12", "press": True,
        "title": "Kommunerna upphandlar gemensam e-tjänsteplattform",
        "lead": "VästKom upphandlar på uppdrag av kommunerna i Västra Götaland en gemensam "
                "plattform för e-tjänster.",
        "body": [
            "Plattformen ska göra det enklare för invånarna att ansöka om bland annat "
            "bygglov, bistånd och skolskjuts digitalt. Avtalet ska gälla i sex år och "
            "värdet uppskattas till 60 miljoner kronor.",
            "Anbud ska lämnas senast den 20 april. Kommunerna har tecknat sig för att "
            "avropa från avtalet.",
        ],
    },
    {
        "area": "digitalisering", "page_id": "5.2c7d1e4f16b1c2d3e4f5a67",
        "slug": "avtal-klart-for-digitala-trygghetslarm",
        "date": "2019-06-20",
        "title": "Avtal klart för digitala trygghetslarm",
        "lead": "Kommunerna i Fyrbodal har tecknat avtal med Larmtjänst Väst AB om digitala "
                "trygghetslarm.",
        "body": [
            "Avtalet gäller i fem år och är värt omkring 45 miljoner kronor.",
            "Bytet till digitala larm ska vara klart under nästa år.",
        ],
    },
    {
        "area": "digitalisering", "page_id": "5.4f1a2b3c165f0e9d8c7b6a5",
        "slug": "pressmeddelande-cerner-ska-leverera-vgrs-nya-karnsystem-for-varden",
        "date": "2018-09-27", "press": True,
        "title": "PRESSMEDDELANDE: Cerner ska leverera VGR:s nya kärnsystem för vården",
        "lead": "Västra Götalandsregionen (VGR) ger Cerner Sverige AB uppdraget att "
                "leverera det system som regionens framtida journal- och vårdstöd ska "
                "byggas kring.",
        "body": [
            "Regionen upphandlade i samarbete med länets samtliga kommuner, 49 till "
            "antalet, och VästKom samordnade deras medverkan. Genom optioner i avtalet kan "
            "även kommunernas egen vård börja använda systemet.",
            "Regionen bedömde att Cerners lösning Millennium gav mest kvalitet för "
            "pengarna. Kontraktet gäller i tio år och dess värde beräknas till 2,1 "
            "miljarder kronor.",
            "Den som vill överklaga tilldelningen har tid på sig till den 8 oktober; först "
            "efter det får kontraktet undertecknas.",
        ],
        "attachment": ("18.4f1a2b3c165f0e9d8c7b6b2", "1538036812345",
                       "Pressmeddelande VGR valt leverantör.pdf"),
    },
    {
        "area": "digitalisering", "page_id": "5.1b2c3d4e1612a3b4c5d6e78",
        "slug": "dialogmote-om-framtidens-vardinformationsmiljo",
        "date": "2018-03-08",
        "title": "Dialogmöte om framtidens vårdinformationsmiljö",
        "lead": "Företrädare för kommunerna och regionen träffades för att diskutera hur "
                "information ska delas i vården.",
        "body": [
            "Mötet handlade om behov och förväntningar inför arbetet med en gemensam "
            "vårdinformationsmiljö. Inga beslut fattades.",
        ],
    },
    {
        "area": "valfard", "page_id": "5.3d4e5f6a16e2b3c4d5e6f79",
        "slug": "upphandlingen-av-hjalpmedel-overprovas",
        "date": "2019-11-05",
        "title": "Upphandlingen av hjälpmedel överprövas",
        "lead": "Hjälpmedelspartner Norden AB har begärt överprövning av den gemensamma "
                "upphandlingen av hjälpmedel i Västra Götaland.",
        "body": [
            "Västra Götalandsregionen tilldelade avtalet till Rehabteknik Väst AB. Avtalet "
            "gäller i sju år och är värt cirka 900 miljoner kronor.",
            "Förvaltningsrätten i Göteborg har meddelat ett interimistiskt beslut om att "
            "avtal inte får ingås.",
        ],
    },
    {
        "area": "valfard", "page_id": "5.3d4e5f6a1690c1d2e3f4a56",
        "slug": "nytt-avtal-om-distribution-av-lakemedelsnara-produkter",
        "date": "2019-02-14",
        "title": "Nytt avtal om distribution av läkemedelsnära produkter",
        "lead": "Västra Götalandsregionen har tecknat avtal med Västfrakt Logistik AB om "
                "distribution av läkemedelsnära produkter till kommunerna.",
        "body": [
            "Avtalet gäller i fyra år och är värt omkring 120 miljoner kronor.",
        ],
    },
    {
        "area": "valfard", "page_id": "5.3d4e5f6a15e0f1a2b3c4d55",
        "slug": "regional-upphandling-av-tolktjanster",
        "date": "2017-10-02",
        "title": "Regional upphandling av tolktjänster startar",
        "lead": "VästKom samordnar en upphandling av tolktjänster för 48 av länets "
                "kommuner.",
        "body": [
            "Avtalet ska gälla i fyra år och värdet uppskattas till 300 miljoner kronor.",
        ],
    },
]
