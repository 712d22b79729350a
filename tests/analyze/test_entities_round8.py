"""Entity labels and joins on fresh news: sports sides, streets used as places or not, works,
surnames with particles, surnames written first, namesakes, and legal suffixes."""

from __future__ import annotations

import pytest

from storyline.analyze.entities import extract_entities
from storyline.analyze.names import org_without_suffix, particle_surname
from storyline.records import Entity, Mention


def _run(nlp, text: str) -> tuple[list[Mention], list[Entity]]:
    return extract_entities(nlp(text), "art1", None)


def _at(mentions: list[Mention], text: str, start: int) -> Mention:
    found = [m for m in mentions if m.span.start == start and m.span.end == start + len(text)]
    assert len(found) == 1, [(m.text, m.span.start, m.label) for m in mentions]
    assert found[0].text == text
    return found[0]


def _entity_of(entities: list[Entity], m: Mention) -> Entity:
    (e,) = [e for e in entities if e.id == m.entity_id]
    return e


# ------------------------------------------------------------------ sports sides


def test_a_name_ending_in_a_club_word_is_an_organisation(nlp):
    text = "Manchester United beat Aston Villa 3-1 at Old Trafford on Saturday."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Manchester United", 0).label == "ORG"


def test_a_side_in_a_result_with_one_score_is_an_organisation(nlp):
    text = "The Gigantes drew with Los Cardenales 2-2 in Caracas on Sunday night."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Gigantes", 4).label == "ORG"
    assert _at(mentions, "Caracas", 45).label == "GPE"


def test_a_score_glued_to_a_name_is_cut_off(nlp):
    text = "Arsenal beat Chelsea 2-0 at the Emirates."
    mentions, _ = _run(nlp, text)
    chelsea = _at(mentions, "Chelsea", 13)
    assert chelsea.span.end == 20 and "span trimmed from 'Chelsea 2-0'" in chelsea.reason


def test_a_tennis_result_leaves_the_players_people(nlp):
    text = ("Coco Gauff beat Aryna Sabalenka 6-3, 6-4 in the final in Madrid on Sunday. "
            "Gauff, 21, said she had finally found her serve.")
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Coco Gauff", 0).label == "PERSON"
    assert _at(mentions, "Aryna Sabalenka", 16).span.end == 31  # the first set's score cut off


def test_who_signs_a_player_is_a_club_and_the_demonym_stays(nlp):
    text = "Galatasaray signed the Ghanaian midfielder Kwame Asante from Hearts of Oak."
    mentions, _ = _run(nlp, text)
    galatasaray = _at(mentions, "Galatasaray", 0)
    assert galatasaray.label == "ORG" and "model said PERSON" in galatasaray.reason
    assert _at(mentions, "Ghanaian", 23).label == "NORP"
    assert _at(mentions, "Kwame Asante", 43).label == "PERSON"


def test_a_name_before_a_role_and_its_holder_is_the_club_or_firm(nlp):
    text = "Skydance chief executive David Ellison spoke. Ellison is the son of Oracle co-founder Larry Ellison."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Oracle", 68).label == "ORG"
    assert _at(mentions, "Larry Ellison", 86).label == "PERSON"


def test_a_one_word_name_with_a_plural_verb_is_a_team(nlp):
    text = ("Lando Norris won the Dutch Grand Prix for McLaren on Sunday. "
            "McLaren now lead the constructors' championship.")
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "McLaren", 42).label == "ORG"
    assert _at(mentions, "McLaren", 61).label == "ORG"
    assert _at(mentions, "Dutch Grand Prix", 21).label == "EVENT"


def test_a_plural_name_after_the_is_a_band_or_team_not_a_person(nlp):
    text = "The Beatles recorded Abbey Road in 1969, and the album has sold more than 30 million copies."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Beatles", 4).label == "ORG"
    assert _at(mentions, "Abbey Road", 21).label == "WORK_OF_ART"


# ------------------------------------------------------------------ streets


def test_a_street_is_a_facility_where_the_text_uses_it_as_a_place(nlp):
    text = "He lives on Madison Avenue in New York."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Madison Avenue", 12).label == "FAC"


def test_a_street_that_acts_stands_for_its_institutions(nlp):
    mentions, _ = _run(nlp, "Madison Avenue loved the campaign.")
    assert _at(mentions, "Madison Avenue", 0).label == "ORG"
    mentions, _ = _run(nlp, "Fleet Street attacked the minister in Monday's papers.")
    assert _at(mentions, "Fleet Street", 0).label == "ORG"


def test_a_block_of_a_street_names_it_as_a_place(nlp):
    text = "A deputy was shot outside an apartment in the 12000 block of East 223rd Street on Friday."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "East 223rd Street", 61).label == "FAC"


# ------------------------------------------------------------------ joins


