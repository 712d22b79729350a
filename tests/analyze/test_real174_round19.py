"""Rules of round 19 (real reports of diplomatic rows): a figure for the rest of a group ("the other
two", "the remaining four", "two other envoys") counts a part of the group, not the group; an act
told in an "after" clause or a "following" phrase is not dated by the time of the act it preceded
("Hours after A expelled an envoy, B expelled one, the ministry said on Tuesday")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyze.quantities import PART_MARK
from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key
from storyline.records import Span

from tests.analyze.analysed import analyse, event_at, figure_at, figure_among, quantities_of


def test_the_rest_of_a_listed_group_is_a_part(nlp):
    text = ("Bolivia expelled five Peruvian envoys on Friday. Three of the envoys are consuls. "
            "The other two expelled envoys are military attaches.\n\n"
            "The remaining four diplomats must leave by Sunday, and two other envoys were warned.\n")
    figures = quantities_of(nlp, text)
    assert PART_MARK not in figure_among(figures, text, "five").reason
    assert f"{PART_MARK} ('other')" in figure_among(figures, text, "two").reason
    assert f"{PART_MARK} ('remaining')" in figure_among(figures, text, "four").reason
    assert f"{PART_MARK} ('other')" in figure_among(figures, text, "two", 1).reason


def test_the_other_two_dispute_no_other_reports_whole_count(nlp):
    first = "The ministry announced that six Peruvian diplomats had been expelled.\n"
    second = ("Bolivia expelled Peruvian diplomats on Monday. The diplomats who have been expelled are "
              "Ana Ruiz, Luis Soto, Rosa Vega and Juan Mora. The other two expelled diplomats are Eva Paz and Raul Gil.\n")
    day = date(2024, 3, 4)
    a, b = analyse(nlp, first, day), analyse(nlp, second, day)
    six, two = figure_at(a, first, "six"), figure_at(b, second, "two")
    assert figure_key(six, "expel") == ("diplomat", "@expel")
    assert figure_key(two, "expel") == ("diplomat", "@expel in other")
    in_second = replace(two, span=Span("b", two.span.start, two.span.end),
                        sentence=Span("b", two.sentence.start, two.sentence.end))
    figures = [ReportedFigure(six, day, None, "expel", "expelled"),
               ReportedFigure(in_second, day, None, "expel", "expelled")]
    assert figure_conflicts(figures) == []


def test_an_act_in_an_after_clause_takes_no_time_of_the_reply(nlp):
    text = ("Hours after Oslo expelled a Latvian attache over the leak, Riga asked a Norwegian envoy "
            "to leave the country, said the foreign ministry on Tuesday.\n")
    a = analyse(nlp, text, date(2023, 9, 21))
    first, reply = event_at(a, text, "expelled"), event_at(a, text, "asked")
    assert reply.when is not None and reply.when.value == "2023-09-19"
    assert first.when_how == "article"


def test_an_act_after_following_takes_no_time_of_the_reply(nlp):
    text = "Riga on Tuesday expelled a Norwegian envoy in a tit-for-tat move following the expulsion of its consul by Oslo.\n"
    a = analyse(nlp, text, date(2023, 9, 21))
    reply, first = event_at(a, text, "expelled"), event_at(a, text, "expulsion")
    assert reply.when is not None and reply.when.value == "2023-09-19"
    assert first.when_how == "article"
