"""Entity mentions and within-article joining, on small hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyze.entities import extract_entities
from storyline.records import Entity, Mention, record_id

REF = date(2025, 10, 17)


def _run(nlp, text: str, ref: date | None = REF) -> tuple[list[Mention], list[Entity]]:
    return extract_entities(nlp(text), "art1", ref)


def _entity(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities]
    return found[0]


def _at(mentions: list[Mention], text: str, start: int) -> Mention:
    found = [m for m in mentions if m.span.start == start]
    assert len(found) == 1, [(m.text, m.span.start) for m in mentions]
    assert found[0].text == text
    assert found[0].span.end == start + len(text)
    return found[0]


CHAIN = (
    "Russian President Vladimir Putin met reporters in Moscow on Monday. "
    "Putin said he would not travel. The Russian leader gave no date. Putin's aides declined to comment."
)


def test_name_surname_description_pronoun_join_one_entity(nlp):
    mentions, entities = _run(nlp, CHAIN)
    putin = _entity(entities, "Vladimir Putin")
    assert putin.kind == "PERSON"
    assert putin.id == record_id("art1", "Vladimir Putin", "PERSON")
    full = _at(mentions, "Vladimir Putin", 18)
    surname = _at(mentions, "Putin", 68)
    he = _at(mentions, "he", 79)
    leader = _at(mentions, "The Russian leader", 100)
    possessive = _at(mentions, "Putin", 133)
    chain = [full, surname, he, leader, possessive]
    assert {m.entity_id for m in chain} == {putin.id}
    assert all(m.label == "PERSON" for m in chain)
    assert full.reason.startswith("exact name")
    assert surname.reason.startswith("surname of Vladimir Putin seen in article")
    assert he.reason.startswith("pronoun: nearest preceding compatible PERSON subject")
    assert leader.reason == "title 'The Russian leader' matches role 'Russian President' of Vladimir Putin"
    assert sorted(putin.aliases) == ["Putin", "Vladimir Putin"]
    assert len([m for m in mentions if m.entity_id == putin.id]) == 5


def test_mention_sentence_span_covers_its_sentence(nlp):
    mentions, _ = _run(nlp, CHAIN)
    he = _at(mentions, "he", 79)
    assert CHAIN[he.sentence.start : he.sentence.end] == "Putin said he would not travel."


def test_roles_kept_as_stated_with_reference_date_and_span(nlp):
    text = (
        "U.S. Secretary of State Marco Rubio spoke with Russian Foreign Ministry Spokeswoman "
        "Maria Zakharova on Friday."
    )
    mentions, entities = _run(nlp, text)
    rubio = _entity(entities, "Marco Rubio")
    assert [(r.title, r.as_of) for r in rubio.roles] == [("U.S. Secretary of State", "2025-10-17")]
    assert (rubio.roles[0].span.start, rubio.roles[0].span.end) == (0, 23)
    zakharova = _entity(entities, "Maria Zakharova")
    assert [r.title for r in zakharova.roles] == ["Russian Foreign Ministry Spokeswoman"]
    # The title is not part of the name mention, and "State" is not an organisation here.
    _at(mentions, "Maria Zakharova", 84)
    assert not [m for m in mentions if m.text == "State"]


def test_role_without_reference_date_has_no_as_of(nlp):
    _, entities = _run(nlp, "U.S. Secretary of State Marco Rubio spoke on Friday.", ref=None)
    assert [(r.title, r.as_of) for r in _entity(entities, "Marco Rubio").roles] == [("U.S. Secretary of State", None)]


def test_title_stripped_and_joined_to_full_name(nlp):
    text = "Donald Trump spoke on Monday. Later, President Trump flew to Florida."
    mentions, entities = _run(nlp, text)
    trump = _entity(entities, "Donald Trump")
    later = _at(mentions, "Trump", 47)
    assert later.entity_id == trump.id
    assert [r.title for r in trump.roles] == ["President"]


def test_two_people_sharing_a_surname_stay_apart(nlp):
    text = "Hunter Biden met Joe Biden in Delaware on Sunday. Biden said nothing afterwards."
    mentions, entities = _run(nlp, text)
    hunter = _entity(entities, "Hunter Biden")
    joe = _entity(entities, "Joe Biden")
    assert hunter.id != joe.id
    alone = _at(mentions, "Biden", 50)
    assert alone.entity_id not in {hunter.id, joe.id}
    assert "ambiguous surname" in alone.reason


def test_hyphenated_pair_split_into_member_mentions(nlp):
    text = "The Trump-Putin summit is off. Donald Trump blamed Vladimir Putin."
    mentions, entities = _run(nlp, text)
    trump = _at(mentions, "Trump", 4)
    putin = _at(mentions, "Putin", 10)
    assert trump.entity_id == _entity(entities, "Donald Trump").id
    assert putin.entity_id == _entity(entities, "Vladimir Putin").id
    assert "member of hyphenated 'Trump-Putin'" in trump.reason
    assert not [m for m in mentions if "-" in m.text]


def test_hyphenated_name_of_unknown_parts_is_not_split(nlp):
    text = "Shares of Coca-Cola rose on Tuesday in New York."
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if m.text in {"Coca", "Cola"}]


def test_context_cues_fix_labels(nlp):
    text = (
        "Open-source investigative outlet Tochnyi reported on Monday that the Druzhba pipeline "
        "was hit near Kherson Oblast."
    )
    mentions, _ = _run(nlp, text)
    assert _at(mentions, "Tochnyi", 33).label == "ORG"
    assert _at(mentions, "Druzhba", 69).label == "FAC"
    assert "model said PERSON" in _at(mentions, "Druzhba", 69).reason


def test_surname_of_full_person_name_takes_person_label(seed_texts, nlp):
    # On the sample article the model tags several "Trump" mentions ORG; they must all be PERSON.
    text = seed_texts["001_6a2d32f898ed2bf5"]
    mentions, entities = extract_entities(nlp(text), "a", REF)
    trumps = [m for m in mentions if m.text == "Trump"]
    assert len(trumps) >= 10
    assert {m.label for m in trumps} == {"PERSON"}
    assert len({m.entity_id for m in trumps}) == 1
    assert any("model said ORG" in m.reason for m in trumps)


def test_plural_and_singular_forms_share_majority_label(nlp):
    text = (
        "The Tomahawk is a cruise missile. Each Tomahawk costs millions. Ukraine wants Tomahawks. "
        "A Tomahawk flies low."
    )
    mentions, entities = _run(nlp, text)
    forms = [m for m in mentions if m.text.startswith("Tomahawk")]
    assert len({m.entity_id for m in forms}) == 1
    assert len({m.label for m in forms}) == 1


def test_acronym_joined_to_long_form(nlp):
    text = "The United States imposed sanctions. A US official said the measures were final."
    mentions, entities = _run(nlp, text)
    us = _entity(entities, "United States")
    assert _at(mentions, "US", 39).entity_id == us.id
    assert _at(mentions, "United States", 4).entity_id == us.id


def test_junk_spans_are_dropped(nlp):
    text = "Read more at https://platform.twitter.com/widgets.js today. Angela Merkel spoke in Berlin."
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if "twitter" in m.text or "/" in m.text]
    _at(mentions, "Angela Merkel", 60)


def test_ambiguous_pronoun_left_unresolved(nlp):
    text = "Angela Merkel met Emmanuel Macron in Paris. Merkel thanked Macron. He smiled."
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if m.text == "He"]


def test_pronoun_gender_incompatible_with_title_is_not_joined(nlp):
    text = "Kremlin spokesman Dmitry Peskov spoke on Monday. She declined to comment."
    mentions, entities = _run(nlp, text)
    assert [r.title for r in _entity(entities, "Dmitry Peskov").roles] == ["Kremlin spokesman"]
    assert not [m for m in mentions if m.text == "She"]


def test_description_not_joined_when_two_people_fit(nlp):
    text = (
        "U.S. President Donald Trump and Russian President Vladimir Putin spoke. "
        "The president said the call went well."
    )
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if m.text.lower() == "the president"]


def test_output_is_deterministic(nlp):
    first = _run(nlp, CHAIN)
    second = _run(nlp, CHAIN)
    assert first == second
    mentions, _ = first
    assert len({m.id for m in mentions}) == len(mentions)


@pytest.mark.parametrize("text", ["", "   \n\n", "12345 67.8 -- !!"])
def test_empty_or_nameless_text_gives_nothing(nlp, text):
    assert _run(nlp, text) == ([], [])


def test_a_sentence_initial_pronoun_tagged_as_a_name_gives_one_mention(nlp):
    """The small model sometimes tags "He" as PERSON; it must not become a second mention on the same span."""
    from collections import Counter

    text = "Brian Keller spoke to the council on Monday. He said the plan would fail. His aides agreed."
    mentions, _ = extract_entities(nlp(text), "a1", None)
    spans = Counter((m.span.start, m.span.end) for m in mentions)
    assert max(spans.values()) == 1
    assert len({m.id for m in mentions}) == len(mentions)
    he = [m for m in mentions if m.text == "He"]
    assert len(he) <= 1 and all(m.reason.startswith("pronoun") for m in he)


def test_forms_of_address_are_no_roles_and_do_not_lend_another_persons_role(nlp):
    text = ("Brian Fallon, a spokesman for Mrs. Clinton, said on Monday that Mrs. Clinton would campaign in "
            "Ohio. Dr. Ben Carson also spoke.")
    _, entities = _run(nlp, text)
    clinton = _entity(entities, "Clinton")
    assert clinton.roles == ()
    assert _entity(entities, "Ben Carson").roles == ()


def test_a_dash_glued_to_a_name_opening_a_line_is_not_part_of_it(nlp):
    text = "Polls moved again.\n-Craig Fehrman explains why Indiana is weird.\n"
    mentions, entities = _run(nlp, text)
    fehrman = _entity(entities, "Craig Fehrman")
    (m,) = [m for m in mentions if m.entity_id == fehrman.id]
    assert (m.text, m.span.start, text[m.span.start:m.span.end]) == ("Craig Fehrman", 20, "Craig Fehrman")


def test_a_generational_suffix_is_not_the_surname(nlp):
    text = ("A fired accountant, Anthony LaCalamita III, was arraigned on Wednesday. LaCalamita had been "
            "arrested after a chase. Police said LaCalamita was calm.")
    mentions, entities = _run(nlp, text)
    full = _entity(entities, "Anthony LaCalamita III")
    assert [m.text for m in mentions if m.entity_id == full.id and m.label == "PERSON"][:3] == [
        "Anthony LaCalamita III", "LaCalamita", "LaCalamita"]


def test_a_surname_shared_by_two_people_means_the_one_introduced_before_it(nlp):
    text = ("Anthony LaCalamita III was arraigned on Wednesday. LaCalamita had been arrested after a chase. "
            "His wife, Michele LaCalamita, released a statement. Later LaCalamita wept.")
    mentions, entities = _run(nlp, text)
    anthony = _entity(entities, "Anthony LaCalamita III")
    surname = [m for m in mentions if m.text == "LaCalamita"]
    assert surname[0].entity_id == anthony.id and "the only one so named before it" in surname[0].reason
    # once the bare surname meant Anthony, a relative named in full later does not take it over:
    # news names the namesake in full (or by first name) and keeps the surname for its subject
    assert surname[1].entity_id == anthony.id and "before any namesake was introduced" in surname[1].reason


def test_a_surname_not_yet_used_stays_ambiguous_between_two_namesakes(nlp):
    text = ("Anthony LaCalamita III was arraigned on Wednesday. His wife, Michele LaCalamita, released a "
            "statement. Later LaCalamita wept.")
    mentions, entities = _run(nlp, text)
    (surname,) = [m for m in mentions if m.text == "LaCalamita"]
    assert "ambiguous surname" in surname.reason


@pytest.mark.parametrize("text, pronoun", [
    ("When receptionist Madeline Kafoury tried to stop him at the door, the gunman fled.", "him"),
    ("Anthony LaCalamita fired at Paul Riva, hitting him in the chest.", "him"),
])
def test_an_object_pronoun_is_not_the_subject_of_its_own_or_its_controlling_verb(nlp, text, pronoun):
    mentions, entities = _run(nlp, text)
    subject = entities[0]
    at = text.index(f" {pronoun} ") + 1
    assert not [m for m in mentions if m.span.start == at and m.entity_id == subject.id]


def test_a_gendered_given_name_keeps_pronouns_compatible(nlp):
    text = "Alan Steinberg said Madeline Kafoury had left the lobby. Later she called the police."
    mentions, entities = _run(nlp, text)
    kafoury = _entity(entities, "Madeline Kafoury")
    (she,) = [m for m in mentions if m.text == "she"]
    assert she.entity_id == kafoury.id


def test_a_modifier_capitalised_at_the_start_of_a_sentence_is_not_part_of_the_name(nlp):
    mentions, entities = _run(nlp, "Top Clinton aides said the campaign would fight on. Hillary Clinton agreed.")
    clinton = _entity(entities, "Hillary Clinton")
    assert [(m.text, m.entity_id == clinton.id) for m in mentions if m.label == "PERSON"] == [
        ("Clinton", True), ("Hillary Clinton", True)]


@pytest.mark.parametrize("text, name", [
    ("Asserting Clinton was wrong, he left the room.", "Clinton"),
    ("Beneath Clinton's wins, there were signs of trouble.", "Clinton"),
    ("BERLIN - Donald Trump said on Monday he would win.", "Donald Trump"),
])
def test_a_sentence_opening_word_or_a_dateline_is_not_part_of_a_name(nlp, text, name):
    mentions, _ = _run(nlp, text)
    assert name in [m.text for m in mentions]
    assert not any(m.text.startswith(("Asserting", "Beneath", "BERLIN -")) for m in mentions)


@pytest.mark.parametrize("text, headline_name", [
    ("Donald Trump Wins Nevada Caucuses In A Landslide\n\nDonald Trump won the Nevada caucuses on Tuesday.",
     "Donald Trump"),
    ("Billionaire Donald Trump Leads The Field In New Poll\n\nDonald Trump leads the Republican field.", "Donald Trump"),
    ("Donald Trump Jr. Speaks At Convention In Cleveland\n\nDonald Trump praised his son, Donald Trump Jr., on Monday.",
     "Donald Trump Jr."),
    ("Hillary Rodham Clinton Returns To Iowa For Campaign\n\nHillary Clinton returned to Iowa.", "Hillary Rodham Clinton"),
])
def test_a_title_case_headline_name_is_cut_to_the_name_the_body_writes(nlp, text, headline_name):
    mentions, entities = _run(nlp, text)
    first = min((m for m in mentions if m.label == "PERSON"), key=lambda m: m.span.start)
    assert (first.text, first.span.start, first.span.end) == (headline_name, text.index(headline_name),
                                                            text.index(headline_name) + len(headline_name))
    assert "title-case line cut" in first.reason
    assert not any(e.name.endswith(("Wins", "Leads The Field", "Speaks", "Returns")) for e in entities)


def test_a_headline_keeps_a_given_name_before_a_surname_the_body_writes_alone(nlp):
    text = "Marine Le Pen Wins First Round Of Election Again\n\nMs. Le Pen won the first round."
    mentions, _ = _run(nlp, text)
    assert [m.text for m in mentions if m.label == "PERSON" and m.span.start < text.index("\n")][0].startswith("Marine Le Pen")


def test_a_title_after_for_is_the_named_persons_not_the_spokesmans(nlp):
    text = ("Alex Conant, a spokesman for Sen. Marco Rubio, said the senator would stay in the race. "
            "Secretary of State John Kerry spoke later.")
    _, entities = _run(nlp, text)
    assert [r.title for r in _entity(entities, "Marco Rubio").roles] == ["Sen."]
    assert [r.title for r in _entity(entities, "John Kerry").roles] == ["Secretary of State"]


def test_a_name_ending_in_an_organisation_word_is_an_organisation(nlp):
    text = "Critics of Hillary Clinton Foundation say it took foreign money. Hillary Clinton denied it."
    mentions, entities = _run(nlp, text)
    foundation = [m for m in mentions if m.text.endswith("Foundation")]
    assert [(m.text, m.label) for m in foundation] == [("Hillary Clinton Foundation", "ORG")]
    assert _entity(entities, "Hillary Clinton").kind == "PERSON"


def test_a_title_whose_relative_clause_the_name_opens_is_not_the_names_role(nlp):
    text = "The federal judge Trump was referring to is Gonzalo Curiel. President Obama said nothing."
    _, entities = _run(nlp, text)
    assert [r.title for r in _entity(entities, "Trump").roles] == []
    assert [r.title for r in _entity(entities, "Obama").roles] == ["President"]


def test_a_name_the_model_cut_after_of_is_joined(nlp):
    text = "Iran seized a tanker in the Strait of Hormuz on Tuesday."
    mentions, _ = _run(nlp, text)
    strait = [m for m in mentions if "Strait" in m.text]
    assert [(m.text, m.span.start) for m in strait] == [("Strait of Hormuz", text.index("Strait"))]
    assert not any(m.text == "Hormuz" for m in mentions)


def test_ships_are_no_people_and_analysts_work_at_organisations(nlp):
    text = ("Iranian forces seized the oil tanker Advantage Sweet on Tuesday. The USS Paul Hamilton, a "
            "destroyer, was sent to the area. Exports fell by 30 percent, analysts at Kpler estimate.")
    mentions, _ = _run(nlp, text)
    labels = {m.text: m.label for m in mentions}
    assert labels["Advantage Sweet"] == "PRODUCT"
    assert labels["USS Paul Hamilton"] == "PRODUCT"
    assert labels["Kpler"] == "ORG"


def test_a_name_after_district_of_is_a_place(nlp):
    text = "A planned visit by the prime minister to the worst-hit district of Buner was postponed."
    mentions, _ = _run(nlp, text)
    assert [(m.text, m.label) for m in mentions if m.text == "Buner"] == [("Buner", "GPE")]


def test_a_name_a_relative_where_is_said_of_is_a_place(nlp):
    text = "The talks will focus on aid to El Fasher, where the United Nations says 300 civilians have died."
    mentions, _ = _run(nlp, text)
    assert [(m.text, m.label) for m in mentions if m.text == "El Fasher"] == [("El Fasher", "GPE")]


def test_an_institution_every_country_has_carries_the_country_the_text_gives(nlp):
    text = ("Uganda's Supreme Court upheld the ruling. The Supreme Court said the trial was fair. "
            "The Norlandic Interior Ministry said 107 people were detained in Norland.")
    _, entities = _run(nlp, text)
    court = _entity(entities, "Supreme Court (Uganda)")
    assert court.kind == "ORG" and "the text says whose it is: Uganda" in court.reason
    assert "Supreme Court" in court.aliases
    ministry = [e for e in entities if "Interior Ministry" in e.name]
    assert [e.name for e in ministry] == ["Interior Ministry (Norlandic)"]


def test_a_bare_institution_name_is_left_as_written(nlp):
    _, entities = _run(nlp, "The Supreme Court ruled on Tuesday that the law stands.")
    assert [e.name for e in entities if e.kind == "ORG"] == ["Supreme Court"]


def test_a_name_before_a_lower_case_place_noun_is_a_place(nlp):
    text = "Russian forces captured the village of Pishchane in Kharkiv region, the ministry said."
    mentions, _ = _run(nlp, text)
    labels = {m.text: m.label for m in mentions}
    assert (labels["Pishchane"], labels["Kharkiv"]) == ("GPE", "GPE")


def test_a_sentence_opening_common_noun_is_no_name(nlp):
    text = ("Ukrainian air defences intercepted 48 drones overnight, the air force said. Debris from a downed "
            "drone damaged a building in Kyiv, injuring three people, Mayor Vitali Klitschko said.")
    assert ("Debris", "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}  # the model's error this is for
    mentions, _ = _run(nlp, text)
    assert "Debris" not in {m.text for m in mentions}
    assert "Vitali Klitschko" in {m.text for m in mentions}


def test_a_dateline_in_capitals_does_not_name_the_place(nlp):
    _, entities = _run(nlp, "LORVIK, Sept 18 — Thousands marched in Lorvik on Saturday.")
    assert _entity(entities, "Lorvik").name == "Lorvik"


def test_a_lone_name_coordinated_with_a_place_is_a_place(nlp):
    mentions, _ = _run(nlp, "Tens of thousands of people marched through Paris and Lyon on Saturday.")
    assert [(m.text, m.label) for m in mentions if m.text in {"Paris", "Lyon"}] == [("Paris", "GPE"), ("Lyon", "GPE")]


def test_a_dash_glued_to_a_name_is_no_alias(nlp):
    _, entities = _run(nlp, "Donald Trump spoke on Monday.\n\n-Donald Trump, in a post on Tuesday, said more.")
    trump = _entity(entities, "Donald Trump")
    assert not [a for a in trump.aliases if a.startswith("-")]


# ------------------------------------------------------------ labels from context, titles, roles (issue 3)


def test_local_government_titles_become_roles(nlp):
    mentions, entities = _run(nlp, "Councillor Joanne Whitfield said the libraries would close. "
                                    "Whitfield said she regretted it.")
    whitfield = _entity(entities, "Joanne Whitfield")
    assert [r.title for r in whitfield.roles] == ["Councillor"]
    assert whitfield.roles[0].as_of == "2025-10-17"
    assert _at(mentions, "Joanne Whitfield", 11).entity_id == whitfield.id
    assert _at(mentions, "Whitfield", 60).entity_id == whitfield.id


def test_the_mayor_is_not_the_deputy_mayor(nlp):
    mentions, entities = _run(nlp, "Deputy Mayor Linda Foster backs the plan. The mayor has said she is open to changes.")
    foster = _entity(entities, "Linda Foster")
    assert [r.title for r in foster.roles] == ["Deputy Mayor"]
    assert not [m for m in mentions if m.text.lower() == "the mayor"]


def test_dateline_place_is_a_place(nlp):
    mentions, _ = _run(nlp, "BRISTOL — Dr. Helen Achebe has spent twenty years at the hospital.")
    bristol = _at(mentions, "BRISTOL", 0)
    assert bristol.label == "GPE"
    assert "context cue" in bristol.reason
    assert _at(mentions, "Helen Achebe", 14).label == "PERSON"


def test_a_noun_in_a_place_is_a_place(nlp):
    mentions, entities = _run(nlp, "A reader in Selby has emailed us about the flooding. Residents in Selby were told to leave.")
    assert _at(mentions, "Selby", 12).label == "GPE"
    assert _at(mentions, "Selby", 66).label == "GPE"
    assert _entity(entities, "Selby").kind == "GPE"


def test_analyst_at_a_firm_and_company_noun_make_organisations(nlp):
    mentions, _ = _run(nlp, "Stacy Rasgon, an analyst at Jefferies, said the recovery would be slow.")
    assert _at(mentions, "Jefferies", 28).label == "ORG"
    mentions, _ = _run(nlp, "Shares of chipmaker Nvidia hit a new high on Tuesday.")
    assert _at(mentions, "Nvidia", 20).label == "ORG"


GEORGIA = 'Opposition cries foul as ruling party claims victory in Georgia vote\n\nTBILISI, Oct 27, 2024 — Georgia\'s ruling Georgian Dream party claimed victory in Saturday\'s parliamentary election with 54% of the vote, according to the Central Election Commission, while the four main opposition parties refused to recognise the result and said they would not take up their seats.\n\nPresident Salome Zourabichvili said the vote had been "totally falsified" and called on supporters to rally outside parliament on Monday evening. Election monitors from the OSCE reported vote-buying, intimidation and double voting but stopped short of calling the election fraudulent.\n\nThe European Union urged the election authorities to investigate the irregularities swiftly. Hungarian Prime Minister Viktor Orban congratulated Georgian Dream and will visit Tbilisi on Monday, his spokesman said.\n\nThousands of protesters gathered on Rustaveli Avenue on Monday night. Police did not intervene. Opposition leaders said they would hold daily rallies until a new vote is called.\n\nGeorgian Dream\'s founder, billionaire Bidzina Ivanishvili, denied any wrongdoing and accused the opposition of trying to stage a revolution.\n'


def test_name_before_party_is_an_organisation_for_every_mention(nlp):
    mentions, entities = _run(nlp, GEORGIA)
    party = _entity(entities, "Georgian Dream")
    assert party.kind == "ORG"
    found = [m for m in mentions if m.text == "Georgian Dream"]
    assert len(found) == 3 and all(m.label == "ORG" and m.entity_id == party.id for m in found)
    assert found[0].span.start == GEORGIA.index("Georgian Dream party")
    assert _entity(entities, "Bidzina Ivanishvili").kind == "PERSON"


def test_person_noun_before_full_name_makes_a_person(nlp):
    mentions, _ = _run(nlp, "Georgian Dream's founder, billionaire Bidzina Ivanishvili, denied any wrongdoing.")
    assert _at(mentions, "Bidzina Ivanishvili", 38).label == "PERSON"


def test_square_with_a_street_word_is_a_facility(nlp):
    mentions, _ = _run(nlp, "Police used tear gas against protesters near the Place de la Nation on Thursday.")
    assert _at(mentions, "Place de la Nation", 49).label == "FAC"


def test_capital_in_the_lexicon_is_no_person(nlp):
    mentions, _ = _run(nlp, "Overnight strikes hit power plants; Kyiv says 40 of 52 drones downed")
    assert _at(mentions, "Kyiv", 36).label == "GPE"


def test_country_plural_is_not_folded_into_its_adjective(nlp):
    text = ("The Philippine coast guard said Chinese ships had entered waters claimed by the Philippines. "
            "Philippine officials protested.")
    mentions, entities = _run(nlp, text)
    assert _at(mentions, "Philippines", 80).label == "GPE"
    assert _at(mentions, "Philippine", 4).label == "NORP"
    assert _entity(entities, "Philippines").id != _entity(entities, "Philippine").id


def test_age_after_surname_makes_the_full_name_a_person(nlp):
    text = ("For forty years, Duncan MacLeod has carried passengers across the loch. "
            "MacLeod, 71, does not pretend to be happy.")
    mentions, entities = _run(nlp, text)
    macleod = _entity(entities, "Duncan MacLeod")
    assert macleod.kind == "PERSON"
    assert _at(mentions, "Duncan MacLeod", 17).entity_id == macleod.id
    assert _at(mentions, "MacLeod", 72).entity_id == macleod.id


def test_numbers_in_a_list_are_no_age(nlp):
    mentions, _ = _run(nlp, "The tool can be used for IE6, 7, 8 and 9.")
    assert all(m.label != "PERSON" for m in mentions)


def test_kin_apposition_and_byline_make_people(nlp):
    mentions, _ = _run(nlp, "His daughter, Kirsty, who helps on the boat in the summer, sees it differently.")
    assert _at(mentions, "Kirsty", 14).label == "PERSON"
    mentions, _ = _run(nlp, "By Marcus Bell\nThe council should rethink its bus plan.")
    assert _at(mentions, "Marcus Bell", 3).label == "PERSON"


def test_short_given_name_joins_the_formal_name_with_that_surname(nlp):
    text = ("Prosecutors said Thomas Whitaker moved the losses. His lawyer said Tom Whitaker was made a "
            "scapegoat. Whitaker denies the charges.")
    mentions, entities = _run(nlp, text)
    whitaker = _entity(entities, "Thomas Whitaker")
    tom = _at(mentions, "Tom Whitaker", text.index("Tom Whitaker"))
    assert tom.entity_id == whitaker.id
    assert tom.reason.startswith("short form of Thomas Whitaker")
    assert _at(mentions, "Whitaker", text.rindex("Whitaker")).entity_id == whitaker.id
    assert sorted(whitaker.aliases) == ["Thomas Whitaker", "Tom Whitaker", "Whitaker"]


def test_sentence_opening_common_word_is_no_name(nlp):
    text = "The Department for Culture, Media and Sport said councils were responsible for their own library services, but that it expected them to provide a 'comprehensive and efficient' service as required by law.\n\nLibrary users interviewed by the Star were dismayed. Margaret, 79, who has used the Walkley branch for more than 50 years, said she did not know how she would get to the central library. 'It's two buses for me,' she said. 'At my age, that's the end of it.'"
    mentions, _ = _run(nlp, text)
    assert text.count("library") == 2
    assert not [m for m in mentions if m.text == "Library"]


def test_office_word_inside_a_title_is_no_organisation_and_role_is_dated(nlp):
    mentions, entities = _run(nlp, "Interior Minister Petar Horvat said the count included only bodies identified.")
    horvat = _entity(entities, "Petar Horvat")
    assert [(r.title, r.as_of) for r in horvat.roles] == [("Interior Minister", "2025-10-17")]
    assert horvat.roles[0].span.start == 0 and horvat.roles[0].span.end == 17
    assert not [m for m in mentions if m.text == "Interior"]


def test_title_before_a_name_in_apposition_is_its_role(nlp):
    mentions, entities = _run(nlp, "A Red Crescent spokeswoman, Irina Babic, said many victims had been buried.")
    babic = _entity(entities, "Irina Babic")
    assert babic.kind == "PERSON"
    assert [r.title for r in babic.roles] == ["Red Crescent spokeswoman"]
    assert _at(mentions, "Irina Babic", 28).label == "PERSON"


def test_descriptions_that_refer_to_no_one(nlp):
    text = ("Palestinian Authority President Mahmoud Abbas condemned the raid. The president-elect, Barack Obama, "
            "said nothing. Warren Jeffs, the sect's leader, was jailed. Blackmore, who is the leader of another "
            "group, spoke. The officer shot him in the back of the head.")
    mentions, _ = _run(nlp, text)
    descriptions = [m.text for m in mentions if m.reason.startswith("title '")]
    assert "The president" not in descriptions
    assert "the leader" not in descriptions
    assert "the head" not in descriptions


def test_name_coordinated_with_a_country_after_from_is_a_place(nlp):
    text = ("SINGAPORE, Sept 2, 2026 (Meridian Wire) - Trade ministers from Aldoria and Kesh will meet "
            "in Singapore on October 6.")
    mentions, _ = _run(nlp, text)
    kesh = _at(mentions, "Kesh", 75)
    assert kesh.label == "GPE"
    assert "model said PERSON" in kesh.reason


def test_named_storm_is_an_event(nlp):
    text = "Welcome to our live coverage of Storm Ingrid, which has brought heavy rain to the north."
    mentions, entities = _run(nlp, text)
    storm = _at(mentions, "Storm Ingrid", 32)
    assert storm.label == "EVENT"
    assert _entity(entities, "Storm Ingrid").kind == "EVENT"
