"""Role cues: the words that say who buys, who wins and who merely lost or complained.

All patterns are case-insensitive and cover Swedish, English, Norwegian and Danish.
"""

from __future__ import annotations

import re

from pipelines.facts.lexicon import word_start_regex


def _each(words: tuple[str, ...], tail: str) -> str:
    """Branches `word + tail` for each word: 'ska|skal' + tail spelled out, so that each
    branch opens with a literal letter (lexicon.word_start_regex groups those by letter)."""
    return "|".join(word + tail for word in words)


def _words(pattern: str) -> re.Pattern[str]:
    """A case-insensitive compiled pattern."""
    return re.compile(pattern, re.IGNORECASE)


# A sentence about procuring at all (gives every body named in it some weight).
PROCUREMENT = _words(
    r"upphandl|tilldel|avtal|kontrakt|ramavtal|order|uppdrag|anbud|beställ|avrop|entrepren"
    r"|leverantör|konkurrensutsät|procure|tender|contract|award|framework|bid|supplier"
    r"|anskaff|udbud|udbyd|tilbud|kontrakt|avtale|aftale|leverand|bygg|bygger|construct"
    r"|journal|system|trafik|drift|operat"
)

# Directly before a buyer: "på uppdrag av X", "avtal med X", "awarded by X", "upphandlare hos
# X", "upphandlas av X", "levererar datorer till X". A bare preposition ("för X", "med X")
# is not enough: it must follow a verb or noun of buying, ordering or delivering.
BUYER_BEFORE = _words(
    r"(?:uppdrag (?:av|åt|från)|på uppdrag|beställare(?: av \w+)? är|avtal med|kontrakt med"
    r"|avtalet med|överenskommelse med|order (?:från|av)|stororder (?:från|av)|(?:i )?samverkan"
    r" med|tillsammans med|on behalf of|contract with|kunden|customer|client"
    r"|upphandlare (?:hos|på|vid|i)|upphandlingschef (?:hos|på|vid|i)|inköpschef (?:hos|på|vid|i)"
    r"|väljer nu|väljer|valde|avbryter"
    r"|(?:upphandla[st]|upphandlade|upphandlats|beställ(?:d|t|ts|s|des)|köpt|köps|köptes"
    r"|tilldelats|tilldelades|tilldelas|anlitad|anlitats|anlitas|utlyst|utlyses|annonserad"
    r"|procured|ordered|commissioned|bought|tendered|awarded|hired|contracted|bestilt|bestilles"
    r"|indkøbt|innkjøpt|udbudt|tildelt|tildeles|oppdrag|opgave|order|ordre|avtale|aftale"
    r"|kontrakt|uppdraget|oppdraget|ordren|ordern|kontrakten|kontraktet|avtalet|jobb|jobbet|jobben"
    r"|opgaven|arbetet|arbeidet|arbejdet|the work|the job)"
    r"\s(?:\w+\s)?(?:av|af|by|för|for|åt|fra|från|from|med|with)"
    r"|(?:levererar|leverera|levereras|bygger|bygga|byggs|driver|driva|works|working|delivers"
    r"|deliver|builds|build|supplies|supply|leverer|levere|arbetar|jobbar|arbeider|arbejder)"
    r"\s(?:\S+\s){0,3}?(?:för|åt|till|for|to|til))\s*$"
)
# Directly after a buyer: "X har tilldelat", "X upphandlar", "X has awarded", "X:s upphandling".
BUYER_AFTER = _words(
    r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:\w+\s+){0,2}?(?:har|hade|have|has|had|ska|skal|skall"
    r"|will|is|are|was|nu|now|också|även|också|har nu|i dag|idag)?\s*(?:\w+\s+)?"
    r"(?:tilldela|upphandla|väljer|valt|valde|tecknat|tecknar|beställ|köper|köpt|avropa|signer"
    r"|skrev|skriver|award|chose|chosen|select|procur|sign|appoint|tender|udbyder|udbud|tildel"
    r"|valgt|inngått|indgå|godkjent|beslutat|beslutade|fattat|avbryt|avbrut|genomför|inleder"
    r"|konkurrensutsätt|anlitar|letar|söker|vill ha|ger|gav|har gett"
    r"|agrees|agreed|has agreed|bestilt|bestiller|kontrakt|upphandling|ramavtal"
    r"|trafikupphandling|avtal|contract|styrelse|kommunstyrelse|räkning)"
)
# "i X kommun", "mellan X och", "in X": X is a place, not a party.
LOCATIVE_BEFORE = _words(
    r"(?:\bi|\bin|\binom|\bmellan|\bmellom|\bmellem|\butanför|\bnorr om|\bsöder om"
    r"|\bväster om|\böster om|\bnear"
    r"|\boutside|\bnära|\bvid|\bpå|\bfor|\bon|\balong)\s+(?:the\s+)?(?:(?:bland annat"
    r"|blant annet|blandt andet|bl\.a\.|including|such as)\s+)?"
    r"(?-i:[A-ZÅÄÖÆØ][\w-]*(?:\s*,\s*|\s+))*$"
)

