"""Round 19, real-article round on military drills (invented sentences with the same constructions).

A bare "drills"/"exercises" is the military act when a verb holds it ("plans to hold drills",
"staged drills") or it is nuclear ("the first stage of its nuclear drills"): follow-up reports drop
"military". A dateline atop a page filed under another month in its URL is no publication date.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Article

from .analysed import analyse, event_at


def test_drills_held_by_a_verb_are_a_planned_mobilization(nlp) -> None:
    text = "The Norvalian navy plans to hold drills off the northern coast next week, the ministry said."
    e = event_at(analyse(nlp, text, date(2024, 5, 6)), text, "drills")
    assert (e.type, e.modality) == ("MOBILIZE", "planned")


def test_staged_exercises_happened(nlp) -> None:
    text = "Norvalian forces staged exercises near the border on Friday."
    e = event_at(analyse(nlp, text, date(2024, 5, 6)), text, "exercises")
    assert (e.type, e.modality) == ("MOBILIZE", "happened")


def test_nuclear_drills_without_military_are_an_event(nlp) -> None:
    text = "Troops of the Eastern District began the second stage of the nuclear drills on Tuesday."
    e = event_at(analyse(nlp, text, date(2024, 5, 8)), text, "drills")
    assert e.type == "MOBILIZE"


def test_dateline_outside_the_url_month_is_not_the_publication_date(nlp) -> None:
    text = ("March 3, 2021\n\nNorvale and Ostland to put off joint naval drills\n\n"
            "Norvale and Ostland have decided to put off joint naval drills planned for this month, "
            "the two defence ministers said on Sunday.\n")
    article = Article(id="r175", source="-", text=text, url="https://news.example.org/2019/11/norvale-ostland-drills/",
                      published=None, published_how="none")
    a = analyze_doc(nlp(text), article, analyzer_version(Settings().model))
    assert a.reference_date is not None
    assert (a.reference_date.year, a.reference_date.month) == (2019, 11)
