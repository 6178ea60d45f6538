"""A small keep-alive HTTP/1.1 server for the crawl benchmark, run in its own process.

    .venv/bin/python bench/site_server.py ROOT [--latency-ms N]

Serves the directory ROOT on 127.0.0.1 at an OS-chosen port with the URL -> file mapping
of scrapers.mirror (``/a/b/`` -> ``a/b/index.html``), prints its base URL on the first line
of stdout and serves until it is terminated. Every answer waits `--latency-ms` first, like
a real site's response time. asyncio and persistent connections keep the server's own cost
per request low, so that the crawler, not the server, sets the pace; being a separate
process, it does not share the crawler's GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrapers.mirror import content_type, mirror_file_name  # noqa: E402

MAX_HEADER_BYTES = 64 * 1024


def locate(root: Path, target: str) -> Path | None:
    """The file below `root` serving request target `target`, or None."""
    path, _, query = target.partition("?")
    file = (root / mirror_file_name(path, query)).resolve()
    if file.is_relative_to(root) and file.is_file():
        return file
    return None


def response_bytes(root: Path, method: str, target: str) -> tuple[bytes, bytes]:
    """The status line and headers, and the body, answering `method target`."""
    file = locate(root, target) if method in ("GET", "HEAD") else None
    if file is None:
        status, kind, body = "404 Not Found", "text/plain; charset=utf-8", b"not found\n"
    else:
        status, kind, body = "200 OK", content_type(file, target), file.read_bytes()
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
        "Server: bench-site\r\n\r\n"
    ).encode("latin-1")
    return head, (b"" if method == "HEAD" else body)


async def answer(root: Path, latency: float, reader, writer) -> None:
    """Answer every request on one connection until the client closes it."""
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            method, target, version = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            if latency:
                await asyncio.sleep(latency)
            head, body = response_bytes(root, method, target)
            writer.write(head + body)
            await writer.drain()
            if version == "HTTP/1.0" or b"connection: close" in request.lower():
                break
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
        pass  # client went away, or sent something that is not a request line
    finally:
        writer.close()


async def serve(root: Path, latency_ms: float) -> None:
    """Serve `root` forever; print the base URL once listening."""
    latency = latency_ms / 1000

    async def handle(reader, writer) -> None:
        await answer(root, latency, reader, writer)

    server = await asyncio.start_server(
        handle, "127.0.0.1", 0, limit=MAX_HEADER_BYTES, backlog=1024
    )
    host, port = server.sockets[0].getsockname()[:2]
    print(f"http://{host}:{port}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="directory to serve")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="wait before answering")
    args = parser.parse_args()
    if not args.root.is_dir():
        parser.error(f"{args.root}: no such directory")
    asyncio.run(serve(args.root.resolve(), args.latency_ms))


if __name__ == "__main__":
    main()
