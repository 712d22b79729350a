"""Session 16 (energy and migration copy): figure rules found wanting on fresh invented copy, each
tested on sentences of its own (not the feed's), asserting on extracted values and reasons.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import DEATH_MARK, PERIOD_MARK

from .analysed import analyse as _run, figure_at as _figure




def test_a_rate_per_period_stays_a_rate_when_a_date_follows(nlp):
    text = ("The producers agreed on Thursday to cut output by 400,000 barrels per day from June.\n\n"
            "The pipeline will carry 60,000 tonnes each week from next month.\n\n"
            "The plant lost 2 million euros a day after the strike.\n")
    a = _run(nlp, text, date(2026, 3, 5))
    cut = _figure(a, text, "400,000")
    assert (cut.low, cut.unit) == (400000.0, "barrels")
    assert f"{PERIOD_MARK} day" in cut.reason  # "from June" dates the cut, it does not end the rate
    pipeline = _figure(a, text, "60,000")
    assert f"{PERIOD_MARK} week" in pipeline.reason
    loss = _figure(a, text, "2 million")
    assert PERIOD_MARK not in loss.reason  # "a day after the strike" is a time, not a rate


def test_a_death_toll_restates_no_count_of_the_living(nlp):
    text = ("Relief workers said about 90 people had been on the ferry, and 31 had been rescued. "
            "The Red Cross put the death toll at 22.\n\n"
            "Officials said 40 people had died. The ministry put the death toll at 45.\n")
    a = _run(nlp, text, date(2026, 3, 5))
    toll = _figure(a, text, "22")
    assert toll.low == 22.0
    assert "speaks again of 'about 90'" not in toll.reason
    assert "speaks again of" not in toll.reason
    second = _figure(a, text, "45")
    assert "speaks again of '40'" in second.reason  # a count of the dead is still restated
    assert DEATH_MARK in second.reason



def test_a_definite_group_noun_takes_no_body_named_only_after_it(nlp):
    text = ("Aid groups accused the authorities of delaying the rescue.\n\n"
            "The minister defended a deal under which Tunisian authorities would intercept boats.\n\n"
            "Hamas militants released three hostages on Saturday. The militants also demanded a halt to airstrikes.\n")
    a = _run(nlp, text, date(2026, 3, 5))
    names = {ent.id: ent.name for ent in a.entities}
    accused = next(e for e in a.events if e.text == "accused")
    # was Tunisia's: the authorities of the first paragraph are not yet anyone's
    assert [names.get(t, t) for t in accused.target_actors] == ["authorities"]
    demanded = next(e for e in a.events if e.text == "demanded")
    assert [names.get(s, s) for s in demanded.source_actors] == ["Hamas"]  # named before it: still read so
