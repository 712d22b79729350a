"""Real round 172 (natural disasters and their tolls; invented texts with the same constructions).

Reports of a rising toll set the superseded count beside the new one ("A previous toll indicated
that 1,037 people were killed", "authorities had previously announced that the toll was 2,946",
"Earlier reports indicated 217 fatalities"): such a figure is marked an earlier count, which the
linker compares with none, so a rising toll is no conflict of one report with itself or with the
next. And a clock time's "am", which the parser reads as the verb "be", no longer gives a day in
the clause its present tense: "struck at 11:50 am local time on Friday" is the Friday just past; and
"11.50 am", written with a point, is one clock time, not the figure 11.50 and a time "50 am".
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, figure_among, quantities_of

from storyline.analyze.quantities.notes import EARLIER_MARK


def _earlier(nlp, text: str, number: str) -> bool:
    return EARLIER_MARK in figure_among(quantities_of(nlp, text), text, number).reason


def test_a_count_given_by_a_previous_toll_is_an_earlier_count(nlp):
    text = ("The interior ministry said the toll from the storm rose to 412 on Tuesday. "
            "A previous toll indicated that 388 people had died.")
    assert _earlier(nlp, text, "388")
    assert not _earlier(nlp, text, "412")


def test_earlier_reports_and_a_toll_reported_earlier_today_give_earlier_counts(nlp):
    text = "Earlier reports indicated 64 fatalities and 20 missing people, the agency said."
    assert _earlier(nlp, text, "64") and _earlier(nlp, text, "20")
    text = "The toll reported by the agency earlier today stated that 150 people were killed."
    assert _earlier(nlp, text, "150")


def test_a_count_previously_announced_or_put_is_an_earlier_count(nlp):
    text = "Officials had previously announced that the death toll was 740 and the number of injured was 900."
    assert _earlier(nlp, text, "740") and _earlier(nlp, text, "900")
    text = "Health authorities previously put the death toll at 5,200."
    assert _earlier(nlp, text, "5,200")


def test_a_dated_event_or_a_relative_clause_gives_no_earlier_count_to_the_new_one(nlp):
    text = "An air strike killed 12 people earlier on Monday, medics said."
    assert not _earlier(nlp, text, "12")
    text = "The toll, which previously stood at 30, rose to 45 on Friday."
    assert _earlier(nlp, text, "30")
    assert not _earlier(nlp, text, "45")
    text = "The previous government freed 300 prisoners in May."
    assert not _earlier(nlp, text, "300")
    text = "Rescuers found 14 survivors two days earlier."
    assert not _earlier(nlp, text, "14")


def test_a_day_after_a_clock_time_with_am_takes_the_tense_of_its_clause(nlp):
    text = "The earthquake struck the region at 11:50 am local time on Friday, officials said.\n"
    a = analyse(nlp, text, date(2025, 3, 29))  # a Saturday
    friday = next(t for t in a.times if t.text == "Friday")
    assert friday.value == "2025-03-28"
    clock = next(t for t in a.times if t.text.startswith("11:50"))
    assert clock.value == "2025-03-28T11:50"


def test_a_future_clause_with_a_clock_time_still_looks_ahead(nlp):
    text = "The rescue teams will leave at 9:30 am on Monday, the ministry said.\n"
    a = analyse(nlp, text, date(2025, 3, 29))
    assert any(t.value == "2025-03-31T09:30" for t in a.times)


def test_a_clock_time_with_a_point_is_one_time_and_no_figure(nlp):
    text = "The first tremor hit at 10.40 am on Friday and a second one at 12.05 pm.\n"
    a = analyse(nlp, text, date(2025, 3, 29))
    first = next(t for t in a.times if t.text.startswith("10.40 am"))
    assert first.value == "2025-03-28T10:40"
    second = next(t for t in a.times if t.text == "12.05 pm")
    assert second.value == "2025-03-29T12:05"
    assert not any(q.text in {"10.40", "12.05"} for q in a.quantities)


def test_a_saying_dated_earlier_leaves_its_figure_standing(nlp):
    text = "Annual inflation rose to 3.1 percent in May, from 2.8 percent in April, the agency said earlier this month."
    assert not _earlier(nlp, text, "3.1") and not _earlier(nlp, text, "2.8")
    text = ("The firm said earlier this week that the 800 job cuts would go ahead, although a union said "
            "the real number could be closer to 1,100.")
    assert not _earlier(nlp, text, "800") and not _earlier(nlp, text, "1,100")
    text = "The coast guard had earlier put the number of boats at about 40."
    assert _earlier(nlp, text, "40")
