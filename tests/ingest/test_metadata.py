from __future__ import annotations

from datetime import date

import pytest

from storyline.ingest.metadata import (
    byline_from_text,
    date_from_text,
    parse_date,
    site_from_url,
    syndication_from_text,
    title_from_plaintext,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-10-17", date(2025, 10, 17)),
        ("2025-10-17T09:00:00Z", date(2025, 10, 17)),
        ("2025-10-17T23:30:00-05:00", date(2025, 10, 17)),  # the date as written, not shifted to UTC
        ("2025-10-17 09:00:00", date(2025, 10, 17)),
        ("Fri, 17 Oct 2025 09:00:00 GMT", date(2025, 10, 17)),
        ("Fri, 17 Oct 2025 23:00:00 +0200", date(2025, 10, 17)),
        ("17.10.2025", date(2025, 10, 17)),
        ("05.10.2025", date(2025, 10, 5)),  # dotted numbers are day-first
        ("October 17, 2025", date(2025, 10, 17)),
        ("Oct. 17, 2025", date(2025, 10, 17)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
        ("17 October 2025", date(2025, 10, 17)),
        ("Friday, 17 October 2025 10:00 GMT", date(2025, 10, 17)),
        ("2025/10/17", date(2025, 10, 17)),
        ("10/17/2025", date(2025, 10, 17)),
        ("17/10/2025", date(2025, 10, 17)),
        ("20251017", date(2025, 10, 17)),
    ],
)
def test_parse_date_reads_common_forms(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "   ", "hello", "31.02.2025", "2025-13-01", "October 17, 2025 said the minister", "32 October 2025", "17.10.1066"]
)
def test_parse_date_rejects_impossible_or_wordy_input(raw: str) -> None:
    assert parse_date(raw) is None


def test_date_from_text_reads_opening_dateline() -> None:
    found = date_from_text("17.10.2025 U.S. President Donald Trump and Russian President Vladimir Putin spoke.")
    assert found is not None
    assert found[0] == date(2025, 10, 17)
    assert "dateline" in found[1]


def test_date_from_text_prefers_published_over_updated() -> None:
    found = date_from_text("Updated: Oct 18, 2025 10:00\nPublished: October 17, 2025\nThe talks began.")
    assert found is not None and found[0] == date(2025, 10, 17)
    assert "published" in found[1]


def test_date_from_text_falls_back_to_updated_line() -> None:
    found = date_from_text("Last updated 18 October 2025\nThe talks began.")
    assert found is not None and found[0] == date(2025, 10, 18)
    assert "updated" in found[1]


def test_date_from_text_needs_a_year_for_wire_datelines() -> None:
    text = "WASHINGTON, Oct. 17 (Reuters) - The United States said on Friday it would resume talks."
    assert date_from_text(text) is None
    found = date_from_text(text, year=2025)
    assert found is not None and found[0] == date(2025, 10, 17)


