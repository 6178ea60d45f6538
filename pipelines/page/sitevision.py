"""SiteVision sites (VästKom and many Swedish public bodies): text in portlets.

Pages (URLs ending `.5.<hex>.html`) are built from `div.sv-text-portlet` boxes inside
`div.sv-layout` columns. The headline is an h1 in one portlet; the article is that portlet
and the text portlets after it in the same column; header and footer portlets (slogans,
subscription boxes) live in other columns. Dates read "Publicerad 2018-09-24" or
"Senast publicerad ..."; documents are linked as /download/18.<hex>/....
"""

from __future__ import annotations

from datetime import date

from lxml import etree

from pipelines.page import html as h
from pipelines.page.dates import find_date
from pipelines.page.generic import GenericParser
from pipelines.page.tidy import Line

PORTLET_CLASSES = frozenset({"sv-text-portlet", "sv-portlet"})
PUBLISHED_TEXT = etree.XPath(
    "//*[contains(text(), 'ublicerad') or contains(text(), 'Skapad')"
    " or contains(text(), 'ppdaterad')]"
)
FIRST_PUBLISHED_LABELS = ("publicerad", "skapad")


class SiteVisionParser(GenericParser):
    """A SiteVision page: the column of portlets that holds the h1."""

    name = "sitevision"

    def _heading_portlet(self) -> etree._Element | None:
        for heading in self.root.iter("h1"):
            portlet = next((el for el in heading.iterancestors() if is_portlet(el)), None)
            if portlet is not None and h.text_of(heading):
                return portlet
        return None

    def content(self) -> etree._Element:
        portlet = self._heading_portlet()
        column = portlet.getparent() if portlet is not None else None
        if column is None:
            return super().content()
        return column

    def body_lines(self, container: etree._Element) -> list[Line]:
        """Lines of the headline's portlet and the portlets after it in its column."""
        portlet = self._heading_portlet()
        if portlet is None or portlet.getparent() is not container:
            return super().body_lines(container)
        portlets = [child for child in container if is_portlet(child)]
        start = portlets.index(portlet) if portlet in portlets else 0
        lines: list[Line] = []
        for element in portlets[start:]:
            lines.extend(h.block_lines(element))
        return lines

    def title(self) -> str | None:
        portlet = self._heading_portlet()
        heading = portlet.find(".//h1") if portlet is not None else None
        return h.text_of(heading) if heading is not None else super().title()

    def published(self) -> date | None:
        """ "Publicerad 2018-09-24" wins over "Senast publicerad/uppdaterad"."""
        first_seen: date | None = None
        for element in PUBLISHED_TEXT(self.root):
            text = h.text_of(element)
            parent = element.getparent()
            found = find_date(text) or (
                find_date(h.text_of(parent)[:200]) if parent is not None else None
            )
            if not found:
                continue
            label = text.lower().lstrip()
            if label.startswith(FIRST_PUBLISHED_LABELS):
                return found
            first_seen = first_seen or found
        return super().published() or first_seen


def is_portlet(element: etree._Element) -> bool:
    return not PORTLET_CLASSES.isdisjoint((element.get("class") or "").split())
