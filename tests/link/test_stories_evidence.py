"""Story clustering: months named in dates as a "when" feature set (StoryParams.month_weight), and
indexes saved before it, which keep scoring without it."""

from __future__ import annotations

import json
from dataclasses import replace
from storyline.link.similarity import content_terms, month_terms
from storyline.link.stories import StoryDoc, StoryIndex, StoryParams

from .test_stories import BRIDGE, build, interleaved, saved_before

ON = StoryParams()  # months are on by default
OFF = StoryParams(month_weight=0.0)

# ---------------------------------------------------------------------- months


def test_month_terms_count_months_written_as_dates_or_placed_by_a_word() -> None:
    text = (
        "WEDNESDAY, MARCH 4, 2009. The rule of Dec. 11 was reversed; the 4th of March vote and a review "
        "in May follow, as did one on 2009-04-28 and another in mid-July."
    )
    assert month_terms(text) == {"03": 2, "12": 1, "05": 1, "04": 1, "07": 1}


def test_month_words_that_are_no_dates_do_not_count() -> None:
    # "may" the verb, "March" the noun, a lower-case month word, a time after a month name
    text = "Officials may 2 times a year join the March for Life; it was mar 3 and March 19:09 in the log."
    assert month_terms(text) == {}
    assert "march" not in content_terms("They struck on March 4.")  # a stop word among the content terms


def test_month_terms_weight_title_and_lead_like_the_other_sets() -> None:
    assert month_terms("Talks resumed.", "Talks resume on June 3", title_weight=2) == {"06": 2}
    assert month_terms("Signed June 3. " + "x " * 400, lead_chars=20) == {"06": 2}


OFFER = "The Hawks made an eight-year offer to free agent pitcher Ruben Sola, general manager Ada Kline said."
OFFER_DEC = [
    StoryDoc(f"o{n}", None, f"December {n + 3}, 2008. {OFFER} Sola has until December 20 to answer.", None)
    for n in range(3)
]
OFFER_LATER = StoryDoc("o-apr", None, f"April 9, 2008. {OFFER} Sola has until April 20 to answer.", None)
OFFER_SAME = StoryDoc("o-dec", None, f"December 9, 2008. {OFFER} Sola has until December 20 to answer.", None)


def test_another_month_counts_against_a_story_and_the_same_month_for_it() -> None:
    index = build(OFFER_DEC, ON)
    later = StoryIndex.from_state(index.to_state()).add(OFFER_LATER)
    same = StoryIndex.from_state(index.to_state()).add(OFFER_SAME)
    assert "months 0.00" in later.reason
    assert "months 0.7" in same.reason or "months 0.8" in same.reason or "months 0.9" in same.reason
    assert later.score < same.score
    blind = build(OFFER_DEC, replace(ON, month_weight=0.0)).add(OFFER_LATER)
    assert "months" not in blind.reason
    # the month set holds 0.05 of the weight and agrees on nothing here: it lowers the score
    assert later.score < blind.score


def test_state_saved_before_months_scores_as_it_did() -> None:
    index = build([*interleaved(), *OFFER_DEC], OFF)
    restored = StoryIndex.from_state(saved_before(index, "month_weight", "m:"))
    assert restored.params == OFF
    assert restored.add(BRIDGE) == index.add(BRIDGE)
    assert restored.stories() == index.stories()


def test_month_weight_round_trips_through_the_state() -> None:
    params = StoryParams(month_weight=0.07)
    index = build([*interleaved(), *OFFER_DEC], params)
    restored = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert restored.params == params
    assert restored.add(OFFER_LATER) == index.add(OFFER_LATER)


def test_months_off_are_not_even_counted() -> None:
    assert StoryParams().month_weight == 0.05
    index = build(OFFER_DEC, OFF)
    state = index.to_state()
    assert not any(key.startswith("m:") for key in state["df"])  # no month rows in a stored index
    assert all(not story["tables"]["m:"] for story in state["stories"])
    assert "months" not in index.add(OFFER_LATER).reason
    with_months = build(OFFER_DEC, ON).to_state()
    assert {"m:12", "m:04"} - set(with_months["df"]) == {"m:04"}
