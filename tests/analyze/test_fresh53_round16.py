"""Attribution round 16: false reports an analyst notices (an "as" time clause read as a reporting
clause, acts of voting and referring read as reports, a naming cue whose content was only "what"),
each tested on sentences of its own, asserting on cues, contents and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _quotes(a: Analysis, lemma: str):
    return [q for q in a.quotes if q.cue_lemma == lemma]


def test_an_as_clause_with_its_own_prepositional_content_reports_no_main_clause(nlp):
    text = ("The company confirmed the layoffs as unions warned of strikes.\n\n"
            "The plan is unworkable, as critics warned.\n")
    a = _run(nlp, text, date(2025, 10, 7))
    warns = _quotes(a, "warn")
    # the unions warned of strikes; they did not warn "The company confirmed the layoffs"
    assert [q.text for q in warns] == ["of strikes", "The plan is unworkable"]
    assert warns[0].span.start == text.index("of strikes")
    assert warns[1].speaker == "critics"  # a bare "as" reporting clause still vouches for its clause


def test_voting_to_do_something_and_referring_a_bill_report_nothing(nlp):
    text = ("Senators voted to refer the measure to a subcommittee.\n\n"
            "Senators voted for the measure.\n\n"
            "He referred to the report in his speech.\n")
    a = _run(nlp, text, date(2025, 10, 7))
    assert [q.text for q in _quotes(a, "vote")] == ["for the measure"]
    refers = _quotes(a, "refer")
    assert [q.text for q in refers] == ["to the report in his speech"]
    assert refers[0].span.start == text.index("to the report")


def test_a_naming_cue_after_what_reports_its_predicate_not_the_what(nlp):
    text = 'The ministry summoned the ambassador to protest what it called a "flagrant violation" of the treaty.\n'
    a = _run(nlp, text, date(2025, 10, 7))
    calls = _quotes(a, "call")
    assert len(calls) == 1
    assert calls[0].text == 'a "flagrant violation" of the treaty'
    assert calls[0].span.start == text.index('a "flagrant')
    assert calls[0].stance == "neutral"  # naming, not a demand
    assert [q.text for q in _quotes(a, "protest")] == ['what it called a "flagrant violation" of the treaty']
