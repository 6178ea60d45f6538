"""Generic HTML rules on small realistic layouts: the article wins over page furniture,
and layout class names that merely mention "sidebar" or "comments" do not hide it."""

from __future__ import annotations

from datetime import date

from pipelines.page import parse_document

STORY = (
    "<h1>Nytt avtal om snöröjning i Byn</h1>"
    "<p>Byns kommun har tecknat avtal med Plogbolaget AB om snöröjning under fem vintrar "
    "framöver i hela kommunen.</p><p>Avtalet är värt 12 miljoner kronor och börjar gälla i "
    "november.</p>"
)
COMMENTS = "".join(
    f"<li><article class='comment-body'><p>Kommentar {n}: Snöbolaget Norr AB borde ha fått "
    "uppdraget, de har bättre maskiner och lägre priser än alla andra i hela regionen.</p>"
    "</article></li>"
    for n in range(6)
)


def test_layout_classes_naming_sidebars_and_comments_do_not_hide_the_article():
    page = parse_document(
        '<html><body class="single comments-open has-sidebar"><div class="layout with-sidebar '
        f'sidebar-right"><article class="post tag-comments category-related">{STORY}</article>'
        '<aside class="sidebar"><p>Populärt just nu</p></aside></div></body></html>'
    )
    assert page.title == "Nytt avtal om snöröjning i Byn"
    assert "Plogbolaget AB" in page.body and "12 miljoner kronor" in page.body
    assert "Populärt" not in page.body


def test_comment_articles_are_not_the_article():
    page = parse_document(
        f"<html><body><div class='story'>{STORY}</div>"
        f"<section id='comments'><ol class='comment-list'>{COMMENTS}</ol></section></body></html>"
    )
    assert "Plogbolaget AB" in page.body
    assert "Snöbolaget" not in page.body


def test_page_builder_widget_wrappers_keep_the_text():
    page = parse_document(
        "<html><body><div class='elementor-widget elementor-widget-theme-post-content'>"
        f"<div class='elementor-widget-container'>{STORY}</div></div></body></html>"
    )
    assert "Plogbolaget AB" in page.body and "november" in page.body


def test_text_in_line_breaks_becomes_paragraphs():
    page = parse_document(
        "<html><body><div class='text'><b>Skolskjuts klar</b><br>Kommunen har valt Taxi "
        "Syd AB för skolskjutsar i fyra år, visar tilldelningsbeslutet.<br><br>Värdet är 30 "
        "miljoner kronor enligt kommunens egen uppskattning.</div></body></html>"
    )
    assert page.body.split("\n\n")[-1].startswith("Värdet är 30 miljoner kronor")
    assert "Kommunen har valt Taxi Syd AB" in page.body


def test_page_wrapped_in_one_form_keeps_its_article():
    """ASP.NET WebForms pages put the whole page inside <form id="aspnetForm">."""
    page = parse_document(
        '<html><body><form id="aspnetForm" method="post" action="./nyhet.aspx">'
        '<input type="hidden" name="__VIEWSTATE" value="abc"><div id="header">Meny</div>'
        f'<div id="maincontent">{STORY}</div><form class="search"><input name="q"></form>'
        "</form></body></html>"
    )
    assert page.title == "Nytt avtal om snöröjning i Byn"
    assert "Plogbolaget AB" in page.body and "november" in page.body


def test_plain_dateline_under_the_headline():
    page = parse_document(
        "<html><body><div class='head'><h1>Nytt avtal om snöröjning i Byn</h1></div>"
        "<p class='sub'>| 2018-09-28</p><div class='txt'><p>Byns kommun har tecknat avtal med "
        "Plogbolaget AB om snöröjning under fem vintrar framöver i hela kommunen.</p></div>"
        "</body></html>"
    )
    assert page.published == date(2018, 9, 28)
    assert "2018" not in page.body


def test_schema_org_article_body_is_trusted_first():
    page = parse_document(
        "<html><body><div class='promo'><p>Prenumerera på vårt nyhetsbrev och få alla nyheter "
        "om offentliga affärer, upphandlingar och ramavtal direkt i inkorgen varje morgon.</p>"
        "</div><div itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<div itemprop='articleBody'>{STORY}</div></div></body></html>"
    )
    assert page.body.startswith("Byns kommun har tecknat avtal med Plogbolaget AB")
    assert "nyhetsbrev" not in page.body


def test_site_name_is_cut_from_title_tags_but_headline_dashes_stay():
    body = f"<body><div class='txt'>{STORY.split('</h1>')[1]}</div></body>"

    def title_of(head: str, url: str | None = None) -> str | None:
        return parse_document(f"<html><head>{head}</head>{body}</html>", url=url).title

    assert title_of("<title>Avtal klart – kommunen väljer ny leverantör</title>") == (
        "Avtal klart – kommunen väljer ny leverantör"
    )
    assert title_of("<title>Avtal klart för snöröjning | Byns Tidning</title>") == (
        "Avtal klart för snöröjning"
    )
    assert title_of(
        "<title>Avtal klart för snöröjning - Upphandling24</title>",
        url="https://upphandling24.se/avtal-klart/",
    ) == ("Avtal klart för snöröjning")
    assert title_of(
        '<meta property="og:site_name" content="Kommunnytt">'
        '<meta property="og:title" content="Snöröjning upphandlas igen – Kommunnytt">'
    ) == ("Snöröjning upphandlas igen")
