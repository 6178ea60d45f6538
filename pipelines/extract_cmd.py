"""`procurement-archive extract`: files (or stdin) in, one JSON object per input out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from pipelines.errors import ArchiveError, InputError
from pipelines.extract import extract_document

# Magic numbers of formats that are certainly not an article page.
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff")


def read_input(path: str, stdin: BinaryIO) -> bytes:
    """The bytes of PATH (or stdin for "-"); InputError naming the path if unusable."""
    try:
        data = stdin.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, expected HTML or plain text")
    return data


def run_extract(paths: list[str], out: TextIO, err: TextIO, stdin: BinaryIO) -> int:
    """Print one JSON line per path, in order; return 1 if any input failed, else 0."""
    failed = 0
    for path in paths:
        try:
            data = read_input(path, stdin)
            result = {"path": path, **extract_document(data, url=None)}
        except ArchiveError as exc:
            failed += 1
            print(f"procurement-archive extract: error: {exc}", file=err)
            result = {"path": path, "error": str(exc)}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def main(args) -> int:
    return run_extract(args.paths, sys.stdout, sys.stderr, sys.stdin.buffer)