# A sentence that says who won.
# Compiled by lexicon.word_start_regex: branches grouped by first letter, tried only where
# a word starts (the sentence scan is the hot path of supplier finding). A branch opening
# with a group of words is spelled out per word (_each) so that it is grouped too.
WINNER = word_start_regex(
    "|".join(
        (
            # "awarded three contracts for ... to X" (a name right after 'to'): listed first
            # so it wins over a bare "awarded".
            r"award(?:s|ed)?\s(?:\S+\s){1,12}?to(?=\s(?-i:[A-ZÅÄÖÆØ]))",
            r"vinner|vann|vunnit|vinnande|vinnare|vinnaren|tilldelas|tilldelats|tilldelades"
            r"|tilldelade|tilldelar|tilldelat|tilldelning(?:en)? till|tilldelning(?:en)?\b"
            r"|tilldela\w*\s[^.]{0,90}?\btill",
            r"(?:får|fått|fick|fikk|fik|gets|got|erhållit|erhöll|erhåller|mottagit)\s(?:\S+\s){0,4}?"
            r"(?:i\s)?\w*?(?:uppdrag|order|ordre|kontrakt|avtal|affär|oppdrag|jobb|projekt|prosjekt"
            r"|contract|project)",
            r"(?:ge|gett|ger|gav|gi|gir|gitt|givet|give|giver)\s(?:\S+\s){0,5}?(?:i\s)?(?:uppdrag"
            r"|uppdraget|ordern|kontraktet|oppdraget|ordren)|tar (?:order|uppdrag|över|hem)|tecknat"
            r"|tecknar|tecknade|tecknades|tecknas|undertecknat|undertecknade|undertecknades"
            r"|undertecknar|utförs (?:\w+ )?av|kammade hem|står som vinnare"
            r"|mest ekonomiskt fördelaktiga|hired|hiring|hires",
            # A subject that made the best offer: "X lämnade det bästa anbudet", "had the
            # lowest bid", "X hade den bästa lösningen".
            r"(?:lämnade|lämnat|hade|har|gav|ga|leverte|hadde|havde|afgav|afgivet|submitted|had"
            r"|made)\s(?:det\s|den\s|the\s)?(?:bästa|lägsta|billigaste|beste|laveste|billigste"
            r"|bedste|best|lowest|cheapest|most\s(?:economically\s)?advantageous|mest\s"
            r"(?:ekonomiskt\s)?fördelaktiga|(?:økonomisk\s)?mest\s(?:fordelaktige|fordelagtige))\s"
            r"(?:anbudet|anbud|budet|erbjudandet|tilbudet|tilbud|bid|tender|offer|mixen"
            r"|kombinationen|lösningen|løsningen|combination|solution)",
            # Partners named with the winner: "Uppdraget utförs tillsammans med X och Y".
            _each(
                (
                    "utförs",
                    "utföras",
                    "utføres",
                    "udføres",
                    r"carried\sout",
                    "delivered",
                    "performed",
                ),
                r"\s(?:\w+\s)?(?:tillsammans\smed|sammen\smed|together\swith|jointly\swith)",
            ),
            # The best offer came from a bidder: "Det lägsta priset lämnades av X".
            _each(
                (
                    *("lägsta", "bästa", "billigaste", "lowest", "best", "cheapest", "laveste"),
                    *("beste", "billigste", "bedste"),
                ),
                r"\s(?:priset|pris|anbudet|budet|bid|tender|tilbud|tilbudet|tilbodet|price|offer)\s"
                r"(?:lämnades|kom|came|was\ssubmitted|was\smade|ble\slevert|blev\safgivet"
                r"|blev\sgivet)\s(?:av|från|from|by|fra|af)",
            ),
            # A decision to go on with one bidder: "voted to proceed with X", "går vidare med X".
            r"(?:move|moves|moved|moving|go|goes|went|going|proceed|proceeds|proceeded|proceeding)"
            r"\s(?:forward\s|ahead\s)?with|(?:går|gick|gikk|gik)\s(?:vidare|videre)\smed",
            r"awards|ska driva|kommer att driva|ska sköta|will operate"
            r"|(?:förnyat|fortsatt) förtroende|valet föll(?: på)?|föll valet(?: på)?|valt\b|väljer"
            r"|valde\b|velger|vælger|valgte|anlitas|anlitar|anlitats|anlitat|anlitade"
            r"|(?:total)?entreprenör (?:är|blir)|leverantör (?:är|blir)|contractor (?:is|will be)"
            r"|ska bygga|ska köra\b|kommer att köra\b|skal kjøre|skal køre|kör trafiken"
            r"|driver trafiken|byggs av|kontrakteras|signerat|signerade|signerades"
            r"|signeras|signerar|signert|signerte|underskrevet|underskrev|gick till|går till"
            r"|leverantör blir|ny leverantör|med leverantören|med leverandøren|vant|vunnet|vandt"
            r"|vinder|vundet|tildelt|tildelte|tildeles|tildelet|valgt|valgte|ordren|kontrakten"
            r"|inngått|inngikk|indgået|indgik|skrev (?:\w+ ){0,2}kontrakt|wins|won\b"
            r"|awarded|secures|secured|selected|chosen|preferred (?:bidder|supplier)|signs|signed"
            r"|(?:apparent )?low(?:est)? bidder|provided by|appointed|lands\b|clinches"
            r"|award\s(?:of\s(?:the\s)?(?:\S+\s){0,3}?)?to",
            # Danish rulings: the winning bidder joins the case as "Intervenient: X A/S".
            r"intervenient(?:en)?\s*:",
            r"will build|will deliver|to supply|agreed|agrees|contract (?:with|to)|avtal med"
            r"|kontrakt med|avtale med|aftale med|ramavtal med|förnyar|förlänger|förlängt"
            r"|förlängde|anbud(?:et)? (?:antogs|antas|har antagits)|anbudet från",
            # Future work of the new supplier: "X skal ta over kjøringen", "skal stå for".
            _each(("ta", "tar", "tog", "tagit"), r"\söver\s(?:driften|trafiken|verksamheten)"),
            _each(
                ("ska", "skal", "skall", "will"),
                r"\s(?:\w+\s)?(?:ta\söver|ta\sover|take\sover|overta|drifte|drifta|stå\sfor"
                r"|stå\sför|står\sfor)",
            ),
            # "Det är X som ska bygga", "it is X who will run": the cue spans the name.
            _each(
                (r"det\sär", r"det\ser", r"det\svar", r"it\sis", r"it\swas"),
                r"\s(?-i:[A-ZÅÄÖÆØ][\w&-]*(?:\s[A-ZÅÄÖÆØ][\w&-]*){0,3})\s(?:som|who|that)\s"
                r"(?:ska|skal|skall|will|får|fick|fikk|fik|har|has|kommer|bygger|vann|vant|vandt"
                r"|won|wins|gets|got|takes|tar)",
            ),
            # "X startet ny driftskontrakt", "X began the new contract".
            _each(
                (
                    *("startet", "starter", "startar", "startade", "startede", "begins", "began"),
                    *("starts", "started"),
                ),
                r"\s(?:\S+\s){0,2}?(?:ny|nytt|nye|nyt|new)\s\w*?(?:kontrakt|avtal|avtale|aftale"
                r"|contract)",
            ),
            # "X and Y share the contract", "delar på uppdraget".
            _each(("share", "shares", "shared"), r"\s(?:the\s)?(?:contract|work|deal)"),
            _each(
                ("delar", "deler"),
                r"\spå\s(?:avtalet|uppdraget|kontraktet|oppdraget|opgaven|kontrakten)",
            ),
            # "X og Y deler Movias 23. udbud", "delar upphandlingen".
            _each(
                ("delar", "deler", "deles", "delas"),
                r"\s(?:\S+\s){0,3}?(?:udbud|udbuddet|upphandling|upphandlingen|anbudet"
                r"|anbudskonkurransen)\b",
            ),
            # "Attendo låg lägst i pris", "beskedet kom om att det blev Attendo".
            # "Avtalet med X slöts 2014", "avtalet ingicks i maj".
            r"slöts|slöt\b|ingicks|ingick\b|"
            r"låg\slägst|lå\slavest|lå\sbilligst|var\sbilligast|var\sbilligst"
            r"|det\sblev(?=\s(?-i:[A-ZÅÄÖÆØ]))|det\sble(?=\s(?-i:[A-ZÅÄÖÆØ]))",
            # "hand the deal to X", "goes to X", "a company called X", "avtal (nedan ...) med X".
            _each(
                ("hand", "hands", "handed", "handing"),
                r"\s(?:\S+\s){0,5}?(?:deal|contract|work)\sto",
            ),
            r"goes\sto|went\sto|gikk\stil|gik\stil",
            # Trade-press verbs: "X scoops £5m deal", "X handed a £5m contract", "X picked to".
            _each(
                (
                    *("handed", "scoops", "scooped", "bags", "bagged", "nets", "netted"),
                    *(r"snaps\sup", r"snapped\sup", r"picks\sup", r"picked\sup"),
                ),
                r"\s(?:\S+\s){0,5}?(?:deal|contract|job|work|order|framework|scheme)",
            ),
            # 'to'/'as' only looked at: the cue must not end pointing forward ("picked to").
            r"picked(?=\s(?:to|as)\b)|been\snamed(?=\sas\b)|been\sselected",
            _each(("får", "fick", "fått"), r"\s(?:\w+\s)?förtroendet"),
            _each(("company", "firm", "contractor", "business"), r"\s(?:called|named)"),
            r"avtal\s\([^)]{0,40}\)\s(?:\d\s)?med",
            r"choice\sfell\son|decision\sfell\son"
            # "valget er efter et offentligt udbud faldet på X", "valet har fallit på X"
            r"|valget\s(?:\S+\s){0,6}?(?:falt|faldt|faldet|fallit)\spå"
            r"|valet\s(?:\S+\s){0,6}?(?:föll|fallit)\spå",
            # "X blir leverantörer", "kontrakten er skrevet med X", "slutit ett avtal med X",
            # "den nya entreprenaden med X", "direkteanskaffelse av X".
            _each(
                ("blir", "bliver", "becomes", "become"),
                r"\s(?:ny\s|nya\s|the\snew\s)?"
                r"(?:leverantör|leverandør|supplier|contractor)",
            ),
            _each(
                ("skrevet", "skrivits", "skrevs", "slutit", "slutet", "sluttet", "sluttede"),
                r"\s(?:\S+\s){0,2}?med",
            ),
            _each(
                ("nya", "nye", "nyt", "new"),
                r"\s(?:\w+\s)?(?:entreprenaden|entreprisen"
                r"|avtalet|avtalen|aftalen|kontraktet|kontrakten|contract)\s(?:med|with)",
            ),
            _each(
                (
                    "direkteanskaffelse",
                    "direkteanskaffelsen",
                    "direktupphandling",
                    "direktupphandlingen",
                    "direktetildeling",
                ),
                r"\s(?:av|af|till|til|från|fra)",
            ),
            r"direct\saward\s(?:of|to)",
            _each(("split", "shared", "divided"), r"\sbetween"),
            _each(
                ("delas", "delades", "deles", r"blev\sdelt", r"ble\sdelt"),
                r"\s(?:mellan|mellom|mellem)",
            ),
            # A buyer orders from the suppliers: "FMV beställer 775 lastbilar från Scania".
            _each(
                ("beställer", "beställde", "köper", "köpte", "orders", "ordered", "buys"),
                r"\s(?:\S+\s){0,14}?(?:från|fra|from)",
            ),
            _each(("bought", "bestiller", "bestilte"), r"\s(?:\S+\s){0,14}?(?:från|fra|from)"),
            r"(?:with|med) (?:the )?(?:consortium|konsortiet|konsortiumet|joint venture"
            r"|contractor|entreprenören|entreprenøren|selskabet|selskapet|bolaget|firmaet"
            r"|firman)",
        )
    )
)
# Present-tense work verbs: "Stenhuset bygger skolan", "Datakraft levererar". They announce
# a winner in a headline or next to a new contract, but in a body they may name the
# incumbent ("I dag levererar X maten"), so they count only there (see NEW_CONTRACT).
PRESENT_WINNER = word_start_regex(
    r"bygger|levererar|ska\sleverera|leverer|skal\slevere|leverere|builds|supplies"
    r"|delivers|will\ssupply|drifter|sköter|operates",
    whole_words=True,
)
# A new contract named in the same sentence: "det nya avtalet", "from 1 March", "new deal".
NEW_CONTRACT = _words(
    r"\b(?:nya|nytt|ny|nye|nyt|new)\s(?:\w+\s)?(?:avtal|kontrakt|uppdrag|ramavtal|order|ordre"
    r"|avtale|aftale|rammeavtale|rammeaftale|contract|agreement|deal)\w*"
    r"|\b(?:från\soch\smed|fra\sog\smed|fra\sog\småned|starting\sin|from\snext)\b"
)
# A line that only labels the winners on the next lines: "Vindere", "Winner:".
WINNER_LABEL = _words(
    r"^\s*(?:vindere?|vinnare|vinnere?|winners?|awarded to|tildelt til|tilldelad till"
    r"|leverantör|leverandør|supplier|successful (?:bidder|tenderer)s?)\s*:?\s*$"
)
# Words that take a winner cue back: "EG ikke får ordren", "fick inte uppdraget".
NEGATION = _words(r"\b(?:inte|icke|ej|ikke|ikkje|not|never|aldrig|aldri|didn't|did not)\b")
# A win in court, not in the procurement: "Linjebuss har vunnit striden", "won the appeal".
COURT_WIN = _words(
    r"^\s*(?:\w+\s){0,2}?(?:striden|tvisten|målet|överprövningen|i domstol|i rätten"
    r"|i (?:förvaltnings|kammar|tings|lands|hof)rätten|i retten|saken|sagen|the case"
    r"|the dispute|in court|the appeal|its appeal|the challenge|the legal)"
)
# An agreement between a subject and the party after 'med/with': "Gatuljus har signerat
# ramavtal med Trafikkontoret" (the party after 'med' buys when the subject is a company).
AGREEMENT_WITH = _words(
    r"(?:avtal|avtale|aftale|ramavtal|rammeavtale|rammeaftale|kontrakt|överenskommelse"
    r"|agreement|contract|deal)\w*\s+(?:\w+\s+){0,3}?(?:med|with)\s+(?:the\s+)?$"
)
# Near a company: it lost, complained or was there before, so it is not the winner.
# Matched where a word starts (not inside 'closer', 'etaper', 'innklagede'), dispatched by
# first letter: it is searched around every candidate name.
LOSER = word_start_regex(
    r"överpröv|överklag|begär|förlor|förlust|tidigare leverantör|nuvarande|befintlig|hittills"
    r"|ersätt|tar över från|från och med|konkurrent|rival|competitor|appeal|lost|losing|loser"
    r"|incumbent|outgoing|current provider|replac|interested(?!\s+part)|also bid|klage|klagde"
    r"|tapte|tabte|intresserade|kund till|customer of|earlier"
    # "as previously recommended by officers" speaks of a decision, not of a former supplier
    r"|previous(?!ly\s(?:recommended|reported|announced|agreed|proposed|planned|stated))"
    r"|(?<!vann )tidigare"
    # Another contract in passing ("Veolia won a similar contract last year"), a claimant or
    # a subcontractor.
    r"|(?<!vandt )(?<!vant )tidligere|last year|i fjol|i fjor|sidste år|similar|liknande"
    r"|lignende|liknende|claimant|plaintiff|challeng|sub-?contract|underleverantör"
    r"|underentreprenör|underleverandør|underentreprenør"
    r"|utgående|avgående|tappar|taper|mister|loses|förlorar|\bved\b|\bgenom\b|\bgjennom\b|\bthrough\b"
    r"|\bbød\b|\bbudt\b|\bbød på|lämnade (?:också )?anbud|leverte (?:også )?tilbud|forlig"
    r"|förlikning|settlement|klagen|complain|unsuccessful|bortvalgt|förbigång"
    # A contract ended or held now: "termination of a contract with X", "drivs för närvarande
    # av X", "ruled in favour of X" (the claimant).
    r"|terminat|uppsägning|sagt upp|hävt|hävning|oppsigelse|opsigelse|för närvarande"
    r"|for tiden|currently|ruled in favou?r"
    # The old contract ends: "entreprenaden med X avslutas", "X's contract expires".
    r"|avslutas|avslutades|expires|utløper|udløber"
)
# Right after a name: it replaces the old supplier, so it is the new one ("Datakraft ersätter").
REPLACES_AFTER = _words(r"^\s*(?:ersätter|erstatter|replaces|tar över efter|overtar)\b")
# Auxiliaries between a subject and its winner verb: "First Bus has won", "X har vunnit".
AUXILIARY = _words(
    r"^\s*,?\s*(?:(?:has|have|had|is|was|will|har|hade|ska|skall|skal|är|er|blev|ble)\s+)?"
    r"(?:(?:been|nu|now|också|også|also)\s+)?"
)
# "Buss Väst tar över trafiken från Linjebuss": the name after 'från' had the contract before.
TAKEN_FROM = _words(
    r"(?:tar över|takes over|took over|taking over|tog över|overtar|overtager|overtog|tager over"
    r"|tok over)\b[^.]{0,60}"
    r"\b(?:från|from|fra|efter|after|etter)\s+$"
)
# "termination of a 15-year contract with X", "uppsägningen av avtalet med X": the contract
# with X ends, so X is the old supplier.
ENDED_BEFORE = _words(
    r"\b(?:terminat\w*|cancel\w*|end(?:ed|ing)?|uppsägning\w*|sagt upp|säga upp|hävt|hävning"
    r"|oppsigelse\w*|oppsagt|opsigelse\w*|opsagt)\s(?:\S+\s){0,6}?(?:contract|avtal|kontrakt"
    r"|agreement|avtale|aftale|deal)\w*\s+(?:with|med)\s+(?:the\s+)?$"
)
# Right before a name that did not win: the bidder beaten ("cheapest bid ahead of X"), the
# funder ("funded by X"), the subcontractor, the client ("Beställaren är X", "Client:",
# "serviceverkstad för X").
NOT_WINNER_BEFORE = _words(
    r"(?:ahead\sof|\bföre|\bforan|in\sfront\sof|beating|\bbeat|outbid\w*|funded\sby|\bför"
    r"|financed\sby|finansieras\sav|finansierat\sav|finansiert\sav|finansieret\saf"
    r"|subcontractors?|underleverantör(?:en)?|underentreprenör(?:en)?|underleverandør(?:en)?"
    r"|underentreprenør(?:en)?|beställare(?:n)?\s(?:är|blir)|beställare:|byggherre(?:n)?\s(?:är|blir)"
    r"|byggherre:|bygherre(?:n)?\s(?:er|bliver)|byggherre(?:n)?\s(?:er|blir)|oppdragsgiver(?:en)?"
    r"\s(?:er|blir)|client(?:\sis|:)|customer(?:\sis|:)|kunden\s(?:är|er)"
    # The incumbent ("previously held by failed contractor X"), the thing sold ("å selge X"),
    # the project built or chosen for ("bygging av X", "valgt til X").
    r"|(?:held\sby|\bfailed|\bcollapsed)(?:\s(?:the\s)?(?:failed\s|collapsed\s)?(?:contractor"
    r"|firm|company|operator|provider))?"
    r"|\b(?:provision|supply|delivery)\sof|jämfört\smed|compared\s(?:with|to)"
    r"|sammenlignet\smed|sammenliknet\smed"
    r"|\b(?:selge|sälja|sælge|sell|selling|solgt|sålt|såld|sold)"
    r"|\b(?:bygging|byggingen|byggande|byggandet|bygning|bygningen|opførelse|opførelsen"
    r"|construction|building)\s(?:av|af|of)"
    r"|\b(?:valgt|vald|valt|utvalgt|udvalgt|chosen|selected)\s(?:til|till|for))\s+(?:the\s+)?$"
)
# "awarded to X by Y", "tilldelats av Y", "på uppdrag av Y": Y gives the contract, never wins.
AWARDED_BY = _words(
    r"\b(?:awarded|granted|commissioned|ordered|procured|tilldelats|tilldelad|tilldelade"
    r"|beställd|beställt|tildelt|tildelet|bestilt|on\sbehalf|på\suppdrag|på\svegne)"
    r"\s(?:\S+\s){0,3}?(?:by|av|af|of)\s+(?:the\s+)?$"
)
# "vinnare av Upphandlingspriset", "winner of the Supplier Award": a prize or a contest.
CONTEST_BEFORE = _words(
    r"\b(?:vinnare|vinnaren|vinnarna|vinner(?:en|ne)?|vinder(?:en|ne)?|winners?)\s+(?:av|af|of)"
    r"\s+(?:the\s+)?$"
)
# "säger Karin Ek", "says Paul Grant": the name that follows is a person.
SPEECH_BEFORE = _words(
    r"(?:säger|sade|sa|says|said|sier|siger|skriver|writes|enligt|according to|ifølge|ifølgje"
    r"|melder|meldte|rapporterar|rapporterade|rapporterer|rapporterte|reports|reported|oplyser"
    r"|opplyser|uppger|uppgav|told|tells)\s+(?:the\s+|(?-i:[A-ZÅÄÖÆØ]\w*)\s+)?$"
)
# "enligt X", "ifølge X", "according to the X": X is a source, never the winner.
SOURCE_BEFORE = _words(r"(?:enligt|according\sto|ifølge|ifølgje|iflg\.)\s+(?:the\s+)?$")
# A source that reports the news: "BBC News understands", "X reports".
SOURCE_AFTER = _words(r"^\s+(?:understands|reports|reported|has learned|has learnt|erfarer|erfar)")
# A heading over teaser links to other articles: "Mest lest", "Läs också", "Related".
TEASER_HEADING = _words(
    r"^\s*(?:mest\s(?:lest|läst|læst|delt|delade)|most\s(?:read|popular)|related(?:\sarticles)?"
    r"|relaterte(?:\sartikler)?|relaterade(?:\sartiklar)?|relaterede(?:\sartikler)?"
    r"|fler\snyheter|flere\snyheder|flere\snyheter|senaste\snytt|siste\snytt|seneste\snyt"
    r"|more\snews|latest\snews|läs\sockså|les\sogså|læs\sogså|read\smore|see\salso"
    r"|you\smay\salso\slike|also\sread|recommended|more\sfrom|other\snews|trending"
    r"|anbefalt|anbefalede|rekommenderat|populärt|populært|mest\spopulära|andre\snyheder"
    r"|andre\snyheter|fler\sartiklar|flere\sartikler)\b"
)
# "Det är Datakraft, Nätverket och Skrivhuset": a list of winners follows the previous sentence.
LIST_LEAD = _words(r"^\s*(?:det är|dessa är|de är|these are|they are|det er|de er|dette er)\b")
# "åtta företag", "four contractors", "Tre bolag": a count of winners announces a list.
_WINNER_NOUNS = (
    r"företag|bolag|leverantörer|entreprenörer|aktörer|konsulter|companies|contractors"
    r"|suppliers|firms|operators|selskaper|selskaber|leverandører|virksomheder|entreprenører"
)
WINNER_COUNT = _words(
    r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|seven|eight|nine|ten"
    r"|to|tre|fire|seks|syv|sju|otte|åtte|\d+)\s+(?:\w+\s+)?(?:" + _WINNER_NOUNS + r")\b"
)
# The nouns alone, a cheap test before WINNER_COUNT (most sentences name none of them).
WINNER_COUNT_NOUN = word_start_regex(_WINNER_NOUNS, whole_words=True)
