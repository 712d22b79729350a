""""As planned on Monday" dates the event it hangs on; a coordinated clause is no context of a verb.

Both came from a fresh four-report feed on a port strike: "Talks ... ended without a deal, and
dockworkers will strike as planned on Monday" gave a Monday in the past (the participle's tense), a
strike dated by the talks' Thursday, and "ended" read as ending the strike.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.events import extract_events
from storyline.analyze.timex import extract_times

REF = date(2026, 11, 6)  # a Friday
TEXT = ("Talks hosted by the labour minister on Thursday ended without a deal, and dockworkers at the port "
        "will strike as planned on Monday, both sides said.")


def test_as_planned_takes_the_tense_of_the_event(nlp) -> None:
    times = {t.text: t.value for t in extract_times(nlp(TEXT), "a", REF)}
    assert times == {"Thursday": "2026-11-05", "Monday": "2026-11-09"}


def test_a_reported_past_keeps_its_own_tense(nlp) -> None:
    text = "The plant will close, as the company reported on Monday."
    (monday,) = extract_times(nlp(text), "a", REF)
    assert monday.value == "2026-11-02"  # a report: "as" with a subject of its own is a clause of its own


def test_the_planned_strike_is_dated_by_its_own_clause(nlp) -> None:
    doc = nlp(TEXT)
    events = extract_events(doc, "a", [], extract_times(doc, "a", REF), [], REF)
    (strike,) = [e for e in events if e.text == "strike"]
    assert (strike.type, strike.modality, strike.when_how) == ("PROTEST", "planned", "clause")
    assert strike.when is not None and strike.when.value == "2026-11-09"
    assert strike.trigger.start == TEXT.index("strike")


def test_a_coordinated_clause_gives_no_context_to_the_verb_before_it(nlp) -> None:
    doc = nlp(TEXT)
    events = extract_events(doc, "a", [], extract_times(doc, "a", REF), [], REF)
    assert not [e for e in events if e.text == "ended"]  # no strike ended, no talks broken off by anyone
    ended = extract_events(nlp("The union ended the strike on Friday."), "a", [], [], [], REF)
    assert [(e.text, e.type) for e in ended] == [("ended", "CONCEDE")]


def test_a_day_an_act_is_arranged_for_is_the_nearest_such_day(nlp) -> None:
    text = "Unions have called a protest outside parliament for Wednesday morning, organisers said on Monday."
    monday = date(2026, 2, 23)
    values = {t.text: t.value for t in extract_times(nlp(text), "a", monday)}
    assert values["Wednesday morning"] == "2026-02-25T05:00/2026-02-25T12:00"  # not the Wednesday before
    later = "Police were blamed for Tuesday's clashes, organisers said on Monday."
    (tuesday, _) = extract_times(nlp(later), "a", monday)
    assert tuesday.text == "Tuesday" and tuesday.value == "2026-02-17"  # the clashes' own day, past
