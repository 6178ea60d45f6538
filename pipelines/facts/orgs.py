"""Buyers (public bodies that buy) and suppliers (companies that win) named in an article."""


def find_buyers(title: str | None, body: str, language: str) -> list[str]:
    return []


def find_suppliers(title: str | None, body: str, language: str, buyers: list[str]) -> list[str]:
    return []
