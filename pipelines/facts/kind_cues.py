"""Phrases that say what happened: a contract was awarded, a tender opened, a dispute began.

Each cue is (weight, pattern); patterns match at word starts, case-insensitively, in
Swedish, Norwegian (bokmål and nynorsk), Danish and English.
"""

from __future__ import annotations

from pipelines.facts.lexicon import TaggedCues

AWARD_CUES: tuple[tuple[float, str], ...] = (
    (3.0, r"tilldela(?:s|t|ts|de|r)\b|tilldelning\w*|tilldelningsbeslut\w*|vinner|vann|vunnit"
          r"|vinnande|valt\s+(?:\w+\s+){0,3}leverantör\w*|valet\s+föll|väljer\s+(?:nu\s+)?\w+"
          r"|tecknat|tecknar|teckna\s+avtal|undertecknat|undertecknar|skrivit\s+(?:på|under)"
          r"|f(?:år|ått)\s+(?:en\s+|i\s+)?(?:[^\W\d_]{1,20}order|order|uppdrag\w*|kontrakt\w*)"
          r"|ta(?:r|git)\s+(?:en\s+|i\s+)?(?:[^\W\d_]{1,20}order|order|uppdrag\w*|kontrakt\w*)"
          r"|anlita\w*|ordervärde\w*|orderanmäl\w*|avtal\s+klart|kontrakt\s+klart"
          r"|tar\s+över|resultatet\s+av\s+upphandlingen|har\s+valt|som\s+(?:ny\s+)?leverantör"),
    (3.0, r"tildelt|tildeler|tildeling\w*|vant|vinder|vandt|valgt|signert|signerte"
          r"|underskrevet|underskrev|skr(?:ev|ive|ivit|evet)\s+(?:under|kontrakt)|indgået|indgik|inngått"
          r"|inngikk|teikna|teiknar|kontrakten\s+blev|kontrakten\s+ble"),
    (3.0, r"awarded(?<!\bbe\sawarded)|awards|wins|won|win\s+(?:a|the)\s+contract"
          r"|selected|preferred\s+(?:bidder|supplier|vendor)|appointed|secures|secured"
          r"|signs|signed|chosen|chose|hired|agrees\s+to|agreed\s+to|contract\s+win"
          r"|has\s+been\s+given|confirmed\s+the\s+award|announced\s+the\s+award|award\s+of\s+(?:the|a|an)\s+"
          r"(?:\w+\s+){0,2}?contract|switching\s+\w+\s+\w+\s+to"
          r"|land(?:s|ed)\s+(?:\S+\s+){0,3}?(?:contract|deal|order|framework)"
          r"|bags\s+(?:\S+\s+){0,3}?(?:contract|deal|order)|clinches\s+(?:\S+\s+){0,3}?(?:contract|deal)"),
)  # fmt: skip

TENDER_CUES: tuple[tuple[float, str], ...] = (
    (3.0, r"upphandlar|ska\s+upphandla|kommer\s+att\s+upphandla|planerar\s+att\s+upphandla"
          r"|annonserar|annonserat|annonseras|går\s+ut\s+med|gått\s+ut\s+med|utlyser|utlyst"
          r"|inleder\s+(?:en\s+)?(?:upphandling|konkurrensutsättning)|startar\s+en\s+upphandling"
          r"|pågående\s+upphandling\w*|avbryt\w*|konkurrensutsätt\w*|söker\s+leverantör\w*"
          r"|sista\s+anbudsdag\w*|anbudstid\w*|inkomna\s+anbud|begär\s+in\s+anbud"
          r"|upphandling(?:en)?\s+av|genomför\s+en\s+\w*upphandling"),
    (3.0, r"udbyder|udbydes|udbudt|sender\s+\w+\s+i\s+udbud|i\s+udbud|lyser\s+ut|lyses\s+ut"
          r"|utlyst|kunngjør\w*|anbudskonkurranse\w*|konkurranse\s+om|prekvalifi\w*"
          r"|tilbudsfrist\w*|anbudsfrist\w*"),
    (3.0, r"invites?\s+(?:bids|tenders|suppliers)|invitation\s+to\s+tender|tender\s+notice"
          r"|out\s+to\s+tender|issued\s+a\s+tender|launch\w*\s+(?:a\s+)?tender|call\s+for\s+tenders"
          r"|requests?\s+for\s+(?:proposals|tenders|quotations)|is\s+seeking|are\s+seeking"
          r"|seeks\s+(?:bids|suppliers|a\s+supplier|partners?)|bids\s+are\s+due"
          r"|expressions?\s+of\s+interest|competitive\s+dialogue|shortlist\w*"),
)  # fmt: skip

DISPUTE_CUES: tuple[tuple[float, str], ...] = (
    (3.0, r"överpröva\w*|överprövning\w*|överklaga\w*|förvaltningsrätt\w*|kammarrätt\w*"
          r"|högsta\s+förvaltningsdomstolen|skadestånd\w*|upphandlingsskadeavgift\w*"
          r"|prövningstillstånd\w*|otillåten\s+direkt\w*|bryter\s+mot\s+lagen"
          r"|bryta\s+mot\s+lagen|i\s+strid\s+(?:mot|med)|konkurrensverket\w*"
          r"|konkurrenskommissionen\w*|böter|ogiltig\w*"),
    (3.0, r"kofa|klagenævn\w*|klagenemnd\w*|klage\w*|klaga\w*|stevning\w*|søksmål\w*"
          r"|erstatning\w*|lagmannsrett\w*|tingrett\w*|byret\w*|landsret\w*"),
    (3.0, r"courts?\b|tribunal\w*|judicial\s+review|legal\s+challenge\w*|legal\s+action"
          r"|challenge[ds]?\s+(?:the|a|an)\s+(?:award|decision|procurement|tender|contract)"
          r"|appeal(?:s|ed)?\b|damages|lawsuit\w*|sues|sued|injunction\w*|unlawful\w*|fined"),
)  # fmt: skip

# A challenge that ended without changing the award: the news is that the award stands.
RESOLVED_CUES = (
    r"dragits\s+tillbaka|drog\s+tillbaka|drar\s+tillbaka|dra\s+tillbaka|återkallat\w*"
    r"|inte\s+beviljat\s+prövningstillstånd|inte\s+beviljar\s+prövningstillstånd"
    r"|beviljar\s+inte\s+prövningstillstånd|förgäves|kan\s+börja\s+gälla|kan\s+nu\s+tecknas"
    r"|ikkje\s+ha\s+noko\s+betyding|ikke\s+ha\s+noen\s+betydning|ingen\s+betydning"
    r"|withdr[ae]wn?|dismissed\s+the|rejected\s+the\s+(?:challenge|appeal|claim)"
)

# Addressing the reader: guides and FAQs ("Du som leverantör kan begära ...").
SECOND_PERSON = r"d(?:u|ig|in|itt|ina)(?![^\W\d_])|y(?:ou|our)(?![^\W\d_])"

KINDS = ("award", "tender", "dispute")
RESOLVED = "resolved"
READER = "reader"


def _tagged_cues() -> list[tuple[tuple[str, float], str]]:
    tagged = []
    for kind, cues in zip(KINDS, (AWARD_CUES, TENDER_CUES, DISPUTE_CUES), strict=True):
        tagged += [((kind, weight), pattern) for weight, pattern in cues]
    tagged += [((RESOLVED, 0.0), RESOLVED_CUES), ((READER, 0.0), SECOND_PERSON)]
    return tagged


# One pass over a text finds every cue, each tagged (kind, weight).
CUES = TaggedCues(_tagged_cues())
