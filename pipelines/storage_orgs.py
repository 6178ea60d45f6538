"""Organizations in the archive: one row per organization, linked to articles by role.

Names are resolved through `pipelines.facts.orgs.lookup_organization(name) -> dict | None`
when the extraction package provides it (canonical name, kind, organisation number,
country); without it, or for unknown names, the name as written becomes the organization.
"""

from __future__ import annotations

import importlib
import logging
import re
import unicodedata
from collections.abc import Callable

import sqlite_utils

logger = logging.getLogger(__name__)

ROLES = ("buyer", "supplier")
# Letters Unicode does not decompose into an ASCII base letter plus a mark.
NON_DECOMPOSING_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "ß": "ss", "ð": "d", "þ": "th", "ł": "l"}
)

# Keys a lookup result may use for each organizations column (first present wins).
LOOKUP_KEYS = {
    "name": ("name", "canonical_name", "canonical"),
    "kind": ("kind", "type"),
    "org_number": ("org_number", "organisation_number", "organization_number", "orgnr"),
    "country": ("country",),
}


def find_lookup() -> Callable[[str], dict | None] | None:
    """The extraction package's organization lookup, or None while it has none."""
    try:
        module = importlib.import_module("pipelines.facts.orgs")
    except ImportError:
        return None
    lookup = getattr(module, "lookup_organization", None)
    return lookup if callable(lookup) else None


def organization_id(name: str) -> str:
    """A stable key for an organization name: lower-case ASCII words joined by '-'."""
    spelled = name.lower().translate(NON_DECOMPOSING_LETTERS)
    ascii_name = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return slug or name.strip().lower()


def organization_row(name: str, lookup: Callable[[str], dict | None] | None) -> dict:
    """The `organizations` row for NAME, enriched by LOOKUP when it knows the name."""
    found = _safe_lookup(lookup, name) or {}
    row = {"name": name}
    for column, keys in LOOKUP_KEYS.items():
        value = next((found[key] for key in keys if found.get(key)), None)
        if value is not None:
            row[column] = str(value)
    row["id"] = str(found.get("id") or organization_id(row["name"]))
    return row


def link_organizations(
    db: sqlite_utils.Database, url: str, buyers: list[str], suppliers: list[str]
) -> None:
    """Replace the article's organization links with BUYERS and SUPPLIERS."""
    lookup = find_lookup()
    db["article_organizations"].delete_where("article_url = ?", [url])
    for role, names in zip(ROLES, (buyers, suppliers), strict=True):
        for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
            org = organization_row(name, lookup)
            db["organizations"].upsert(org, pk="id", alter=True)
            link = {
                "article_url": url,
                "organization_id": org["id"],
                "role": role,
                "name_in_article": name,
            }
            db["article_organizations"].upsert(
                link, pk=("article_url", "organization_id", "role"), alter=True
            )


def _safe_lookup(lookup: Callable[[str], dict | None] | None, name: str) -> dict | None:
    """LOOKUP(NAME), or None when there is no lookup or it fails on this name."""
    if lookup is None:
        return None
    try:
        found = lookup(name)
    except Exception:  # another team's code: one bad name must not stop archiving
        logger.exception("organization lookup failed for %r", name)
        return None
    return found if isinstance(found, dict) else None
