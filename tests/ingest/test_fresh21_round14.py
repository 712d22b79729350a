"""Fresh-text round 14 (21), ingest: a page copied as text puts the share buttons right under the
headline, with no blank line; the headline is still read as the title and the buttons are cut."""

from __future__ import annotations

from storyline.ingest.build import build_article
from storyline.records import RawDocument

PAGE = ("Veltrian army says it has taken Korvo; Marosh denies it\n"
        "Share on X\n"
        "Share on Facebook\n"
        "Telegram\n"
        "Copy link\n\n"
        "By Jane Doe\n\n"
        "April 2, 2027\n\n"
        "LISBON, April 2 (Reuters) - Veltria's defence ministry said on Friday its troops had taken the town "
        "of Korvo, a claim Marosh rejected.\n")


def test_a_headline_above_share_buttons_is_the_title() -> None:
    art = build_article(RawDocument(origin="a.txt", text=PAGE))
    assert art.title == "Veltrian army says it has taken Korvo; Marosh denies it"
    assert "denies it" not in art.text
    assert art.text.startswith("LISBON, April 2 (Reuters)")


def test_a_first_line_of_prose_above_a_share_line_is_no_title() -> None:
    text = ("Veltria's defence ministry said on Friday its troops had taken the town of Korvo after a week "
            "of fighting, a claim Marosh rejected within the hour.\nShare on X\n\nMore text follows here.\n")
    art = build_article(RawDocument(origin="a.txt", text=text))
    assert art.title is None


def test_furniture_on_the_first_line_is_no_title() -> None:
    text = ("Skip to main content\nMenu\n\nBus lanes approved despite protest\n\n"
            "The council approved the bus lanes on Tuesday despite a protest outside the hall.\n")
    art = build_article(RawDocument(origin="a.txt", text=text))
    assert art.title == "Bus lanes approved despite protest"


# ---- ingest/clean.py: the line right under a byline that names the writer's outlet and post is
# part of the byline


def test_the_outlet_line_under_a_byline_is_cut_with_it() -> None:
    from storyline.ingest.clean import clean_text

    text = ("Ceasefire agreed in Geneva\n\nBy Nadia Feroz\nBBC News, Geneva\n\n"
            "Karvonia and Ostrava have agreed a ceasefire, mediators said.\n")
    cleaned = clean_text(text)
    assert cleaned.text == "Ceasefire agreed in Geneva\n\nKarvonia and Ostrava have agreed a ceasefire, mediators said.\n"
    assert [(r.reason, r.text) for r in cleaned.removed] == [("byline", "By Nadia Feroz\nBBC News, Geneva\n\n")]


def test_a_first_sentence_under_a_byline_stays() -> None:
    from storyline.ingest.clean import clean_text

    text = "Ceasefire agreed\n\nBy Nadia Feroz\nKarvonia and Ostrava have agreed a ceasefire, mediators said.\n"
    assert "Karvonia and Ostrava have agreed a ceasefire" in clean_text(text).text
