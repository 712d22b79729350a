"""Colon labels and URL-month dates on strike reports (real-article round 18, helper 160).

Each test checks one rule found on real reports of air and missile strikes, on sentences written for
the test: a headline label headed by a noun naming an act ("Drone attack on Odesa: ...") is the topic
the line updates, not its speaker; "Details:" is page furniture like "Source:"; a URL filed under a
month only takes the day from a year-less date opening the lead.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.timex import infer_reference_date

AID = "a" * 16


def _colon_quotes(nlp, text):
    return [q for q in extract_quotes(nlp(text), AID, [], "Outlet") if q.cue_lemma == ":"]


# ---- attribution.constructions._names_an_event


def test_colon_label_headed_by_an_attack_is_no_speaker(nlp):
    text = "Drone attack on Odesa: Death toll rises to 12 as rescuers search the rubble.\n"
    assert _colon_quotes(nlp, text) == []


def test_colon_label_headed_by_a_strike_without_preposition_is_no_speaker(nlp):
    text = "Overnight missile strike: Eleven people were injured in the port city, officials say.\n"
    assert _colon_quotes(nlp, text) == []


def test_colon_label_naming_a_speaker_still_attributes(nlp):
    text = "Regional governor: Eleven people were injured in the port city overnight.\n"
    quotes = _colon_quotes(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Regional governor"


# ---- lexicons/colon_labels.txt: "details"


def test_details_label_is_page_furniture(nlp):
    text = "Details: The ministry stated that nine drones were shot down over the border region.\n"
    quotes = extract_quotes(nlp(text), AID, [], "Outlet")
    assert [q.speaker for q in quotes if q.cue_lemma == ":"] == []
    assert any(q.cue_lemma == "state" and q.speaker == "The ministry" for q in quotes)


# ---- timex.reference_date._yearless_lead_date


def test_url_month_takes_the_day_of_a_yearless_lead_date(nlp):
    text = "March 9 Russia launched dozens of drones at Kharkiv overnight, killing three people, officials said.\n"
    found = infer_reference_date(nlp(text), "https://example.com/2024/03/drones-hit-kharkiv/")
    assert found is not None and found[0] == date(2024, 3, 9)


def test_url_month_takes_the_day_of_a_place_dateline(nlp):
    text = "LVIV, March 21 (Wire) - Two drones hit a warehouse in the city overnight, the mayor said.\n"
    found = infer_reference_date(nlp(text), "https://example.com/2024/03/lviv-warehouse/")
    assert found is not None and found[0] == date(2024, 3, 21)


def test_url_month_ignores_a_lead_date_of_another_month(nlp):
    text = "February 2 was the last time the city was shelled, residents said.\n"
    found = infer_reference_date(nlp(text), "https://example.com/2024/03/city-calm/")
    assert found is not None and found[0] == date(2024, 3, 15)
