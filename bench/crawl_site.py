"""A generated WordPress news site shaped like Inköpsrådet, for the crawl benchmark.

`generate_site(root, articles, seed)` writes, below `root`, the files a mirror serves in
the layout of ``data/snapshot/www.inkopsradet.se`` (see scrapers.mirror for the URL ->
file mapping): ``robots.txt``, the WordPress core sitemap index ``wp-sitemap.xml``, post
sitemaps ``wp-sitemap-posts-post-K.xml`` of at most 2,000 URLs each (with ``<lastmod>``),
a home page with the "Ämnen" topic menu, and one ~40 KB article page per article at
``/bransch/<topic>/<slug>/``. Pages carry the chrome of a real WordPress page (inline
styles and configuration, menus, ads, "Senaste inläggen", readers' comments naming other
companies, footer scripts) around generated Swedish text that states procurement facts:
a buyer, a supplier, a value and a running time. The same seed gives the same site.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SITE = "https://www.inkopsradet.se"
SITEMAP_LIMIT = 2000  # WordPress core sitemaps hold at most 2,000 URLs each
TOPICS = {
    "ramavtal": "Ramavtal",
    "it-upphandling": "IT-upphandling",
    "processregler": "Processregler",
    "bygg-och-anlaggning": "Bygg och anläggning",
    "livsmedel": "Livsmedel",
    "transporter": "Transporter",
}
BUYERS = (
    "Umeå kommun", "Region Halland", "Trafikverket", "Göteborgs Stad", "Luleå kommun",
    "Region Skåne", "Försäkringskassan", "Västerås stad", "Region Jönköpings län",
    "Kalmar kommun", "Statens fastighetsverk", "Sundsvalls kommun", "Region Uppsala",
    "Borås Stad", "Skatteverket", "Helsingborgs stad",
)  # fmt: skip
COMPANY_STEMS = ("Nord", "Väst", "Syd", "Fjäll", "Kust", "Sten", "Ljus", "Berg", "Älv")
COMPANY_TRADES = ("bygg", "data", "tvätt", "transport", "kök", "städ", "konsult", "energi")
OBJECTS = (
    "skolskjutsar", "städtjänster i kommunens lokaler", "livsmedel till skolor och äldreboenden",
    "ett nytt ekonomisystem", "drift av IT-infrastrukturen", "vinterväghållning",
    "byggnation av en ny förskola", "arbetskläder", "tolktjänster", "laddstolpar för elbilar",
    "konsulttjänster inom IT", "möbler till kontor och skolor", "färdtjänst",
)  # fmt: skip
AUTHORS = ("Karin Ljunggren", "Per Åkesson", "Lena Norrby", "Jonas Wikström", "Sara Blom")
BACKGROUND = (
    "Upphandlingen har pågått sedan förra hösten och lockade {bids} anbudsgivare.",
    "Utvärderingen gjordes utifrån pris och kvalitet, där kvaliteten vägde tyngst.",
    "Tilldelningsbeslutet har inte överprövats och avtalet kan nu tecknas.",
    "Det tidigare avtalet löper ut vid årsskiftet.",
    "Kraven på miljö och arbetsvillkor har skärpts jämfört med förra upphandlingen.",
    "Flera mindre företag deltog för första gången efter att upphandlingen delats i delområden.",
    "Under dialogen med marknaden framkom att leveranstiderna var den största frågan.",
    "Avtalet omfattar även utbildning av personalen och löpande uppföljning varje kvartal.",
    "Beställaren räknar med att övergången till det nya avtalet sker under våren.",
    "Anbuden prövades mot de obligatoriska kraven innan priserna jämfördes.",
)  # fmt: skip
QUOTES = (
    "– Vi är nöjda med att ha fått in så många seriösa anbud, säger upphandlaren {person}.",
    "– Det här ger oss en stabil leverans under hela avtalstiden, säger {person}, inköpschef.",
    "– Vi har lagt stor vikt vid uppföljningen av avtalet, säger {person}.",
)
COMMENTS = (
    "Vi har haft {other} som leverantör i flera år och varit mycket nöjda.",
    "Intressant att {other} inte lämnade anbud den här gången.",
    "Undrar hur priset står sig mot det förra avtalet med {other}.",
    "Bra artikel! Vi på {other} följer utvecklingen med intresse.",
)
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")  # fmt: skip


@dataclass(frozen=True)
class Article:
    """One generated article: where it lives and the facts its text states."""

    number: int
    topic: str
    slug: str
    title: str
    published: date
    author: str

    @property
    def path(self) -> str:
        return f"/bransch/{self.topic}/{self.slug}/"


@dataclass(frozen=True)
class GeneratedSite:
    """What `generate_site` wrote: the articles and the sitemap files."""

    root: Path
    articles: list[Article]
    sitemaps: int
    total_bytes: int

    @property
    def mean_page_kb(self) -> float:
        return self.total_bytes / max(len(self.articles), 1) / 1000


def companies() -> list[str]:
    """The generated company names (all fictitious): 'Nordbygg AB', 'Västdata AB', ..."""
    return [f"{stem}{trade} AB" for stem in COMPANY_STEMS for trade in COMPANY_TRADES]


def plan_articles(count: int, rng: random.Random) -> list[Article]:
    """`count` articles with topics, titles and publication dates (newest first)."""
    articles = []
    day = date(2024, 12, 31)
    for number in range(count):
        topic = rng.choice(list(TOPICS))
        buyer, thing = rng.choice(BUYERS), rng.choice(OBJECTS)
        title = f"{buyer} tecknar avtal om {thing}"
        slug = f"{slugify(buyer)}-{slugify(thing)}-{number}"
        articles.append(Article(number, topic, slug, title, day, rng.choice(AUTHORS)))
        day -= timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    return articles


def slugify(text: str) -> str:
    """A WordPress-like slug: lower case ASCII words joined by hyphens."""
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"})
    words = "".join(c if c.isalnum() else " " for c in text.lower().translate(table)).split()
    return "-".join(words)[:60].strip("-")


def amount_text(rng: random.Random) -> str:
    """A contract value as Swedish news write it."""
    if rng.random() < 0.2:
        return f"{rng.randint(1, 4)},{rng.randint(1, 9)} miljarder kronor"
    return f"{rng.randint(2, 900)} miljoner kronor"


def article_text(article: Article, rng: random.Random) -> list[str]:
    """The paragraphs of an article: lead, facts, running time, quote and background."""
    buyer = article.title.split(" tecknar ")[0]
    supplier = rng.choice(companies())
    thing = article.title.split(" om ", 1)[1]
    years, extra = rng.randint(2, 6), rng.randint(1, 3)
    person = f"{rng.choice(('Anna', 'Erik', 'Maria', 'Johan'))} {rng.choice(('Berg', 'Lund'))}"
    paragraphs = [
        f"<strong>{buyer} har tecknat avtal med {supplier} om {thing}. "
        f"Kontraktet är värt cirka {amount_text(rng)}.</strong>",
        f"Avtalet gäller i {years} år med möjlighet till förlängning i ytterligare {extra} år. "
        f"Det nya avtalet börjar gälla den 1 {rng.choice(MONTHS)}.",
        rng.choice(QUOTES).format(person=person),
    ]
    background = rng.sample(BACKGROUND, k=rng.randint(6, len(BACKGROUND)))
    paragraphs += [sentence.format(bids=rng.randint(2, 12)) for sentence in background]
    paragraphs.append(rng.choice(QUOTES).format(person=person))
    return paragraphs


def comments_html(article: Article, rng: random.Random) -> str:
    """Readers' comments that name other companies (never facts of the article)."""
    items = []
    for number in range(rng.randint(2, 5)):
        text = rng.choice(COMMENTS).format(other=rng.choice(companies()))
        items.append(
            f'<li id="comment-{article.number}{number}" class="comment depth-1">'
            '<article class="comment-body"><footer class="comment-meta"><b class="fn">'
            f"{rng.choice(('Peter S', 'Anna B.', 'Lasse', 'Inköparen'))}</b> "
            f'<time datetime="{article.published.isoformat()}T19:0{number}:00+00:00">'
            f"{article.published.day} {MONTHS[article.published.month - 1]}</time></footer>"
            f'<div class="comment-content"><p>{text}</p></div></article></li>'
        )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} '
        f'kommentarer</h2><ol class="comment-list">{"".join(items)}</ol>'
        '<div id="respond" class="comment-respond"><h3>Lämna ett svar</h3><form action="'
        f'{SITE}/wp-comments-post.php" method="post"><textarea name="comment"></textarea>'
        "</form></div></div>"
    )


