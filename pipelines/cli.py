"""The `procurement-archive` command: one sub-command per job."""

from __future__ import annotations

import argparse
import importlib
import sys

# sub-command -> module whose main(args) -> int runs it
HANDLERS = {
    "extract": "pipelines.extract_cmd",
    "crawl": "pipelines.crawl",
    "serve": "pipelines.serve",
    "demo": "pipelines.demo",
    "reextract": "pipelines.storage_reextract",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="procurement-archive",
        description="Archive public-procurement news: crawl, extract, store, serve.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the facts of HTML or text files as JSON lines")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file to read, '-' for stdin")
    add_archive_commands(sub)
    return parser


def add_archive_commands(sub) -> None:
    """crawl, reextract, serve and demo (options only: their modules load when run)."""
    db_help = "archive file (default: scrapers.settings.ARCHIVE_DB, data/archive.db)"
    p = sub.add_parser("crawl", help="run the spiders into the archive and print a summary")
    p.add_argument("spiders", nargs="*", metavar="SPIDER", help="spiders to run (default: all)")
    p.add_argument("--since", metavar="DATE", help="only articles published from DATE")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--mirror", action="append", metavar="SPIDER=URL", help="fetch from URL")
    p.add_argument("--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting")
    p.add_argument(
        "--refresh", action="store_true", help="re-fetch archived articles too (conditionally)"
    )
    p.add_argument("--log-file", metavar="PATH", help="append the crawl's log to PATH")
    p.add_argument(
        "--quiet", action="store_true", help="print the summary only when the crawl failed (cron)"
    )

    p = sub.add_parser("reextract", help="re-run extraction over the archived raw pages")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--quiet", action="store_true", help="no progress on stderr, only the counts")

    p = sub.add_parser("serve", help="browse the archive read-only in Datasette")
    p.add_argument("--db", metavar="PATH", help=db_help)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port to listen on (8001)")

    p = sub.add_parser("demo", help="archive the bundled snapshot, then serve it")
    p.add_argument("--db", metavar="PATH", help="archive file (default: data/demo.db)")
    p.add_argument("--no-serve", action="store_true", help="build the archive, do not serve")
    p.add_argument("--host", default="127.0.0.1", help="address to serve on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port to serve on (8001)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = importlib.import_module(HANDLERS[args.command])
    return handler.main(args)


if __name__ == "__main__":
    sys.exit(main())
