"""Fresh-text round 10: rules found wanting on invented wire copy about truce talks, strikes on a power
grid and a called-off summit. Each test uses sentences of its own (not the round's feeds) and asserts on
the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article


def _run(nlp, text: str, published: date) -> Analysis:
    article = Article(id="fresh10", source="-", text=text, published=published, published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def _event(analysis: Analysis, trigger: str):
    found = [e for e in analysis.events if e.text == trigger]
    assert found, f"no event on {trigger!r}: {[e.text for e in analysis.events]}"
    return found[0]


def _figure(analysis: Analysis, text: str):
    found = [q for q in analysis.quantities if q.text == text]
    assert found, f"no figure {text!r}: {[q.text for q in analysis.quantities]}"
    return found[0]


# ---- events/triggers.py: a month name inside a time is no march


def test_a_month_inside_a_night_span_is_no_protest_march(nlp):
    text = "Officials said gunmen shelled the depot on the night of March 11-12, wounding three guards."
    a = _run(nlp, text, date(2027, 3, 13))
    assert [e for e in a.events if e.text == "March"] == []
    shelled = _event(a, "shelled")
    assert (shelled.type, shelled.when.value) == ("ASSAULT", "2027-03-11/2027-03-12")
    assert text[shelled.trigger.start:shelled.trigger.end] == "shelled"


def test_a_march_that_is_a_protest_stays_one(nlp):
    a = _run(nlp, "Thousands joined a march through the capital on Saturday.", date(2027, 4, 13))
    assert _event(a, "march").type == "PROTEST"


# ---- events/timing.py: the dateline's date is the filing day


def test_a_wire_datelines_date_does_not_date_the_leads_planned_meeting(nlp):
    text = ("ORVILLE, Sept 3 (Lakeside Wire) - The prime ministers of Daskia and Remol will meet in "
            "Orville on September 20, their offices said on Thursday.")
    a = _run(nlp, text, date(2026, 9, 3))
    meet = _event(a, "meet")
    assert (meet.type, meet.modality, meet.when.value, meet.when.text) == ("CONSULT", "planned", "2026-09-20", "September 20")


def test_a_lead_with_no_time_of_its_own_falls_back_to_the_report_not_the_dateline(nlp):
    text = "ORVILLE, Sept 3 (Lakeside Wire) - Protesters blocked the main bridge into the city."
    a = _run(nlp, text, date(2026, 9, 3))
    blocked = _event(a, "blocked")
    assert blocked.when is None or blocked.when.text != "Sept 3"


# ---- events/timing.py: "the largest since March" is a yardstick, not a date


def test_a_since_phrase_after_a_superlative_does_not_date_the_event(nlp):
    text = "Residents said the shelling of Pomar overnight was the heaviest since August."
    a = _run(nlp, text, date(2027, 2, 9))
    shelling = _event(a, "shelling")
    assert shelling.when is not None and shelling.when.text == "overnight"


def test_a_since_phrase_after_first_does_not_date_the_talks(nlp):
    text = "The two rebel factions opened their first talks since a split in 2019 on Monday."
    a = _run(nlp, text, date(2027, 2, 9))
    talks = _event(a, "talks")
    assert talks.when is not None and talks.when.value == "2027-02-08"


def test_a_plain_since_still_starts_the_events_span(nlp):
    a = _run(nlp, "Floods and fighting have displaced 9,000 people since 2024.", date(2027, 2, 9))
    fighting = _event(a, "displaced") if any(e.text == "displaced" for e in a.events) else _event(a, "fighting")
    assert fighting.when is not None and fighting.when.value.startswith("2024-01-01/")


# ---- events/timing.py: a vague "now" gives way to the infinitive's date


def test_now_on_an_expecting_verb_gives_way_to_the_date_of_its_infinitive(nlp):
    text = "The mediation is now expected to continue next month, an aide said."
    a = _run(nlp, text, date(2027, 5, 12))
    mediation = _event(a, "mediation")
    assert (mediation.modality, mediation.when.value, mediation.when.text) == ("planned", "2027-06", "next month")


# ---- lexicons/plover_triggers.tsv: launching weapons is an attack


def test_launching_drones_and_missiles_at_a_target_is_an_assault(nlp):
    text = "Insurgents launched 16 drones and four rockets at an oil terminal near Varda, the coastguard said."
    a = _run(nlp, text, date(2027, 1, 20))
    launched = _event(a, "launched")
    assert (launched.type, launched.modality) == ("ASSAULT", "happened")
    assert text[launched.trigger.start:launched.trigger.end] == "launched"


def test_launching_a_probe_or_a_satellite_is_no_attack(nlp):
    a = _run(nlp, "The space agency launched a weather satellite on Friday.", date(2027, 1, 20))
    assert [e for e in a.events if e.text == "launched" and e.type == "ASSAULT"] == []
    # a rocket is as often a carrier into space as a weapon: the word alone makes no attack
    a = _run(nlp, "The country launched a long-range rocket into space on Friday.", date(2027, 1, 20))
    assert [e for e in a.events if e.text == "launched" and e.type == "ASSAULT"] == []


# ---- modality.py: a gathering after "at" is where an act failed, not what failed


def test_talks_at_which_the_sides_failed_to_agree_were_held(nlp):
    text = "The envoys failed to settle the border question at talks in Lurn on Friday."
    a = _run(nlp, text, date(2027, 3, 1))
    talks = _event(a, "talks")
    assert (talks.type, talks.modality, talks.when.value) == ("CONSULT", "happened", "2027-02-26")


def test_a_summit_nobody_was_denied_at_keeps_its_own_reading_but_a_cancelled_summit_is_cancelled(nlp):
    a = _run(nlp, "Officials cancelled the summit in Lurn.", date(2027, 3, 1))
    assert _event(a, "summit").modality == "cancelled"


# ---- modality.py: a clause of time under "would" is still to come


def test_a_past_tense_after_until_under_would_is_planned(nlp):
    text = "The governor said the bridge would stay closed until engineers inspected every cable."
    a = _run(nlp, text, date(2027, 3, 1))
    inspected = [e for e in a.events if e.text == "inspected"]
    # "inspect" is no PLOVER trigger: read the modality through a trigger that is
    text = "The general said no convoy would move until the rebels freed the aid workers."
    a = _run(nlp, text, date(2027, 3, 1))
    freed = _event(a, "freed")
    assert (freed.type, freed.modality) == ("RETREAT", "planned")
    assert inspected == [] or inspected[0].modality == "planned"


def test_a_past_until_clause_in_a_past_story_happened(nlp):
    a = _run(nlp, "The siege went on until the rebels freed the aid workers in May.", date(2027, 3, 1))
    assert _event(a, "freed").modality == "happened"


# ---- quantities/units.py: a part picked out of a counted whole


def test_of_which_counts_what_the_whole_counts(nlp):
    text = "The navy said the rebels fired 52 missiles, the defence ministry said, of which 47 were intercepted."
    a = _run(nlp, text, date(2027, 3, 1))
    part = _figure(a, "47")
    assert (part.low, part.unit) == (47.0, "missiles")
    assert text[part.span.start:part.span.end] == "47"


def test_a_fronted_of_phrase_names_the_whole_a_figure_is_part_of(nlp):
    text = "Of the 120 ballots recounted on Monday, 17 were declared invalid."
    a = _run(nlp, text, date(2027, 3, 1))
    assert (_figure(a, "17").unit, _figure(a, "120").unit) == ("ballots", "ballots")


def test_a_bare_figure_with_no_whole_keeps_no_unit(nlp):
    a = _run(nlp, "Turnout rose sharply, and by noon 40 had voted in the village, of which nobody was surprised.",
             date(2027, 3, 1))
    assert _figure(a, "40").unit in {None, "people"}
