"""decode_page: Swedish pages in UTF-8, windows-1252 or latin-1, declared rightly, wrongly or
not at all, come out with å, ä, ö, €, –, ” intact: no mojibake, no U+FFFD."""

from __future__ import annotations

import random

import pytest

from pipelines.extract import extract_document
from pipelines.page import parse_document
from pipelines.page.decode import decode_page, to_text

TITLE = "Upphandlingen av skolmåltider i Växjö avgjord"
BODY = (
    "Upphandlingen av skolmåltider i Växjö är klar. Kommunen har tecknat avtal med "
    "Smålandskök Måltid AB om lunch till tjugotvå skolor – avtalet gäller i fyra år och är "
    "värt 48 miljoner kronor, ungefär 4,2 miljoner €. ”Vi får färskare råvaror och "
    "kortare transporter”, säger kostchefen Åsa Öberg. Överprövningstiden gick ut i förra veckan."
)


def article(meta: str = "") -> str:
    """A small Swedish news page; META is an optional charset declaration in its head."""
    return (
        f"<!doctype html><html lang='sv'><head>{meta}<title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><p>{BODY}</p></article>"
        "<footer>Läs också: Ny förskola i Älmhult</footer></body></html>"
    )


def assert_clean(text: str) -> None:
    """The Swedish letters and windows-1252 punctuation survived decoding."""
    assert "\ufffd" not in text, "undecodable bytes were replaced"
    assert "Ã" not in text and "â€" not in text, "UTF-8 bytes read as a single-byte charset"
    assert not any("\x80" <= char <= "\x9f" for char in text), "C1 controls instead of – ” €"
    for word in ("Växjö", "skolmåltider", "Åsa Öberg", "– avtalet", "4,2 miljoner €", "”Vi får"):
        assert word in text


WINDOWS_1252 = article().encode("cp1252")
UTF8 = article().encode("utf-8")


@pytest.mark.parametrize(
    ("body", "declared"),
    [
        pytest.param(WINDOWS_1252, "utf-8", id="header-utf8-bytes-cp1252"),
        pytest.param(WINDOWS_1252, "iso-8859-1", id="header-latin1-bytes-cp1252"),
        pytest.param(WINDOWS_1252, "ISO_8859-1", id="header-latin1-other-spelling"),
        pytest.param(WINDOWS_1252, "us-ascii", id="header-ascii-bytes-cp1252"),
        pytest.param(WINDOWS_1252, "windows-1252", id="header-right-cp1252"),
        pytest.param(WINDOWS_1252, "iso-8859-15", id="header-latin9-bytes-cp1252"),
        pytest.param(WINDOWS_1252, None, id="no-declaration-cp1252"),
        pytest.param(WINDOWS_1252, "x-foo", id="garbage-label-cp1252"),
        pytest.param(WINDOWS_1252, "", id="empty-label-cp1252"),
        pytest.param(UTF8, "iso-8859-1", id="header-latin1-bytes-utf8"),
        pytest.param(UTF8, "windows-1252", id="header-cp1252-bytes-utf8"),
        pytest.param(UTF8, "utf-8", id="header-right-utf8"),
        pytest.param(UTF8, None, id="no-declaration-utf8"),
        pytest.param(UTF8, "x-foo", id="garbage-label-utf8"),
    ],
)
def test_declared_charset_wrong_missing_or_right(body: bytes, declared: str | None):
    text = decode_page(body, declared)
    assert text == article()
    assert_clean(text)


@pytest.mark.parametrize(
    ("meta", "charset", "declared"),
    [
        pytest.param('<meta charset="utf-8">', "cp1252", "windows-1252", id="header-right"),
        pytest.param('<meta charset="utf-8">', "cp1252", None, id="meta-wrong-no-header"),
        pytest.param('<meta charset="iso-8859-1">', "cp1252", "utf-8", id="meta-right"),
        pytest.param('<meta charset="iso-8859-1">', "utf-8", "iso-8859-1", id="both-wrong"),
        pytest.param(
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
            "cp1252",
            "utf-8",
            id="http-equiv-right",
        ),
        pytest.param('<meta charset="windows-1252">', "utf-8", None, id="meta-wrong-utf8"),
    ],
)
def test_meta_and_header_disagree(meta: str, charset: str, declared: str | None):
    page = article(meta)
    text = decode_page(page.encode(charset), declared)
    assert text == page
    assert_clean(text)


def test_utf8_byte_order_mark_wins_over_the_declaration():
    text = decode_page(b"\xef\xbb\xbf" + UTF8, "windows-1252")
    assert text == article()


def test_utf16_byte_order_mark_wins_over_the_declaration():
    text = decode_page(article().encode("utf-16"), "iso-8859-1")
    assert text == article()


def test_utf16_declared_without_byte_order_mark():
    assert decode_page(article().encode("utf-16-le"), "utf-16le") == article()


def test_utf16_label_on_single_byte_text_is_ignored():
    """A page that holds no NUL bytes is not UTF-16, whatever the label says."""
    assert decode_page(WINDOWS_1252, "utf-16") == article()


