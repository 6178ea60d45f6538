"""Cues that tell a buyer from a public body named in another role: the provider that won,
a place the contract covers, a place in brackets. Swedish, Norwegian, Danish and English.
"""

from __future__ import annotations

import re


def _words(pattern: str) -> re.Pattern[str]:
    """A case-insensitive compiled pattern."""
    return re.compile(pattern, re.IGNORECASE)


# Right before a body that receives the contract: "awarded a contract to the X",
# "gav uppdraget till X", "tildelt kontrakten til X", "går till X".
PROVIDER_BEFORE = _words(
    r"\b(?:award(?:ed|s|ing)?|tilldela[rt]?|tilldelade|tilldelats|tildel(?:e|er|t|te)?"
    r"|tildelt|give[ns]?|gave|ge[rt]?|gett|gav|gi|gitt|giver|går|gick|gikk|gik|went|goes"
    r"|passed|lämnas|överlåt\w*)\s(?:\S+\s){0,6}?(?:to|till|til)\s+(?:the\s+|det\s+|den\s+)?$"
    r"|\b(?:provided|delivered|operated|run|performed|carried\sout|levereras|utförs|drivs"
    r"|leveres|utføres|drives|leveres|udføres|drives)\s+(?:by|av|af)\s+(?:the\s+)?$"
    r"|\b(?:winner|winners|vinnare|vinner|vinder)\s*[:–—-]\s*(?:the\s+)?$"  # "Winner – X"
)
# Right after a body that was chosen or won: "X er valgt som hovedleverandør",
# "X has been selected as", "X vann upphandlingen".
PROVIDER_AFTER = _words(
    r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:(?:er|blir|ble|blev|är|blev|is|was|has\sbeen|have\sbeen"
    r"|har\sblitt|har\sblivit|er\sblevet)\s+(?:\w+\s+)?(?:valgt|vald|valt|utvald|chosen"
    r"|selected|appointed|utsett|utsedd|tildelt|tilldelad|awarded)\s+(?:som|as|til|till|the)\b"
    r"|(?:har\s+|has\s+|have\s+|hade\s+)?(?:vunnit|vann|vinner|won|wins|vant|vinder|vandt"
    r"|vundet)\b)"
)
# Right before the first of places a contract covers: "omfattar delar av X, Y och Z
# kommun", "landsbygdstrafiken i X kommuner", "covering parts of X".
SERVICE_AREA_BEFORE = _words(
    r"(?:\b(?:omfattar|omfatter|dækker|dekker|täcker|covering|covers|cover|spanning|inom|innen"
    r"|inden\s+for|within)\s+(?:(?:delar|del|deler|dele|parts?)\s+(?:av|af|of)\s+"
    r"|(?:hela|hele|all\s+of|the\s+whole\s+of)\s+)?(?:the\s+)?"
    r"|\b(?:delar|deler|dele|parts?)\s+(?:av|af|of)\s+(?:the\s+)?"
    r"|\b(?:samt|och|and|og)\s+(?:hela|hele|all\s+of|the\s+whole\s+of)\s+"
    r"|(?:trafiken|trafikken|vägarna|vegene|vejene|roads|services|tjänster|tjenester)\s+"
    r"(?:i|in|på)\s+(?:the\s+)?)$"
)
# An open bracket with words before the name: "(rampeforbindelse E16 ved Hole kommune)".
IN_BRACKETS = re.compile(r"\([^()]{3,80}$")
# Words that make a sentence about a contract, besides the shared procurement words.
JOB_WORDS = _words(r"\b(?:jobb\w*|job\b|jobs\b|oppdrag\w*|opgave\w*|arbeidet|arbejdet)")
# The label of a notice's contracting-authority field: "Officielt navn: Greve Kommune",
# "Upphandlande myndighet: ...", "Contracting authority\n\nX".
NOTICE_LABEL = _words(
    r"(?:officielt\s+navn|officiellt\s+namn|offisielt\s+navn|official\s+name"
    r"|upphandlande\s+(?:myndighet|organisation|enhet)|beställare|köpare|ordregiver"
    r"|ordregivende\s+myndighed|oppdragsgiver|contracting\s+(?:authority|entity)|buyer"
    r"|udbyder|indkøber|innkjøper|motpart)\s*:?\s*$"  # a Swedish ruling's respondent
)
# A person's name right before a body in brackets or after a dash: "Lena Holm (VGR)",
# "Eva Berg – Region Skåne": the body is where the person works, not a buyer.
_NAME_WORD = r"[A-ZÅÄÖÆØÉ][a-zåäöæøéü]+(?:-[A-ZÅÄÖÆØ][a-zåäöæøéü]+)?"
AFFILIATION_BEFORE = re.compile(rf"\b{_NAME_WORD}\s{_NAME_WORD}(\s*\(|\s+[–—-]\s+)$")

# A job title, and the body a titled person speaks for: "sier byggeleder Halvard Nyland i
# Viken fylkeskommune", "Eva Ek, kommundirektör i Bjuvs kommun": the employer is the
# party, not a place, so no locative discount.
_JOB_TITLE = (
    r"\w*(?:sjef|leder|chef|direktør|direktör|director|ansvarig|ansvarlig|rådmann|rådman"
    r"|ordförande|ordfører|formand|manager|officer|upphandlare|innkjøper|indkøber|controller"
    r"|handläggare|saksbehandler|sagsbehandler|projektleder)"
)
_PERSON = rf"(?-i:{_NAME_WORD}\s{_NAME_WORD})"  # names keep their capitals
TITLED_EMPLOYEE_BEFORE = re.compile(
    rf"(?:\b{_JOB_TITLE}\s+(?:{_PERSON}\s+)?|\b{_PERSON},\s+{_JOB_TITLE}\s+)"
    r"(?:i|ved|vid|på|hos|at|for)\s+$",
    re.IGNORECASE,
)
# Right before a body that supervises the work: "under tillsyn av Socialstyrelsen".
SUPERVISOR_BEFORE = _words(
    r"\b(?:tillsyn|tilsyn|supervision|oversight)\s+(?:av|af|fra|från|by|of)\s+(?:the\s+)?$"
    r"|\b(?:supervised|regulated|overseen)\s+by\s+(?:the\s+)?$"
)
# A body the text names by its role in the case: "Innovasjon Norge (heretter innklagede)",
# "Bjuvs kommun (nedan Kommunen)", "Westshire Council (the Authority)".
DEFINED_AS_BUYER_AFTER = _words(
    r"^\s*\((?:heretter|herefter|nedan|nedenfor|hereafter|hereinafter|i\s+det\s+følgende)?"
    r"\s*(?:kalt|kaldet|kallad|benämnd|called|referred\s+to\s+as)?\s*[\"'“”]?(?:the\s+)?"
    r"(?:innklagede|innklaget|indklagede|indklaget|kommunen|regionen|myndigheten|authority"
    r"|council|defendant|contracting\s+authority|ordregiver(?:en)?|oppdragsgiver(?:en)?"
    r"|ordregiveren|upphandlande\s+myndighet(?:en)?|beställaren|buyer|trust)\b"
)
# Right before the first of places a contract reaches, named as kommuner: "i kommunene
# Nittedal og Gjerdrum", "inngår også kommunene Lunner og Jevnaker".
KOMMUNER_LIST_BEFORE = _words(
    r"(?:\b(?:i|in|inom|innen|inden\s+for|across)\s+(?:the\s+)?|\b(?:inngår|ingår|indgår"
    r"|omfattas|omfattes|included)\s+(?:også\s+|även\s+|ogs\u00e5\s+)?(?:the\s+)?)"
    r"(?:kommunene|kommunerna|kommunerne|municipalities\s+of|boroughs\s+of)\s+"
    r"(?:[^\W\d]+,\s+){0,4}$"  # past names the lists lack: "i kommunene Rygge, Vestby"
)
# "Altiatech Ltd v Birmingham City Council [2023]": the parties of a cited case.
CASE_CITATION = re.compile(r"\b[A-Z][\w&.’'-]*\s+v\.?\s+[A-Z]")
CASE_PARTY_BEFORE = re.compile(r"\S\s+v\.?\s+$")
CASE_PARTY_AFTER = re.compile(r"^\s+v\.?\s+[A-Z]")
# Words that tie an article to one contract: a contract noun in the singular (also ending
# a compound: "veikontrakt", "livsmedelsavtalet"), a bid, an award, a signing, a purchase,
# a case. A policy piece or a statistics text ("Trafikverket största byggherren", "lange
# kontrakter giver ...") has none, so a public body it names without a buying cue is no
# buyer.
ONE_CONTRACT = re.compile(
    r"(?:kontrakt|kontraktet|kontrakten|avtal|avtalet|avtale|avtalen|aftale|aftalen|udbud"
    r"|udbuddet|upphandling|upphandlingen|anskaffelse|anskaffelsen|anskaffelser|contract"
    r"|tender|order|ordren|ordern|uppdraget|oppdraget|entreprenør|entreprenör)\b"
    r"|\b(?:anbud\w*|tilbud\w*|bud|bids?|bidders?|tilldel\w*|tildel\w*|award\w*|vann|vunnit"
    r"|vinnare|vinnande|vant|vandt|vundet|won|wins|överpröv\w*|direktupphandl\w*"
    r"|innklage\w*|indklage\w*|klagenemnd\w*|klagenævn\w*|claimant|tecknat|tecknade|signert"
    r"|signerte|signerat|signed|underskrevet|köpte|købte|kjøpte|bought|purchased"
    r"|framework|procures?|procured|kontrakterne|kontraktene|kontrakterna|aftalerne|avtalene"
    r"|avtalerna|beställning(?:en)?|bestilling(?:en)?|option\w*|väljer|valde|valgte|vælger"
    r"|chose|har\s+valt|har\s+valgt|has\s+(?:chosen|selected|appointed)|anlita\w*|hire[sd]?"
    r"|engage[sd]|commission(?:s|ed)?|köper|kjøper|køber|buys|acquires|avrop\w*|upphandlar"
    r"|upphandlat|upphandlade|upphandlats|udbyder|udbudt|utlyst|tendered|tendering|procuring"
    r"|beställer|beställt|beställde|bestiller|bestilt|bestilte|ordered)\b"
    r"|\b(?:søger|söker|seeks|leter\s+etter)\s+(?:\w+\s+)?(?:en|ett|et|a|an)\b",
    re.IGNORECASE,
)
# Right before the owner of the company that buys: "Bolaget ägs av Stockholms stad",
# "owned by the council", "eies av Bergen kommune", "ejes af Region Syddanmark".
OWNER_BEFORE = _words(
    r"\b(?:ägs|ägt|ägda|helägt|helägs|eies|eid|eiet|heleid|ejes|ejet|helejet|owned|wholly"
    r"\s+owned)\s+(?:\w+\s+)?(?:av|af|by)\s+(?:the\s+)?$"
)
# Right after a body that buys for or with another: "Adda har på uppdrag av Region X
# upphandlat", "Örebro kommun har tillsammans med Kumla kommun upphandlat", "CCS procured
# the framework on behalf of ...": the leading body buys too.
PARTNER_AFTER = _words(
    r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:har|hade|has|have|had|ska|skal|will|er|is|nu|now)?"
    r"\s*(?:\w+\s+){0,3}?(?:på\s+uppdrag\s+av|på\s+vegne\s+av|på\s+vegne\s+af|on\s+behalf\s+of"
    r"|tillsammans\s+med|sammen\s+med|together\s+with|jointly\s+with|i\s+samarbete\s+med"
    r"|i\s+samarbeid\s+med|i\s+samarbejde\s+med)\b"
    r"|^\s*(?:ska|skal|will|har|has|have|vill)?\s*(?:delta|deltar|deltager|deltog|join|joins"
    r"|joined|ansluter\s+sig\s+till|går\s+med)\s+(?:i\s+|in\s+)?(?:\w+\s+){0,3}?\w*"
    r"(?:upphandling|upphandlingen|anskaffelse|anskaffelsen|udbud|udbuddet|procurement"
    r"|tender)\b"  # "Region X ska delta i en nationell upphandling": it buys too
)
# Right before a body another buys for or with: "på vegne av Askøy kommune", "sammen med
# Region Y", "together with the council".
BENEFICIARY_BEFORE = _words(
    r"\b(?:på\s+vegne\s+av|på\s+vegne\s+af|sammen\s+med|together\s+with|jointly\s+with"
    r"|i\s+samarbeid\s+med|i\s+samarbejde\s+med)\s+(?:the\s+)?$"
)
# Right after a kommun's bare place name that buys: "Västerås upphandlar", "Borås har
# tecknat", and inverted after the verb: "annonserade Västerås en upphandling".
PLACE_BUYING_AFTER = _words(
    r"^\s*(?:(?:har|hade|ska|nu|också|även)\s+)?(?:\w+\s+)?(?:upphandl\w*|annonser\w*"
    r"|tecknat|tecknade|tecknar|tilldela\w*|köper|köpte|köpt|beställ\w*|avropa\w*|anlita\w*)\b"
    r"|^\s+(?:en|ett|nytt?|sin|sitt)\s+(?:\w+\s+)?\w*(?:upphandling|avtal|ramavtal|kontrakt)\b"
)
# Weaker ties to one contract, enough beside a buying cue ("Bygg AB bygger på uppdrag av
# Lunds kommun", "ordervärde", "totalentreprenad"): a statistics text whose only cue is
# a body's yearly orders ("FMV:s beställningar till industrin ökade") has none.
CONTRACT_HINT = _words(
    r"uppdrag\b|ordervärde|ordreverdi|ordreværdi|\w*entreprenad\b|\w*entreprise\b"
    r"|konkurrensutsätt|anskaffning|indkøb\b|innkjøp\b|purchase\b"
)
# Right before a body that runs or gave out procurements: "Upphandlingen ska ledas av X",
# "the tender is led by X", "har vunnit upphandlingar i Region X och Region Y".
BUYER_ROLE_BEFORE = _words(
    r"\b(?:upphandlingen|anskaffelsen|udbuddet|the\s+(?:procurement|tender))\s+"
    r"(?:\w+\s+){0,2}?(?:ledas|leds|samordnas|samordnades|leddes|ledes|ledet|koordineres"
    r"|led|run|managed|coordinated)\s+(?:av|af|by)\s+(?:the\s+)?$"
    r"|\b(?:vunnit|vann|vinner|won|wins|vant|vunnet|vandt|vundet)\s+(?:\w+\s+){0,2}?"
    r"(?:upphandlingar|upphandlingen|upphandling|anbudskonkurranser|udbud|tenders?|contracts?)"
    r"\s+(?:i|hos|från|with|from|hos|fra|for)\s+(?:the\s+)?$"
)
# Where a body is a court's seat or a postal address, not a party: "Kammarrätten i
# Göteborg", "Box 11911, Göteborg", "404 39 Göteborg", "Meddelad i Växjö".
SEAT_OR_ADDRESS_BEFORE = _words(
    r"(?:rätten|retten|rett|domstol|domstolen|meddelad|meddelat)\s+i\s+$"
    r"|\bbox\s*\d*\s*,?\s*(?:\d{3}\s?\d{2}\s+)?$|\b\d{3}\s\d{2}\s+$"
)
# A page number after "Sida" ("Sida 1 (23)"): the page, not the Swedish agency Sida.
PAGE_WORD = re.compile(r"(?:Sida|Side|Page)$")
PAGE_NUMBER_AFTER = re.compile(r"\s+\d")
# Right after a body that employs the person named next: "Department of Finance Secretary
# Jenny Wilkinson", "NHS England chief executive Amanda Pritchard".
EMPLOYER_AFTER = re.compile(
    r"\s+(?i:secretary|permanent\s+secretary|minister|director|chief\s+executive|ceo|chair"
    r"|chairman|commissioner|spokes(?:person|man|woman)|head\s+of\s+\w+)\s+[A-Z][a-z]+\s+[A-Z]"
)
# Right before a body named as another customer of the company: "has contracts with other
# local authorities, including Essex County Council", "andra kunder, bland annat X".
OTHER_CUSTOMER_BEFORE = _words(
    r"\b(?:other|several|many|andre|andra|flere|fler|flera)\s+(?:\w+\s+){0,2}?(?:authorities"
    r"|councils|customers|clients|kommuner|kunder|oppdragsgivere|offentlige\s+kunder)\s*,?\s*"
    r"(?:including|such\s+as|like|among\s+them|blant\s+annet|bland\s+annat|bl\.a\.|deriblandt"
    r"|herunder|som)\s+(?:the\s+)?$"
)
# Right after a public body that signs with a company: "Trøndelag fylkeskommune og HR
# Entreprenør AS har inngått kontrakt", "Region X och Bygg AB har tecknat avtal".
SIGNS_WITH_AFTER = re.compile(
    r"\s+(?:og|och|and)\s+(?:[A-ZÆØÅÄÖ][\w&.-]*\s+){1,4}(?:har|have|has)\s+(?:nå\s+|nu\s+|now\s+)?"
    r"(?:inngått|ingått|indgået|signert|signed|tecknat|underskrevet|skrevet\s+under)\s+"
    r"(?:(?:en|ett|et|a|an|the|ny|nytt|nye|new)\s+)?\w*(?:kontrakt|avtal|avtale|aftale"
    r"|contract|agreement)"
)
