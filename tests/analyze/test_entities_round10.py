"""Entity labels the small model gets wrong on a wire feed of a port strike (session 10): a speaker's
full name after a closing quote mark that the model tags as a work."""

from __future__ import annotations

from storyline.analyze.entities import extract_entities
from storyline.records import Mention


def _labels(nlp, text: str) -> dict[str, str]:
    mentions: list[Mention] = extract_entities(nlp(text), "art1", None)[0]
    return {m.text: m.label for m in mentions}


def test_a_full_name_that_speaks_after_a_quote_is_a_person(nlp):
    text = '"This is the first full stoppage in the port since 2002," Niek Stam said. "The employers chose this."'
    doc = nlp(text)
    model = {e.text: e.label_ for e in doc.ents}
    labels = _labels(nlp, text)
    assert labels["Niek Stam"] == "PERSON", (model, labels)


def test_a_title_that_nothing_makes_speak_stays_a_work(nlp):
    text = 'The band played "Blue Harbour" twice, and the crowd sang along to "Blue Harbour" all night.'
    labels = _labels(nlp, text)
    assert labels.get("Blue Harbour", "WORK_OF_ART") != "PERSON"


def test_a_negotiators_and_a_mediators_roles_are_kept_with_their_modifiers(nlp):
    text = ("Union negotiator Jorik Lamme said talks had stalled. A mediator, former labour minister "
            "Saskia Brandt, will meet both sides on Thursday.")
    mentions, entities = extract_entities(nlp(text), "art1", None)
    roles = {e.name: sorted(r.title for r in e.roles) for e in entities}
    assert roles["Jorik Lamme"] == ["Union negotiator"]
    assert "former labour minister" in roles["Saskia Brandt"]
