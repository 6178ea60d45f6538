"""Bytes to text, and HTML or plain text?

`decode_page` decides the charset of a fetched page the way browsers do, but trusts the bytes
over a wrong declaration: a byte-order mark wins; bytes that are (almost all) valid UTF-8 are
UTF-8; then the declared charset (HTTP header, then the page's own meta tag) if it decodes
cleanly, with latin-1 and ascii labels read as windows-1252 (WHATWG); else windows-1252.
Labels, byte-order marks and meta tags are read with w3lib.encoding.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

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
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
PRINTABLE = {
    **{code: None for code in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)},
    **{code: None for code in range(0x80, 0xA0)},  # C1 controls: stray bytes, never text
    **{code: None for code in range(0xD800, 0xE000)},
    0x0B: "\n",
    0x0C: "\n",
}


# Codecs that spell markup with escapes ('\\u003c', '+ADw-'): a page declaring one could
# smuggle tags past an escaping step, so such a declaration is ignored.
ESCAPE_CODECS = frozenset({"unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7"})
WIDE_CODECS = ("utf-16", "utf-32")
# Markup every ASCII-compatible charset spells as ASCII does (EBCDIC, UTF-16 ... do not).
ASCII_PROBE = b'<meta charset="x"> &amp; </p>\n'
# C1 control characters: what a single-byte table gives for windows-1252 punctuation
C1_CONTROL = re.compile(r"[\x80-\x9f]")
WINDOWS_1252_ERRORS = "procurement-archive-windows-1252"
STRAY_BYTES_ERRORS = "procurement-archive-stray-bytes"


def _windows_1252_undefined(exc: UnicodeDecodeError) -> tuple[str, int]:
    """The five bytes windows-1252 leaves undefined map to U+0081... as in WHATWG."""
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


def _stray_bytes_as_windows_1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that break UTF-8 in a UTF-8 page are single windows-1252 characters."""
    stray = exc.object[exc.start : exc.end]
    return stray.decode("cp1252", errors=WINDOWS_1252_ERRORS), exc.end


codecs.register_error(WINDOWS_1252_ERRORS, _windows_1252_undefined)
codecs.register_error(STRAY_BYTES_ERRORS, _stray_bytes_as_windows_1252)


def decode_page(body: bytes, declared: str | None = None) -> str:
    """The text of a fetched page; DECLARED is the charset the server or Scrapy named.

    Order: byte-order mark; UTF-8 when the bytes hold valid multi-byte UTF-8 (stray
    single bytes in an otherwise UTF-8 page read as windows-1252); DECLARED, then the
    page's meta charset, when it decodes strictly; else windows-1252. Latin-1 and ascii
    labels mean windows-1252; unknown or unsafe labels are ignored. Never raises on
    bytes, never returns U+FFFD for single-byte text; linear time.
    """
    if isinstance(body, str):
        return body
    data = bytes(body)
    bom_codec, bom = read_bom(data)
    if bom_codec:
        errors = STRAY_BYTES_ERRORS if bom_codec == "utf-8" else "replace"
        return data[len(bom) :].decode(bom_codec, errors=errors)
    utf8_text = _as_utf8(data)
    if utf8_text is not None:
        return utf8_text
    for label in (declared, html_body_declared_encoding(data[:SNIFF_BYTES])):
        text = _decode_strictly(data, label)
        if text is not None:
            return text
    return data.decode("cp1252", errors=WINDOWS_1252_ERRORS)


def _as_utf8(data: bytes) -> str | None:
    """DATA as UTF-8 when its non-ASCII bytes are mostly valid UTF-8 sequences, else None.

    Valid multi-byte UTF-8 is almost never an accident of a single-byte charset, so it
    outvotes any declaration; a few stray bytes (a pasted comment) do not undo that.
    """
    if data.isascii():
        return None  # every ASCII-compatible charset reads it alike: the declaration decides
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    stray = replaced.count("\ufffd")
    multibyte = len(replaced) - len(replaced.encode("ascii", errors="ignore")) - stray
    if multibyte <= stray:
        return None
    return data.decode("utf-8", errors=STRAY_BYTES_ERRORS)


def _decode_strictly(data: bytes, label: str | None) -> str | None:
    """DATA decoded with the charset LABEL names, or None if the label is unknown or
    unsafe, or the bytes do not fit it (undecodable, or C1 controls from a table that
    lacks windows-1252's punctuation)."""
    codec = _usable_codec(label, data)
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if C1_CONTROL.search(text):
        return None
    return text


def _usable_codec(label: str | None, data: bytes) -> str | None:
    """The Python codec of a charset LABEL (WHATWG mapping by w3lib), or None when the
    label is unknown, spells markup with escapes, or is not ASCII-compatible (UTF-16 and
    UTF-32 only when the bytes hold NULs, as text in them does)."""
    if not isinstance(label, str) or not label.strip():
        return None
    try:
        codec = resolve_encoding(label.strip()[:64])
    except (LookupError, TypeError, ValueError):
        return None
    if codec is None or codec in ESCAPE_CODECS:
        return None
    if codec.startswith(WIDE_CODECS):
        return codec if b"\x00" in data[:SNIFF_BYTES] else None
    try:
        probe = ASCII_PROBE.decode(codec, errors="replace")
    except LookupError:
        return None
    return codec if probe == ASCII_PROBE.decode("ascii") else None


def decode_bytes(data: bytes) -> str:
    """The text of `data` with no declared charset: `decode_page` on its bytes alone."""
    return decode_page(data)


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
    """C0/C1 control characters or lone surrogates anywhere in `text` (one regex scan)."""
    return UNPRINTABLE.search(text) is not None


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or carries several HTML tags."""
    head = text[:SNIFF_BYTES]
    if HTML_START.match(head):
        return True
    return len(HTML_TAG.findall(head)) >= MIN_TAGS_FOR_HTML