@pytest.mark.parametrize(
    "text",
    [
        "The war began on 24 February 2022 when Russian troops crossed the border.",
        "One.\nTwo.\nThree.\nFour.\nFive.\nPublished 17 October 2025",  # too far from the top
        "Officials met on October 17, 2025 in Geneva.",
        "",
    ],
)
def test_date_from_text_ignores_body_dates(text: str) -> None:
    assert date_from_text(text) is None


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.bbc.co.uk/news/world-123", "bbc.co.uk"),
        ("http://news.reuters.com/a", "reuters.com"),
        ("asiatimes.com/2025/10/x", "asiatimes.com"),
        ("https://m.example.com.au/x", "example.com.au"),
        ("https://WWW.Example.ORG:8080/path?q=1", "example.org"),
        ("https://192.168.0.1/x", "192.168.0.1"),
        ("", None),
        (None, None),
        ("http://localhost:8000/x", None),
    ],
)
def test_site_from_url(url: str | None, site: str | None) -> None:
    assert site_from_url(url) == site


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Talks collapse\nBy Jane Doe\nThe talks collapsed.", "Jane Doe"),
        ("By Jane Doe and John Smith, Reuters\nText.", "Jane Doe and John Smith"),
        ("BY MARIA GARCIA\nText.", "MARIA GARCIA"),
        ("By Jean-Luc de la Croix | Paris\nText.", "Jean-Luc de la Croix"),
        ("By the time the troops arrived, it was over.\n", None),
        ("By Monday, the army had left.", None),
        ("One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nBy Jane Doe", None),
    ],
)
def test_byline_from_text(text: str, byline: str | None) -> None:
    assert byline_from_text(text) == byline


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        (
            "Bryen is a former official. This article was originally published on his Substack newsletter "
            "Weapons and Power. It is republished with permission.",
            "Weapons and Power",
            "originally published",
        ),
        ("This article first appeared in The Conversation.", "The Conversation", "originally published"),
        ("It was originally published in Foreign Affairs and is republished here.", "Foreign Affairs", "originally published"),
        (
            "This article is republished from The Conversation under a Creative Commons license.",
            "The Conversation",
            "republished from",
        ),
        ("This story was produced by ProPublica, a nonprofit newsroom.", "ProPublica", "produced by"),
        ("WASHINGTON, Oct 17 (Reuters) - The US said it would act.", "Reuters", "wire credit"),
        ("LONDON (AP) — Britain's government fell.", "AP", "wire credit"),
    ],
)
def test_syndication_from_text_names_the_original_publisher(text: str, name: str, rule: str) -> None:
    found = syndication_from_text(text, [])
    assert found is not None
    assert found[0] == name
    assert rule in found[1]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the report was originally published in Le Monde on Monday.",
        "It is republished with permission.",
        "The talks collapsed on Friday. He said it. Then (AFP) - no.",
        "Officials said the figures were first reported by local media.",
    ],
)
def test_syndication_from_text_ignores_cited_reports(text: str) -> None:
    assert syndication_from_text(text, []) is None


def test_syndication_reads_distributor_from_cut_disclaimer() -> None:
    removed = ["Legal Disclaimer:\nNewswire Corp provides the\ninformation “as is” without warranty of any kind."]
    assert syndication_from_text("The talks collapsed.", removed) == ("Newswire Corp", "syndicator disclaimer (removed)")
    # a credit line in the text outranks the distributor
    assert syndication_from_text("This article first appeared in Grist.", removed)[0] == "Grist"  # type: ignore[index]


def test_title_from_plaintext_before_blank_line() -> None:
    text = "Talks Collapse in Geneva\n\nNegotiators left on Friday."
    title, body = title_from_plaintext(text)
    assert title == "Talks Collapse in Geneva"
    assert body == "Negotiators left on Friday."
    assert text.endswith(body)


def test_title_from_plaintext_before_dateline() -> None:
    title, body = title_from_plaintext("Upcoming: Summit in Hungary\n17.10.2025 The leaders spoke on the phone.")
    assert title == "Upcoming: Summit in Hungary"
    assert body == "17.10.2025 The leaders spoke on the phone."


def test_title_from_plaintext_glued_title_case_headline() -> None:
    long_line = "Consider this: plans were moving ahead for the meeting, and the foreign minister arrived in the capital to work on it. " * 2
    title, body = title_from_plaintext(f"Something Happened On The Way To The Forum\n{long_line}")
    assert title == "Something Happened On The Way To The Forum"
    assert body == long_line


@pytest.mark.parametrize(
    "text",
    [
        "The talks collapsed on Friday.\n\nNegotiators left.",  # a sentence, not a headline
        "Only one line",
        "a lower case start line\nthat continues the sentence here",
        "Short Title Case\nAnother short line",
    ],
)
def test_title_from_plaintext_leaves_prose_alone(text: str) -> None:
    assert title_from_plaintext(text) == (None, text)


def test_samples_have_titles_and_000_has_a_dateline(seed_texts: dict[str, str]) -> None:
    title0, body0 = title_from_plaintext(seed_texts["000_8b652497d7afaf90"])
    assert title0 == "Upcoming: Trump-Putin Summit in Hungary"
    assert date_from_text(body0) == (date(2025, 10, 17), "dateline at start of line 1: day-first numeric")
    title1, body1 = title_from_plaintext(seed_texts["001_6a2d32f898ed2bf5"])
    assert title1 == "Trump And Putin: Something Happened On The Way To The Forum"
    assert body1.startswith("Consider this:")
    assert date_from_text(body1) is None


