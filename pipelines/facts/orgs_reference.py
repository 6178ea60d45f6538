"""The shipped reference lists of public bodies (pipelines/reference/*.csv), loaded once.

Every body has one canonical name and any number of aliases (abbreviations, old names,
other official forms). `lookup_organization` gives storage the record of a canonical name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipelines.errors import InputError

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "reference"

# A body in one of these roles is named in procurement news but never buys in it.
NON_BUYER_ROLES = frozenset({"court", "supervisor", "owner"})
MUNICIPALITY = " municipality"


@dataclass(frozen=True, slots=True)
class Organization:
    """One public body of the reference lists."""

    name: str  # canonical name
    kind: str  # kommun | region | myndighet | regional transport authority | ...
    country: str  # ISO 3166-1 alpha-2
    orgnr: str = ""  # Swedish organisationsnummer, only where a source gives it
    role: str = "buyer"  # buyer | court | supervisor | owner
    aliases: tuple[str, ...] = field(default_factory=tuple)
    place: str = ""  # the bare place name of a kommun ("Falun" for Falu kommun)
    code: str = ""  # kommunkod or länskod

    def record(self) -> dict:
        """The flat dict storage writes to its organizations table."""
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "orgnr": self.orgnr or None,
            "role": self.role,
            "code": self.code or None,
            "aliases": list(self.aliases),
        }


def _read_rows(filename: str) -> list[dict[str, str]]:
    """The rows of one reference CSV; InputError if it cannot be read."""
    path = REFERENCE_DIR / filename
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"reference list {path} cannot be read ({exc})") from exc


def _split_aliases(cell: str | None) -> tuple[str, ...]:
    """The '|'-separated aliases of a cell."""
    return tuple(alias.strip() for alias in (cell or "").split("|") if alias.strip())


def _organization(
    row: dict[str, str], *, kind: str = "", country: str = "", code: str = "code"
) -> Organization:
    """One reference row as an Organization; `kind` and `country` fixed by the list where
    its rows do not give them, `code` the name of its code column."""
    return Organization(
        name=row["name"],
        kind=kind or row["kind"],
        country=country or row["country"],
        orgnr=row.get("orgnr") or "",
        role=row.get("role") or "buyer",
        aliases=_split_aliases(row.get("aliases")),
        place=row.get("short_name") or "",
        code=row.get(code) or "",
    )


def _kommuner() -> list[Organization]:
    """The 290 kommuner (Region Gotland as a region)."""
    return [
        _organization(
            row,
            kind="region" if row["name"].startswith("Region ") else "kommun",
            country="SE",
            code="kommunkod",
        )
        for row in _read_rows("kommuner.csv")
    ]


def _regioner() -> list[Organization]:
    """The 21 regioner."""
    rows = _read_rows("regioner.csv")
    return [_organization(row, kind="region", country="SE", code="lan_code") for row in rows]


def _nordic_kommuner() -> list[Organization]:
    """The 357 Norwegian and 98 Danish kommuner; a place that is a common word has no bare
    place name ("Time", "Vejen"), so only its full name counts."""
    rows = _read_rows("nordic_kommuner.csv")
    return [_organization(row, kind="foreign municipality") for row in rows]


def _myndigheter() -> list[Organization]:
    """The state agencies, with their roles."""
    rows = _read_rows("myndigheter.csv")
    return [_organization(row, kind="myndighet", country="SE") for row in rows]


def _other_public_bodies() -> list[Organization]:
    """Other public purchasers and the Nordic, UK and other foreign bodies."""
    return [_organization(row) for row in _read_rows("public_buyers.csv")]


def _merge(first: Organization, second: Organization) -> Organization:
    """One record for a body listed twice (Region Gotland is a kommun and a region)."""
    aliases = tuple(dict.fromkeys(first.aliases + second.aliases))
    return Organization(
        name=first.name,
        kind=first.kind,
        country=first.country,
        orgnr=first.orgnr or second.orgnr,
        role=first.role,
        aliases=aliases,
        place=first.place or second.place,
        code=first.code or second.code,
    )


@cache
def organizations() -> dict[str, Organization]:
    """Every reference body by canonical name."""
    merged: dict[str, Organization] = {}
    every = _regioner() + _kommuner() + _nordic_kommuner() + _myndigheter()
    for org in every + _other_public_bodies():
        merged[org.name] = _merge(merged[org.name], org) if org.name in merged else org
    return merged


@cache
def _by_any_name() -> dict[str, Organization]:
    """Every body by each of its names, case-folded."""
    index: dict[str, Organization] = {}
    for org in organizations().values():
        for name in (org.name, *org.aliases):
            index.setdefault(name.casefold(), org)
    return index


def find_organization(name: str) -> Organization | None:
    """The reference body called `name` (canonical name or alias, any case), if any."""
    key = " ".join(name.split()).casefold()
    index = _by_any_name()
    org = index.get(key)
    if org is None and key.endswith(MUNICIPALITY):  # "Gjerdrum municipality"
        place = key.removesuffix(MUNICIPALITY)
        forms = (f"{place} kommune", f"{place}s kommun", f"{place} kommun", f"{place}s kommune")
        org = next((index[form] for form in forms if form in index), None)
    return org


def lookup_organization(name: str) -> dict | None:
    """The record (kind, orgnr, country, ...) of a canonical buyer name, or None if unknown."""
    org = find_organization(name) if isinstance(name, str) else None
    return org.record() if org else None


@cache
def _regions_by_lan() -> dict[str, Organization]:
    """Every Swedish region by its län's code ('24') and its län's name ('Västerbottens
    län', read off the old county-council name 'Västerbottens läns landsting')."""
    index: dict[str, Organization] = {}
    for org in organizations().values():
        if org.kind != "region" or org.country != "SE" or len(org.code) != 2:
            continue
        index[org.code] = org
        for alias in org.aliases:
            if alias.endswith(" läns landsting"):
                index[alias.removesuffix("s landsting")] = org
    return index


def region_of(key: str) -> Organization | None:
    """The region of a län code ('18'), of a kommun's code ('1814': its first two digits)
    or of a län's name ('Örebro län'), if any."""
    index = _regions_by_lan()
    if key.isdigit():
        return index.get(key[:2])
    return index.get(key)
