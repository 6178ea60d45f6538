"""The contract's value: the one amount in a text that is this contract's value."""

from pipelines.model import Money


def find_contract_value(text: str, language: str) -> Money | None:
    return None
