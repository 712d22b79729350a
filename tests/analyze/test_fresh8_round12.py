"""Fresh-text round 12, feed 8: rules found wanting on invented wire copy about a hostage release in
two stages, cross-border shelling and a ministerial visit called off over an expelled envoy. Each test
uses sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.datelines import dateline_end
from storyline.analyze.event_words import is_new_date
from storyline.analyze.modality import _passive_infinitive

from .test_fresh_round10 import _event, _figure, _run


# ---- datelines.py: a title-case place credited to an agency in brackets


def test_a_title_case_place_credited_to_an_agency_is_a_dateline():
    text = "Lusaka (AFP) \u2013 Zambia's copper miners on Monday called off a strike."
    assert dateline_end(text, 20) == len("Lusaka (AFP) \u2013 ")
    assert dateline_end("Rio de Janeiro (AFP) - Police raided a favela.", 30) == len("Rio de Janeiro (AFP) - ")


def test_a_title_case_subject_without_an_agency_is_no_dateline():
    assert dateline_end("Zambia's copper miners on Monday called off a strike.", 10) is None
    assert dateline_end("Mining Minister Paul Kabuswe - a former union leader - said.", 10) is None


def test_the_agency_credited_place_is_no_actor_of_the_lead(nlp):
    text = ("Lusaka (AFP) \u2013 Zambia's FDL rebels on Friday postponed the second stage of a prisoner "
            "release that had been due this weekend, accusing the army of attacks.")
    a = _run(nlp, text, date(2026, 2, 9))
    by_entity = {m.entity_id: text[m.span.start:m.span.end] for m in a.mentions}
    lusaka = next(m for m in a.mentions if text[m.span.start:m.span.end] == "Lusaka")
    assert (lusaka.label, lusaka.span.start) == ("GPE", 0)
    for trigger in ("release", "accusing"):
        assert sorted(by_entity.get(x, x) for x in _event(a, trigger).source_actors) == ["FDL", "Zambia"]


# ---- modality.py: a passive to-infinitive on an event noun tells it as still to come


def test_an_event_noun_with_a_passive_infinitive_is_planned(nlp):
    text = ("The release, to be overseen by church officials, is the second of three stages agreed in "
            "Quito last month, a mediator told reporters.")
    a = _run(nlp, text, date(2026, 6, 2))
    handover = _event(a, "release")
    assert (handover.modality, text[handover.trigger.start:handover.trigger.end]) == ("planned", "release")
    assert "passive infinitive" in handover.reason


def test_a_ranked_noun_with_a_passive_infinitive_is_left_to_its_ranking(nlp):
    doc = nlp("It was the first summit to be held in the region since the war.")
    summit = next(t for t in doc if t.text == "summit")
    assert _passive_infinitive(summit) is None
    doc = nlp("The talks, to be held in Geneva next week, will focus on trade.")
    assert _passive_infinitive(doc[1]) == ("planned", "passive infinitive 'to be held' on 'talks'")


# ---- quantities: the dead named by "the deaths of", and a part named in an aside


def test_the_deaths_of_a_count_of_people_counts_the_dead(nlp):
    text = "The monitoring mission said it had verified the deaths of seven villagers in the raid."
    a = _run(nlp, text, date(2026, 4, 3))
    seven = _figure(a, "seven")
    assert (seven.low, seven.unit, text[seven.span.start:seven.span.end]) == (7.0, "villagers", "seven")
    assert "counts the dead ('deaths of')" in seven.reason


def test_a_count_of_people_released_is_not_the_dead(nlp):
    a = _run(nlp, "The rebels ordered the release of seven villagers on Sunday.", date(2026, 4, 3))
    assert "counts the dead" not in _figure(a, "seven").reason


def test_an_elided_figure_after_an_including_aside_counts_the_whole(nlp):
    text = "Officials said eight miners, including two engineers, were killed and 23 were injured."
    a = _run(nlp, text, date(2026, 4, 3))
    injured = _figure(a, "23")
    assert (injured.low, injured.unit, injured.span.start) == (23.0, "miners", text.index("23"))
    assert _figure(a, "two").unit == "engineers"


# ---- events/timing.py: an act in an "after" phrase is not dated by the clause it precedes


def test_an_act_after_which_another_came_does_not_take_its_time(nlp):
    text = "The council on Tuesday called for calm after a week of attacks on the port city."
    a = _run(nlp, text, date(2026, 8, 12))
    assert _event(a, "called").when.value == "2026-08-11"
    attacks = _event(a, "attacks")
    assert (attacks.when_how, attacks.modality) == ("article", "happened")
    assert attacks.when is None or attacks.when.value != "2026-08-11"


# ---- events/timing.py: "put off until" re-dates the act (the link stage moves a plan only to a new date)


def test_put_off_until_a_date_is_the_acts_new_date(nlp):
    text = "The court has put off its ruling until Oct. 23, officials said."
    a = _run(nlp, text, date(2025, 9, 30))
    ruling = _event(a, "ruling")
    assert (ruling.modality, ruling.when.value, ruling.when.text) == ("postponed", "2025-10-23", "Oct. 23")
    assert is_new_date(ruling.when.reason)


def test_put_alone_re_dates_nothing(nlp):
    a = _run(nlp, "Officials put the toll at 30 after the attack on Oct. 2.", date(2025, 10, 3))
    assert not any(e.when is not None and is_new_date(e.when.reason) for e in a.events)
