"""Session 16: rules found wanting on fresh invented obituary, succession and wildfire copy, each
tested on sentences of its own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date


from .analysed import analyse as _run, event_at as _event




def test_a_dated_occasion_the_act_took_place_in_dates_the_act(nlp):
    text = ("Colonel Mbaye seized power in a 1988 coup that ousted the civilian cabinet.\n\n"
            "Her brother was wounded during the 2013 riots, the family said.\n\n"
            "The attacks in Paris reframed the 2016 presidential contest on Saturday.\n")
    a = _run(nlp, text, date(2026, 4, 14))
    seized = _event(a, text, "seized")
    assert (seized.modality, seized.when.value) == ("happened", "1988")  # was undated: the report's day
    wounded = _event(a, text, "wounded")
    assert wounded.when.value == "2013"  # was undated
    # a dated noun the verb acts on, not one it took place in, still dates only that noun
    attacks = _event(a, text, "attacks")
    assert attacks.when is None or attacks.when.value != "2016"


def test_the_age_of_a_person_is_no_figure(nlp):
    text = ("The former minister died on Sunday at the age of 91 after a long illness, his party said.\n\n"
            "She retired at age 65. The new tax hits 3,000 households.\n")
    a = _run(nlp, text, date(2026, 4, 14))
    assert [q.text for q in a.quantities] == ["3,000"]  # "91" and "65" were unit-less counts

