"""Rules of developer session 19 not owned by a helper round, each on sentences written for the test."""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution import extract_quotes

from .analysed import analyse, event_at

AID = "c" * 16


def _quotes(nlp, text):
    return [(q.cue_lemma, q.speaker, text[q.span.start:q.span.end], q.relayed_by)
            for q in extract_quotes(nlp(text), AID, [], "Outlet")]


# ---- attribution.subjects.saying_reports


def test_quoted_by_an_agency_as_saying_that_is_one_report_by_the_one_quoted(nlp):
    text = "The governor was quoted by Reuters as saying that the bridge would reopen in May."
    assert _quotes(nlp, text) == [("say", "The governor", "that the bridge would reopen in May", "Reuters")]



# ---- events.timing._set_for_another


def test_a_date_a_scheduling_verb_sets_does_not_date_a_participle_on_its_subject(nlp):
    text = "The decree, signed by the governor, had scheduled the referendum for March 25."
    a = analyse(nlp, text, date(2024, 3, 1))
    signed = event_at(a, text, "signed")
    assert signed.when is None or not signed.when.value.startswith("2024-03-25")
