"""Session 16: a measure's coming into force ("take effect", "come into force", "kick in") as the
event of the charge it names, tested on sentences of their own (not the feed's), asserting on
extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _events(a: Analysis, text: str, word: str):
    return [e for e in a.events if e.trigger.start == text.index(word)]


def test_a_duty_or_levy_said_to_take_effect_is_the_sanction_and_its_time(nlp):
    text = ("The new duty will take effect on March 3, the finance ministry said.\n\n"
            "The announcement came a week before the levy was due to come into force on March 3.\n\n"
            "The duties kicked in on Monday.\n")
    a = _run(nlp, text, date(2025, 2, 20))
    [duty] = _events(a, text, "duty")
    assert (duty.type, duty.modality, duty.when.value) == ("SANCTION", "planned", "2025-03-03")
    [levy] = _events(a, text, "levy")
    assert (levy.type, levy.modality, levy.when.value) == ("SANCTION", "planned", "2025-03-03")
    [duties] = _events(a, text, "duties")
    assert (duties.type, duties.modality, duties.when.value) == ("SANCTION", "happened", "2025-02-17")


def test_a_duty_that_is_no_measure_is_no_event(nlp):
    text = ("She was on duty when the storm hit.\n\n"
            "Employers have a duty of care to their staff.\n\n"
            "The levy raised 2 billion euros last year.\n")
    a = _run(nlp, text, date(2025, 2, 20))
    assert not [e for e in a.events if e.text.lower() in {"duty", "levy"}]