def test_a_surname_with_its_particle_joins_the_full_name(nlp):
    text = ("Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on "
            "Wednesday. Bin Salman pledged support for Syria's reconstruction. Al-Sharaa thanked the kingdom.")
    mentions, entities = _run(nlp, text)
    mbs = _at(mentions, "Mohammed bin Salman", 19)
    assert _at(mentions, "Bin Salman", 105).entity_id == mbs.entity_id
    sharaa = _at(mentions, "Ahmed al-Sharaa", 65)
    assert _at(mentions, "Al-Sharaa", 160).entity_id == sharaa.entity_id
    assert _entity_of(entities, sharaa).name == "Ahmed al-Sharaa"


def test_a_titled_surname_written_first_joins_its_full_name(nlp):
    text = ("Chinese Foreign Minister Wang Yi met US Secretary of State Marco Rubio in Kuala Lumpur on Friday. "
            "Wang said the two countries should manage their differences.")
    mentions, _ = _run(nlp, text)
    wang = _at(mentions, "Wang", 98)
    assert wang.label == "PERSON" and wang.entity_id == _at(mentions, "Wang Yi", 25).entity_id


def test_a_short_name_without_its_middle_name_joins_the_full_one(nlp):
    text = ("Fred LaRue, Watergate figure, dies at 75.\nFrederick Cheney LaRue, a Nixon aide, died on Saturday. "
            "LaRue was known as the bagman.")
    mentions, entities = _run(nlp, text)
    fred = _at(mentions, "Fred LaRue", 0)
    assert _entity_of(entities, fred).name == "Frederick Cheney LaRue"
    assert "short form of Frederick Cheney LaRue" in fred.reason
    assert _at(mentions, "LaRue", 98).entity_id == fred.entity_id


def test_a_surname_kept_for_its_subject_after_a_relative_is_named(nlp):
    text = ("Frederick LaRue, a Nixon aide, died on Saturday. LaRue was 75. "
            "His father, Ike Parsons LaRue, struck it rich in oil. Later, LaRue became a political financier.")
    mentions, entities = _run(nlp, text)
    fred = _at(mentions, "Frederick LaRue", 0)
    later = _at(mentions, "LaRue", 124)
    assert later.entity_id == fred.entity_id and "before any namesake was introduced" in later.reason
    assert _at(mentions, "Ike Parsons LaRue", 75).entity_id != fred.entity_id


def test_a_gendered_title_picks_the_namesake_of_that_gender(nlp):
    text = ("John Jenkin is due in court over the murders of Alice McMeekin, 58, and Kathryn Jenkin, 20. "
            "Mr Jenkin was arrested on Saturday. Miss Jenkin was a student in Cardiff.")
    mentions, _ = _run(nlp, text)
    john, kathryn = _at(mentions, "John Jenkin", 0), _at(mentions, "Kathryn Jenkin", 72)
    (mr,) = [m for m in mentions if m.text.endswith("Jenkin") and 90 < m.span.start < 105]
    (miss,) = [m for m in mentions if m.text.endswith("Jenkin") and 125 < m.span.start < 140]
    assert mr.entity_id == john.entity_id
    assert miss.entity_id == kathryn.entity_id


def test_a_club_name_without_its_suffix_is_the_same_club(nlp):
    text = "Celtic FC signed the Japanese winger Daizen Maeda on a permanent deal. Maeda scored 33 goals for Celtic last season."
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Celtic", 97).entity_id == _at(mentions, "Celtic FC", 0).entity_id
    assert _at(mentions, "Daizen Maeda", 37).label == "PERSON"


# ------------------------------------------------------------------ name helpers


@pytest.mark.parametrize("name, surname", [
    ("Bin Salman", "Salman"), ("al-Sharaa", "Sharaa"), ("Al-Sharaa", "Sharaa"), ("De Niro", "Niro"),
    ("Le Pen", "Pen"), ("Al Gore", None), ("Van Jones", None), ("Mohammed bin Salman", None), ("Smith", None),
])
def test_particle_surname(name, surname):
    assert particle_surname(name) == surname


def test_org_without_suffix():
    assert org_without_suffix(["celtic", "fc"]) == ["celtic"]
    assert org_without_suffix(["apple", "inc"]) == ["apple"]
    assert org_without_suffix(["inc"]) == ["inc"]
    assert org_without_suffix(["bank", "of", "america"]) == ["bank", "of", "america"]


# ------------------------------------------------------------------ spans and places


def test_a_titles_function_words_stay_inside_it(nlp):
    text = "Taylor Swift's new album, The Life of a Showgirl, topped the Billboard 200 this week."
    mentions, _ = _run(nlp, text)
    work = _at(mentions, "Life of a Showgirl", 30)
    assert work.label == "WORK_OF_ART"


def test_a_facility_word_after_a_name_taken_for_a_person_makes_it_the_building(nlp):
    text = "The victim was taken to St James's Hospital."
    mentions, _ = _run(nlp, text)
    hospital = _at(mentions, "St James's Hospital", 24)
    assert hospital.label == "FAC" and "names the Hospital after it" in hospital.reason


def test_residents_of_a_name_make_it_a_place(nlp):
    mentions, _ = _run(nlp, "Residents of Headingley said they would challenge the plan.")
    assert _at(mentions, "Headingley", 13).label == "GPE"
