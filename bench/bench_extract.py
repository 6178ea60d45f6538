"""Speed of the full extraction against trafilatura's bare_extraction, on one core.

    .venv/bin/python bench/bench_extract.py [--rounds 20] [--variants 4] [--write DIR]

Runs in this single process (pinned to one CPU where the OS allows it) over the page set
of bench/pages.py (~40 KB pages with full site chrome) and prints pages/second and
ms/page for: page parsing alone (pipelines.page.parse_document), the full extraction
(pipelines.extract.extract_document: article, metadata and every fact), and trafilatura's
bare_extraction with metadata, on the same bytes in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import BenchPage, bench_pages  # noqa: E402

from pipelines.extract import extract_document  # noqa: E402
from pipelines.page import parse_document  # noqa: E402


def pin_to_one_core() -> str:
    """Pin this process to a single CPU; say which (or why not)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def trafilatura_runner() -> Callable[[BenchPage], object] | None:
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:
        print(
            f"trafilatura not available ({exc}); install the bench extra: pip install -e '.[bench]'"
        )
        return None
    return lambda page: bare_extraction(
        page.body, url=page.url, with_metadata=True, include_comments=False
    )


def time_runs(
    run: Callable[[BenchPage], object], pages: list[BenchPage], rounds: int
) -> list[float]:
    """Seconds per page for every (round, page), after one warm-up pass."""
    for page in pages:
        run(page)
    seconds: list[float] = []
    for _ in range(rounds):
        for page in pages:
            start = time.perf_counter()
            run(page)
            seconds.append(time.perf_counter() - start)
    return seconds


def report(label: str, seconds: list[float]) -> None:
    total = sum(seconds)
    ms = [value * 1000 for value in seconds]
    p95 = statistics.quantiles(ms, n=20)[18]
    print(
        f"{label:<34} {len(seconds) / total:8.1f} pages/s   mean {statistics.fmean(ms):6.2f} ms"
        f"   median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the page set")
    parser.add_argument("--variants", type=int, default=4, help="pages generated per fixture")
    parser.add_argument("--write", type=Path, help="also write the page set to this folder")
    args = parser.parse_args(argv)

    pinned = pin_to_one_core()
    pages = bench_pages(args.variants)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for page in pages:
            (args.write / f"{page.name}.html").write_bytes(page.body)
    sizes = [len(page.body) / 1024 for page in pages]
    print(
        f"{len(pages)} pages, {statistics.fmean(sizes):.1f} KB mean "
        f"({min(sizes):.1f}-{max(sizes):.1f} KB), {args.rounds} rounds, one process, {pinned}"
    )
    report(
        "page parsing (parse_document)",
        time_runs(lambda p: parse_document(p.body, url=p.url, site=p.site), pages, args.rounds),
    )
    report(
        "full extraction (extract_document)",
        time_runs(lambda p: extract_document(p.body, url=p.url, site=p.site), pages, args.rounds),
    )
    trafilatura = trafilatura_runner()
    if trafilatura:
        report("trafilatura bare_extraction", time_runs(trafilatura, pages, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
