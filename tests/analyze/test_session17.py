"""Rules of session 17, found on real published reports and tested on sentences of our own,
asserting on event types, modalities and offsets."""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Article

from .analysed import analyse as _run, event_at, figure_at


def _undated(nlp, text: str):
    """``analyze_doc`` on ``text`` as an article that came with no publication date."""
    article = Article(id="undated", source="-", text=text, published=None, published_how="none")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def test_an_event_aimed_at_a_purpose_is_no_plan_but_an_aimed_occurrence_is(nlp):
    text = ("A spokesman said the attack was aimed at discrediting the army.\n\n"
            "The offensive was intended to free the hostages.\n\n"
            "The talks were intended to begin on Monday.\n")
    a = _run(nlp, text, date(2014, 7, 15))
    attack = event_at(a, text, "attack")
    assert (attack.type, attack.modality) == ("ASSAULT", "happened")
    assert event_at(a, text, "offensive").modality == "happened"
    # what the offensive was for is still to come
    assert event_at(a, text, "free").modality == "planned"
    # the aim is the talks' own start: a plan
    assert event_at(a, text, "talks").modality == "planned"


def test_a_hedge_on_an_act_told_as_done_makes_it_unconfirmed_but_leaves_a_future_alone(nlp):
    text = ("Dozens of civilians were possibly killed in the strike.\n\n"
            "The militia probably fired the rocket on Monday.\n\n"
            "The talks will probably be held next week.\n")
    a = _run(nlp, text, date(2017, 3, 17))
    assert event_at(a, text, "killed").modality == "claimed"
    fired = event_at(a, text, "fired")
    assert fired.modality == "claimed"
    assert fired.when is not None and fired.when.value == "2017-03-13"
    assert event_at(a, text, "talks").modality == "planned"


def test_talks_put_on_hold_are_put_off(nlp):
    text = ("The talks were put on hold after the row.\n\n"
            "The government has put the strike on ice.\n\n"
            "Negotiations on the border are on hold.\n")
    a = _run(nlp, text, date(2018, 5, 25))
    assert event_at(a, text, "talks").modality == "postponed"
    assert event_at(a, text, "strike").modality == "postponed"
    assert event_at(a, text, "Negotiations").modality == "postponed"


def test_a_participle_of_calling_off_on_the_event_noun_calls_it_off(nlp):
    text = ("Peace summit cancelled after attack\n\n"
            "The summit, cancelled after the attack, was to be held in Hanoi.\n\n"
            "The ceasefire agreed last month is holding.\n")
    a = _run(nlp, text, date(2018, 5, 25))
    headline = event_at(a, text, "summit")
    assert (headline.type, headline.modality) == ("CONSULT", "cancelled")
    assert event_at(a, text, "summit", 1).modality == "cancelled"
    # agreeing is no calling off: the agreed ceasefire keeps the reading it had
    assert event_at(a, text, "ceasefire").modality != "cancelled"


def test_a_month_name_is_no_march_in_an_article_with_no_date_to_anchor_to(nlp):
    text = ("A court jailed the former minister for 20 years.\n\n"
            "In March, a court had sentenced him to eight years in prison.\n")
    a = _undated(nlp, text)
    assert a.reference_date is None
    assert [e.type for e in a.events if e.trigger.start == text.index("March")] == []
    sentenced = event_at(a, text, "sentenced")
    assert (sentenced.type, sentenced.modality) == ("COERCE", "happened")


def test_money_written_as_a_hyphenated_modifier_is_a_figure_in_its_currency(nlp):
    text = ("The court imposed a 520,000-euro fine.\n\n"
            "The agency paid a 300-million-euro penalty.\n\n"
            "A 2,000-pound bomb hit the house.\n")
    a = _run(nlp, text, date(2013, 10, 7))
    fine = figure_at(a, text, "520,000")
    assert (fine.low, fine.high, fine.unit) == (520000, 520000, "EUR")
    assert fine.span.start == text.index("520,000")
    assert figure_at(a, text, "300-million").unit == "EUR"
    # a pound that weighs stays a modifier, no money
    assert not [q for q in a.quantities if q.span.start == text.index("2,000")]


def test_a_subject_the_parser_hung_on_an_opening_participle_still_speaks(nlp):
    text = ("Speaking to reporters after the verdict, Haddad's legal team, led by former Vice President "
            "Daniel Mensah, said he did not accept the verdict.\n")
    a = _run(nlp, text, date(2022, 12, 26))
    [quote] = [q for q in a.quotes if q.cue_lemma == "say"]
    assert quote.speaker == "Haddad's legal team"
    assert quote.text == "he did not accept the verdict"
    assert quote.span.start == text.index("he did not accept")


def test_people_found_confirmed_or_left_dead_are_counted_as_the_dead(nlp):
    text = ("One policeman was confirmed dead, the police said.\n\n"
            "The blast left 12 people dead.\n\n"
            "Two hostages were found alive.\n")
    a = _run(nlp, text, date(2017, 7, 30))
    assert "counts the dead ('confirmed dead')" in figure_at(a, text, "One").reason
    left = figure_at(a, text, "12")
    assert (left.low, left.unit) == (12, "people") and "counts the dead" in left.reason
    assert "counts the dead" not in figure_at(a, text, "Two").reason


