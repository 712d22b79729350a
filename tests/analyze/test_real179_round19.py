"""Real-article round 19 (attacks and who is blamed): constructions seen in published reports,
tested on sentences of our own."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at

PUB = date(2025, 4, 23)


def _actor_names(a, event) -> list[str]:
    names = {e.id: e.name for e in a.entities}
    return [names.get(x, x) for x in event.source_actors]


def test_denial_after_claim_of_responsibility_is_its_own_clause(nlp):
    # the parser reads "claimed [responsibility for the attack and Damascus has denied ...]" as one claim
    text = "A rebel group claimed responsibility for the attack and Damascus has denied any role."
    a = analyse(nlp, text, PUB)
    assert event_at(a, text, "denied").modality == "happened"
    assert event_at(a, text, "attack").modality == "happened"
    assert _actor_names(a, event_at(a, text, "denied")) == ["Damascus"]
    claim = next(q for q in a.quotes if q.cue_lemma == "claim")
    assert claim.text == "responsibility for the attack"
    denial = next(q for q in a.quotes if q.cue_lemma == "deny")
    assert denial.speaker == "Damascus"


def test_name_joined_to_the_object_is_the_next_verbs_subject(nlp):
    # the parser joins "Kyiv" to "the attack" and leaves "denied" with no subject of its own
    text = "A wing of the Islamic State claimed responsibility for the attack and Kyiv has repeatedly denied involvement."
    a = analyse(nlp, text, PUB)
    assert _actor_names(a, event_at(a, text, "denied")) == ["Kyiv"]
    denial = next(q for q in a.quotes if q.cue_lemma == "deny")
    assert denial.speaker == "Kyiv"


def test_coordinated_noun_objects_stay_joined(nlp):
    # "the hotel and the embassy": no name before the verb, left to the parser
    text = "Gunmen attacked the hotel and the embassy were closed on Monday."
    a = analyse(nlp, text, PUB)
    assert event_at(a, text, "attacked").modality == "happened"
