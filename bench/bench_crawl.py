"""Crawl throughput and peak memory: the full crawl against a plain Scrapy spider, same run.

    .venv/bin/python bench/bench_crawl.py [--articles 5000] [--latency-ms 0 50]
        [--concurrency 16] [--profile crawl.prof]

Generates (deterministic seed, temporary directory) an Inköpsrådet-shaped WordPress site of
N ~40 KB articles (bench/crawl_site.py), serves it over loopback from a separate process
(bench/site_server.py, optionally answering each request after --latency-ms), and for each
latency runs, each in its own process:

* plain: a plain Scrapy spider reading the same sitemaps and fetching the same pages, with
  no pipelines (bench/plain_spider.py);
* full: ``procurement-archive crawl inkopsradet --mirror ... --db <tmp>`` - the real spider,
  ExtractPipeline, StoragePipeline and the SQLite archive.

Both get the same Scrapy settings (printed). For each: wall time from process start to
exit (imports included), article pages per second, all responses, Scrapy's own elapsed
time, CPU milliseconds per article page (user + system, from rusage: steadier than rates
when other work loads the machine) and peak memory as the summed RSS of the crawl's
process tree sampled every 50 ms. The archive must hold N
articles after the full crawl. Targets: full/plain throughput >= 0.8, full peak < 250 MB.
With --profile, one more full crawl (first latency) runs under cProfile and the time per
page is split into spider, extraction, storage and Scrapy (bench/profile_split.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import scrapy
import sqlite_utils

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

from crawl_site import generate_site  # noqa: E402
from profile_split import split_profile  # noqa: E402

SAMPLE_SECONDS = 0.05
TARGET_RATIO = 0.8
TARGET_PEAK_MB = 250.0
PAGES_KEY = "procurement_archive/pages/article"  # article pages the real spider fetched
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


@dataclass
class CrawlRun:
    """One measured crawl process."""

    name: str
    wall_seconds: float
    peak_mb: float
    returncode: int
    cpu_seconds: float = 0.0  # user + system CPU of the process and its reaped children
    stats: dict = field(default_factory=dict)
    archived: int | None = None
    log: Path | None = None

    @property
    def pages(self) -> int:
        """Article pages fetched."""
        return int(self.stats.get("plain/pages") or self.stats.get(PAGES_KEY) or 0)

    @property
    def responses(self) -> int:
        return int(self.stats.get("downloader/response_count", 0))

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_seconds / self.pages if self.pages else 0.0

    @property
    def crawl_seconds(self) -> float:
        """Scrapy's own elapsed time, engine start to close (no imports, no start-up)."""
        return float(self.stats.get("elapsed_time_seconds", 0.0))


