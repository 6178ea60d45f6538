"""Render the SiteVision snapshot site (VästKom) from its stories."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from scrapers.mirror import mirror_file_name  # noqa: E402

ORIGIN = "https://www.vastkom.se"
PER_PAGE = 3
AREAS = {
    "digitalisering": ("Digitalisering", "5.2c7d1e4f15e3a0b1c2d3e01", "12.2c7d1e4f15e3a0b1c2d3e02"),
    "valfard": ("Välfärd", "5.3d4e5f6a15d1e2f3a4b5c01", "12.3d4e5f6a15d1e2f3a4b5c02"),
}
INDEX = "/samverkansomraden/nyhetsarkiv.5.1a2b3c4d15c0d1e2f3a4b01.html"
PRESS = ("/press/pressmeddelanden.5.6e7f8a9b15c0d1e2f3a4b11.html", "12.6e7f8a9b15c0d1e2f3a4b12")


def article_path(story: dict) -> str:
    return f"/samverkansomraden/nyhetsarkiv/{story['area']}/{story['slug']}.{story['page_id']}.html"


def area_path(area: str) -> str:
    return f"/samverkansomraden/nyhetsarkiv/{area}.{AREAS[area][1]}.html"


def page(title: str, canonical: str, main: str, related: list[dict], template: str) -> str:
    links = "\n".join(f'<li><a href="{article_path(s)}">{escape(s["title"])}</a></li>'
                      for s in related)
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - VästKom</title>
<link rel="canonical" href="{ORIGIN}{canonical}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="VästKom">
<meta name="generator" content="SiteVision">
<link rel="stylesheet" href="/sitevision/system-resource/a1b2c3/css/portlets.css">
<link rel="stylesheet" href="/download/18.1a2b3c4d15c0d1e2f3a4b99/1500000000000/vastkom.css">
<script src="/sitevision/system-resource/a1b2c3/js/jquery.js"></script>
</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_1a2b3c4d15c0d1e2f3a4b02">
<header class="sv-layout vk-header" id="svid94_1a2b3c4d15c0d1e2f3a4b03">
<div class="sv-portlet sv-text-portlet vk-tagline"><div class="sv-text-portlet-content">
<p class="normal">VästKom samlar länets kommuner kring frågor som de löser bättre tillsammans än var för sig.</p>
<p class="normal">Förbundet företräder länets 49 kommuner, främst inom välfärd och utvecklingen av regionen.</p>
</div></div>
<div class="sv-portlet sv-image-portlet vk-logo"><a href="/"><img src="/images/18.1a2b3c4d15c0d1e2f3a4b98/1500000000000/vastkom-logo.png" alt="VästKom startsida"></a></div>
<nav class="vk-mainmenu" aria-label="Huvudmeny"><button class="vk-menu-button" aria-expanded="false">MENY</button>
<ul class="sv-menu">
<li><a href="/samverkansomraden.5.1a2b3c4d15c0d1e2f3a4b04.html">Samverkansområden</a></li>
<li><a href="{INDEX}">Nyhetsarkiv</a></li>
<li><a href="{PRESS[0]}">Press</a></li>
<li><a href="/om-vastkom.5.1a2b3c4d15c0d1e2f3a4b05.html">Om VästKom</a></li>
<li><a href="https://www.vgregion.se/">Västra Götalandsregionen</a></li>
</ul></nav>
</header>
<main class="sv-layout vk-main" id="svid12_1a2b3c4d15c0d1e2f3a4b06">
{main}
</main>
<aside class="sv-layout vk-related" id="svid94_1a2b3c4d15c0d1e2f3a4b07">
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Fler nyheter</h2></div>
<ul class="vk-related-list">
{links}
</ul>
<div class="sv-portlet vk-subscribe"><h2 class="subheading">Prenumeration</h2>
<p class="normal">Här startar eller stoppar du nyhetsutskick från VästKom. <a href="/prenumeration.5.1a2b3c4d15c0d1e2f3a4b08.html">Hantera dina utskick</a></p></div>
</aside>
<footer class="sv-layout vk-footer" id="svid94_1a2b3c4d15c0d1e2f3a4b09">
<p class="normal">VästKom, Box 5073, 402 22 Göteborg. Telefon 031-335 51 00.</p>
<p class="normal"><a href="/om-webbplatsen/kakor.5.1a2b3c4d15c0d1e2f3a4b10.html">Om kakor</a> | <a href="https://www.linkedin.com/company/vastkom">LinkedIn</a></p>
</footer>
</div>
</body>
</html>
"""


