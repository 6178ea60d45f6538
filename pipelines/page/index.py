"""One pass over a parsed page that makes later look-ups cheap.

Full-document XPath scans with class predicates cost a fraction of a millisecond each;
the parsers ask many such questions, so the page's class names and meta tags are indexed
once and answered from dictionaries, in document order.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

MARKED = etree.XPath("//*[@class or @itemprop]")
META_KEYS = ("name", "property", "itemprop", "http-equiv")


class PageIndex:
    """Elements by class token and by itemprop, and meta tag contents by name/property."""

    def __init__(self, root: etree._Element) -> None:
        self.position: dict[etree._Element, int] = {}
        self.tokens: dict[str, list[etree._Element]] = {}
        self.itemprops: dict[str, list[etree._Element]] = {}
        for position, element in enumerate(MARKED(root)):
            self.position[element] = position
            for token in element.get("class", "").lower().split():
                self.tokens.setdefault(token, []).append(element)
            itemprop = element.get("itemprop")
            if itemprop:
                self.itemprops.setdefault(itemprop, []).append(element)
        self.metas: dict[str, str] = {}
        for meta in root.iter("meta"):
            content = (meta.get("content") or "").strip()
            for key in META_KEYS:
                name = (meta.get(key) or "").strip().lower()
                if name and content and name not in self.metas:
                    self.metas[name] = content

    def _in_order(self, groups: Iterable[list[etree._Element]]) -> list[etree._Element]:
        found = {element for group in groups for element in group}
        return sorted(found, key=self.position.__getitem__)

    def having(self, *names: str) -> list[etree._Element]:
        """Elements whose class list holds one of `names`, in document order."""
        return self._in_order(self.tokens.get(name, []) for name in names)

    def containing(self, *parts: str) -> list[etree._Element]:
        """Elements with a class token containing one of `parts` ("date" finds
        "entry-date", "td-post-date"), in document order."""
        return self._in_order(
            elements
            for token, elements in self.tokens.items()
            if any(part in token for part in parts)
        )

    def meta(self, *names: str) -> str | None:
        """Content of the first meta tag named one of `names` (case-insensitive)."""
        for name in names:
            content = self.metas.get(name.lower())
            if content:
                return content
        return None


def within(elements: list[etree._Element], scope: etree._Element) -> list[etree._Element]:
    """The elements that are `scope` or lie inside it."""
    return [el for el in elements if el is scope or scope in el.iterancestors()]
