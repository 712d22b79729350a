from __future__ import annotations

from datetime import date

import pytest

from storyline.errors import EmptyInput
from storyline.ingest.build import batch_line_key, build_article
from storyline.ingest.clean import Cleaned, LineStats, restore
from storyline.records import RawDocument, text_id

P1 = "Negotiators from both sides left Geneva on Friday without an agreement, ending three days of talks billed as a last chance."
P2 = "The foreign minister said the delegation would return home and consult the government before any further meeting."
P3 = "Analysts expect the fighting to intensify in the coming weeks, with both armies reinforcing positions near the river."
PAGE = f"""<html><head><title>Talks collapse in Geneva</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-10-17T09:00:00Z">
<link rel="canonical" href="https://www.dailyexample.com/world/talks-collapse">
</head><body><nav><a href="/">Home</a> <a href="/world">World news section</a></nav>
<article><h1>Talks collapse in Geneva</h1><p>{P1}</p><p>{P2}</p><h2>What comes next</h2><p>{P3}</p></article>
<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"""

BODY = (
    "17.10.2025 The leaders spoke on the phone on Thursday and agreed to meet.\n\n"
    "https://platform.twitter.com/widgets.js\n\n"
    "The meeting would take place in Budapest, officials said.\n\n"
    "This article first appeared in The Example Review.\n\n"
    "Leave a comment"
)
TXT = "Upcoming: Summit in Hungary\n\n" + BODY


def test_text_document_end_to_end() -> None:
    art = build_article(RawDocument(origin="a.txt", text=TXT, url="https://www.example.com/x"))
    assert art.title == "Upcoming: Summit in Hungary"
    assert art.text == (
        "17.10.2025 The leaders spoke on the phone on Thursday and agreed to meet.\n\n"
        "The meeting would take place in Budapest, officials said.\n\n"
        "This article first appeared in The Example Review.\n"
    )
    assert art.id == text_id(art.text)
    assert art.source == "a.txt"
    assert art.site == "example.com"
    assert (art.published, art.published_how) == (date(2025, 10, 17), "text")
    assert "dateline" in art.published_reason
    assert art.syndicated_from == "The Example Review"
    assert [r.reason for r in art.removed] == ["embed-url", "comment-prompt"]
    assert restore(Cleaned(art.text, art.removed)) == BODY


def test_format_metadata_outranks_text() -> None:
    raw = RawDocument(origin="f.jsonl:3", text=TXT, site="Example News", published="Fri, 24 Oct 2025 08:00:00 GMT", byline="Jane Doe")
    art = build_article(raw)
    assert (art.published, art.published_how) == (date(2025, 10, 24), "metadata")
    assert art.site == "Example News"
    assert art.byline == "Jane Doe"


def test_unreadable_format_date_falls_back_to_text_and_says_so() -> None:
    art = build_article(RawDocument(origin="f", text=TXT, published="sometime"))
    assert (art.published, art.published_how) == (date(2025, 10, 17), "text")
    assert "'sometime' unreadable" in art.published_reason


def test_no_date_anywhere() -> None:
    art = build_article(RawDocument(origin="f", text="Just a body sentence without any date at all."))
    assert (art.published, art.published_how, art.title) == (None, "none", None)


def test_raw_mode_keeps_text_byte_identical() -> None:
    art = build_article(RawDocument(origin="a.txt", text=TXT), raw_mode=True)
    assert art.text == TXT
    assert art.title is None
    assert art.removed == ()
    assert art.id == text_id(TXT)


def test_format_title_differing_from_first_line_keeps_the_line() -> None:
    art = build_article(RawDocument(origin="a", text=TXT, title="Another headline"))
    assert art.title == "Another headline"
    assert art.text.startswith("Upcoming: Summit in Hungary\n\n17.10.2025")


def test_html_document_end_to_end() -> None:
    art = build_article(RawDocument(origin="p.html", html=PAGE))
    assert art.text == f"{P1}\n\n{P2}\n\nWhat comes next\n\n{P3}"
    assert art.title == "Talks collapse in Geneva"
    assert art.site == "The Daily Example"
    assert art.url == "https://www.dailyexample.com/world/talks-collapse"
    assert art.byline == "Jane Doe"
    assert (art.published, art.published_how) == (date(2025, 10, 17), "metadata")


def test_repeated_lines_are_cut_through_the_predicate() -> None:
    docs = [f"Short Lead\n\nBody sentence number {i} tells the news.\nExclusive to Example Daily\n" for i in range(3)]
    stats = LineStats(width=1 << 12)
    for i, d in enumerate(docs):
        site, lines = batch_line_key(RawDocument(origin=str(i), text=d, url="https://example.com/a"))
        stats.add_lines(site, lines)
    art = build_article(RawDocument(origin="0", text=docs[0]), repeated=stats.predicate("example.com"))
    assert art.text == "Body sentence number 0 tells the news.\n"
    assert [r.reason for r in art.removed] == ["repeated-line"]


