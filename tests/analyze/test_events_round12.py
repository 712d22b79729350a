"""Event extraction rules of session 12, each on a sentence of its own: the event's type, actors
and modality."""

from __future__ import annotations

from .test_events_round8 import run


def _event(events, word):
    return next(e for e in events if e.text == word)


def test_an_actor_noun_in_a_mass_sense_is_no_party(nlp):
    # "into force", "by force": a quality, not a police force or an army
    ev = _event(run(nlp, "The treaty will enter into force when 40 states have ratified it."), "treaty")
    assert (ev.source_actors, ev.target_actors) == ((), ())
    ev = _event(run(nlp, "Rebels seized the town by force on Monday."), "seized")
    assert ev.source_actors == ("Rebels",)
    # with a determiner or a modifier it is a party again
    ev = _event(run(nlp, "The force arrested two men in Lorca."), "arrested")
    assert (ev.source_actors, ev.target_actors) == (("force",), ("men",))
    ev = _event(run(nlp, "The opposition rejected the budget."), "rejected")
    assert ev.source_actors == ("opposition",)
