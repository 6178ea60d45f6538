"""Render the WordPress snapshot sites (Inköpsrådet, Upphandling24) from their stories."""

from __future__ import annotations

from html import escape
from pathlib import Path

PER_PAGE = 2
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def swedish_date(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


class WordPressSite:
    def __init__(self, origin: str, name: str, topics: dict[str, str], stories: list[dict],
                 sister: tuple[str, str]):
        self.origin, self.name, self.topics, self.stories = origin, name, topics, stories
        self.sister_origin, self.sister_name = sister
        self.public = [s for s in stories if not s.get("members_only")]

    def url(self, story: dict) -> str:
        return f"{self.origin}/bransch/{story['topic']}/{story['slug']}/"

    # --- chrome ----------------------------------------------------------------------
    def head(self, title: str, canonical: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {escape(self.name)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canonical}">
<meta property="og:locale" content="sv_SE">
<meta property="og:site_name" content="{escape(self.name)}">
{extra}
<link rel="alternate" type="application/rss+xml" title="{escape(self.name)} &raquo; flöde" href="{self.origin}/feed/">
<link rel="stylesheet" id="theme-style-css" href="{self.origin}/wp-content/themes/branschnytt/style.css?ver=2.4.1" media="all">
<script src="{self.origin}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
"""

    def header(self) -> str:
        topics = "\n".join(
            f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category">'
            f'<a href="{self.origin}/bransch/{slug}/">{escape(label)}</a></li>'
            for slug, label in self.topics.items())
        return f"""<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><ul><li><a href="{self.origin}/nyhetsbrev/">Prenumerera på {escape(self.name)}s nyhetsbrev</a></li></ul></div>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="{self.origin}/" rel="home">{escape(self.name)}</a></p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Huvudmeny">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meny</button>
<ul id="primary-menu" class="menu">
<li class="menu-item menu-item-has-children"><a href="#">Ämnen</a>
<ul class="sub-menu">
{topics}
</ul></li>
<li class="menu-item menu-item-has-children"><a href="{self.origin}/karriar/">Karriär</a>
<ul class="sub-menu">
<li class="menu-item"><a href="{self.origin}/lediga-jobb/">Lediga jobb</a></li>
<li class="menu-item"><a href="{self.origin}/lonestatistik/">Lönestatistik</a></li>
</ul></li>
<li class="menu-item"><a href="{self.origin}/utbildning/">Utbildning</a></li>
<li class="menu-item menu-item-has-children"><a href="{self.origin}/konferenser/">Konferenser</a>
<ul class="sub-menu"><li class="menu-item"><a href="{self.origin}/konferenser/praxisdagen/">Praxisdagen &bull; Stockholm</a></li></ul></li>
<li class="menu-item"><a href="{self.origin}/annonsera/">Annonsera</a></li>
<li class="menu-item menu-item-has-children"><a href="{self.origin}/om-oss/">Om oss</a>
<ul class="sub-menu"><li class="menu-item"><a href="{self.origin}/kontakta-oss/">Kontakta oss</a></li>
<li class="menu-item"><a href="{self.origin}/integritetspolicy/">Integritetspolicy</a></li></ul></li>
</ul>
</nav>
</header>
"""

    def sidebar(self) -> str:
        latest = "\n".join(
            f'<li><a href="{self.url(s)}">{escape(s["title"])}</a></li>' for s in self.public[:5])
        return f"""<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.origin}/">
<label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" placeholder="Sök &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="Sök"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Senaste inläggen</h2>
<ul>
{latest}
</ul>
</section>
<section id="custom_html-3" class="widget_text widget widget_custom_html annons">
<div class="annons-label">Annons</div>
<div class="textwidget custom-html-widget"><a href="https://www.exempel-upphandlingsstod.se/kampanj/?utm_source={self.name.lower()}" rel="sponsored noopener" target="_blank"><img src="{self.origin}/wp-content/uploads/2018/annons-anbudsstod.png" alt="Anbudsstöd AB hjälper dig vinna fler offentliga affärer"></a></div>
</section>
<section id="text-5" class="widget widget_text"><h2 class="widget-title">Från {escape(self.sister_name)}</h2>
<div class="textwidget"><p>Läs mer om offentliga affärer på <a href="{self.sister_origin}/">{escape(self.sister_name)}</a>.</p></div></section>
</aside>
"""

    def footer(self) -> str:
        return f"""<footer id="colophon" class="site-footer">
<div class="footer-widgets"><p>{escape(self.name)} ges ut av Branschmedia i Sverige AB. Ansvarig utgivare: Redaktionen.</p>
<p><a href="{self.origin}/annonsera/">Annonsera</a> | <a href="{self.origin}/integritetspolicy/">Integritetspolicy</a> | <a href="https://www.facebook.com/{self.name.lower()}">Facebook</a> | <a href="https://www.linkedin.com/company/{self.name.lower()}">LinkedIn</a></p></div>
<div class="site-info">&copy; {escape(self.name)}</div>
</footer>
<script src="{self.origin}/wp-content/themes/branschnytt/js/navigation.js?ver=2.4.1" id="theme-navigation-js"></script>
</body>
</html>
"""

    # --- pages -----------------------------------------------------------------------
    def article(self, story: dict) -> str:
        url, topic_label = self.url(story), self.topics.get(story["topic"], story["topic"])
        published = f"{story['date']}T08:30:00+00:00"
        meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{escape(story['title'])}">
<meta property="og:description" content="{escape(story['lead'])}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="{escape(topic_label)}">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{story.get('modified', story['date'])}T08:30:00+00:00">
<meta name="author" content="{escape(story['author'])}">"""
        paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in story["body"])
        tags = ", ".join(f'<a href="{self.origin}/tag/{escape(t)}/" rel="tag">{escape(t)}</a>'
                         for t in story["tags"])
        others = [s for s in self.public if s is not story][:3]
        related = "\n".join(f'<li><a href="{self.url(s)}">{escape(s["title"])}</a></li>'
                            for s in others)
        author_slug = story["author"].lower().replace(" ", "-")
        return (self.head(story["title"], url, meta)
                + f'<body class="post-template-default single single-post postid-{story["id"]} single-format-standard">\n'
                + '<div id="page" class="site">\n' + self.header()
                + f"""<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-{story['id']}" class="post-{story['id']} post type-post status-publish format-standard has-post-thumbnail hentry category-{story['topic']}">
<header class="entry-header">
<div class="entry-categories"><a href="{self.origin}/bransch/{story['topic']}/" rel="category tag">{escape(topic_label)}</a></div>
<h1 class="entry-title">{escape(story['title'])}</h1>
<div class="entry-meta"><span class="byline">Av <span class="author vcard"><a class="url fn n" href="{self.origin}/author/{author_slug}/">{escape(story['author'])}</a></span></span> | <span class="posted-on"><time class="entry-date published" datetime="{published}">{story['date']}</time></span></div>
</header>
<div class="entry-content">
<p class="ingress"><strong>{escape(story['lead'])}</strong></p>
{paragraphs}
<div class="annons annons-inline"><span class="annons-label">Annons</span>
<p><strong>Leder du upphandlingsprojekt och vill utvecklas?</strong> Anbudsakademin AB arrangerar en tvådagarskurs för upphandlare. <a href="https://www.exempel-anbudsakademin.se/kurser/">Läs mer om kursen här.</a></p></div>
</div>
<footer class="entry-footer"><span class="tags-links">Taggar: {tags}</span></footer>
</article>
<div class="related-posts"><h3>Läs mer</h3><ul>
{related}
</ul></div>
{self.comments(story)}
</main>
{self.sidebar()}</div>
</div>
""" + self.footer())

    def comments(self, story: dict) -> str:
        items = []
        for number, (name, text) in enumerate(story["comments"], start=1):
            items.append(f"""<li id="comment-{story['id']}{number}" class="comment even thread-even depth-1">
<article id="div-comment-{story['id']}{number}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(name)}</b> <span class="says">skriver:</span></div>
<div class="comment-metadata"><a href="{self.url(story)}#comment-{story['id']}{number}"><time datetime="{story['date']}T19:0{number}:00+00:00">{swedish_date(story['date'])} kl. 19:0{number}</time></a></div></footer>
<div class="comment-content"><p>{escape(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{story['id']}{number}">Svara</a></div>
</article></li>""")
        title = f"{len(items)} kommentarer" if items else "Inga kommentarer"
        return f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{title}</h2>
