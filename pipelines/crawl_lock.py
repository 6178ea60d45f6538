"""One writer at a time per archive (a crawl, or reextract): an advisory lock beside it.

``<archive>.lock`` is locked with flock(2) for as long as a crawl runs. The kernel drops
the lock when the process ends, however it ends (SIGKILL and power loss included), so a
stale lock file never blocks the next run. The file holds the holder's pid and start
time, so a second run can say who is in its way.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from pipelines.errors import CrawlError
from pipelines.storage_write import utc_now


class CrawlLocked(CrawlError):
    """Another crawl holds the archive's lock."""


class CrawlLock:
    """Context manager: hold the crawl lock of the archive at DB_PATH, or raise CrawlLocked."""

    def __init__(self, db_path: str | Path) -> None:
        # the real file's path: the same archive reached through a symlink shares the lock
        resolved = Path(db_path).resolve()
        self.path = resolved.with_name(resolved.name + ".lock")
        self._file: IO[str] | None = None

    def __enter__(self) -> CrawlLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise CrawlError(
                f"{self.path}: cannot create the crawl lock ({exc.strerror})"
            ) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            handle.close()
            raise CrawlLocked(
                f"another crawl is running on this archive ({holder}); lock: {self.path}"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {utc_now()}\n")
        handle.flush()
        self._file = handle
        return self

    def __exit__(self, *exc_info) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