def bench_settings(args: argparse.Namespace) -> dict[str, str]:
    """The Scrapy settings both crawls get, identical."""
    return {
        "CONCURRENT_REQUESTS": str(args.concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(args.per_domain or args.concurrency),
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False",
        "ROBOTSTXT_OBEY": "True",
        "TELNETCONSOLE_ENABLED": "False",
        "LOG_LEVEL": args.log_level,
        "TWISTED_REACTOR": REACTOR,
    }


def as_set_options(settings: dict[str, str]) -> list[str]:
    """`--set NAME=VALUE` arguments for every setting."""
    return [part for name, value in settings.items() for part in ("--set", f"{name}={value}")]


def tree_rss(process: psutil.Process) -> int:
    """Summed resident memory of `process` and its descendants, in bytes (0 once gone)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_sampled(name: str, command: list[str], log: Path) -> CrawlRun:
    """Run `command` to its end, sampling its process tree's memory every 50 ms."""
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with log.open("wb") as out:
        child = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        watched = psutil.Process(child.pid)
        while child.poll() is None:
            peak = max(peak, tree_rss(watched))
            time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return CrawlRun(name, wall, peak / 2**20, child.returncode, cpu_seconds=cpu, log=log)


def read_stats(path: Path) -> dict:
    """The crawl stats a run wrote as JSON ({} when it wrote none)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def archived_articles(db: Path) -> int:
    """Rows in the archive's articles table (0 when there is no archive)."""
    if not db.exists():
        return 0
    database = sqlite_utils.Database(db)
    try:
        return database["articles"].count if database["articles"].exists() else 0
    finally:
        database.close()


def plain_crawl(url: str, work: Path, settings: dict[str, str], tag: str) -> CrawlRun:
    """The plain Scrapy spider over the mirror."""
    stats = work / f"plain-{tag}.json"
    command = [sys.executable, str(BENCH / "plain_spider.py"), url, "--stats", str(stats)]
    run = run_sampled(
        "plain Scrapy spider", command + as_set_options(settings), stats.with_suffix(".log")
    )
    run.stats = read_stats(stats)
    return run


def full_command(url: str, db: Path, stats: Path, settings: dict[str, str]) -> list[str]:
    """`procurement-archive crawl inkopsradet` from the mirror into `db`."""
    script = Path(sys.executable).with_name("procurement-archive")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "pipelines.cli"]
    settings = settings | {"PROCUREMENT_ARCHIVE_STATS_FILE": str(stats)}
    return [*program, "crawl", "inkopsradet", "--mirror", f"inkopsradet={url}", "--db", str(db),
            *as_set_options(settings)]  # fmt: skip


def full_crawl(
    url: str, work: Path, settings: dict[str, str], tag: str, profile: Path | None = None
) -> CrawlRun:
    """The real crawl: spider, extraction, storage, into a fresh archive."""
    db, stats = work / f"full-{tag}.db", work / f"full-{tag}.json"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), stats):
        stale.unlink(missing_ok=True)  # a kept --workdir: every crawl starts a fresh archive
    command = full_command(url, db, stats, settings)
    if profile:
        command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "pipelines.cli",
                   *command[command.index("crawl"):]]  # fmt: skip
    run = run_sampled("full crawl (archive)", command, stats.with_suffix(".log"))
    run.stats = read_stats(stats)
    run.archived = archived_articles(db)
    return run


