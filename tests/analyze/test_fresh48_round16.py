"""Fresh-feed round 16 (attribution): a contrasting source's own count, an absolute phrase after a
quotation's cue, and "according to X, which said ..." relaying nothing."""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_a_count_set_against_a_report_by_a_contrast_word_is_its_subject_s(nlp):
    text = ("Fire crews held the line on Tuesday. The state agency says 87 barns have burned, while the "
            "township's survey team has tallied 103.\n")
    a = _run(nlp, text, date(2026, 8, 4))
    by_text = {q.speaker: text[q.span.start:q.span.end] for q in a.quotes}
    # the agency's report ends before "while"; the team's tally is its own statement
    assert by_text["The state agency"] == "87 barns have burned"
    assert by_text["the township's survey team"] == "103"
    figures = {text[f.span.start:f.span.end]: f.attributed_to for f in a.quantities}
    assert figures["87"] != figures["103"]


def test_an_absolute_phrase_after_a_quotation_s_cue_is_not_the_content(nlp):
    text = ('"We have lost a brother and a friend," Mayor Lina Ortez said at a vigil, her voice shaking.\n')
    a = _run(nlp, text, date(2026, 4, 14))
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert quote.speaker == "Mayor Lina Ortez"
    # was "her voice shaking"
    assert text[quote.span.start:quote.span.end] == "We have lost a brother and a friend"


def test_a_report_in_a_relative_clause_on_the_according_to_source_is_not_relayed_by_it(nlp):
    text = ("The camps were badly overcrowded, according to Amnesty International, which said on Friday "
            "that 2,000 detainees had no shelter.\n")
    a = _run(nlp, text, date(2026, 5, 2))
    said = next(q for q in a.quotes if q.cue_lemma == "say")
    assert text[said.span.start:said.span.end] == "that 2,000 detainees had no shelter"
    assert said.relayed_by is None  # was "Amnesty International", relayed by itself
