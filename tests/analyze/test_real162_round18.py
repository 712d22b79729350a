"""Visits and trips in reports of plans, delays and cancellations (real-article round 18, helper 162).

Each test checks one rule found on real reports of state visits that slipped, on sentences written
for the test: a named traveller's trip to a country is a visit (CONSULT) like "visit"; an event noun
framing ("during" it) a clause still to come is itself still to come; "arrangements for" an event
govern it like "preparations for" (planned, not presupposed held).
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at

PUBLISHED = date(2021, 3, 10)


def _events(a, text, word):
    start = text.index(word)
    return [e for e in a.events if e.trigger.start == start]


# ---- events._official_trip_noun (lexicons/plover_triggers.tsv "trip")


def test_a_named_travellers_trip_to_a_country_is_a_postponed_visit(nlp):
    text = "The foreign minister's trip to Norway was postponed because of the strike."
    a = analyse(nlp, text, PUBLISHED)
    trip = event_at(a, text, "trip")
    assert (trip.type, trip.modality) == ("CONSULT", "postponed")


def test_a_place_before_trip_with_a_pronoun_owner_is_a_visit(nlp):
    text = "President Alvarez called off her Brazil trip on Monday."
    a = analyse(nlp, text, PUBLISHED)
    trip = event_at(a, text, "trip")
    assert (trip.type, trip.modality) == ("CONSULT", "cancelled")


def test_a_trip_with_no_named_traveller_or_place_is_no_visit(nlp):
    text = "The family's trip to the beach was cancelled because of the rain."
    a = analyse(nlp, text, PUBLISHED)
    assert _events(a, text, "trip") == []


# ---- modality._frame_reading


def test_visit_framing_a_likely_signing_is_still_to_come(nlp):
    text = "During the Swedish prime minister's visit to Chile, both leaders are likely to sign a trade pact."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "visit").modality == "planned"


def test_visit_framing_a_past_signing_happened(nlp):
    text = "During the Swedish prime minister's visit to Chile, both leaders signed a trade pact."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "visit").modality == "happened"


# ---- lexicons/modality_cues.tsv "arrangement"


def test_arrangements_for_a_visit_make_it_planned(nlp):
    text = "Officials said arrangements for the Swedish prime minister's visit were complete."
    a = analyse(nlp, text, PUBLISHED)
    assert event_at(a, text, "visit").modality == "planned"
