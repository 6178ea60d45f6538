"""Which extractor produced an article: the package version plus a digest of its code.

The digest covers the extraction code and reference data, so an archive can tell which
articles were extracted by an older extractor (and `reextract` refreshes them).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
EXTRACTION_SOURCES = ("extract.py", "model.py", "page", "facts", "reference")


@cache
def extractor_version() -> str:
    """'<package version>+<12 hex digits of the extraction code's digest>'."""
    try:
        version = metadata.version("procurement-archive")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"{version}+{_code_digest()}"


def _code_digest() -> str:
    """sha256 over the extraction modules and reference files, in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(_extraction_files()):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _extraction_files() -> list[Path]:
    """Every source or data file the extractor's output depends on."""
    files: list[Path] = []
    for name in EXTRACTION_SOURCES:
        path = PACKAGE_DIR / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix in {".py", ".csv", ".json", ".txt", ".yaml"}
            )
    return files
