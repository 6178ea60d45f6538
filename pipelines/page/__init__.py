"""Page parsing: bytes or str (HTML or plain text) in, `Page` out.

`parse_document` decodes bytes (bs4's UnicodeDammit), tells HTML from plain text, and hands
HTML to the parser of its platform (chosen by `site`, the spider's name) or to the generic
parser. Parsing is pure: no network, no database, nothing from the page is executed.
"""

from __future__ import annotations

from pipelines.errors import ExtractionError
from pipelines.model import Page
from pipelines.page.decode import looks_like_html, to_text
from pipelines.page.generic import GenericParser
from pipelines.page.html import parse_html
from pipelines.page.sitevision import SiteVisionParser
from pipelines.page.text import parse_text
from pipelines.page.wordpress import WordPressParser

# spider name -> parser class of the platform its site runs on
PARSERS: dict[str, type[GenericParser]] = {
    "inkopsradet": WordPressParser,
    "upphandling24": WordPressParser,
    "vastkom": SiteVisionParser,
}

__all__ = ["PARSERS", "parse_document", "parser_for"]


# markup that gives a platform away, for pages of sources without a parser of their own
PLATFORM_MARKS: tuple[tuple[tuple[str, ...], type[GenericParser]], ...] = (
    (("sv-text-portlet", "/sitevision/"), SiteVisionParser),
    (("/wp-content/", 'content="WordPress', "entry-content"), WordPressParser),
)


def parser_for(site: str | None, markup: str = "") -> type[GenericParser]:
    """The parser class for a source name; for an unknown or no source, the parser of the
    platform the markup reveals (SiteVision, WordPress), else the generic parser."""
    known = PARSERS.get((site or "").strip().lower())
    if known:
        return known
    for marks, parser in PLATFORM_MARKS:
        if any(mark in markup for mark in marks):
            return parser
    return GenericParser


def parse_document(data: bytes | str, *, url: str | None = None, site: str | None = None) -> Page:
    """The article in `data` (HTML or plain text, bytes or str).

    Raises InputError for empty or unreadable input. A page without an article gives a
    Page whose body is empty.
    """
    text = to_text(data)
    if not looks_like_html(text):
        return parse_text(text)
    root = parse_html(text)
    try:
        return parser_for(site, text)(root, url).parse()
    except RecursionError:
        raise ExtractionError("page structure too deeply nested to read") from None
