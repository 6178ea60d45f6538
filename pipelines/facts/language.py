"""Language of an article's text (ISO 639-1): sv, en, no, da, or "und".

Uses py3langid (a maintained, numpy-only port of langid.py) restricted to the languages
this press writes in and their near neighbours, so that a Danish text is not called
Norwegian for want of a better candidate. Nynorsk ("nn") is reported as "no".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from py3langid.langid import MODEL_FILE, LanguageIdentifier

REPORTED = ("sv", "en", "no", "da")
# Candidates: the four reported, nynorsk, and neighbours that would otherwise be mistaken
# for one of them (a German or Finnish page is "und", not "da" or "sv").
CANDIDATES = ["sv", "en", "no", "nn", "da", "de", "nl", "fi", "is", "fr", "es", "it", "pl"]
ALIASES = {"nn": "no", "nb": "no"}
SAMPLE_CHARS = 600  # a headline and lead: enough for a confident guess, and cheap
MIN_LETTERS = 20  # below this a text says nothing about its language
MIN_CONFIDENCE = 0.5
LETTER_RE = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The model restricted to CANDIDATES, rebuilt from the restricted tables so that the
    full 140-language table (about 22 MB) is not kept beside them for the whole crawl."""
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(CANDIDATES)
    return LanguageIdentifier(
        full.nb_ptc,
        full.nb_pc,
        full.nb_classes,
        full.tk_nextmove,
        full.tk_output,
        norm_probs=True,
        tk_row=full.tk_row,
    )


def detect_language(text: str, hint: str | None = None) -> str:
    """'sv', 'en', 'no', 'da' or 'und' when the text is too short, unclear or in another
    language. `hint` (the page's declared language) decides only when the text cannot."""
    hint_code = _normalise(hint)
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return hint_code
    code, confidence = _identifier().classify(sample)
    code = ALIASES.get(code, code)
    if confidence < MIN_CONFIDENCE and hint_code != "und":
        return hint_code
    return code if code in REPORTED else "und"


def _has_letters(text: str, count: int) -> bool:
    """True if `text` has at least `count` letters (stops counting there)."""
    return next(islice(LETTER_RE.finditer(text), count - 1, None), None) is not None


def _normalise(hint: str | None) -> str:
    """'sv-SE' -> 'sv', 'nb' -> 'no'; anything not reported -> 'und'."""
    if not hint:
        return "und"
    code = hint.strip().casefold().replace("_", "-").split("-")[0]
    code = ALIASES.get(code, code)
    return code if code in REPORTED else "und"
