"""Fresh feed 28 (round 15): relayed and anonymous sourcing. Rules found wanting on invented wire
copy, each tested on sentences of its own (not the feed's), asserting on speakers, relayers and
content offsets.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_a_citing_outlet_that_reports_on_a_day_still_speaks_and_relays(nlp):
    # "on Tuesday" after the cue leaves the parse verbless: the outlet is its root noun, "reported"
    # a modifier of the officials. Before the rule both records had no speaker and the cited
    # source's content ran over the whole report.
    text = "The Daily Ledger, citing three senior officials, reported on Tuesday that Marland would free 38 prisoners.\n"
    a = _run(nlp, text, date(2026, 3, 4))
    by_cue = {q.cue_lemma: q for q in a.quotes}
    report, cited = by_cue["report"], by_cue["cite"]
    said = "that Marland would free 38 prisoners"
    assert report.speaker == "The Daily Ledger"
    assert (report.span.start, report.span.end) == (text.index(said), text.index(said) + len(said))
    assert cited.speaker == "three senior officials"
    assert cited.relayed_by == "The Daily Ledger"
    assert cited.text == said


def test_a_named_relative_set_off_before_the_cue_speaks_and_is_not_what_is_said(nlp):
    # the parser hangs "her son, Henrik" on "Bergen" as an apposition and types "Henrik" as an
    # organisation: before the rule the quote had no speaker and its content ran over the name
    text = "Lindqvist died on Saturday at her home in Bergen, her son, Henrik, said.\n"
    a = _run(nlp, text, date(2026, 5, 4))
    (q,) = [q for q in a.quotes if q.cue_lemma == "say"]
    assert q.speaker == "Henrik"
    assert q.text == "Lindqvist died on Saturday at her home in Bergen"
