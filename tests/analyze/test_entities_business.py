"""Business news: a company named by what it does, and its officers named with their role."""

from __future__ import annotations

from pathlib import Path

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


def _mentions(nlp, text: str) -> list[Mention]:
    mentions, _ = extract_entities(nlp(text), "biz", None)
    return mentions


def _entity_of(mentions: list[Mention], text: str, start: int) -> str:
    return next(m.entity_id for m in mentions if (m.text, m.span.start) == (text, start))


def test_a_name_the_model_tags_in_part_grows_to_the_name_written_whole(nlp) -> None:
    # the model tags only "Mejeri" (or "Dansk" and "Mejeri" apart) before the officer's role
    text = ("Dansk Mejeri has abandoned its takeover of Harlow Foods. \"We could not find remedies,\" "
            "Dansk Mejeri chief executive Lars Holm told reporters.")
    mentions = _mentions(nlp, text)
    second = text.index("Dansk Mejeri chief")
    whole = [m for m in mentions if m.span.start == second]
    assert [(m.text, m.label, m.span.end) for m in whole] == [("Dansk Mejeri", "ORG", second + len("Dansk Mejeri"))]
    assert _entity_of(mentions, "Dansk Mejeri", 0) == whole[0].entity_id
    assert not any(m.text in {"Mejeri", "Dansk"} for m in mentions)  # no surname, no place
    assert {m.label for m in mentions if m.text == "Lars Holm"} == {"PERSON"}


def test_a_subject_its_goes_back_to_is_an_organisation(nlp) -> None:
    text = "Brenna Lindqvist has dropped its offer for the ferry operator."
    assert _labels(nlp, text)[("Brenna Lindqvist", 0)] == "ORG"  # the model reads a person
    text = "Halvard Sorensen has abandoned his bid for Nordvik Foods, his spokesman said."
    assert _labels(nlp, text)[("Halvard Sorensen", 0)] == "PERSON"


def test_a_name_in_apposition_to_a_company_noun_is_that_company(nlp) -> None:
    text = "Halvard Sorensen, the Norwegian shipping group, said on Friday that talks had ended."
    assert _labels(nlp, text)[("Halvard Sorensen", 0)] == "ORG"
    # a company reporting on someone is no renaming of that someone
    text = "Halvard Sorensen has resigned, the company said on Friday."
    assert _labels(nlp, text)[("Halvard Sorensen", 0)] == "PERSON"


def test_a_company_short_form_joins_its_full_name(nlp) -> None:
    text = ("Dansk Mejeri will pay Harlow Foods a fee. Harlow's board backed the deal, and the company "
            "said it would pay Harlow a break fee. Harlow shares fell 6 percent.")
    mentions = _mentions(nlp, text)
    full = _entity_of(mentions, "Harlow Foods", text.index("Harlow Foods"))
    shorts = [m for m in mentions if m.text == "Harlow"]
    assert [m.span.start for m in shorts] == [text.index("Harlow's"), text.index("Harlow a break"),
                                              text.index("Harlow shares")]
    assert {(m.label, m.entity_id) for m in shorts} == {("ORG", full)}


def test_a_short_form_used_as_a_place_stays_the_place(nlp) -> None:
    text = ("Washington Post publisher Will Lewis met staff in Washington on Monday. The Post has lost "
            "subscribers, and Washington has been a hard market for local news.")
    mentions = _mentions(nlp, text)
    post = _entity_of(mentions, "Washington Post", 0)
    places = [m for m in mentions if m.text == "Washington"]
    assert places and all(m.label == "GPE" and m.entity_id != post for m in places)
    assert _labels(nlp, text)[("Will Lewis", text.index("Will"))] == "PERSON"  # his job, not a company


def test_a_subsidiary_name_is_not_the_parent_short_form(nlp) -> None:
    text = ("Amazon Web Services will invest 10 billion dollars in data centres in Mississippi. Amazon said "
            "the investment would create 1,000 jobs.")
    mentions = _mentions(nlp, text)
    assert _entity_of(mentions, "Amazon", text.index("Amazon said")) != _entity_of(mentions, "Amazon Web Services", 0)


