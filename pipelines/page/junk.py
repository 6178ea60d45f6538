"""What page junk looks like as a line of text, in Swedish, Norwegian, Danish and English.

Pure predicates over one line. They are shared by the plain-text parser and the HTML
parsers, which both end with a list of candidate paragraphs. Each rule looks at the whole
line: a paragraph that merely mentions "kommentarer" mid-sentence is never junk.
"""

from __future__ import annotations

import re

from pipelines.page.dates import MONTH_PATTERN

BULLETS = "•·▪◦●‣∙*"


def phrase_tuple(text: str) -> tuple[str, ...]:
    """Phrases written one after another, separated by "|" or line breaks."""
    return tuple(
        phrase.strip() for line in text.splitlines() for phrase in line.split("|") if phrase.strip()
    )


def phrase_set(text: str) -> frozenset[str]:
    return frozenset(phrase_tuple(text))


# A line that starts a trailing section of comments, reply forms, sharing or contacts.
# Everything from such a line on is page furniture, wherever it appears after the article.
SECTION_HEADERS = phrase_set(
    """
    ### | -ends- | comment | comments | del artikkelen | del artiklen | del denne
    dela artikeln | dela detta | dela sidan | ends | kommentarer | kommentarer från läsarna
    kommentarfelt | kommentera | kommentera artikeln | kommentera en artikel | kommentér
    kontakta pressfunktionen | leave a comment | leave a reply | legg igjen en kommentar
    legg inn en kommentar | lämna en kommentar | lämna ett svar | media contact | media contacts
    please rate | post a comment | press contact | pressekontakt | presskontakt | presskontakter
    rate this article | reader comments | share article | share this | share this article
    share this post | skriv en kommentar | skriv et svar | ämnen i artikeln
    """
)

# A heading over a list of links to other articles: the end of the article when it comes
# late, an inline box to skip (heading and headline lines) when it stands mid-article.
LINK_LIST_HEADERS = phrase_set(
    """
    fler artiklar | fler nyheter | fler nyheter från | flere artikler | flere nyheder
    latest news | les også | liknande artiklar | läs också | läs även | læs også
    more articles | more news | more stories | read next | recent posts | related articles
    related news | related posts | related stories | relaterade artiklar | relaterade nyheter
    relaterat | relaterede artikler | relaterte artikler | relaterte saker | senaste inläggen
    senaste nyheterna | senaste nytt | seneste nyt | siste nytt | utvalda artiklar
    you may also like | you might also like
    """
)

SECTION_HEADER_PREFIXES = phrase_tuple(
    """
    kommentatorerna ansvarar | din e-postadress kommer inte
    your email address will not be published | din e-mailadresse vil ikke
    din e-postadresse vil ikke | e-postadressen din vil ikke
    you must be logged in to post a comment | för ytterligare information
    för mer information, kontakta | för mer information kontakta | for further information
    for more information, contact | for more information, please contact
    for ytterligere informasjon | for yderligere information | yderligere oplysninger
    """
)

# Weaker section headers: boilerplate only when they come late in the text.
LATE_SECTION_HEADERS = phrase_set(
    """
    about the company | about us | aktuella utbildningar | annonser | contact | contact us
    dokument & länkar | dokument och länkar | emner | information | jobs | kontakt
    kontakta oss | lediga jobb | ledige job | ledige stillinger | mest lest | mest läst
    mest läst i kategorin | mest lästa | mest læst | most popular | most read | newsletter
    nyhedsbrev | nyhetsbrev | om bolaget | om företaget | om oss | populära artiklar
    prenumeration | prenumerera | stikkord | subscribe | taggar | tags | topics | ämnen
    """
)

