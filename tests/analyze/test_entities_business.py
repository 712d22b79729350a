"""Business news: a company named by what it does, and its officers named with their role."""

from __future__ import annotations

from storyline.analyze.entities import extract_entities
from storyline.records import Mention

TEXT = ("Danish dairy group Dansk Mejeri agreed to buy Irish snack maker Harlow Foods, and Harlow chief "
        "executive Siobhan Kearney backed the offer. Tesla boss Elon Musk said nothing.")


def _labels(nlp, text: str) -> dict[tuple[str, int], str]:
    mentions, _ = extract_entities(nlp(text), "biz", None)
    return {(m.text, m.span.start): m.label for m in mentions}


def test_a_company_named_by_its_trade_is_an_organisation(nlp) -> None:
    labels = _labels(nlp, TEXT)
    assert labels[("Dansk Mejeri", TEXT.index("Dansk"))] == "ORG"  # the model reads a person
    assert labels[("Harlow Foods", TEXT.index("Harlow Foods"))] == "ORG"  # the model reads a work of art


def test_an_officer_named_with_the_role_is_a_person_of_an_organisation(nlp) -> None:
    labels = _labels(nlp, TEXT)
    assert labels[("Siobhan Kearney", TEXT.index("Siobhan"))] == "PERSON"  # the model reads an organisation
    text = "Kestrel chief executive Maria Olsen declined to comment, and Tesla boss Elon Musk said nothing."
    labels = _labels(nlp, text)
    assert labels[("Tesla", text.index("Tesla"))] == "ORG"  # the model reads a nationality
    assert labels[("Elon Musk", text.index("Elon"))] == "PERSON"


def test_a_lawmaker_is_no_company(nlp) -> None:
    text = "Veteran lawmaker Rosa Delgado said the bill would pass."
    labels = _labels(nlp, text)
    assert labels.get(("Rosa Delgado", text.index("Rosa")), "PERSON") == "PERSON"
