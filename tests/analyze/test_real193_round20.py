"""Talks put off by a noun of suspension, and talks whose purpose participle the parser took for the
verb (real-article round 20, helper 193).

Found on real reports of negotiating rounds put off or broken off: "announced a suspension of the
peace talks in Jeddah" left the talks in the timeline as held; "suspension" and "adjournment" now
govern their "of" phrase as "suspend" and "adjourn" do ("postponement" already did). And "Talks meant
to give Tehran a last chance ... were postponed yesterday" read as talks held: the parser takes
"meant" for the clause's verb and hangs "were postponed" on it without a subject; a participle with
an infinitive of purpose ("meant to", "intended to") followed by a verb with an auxiliary and no
subject is such a reduced relative, and the verb calls the talks off. Sentences written for the test.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at, nth_index

PUBLISHED = date(2023, 6, 2)

# ---- lexicons/modality_cues.tsv: governor suspension / adjournment

SUSPENSION = "The two mediators announced on Thursday a suspension of the peace talks in the port city."
ADJOURNMENT = "The judges ordered an adjournment of the negotiations after the delegates walked out."


def test_suspension_of_talks_puts_them_off(nlp):
    e = event_at(analyse(nlp, SUSPENSION, PUBLISHED), SUSPENSION, "talks")
    assert e.trigger.start == nth_index(SUSPENSION, "talks")
    assert e.type == "CONSULT"
    assert e.modality == "postponed"


def test_adjournment_of_negotiations_puts_them_off(nlp):
    e = event_at(analyse(nlp, ADJOURNMENT, PUBLISHED), ADJOURNMENT, "negotiations")
    assert e.modality == "postponed"


# ---- modality.reduced_relative / _called_off_by_stranded: a purpose participle taken for the verb

MEANT = "Talks meant to give the rebels a final chance to avoid new sanctions were postponed on Monday."
INTENDED = "Talks intended to end the border war were postponed on Monday."
MEANT_CANCELLED = "Negotiations meant to settle the dispute over the dam were cancelled last week."
FAILED = "The talks failed to produce a deal, raising fears of renewed fighting."


def test_talks_meant_to_do_something_then_postponed_are_postponed(nlp):
    for text in (MEANT, INTENDED):
        e = event_at(analyse(nlp, text, PUBLISHED), text, "Talks")
        assert e.trigger.start == 0
        assert e.modality == "postponed", text


def test_negotiations_meant_to_settle_then_cancelled_are_cancelled(nlp):
    e = event_at(analyse(nlp, MEANT_CANCELLED, PUBLISHED), MEANT_CANCELLED, "Negotiations")
    assert e.modality == "cancelled"


def test_a_verb_with_an_infinitive_keeps_its_own_reading(nlp):
    # the "-ing" clause has no subject but no auxiliary either: "failed" is the talks' own verb
    e = event_at(analyse(nlp, FAILED, PUBLISHED), FAILED, "talks")
    assert e.modality == "happened"
