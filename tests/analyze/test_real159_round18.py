"""Datelines, compound prepositions of cause and split passives (real-article round 18, helper 159).

Each test checks one rule found on real reports of summits and state visits called off, on
sentences written for the test: a dateline in title case ("Kolkata: ...") or in capitals before a
lead holding a hyphenated name's "i" is the outlet's place, not a speaker; an event named after "in
the wake of", "in view of" or "in light of" is the cause of a cancellation, not what was cancelled;
and a phrase between a passive's auxiliary and its participle ("was on Friday cancelled") no longer
hides what was cancelled.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at

PUBLISHED = date(2021, 3, 6)


# ---- attribution.constructions._press_dateline (_place_label, _speaker_person)

TITLE_DATELINE = ("Kolkata: In a setback for the state government, the ministry on Friday called off the "
                  "investment summit that was to have been held in the city next week after the floods.\n\n"
                  "Officials gave no new date.\n")


def test_title_case_place_and_colon_opening_the_report_is_a_dateline(nlp):
    a = analyse(nlp, TITLE_DATELINE, PUBLISHED)
    assert not any(q.speaker == "Kolkata" for q in a.quotes)
    assert not any(q.cue.text == ":" for q in a.quotes)


CAPS_DATELINE = ("Published March 5, 2021\n\nLAHORE: The visit of the Turkish president has been put off in light "
                 "of the sit-in led by the Tehreek-i-Labbaik party outside the provincial assembly, which has "
                 "blocked the main roads of the city for a week.\n\nNo new dates were given.\n")


def test_capitals_dateline_before_a_hyphenated_name_with_i_is_a_dateline(nlp):
    a = analyse(nlp, CAPS_DATELINE, PUBLISHED)
    assert not any(q.speaker == "LAHORE" for q in a.quotes)


def test_headline_source_label_in_title_case_still_attributes(nlp):
    # an organisation's label on a short line keeps the headline convention
    text = "Kremlin: talks with Kyiv are off for now\n\nThe statement gave no reason for the change.\n"
    a = analyse(nlp, text, PUBLISHED)
    assert any(q.speaker == "Kremlin" for q in a.quotes)


# ---- modality.SCENE_PHRASE_NOUNS (_scene_phrase)


def test_protests_named_in_the_wake_of_a_cancellation_happened(nlp):
    text = "The minister's visit was cancelled on Thursday in the wake of the protests in the capital."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "visit").modality == "cancelled"
    assert event_at(a, text, "protests").modality == "happened"


def test_clashes_named_in_view_of_a_postponement_happened(nlp):
    text = "The summit was postponed in view of the clashes near the border."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "summit").modality == "postponed"
    assert event_at(a, text, "clashes").modality == "happened"


def test_a_setting_in_phrase_still_leaves_the_called_off_talks_cancelled(nlp):
    text = "The talks in the hotel were cancelled."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "talks").modality == "cancelled"


# ---- nlp.passive_subjects


def test_passive_split_by_a_day_phrase_keeps_its_subject(nlp):
    doc = nlp("The summit was on Friday cancelled after the floods.")
    summit = doc[1]
    assert (summit.dep_, summit.head.text) == ("nsubjpass", "cancelled")
    assert doc[3].head.text == "cancelled"  # "on" hangs on the participle too


def test_visit_cancelled_with_a_day_between_auxiliary_and_participle_is_cancelled(nlp):
    text = "The president's visit to Rome was on Monday cancelled after the floods."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "visit").modality == "cancelled"


def test_summit_postponed_with_a_day_between_is_postponed(nlp):
    text = "The annual summit of the two leaders was on Tuesday postponed until next year."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "summit").modality == "postponed"
