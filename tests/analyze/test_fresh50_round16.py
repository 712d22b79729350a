"""Session 16: where a report's content ends, tested on invented sentences of its own (not the
feeds'), asserting on extracted offsets and relayers.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _quote(a: Analysis, text: str, cue: str):
    return next(q for q in a.quotes if q.cue is not None and q.cue.start == text.index(cue))


def _said(q, text: str) -> str:
    return text[q.span.start:q.span.end]


def test_a_clause_on_the_cue_ends_its_object_where_the_clause_begins(nlp):
    text = ("The ministry denied the report after opposition lawmakers accused the army of hiding casualties.\n\n"
            "The agency said the truce had largely held, with observers reporting at least 40 civilian deaths "
            "since it was signed on April 2.\n")
    a = _run(nlp, text, date(2026, 5, 4))
    assert _said(_quote(a, text, "denied"), text) == "the report"  # was "the report after opposition lawmakers"
    assert _said(_quote(a, text, "reporting"), text) == "at least 40 civilian deaths"  # was "... since it was"


def test_a_parenthetical_report_closed_by_an_outlet_is_relayed_by_it(nlp):
    text = "The reform would halve the waiting lists, opponents argue, the Evening Herald reported.\n"
    a = _run(nlp, text, date(2026, 5, 4))
    argued = _quote(a, text, "argue")
    assert _said(argued, text) == "The reform would halve the waiting lists"  # ran over the outlet's clause
    assert argued.relayed_by == "the Evening Herald"
    reported = _quote(a, text, "reported")
    assert _said(reported, text) == "The reform would halve the waiting lists, opponents argue"


def test_an_act_relays_no_report_made_about_its_object(nlp):
    text = "Norland's upper chamber approved a law that rights groups say would restrict protests.\n"
    a = _run(nlp, text, date(2026, 5, 4))
    said = _quote(a, text, "say")
    assert said.speaker == "rights groups"
    assert said.relayed_by is None  # was relayed by "Norland's upper chamber"