# A line that is a label, button or link of the page, not article text.
LABELS = phrase_set(
    """
    advertisement | annonce | annons | annonse | annonser | back | back to top | close
    copy link | ctrl + enter | del | dela | e-mail | e-post | email | facebook | gå til innhold
    gå till innehåll | hoppa till innehållet | kopiera länk | les mer | les mer her | linkedin
    listen | lyssna | läs mer här | läs original | læs mere | læs mere her | mejla | menu | meny
    prenumerera | print | publicerad | published | read more | read more here | reklame | search
    senast publicerad | senast uppdaterad | share | skip to content | skriv ut | sponset
    sponsored | sponsrat | spring til indhold | stäng | subscribe | sök | søg | søk
    till innehållet | till toppen | tillbaka | toggle navigation | tweet | twitter | updated
    uppdaterad
    """
)

AD_LABELS = phrase_set(
    """
    advertisement | annonce | annons | annonse | reklame | sponsored | sponsrat
    """
)

AD_LABEL_PREFIXES = phrase_tuple(
    """
    annons från | advertisement from | annonse fra | annonce fra
    """
)

# "Läs också: <another headline>" lines.
TEASER_PREFIXES = phrase_tuple(
    """
    läs också: | läs även: | läs mer: | read more: | see also: | read also: | related:
    les også: | les mer: | læs også: | læs mere: | mer om:
    """
)

COOKIE_PREFIXES = phrase_tuple(
    """
    vi använder cookies | we use cookies | this website uses cookies | this site uses cookies
    denna webbplats använder cookies | webbplatsen använder kakor | vi använder kakor
    vi bruker informasjonskapsler | vi bruker cookies | denne side bruger cookies
    vi bruger cookies | by continuing to use this
    """
)
ABOUT_HEADER = re.compile(r"^(?:om|about)\s+\S+(?:\s+\S+){0,3}$", re.IGNORECASE)
NEWSLETTER_LABEL = re.compile(r"^\S+(?:\s+\S+){0,2}\s+(?:nyhetsbrev|newsletter|nyhedsbrev)$")

CREDIT = re.compile(
    r"^(?:foto|bild|bildkälla|photo|image|credit|illustration|kilde|källa|billede)\s*:\s*\S.{0,80}$",
    re.IGNORECASE,
)
TRAILING_CREDIT = re.compile(r"[(\s](?:foto|photo|bild|kilde)\s*:\s*[^.()]{1,60}\)?\.?$", re.I)
FILE_LINK = re.compile(r"\b(?:pdf|docx?|xlsx?|pptx?)\s*,\s*\d+(?:[.,]\d+)?\s*[kmg]b\b", re.I)
NEW_WINDOW = ("öppnas i nytt fönster", "opens in a new window", "åpnes i nytt vindu")
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\S+=\S+)?$", re.IGNORECASE)
EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
JUNK_TOKEN = re.compile(r"^(?=\S*\d)(?=\S*[^\W\d_])\S{6,}$")
LETTER = re.compile(r"[^\W\d_]")
DATE_STAMP = re.compile(
    r"^(?:senast\s+|sist\s+|last\s+)?(?:publicerad|uppdaterad|published|updated|publisert|"
    r"oppdatert|publiceret|opdateret|skapad|posted|ändrad)\b.{0,40}\d.{0,20}(?<![.!?])$",
    re.IGNORECASE,
)
PERSON_NAME = re.compile(r"^[A-ZÅÄÖÆØÉ][\w'’-]+(?:\s+[A-ZÅÄÖÆØÉ][\w'’.-]*){1,3}$")
MAX_HEADER_CHARS = 120
MAX_TEASER_CHARS = 220


def label_of(line: str) -> str:
    """The line lowercased, without bullets, surrounding punctuation and extra spaces."""
    text = " ".join(line.split()).lower()
    return text.strip(BULLETS + " :.…»›>|–—-_\"'()[]")


def is_section_header(line: str) -> bool:
    """A line that opens comments, reply forms, link lists or contact details."""
    if len(line) > MAX_HEADER_CHARS:
        return False
    label = label_of(line)
    if label in SECTION_HEADERS or line.strip() in ("-Ends-", "- Ends -", "###"):
        return True
    return label.startswith(SECTION_HEADER_PREFIXES)


