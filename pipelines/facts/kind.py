"""Kind of event an article reports: award, tender, dispute or other."""


def classify_kind(title: str | None, body: str, language: str) -> str:
    return "other"
