"""Bytes to text, and HTML or plain text? Decoding is left to bs4's UnicodeDammit."""

from __future__ import annotations

import re

from bs4.dammit import EncodingDetector, UnicodeDammit

from pipelines.errors import InputError

# How far into a document to look for a charset declaration or for HTML markup.
SNIFF_BYTES = 4096
HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|article|section|main|span|a|h[1-6]|ul|li|table|br|script)\b[^>]*>",
    re.IGNORECASE,
)
MIN_TAGS_FOR_HTML = 3
# C0 control characters other than tab, newline and carriage return, and lone surrogates
CONTROL_CHARS = tuple(
    chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
)
PRINTABLE = {
    **{code: None for code in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)},
    **{code: None for code in range(0xD800, 0xE000)},
    0x0B: "\n",
    0x0C: "\n",
}


def decode_bytes(data: bytes) -> str:
    """The text of `data`: byte-order mark first, then the declared charset, then UTF-8,
    then charset detection; undecodable bytes become U+FFFD instead of failing."""
    declared = EncodingDetector.find_declared_encoding(data[:SNIFF_BYTES], is_html=True)
    candidates = [enc for enc in (declared, "utf-8") if enc]
    dammit = UnicodeDammit(data, user_encodings=candidates, is_html=True)
    if dammit.unicode_markup is None:  # every candidate failed: keep what can be kept
        return data.decode("utf-8", errors="replace")
    return dammit.unicode_markup


def to_text(data: bytes | str) -> str:
    """Decode bytes (str passes through); InputError if `data` is neither or is empty."""
    if isinstance(data, bytes | bytearray | memoryview):
        text = decode_bytes(bytes(data))
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(f"expected page bytes or text, got {type(data).__name__}")
    text = text.lstrip("\ufeff")
    if _has_unprintable(text):
        text = text.translate(PRINTABLE)
    if not text.strip():
        raise InputError("empty document: nothing to parse")
    return text


def _has_unprintable(text: str) -> bool:
    """Control characters or lone surrogates anywhere in `text` (fast C scans)."""
    if any(char in text for char in CONTROL_CHARS):
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or carries several HTML tags."""
    head = text[:SNIFF_BYTES]
    if HTML_START.match(head):
        return True
    return len(HTML_TAG.findall(head)) >= MIN_TAGS_FOR_HTML
