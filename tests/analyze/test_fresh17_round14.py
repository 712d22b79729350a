"""Fresh-text round 14 (17): rules found wanting on invented wire copy about a general strike (called,
suspended after talks, resumed), a typhoon (evacuations, outages, a death toll revised) and a summit
(a bilateral meeting called off, a phone call claimed and denied). Each test uses sentences of its own
(not the round's feed) and asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

# ---- modality.py: the that-clause of an assertion noun ("a claim that ...", "reports that ...";
# lexicons/modality_cues.tsv, kind "assertion") is claimed, whatever its own tense


def test_an_act_in_a_denied_claim_is_claimed_not_happened(nlp):
    text = ("Moscow on Friday rejected a claim by the Ukrainian president that Russian troops had "
            "shelled the hospital in a night raid.")
    a = _run(nlp, text, date(2026, 8, 7))
    shelled = _event(a, "shelled")
    assert shelled.modality == "claimed"
    assert text[shelled.trigger.start:shelled.trigger.end] == "shelled"
    assert _event(a, "rejected").modality == "happened"


def test_an_act_in_reports_that_is_claimed(nlp):
    text = "The ministry dismissed reports that the finance minister had resigned over the budget."
    a = _run(nlp, text, date(2026, 8, 7))
    assert _event(a, "resigned").modality == "claimed"


def test_a_demand_that_clause_is_not_read_as_a_claim(nlp):
    # a demand's that-clause is a wish, not an assertion: the noun is not in the list
    text = "The unions rejected a demand that the strikers return to work on Monday."
    a = _run(nlp, text, date(2026, 8, 7))
    assert all(e.modality != "claimed" for e in a.events)


# ---- attribution/boundaries.py: a relative clause set off by commas on the subject of the reported
# clause is an aside inside the statement, not a chained second report that ends its content


def test_an_aside_on_the_reported_subject_does_not_cut_the_content(nlp):
    text = ("The march, which had been expected to draw the biggest crowds in years, is called off "
            "because of the storm, the organisers say.")
    a = _run(nlp, text, date(2026, 8, 7))
    say = [q for q in a.quotes if q.cue is not None and q.cue_lemma == "say"]
    assert len(say) == 1
    assert say[0].text == ("The march, which had been expected to draw the biggest crowds in years, "
                           "is called off because of the storm")
    assert say[0].span.start == 0
    assert say[0].speaker == "the organisers"


# ---- attribution/speakers.py: "we" inside a direct quotation is its speaker's side, not the
# subject of the sentence before


def test_we_inside_a_quotation_is_its_speaker_not_the_previous_subject(nlp):
    text = ("The World Bank said separately that losses could reach $2bn.\n\n"
            "\"We found the bridge completely gone,\" said Major Ana Ruiz of the fire brigade.")
    a = _run(nlp, text, date(2026, 8, 7))
    names = {e.id: e.name for e in a.entities}
    ruiz = next(q for q in a.quotes if q.cue is not None and q.cue_lemma == "say" and q.text.startswith("We found"))
    assert "Ana Ruiz" in names[ruiz.speaker_entity]
    nested = [q for q in a.quotes if q.speaker == "We"]
    for q in nested:
        assert q.speaker_entity == ruiz.speaker_entity
        assert "World Bank" not in names.get(q.speaker_entity or "", "")


# ---- entities/candidates.py: a time zone after a live page's clock time ("14:05 GMT") is no
# organisation


def test_a_time_zone_after_a_clock_time_is_no_name(nlp):
    text = ("Strike live\n\n14:05 GMT - Turnout claimed\n\nThe unions say most workers stayed home.\n\n"
            "09.30 UTC - Talks collapsed\n\nThe Kestrian government said talks had failed.")
    a = _run(nlp, text, date(2026, 4, 1))
    names = {m.text for m in a.mentions}
    assert not names & {"GMT", "UTC"}
    assert "Kestrian" in names


# ---- quantities/identifiers.py: the number of "the Group of 20" names a club of countries


def test_the_group_of_20_is_no_count(nlp):
    text = "Leaders of the Group of 20 economies met on Saturday, as ministers from 12 countries walked out."
    a = _run(nlp, text, date(2026, 6, 13))
    assert [(q.text, q.unit) for q in a.quantities] == [("12", "countries")]


# ---- entities/candidates.py: a lone title modifier before a lower-case office word ("Interior
# ministry gives lower figure", a live page's heading) is no name


def test_a_heading_s_interior_ministry_is_no_organisation_named_interior(nlp):
    text = "Strike live\n\n13:40 GMT - Interior ministry gives lower figure\n\nThe Navy said the port was shut."
    a = _run(nlp, text, date(2026, 4, 1))
    names = {m.text for m in a.mentions}
    assert "Interior" not in names
    assert "Navy" in names