def shared_chrome(rng: random.Random) -> dict[str, str]:
    """The parts every page shares: inline head assets, the menus and the footer."""
    css = "\n".join(
        f".wp-block-{i}-{rng.randrange(999)}{{margin:{i % 7}px;padding:{i % 5}px;"
        f"color:#{i * 7919 % 0xFFFFFF:06x};font-size:{12 + i % 9}px}}"
        for i in range(300)
    )
    config = {"ads": [{"slot": f"div-gpt-ad-{i}", "sizes": [[300, 250], [728, 90]]}
                      for i in range(40)], "site": {"sections": list(TOPICS)}}  # fmt: skip
    topics = "".join(
        f'<li class="menu-item"><a href="{SITE}/bransch/{slug}/">{name}</a></li>'
        for slug, name in TOPICS.items()
    )
    extra_menu = "".join(
        f'<li class="menu-item"><a href="{SITE}/sida/{i}/">Tjänst {i}</a></li>' for i in range(60)
    )
    tracking = ";".join(f"window.t{i}=function(a){{return a+{i}}}" for i in range(150))
    return {
        "head": f"<style id='global-styles-inline-css'>{css}</style>\n<script>"
        f"window.__ADS__ = {json.dumps(config)};</script>\n",
        "menu": f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        f'<li class="menu-item menu-item-has-children"><a href="#">Ämnen</a><ul class="sub-menu">'
        f'{topics}</ul></li><li class="menu-item menu-item-has-children"><a href="{SITE}/tj/">'
        f'Tjänster</a><ul class="sub-menu">{extra_menu}</ul></li></ul></nav>\n',
        "footer": '<footer id="colophon" class="site-footer"><p>Inköpsrådet ges ut av ett '
        f"branschförlag.</p></footer>\n<script>{tracking}</script>\n",
    }


