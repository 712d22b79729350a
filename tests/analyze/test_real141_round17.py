"""Real-article round 17 (disaster tolls revised over days): the day a wire report writes right
after a toll ("rose to 233 Sunday") is no unit of the toll, and a toll a source only fears ("could
rise to 240", "240 people may have died") is marked a possible count, not an updated one. Each is
tested on sentences of its own, asserting on units, subjects, offsets and the marks in the reason.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import POSSIBLE_MARK, UPDATE_MARK
from storyline.records import Analysis

from .analysed import analyse as _run


def _figure(a: Analysis, text: str):
    return next(q for q in a.quantities if q.text == text)


def test_a_day_written_after_a_toll_dates_it_and_is_not_its_unit(nlp):
    text = ("The official death toll from the landslide rose to 118 Sunday, the ministry said.\n\n"
            "The number of dead climbed to 64 yesterday as rescuers reached the village.\n\n"
            "Divers recovered 9 bodies Monday.\n")
    a = _run(nlp, text, date(2024, 3, 12))  # a Tuesday
    toll = _figure(a, "118")
    assert toll.span.start == text.index("118")
    assert (toll.unit, toll.subject) == ("people", "The official death toll from the landslide")
    assert UPDATE_MARK in toll.reason  # still the new state of the count ("rose to")
    assert toll.as_of == "2024-03-10"  # the Sunday before
    dead = _figure(a, "64")
    assert dead.unit != "yesterday"
    assert dead.as_of == "2024-03-11"
    assert _figure(a, "9").unit == "bodies"  # a noun before the day still counts


def test_a_toll_a_source_only_fears_is_a_possible_count_not_an_update(nlp):
    text = ("Officials said the toll from the flooding could rise to 300.\n\n"
            "Rescuers raised the toll to 112 on Friday.\n\n"
            "The governor said it was possible 300 people may have drowned.\n")
    a = _run(nlp, text, date(2024, 3, 12))
    feared = [q for q in a.quantities if q.text == "300"]
    assert [q.span.start for q in feared] == [text.index("300"), text.rindex("300")]
    for q in feared:
        assert POSSIBLE_MARK in q.reason
        assert UPDATE_MARK not in q.reason
    confirmed = _figure(a, "112")
    assert UPDATE_MARK in confirmed.reason and POSSIBLE_MARK not in confirmed.reason
