"""Entity labels and joins for unfamiliar company, charity and place names: a charity's name and its
short form, a company's office after its name, a nationality adjective before an office, a place a
verb's "in" names, utilities' short forms; and real places beside companies named after them."""

from __future__ import annotations

from storyline.analyze.entities import extract_entities
from storyline.records import Entity, Mention


def _run(nlp, text: str) -> tuple[list[Mention], list[Entity]]:
    return extract_entities(nlp(text), "art1", None)


def _one(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert found, [(m.text, m.label) for m in mentions]
    assert len({m.label for m in found}) == 1 and len({m.entity_id for m in found}) == 1, [
        (m.text, m.label, m.entity_id) for m in found]
    return found[0]


# ------------------------------------------------------------------ charities and their short forms


def test_a_name_ending_in_aid_is_a_charity_and_its_first_word_joins_it(nlp):
    text = ("Flooding displaced 3,000 people in the north, the charity Brookfield Aid said on Monday. "
            "Brookfield said its teams had reached two villages.")
    mentions, _ = _run(nlp, text)
    full, short = _one(mentions, "Brookfield Aid"), _one(mentions, "Brookfield")
    assert full.label == short.label == "ORG"
    assert full.entity_id == short.entity_id


def test_a_charity_named_in_a_said_clause_is_no_person(nlp):
    text = "The clinic opened on Monday in Tavrenza was closed after two days, Hope Aid said."
    mentions, _ = _run(nlp, text)
    assert _one(mentions, "Hope Aid").label == "ORG"


def test_a_trusts_short_form_the_model_took_for_a_person_joins_the_trust(nlp):
    text = ("The children's charity Safe Harbour Trust said on Thursday it would close three shelters in "
            "Darnley because of funding cuts. Safe Harbour said 40 children would be moved.")
    mentions, _ = _run(nlp, text)
    full, short = _one(mentions, "Safe Harbour Trust"), _one(mentions, "Safe Harbour")
    assert short.label == "ORG" and short.entity_id == full.entity_id
    assert _one(mentions, "Darnley").label == "GPE"


# ------------------------------------------------------------------ utilities' short forms


def test_a_utilitys_short_form_joins_it(nlp):
    text = "Winslow Energy and Harrow Power agreed to merge on Friday. Harrow said the deal would close in June."
    mentions, _ = _run(nlp, text)
    full, short = _one(mentions, "Harrow Power"), _one(mentions, "Harrow")
    assert short.label == "ORG" and short.entity_id == full.entity_id


def test_a_drinks_makers_name_is_an_organisation_and_keeps_its_short_form(nlp):
    text = "Felder Beverages and Oakhurst Brewing agreed to merge on Friday. Felder said the deal would close in June."
    mentions, _ = _run(nlp, text)
    full, short = _one(mentions, "Felder Beverages"), _one(mentions, "Felder")
    assert full.label == short.label == "ORG" and short.entity_id == full.entity_id


# ------------------------------------------------------------------ a company's office after its name


def test_a_name_before_chief_executive_is_a_company(nlp):
    text = ("Kestrand chief executive Bjorn Halde will testify before a parliamentary committee on May 20, "
            "the committee chairman said.")
    mentions, _ = _run(nlp, text)
    assert _one(mentions, "Kestrand").label == "ORG"
    assert _one(mentions, "Bjorn Halde").label == "PERSON"


def test_a_real_country_before_its_companys_name_stays_a_place(nlp):
    text = "Malaysia Airlines will add four weekly flights between Malaysia and Japan from June, the carrier said."
    mentions, _ = _run(nlp, text)
    assert _one(mentions, "Malaysia Airlines").label == "ORG"
    malaysia = _one(mentions, "Malaysia")
    assert malaysia.label == "GPE" and malaysia.entity_id != _one(mentions, "Malaysia Airlines").entity_id


# ------------------------------------------------------------------ nationality adjectives


def test_an_unknown_nationality_before_a_title_is_no_organisation(nlp):
    text = "Former Velmoran minister Rado Tesk was jailed on Friday for six years, the state news agency said."
    mentions, _ = _run(nlp, text)
    assert _one(mentions, "Velmoran").label == "NORP"
    assert _one(mentions, "Rado Tesk").label == "PERSON"


def test_an_unknown_nationality_before_police_or_an_office_is_no_person(nlp):
    mentions, _ = _run(nlp, "Velmoran police detained 12 students on Tuesday during a march outside the parliament.")
    assert _one(mentions, "Velmoran").label == "NORP"
    mentions, _ = _run(nlp, "The Sanveran interior minister, Ida Krol, said on Monday an inquiry would begin.")
    assert _one(mentions, "Sanveran").label == "NORP"
    assert _one(mentions, "Ida Krol").label == "PERSON"


def test_known_places_before_police_and_ministers_stay_places(nlp):
    mentions, _ = _run(nlp, "Michigan police arrested two men on Sunday. The Iran foreign minister said talks would resume.")
    assert _one(mentions, "Michigan").label == "GPE"
    assert _one(mentions, "Iran").label == "GPE"


# ------------------------------------------------------------------ a place a verb's "in" names


def test_the_object_of_a_verbs_in_is_a_place_not_a_person(nlp):
    text = ("The vaccination campaign planned for Friday in Mirenza was postponed because a shipment of doses "
            "was held up, Clearwater Aid said.")
    mentions, _ = _run(nlp, text)
    assert _one(mentions, "Mirenza").label == "GPE"
    assert _one(mentions, "Clearwater Aid").label == "ORG"


def test_a_surname_after_believe_in_stays_the_persons(nlp):
    text = "Many voters still believe in Corvan, the party said on Monday. Hans Corvan denied it."
    mentions, _ = _run(nlp, text)
    corvan = _one(mentions, "Corvan")
    assert corvan.label == "PERSON" and corvan.entity_id == _one(mentions, "Hans Corvan").entity_id


# ------------------------------------------------------------------ a name in apposition to "the capital"


def test_a_name_after_the_capital_comma_is_the_place(nlp):
    mentions, _ = _run(nlp, "The police chief was dismissed on Monday after riots in the capital, Orlo.")
    assert _one(mentions, "Orlo").label == "GPE"


def test_a_name_before_comma_the_capital_is_the_place(nlp):
    mentions, _ = _run(nlp, "Riots broke out in Orlo, the capital, on Monday.")
    assert _one(mentions, "Orlo").label == "GPE"
