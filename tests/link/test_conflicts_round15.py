"""Figure conflicts, round 15 (114): an order of magnitude written in words ("tens of thousands",
"thousands") with no subject of its own is not set against a source's figure by the event nearest to
it; counts of the dead and crowds sized in such words still compare. Counts of the dead are one toll
whatever their noun: a group's count ("at least 16 civilians") disputes a count of people ("14 dead")
only when it is above it, two groups never, and the conflict shows the noun each source wrote."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storyline.link.conflicts import (
    CROWD,
    DEAD,
    FigureLedger,
    ReportedFigure,
    figure_conflicts,
    figure_key,
    mark_breakdowns,
)
from storyline.records import Quantity, Span

from .test_conflicts_crowd_feeds import feed_conflicts

FEEDS = Path(__file__).parent.parent / "data" / "conflicts_round15"
MAR15 = date(2025, 3, 15)
MAY5 = date(2026, 5, 5)
KILLED = "number; counts the dead ('killed')"


def q(article, qid, low, unit, *, high=None, text=None, approx=None, reason="number"):
    return Quantity(id=qid, span=Span(article, 1, 4), sentence=Span(article, 0, 50), text=text or f"{low:,}", low=low,
                    high=low if high is None else high, approx=approx, unit=unit, subject=None, attributed_to=None,
                    as_of=None, reason=reason)


def test_a_convoy_for_tens_of_thousands_is_no_count_of_those_the_fighting_displaced(tmp_path: Path) -> None:
    # OCHA: "An estimated 212,000 people have been displaced since fighting erupted"; Reuters: "a convoy of 22
    # trucks carrying food for tens of thousands of displaced people ... postponed after renewed fighting"
    assert feed_conflicts(tmp_path, FEEDS / "vague.jsonl") == []


def test_an_order_of_magnitude_is_not_keyed_by_the_event_nearest_to_it():
    vague = q("a", "1", 20_000, "people", high=99_000, text="tens of thousands", approx="tens")
    assert figure_key(vague, "fight") is None
    assert figure_key(q("a", "2", 300, "people", high=500, text="a few hundred", approx="a few"), "fight") is None
    # a range written with digits, and a count in words, are figures of their own
    assert figure_key(q("a", "3", 200, "people", high=300, text="between 200 and 300"), "fight") == ("people", "@fight")
    assert figure_key(q("a", "4", 24, "people", text="two dozen"), "fight") == ("people", "@fight")


def test_the_dead_and_a_crowd_counted_in_words_still_compare():
    dozens = q("a", "1", 24, "people", high=99, text="dozens", approx="dozens", reason=KILLED)
    assert figure_key(dozens, "kill") == ("people", DEAD)
    marched = q("b", "2", 20_000, "people", high=99_000, text="tens of thousands", approx="tens")
    assert figure_key(marched, "march") == ("people", CROWD)
    police = q("c", "3", 8_000, "people", text="8,000")
    conflicts = figure_conflicts([ReportedFigure(marched, MAR15, "organisers", "march", "marched"),
                                  ReportedFigure(police, MAR15, "police", "march", "marched")])
    assert [c.reason for c in conflicts] == ["'tens of thousands' (organisers) vs '8,000' (police)"]



def _toll(article, qid, low, unit, published, by, *, approx=None, text=None):
    figure = q(article, qid, low, unit, approx=approx, text=text, reason=KILLED)
    return ReportedFigure(figure, published, by, "kill", "killed")


def _both(figures):
    """The conflicts of a pass over every figure, and those of a ledger kept between two link calls."""
    ledger = FigureLedger()
    ledger.extend(figures[:1])
    ledger = FigureLedger.from_json(json.loads(json.dumps(ledger.to_json())))
    ledger.extend(figures[1:])
    return [c.reason for c in figure_conflicts(figures)], [c.reason for c in ledger.conflicts()]


def test_a_count_of_civilians_above_the_authorities_toll_disputes_it_in_one_report(tmp_path: Path) -> None:
    # "HRMMU says at least 16 civilians were killed ..., a higher figure than the one given by local authorities.
    # ... Ukrainian regional officials have put the toll at 14 dead."
    # the mission's 16 is told twice, by its name and as "the mission": one dispute (session 20)
    assert feed_conflicts(tmp_path, FEEDS / "civilians.jsonl") == [
        ("figure", "people (killed), one report",
         "'at least 16' civilians (The United Nations Human Rights Monitoring Mission in Ukraine (HRMMU)) "
         "vs '14' people (Ukrainian regional officials), in one report"),
    ]


def test_a_group_of_the_dead_disputes_a_toll_of_people_only_from_above():
    people = _toll("a1", "q1", 14, "people", MAY5, "regional officials")
    above = _toll("a2", "q2", 16, "civilians", MAY5, "UN monitors", approx="at least", text="at least 16")
    below = _toll("a3", "q3", 10, "civilians", MAY5, "UN monitors")
    fighters = _toll("a4", "q4", 30, "militia fighters", MAY5, "the army")
    assert figure_key(above.quantity, "kill") == figure_key(people.quantity, "kill") == ("people", DEAD)
    expected = ["'14' people (regional officials) vs 'at least 16' civilians (UN monitors)"]
    assert _both([people, above]) == (expected, expected)
    assert _both([people, below]) == ([], [])  # the rest of the 14 are others
    assert _both([below, fighters]) == ([], [])  # other dead
    # one noun, as any figure; "one person" and "deaths" count people
    ministry = _toll("a5", "q5", 20, "deaths", MAY5, "the ministry")
    assert _both([people, ministry]) == (["'14' (regional officials) vs '20' (the ministry)"],) * 2
    assert figure_key(q("a", "6", 1, "person", reason=KILLED), "kill") == ("people", DEAD)


def test_a_toll_and_a_group_of_it_in_one_sentence_are_no_breakdown():
    # "the strike killed 30 people, including 12 children, officials said": the 30 is the toll, still compared
    toll = _toll("a1", "q1", 30, "people", MAY5, "officials")
    children = _toll("a1", "q2", 12, "children", MAY5, "officials")
    assert [f.part for f in mark_breakdowns([toll, children])] == [False, False]
    other = _toll("a2", "q3", 20, "people", MAY5, "the army")
    assert [c.reason for c in figure_conflicts([*mark_breakdowns([toll, children]), other])] == [
        "'30' (officials) vs '20' (the army)"]
