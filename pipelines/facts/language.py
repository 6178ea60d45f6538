"""Language of an article's text (ISO 639-1)."""


def detect_language(text: str, hint: str | None = None) -> str:
    """'sv', 'en', 'no', 'da', ... or 'und' when the text is too short or unclear."""
    return hint or "und"