def test_title_case_headline_closed_by_full_stop_before_blank_line() -> None:
    title, body = title_from_plaintext("Poll: Wealthy Voters Abandon Republican Party for New Candidate.\n\nA poll shows it.")
    assert title == "Poll: Wealthy Voters Abandon Republican Party for New Candidate."
    assert body == "A poll shows it."
    sentence = "The talks collapsed in Geneva on Friday afternoon.\n\nMore text."
    assert title_from_plaintext(sentence) == (None, sentence)


def test_date_from_text_reads_time_before_date_on_updated_line() -> None:
    found = date_from_text("Updated 10:45 AM EST, Tue March 3, 2026\nDockworkers returned to work.")
    assert found is not None
    assert found[0] == date(2026, 3, 3)
    assert found[1].startswith("'updated' line 1")


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("By MARIA GONZALEZ Associated Press\nText.", "MARIA GONZALEZ"),
        ("Thomas Reid, Economics Editor\nText.", "Thomas Reid"),
        ("Jane Doe | Senior Correspondent\nText.", "Jane Doe"),
        ("Sen. Carla Whitfield, Chair\nText.", None),
    ],
)
def test_byline_drops_agency_and_reads_name_with_role(text: str, byline: str | None) -> None:
    assert byline_from_text(text) == byline


@pytest.mark.parametrize(
    ("disclaimer", "name"),
    [
        (
            "Disclaimer: The information in this article is provided by MarketWire Services. MarketWire Services "
            "provides the information as is without warranty of any kind.",
            "MarketWire Services",
        ),
        ("Disclaimer: Example Corp. Inc. provides the information as is without warranty of any kind.", "Example Corp. Inc."),
        ("Disclaimer: U.S. Newswire provides the information as is without warranty of any kind.", "U.S. Newswire"),
    ],
)
def test_distributor_name_stops_at_sentence_end(disclaimer: str, name: str) -> None:
    assert syndication_from_text("Shares rose.", [disclaimer]) == (name, "syndicator disclaimer (removed)")


def test_title_from_plaintext_before_section_byline_and_date_lines() -> None:
    text = "Central bank holds rates\nEconomy\nThomas Reid, Economics Editor\nTue 10 Mar 2026 14.05 GMT\n\nThe bank held rates.\n"
    title, body = title_from_plaintext(text)
    assert title == "Central bank holds rates"
    assert body == "Economy\nThomas Reid, Economics Editor\nTue 10 Mar 2026 14.05 GMT\n\nThe bank held rates.\n"


def test_title_from_plaintext_needs_the_date_close_after_short_lines() -> None:
    text = "Officials met on Monday\nThey talked for hours and agreed on nothing at all in the end.\n10 March 2026\n"
    assert title_from_plaintext(text) == (None, text)


@pytest.mark.parametrize(
    ("text", "when", "rule"),
    [
        ("LAS VEGAS, March 5, 2026 /PRNewswire/ -- Solara Energy said.", date(2026, 3, 5), "city dateline line 1: written month"),
        ("KANSAS CITY, Mo., March 5, 2026 - The company said.", date(2026, 3, 5), "city dateline line 1: written month"),
        (
            "A first paragraph of the story.\nMaya Singh · Example News · Posted: Mar 04, 2026 5:12 PM EST | Last Updated: March 4",
            date(2026, 3, 4),
            "'posted' segment of line 2: written month",
        ),
    ],
)
def test_date_from_text_reads_press_datelines_and_header_segments(text: str, when: date, rule: str) -> None:
    assert date_from_text(text) == (when, rule)


def test_byline_drops_agency_after_several_capitalised_names() -> None:
    assert byline_from_text("By TOM REYES and ANNA KLEIN Associated Press\nText.") == "TOM REYES and ANNA KLEIN"


def test_wire_credit_with_double_hyphen() -> None:
    assert syndication_from_text("(Bloomberg) -- Oil climbed for a third day.", []) == ("Bloomberg", "wire credit in dateline")
