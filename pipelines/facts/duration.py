"""Contract duration in months: base period and, where stated, the longest with options."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class Duration:
    months: int
    with_options_months: int | None = None


def find_duration(text: str, language: str, published: date | None = None) -> Duration | None:
    return None