@contextmanager
def site_server(root: Path, latency_ms: float) -> Iterator[str]:
    """Serve `root` from a separate process; yields its base URL."""
    command = [sys.executable, str(BENCH / "site_server.py"), str(root)]
    server = subprocess.Popen(
        [*command, "--latency-ms", str(latency_ms)], stdout=subprocess.PIPE, text=True
    )
    try:
        url = (server.stdout.readline() if server.stdout else "").strip()
        if not url.startswith("http://"):
            raise SystemExit(f"the site server did not start (said {url!r})")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def machine_line() -> str:
    """CPUs, load and versions: the figures move with them."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"machine: {os.cpu_count()} CPUs ({usable} usable), {memory:.1f} GB RAM, load {load}; "
        f"Python {platform.python_version()}, Scrapy {scrapy.__version__}"
    )


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(latency_ms: float, plain: CrawlRun, full: CrawlRun, articles: int) -> list[str]:
    """The side-by-side table of one latency."""
    lines = [
        f"latency {latency_ms:g} ms per response",
        f"  {'crawl':<22} {'wall s':>8} {'pages/s':>8} {'responses':>9} {'crawl s':>8} "
        f"{'pages/s':>8} {'CPU ms':>7} {'peak MB':>8} {'archived':>8}",
        f"  {'':<22} {'(process)':>17} {'':>9} {'(Scrapy elapsed)':>17} {'/page':>7}",
    ]
    for run in (plain, full):
        crawl_rate = run.pages / run.crawl_seconds if run.crawl_seconds else 0.0
        archived = "-" if run.archived is None else str(run.archived)
        lines.append(
            f"  {run.name:<22} {run.wall_seconds:8.1f} {run.pages_per_second:8.1f} "
            f"{run.responses:9d} {run.crawl_seconds:8.1f} {crawl_rate:8.1f} "
            f"{run.cpu_ms_per_page:7.2f} {run.peak_mb:8.1f} "
            f"{archived:>8}"
        )
    ratio = full.pages_per_second / plain.pages_per_second if plain.pages_per_second else 0.0
    lines += [
        f"  throughput full/plain {ratio:.2f} (target >= {TARGET_RATIO}): "
        f"{verdict(ratio >= TARGET_RATIO)}",
        f"  peak memory full {full.peak_mb:.0f} MB (target < {TARGET_PEAK_MB:.0f} MB): "
        f"{verdict(full.peak_mb < TARGET_PEAK_MB)}",
        f"  archive holds {full.archived} of {articles} articles: "
        f"{verdict(full.archived == articles)}",
    ]
    lines += [f"  problem: {text}" for text in problems(plain, full, articles)]
    return lines


def problems(plain: CrawlRun, full: CrawlRun, articles: int) -> list[str]:
    """What went wrong in a run, with where its log is."""
    found = []
    for run in (plain, full):
        if run.returncode != 0:
            found.append(f"{run.name} exited with {run.returncode}; log: {run.log}")
        if run.pages != articles:
            found.append(f"{run.name} fetched {run.pages} of {articles} article pages")
    for key in ("archive/extract_errors", "archive/storage_errors", "spider_exceptions/count"):
        if full.stats.get(key):
            found.append(f"full crawl: {key} = {full.stats[key]}; log: {full.log}")
    return found


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles on the site")
    parser.add_argument("--latency-ms", type=float, nargs="+", default=[0.0, 50.0])
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS")
    parser.add_argument(
        "--per-domain", type=int, help="CONCURRENT_REQUESTS_PER_DOMAIN (= --concurrency)"
    )
    parser.add_argument("--log-level", default="INFO", help="LOG_LEVEL of both crawls")
    parser.add_argument("--seed", type=int, default=2024, help="seed of the generated site")
    parser.add_argument("--profile", type=Path, help="also profile a full crawl into this file")
    parser.add_argument("--workdir", type=Path, help="keep site, logs and archives here")
    args = parser.parse_args()
    if args.articles < 1 or args.concurrency < 1:
        parser.error("--articles and --concurrency must be at least 1")
    return args


def run_benchmark(args: argparse.Namespace, work: Path) -> None:
    """Generate the site, then crawl it plain and full at every latency; print the tables."""
    site = generate_site(work / "site", args.articles, args.seed)
    settings = bench_settings(args)
    print(machine_line())
    print(f"site: {len(site.articles)} articles, {site.mean_page_kb:.1f} KB mean page, "
          f"{site.sitemaps} post sitemaps + index + robots.txt (seed {args.seed})")  # fmt: skip
    print("settings (both crawls): " + ", ".join(f"{k}={v}" for k, v in settings.items()))
    for latency in args.latency_ms:
        tag = f"{latency:g}ms"
        with site_server(site.root, latency) as url:
            plain = plain_crawl(url, work, settings, tag)
            full = full_crawl(url, work, settings, tag)
        print("\n".join(report(latency, plain, full, args.articles)), flush=True)
        print(f"  (load after: {', '.join(f'{v:.2f}' for v in os.getloadavg())})")
    if args.profile:
        latency = args.latency_ms[0]
        with site_server(site.root, latency) as url:
            run = full_crawl(url, work, settings, f"profile-{latency:g}ms", profile=args.profile)
        print(f"\nprofiled full crawl, latency {latency:g} ms, {run.wall_seconds:.1f} s wall:")
        print("\n".join(split_profile(args.profile, run.pages)))


def main() -> None:
    args = parse_args()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run_benchmark(args, args.workdir)
        return
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as work:
        run_benchmark(args, Path(work))


if __name__ == "__main__":
    main()
