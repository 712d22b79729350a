"""Round 15, helper 109 (analysis and opinion copy about a looming crisis): rules found wanting on
fresh invented copy, each tested on sentences of its own (not the feed's), asserting on extracted
values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run
def _event(a: Analysis, text: str, word: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next(e for e in a.events if e.trigger.start == start)


def test_a_new_event_noun_under_a_modal_is_not_presupposed_to_have_happened(nlp):
    text = ("A blockade of the northern ports would almost certainly be seen as an act of war by the alliance.\n\n"
            "Critics say a collapse of the ceasefire could push the government towards an invasion.\n\n"
            "Would sanctions change his mind? Few diplomats think so.\n\n"
            "The minister should open talks with the rebels before the rains come.\n")
    a = _run(nlp, text, date(2026, 5, 4))
    blockade = _event(a, text, "blockade")
    assert blockade.type == "COERCE"
    assert blockade.modality == "hypothetical"  # was "happened": presupposed under 'would be seen'
    invasion = _event(a, text, "invasion")
    assert invasion.type == "ASSAULT"
    assert invasion.modality == "hypothetical"  # was "happened", object of 'towards' under 'could push'
    sanctions = _event(a, text, "sanctions")
    assert sanctions.modality == "hypothetical"  # a rhetorical question's 'Would'
    talks = _event(a, text, "talks")
    assert talks.modality == "hypothetical"  # called for ('should open'), not held


def test_a_known_or_past_event_noun_keeps_its_presupposition(nlp):
    text = ("Analysts said Monday's bombing could derail the ceasefire.\n\n"
            "The strike triggered protests across the country last week.\n")
    a = _run(nlp, text, date(2026, 5, 4))
    assert _event(a, text, "bombing").modality == "happened"  # definite: taken as known
    assert _event(a, text, "ceasefire").modality == "happened"
    assert _event(a, text, "protests").modality == "happened"  # no modal on 'triggered'