def is_link_list_header(line: str) -> bool:
    """ "Läs också", "Relaterade artiklar", "Senaste inläggen": a list of other articles."""
    return len(line) <= MAX_HEADER_CHARS and label_of(line) in LINK_LIST_HEADERS


def is_late_section_header(line: str) -> bool:
    """A header ("Om oss", "Nyhetsbrev", "Most read") that ends an article when it comes late."""
    if len(line) > 60:
        return False
    label = label_of(line)
    return (
        label in LATE_SECTION_HEADERS
        or bool(ABOUT_HEADER.match(label) and line.rstrip()[-1:] not in ".!?")
        or bool(NEWSLETTER_LABEL.match(label))
    )


def is_ad_label(line: str) -> bool:
    label = label_of(line)
    return label in AD_LABELS or (len(label) < 60 and label.startswith(AD_LABEL_PREFIXES))


def is_teaser(line: str) -> bool:
    """ "Läs också: <other headline>" and similar links to other articles."""
    return len(line) <= MAX_TEASER_CHARS and line.strip().lower().startswith(TEASER_PREFIXES)


def is_caption_credit(line: str) -> bool:
    """A photo credit, or an image caption ending in one ("... (Foto: TT)")."""
    stripped = line.strip()
    if CREDIT.match(stripped):
        return True
    return len(stripped) <= 250 and bool(TRAILING_CREDIT.search(stripped))


DATE_ONLY = re.compile(
    rf"^(?:den\s+|the\s+)?\d{{1,2}}\.?\s+(?:{MONTH_PATTERN})\.?,?(?:\s+\d{{4}})?"
    r"(?:,?\s*(?:kl\.?|klockan|at)?\s*\d{1,2}[:.]\d{2})?$",
    re.IGNORECASE,
)


def is_junk_line(line: str) -> bool:
    """A line that is never article text: labels, buttons, credits, bare links, tokens."""
    stripped = line.strip()
    label = label_of(stripped)
    if not LETTER.search(stripped) or label in LABELS:
        return True
    if is_teaser(stripped) or is_caption_credit(stripped):
        return True
    if URL_ONLY.match(stripped) or EMAIL_ONLY.match(stripped) or JUNK_TOKEN.match(stripped):
        return True
    if DATE_STAMP.match(stripped) or DATE_ONLY.match(stripped):
        return True
    if FILE_LINK.search(stripped) or stripped.lower().rstrip(".").endswith(NEW_WINDOW):
        return len(stripped) <= 200
    return label.startswith(COOKIE_PREFIXES)


def is_person_name(line: str) -> bool:
    """ "Amanda Hallström", "Lars O. Berg": 2-4 capitalised words, nothing else."""
    stripped = line.strip()
    return len(stripped) <= 40 and bool(PERSON_NAME.match(stripped))


def ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", ":", ";", "”", '"', "»", ")"))


def looks_like_headline(line: str, max_words: int = 12) -> bool:
    """Short and without a full stop: a heading rather than a sentence of text."""
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(words) <= max_words and not stripped.endswith(".")


# The time stamp that closes a teaser for another article, often glued to its last
# sentence: "... tidigare i år.tisdag 30/11 10:20", "... i går. mandag 29/11 15:28".
WEEKDAYS = (
    "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
TEASER_STAMP = re.compile(
    rf"(?:{WEEKDAYS})\s+\d{{1,2}}/\d{{1,2}}(?:\s+\d{{1,2}}[:.]\d{{2}})?\s*$", re.IGNORECASE
)


def drop_trailing_teasers(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the teasers for other articles that close a page: a
    paragraph ending in a weekday time stamp, with the headline line above it. Only
    trailing ones are dropped, and never every paragraph."""
    cut = len(paragraphs)
    while cut > 0 and TEASER_STAMP.search(paragraphs[cut - 1]):
        cut -= 1
        if cut > 0 and looks_like_headline(paragraphs[cut - 1]):
            cut -= 1
    return paragraphs[:cut] if cut > 0 else paragraphs