def test_batch_line_key_site_and_lines() -> None:
    assert batch_line_key(RawDocument(origin="a", text=TXT, site="Example.COM")) == (
        "example.com",
        ["https://platform.twitter.com/widgets.js", "Leave a comment"],
    )
    assert batch_line_key(RawDocument(origin="a", html=PAGE)) == (None, [])


@pytest.mark.parametrize(
    "raw",
    [
        RawDocument(origin="e.txt", text="Leave a comment\n\nShare this\n"),
        RawDocument(origin="e.txt", text="   \n"),
        RawDocument(origin="e.txt"),
    ],
)
def test_nothing_left_is_empty_input(raw: RawDocument) -> None:
    with pytest.raises(EmptyInput) as err:
        build_article(raw)
    assert "e.txt" in str(err.value)


def test_samples_build(seed_texts: dict[str, str]) -> None:
    a0 = build_article(RawDocument(origin="000", text=seed_texts["000_8b652497d7afaf90"]))
    assert a0.text.startswith("17.10.2025 U.S. President")
    assert a0.published == date(2025, 10, 17)
    a1 = build_article(RawDocument(origin="001", text=seed_texts["001_6a2d32f898ed2bf5"]))
    assert a1.syndicated_from == "Weapons and Power"
    assert a1.published_how == "none"
    assert "Click to share" not in a1.text


PASTED = (
    "Skip to main content\nMenu\n\nBus lanes approved despite protest\n\nShare this article\nFacebook\nTwitter\n\n"
    "By Hannah Keller\n\nPublished 14 May 2026\n\n"
    f"{P1}\n\nAdvertisement\n\n{P2}\n\n(Reporting by Jane Doe in Geneva; Editing by John Smith)\n"
)


def test_pasted_page_header_and_trailer_leave_the_text_but_feed_the_metadata() -> None:
    art = build_article(RawDocument(origin="p.txt", text=PASTED))
    assert art.title == "Bus lanes approved despite protest"
    assert art.text == f"{P1}\n\n{P2}\n"
    assert art.byline == "Hannah Keller"
    assert (art.published, art.published_how) == (date(2026, 5, 14), "text")
    assert art.published_reason == "'published' line 2: written month"
    assert [r.reason for r in art.removed] == ["navigation", "share-button", "byline", "page-date", "advertisement", "staff-credit"]
    # everything before the headline and after it is restorable; the headline is the title field
    assert restore(Cleaned(art.text, art.removed)) == PASTED.replace("Bus lanes approved despite protest\n\n", "")


def test_html_page_date_from_visible_header_says_so() -> None:
    page = (
        "<html><head><title>Funding</title></head><body><main><h1>Funding</h1>"
        f"<dl><dt>Published</dt><dd>20 April 2026</dd></dl><p>{P1}</p><p>{P2}</p></main></body></html>"
    )
    art = build_article(RawDocument(origin="g.html", html=page))
    assert (art.published, art.published_how) == (date(2026, 4, 20), "metadata")
    assert art.published_reason == "page header line 'Published 20 April 2026' date '2026-04-20'"


@pytest.mark.parametrize("name", ["admin", "Staff Writer", "WEB DESK"])
def test_bylines_naming_no_person_are_dropped(name: str) -> None:
    art = build_article(RawDocument(origin="a.txt", text=f"By {name}\n\n{P1}\n", byline=None))
    assert art.byline is None
    assert build_article(RawDocument(origin="b.jsonl:1", text=f"{P1}\n", byline=name)).byline is None
    assert build_article(RawDocument(origin="c.jsonl:1", text=f"{P1}\n", byline="Jane Doe")).byline == "Jane Doe"


FRENCH = ("Le sommet prévu à Budapest entre les deux présidents a été annulé, a déclaré mercredi la porte-parole "
          "de la présidence. Les deux dirigeants devaient se rencontrer dans les deux semaines selon les diplomates.")


def test_copy_in_another_language_is_marked_undetermined_and_english_stays_english() -> None:
    french = build_article(RawDocument(origin="fr.txt", text="Sommet annulé\n\n" + FRENCH))
    english = build_article(RawDocument(origin="en.txt", text=TXT))
    tagged = build_article(RawDocument(origin="es.json", text=FRENCH, language="fr"))
    assert (french.language, english.language, tagged.language) == ("und", "en", "fr")
    short = build_article(RawDocument(origin="s.txt", text="Sommet annulé à Budapest"))
    assert short.language == "en"  # too few words to tell: read as English
