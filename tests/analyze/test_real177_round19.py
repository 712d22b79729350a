"""Rules of real-article round 19 (helper 177: transport accidents and industrial disasters) in
analysis: ANI's dateline, which names the state and country in brackets and ends with a colon, is the
outlet's and never the speaker of the first claim; a count of the dead restricted to where they were
("on board", "on the ground") is marked so."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import SCOPE_MARK
from storyline.records import Analysis

from tests.analyze.analysed import analyse, figure_at


def test_an_ani_dateline_with_bracketed_state_and_country_is_no_speaker(nlp):
    text = ("Shimla (Himachal Pradesh) [India], May 9 (ANI): Himachal Relief Commissioner Ravi Kumar on Friday "
            "confirmed that 31 passengers were killed when the bus fell into a gorge.\n")
    a: Analysis = analyse(nlp, text, date(2025, 5, 9))
    quote = next(q for q in a.quotes if q.cue_lemma == "confirm")
    assert text[quote.speaker_span.start:quote.speaker_span.end] == "Himachal Relief Commissioner Ravi Kumar"


def test_a_count_of_the_dead_on_board_or_on_the_ground_is_marked_as_a_part(nlp):
    text = ("The cargo plane came down on a market on Monday, killing 12 crew members on board.\n\n"
            "Officials said 40 people on the ground were also killed.\n\n"
            "Rescuers reached 9 people on the ground floor of the market.\n")
    a: Analysis = analyse(nlp, text, date(2025, 3, 3))
    aboard, ground, floor = (figure_at(a, text, n) for n in ("12", "40", "9"))
    assert f"{SCOPE_MARK} ('board')" in aboard.reason
    assert f"{SCOPE_MARK} ('ground')" in ground.reason
    assert SCOPE_MARK not in floor.reason