def test_stray_windows_1252_bytes_in_a_utf8_page():
    """A reader's comment pasted in windows-1252 into a UTF-8 page: both parts read right."""
    comment = "<aside>Kommentar: Äntligen får barnen bättre mat – tack!</aside>"
    page = article().replace("<footer>", comment + "<footer>")
    head, tail = page.split("<aside>")
    mixed = head.encode("utf-8") + ("<aside>" + tail).encode("cp1252")
    text = decode_page(mixed, "iso-8859-1")
    assert text == page
    assert_clean(text)


def test_stray_bytes_after_a_utf8_byte_order_mark():
    mixed = b"\xef\xbb\xbf" + UTF8.replace("Älmhult".encode(), "Älmhult".encode("cp1252"))
    assert decode_page(mixed, None) == article()


def test_latin1_page_of_letters_only():
    """A page with å ä ö but no windows-1252 punctuation reads the same either way."""
    page = article().replace("€", "euro").replace("–", "-").replace("”", '"')
    assert decode_page(page.encode("latin-1"), "iso-8859-1") == page
    assert decode_page(page.encode("latin-1"), None) == page


def test_bytes_windows_1252_leaves_undefined_do_not_fail():
    """0x81, 0x8d, 0x8f, 0x90, 0x9d have no windows-1252 character: kept as in browsers."""
    body = WINDOWS_1252.replace(b"</footer>", b"\x81\x8d\x8f\x90\x9d</footer>")
    text = decode_page(body, "utf-8")
    assert "\ufffd" not in text
    assert "Växjö" in text and "\x81\x8d\x8f\x90\x9d</footer>" in text


def test_label_that_spells_markup_with_escapes_is_ignored():
    """utf-7 would turn '+ADw-script+AD4-' into a live <script> tag."""
    body = b"<p>Anbud +ADw-script+AD4-alert(1)+ADw-/script+AD4- inkom</p>"
    for label in ("utf-7", "unicode-escape", "raw-unicode-escape"):
        assert "<script>" not in decode_page(body, label)
    escaped = b"<p>Anbud \\u003cscript\\u003e inkom</p>"
    assert "<script>" not in decode_page(escaped, "unicode_escape")


def test_label_of_a_charset_that_is_not_ascii_compatible_is_ignored():
    assert decode_page(WINDOWS_1252, "cp037") == article()
    assert decode_page(UTF8, "cp037") == article()


def test_label_of_a_non_text_codec_is_ignored():
    for label in ("rot13", "base64", "zlib", "hex", "\x00", "utf-8" * 1000):
        assert decode_page(WINDOWS_1252, label) == article()


def test_plain_ascii_and_empty_bytes():
    assert decode_page(b"Anbud inkom fran tre leverantorer.", "utf-8") == (
        "Anbud inkom fran tre leverantorer."
    )
    assert decode_page(b"", None) == ""
    assert decode_page(b"", "x-foo") == ""


def test_bytearray_and_memoryview_are_bytes_too():
    assert decode_page(bytearray(WINDOWS_1252), "utf-8") == article()
    assert decode_page(memoryview(UTF8), "iso-8859-1") == article()


def test_random_bytes_never_raise_nor_give_replacement_characters():
    rng = random.Random(4)
    for size in (1, 7, 100, 5000):
        for declared in ("utf-8", "iso-8859-1", None, "x-foo", "shift_jis", "utf-16"):
            body = rng.randbytes(size)
            text = decode_page(body, declared)
            assert isinstance(text, str)
            if declared in ("utf-8", "iso-8859-1", None, "x-foo"):
                assert "\ufffd" not in text


def test_twenty_megabytes_of_windows_1252_declared_utf8():
    body = WINDOWS_1252 * (20_000_000 // len(WINDOWS_1252))
    text = decode_page(body, "utf-8")
    assert len(text) == len(body)
    assert text.count("Växjö") == 3 * (20_000_000 // len(WINDOWS_1252))


def test_twenty_megabytes_of_noise():
    body = random.Random(20).randbytes(20_000_000)
    assert len(decode_page(body, "utf-8")) == len(body)


def test_to_text_on_bytes_uses_decode_page():
    assert to_text(WINDOWS_1252) == decode_page(WINDOWS_1252)
    assert to_text(UTF8) == article()


@pytest.mark.parametrize(
    ("body", "declared"),
    [
        pytest.param(WINDOWS_1252, "utf-8", id="cp1252-said-utf8"),
        pytest.param(UTF8, "iso-8859-1", id="utf8-said-latin1"),
        pytest.param(article('<meta charset="utf-8">').encode("cp1252"), None, id="meta-wrong"),
    ],
)
def test_extraction_of_a_misdeclared_page_keeps_swedish_letters(body: bytes, declared):
    record = extract_document(decode_page(body, declared), url="https://kommun.example/nyhet")
    assert record["title"] == TITLE
    assert_clean(record["body"])
    assert "Smålandskök Måltid AB" in record["suppliers"]
    assert record["duration_months"] == 48
    assert record["language"] == "sv"


def test_parse_document_of_undeclared_windows_1252_bytes():
    page = parse_document(WINDOWS_1252)
    assert page.title == TITLE
    assert_clean(page.body)