<ol class="comment-list">
{chr(10).join(items)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Lämna ett svar</h3>
<form action="{self.origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Din e-postadress visas inte för andra läsare.</p>
<p class="comment-form-comment"><label for="comment">Kommentar</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publicera kommentar"></p>
</form></div>
</div>"""

    def listing(self, title: str, canonical: str, stories: list[dict], next_url: str | None,
                body_class: str, extra_entries: str = "") -> str:
        entries = "\n".join(f"""<article id="post-{s['id']}" class="post-{s['id']} post type-post status-publish format-standard hentry category-{s['topic']}">
<header class="entry-header"><h2 class="entry-title"><a href="{self.url(s)}" rel="bookmark">{escape(s['title'])}</a></h2>
<div class="entry-meta"><time class="entry-date published" datetime="{s['date']}T08:30:00+00:00">{s['date']}</time></div></header>
<div class="entry-summary"><p>{escape(s['lead'])}</p></div>
</article>""" for s in stories)
        nav, link = "", ""
        if next_url:
            link = f'<link rel="next" href="{next_url}">'
            nav = (f'<nav class="navigation posts-navigation" aria-label="Inlägg"><div class="nav-links">'
                   f'<div class="nav-previous"><a href="{next_url}">Äldre inlägg</a></div></div></nav>')
        return (self.head(title, canonical, link) + f'<body class="{body_class}">\n<div id="page" class="site">\n'
                + self.header() + f"""<div id="content" class="site-content">
<main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">{escape(title)}</h1></header>
{entries}
{extra_entries}
{nav}
</main>
{self.sidebar()}</div>
</div>
""" + self.footer())

    # --- the tree --------------------------------------------------------------------
    def files(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for story in self.stories:
            out[f"bransch/{story['topic']}/{story['slug']}/index.html"] = self.article(story)
        for topic, label in self.topics.items():
            out.update(self.topic_pages(topic, label))
        out["index.html"] = self.listing(self.name, f"{self.origin}/", self.public[:4], None, "home blog")
        out["robots.txt"] = self.robots()
        out["wp-sitemap.xml"] = self.sitemap_index()
        out["wp-sitemap-posts-post-1.xml"] = self.post_sitemap()
        out["feed/index.xml"] = self.feed()
        return out

    def topic_pages(self, topic: str, label: str) -> dict[str, str]:
        stories = sorted((s for s in self.public if s["topic"] == topic),
                         key=lambda s: s["date"], reverse=True)
        pages = [stories[i:i + PER_PAGE] for i in range(0, len(stories), PER_PAGE)] or [[]]
        out = {}
        for number, chunk in enumerate(pages, start=1):
            base = f"{self.origin}/bransch/{topic}/"
            canonical = base if number == 1 else f"{base}page/{number}/"
            next_url = f"{base}page/{number + 1}/" if number < len(pages) else None
            path = f"bransch/{topic}/" + ("" if number == 1 else f"page/{number}/")
            extra = self.sister_teaser() if number == 1 else ""
            out[path + "index.html"] = self.listing(
                f"Kategori: {label}", canonical, chunk, next_url,
                f"archive category category-{topic}", extra)
        return out

    def sister_teaser(self) -> str:
        return f"""<article class="post type-post sponsored-teaser">
<header class="entry-header"><h2 class="entry-title"><a href="{self.sister_origin}/bransch/nyheter/lasvart-hos-{self.sister_name.lower()}/">Läsvärt hos {escape(self.sister_name)}</a></h2>
<div class="entry-meta"><span class="teaser-label">Från vår systersajt</span></div></header>
</article>"""

    def robots(self) -> str:
        return f"""User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /bransch/medlemsnytt/
Disallow: /?s=

Sitemap: {self.origin}/wp-sitemap.xml
"""

    def sitemap_index(self) -> str:
        newest = max(s.get("modified", s["date"]) for s in self.stories)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{self.origin}/wp-sitemap-index.xsl" ?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{self.origin}/wp-sitemap-posts-post-1.xml</loc><lastmod>{newest}T08:30:00+00:00</lastmod></sitemap>
<sitemap><loc>{self.origin}/wp-sitemap-posts-page-1.xml</loc></sitemap>
<sitemap><loc>{self.origin}/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
<sitemap><loc>{self.origin}/wp-sitemap-taxonomies-post_tag-1.xml</loc></sitemap>
<sitemap><loc>{self.origin}/wp-sitemap-users-1.xml</loc></sitemap>
</sitemapindex>
"""

    def post_sitemap(self) -> str:
        urls = "\n".join(f"<url><loc>{self.url(s)}</loc><lastmod>{s.get('modified', s['date'])}T08:30:00+00:00</lastmod></url>"
                         for s in sorted(self.stories, key=lambda s: s["date"], reverse=True))
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{self.origin}/wp-sitemap.xsl" ?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""

    def feed(self) -> str:
        from email.utils import format_datetime
        from datetime import datetime, timezone
        items = []
        for s in sorted(self.public, key=lambda s: s["date"], reverse=True):
            when = datetime.fromisoformat(s["date"]).replace(hour=8, minute=30, tzinfo=timezone.utc)
            items.append(f"""<item>
<title>{escape(s['title'])}</title>
<link>{self.url(s)}</link>
<dc:creator><![CDATA[{s['author']}]]></dc:creator>
<pubDate>{format_datetime(when)}</pubDate>
<category><![CDATA[{self.topics.get(s['topic'], s['topic'])}]]></category>
<guid isPermaLink="false">{self.origin}/?p={s['id']}</guid>
<description><![CDATA[{s['lead']}]]></description>
</item>""")
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{escape(self.name)}</title>
<atom:link href="{self.origin}/feed/" rel="self" type="application/rss+xml" />
<link>{self.origin}</link>
<description>Nyheter om offentliga affärer</description>
<language>sv-SE</language>
{chr(10).join(items)}
</channel>
</rss>
"""


def write_tree(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
