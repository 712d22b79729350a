"""Round 19, real deportation-flight reports: a court that "forbade" a removal, and a law's year."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at


def test_forbade_from_keeps_the_act_from_happening(nlp):
    text = "The judges forbade the ministry from deporting the two brothers to Ghana."
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "deporting").modality == "negated"


def test_a_laws_of_year_does_not_date_an_act_done_under_it(nlp):
    text = "The two sailors were expelled under the Harbour Security Act of 1911 on Thursday."
    a = analyse(nlp, text, date(2024, 5, 7))
    ev = event_at(a, text, "expelled")
    assert ev.when is not None and ev.when.value == "2024-05-02"


def test_a_laws_of_year_alone_leaves_the_act_on_the_reports_day(nlp):
    text = "Dozens of dock workers were detained under the Public Order Act of 1936."
    a = analyse(nlp, text, date(2024, 5, 7))
    ev = event_at(a, text, "detained")
    assert ev.when is None or not ev.when.value.startswith("1936")
