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
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="procurement-archive",
        description="Archive public-procurement news: crawl, extract, store, serve.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the facts of HTML or text files as JSON lines")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file to read, '-' for stdin")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = importlib.import_module(HANDLERS[args.command])
    return handler.main(args)


if __name__ == "__main__":
    sys.exit(main())
