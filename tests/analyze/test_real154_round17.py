"""Real-article round 17 (courts and trials, helper 154): a hearing dated day first without a year
("postponed the matter to 17 May") is a date, never a count of 17 "may"; and the rand as South
African copy writes it, a capital R glued to the amount ("R4 million", "R500,000"), is money."""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run

DAY = date(2022, 4, 11)


def test_a_day_first_date_without_a_year_is_a_date(nlp):
    text = ("The judge postponed the matter to 17 May. The court adjourned the trial until 3 August, "
            "and 17 may be called as witnesses.\n")
    a = _run(nlp, text, DAY)
    values = {t.text: t.value for t in a.times}
    assert values.get("17 May") == "2022-05-17"
    assert values.get("3 August") == "2022-08-03"
    may = next(t for t in a.times if t.text == "17 May")
    assert may.span.start == text.index("17 May")
    # the date is no figure; the lower-case "17 may be called" stays a count, not a date
    assert not any(q.text == "17" and q.span.start == text.index("17 May") for q in a.quantities)
    assert sum(1 for t in a.times if t.text.lower() == "17 may") == 1


def test_the_rand_written_before_the_amount_is_money(nlp):
    text = ("Prosecutors said he received kickbacks of over R4 million. The firm paid R500,000 in bribes. "
            "Motorists took the R2 to the coast.\n")
    a = _run(nlp, text, DAY)
    kick = next(q for q in a.quantities if q.text == "over R4 million")
    assert (kick.low, kick.unit, kick.approx) == (4_000_000, "ZAR", "over")
    assert kick.span.start == text.index("over R4")
    bribe = next(q for q in a.quantities if q.text == "R500,000")
    assert (bribe.low, bribe.unit) == (500_000, "ZAR")
    assert not any("R2" in q.text for q in a.quantities)  # a road, not money