def article_html(article: Article, recent: list[Article], chrome: dict, rng: random.Random) -> str:
    """The full page of `article`, with `recent` listed in the sidebar."""
    paragraphs = "".join(f"<p>{text}</p>\n" for text in article_text(article, rng))
    links = "".join(f'<li><a href="{SITE}{a.path}">{a.title}</a></li>' for a in recent)
    stamp = f"{article.published.isoformat()}T08:30:00+00:00"
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8">
<title>{article.title} - Inköpsrådet</title>
<link rel="canonical" href="{SITE}{article.path}">
<meta property="og:type" content="article"><meta property="og:title" content="{article.title}">
<meta property="article:section" content="{TOPICS[article.topic]}">
<meta property="article:published_time" content="{stamp}">
<meta name="author" content="{article.author}">
{chrome["head"]}</head>
<body class="post-template-default single single-post postid-{article.number}">
<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="{SITE}/" rel="home">Inköpsrådet</a></p>{chrome["menu"]}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{article.number}" class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{article.title}</h1>
<div class="entry-meta"><span class="byline">Av <span class="author vcard">{article.author}</span>
</span> | <time class="entry-date published" datetime="{stamp}">{article.published}</time></div>
</header><div class="entry-content">
{paragraphs}<div class="annons annons-inline"><span class="annons-label">Annons</span>
<p>Anbudsakademin arrangerar kurser för upphandlare.</p></div></div></article>
{comments_html(article, rng)}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Senaste inläggen</h2><ul>{links}</ul></section></aside></div></div>
{chrome["footer"]}</body></html>
"""


def sitemap_files(articles: list[Article]) -> dict[str, str]:
    """The sitemap index and its post sitemaps (≤ SITEMAP_LIMIT URLs each)."""
    files = {}
    entries = []
    for start in range(0, len(articles), SITEMAP_LIMIT):
        chunk = articles[start : start + SITEMAP_LIMIT]
        name = f"wp-sitemap-posts-post-{start // SITEMAP_LIMIT + 1}.xml"
        urls = "".join(
            f"<url><loc>{SITE}{a.path}</loc><lastmod>{a.published}T08:30:00+00:00</lastmod></url>\n"
            for a in chunk
        )
        files[name] = f'<?xml version="1.0" encoding="UTF-8"?>\n{URLSET}\n{urls}</urlset>\n'
        entries.append(
            f"<sitemap><loc>{SITE}/{name}</loc><lastmod>{chunk[0].published}T08:30:00+00:00"
            "</lastmod></sitemap>"
        )
    entries.append(f"<sitemap><loc>{SITE}/wp-sitemap-posts-page-1.xml</loc></sitemap>")
    entries.append(f"<sitemap><loc>{SITE}/wp-sitemap-users-1.xml</loc></sitemap>")
    index = "\n".join(entries)
    files["wp-sitemap.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{INDEX}\n{index}\n</sitemapindex>\n'
    )
    return files


URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
INDEX = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
ROBOTS = f"""User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /bransch/medlemsnytt/
Disallow: /?s=

Sitemap: {SITE}/wp-sitemap.xml
"""


def generate_site(root: Path, articles: int, seed: int = 2024) -> GeneratedSite:
    """Write the whole site below `root`; the same seed writes the same bytes."""
    rng = random.Random(seed)
    planned = plan_articles(articles, rng)
    chrome = shared_chrome(rng)
    root.mkdir(parents=True, exist_ok=True)
    (root / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    sitemaps = sitemap_files(planned)
    for name, text in sitemaps.items():
        (root / name).write_text(text, encoding="utf-8")
    home = f"<!DOCTYPE html><html><head><title>Inköpsrådet</title></head><body>{chrome['menu']}"
    (root / "index.html").write_text(home + "</body></html>", encoding="utf-8")
    total = 0
    for article in planned:
        recent = planned[article.number + 1 : article.number + 11]
        body = article_html(article, recent, chrome, rng).encode("utf-8")
        page = root / article.path.strip("/") / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_bytes(body)
        total += len(body)
    return GeneratedSite(root, planned, len(sitemaps) - 1, total)
