"""Phrases that say what happened: a contract was awarded, a tender opened, a dispute began.

Each cue is (weight, pattern); patterns match whole words, case-insensitively, in
Swedish, Norwegian (bokmål and nynorsk), Danish and English. A pattern therefore lists
every inflection it stands for: "upphandlar" is a buyer procuring, "upphandlare" (a job
title) is not; "tildeling" is an award, "tildelingskriteriet" (a criterion) is not.
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import TaggedCues
from pipelines.facts.vocab import AWARD_VERBS

# A deal noun, compounds included ("jätteorder", "hovedkontrakten").
_DEAL = (
    r"(?:[^\W\d_]{0,20}?(?:order|ordern|ordrar|ordrarna|ordre|ordren|ordrer|ordrene|uppdrag\w*|oppdrag\w*|opgave\w*"
    r"|kontrakt\w*|avtal\w*|aftale\w*))"
)
# Up to three words before the deal ("fått den første av hovedkontraktene"), but not a
# preposition that starts another phrase ("får bøde for ulovlig kontrakt").
_GAP = r"(?:(?!(?:for|för|om|på|til|till|med|i|ved|vid)\s)\w+\s+){0,3}?"

# Winning on the evaluation: the best combination of price and quality ("hade den bästa
# kombinationen av kvalitet och pris", "the best balance of price and quality").
_BEST_VALUE = (
    r"bästa\s+(?:mix\w*|kombination\w*|balans\w*|förhållande\w*)\s+(?:av|mellan)\s+"
    r"(?:\w+\s+){1,3}?(?:och|samt)\s+(?:\w+\s+)?(?:pris\w*|kvalitet\w*|kostnad\w*)"
    r"|beste\s+(?:kombinasjon\w*|forhold\w*|balanse\w*)\s+(?:av|mellom)\s+(?:\w+\s+){1,3}?"
    r"og\s+(?:\w+\s+)?(?:pris\w*|kvalitet\w*)"
    r"|bedste\s+(?:kombination\w*|forhold\w*|balance\w*)\s+(?:af|mellem)\s+(?:\w+\s+){1,3}?"
    r"og\s+(?:\w+\s+)?(?:pris\w*|kvalitet\w*)"
    r"|best\s+(?:mix|combination|balance)\s+of\s+(?:\w+\s+){1,3}?and\s+(?:\w+\s+)?"
    r"(?:price|quality|cost)"
    r"|mest\s+fördelaktiga\s+anbud\w*|most\s+economically\s+advantageous"
    r"\s+(?:tender|bid|offer)|mest\s+(?:økonomisk\s+)?fordelaktige?\s+(?:tilbud|anbud)\w*"
)
# Taking over needs what is taken over: a service or a contract ("tar över trafiken",
# "tar över som operatör"), not a post ("Ny vd tar över").
_TAKE_OVER = (
    r"ta(?:r|git)?\s+över\s+(?:\w+\s+){0,3}?(?:\w*(?:trafik|drift|omsorg|verksamhet|tjänst"
    r"|service|städ|avtal|kontrakt|uppdrag)\w*|ansvaret)"
    r"|ta(?:r|git)?\s+över\s+som\s+(?:ny\s+)?(?:operatör|leverantör|entreprenör|utförare)\w*"
)
# A court in a legal sense ("the High Court", "took the council to court"), not a
# tennis court or a food court.
_COURT = (
    r"(?:high|crown|supreme|district|federal|county|circuit|magistrates'?|appeals?|claims"
    r"|administrative|commercial|technology\s+and\s+construction)\s+courts?"
    r"|courts?\s+(?:of\s+appeal|ruling|rulings|case|cases|action|order|orders|hearing"
    r"|challenge|battle|proceedings|judgment|judgement|decision)"
    r"|(?:in|to|before|at)\s+(?:the\s+)?court|the\s+court\s+(?:has\s+)?(?:ruled|rules|found"
    r"|finds|held|holds|decided|dismissed|rejected|ordered|upheld|quashed|granted|refused)"
)
# The competition authority acting against a buyer (it also publishes statistics).
_WATCHDOG = r"(?:konkurrensverket|konkurrensverkets)"
_WATCHDOG_ACTS = (
    rf"{_WATCHDOG}\s+(?:\w+\s+){{0,2}}?(?:ansöker|ansökte|ansökt|stämmer|stämde|stämt|granskar"
    r"|granskade|granskat|utreder|utredde|utrett|kräver|krävde|krävt|yrkar|yrkade|yrkat|begär"
    r"|begärde|begärt|kritiserar|kritiserade|kritiserat|ingriper|ingrep|ifrågasätter|prövar)"
    rf"|{_WATCHDOG}\s+(?:granskning|beslut|ansökan|tillsyn|kritik|utredning)"
    rf"|(?:anmäl\w*|anmält|överlämnat)\s+(?:\w+\s+){{0,3}}?till\s+{_WATCHDOG}"
)

AWARD_CUES: tuple[tuple[float, str], ...] = (
    # Swedish
    (3.0, rf"{AWARD_VERBS}|vann|vinnande"
          r"|valt\s+(?:\w+\s+){0,3}leverantör\w*"
          r"|valet\s+föll|väljer\s+(?:nu\s+)?\w+|har\s+valt|som\s+(?:ny\s+)?leverantör(?:en|er|erna)?"
          r"|blir\s+ny\s+leverantör|teckna\s+avtal\w*|undertecknat|undertecknar"
          r"|skrivit\s+(?:på|under)|skriver\s+(?:på|under|avtal\w*|kontrakt\w*)"
          rf"|f(?:år|ått|ick)\s+(?:en\s+|i\s+)?{_DEAL}|ta(?:r|git)\s+(?:en\s+|i\s+)?{_DEAL}"
          r"|anlita\w*|ordervärde\w*|orderanmäl\w*|avtal\s+klart|kontrakt\s+klart"
          r"|avtalet\s+är\s+klart|resultatet\s+av\s+(?:\S+\s+){0,3}?\w*upphandling\w*"
          rf"|{_TAKE_OVER}"
          r"|beställ(?:er|t|de|ning\s+från)\b|(?:den|det)\s+bästa\s+(?:\w+\s+){0,3}?"
          r"(?:anbud\w*|förhållande\w*|helhet\w*)"
          rf"|{_BEST_VALUE}"
          r"|tecknade|tecknades|tecknats|tecknas|undertecknade|undertecknades|undertecknats"
          r"|undertecknas|valts\s+(?:\w+\s+){0,3}?(?:leverantör\w*|entreprenör\w*)"
          r"|signera|signerar|signerade|signerades|signerats"
          r"|tilldelning|tilldelningen|tilldelningar|tilldelningsbeslut\w*"
          r"|erhåll(?:er|it|its)|erhöll|anbud(?:et)?\s+antogs|antog\s+\w*\s*anbud\w*"
          r"|uppdraget\s+går\s+till|kontraktet\s+går\s+till|avtalet\s+går\s+till"
          r"|ordern\s+går\s+till|förläng(?:er|t|de)\s+(?:samarbetet|avtalet)"
          r"|uppdraget\s+som\s+(?:\w+\s+){0,2}f(?:ått|ick)"
          r"|kontraktet\s+som\s+(?:\w+\s+){0,2}f(?:ått|ick)|har\s+upphandlat|upphandlats"
          rf"|f(?:år|ått|ick)\s+{_GAP}{_DEAL}|ska\s+(?:köra|sköta|driva)\s+trafiken"
          # a new agreement comes into force: it has been awarded
          r"|(?:nya|nytt)\s+\w*(?:avtal|entreprenad)\w*\s+(?:med\s+(?:\S+\s+){1,3}?|\w+\s+)?"
          r"(?:börjar|började|träder|trädde)|börjar\s+(?:\w+\s+){0,3}?(?:nya|nytt)\s+\w*avtal\w*\s+(?:att\s+)?gälla"
          # an agreement written, an order's worth, the lowest bid placed
          r"|\w*(?:avtal|kontrakt)\w*\s+(?:har\s+)?skrivits|skrivits\s+med"
          r"|ordern\s+(?:är\s+)?värd|låg\s+lägst"),
    (2.0, r"beställaren\s+är"),  # "Beställaren är X": a named client of a building work
    (2.0, r"upphandlat"),  # "Väg-UH i Norrköping upphandlat": procured, so awarded
    # Norwegian, Danish
    (3.0, r"tildelt|tildeler|tildeles|tildelte|tildelet|tildeling|tildelingen|tildelinger"
          r"|tildelinga|tildelingsbeslut\w*|tildelingsbeslutning\w*|tildelingsvedtak\w*|vinder"
          r"|vundet|vunnet|valgt|valgte|signerte|signerer|signeres|signeret|signerede"
          r"|underskrev|underskriver"
          r"|skr(?:ev|eiv|ive|ivit|evet)\s+(?:under|(?:\w+\s+)?kontrakt)"
          r"|indgået|indgik|indgår|inngått|inngikk|inngår|teikna|teiknar"
          rf"|fikk\s+{_GAP}{_DEAL}|fået\s+{_GAP}{_DEAL}|kontrakten\s+blev|kontrakten\s+ble"
          r"|ta(?:r|tt)?\s+over\s+(?:\w+\s+){0,3}?\w*(?:kjøring|drift|trafikk|rute|oppdrag)\w*"
          r"|overta(?:r|ger|tt)?\s+(?:\w+\s+){0,3}?\w*(?:kjøring|drift|trafik|rute|opgave)\w*"
          # the result of a tender made public ("offentliggjorde resultatet af sit udbud")
          r"|resultat(?:et)?\s+a[fv]\s+(?:\S+\s+){0,3}?(?:udbud|anbudskonkurranse|konkurranse"
          r"|anbud|anskaffelse)\w*"),
    # English
    (3.0, r"win\s+(?:a|the)\s+contract"
          r"|preferred\s+(?:bidder|supplier|vendor|contractor|partner)s?|appointed|secures"
          r"|signs|inks|inked|chosen|chose|chooses|picks|picked|hired|agrees\s+to"
          r"|agreed\s+to|contract\s+wins?|has\s+been\s+given|confirmed\s+the\s+award"
          r"|announced\s+the\s+award|award\s+of\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?contract"
          r"|named\s+as|hands\s+(?:\S+\s+){0,3}?contracts?"
          r"|(?:land(?:s|ed)|bag(?:s|ged)|clinch(?:es|ed)|scoop(?:s|ed)|net(?:s|ted))\s+"
          r"(?:\S+\s+){0,3}?(?:contracts?|deals?|orders?|frameworks?|jobs?|schemes?|projects?)"
          r"|selects|completed\s+the\s+procurement|direct\s+award|directly\s+awarded"
          r"|new\s+(?:\S+\s+){0,2}?contract\s+(?:starts|started|begins|began|takes\s+effect)"
          r"|apparent\s+(?:low|lowest)\s+bidder|low\s+bidder|lowest\s+(?:responsive\s+)?bidder"
          r"|(?:announced|published|announces|publishes)\s+the\s+results?\s+of\s+(?:\S+\s+){0,3}?"
          r"(?:tender|procurement|competition)\w*"),
)  # fmt: skip

TENDER_CUES: tuple[tuple[float, str], ...] = (
    # Swedish
    (3.0, r"upphandlar|upphandlas|ska\s+upphandla|kommer\s+att\s+upphandla"
          r"|planerar\s+att\s+upphandla|annonserar|annonserat|annonseras|annonserade|går\s+ut\s+med"
          r"|gått\s+ut\s+med|utlyser|utlyst|utlyste|utlyses|(?:inleder|startar|påbörjar)\s+(?:nu\s+)?(?:en\s+)?"
          r"(?:ny\s+)?(?:upphandling|konkurrensutsättning)\w*|pågående\s+\w*upphandling\w*"
          r"|konkurrensutsätt\w*|söker\s+leverantör\w*|sista\s+anbudsdag\w*|anbudstid\w*"
          r"|inkomna\s+anbud|begär\s+in\s+anbud|anbudsförfrågan|anbudsförfrågn\w*|inbjudan\s+att\s+lämna"
          r"|genomför\s+en\s+\w*upphandling"
          r"|söker\s+(?:\w+\s+){0,2}?\w*(?:leverantör|entreprenör|konsult)\w*"
          r"|ny\s+upphandling|nyupphandling\w*|(?:beslut\w*\s+)?om\s+att\s+(?:låta\s+)?upphandla"
          r"|(?:ska|skall|kommer\s+att)\s+göra\s+en\s+(?:\w+\s+){0,2}?upphandling"
          r"|gör\s+en\s+(?:\w+\s+){0,2}?upphandling|upphandling\w*\s+(?:\w+\s+){0,4}?pågår"
          r"|pågår\s+(?:\w+\s+){0,4}?upphandling\w*|upphandlingen\s+(?:är\s+)?publicerad"
          r"|anbud\s+kan\s+lämnas|anbud\s+ska\s+(?:ha\s+)?(?:inkommit|lämnas)"
          r"|upphandlingen\s+omfattar|avser\s+att\s+(?:teckna|upphandla)"
          # a procurement prepared, joined, resumed; bids still open
          r"|förhandsannons\w*|förhandsanmälan|förhandsinformation"
          r"|(?:ska|skall|kommer\s+att|vill)\s+delta\s+i\s+(?:en\s+|den\s+)?(?:\w+\s+){0,2}?"
          r"\w*upphandling\w*|upphandlingen\s+ska\s+(?:ledas|genomföras|göras|annonseras)"
          r"|återupp(?:ta|tar|tas|tog|tagit)\s+(?:\w+\s+){0,2}?\w*upphandling\w*"
          r"|ta\s+fram\s+(?:ett\s+)?(?:nytt\s+)?förfrågningsunderlag\w*"
          r"|(?:kan|kunnat|kunna|får)\s+lämna\s+(?:in\s+)?(?:sitt\s+|sina\s+)?anbud\w*"),
    # Norwegian, Danish
    (3.0, r"udbyder|udbydes|udbudt|udbød|udbudte|sender\s+\w+\s+i\s+udbud|i\s+udbud(?:det)?"
          r"|lyser\s+ut|lyses\s+ut|lyste\s+ut|lyst\s+ut"
          r"|utlyst|kunngjør\w*|anbudskonkurranse\w*|konkurranse\s+om|prekvalifi\w*"
          r"|prækvalifi\w*|tilbudsfrist\w*|anbudsfrist\w*|doffin"
          r"|s(?:øger|øgte|øker|økte)\s+(?:\w+\s+){0,2}?\w*(?:leverandør|entreprenør|rådgiver)\w*"
          r"|udbuddet\s+(?:vedrører|omfatter)|anskaffelsen\s+omfatter|konkurransen\s+omfatter"
          r"|ønsker\s+(?:\w+\s+){0,2}?(?:at\s+indgå|å\s+inngå)|kontrakten\s+indgås"),
    # English
    (3.0, r"invites?\s+(?:bids|tenders|suppliers)|invitation\s+to\s+tender|tender\s+notice"
          r"|tender\s+notices|out\s+to\s+tender|issued\s+a\s+tender|launch\w*\s+(?:a\s+)?tender"
          r"|call\s+for\s+tenders|requests?\s+for\s+(?:proposals|tenders|quotations)"
          r"|is\s+seeking|are\s+seeking|seeks\s+(?:bids|suppliers|a\s+supplier|partners?)"
          r"|bids\s+are\s+due|tenders\s+(?:are\s+)?invited|bids\s+(?:are\s+)?invited"
          r"|looking\s+for\s+(?:a\s+)?(?:supplier|contractor|partner|provider)s?"
          r"|(?:bidders|contractors|suppliers|firms)\s+(?:are\s+)?(?:sought|wanted|invited)"
          r"|(?:launch\w*|kicks?\s+off|starts?|begins?|opens?|issues?)\s+(?:a\s+|the\s+)?"
          r"(?:\S+\s+){0,2}?(?:procurement|tender|bidding)\b"
          r"|expressions?\s+of\s+interest|expressing\s+interest|competitive\s+dialogue"
          r"|shortlist\w*|is\s+undertaking\s+(?:a|the)\s+(?:\w+\s+){0,2}?procurement"
          r"|are\s+undertaking\s+(?:a|the)\s+(?:\w+\s+){0,2}?procurement"
          # the notice goes out, businesses may bid ("will publish the tender today")
          r"|publish(?:es|ed|ing)?\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?tender"
          r"|(?:chance|opportunity)\s+to\s+(?:bid|tender)"),
)  # fmt: skip

DISPUTE_CUES: tuple[tuple[float, str], ...] = (
    # Swedish
    (3.0, r"överpröva\w*|överprövning\w*|överklaga\w*|förvaltningsrätt\w*|kammarrätt\w*"
          r"|högsta\s+förvaltningsdomstolen|hfd|tingsrätt\w*|hovrätt\w*|skadestånd\w*"
          r"|upphandlingsskadeavgift\w*|prövningstillstånd\w*|otillåten\s+direkt\w*"
          r"|bryter\s+mot\s+lagen|bryta\s+mot\s+lagen|bröt\s+mot\s+lagen|brutit\s+mot\s+lagen"
          r"|i\s+strid\s+(?:mot|med)|utan\s+(?:att\s+(?:först\s+)?(?:ha\s+)?)?(?:en\s+)?"
          r"(?:offentlig\s+)?upphandling|utan\s+att\s+(?:\w+\s+){0,2}?upphandla(?:s|ts|t)?"
          rf"|{_WATCHDOG_ACTS}|böter|ogiltig\w*|länsrätt\w*"
          r"|g(?:er|av|ett)\s+(?:\w+\s+){1,2}?rätt(?!\s+(?:till|att))"),
    # Norwegian, Danish
    (3.0, r"kofa|klagenævn\w*|klagenemnd\w*|klage\w*|klaga\w*|stevning\w*|søksmål\w*"
          r"|erstatning\w*|lagmannsrett\w*|tingrett\w*|byret\w*|landsret\w*"
          r"|bøde|bøden|bøder|bøderne|boten|bøtene|millionbot\w*"
          r"|ei\s+bot|en\s+bot|fått\s+bot|fekk\s+bot|fikk\s+bot|får\s+bot|ilagt\s+bot"
          r"|overtredelsesgebyr\w*|ulovlig\w*"
          r"|ulovleg\w*|medhold"
          # bought without a competition ("uten noen form for anbudskonkurranse")
          r"|uten\s+(?:\w+\s+){0,7}?(?:anbuds)?konkurranse\w*"),
    # English
    (3.0, rf"{_COURT}|tribunal\w*|judicial\s+review|legal\s+challenge\w*|legal\s+action"
          r"|challeng(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:award|decision|procurement|tender)"
          r"|procurement\s+challenge\w*|bid\s+protest\w*|gao\b"
          r"|appeal(?:s|ed|ing)?\b|damages|lawsuit\w*|sues|sued|injunction\w*|unlawful\w*|fined"
          r"|brought\s+a\s+claim|procurement\s+claim|ruled\s+that"
          r"|br(?:oke|eached|eaches|each)\s+(?:\S+\s+){0,3}?(?:laws?|rules|regulations)"
          r"|breach(?:es)?\s+of\s+(?:\S+\s+){0,2}?(?:laws?|rules|regulations)"
          r"|without\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:competition|competitive\s+tender\w*)"
),
)  # fmt: skip

# A challenge that ended without changing the award: the news is that the award stands.
RESOLVED_CUES = (
    r"dragits\s+tillbaka|drog\s+tillbaka|drar\s+tillbaka|dra\s+tillbaka|återkallat\w*"
    r"|inte\s+beviljat\s+prövningstillstånd|inte\s+beviljar\s+prövningstillstånd"
    r"|beviljar\s+inte\s+prövningstillstånd|förgäves|kan\s+börja\s+gälla|kan\s+nu\s+tecknas"
    r"|withdr[ae]wn?|dismissed\s+the|rejected\s+the\s+(?:challenge|appeal|claim)"
    r"|ingen\s+(?:har\s+)?begärt|ingen\s+begärde|inte\s+(?:har\s+)?begärts|ingen\s+klaget"
    r"|ingen\s+har\s+klaget|no\s+(?:one|bidder)\s+(?:has\s+)?challenged"
)

# A contract reported as signed ("teikna kommunen kontrakt med", "signed the contract"),
# not one signed unlawfully ("indgået en ulovlig kontrakt"): a complaint that has not
# led to a ruling or a penalty does not make such an article a dispute (see kind.py).
_SIGN = (
    r"tecknat|tecknade|tecknades|undertecknat|undertecknade|undertecknades|signerat|signerade"
    r"|signerades|signert|signerte|signed|teikna|teikne|underskrev|underskrevet|indgik|indgået"
    r"|inngått|inngikk|skrevet|skrev|skreiv|skrivit"
)
SIGNED_CONTRACT_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_SIGN})\s+(?:(?!ulovl|otillåt|illegal|unlawful|olaglig)\w+\s+){{0,3}}?"
    r"(?:kontrakt|kontrakten|kontraktet|avtal|avtalet|avtale|avtalen|aftale|aftalen"
    r"|contract|agreement)(?![^\W\d_])",
    re.IGNORECASE,
)
# Dispute phrases that tell of a ruling or a penalty, not just a complaint lodged.
DECIDED_RE = re.compile(
    r"böter|bøde\w*|boten|bøtene|\w*bot|fined|\w*skadeavgift\w*|overtredelsesgebyr\w*"
    r"|skadestånd\w*|erstatning\w*|damages|ulovl\w*|otillåten\s+\w+|unlawful\w*|ogiltig\w*"
    r"|i\s+strid\s+\w+|bryter\s+mot\s+lagen|bryta\s+mot\s+lagen|medhold|ruled\s+that"
    r"|g(?:er|av|ett)\s+.*rätt|the\s+court\s+\w+",
    re.IGNORECASE,
)

# Winning in court is a dispute, not an award: read before the award cues ("vunnit").
COURT_WIN_CUES = (
    r"vunnit\s+(?:\w+\s+){0,2}?(?:striden|målet|tvisten|processen|rättegången)"
    r"|vann\s+(?:\w+\s+){0,2}?(?:striden|målet|tvisten|processen|rättegången)"
    r"|va(?:ndt|nt)\s+(?:\w+\s+){0,2}?(?:sagen|saken|striden|retten)"
    r"|vunnet\s+(?:\w+\s+){0,2}?(?:sagen|saken|striden|retten)"
    r"|vundet\s+(?:\w+\s+){0,2}?(?:sagen|saken|striden|retten)"
    r"|w(?:on|ins|in)\s+(?:\w+\s+){0,2}?(?:in\s+court"
    r"|(?:appeal|case|challenge|lawsuit|claim)s?)"
)

# The routine notice of a decision that may still be appealed ("Beslutet kan överklagas
# fram till ...", "avtalsspärr") reports no dispute. Read before the dispute cues.
APPEAL_WINDOW_CUES = (
    r"kan\s+överklagas|kan\s+överprövas|får\s+överklagas|avtalsspärr\w*"
    r"|standstill\w*|stand\s+still\w*|stand-still\w*|kan\s+påklages|kan\s+klages"
)

# A procurement called off: the news is the tender's end, even if a winner was named.
CANCEL_CUES = (
    r"avbryt|avbryter|avbryts|avbrytas|avbröt|avbrutit|avbrutits|avbruten|avbrutet"
    r"|avbrutna|avbröts|avbrytande|avbrytandet|avbrytes|avbrøt|avbrutt|avlyser|avlyses|avlyste"
    r"|avlyst|annullerer|annulleres|annullerede|annulleret|annullere|annullering\w*"
    r"|annullert|annullerte|annulerer|sløjfe|sløjfer|sløjfes|sløjfet|sløjfede|aflyser"
    r"|aflyses|aflyste|aflyst|cancel|cancels|cancel(?:l)?ed|cancel(?:l)?ing|cancellation"
    r"|scrap(?:s|ped)?\s+(?:\S+\s+){0,3}?(?:procurement|tender)s?"
    r"|abandon(?:s|ed)?\s+(?:\S+\s+){0,3}?(?:procurement|tender)s?"
)

# Prizes are won and awarded too, but they are not contracts. Listed before the award
# cues so that "vann pris" is read as a whole; it takes back what "vann" would add.
PRIZE_CUES = (
    r"vann\s+(?:\w+\s+){0,2}pris(?:et)?\b|vinner\s+(?:\w+\s+){0,2}pris(?:et)?\b"
    r"|tilldela\w*\s+(?:\w+\s+){0,3}pris(?:et)?\b|utmärkelse\w*|prisvinnare"
    r"|wins?\s+(?:\w+\s+){0,2}(?:award|prize)s?\b|won\s+(?:\w+\s+){0,2}(?:award|prize)s?\b"
    r"|prize\w*|awards\s+(?:ceremony|night|shortlist|for\s+excellence)|award\s+winners?"
)

# Headlines of guides, tips and FAQs: no event is reported.
GUIDE_TITLE_RE = re.compile(
    r"(?<![^\W\d_])(?:så\s+(?:\w+\s+)?(?:du|ni)|how\s+to|tips|guide|faq|frågor\s+och\s+svar"
    r"|checklista|checklist)(?![^\W\d_])",
    re.IGNORECASE,
)

# Addressing the reader: guides and FAQs ("Du som leverantör kan begära ...").
SECOND_PERSON = r"d(?:u|ig|in|itt|ina)(?![^\W\d_])|y(?:ou|our)(?![^\W\d_])"

KINDS = ("award", "tender", "dispute")
RESOLVED = "resolved"
CANCELLED = "cancelled"
APPEAL_WINDOW = "appeal_window"
READER = "reader"


def _tagged_cues() -> list[tuple[tuple[str, float], str]]:
    tagged = [
        (("award", -3.0), PRIZE_CUES),
        (("dispute", 3.0), COURT_WIN_CUES),
        ((APPEAL_WINDOW, 0.0), APPEAL_WINDOW_CUES),
        ((CANCELLED, 3.0), CANCEL_CUES),
    ]
    for kind, cues in zip(KINDS, (AWARD_CUES, TENDER_CUES, DISPUTE_CUES), strict=True):
        tagged += [((kind, weight), pattern) for weight, pattern in cues]
    tagged += [((RESOLVED, 0.0), RESOLVED_CUES), ((READER, 0.0), SECOND_PERSON)]
    return tagged


# One pass over a text finds every cue, each tagged (kind, weight).
CUES = TaggedCues(_tagged_cues(), whole_words=True)
