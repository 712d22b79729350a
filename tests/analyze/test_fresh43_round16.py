"""Fresh-text round 16 (43): rules found wanting on invented transport-disaster and maritime copy (a
plane crash whose death toll three bodies gave differently; a seized tanker). Each test uses
sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_a_second_source_giving_a_toll_of_a_number_is_that_sources_statement(nlp):
    # "while Y gave a toll of N" sets Y's own count against X's: N is Y's, not part of X's report
    text = ("The rail operator said 31 people had died, while the regional health office gave a toll "
            "of 34.\n")
    a = _run(nlp, text, date(2026, 3, 9))
    said = next(q for q in a.quotes if q.cue_lemma == "say")
    assert said.speaker == "The rail operator"
    assert text[said.span.start:said.span.end] == "31 people had died"
    gave = next(q for q in a.quotes if q.cue_lemma == "give")
    assert gave.speaker == "the regional health office"
    assert gave.stance == "neutral"
    assert text[gave.span.start:gave.span.end] == "a toll of 34"
    n34 = next(f for f in a.quantities if f.text == "34")
    assert n34.attributed_to == gave.id
    n31 = next(f for f in a.quantities if f.text == "31")
    assert n31.attributed_to == said.id


def test_giving_a_figure_without_a_number_or_to_someone_is_no_statement(nlp):
    text = ("The ministry gave a figure for the damage in its report. The win gave the club a total of "
            "30 points.\n")
    a = _run(nlp, text, date(2026, 3, 9))
    assert not [q for q in a.quotes if q.cue_lemma == "give"]
