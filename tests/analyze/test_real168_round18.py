"""Real-article round 18 (no-confidence and impeachment votes): a vote tally written after its noun
("in a vote of 232-197", "the final tally came in at 232-197") counts votes, as "a 232-197 vote"
does; read as a score, the larger-first pair was dropped and the report's tally went missing. And
"two more than 76 needed" is a difference from 76, not a figure of "more than 76". An -ing
participle before a noun ("the ruling coalition") is no cue, so a quotation before it is not given
to the possessive before it. Invented sentences; asserts on figure values, units, qualifiers and
spans, and on quote speakers and cues.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def _figures(nlp, text):
    return _run(nlp, text, date(2022, 12, 15)).quantities


def test_tally_after_vote_of_counts_votes(nlp):
    text = "The assembly removed the mayor in a vote of 41-17 on Tuesday.\n"
    figs = _figures(nlp, text)
    got = sorted((q.low, q.unit) for q in figs)
    assert got == [(17.0, "votes"), (41.0, "votes")]
    first = next(q for q in figs if q.low == 41.0)
    assert text[first.span.start:first.span.end] == "41"


def test_tally_a_few_words_after_tally_noun(nlp):
    text = "The final tally came in at 219-204, with three members absent.\n"
    figs = _figures(nlp, text)
    votes = sorted(q.low for q in figs if q.unit == "votes")
    assert votes == [204.0, 219.0]


def test_score_without_a_voting_word_stays_no_figure(nlp):
    text = "The visitors won the final 3-1 after a late goal.\n"
    assert [q for q in _figures(nlp, text) if q.low in (3.0, 1.0)] == []


def test_number_right_before_more_than_is_a_difference(nlp):
    text = "In the 90-seat chamber, 48 deputies, two more than 46 needed, backed the motion.\n"
    figs = _figures(nlp, text)
    ref = next(q for q in figs if q.low == 46.0)
    assert ref.approx is None
    assert text[ref.span.start:ref.span.end] == "46"


def test_more_than_before_a_number_is_still_a_bound(nlp):
    text = "More than 46 deputies backed the motion.\n"
    fig = next(q for q in _figures(nlp, text) if q.low == 46.0)
    assert fig.approx == "more than"


def test_ruling_party_after_a_quotation_is_no_cue(nlp):
    text = ('The opposition claimed that "the cabinet has stopped fighting graft." '
            "Malvia's ruling coalition rejected these accusations on Friday.\n")
    quotes = _run(nlp, text, date(2022, 12, 15)).quotes
    assert [q.cue_lemma for q in quotes if q.cue_lemma == "rule"] == []
    graft = [q for q in quotes if "graft" in q.text]
    assert [q.speaker for q in graft] == ["The opposition"]
    assert graft[0].span.start == text.index("that")
