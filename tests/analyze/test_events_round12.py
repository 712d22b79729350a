"""Event extraction rules of session 12, each on a sentence of its own: the event's type, actors
and modality."""

from __future__ import annotations

from .test_events_round8 import mention, run


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


def test_an_attack_on_a_person_pronoun_or_over_words_is_a_verbal_attack(nlp):
    text = "Cruz said that Donald Trump relentlessly attacks us."
    ev = _event(run(nlp, text, [mention(text, "Donald Trump", "PERSON")]), "attacks")
    assert (ev.type, ev.source_actors) == ("ACCUSE", ("Donald Trump",))
    ev = _event(run(nlp, "None of his rivals attacked him over the issue."), "attacked")
    assert (ev.type, ev.modality) == ("ACCUSE", "negated")
    ev = _event(run(nlp, "Critics attacked the mayor over his remarks on Tuesday."), "attacked")
    assert ev.type == "ACCUSE"
    # gunmen, an army, or a sentence of violence: force
    ev = _event(run(nlp, "Gunmen attacked them on Monday."), "attacked")
    assert ev.type == "ASSAULT"
    text = "Donald Trump attacked them with a knife."
    assert _event(run(nlp, text, [mention(text, "Donald Trump", "PERSON")]), "attacked").type == "ASSAULT"
    ev = _event(run(nlp, "Rebels attacked the convoy over the border."), "attacked")
    assert ev.type == "ASSAULT"


def test_an_appeal_among_voters_is_a_pull_not_a_plea(nlp):
    events = run(nlp, "Trump's diverse appeal among Republicans will be hard for Cruz to counter.")
    assert not [e for e in events if e.text == "appeal"]
    assert not [e for e in run(nlp, "Her broad appeal helped her win.") if e.text == "appeal"]
    ev = _event(run(nlp, "The UN issued an appeal for calm."), "appeal")
    assert (ev.type, ev.source_actors) == ("REQUEST", ("UN",))


def test_a_for_to_clause_of_call_for_is_what_is_called_for(nlp):
    # the parser hangs "for X to do" on "called" as an adjunct: the act is asked for, not done
    events = run(nlp, "Some candidates have called for the United States and its allies to organize "
                      "ground forces to fight the Islamic State.")
    fight = _event(events, "fight")
    assert fight.modality == "hypothetical" and "call for" in fight.reason
    assert _event(run(nlp, "The union called for workers to walk out on Monday."), "walk").modality == "hypothetical"
    # "for" of another verb is no governor: the clause keeps its own reading
    assert _event(run(nlp, "He waited for the rain to stop before he attacked."), "attacked").modality == "happened"


def test_the_ruling_named_again_is_the_ruling_the_court_set(nlp):
    text = ("The International Court of Justice will deliver its ruling on Oct. 2, the court said. "
            "Both governments have welcomed the ruling in advance.")
    first, again = [e for e in run(nlp, text) if e.text == "ruling"]
    assert first.modality == "planned"
    assert again.modality == "planned" and "refers back" in again.reason


def test_an_event_said_to_be_imminent_or_a_matter_of_time_is_to_come(nlp):
    ev = _event(run(nlp, "Officials said an attack on the port city was imminent."), "attack")
    assert ev.modality == "planned" and "imminent" in ev.reason
    ev = _event(run(nlp, "His endorsement of the governor is only a matter of time."), "endorsement")
    assert ev.modality == "planned"
    assert _event(run(nlp, "A ceasefire deal is a real possibility."), "deal").modality == "hypothetical"
    # a noun predicate with another "of" phrase says nothing of the kind
    assert _event(run(nlp, "The strike was a matter of record."), "strike").modality == "happened"
