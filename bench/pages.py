"""The benchmark's page set: the test fixtures grown into full ~40 KB site pages.

Each fixture (tests/fixtures/pages/*.html) keeps its article and gets what real pages carry
around one: a large inline stylesheet and script configuration in the head, a cookie
dialog, a mega menu, sidebar widgets, a comment thread, a link-heavy footer and tracking
scripts. Variants differ in their numbers and names so no two pages are identical.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
TARGET_BYTES = 40_000
WORDS = (
    "upphandling", "avtal", "kommun", "region", "leverantör", "anbud", "ramavtal",
    "tilldelning", "överprövning", "kontrakt", "värde", "miljoner", "kronor", "förvaltningsrätt",
    "kammarrätt", "direktupphandling", "krav", "utvärdering", "pris", "kvalitet", "hållbarhet",
    "offentlig", "sektor", "inköp", "avrop", "option", "förlängning",
)  # fmt: skip
FIRST_NAMES = ("Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sofia", "Mats", "Eva", "Nils")
LAST_NAMES = ("Berg", "Lund", "Holm", "Strand", "Ek", "Dahl", "Nyström", "Sjöberg", "Falk")


@dataclass(frozen=True, slots=True)
class BenchPage:
    name: str
    site: str | None
    url: str
    body: bytes


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _head_extras(rng: random.Random) -> str:
    rules = "\n".join(
        f".c{i}-{rng.randrange(999)}{{margin:{i % 7}px;padding:{i % 5}px;"
        f"color:#{i * 7919 % 0xFFFFFF:06x}}}"
        for i in range(140)
    )
    config = {
        "site": {"id": rng.randrange(10**6), "sections": [f"sektion-{i}" for i in range(40)]},
        "ads": [{"slot": f"div-gpt-ad-{i}", "sizes": [[300, 250], [728, 90]]} for i in range(25)],
    }
    return (
        f"<style id='theme-inline-css'>{rules}</style>\n"
        f"<script>window.__CONFIG__ = {json.dumps(config)};</script>\n"
        '<link rel="preload" href="/fonts/brand.woff2" as="font" crossorigin>\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
    )


def _menu(rng: random.Random) -> str:
    groups = []
    for group in range(8):
        items = "".join(
            f'<li class="menu-item"><a href="/amne/{group}-{item}/">{rng.choice(WORDS).title()} '
            f"{rng.choice(WORDS)}</a></li>"
            for item in range(10)
        )
        groups.append(
            f'<li class="menu-item menu-item-has-children"><a href="/g{group}/">'
            f'{rng.choice(WORDS).title()}</a><ul class="sub-menu">{items}</ul></li>'
        )
    return (
        '<div id="cookie-consent" class="cookie-banner" role="dialog"><p>Vi använder cookies '
        "för att ge dig en bättre upplevelse. Läs mer i vår cookiepolicy.</p>"
        "<button>Godkänn alla</button><button>Endast nödvändiga</button></div>\n"
        f'<nav class="mega-menu" aria-label="Huvudmeny"><ul>{"".join(groups)}</ul></nav>\n'
    )


def _widgets(rng: random.Random) -> str:
    posts = "".join(
        f'<li><a href="/nyheter/{i}/">{_sentence(rng, 7)[:-1]}</a></li>' for i in range(15)
    )
    courses = "".join(
        f'<li><a href="/kurs/{i}/">{rng.choice(WORDS).title()} för upphandlare | '
        f"{rng.randrange(1, 28)} november</a></li>"
        for i in range(8)
    )
    return (
        '<aside id="secondary" class="widget-area">'
        f'<section class="widget widget_recent_entries"><h2>Senaste inläggen</h2><ul>{posts}</ul>'
        "</section>"
        f'<section class="widget widget_courses"><h2>Aktuella utbildningar</h2><ul>{courses}</ul>'
        "</section>"
        '<section class="widget widget_jobs"><h2>Lediga jobb</h2>'
        f"<p>{_sentence(rng, 12)}</p><p>{_sentence(rng, 10)}</p></section></aside>\n"
    )


def _comments(rng: random.Random) -> str:
    comments = "".join(
        f'<li class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{rng.choice(FIRST_NAMES)}</b> <time datetime="2021-03-1{i % 9}">'
        f"1{i % 9} mars 2021</time></footer><div class='comment-content'><p>"
        f"{_sentence(rng, 40)}</p></div></article></li>"
        for i in range(10)
    )
    return (
        '<div id="comments" class="comments-area"><h2>Kommentarer från läsarna</h2>'
        f'<ol class="comment-list">{comments}</ol><div id="respond" class="comment-respond">'
        "<h3>Lämna ett svar</h3><form><textarea name='comment'></textarea></form></div></div>\n"
    )


def _footer(rng: random.Random) -> str:
    columns = "".join(
        "<div class='footer-col'><ul>"
        + "".join(
            f"<li><a href='/f/{c}/{i}'>{rng.choice(WORDS).title()}</a></li>" for i in range(8)
        )
        + "</ul></div>"
        for c in range(5)
    )
    tracking = ";".join(f"window.t{i}=function(a){{return a+{i}}}" for i in range(120))
    return (
        f'<footer class="site-footer">{columns}<p>© Förlaget AB. Ansvarig utgivare: '
        f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}.</p></footer>\n"
        f"<script>{tracking}</script>\n"
    )


def _grow(html: str, rng: random.Random) -> str:
    """The fixture page with site chrome added until it weighs about TARGET_BYTES."""
    html = html.replace("</head>", _head_extras(rng) + "</head>", 1)
    body_at = html.find(">", html.lower().find("<body")) + 1
    html = html[:body_at] + _menu(rng) + html[body_at:]
    chrome = _widgets(rng) + _comments(rng)
    while len(html.encode()) + len(chrome.encode()) + 4000 < TARGET_BYTES:
        chrome += _widgets(rng)
    closing = html.lower().rfind("</body>")
    return html[:closing] + chrome + _footer(rng) + html[closing:]


def _vary(html: str, rng: random.Random) -> str:
    """Change digits in the body's text (never in markup) so every variant differs."""
    body_at = html.lower().find("<body")
    out = []
    in_tag = False
    for position, char in enumerate(html):
        if char == "<":
            in_tag = True
        elif char == ">":
            in_tag = False
        elif char.isdigit() and not in_tag and position > body_at and rng.random() < 0.3:
            char = str(rng.randrange(10))
        out.append(char)
    return "".join(out)


def bench_pages(variants: int = 4, seed: int = 2024) -> list[BenchPage]:
    """`variants` pages per fixture, deterministic for a given seed."""
    rng = random.Random(seed)
    pages: list[BenchPage] = []
    for fixture in sorted(FIXTURES.glob("*.html")):
        expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
        raw = fixture.read_bytes()
        encoding = "iso-8859-1" if b"iso-8859-1" in raw[:1024] else "utf-8"
        html = raw.decode(encoding)
        for number in range(variants):
            page = _grow(_vary(html, rng), rng)
            pages.append(
                BenchPage(
                    name=f"{fixture.stem}-{number}",
                    site=expected["site"],
                    url=expected["url"],
                    body=page.encode(encoding, errors="xmlcharrefreplace"),
                )
            )
    return pages
