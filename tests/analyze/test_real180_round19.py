"""Round 19, real court reports: a trial put off in the passive ("the trial is postponed to Sept.
21") and a wire dateline with its place in title case ("Ankara, December 12 (EFE)")."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at

from storyline.analyze.timex import infer_reference_date


def test_a_trial_put_off_in_the_passive_is_an_act(nlp):
    text = ("After the defence asked for more time, the trial is postponed to Oct. 4.\n"
            "The trial in which the governor is charged with fraud has been adjourned until Nov. 8.\n")
    a = analyse(nlp, text, date(2023, 5, 2))
    first = event_at(a, text, "trial")
    assert first.modality == "postponed" and first.when is not None and first.when.value == "2023-10-04"
    second = event_at(a, text, "trial", 1)
    assert second.modality == "postponed" and second.when is not None and second.when.value == "2023-11-08"


def test_a_clinical_trial_without_a_court_verb_stays_no_act(nlp):
    text = "The trial showed the vaccine was safe, the researchers said.\n"
    a = analyse(nlp, text, date(2023, 5, 2))
    assert not [e for e in a.events if e.text.lower() == "trial"]


def test_a_title_case_wire_dateline_dates_a_report_filed_under_its_month(nlp):
    text = ("Kampala, March 9 (EFE). – A court this Thursday adjourned the trial of the former minister "
            "until June.\nHis lawyers said they would appeal.\n")
    found = infer_reference_date(nlp(text), "https://news.example.org/2023/03/world/court-adjourns-trial")
    assert found is not None and found[0] == date(2023, 3, 9)
