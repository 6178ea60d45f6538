"""Page parsing: bytes or str (HTML or plain text) in, `Page` out.

Owned by the page-parsing work; the public entry point is `parse_document`.
"""

from __future__ import annotations

from pipelines.model import Page


def parse_document(data: bytes | str, *, url: str | None = None, site: str | None = None) -> Page:
    """Placeholder until the real parsers land: treats the input as plain text."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return Page(title=lines[0] if lines else None, body="\n\n".join(lines))