def test_an_untagged_short_form_of_a_company_is_found(nlp) -> None:
    text = ("Hollis Mining has rejected a takeover approach from Anglo Terra. Hollis shares closed 18 percent "
            "higher in Johannesburg.")
    mentions = _mentions(nlp, text)
    at = text.index("Hollis shares")
    short = [m for m in mentions if m.span.start == at]
    assert [(m.text, m.label, m.span.end) for m in short] == [("Hollis", "ORG", at + 6)]
    assert short[0].entity_id == _entity_of(mentions, "Hollis Mining", 0)


def test_a_name_ending_in_a_trade_word_is_a_company(nlp) -> None:
    text = "Kaldor Shipping said on Wednesday it would suspend routes through the Red Sea."
    assert _labels(nlp, text)[("Kaldor Shipping", 0)] == "ORG"  # the model reads a person


def test_where_something_happened_is_a_place_not_an_organisation(nlp) -> None:
    text = "\"We could not find remedies,\" Lars Holm told reporters in Copenhagen on Friday."
    assert _labels(nlp, text)[("Copenhagen", text.index("Copenhagen"))] == "GPE"  # the model reads an organisation
    text = "Brightwater Capital has taken a 7 percent stake in Dunmore Retail."
    assert _labels(nlp, text)[("Dunmore Retail", text.index("Dunmore"))] == "ORG"


def test_where_a_piece_appeared_is_no_place(nlp) -> None:
    text = "She described the deal in an article in Harbor Monthly, a trade magazine."
    assert _labels(nlp, text)[("Harbor Monthly", text.index("Harbor"))] == "ORG"


def test_a_ticker_is_another_name_of_its_company(nlp) -> None:
    text = "Shares of Orvane Pharmaceuticals (NYSE: ORV) jumped 30 percent after the approval."
    mentions = _mentions(nlp, text)
    ticker = [m for m in mentions if m.span.start == text.index("ORV)")]
    assert [(m.text, m.label) for m in ticker] == [("ORV", "ORG")]
    assert ticker[0].entity_id == _entity_of(mentions, "Orvane Pharmaceuticals", text.index("Orvane"))
    assert _entity_of(mentions, "NYSE", text.index("NYSE")) != ticker[0].entity_id  # the exchange is its own body


_PARAGRAPHS = (Path(__file__).resolve().parents[1] / "data" / "entities_business" / "paragraphs.txt").read_text(
    encoding="utf-8").split("\n\n")


def _paragraph(opening: str) -> str:
    return next(p.strip() for p in _PARAGRAPHS if p.startswith(opening))


def test_business_paragraphs_join_short_forms_to_the_company(nlp) -> None:
    # (paragraph opening, short form, company): the short form is the company wherever it stands alone
    cases = [("Vintner Brewing", "Vintner", "Vintner Brewing"), ("Pellworth Motors", "Pellworth", "Pellworth Motors"),
             ("Hollis Mining", "Hollis", "Hollis Mining"), ("Kaldor Shipping", "Kaldor", "Kaldor Shipping"),
             ("Mercer Industries", "Mercer", "Mercer Industries"), ("Glenmore Petroleum", "Glenmore", "Glenmore Petroleum"),
             ("The Financial Conduct Authority", "Ashdown", "Ashdown Bank")]
    for opening, short, company in cases:
        text = _paragraph(opening)
        mentions, entities = extract_entities(nlp(text), "biz", None)
        target = next(e for e in entities if e.name == company)
        assert target.kind == "ORG", company
        alone = [m for m in mentions if m.text == short]
        assert alone, short
        assert {(m.label, m.entity_id) for m in alone} == {("ORG", target.id)}, short


def test_business_paragraphs_keep_places_and_people_apart(nlp) -> None:
    text = _paragraph("Stellan Semiconductor")  # "Kyoto shares fell 5 percent in Tokyo": the model's place stays
    _, entities = extract_entities(nlp(text), "biz", None)
    assert {e.name for e in entities if e.kind == "ORG"} >= {"Stellan Semiconductor", "Kyoto Electronics"}
    text = _paragraph("Fenwick Chemicals")
    mentions, _ = extract_entities(nlp(text), "biz", None)
    assert {m.label for m in mentions if m.text in {"Thomas Carver", "Carver"}} == {"PERSON"}
    assert {m.label for m in mentions if m.text == "Frankfurt"} == {"GPE"}