def test_a_hedge_reaches_only_its_own_verb(nlp):
    text = ("Probably nobody hates the tax more than the unions, because many unions negotiated for it.\n\n"
            "It was the last debate and probably the final meeting of the two rivals.\n")
    a = _run(nlp, text, date(2016, 1, 20))
    assert event_at(a, text, "negotiated").modality == "happened"
    assert event_at(a, text, "meeting").modality == "happened"


def test_an_act_reportedly_called_off_is_called_off_as_reported(nlp):
    text = ("The president has reportedly cancelled his visit to the capital.\n\n"
            "The summit was reportedly postponed until March.\n\n"
            "The militants allegedly attacked the convoy.\n")
    a = _run(nlp, text, date(2014, 9, 6))
    visit = event_at(a, text, "visit")
    assert visit.modality == "cancelled" and "'reportedly'" in visit.reason
    assert event_at(a, text, "summit").modality == "postponed"
    assert event_at(a, text, "attacked").modality == "claimed"


def test_the_end_of_a_period_does_not_date_an_undated_report(nlp):
    text = ("EU leaders on Thursday extended economic sanctions against the country until July 31, 2017.\n\n"
            "The decision was first taken at a summit on December 15, 2016, diplomats said.\n")
    a = _undated(nlp, text)
    assert a.reference_date == date(2016, 12, 15)
    assert a.reference_how == "inferred"


def test_a_photo_captions_date_does_not_date_an_undated_report(nlp):
    text = ("In this Wednesday, Sept. 3, 2014 photo, protesters gather outside parliament.\n\n"
            "The visit was postponed, the foreign ministry said on Saturday, Sept. 6, 2014.\n")
    a = _undated(nlp, text)
    assert a.reference_date == date(2014, 9, 6)


def test_a_figure_of_a_noun_of_change_is_a_move_not_a_level(nlp):
    text = ("Revenue posted a 29 percent drop in the quarter.\n\n"
            "There was a rise of 12 percent in exports.\n\n"
            "The party won 29 percent of the vote.\n")
    a = _run(nlp, text, date(2023, 10, 20))
    assert "a change by ('drop')" in figure_at(a, text, "29 percent").reason
    assert "a change by ('rise')" in figure_at(a, text, "12 percent").reason
    assert "a change by" not in figure_at(a, text, "29 percent", 1).reason


def test_a_person_named_before_a_title_and_the_body_holding_it_speaks(nlp):
    text = ("\u201cWe are disappointed,\u201d Ravi Menon, chair and CEO, Orbitex said in a statement.\n\n"
            "Rahul Mehta, managing director, Tata Motors said the plant would reopen.\n")
    a = _run(nlp, text, date(2023, 12, 19))
    names = {e.id: e.name for e in a.entities}
    said = [(q.cue.start if q.cue else None, names.get(q.speaker_entity or "")) for q in a.quotes if q.cue_lemma == "say"]
    assert said == [(text.index("said"), "Ravi Menon"), (text.rindex("said"), "Rahul Mehta")]


def test_a_press_dateline_with_the_place_in_capitals_is_no_part_of_a_report(nlp):
    text = "LUSAKA, Oct 9: Workers at three mines walked off the job on Monday, the union announced.\n"
    a = _run(nlp, text, date(2023, 10, 9))
    [quote] = [q for q in a.quotes if q.cue_lemma == "announce"]
    assert quote.text == "Workers at three mines walked off the job on Monday"
    assert quote.span.start == text.index("Workers")


def test_an_event_in_the_of_phrase_of_a_threat_or_prospect_has_not_happened(nlp):
    text = ("The president raised the threat of new sanctions.\n\n"
            "The prospect of talks faded.\n\n"
            "The attack posed a threat to civilians.\n")
    a = _run(nlp, text, date(2021, 9, 9))
    assert event_at(a, text, "sanctions").modality == "hypothetical"
    assert event_at(a, text, "talks").modality == "hypothetical"
    assert event_at(a, text, "attack").modality == "happened"


def test_a_date_in_a_credited_photo_caption_does_not_date_an_undated_report(nlp):
    text = ("Protesters gather in front of parliament in the capital, Wednesday, Sept. 3, 2014. "
            "Talks with the government continue. (AP Photo/Jane Doe)\n\n"
            "The visit was postponed, the foreign ministry said on Saturday.\n")
    a = _undated(nlp, text)
    # the picture's day is no date of the report; nothing else in the text dates it
    assert a.reference_date is None


def test_what_an_adjourned_act_waits_on_is_not_itself_put_off(nlp):
    text = "The hearing was adjourned pending the outcome of his appeal.\n"
    a = _run(nlp, text, date(2021, 8, 10))
    assert event_at(a, text, "hearing").modality == "postponed"
    assert event_at(a, text, "appeal").modality != "postponed"


def test_at_one_point_is_a_moment_not_a_count(nlp):
    text = "At one point, police fired tear gas at the crowd.\n\nPolice fired at one protester.\n"
    a = _run(nlp, text, date(2020, 1, 19))
    assert [q.text for q in a.quantities] == ["one"]
    assert a.quantities[0].span.start == text.rindex("one")
