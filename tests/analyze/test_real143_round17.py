"""Real-article round 17 (elections, disputed results and protests): a day of a month written
before the singular noun it dates ("the April 5 vote", "a June 14 runoff") is no count of that
noun, in an undated report whose time reader leaves the day unresolved; and a hedged number of
dozens ("several dozen riot police", "a few dozen protesters") keeps its hedge as a range rather
than reading the bare "dozen" as exactly 12; and a place in capitals with a colon opening a report
("LUSAKA: The opposition on Monday ...") is the outlet's dateline, not the speaker of the lead,
while a transcript's turns ("REYES: I ...") keep their speaker. Each is tested on sentences of its own, asserting on
values, units, qualifiers and offsets.
"""

from __future__ import annotations

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article


def _undated(nlp, text: str) -> Analysis:
    """The pipeline on ``text`` as a report with no publication date: "April 5" has no year to
    resolve against, so the time reader leaves it and the figure reader must know it as a day."""
    article = Article(id="test", source="-", text=text, published=None)
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def test_a_day_of_a_month_before_a_singular_noun_dates_it_and_is_no_figure(nlp):
    text = ("Final results will be announced at 11 a.m., the board said.\n\n"
            "The agency said it had been flooded with complaints after the April 5 vote.\n\n"
            "Officials say a June 14 runoff would break the rules.\n\n"
            "In the May 3 ballot, 12 candidates stood.\n")
    a = _undated(nlp, text)
    figures = {(q.text, q.unit) for q in a.quantities}
    assert ("5", "vote") not in figures
    assert ("14", "runoff") not in figures
    assert ("3", "ballot") not in figures
    kept = next(q for q in a.quantities if q.text == "12")  # a count before a plural noun stays
    assert (kept.unit, kept.low, kept.span.start) == ("candidates", 12.0, text.index("12 candidates"))


def test_a_hedged_number_of_dozens_is_a_range_with_its_hedge(nlp):
    text = ("Several dozen riot police broke up the news conference in the capital.\n\n"
            "Officers detained a few dozen protesters outside the court.\n\n"
            "A dozen observers watched the count.\n")
    a = _undated(nlp, text)
    several = next(q for q in a.quantities if q.text == "Several dozen")
    assert (several.low, several.high, several.approx, several.unit) == (36.0, 108.0, "several", "police")
    assert several.span.start == 0
    few = next(q for q in a.quantities if q.text == "a few dozen")
    assert (few.low, few.high, few.approx, few.unit) == (36.0, 60.0, "a few", "protesters")
    assert few.span.start == text.index("a few dozen")
    dozen = next(q for q in a.quantities if q.text == "A dozen")  # a plain dozen is still 12
    assert (dozen.low, dozen.high, dozen.unit) == (12.0, 12.0, "observers")


def test_a_place_in_capitals_and_a_colon_opening_a_report_is_no_speaker(nlp):
    text = (" date 2021-08-16 Opposition rejects count\n\n"
            "LUSAKA: The main opposition party on Monday rejected what it called a rigged count of the vote, and its leader "
            "vowed to go to court.\n\n"
            "Police said 40 people were arrested overnight.\n")
    a = _undated(nlp, text)
    assert not [q for q in a.quotes if q.speaker == "LUSAKA"]
    headline = "AP: Opposition leader held after rally.\n\nThe arrest came late on Sunday.\n"
    assert next(q for q in _undated(nlp, headline).quotes if q.cue_lemma == ":").speaker == "AP"
    police = next(q for q in a.quotes if q.speaker == "Police")
    assert police.span.start == text.index("40 people")


def test_a_transcript_turn_in_capitals_keeps_its_speaker(nlp):
    text = ("The minister joined the programme late.\n\n"
            "REYES: I will not accept a result that was stolen from our voters.\n")
    a = _undated(nlp, text)
    turn = next(q for q in a.quotes if q.cue_lemma == ":")
    assert turn.speaker == "REYES"
    assert turn.span.start == text.index("I will not")
