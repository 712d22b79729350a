"""Rules of session 17 in linking: a count singled out for one part of the whole ("In Manabi
alone, 646 died") is compared only with counts of that part, never with the whole toll."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import DEAD, ReportedFigure, figure_key, in_article_disputes
from storyline.records import Analysis

from tests.analyze.analysed import analyse as _run, figure_at


def test_a_count_of_one_part_is_keyed_apart_from_the_whole_toll(nlp):
    text = ("The earthquake killed 246 people, the government said.\n\n"
            "In Manabi alone, the agency registered 646 fatalities.\n\n"
            "At least 200 deaths were reported in Pedernales alone.\n")
    a: Analysis = _run(nlp, text, date(2016, 4, 20))
    whole, manabi, pedernales = (figure_at(a, text, n) for n in ("246", "646", "200"))
    assert figure_key(whole, "kill") == ("people", DEAD)
    assert figure_key(manabi, "kill") == ("people", f"{DEAD} in Manabi")
    assert figure_key(pedernales, "kill") == ("people", f"{DEAD} in Pedernales")
    assert (pedernales.low, pedernales.approx) == (200, "at least")
    day = date(2016, 4, 20)
    figures = [ReportedFigure(whole, day, "the government", "kill", "killed"),
               ReportedFigure(manabi, day, "the agency", "kill", "registered")]
    assert in_article_disputes(figures) == []


def test_a_count_of_the_dead_by_a_protest_sizes_no_crowd(nlp):
    text = ("Thousands of protesters marched on parliament on Monday.\n\n"
            "Clashes between police and protesters left three dead and hundreds injured.\n")
    a: Analysis = _run(nlp, text, date(2014, 9, 6))
    dead = figure_at(a, text, "three")
    assert (dead.low, dead.unit) == (3, "people")
    assert figure_key(dead, "protest") == ("people", DEAD)


def test_a_name_or_a_singular_ending_in_s_keeps_its_s_in_a_figure_key():
    from storyline.link.conflicts import _noun_key

    assert [_noun_key(t) for t in ("Hamas", "the crisis", "the virus")] == ["hamas", "crisis", "virus"]
    assert [_noun_key(t) for t in ("the hostages", "Palestinians", "the areas")] == ["hostage", "palestinian", "area"]
