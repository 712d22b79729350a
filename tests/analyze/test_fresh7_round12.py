"""Fresh-text round 12 (7): rules found wanting on invented wire copy about an energy supply deal
(talks announced, held, signing postponed), a disputed election count and a partial recount, and an
aid convoy held at a checkpoint. Each test uses sentences of its own (not the round's feeds) and
asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run

# ---- quantities/antecedents.py: "put the figure at" a value with its unit written out again still
# restates the figure before it


def test_the_figure_restated_with_its_unit_speaks_again_of_the_first(nlp):
    text = ("The minister said the mine would produce 4.2 million tonnes a year. A company official "
            "put the figure at 3.8 million tonnes.")
    a = _run(nlp, text, date(2026, 2, 3))
    second = _figure(a, "3.8 million")
    assert (second.unit, second.low) == ("tonnes", 3_800_000.0)
    assert "speaks again of '4.2 million'" in second.reason
    assert text[second.span.start:second.span.end] == "3.8 million"


def test_the_figure_in_another_unit_restates_nothing(nlp):
    text = ("The minister said the mine would produce 4.2 million tonnes a year. Analysts put the "
            "figure at 900 million dollars.")
    a = _run(nlp, text, date(2026, 2, 3))
    third = _figure(a, "900 million")
    assert third.unit == "USD" and "speaks again" not in third.reason


# ---- modality.py: a "would" told in the past is a plan, in a second reported clause and under a
# participle of saying in a past-tense sentence


def test_would_in_a_second_that_clause_of_a_past_saying_is_planned(nlp):
    text = "The union said the offer had been unfair and that it would strike on Monday."
    a = _run(nlp, text, date(2026, 6, 3))
    strike = _event(a, "strike")
    assert strike.modality == "planned"
    assert "reported by 'said'" in strike.reason
    assert text[strike.trigger.start:strike.trigger.end] == "strike"


def test_would_under_a_saying_participle_of_a_past_sentence_is_planned(nlp):
    text = ("The two ministers met in Oslo on Friday, with officials saying afterwards that a "
            "treaty would be signed within weeks.")
    a = _run(nlp, text, date(2026, 6, 3))
    assert _event(a, "signed").modality == "planned"


def test_would_under_a_saying_participle_of_a_present_sentence_stays_hypothetical(nlp):
    text = "Officials are saying that a treaty would be signed if the vote passes."
    a = _run(nlp, text, date(2026, 6, 3))
    assert _event(a, "signed").modality == "hypothetical"


# ---- attribution: a clause opened by "after" whose subject the parser took for an object


def _quote(analysis, cue: str):
    found = [q for q in analysis.quotes if q.cue is not None and q.sentence is not None
             and q.cue_lemma == cue]
    assert found, f"no quote cued by {cue!r}: {[q.cue_lemma for q in analysis.quotes]}"
    return found[0]


def test_the_subject_of_a_clause_opened_by_after_speaks(nlp):
    text = ("The Constitutional Court on Friday ordered a partial recount in three districts after the "
            "main opposition party alleged that thousands of ballots had been forged.")
    a = _run(nlp, text, date(2026, 7, 4))
    alleged = _quote(a, "allege")
    assert alleged.speaker == "the main opposition party"  # not the court
    assert text[alleged.span.start:alleged.span.end] == "that thousands of ballots had been forged"
    # the order's content ends where the clause opened by "after" begins
    ordered = _quote(a, "order")
    assert text[ordered.span.start:ordered.span.end] == "a partial recount in three districts"


# ---- attribution: a verb joined by "and" to a passive reported clause is the reporter's own


def test_a_denial_joined_to_a_passive_reported_clause_is_the_speakers(nlp):
    text = ("A militia spokesman said the trucks had been stopped for \"inspection\" and denied "
            "that the group was obstructing deliveries.")
    a = _run(nlp, text, date(2026, 7, 4))
    denied = _quote(a, "deny")
    assert denied.speaker == "A militia spokesman"
    assert text[denied.span.start:denied.span.end] == "that the group was obstructing deliveries"


def test_a_verb_joined_inside_a_postposed_report_keeps_the_contents_subject(nlp):
    text = ("Soldiers at the bridge turned back the ambulances and demanded that the drivers be "
            "searched, said Mara Lenz, a spokeswoman for the relief agency.")
    a = _run(nlp, text, date(2026, 7, 4))
    demanded = _quote(a, "demand")
    assert demanded.speaker == "Soldiers"
    assert text[demanded.span.start:demanded.span.end] == "that the drivers be searched"


# ---- events/__init__.py: "called X Y" names its object, no phone call


def test_calling_claims_baseless_is_no_phone_call(nlp):
    # the parser reads "the opposition claims" as a clause with the predicate "baseless"
    text = "Okoye's Democratic Front called the opposition claims \"baseless\"."
    a = _run(nlp, text, date(2026, 7, 4))
    assert [e.text for e in a.events if e.type == "CONSULT"] == []


def test_calling_a_leader_is_still_a_phone_call(nlp):
    text = "The French president called the Egyptian president on Thursday to discuss the border."
    a = _run(nlp, text, date(2026, 7, 4))
    called = _event(a, "called")
    assert (called.type, called.mode, called.when.value) == ("CONSULT", "phone", "2026-07-02")
