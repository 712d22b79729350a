from __future__ import annotations

import pytest

from storyline.errors import EmptyInput
from storyline.ingest.html import ExtractedHtml, extract_html

P1 = (
    "Negotiators from both sides left Geneva on Friday without an agreement, officials said, ending three "
    "days of talks that had been billed as a last chance for a ceasefire."
)
P2 = (
    "The foreign minister said the delegation would return home and consult the government before "
    "deciding on any further meetings with the other side."
)
P3 = (
    "Analysts expect the fighting to intensify in the coming weeks, with both armies reinforcing "
    "positions along the front line near the river."
)

PAGE = f"""<html><head><title>Talks collapse in Geneva | The Daily Example</title>
<meta property="og:title" content="Talks collapse in Geneva">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-10-17T09:00:00Z">
<meta name="description" content="Negotiators left without a deal.">
<link rel="canonical" href="https://www.dailyexample.com/world/talks-collapse">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Talks collapse in Geneva</h1>
<p>{P1}</p>
<p>{P2}</p>
<h2>What comes next</h2>
<p>{P3}</p>
</article>
<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page() -> ExtractedHtml:
    return extract_html(PAGE)


def test_paragraphs_kept_and_separated_by_blank_lines(page: ExtractedHtml) -> None:
    assert page.text == f"{P1}\n\nP2\n\nWhat comes next\n\n{P3}".replace("P2", P2)


def test_navigation_footer_and_title_left_out(page: ExtractedHtml) -> None:
    for gone in ("Home", "World news section", "Privacy policy", "All rights reserved", "Talks collapse in Geneva"):
        assert gone not in page.text


def test_page_metadata_read(page: ExtractedHtml) -> None:
    assert page.title == "Talks collapse in Geneva"
    assert page.author == "Jane Doe"
    assert page.date == "2025-10-17"
    assert page.sitename == "The Daily Example"
    assert page.url == "https://www.dailyexample.com/world/talks-collapse"
    assert page.description == "Negotiators left without a deal."


def test_missing_date_is_none_not_guessed() -> None:
    html = PAGE.replace('<meta property="article:published_time" content="2025-10-17T09:00:00Z">', "")
    assert extract_html(html).date is None


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    html = PAGE.replace(f"<p>{P2}</p>", f"<p>{P2}<br>Second line of the same paragraph, written by hand here.</p>")
    assert f"{P2}\nSecond line of the same paragraph" in extract_html(html).text


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>"],
)
def test_page_without_main_text_is_empty_input(html: str) -> None:
    with pytest.raises(EmptyInput) as err:
        extract_html(html, url="https://example.com/x")
    assert "https://example.com/x" in str(err.value)


def test_date_printed_in_page_header_is_read_when_metadata_has_none() -> None:
    # a standfirst and a "Published" label over the date, as government press releases print them
    html = (
        "<html><head><title>New coastal funding</title></head><body><main><h1>New coastal funding</h1>"
        "<p>Coastal towns will get new money.</p><dl><dt>Published</dt><dd>20 April 2026</dd></dl>"
        f"<p>{P1}</p><p>{P2}</p><p>The fund was first proposed on 3 March 2025.</p></main></body></html>"
    )
    page = extract_html(html)
    assert page.date == "2026-04-20"
    assert page.date_how == "page header line 'Published 20 April 2026'"


def test_body_date_is_not_taken_as_header_date() -> None:
    html = f"<html><body><article><h1>Talks</h1><p>{P1}</p><p>Published on 3 March 2025, the report said so.</p></article></body></html>"
    page = extract_html(html)
    assert page.date is None
    assert page.date_how == "page metadata"


def _page(body: str) -> str:
    return f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{P1}</p>{body}<p>{P3}</p></article></body></html>"


def test_inline_time_element_keeps_its_text() -> None:
    page = extract_html(_page('<p>The next round is set for <time datetime="2026-03-03">March 3</time> in Vienna, the ministry said in a statement.</p>'))
    assert page.text.split("\n\n")[1] == "The next round is set for March 3 in Vienna, the ministry said in a statement."


def test_live_blog_entry_stamps_are_kept_as_paragraphs() -> None:
    entries = "".join(
        f'<div class="entry"><time datetime="2026-11-04T0{h}:00">{h}:00 a.m. ET</time><p>{p}</p></div>'
        for h, p in ((9, P2), (7, P1.replace("Geneva", "Vienna")), (5, P2.replace("minister", "envoy")))
    )
    html = f"<html><head><title>Talks live</title></head><body><article><h1>Talks live</h1>{entries}</article></body></html>"
    paras = extract_html(html).text.split("\n\n")
    assert paras == ["9:00 a.m. ET", P2, "7:00 a.m. ET", P1.replace("Geneva", "Vienna"), "5:00 a.m. ET", P2.replace("minister", "envoy")]


def test_word_break_hints_do_not_cut_the_paragraph() -> None:
    page = extract_html(_page("<p>Shelling hit Dnipro<wbr>petrovsk and the sur&shy;rounding vil\u00adlages overnight, officials said.</p>"))
    assert page.text.split("\n\n")[1] == "Shelling hit Dnipropetrovsk and the surrounding villages overnight, officials said."


def test_extraction_artefacts_headline_and_repeated_first_entry_are_dropped() -> None:
    from storyline.ingest.html import _without_artefacts

    assert _without_artefacts([P2, "Talks live", P1], "Talks live") == [P2, P1]
    assert _without_artefacts(["9:00 a.m. ET", P2, "9:00 a.m. ET", P2, P3], None) == ["9:00 a.m. ET", P2, P3]
    # a repetition further down is the page's own business
    assert _without_artefacts([P1, P2, P1], None) == [P1, P2, P1]


def _without_site_metadata(title_tag: str) -> str:
    return (PAGE.replace('<meta property="og:site_name" content="The Daily Example">\n', "")
            .replace("<title>Talks collapse in Geneva | The Daily Example</title>", f"<title>{title_tag}</title>"))


@pytest.mark.parametrize(
    ("title_tag", "site"),
    [
        ("Talks collapse in Geneva | The Daily Example", "The Daily Example"),
        ("Talks collapse in Geneva - Kestrel News", "Kestrel News"),
        # no outlet in the title: the domain of the page's address stays
        ("Talks collapse in Geneva", "dailyexample.com"),
        # the tail is no outlet when what stands before it is not the headline
        ("World | Talks collapse | Geneva", "dailyexample.com"),
    ],
)
def test_the_site_is_read_from_the_title_tag_when_the_page_names_none(title_tag: str, site: str | None) -> None:
    page = extract_html(_without_site_metadata(title_tag))
    assert page.title == "Talks collapse in Geneva"
    assert page.sitename == site
