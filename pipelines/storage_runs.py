"""The archive's memory of its crawls: one `crawl_runs` row per spider run, one
`crawl_failures` row per page that could not be fetched or read.

A run starts as ``running`` and ends as ``ok``, ``failed`` or ``interrupted`` (stopped by
SIGTERM or Ctrl-C); a run killed before it could
end stays ``running`` until the next crawl (which holds the crawl lock, so no other crawl
can be alive) marks it ``interrupted`` too. The watermark of incremental crawls is the
start of a spider's last ``complete`` run. Failures are kept per URL (a count, first and
last time, the last reason), so they stay bounded however often a page fails; a page
archived later is marked resolved.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import sqlite_utils

from pipelines.storage_write import utc_now

RUN_COUNTS = (
    "pages_fetched",
    "new",
    "updated",
    "unchanged",
    "not_modified",
    "skipped_archived",
    "failed",
)


def start_run(db: sqlite_utils.Database, spider: str, arguments: Mapping, pid: int) -> int:
    """Insert a ``running`` row for SPIDER; returns its id."""
    row = {
        "spider": spider,
        "started_at": utc_now(),
        "status": "running",
        "arguments": json.dumps(dict(arguments), ensure_ascii=False, sort_keys=True),
        "pid": pid,
    } | dict.fromkeys(RUN_COUNTS, 0)
    with db.atomic():
        return db["crawl_runs"].insert(row).last_pk


def update_run(db: sqlite_utils.Database, run_id: int, counts: Mapping[str, int]) -> None:
    """Store a running crawl's counts so far (a killed run still shows its progress)."""
    with db.atomic():
        db["crawl_runs"].update(run_id, {name: int(counts.get(name, 0)) for name in RUN_COUNTS})


def finish_run(
    db: sqlite_utils.Database,
    run_id: int,
    *,
    counts: Mapping[str, int],
    status: str,
    finish_reason: str | None,
    error_summary: str,
    complete: bool = False,
) -> None:
    """Close run RUN_ID with its final counts, status and errors; COMPLETE marks a run that
    covered the whole site (it sets the watermark of incremental crawls)."""
    row = {name: int(counts.get(name, 0)) for name in RUN_COUNTS} | {
        "ended_at": utc_now(),
        "status": status,
        "complete": int(complete),
        "finish_reason": finish_reason,
        "error_summary": error_summary,
    }
    with db.atomic():
        db["crawl_runs"].update(run_id, row)


def interrupt_stale_runs(db: sqlite_utils.Database) -> int:
    """Mark every ``running`` row ``interrupted``; only call while holding the crawl lock."""
    with db.atomic():
        cursor = db.execute(
            "update crawl_runs set status = 'interrupted', ended_at = ?, "
            "finish_reason = coalesce(finish_reason, 'killed') where status = 'running'",
            [utc_now()],
        )
    return cursor.rowcount


def record_failure(
    db: sqlite_utils.Database,
    *,
    url: str,
    spider: str,
    reason: str,
    detail: str = "",
    status: int | None = None,
    run_id: int | None = None,
    role: str | None = None,
) -> None:
    """Note that URL failed (REASON, DETAIL); one row per URL, its count grows per run."""
    now = utc_now()
    existing = db.execute(
        "select failures, last_run_id, resolved_at from crawl_failures where url = ?", [url]
    ).fetchone()
    failures = 1
    if existing is not None:
        failures, last_run, resolved_at = existing
        same_run = run_id is not None and last_run == run_id and resolved_at is None
        failures = (failures or 0) + (0 if same_run else 1)
    row = {
        "url": url,
        "spider": spider,
        "reason": reason,
        "detail": detail[:500],
        "status": status,
        "role": role,
        "failures": failures,
        "last_failed_at": now,
        "last_run_id": run_id,
        "resolved_at": None,
    }
    if existing is None:
        row["first_failed_at"] = now
    db["crawl_failures"].upsert(row, pk="url", alter=True)


def resolve_failure(db: sqlite_utils.Database, url: str) -> None:
    """Mark an earlier failure of URL resolved (the page has now been archived)."""
    db.execute(
        "update crawl_failures set resolved_at = ? where url = ? and resolved_at is null",
        [utc_now(), url],
    )


def error_summary(errors: Mapping[str, int]) -> str:
    """'http_404: 2; timeout: 1' for {reason: count}, most frequent first."""
    ranked = sorted(errors.items(), key=lambda pair: (-pair[1], pair[0]))
    return "; ".join(f"{reason}: {count}" for reason, count in ranked if count)