def article(story: dict, others: list[dict]) -> str:
    paragraphs = "\n".join(f'<p class="normal">{escape(p)}</p>' for p in story["body"])
    attachment = ""
    if story.get("attachment"):
        file_id, stamp, name = story["attachment"]
        attachment = (f'<div class="sv-portlet sv-file-portlet"><p class="normal">Ladda ner pressmeddelandet: '
                      f'<a href="/download/{file_id}/{stamp}/{escape(name).replace(" ", "%20")}" target="_blank">'
                      f'{escape(name)}</a> (PDF, 118 kB)</p></div>')
    main = f"""<div class="sv-portlet sv-text-portlet vk-article" id="svid12_{story['page_id'][2:]}">
<div class="sv-text-portlet-content">
<h1 class="heading">{escape(story['title'])}</h1>
<p class="vk-published">Publicerad <time datetime="{story['date']}">{story['date']}</time></p>
<p class="vk-ingress">{escape(story['lead'])}</p>
{paragraphs}
</div></div>
{attachment}
<div class="sv-portlet vk-lastmodified"><p class="normal">Senast publicerad {story['date']}</p></div>"""
    return page(story["title"], article_path(story), main, others, "nyhet")


def listing(title: str, path: str, target: str, stories: list[dict], number: int,
            last: bool, others: list[dict]) -> str:
    entries = "\n".join(f"""<li class="sv-channel-item">
<div class="vk-news-date"><time datetime="{s['date']}">{s['date']}</time></div>
<a class="vk-news-title" href="{article_path(s)}">{escape(s['title'])}</a>
<p class="normal">{escape(s['lead'])}</p>
</li>""" for s in stories)
    nav = ""
    if not last:
        query = f"sv.target={target}&amp;sv.{target}.route=/&amp;page={number + 1}"
        nav = f'<div class="vk-pagination"><a rel="next" href="{path}?{query}">Nästa</a></div>'
    main = f"""<div class="sv-portlet sv-text-portlet"><h1 class="heading">{escape(title)}</h1></div>
<div class="sv-portlet sv-archive-portlet" id="svid{target.replace('.', '_')}">
<ul class="sv-channel sv-defaultlist">
{entries}
</ul>
{nav}
</div>"""
    return page(title, path, main, others, "arkiv")


def paged_listing(title: str, path: str, target: str, stories: list[dict],
                  others: list[dict]) -> dict[str, str]:
    chunks = [stories[i:i + PER_PAGE] for i in range(0, len(stories), PER_PAGE)]
    out = {}
    for number, chunk in enumerate(chunks, start=1):
        query = "" if number == 1 else f"sv.target={target}&sv.{target}.route=/&page={number}"
        name = mirror_file_name(path, query)
        out[name] = listing(title, path, target, chunk, number, number == len(chunks), others)
    return out


def files(stories: list[dict]) -> dict[str, str]:
    newest = sorted(stories, key=lambda s: s["date"], reverse=True)
    out = {}
    for story in stories:
        others = [s for s in newest if s is not story][:3]
        out[article_path(story).lstrip("/")] = article(story, others)
    for area, (label, _, target) in AREAS.items():
        in_area = [s for s in newest if s["area"] == area]
        out.update(paged_listing(f"Nyhetsarkiv – {label}", area_path(area), target, in_area,
                                 newest[:3]))
    press = [s for s in newest if s.get("press")]
    out.update(paged_listing("Pressmeddelanden", PRESS[0], PRESS[1], press, newest[:3]))
    areas = "\n".join(f'<li><a href="{area_path(a)}">{escape(label)}</a></li>'
                      for a, (label, _, _) in AREAS.items())
    index_main = f"""<div class="sv-portlet sv-text-portlet"><h1 class="heading">Nyhetsarkiv</h1>
<p class="normal">Här hittar du äldre nyheter, sorterade per samverkansområde.</p></div>
<nav class="vk-archive-areas" aria-label="Nyhetsarkiv per område"><ul>
{areas}
</ul></nav>"""
    out[INDEX.lstrip("/")] = page("Nyhetsarkiv", INDEX, index_main, newest[:3], "arkiv")
    out["robots.txt"] = ("User-agent: *\nDisallow: /sitevision/\nDisallow: /sok.html\n\n"
                         f"Sitemap: {ORIGIN}/sitemap.xml\n")
    return out
