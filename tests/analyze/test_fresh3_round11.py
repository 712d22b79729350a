"""Fresh-text round 11: rules found wanting on invented wire copy about a delayed prisoner swap, a
disputed election count with a court challenge, and an earthquake's rising toll with aid pledges and
a donor conference. Each test uses sentences of its own (not the round's feeds) and asserts on
values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run


def _entity(analysis, name: str):
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"no entity {name!r}: {[(e.name, e.kind) for e in analysis.entities]}"
    return found[0]


# ---- events/triggers.py: what an earthquake does is no attack


def test_a_quake_split_into_two_subjects_still_kills_no_one_as_an_actor(nlp):
    text = ("A magnitude 7.1 earthquake struck the coast of Pelmar on Friday, killing at least 60 people "
            "and injuring more than 300, officials said.")
    a = _run(nlp, text, date(2027, 2, 5))
    assert [e.text for e in a.events if e.type == "ASSAULT"] == []
    assert _figure(a, "at least 60").unit == "people"


def test_a_conjoined_passive_count_in_a_quake_report_is_no_attack(nlp):
    text = ("An earthquake flattened villages in the north of Pelmar on Friday.\n\n"
            "The ministry said the toll had risen to 212, and that nearly 900 people had been injured. "
            "The toll rose to 240 on Sunday, with about 1,100 people hurt.")
    a = _run(nlp, text, date(2027, 2, 7))
    assert [e.text for e in a.events if e.type == "ASSAULT"] == []


def test_a_wounded_count_after_an_attack_stays_an_assault(nlp):
    text = "Militants shelled the market on Friday, and officials said 14 people had been wounded."
    a = _run(nlp, text, date(2027, 2, 7))
    assert _event(a, "shelled").type == "ASSAULT"


# ---- lexicons/plover_triggers.tsv, events/triggers.py: a strike that is called for is a walkout


def test_a_national_strike_called_for_next_week_is_a_protest_not_dating_the_call(nlp):
    text = "The opposition leader rejected the result and called for a national strike next week."
    a = _run(nlp, text, date(2027, 6, 10))  # a Thursday
    strike = _event(a, "strike")
    assert (strike.type, strike.mode) == ("PROTEST", "strike")
    assert strike.when is not None and strike.when.value == "2027-W24"
    called = _event(a, "called")
    assert called.type == "REQUEST"
    assert called.when is None or called.when.value != "2027-W24"


def test_an_air_strike_stays_an_attack(nlp):
    a = _run(nlp, "The army called in an air strike on the ridge.", date(2027, 6, 10))
    assert _event(a, "strike").type == "ASSAULT"


def test_calling_for_someone_to_act_is_a_request_not_a_phone_call(nlp):
    text = "The envoy spoke on Monday, calling for donors to release the funds quickly."
    a = _run(nlp, text, date(2027, 6, 10))
    calling = _event(a, "calling")
    assert calling.type == "REQUEST"
    assert text[calling.trigger.start:calling.trigger.end] == "calling"


def test_rescuers_sent_abroad_are_aid(nlp):
    text = "Neighbouring Kestria said it was sending 80 rescuers to the quake zone."
    a = _run(nlp, text, date(2027, 2, 6))
    assert _event(a, "sending").type == "AID"


# ---- events/timing.py: a time wholly after the report dates no past act


def test_a_past_perfect_refusal_is_not_dated_by_a_filing_still_to_come(nlp):
    text = ("The party said it would file an appeal with the court on Friday, arguing that the judges had "
            "refused to examine the ballots.")
    a = _run(nlp, text, date(2027, 6, 10))  # a Thursday
    assert _event(a, "appeal").when.value == "2027-06-11"
    refused = _event(a, "refused")
    assert refused.when is None or refused.when.value != "2027-06-11"


# ---- events/__init__.py, events/timing.py: the day a thing was said of does not date it


def test_the_day_of_the_telling_does_not_date_a_meeting_still_to_come(nlp):
    text = ("The president said on Thursday the talks had been useful, and said he was ready to meet "
            "his rival without preconditions.")
    a = _run(nlp, text, date(2027, 3, 12))  # a Friday
    meet = _event(a, "meet")
    assert meet.modality == "hypothetical"
    assert meet.when is None or meet.when.value != "2027-03-11"


def test_the_day_of_the_telling_still_dates_an_act_reported_as_done(nlp):
    text = "Police said on Thursday they had arrested four men."
    a = _run(nlp, text, date(2027, 3, 12))
    assert _event(a, "arrested").when.value == "2027-03-11"


def test_a_time_in_a_participle_clause_on_another_noun_does_not_date_the_deal(nlp):
    text = ("The two sides will swap 30 prisoners, including a reporter held since 2023, under a deal "
            "brokered by Oman, the ministry said on Tuesday.")
    a = _run(nlp, text, date(2027, 3, 10))  # a Wednesday
    deal = _event(a, "deal")
    assert deal.when is None or deal.when.value != "2023"


def test_a_schedule_in_a_participle_clause_still_dates_the_sentence(nlp):
    text = "A previous swap planned for last June collapsed after Kestria accused Orlo of adding names."
    a = _run(nlp, text, date(2027, 3, 10))
    assert _event(a, "accused").when.value == "2026-06"


# ---- events/timing.py: a noun scheduled "to take place" on a day is dated by it


def test_talks_due_to_begin_on_a_day_take_that_day(nlp):
    text = "The talks are due to begin on Monday."
    a = _run(nlp, text, date(2027, 3, 10))  # a Wednesday
    talks = _event(a, "talks")
    assert (talks.modality, talks.when.value, talks.when.text) == ("planned", "2027-03-15", "Monday")


def test_a_definite_exchange_names_again_the_prisoner_swap_and_its_day(nlp):
    text = ("Kestria and Orlo have agreed to exchange 30 prisoners, mediators said on Wednesday.\n\n"
            "The exchange is expected to take place at the Vell bridge on Saturday.")
    a = _run(nlp, text, date(2027, 3, 10))  # a Wednesday
    second = [e for e in a.events if e.text == "exchange" and e.trigger.start > 60]
    assert second, [e.text for e in a.events]
    exchange = second[0]
    assert (exchange.type, exchange.modality) == ("RETREAT", "planned")
    assert exchange.when is not None and exchange.when.value == "2027-03-13"
    assert text[exchange.trigger.start:exchange.trigger.end] == "exchange"


def test_a_stock_exchange_names_no_swap(nlp):
    text = "Traders on the exchange shrugged off the news."
    a = _run(nlp, text, date(2027, 3, 10))
    assert [e for e in a.events if e.text == "exchange"] == []


# ---- quantities: votes, gapped units, counts brought to a level, dates of figures


def test_a_split_ruling_counts_votes(nlp):
    text = "In a 6-3 ruling, the court struck down the law."
    a = _run(nlp, text, date(2027, 5, 28))
    assert (_figure(a, "6").unit, _figure(a, "3").unit) == ("votes", "votes")


def test_a_gapped_clause_keeps_the_unit_of_the_clause_before(nlp):
    text = "Diaz received about 4.2 million votes and Fletcher about 3.9 million."
    a = _run(nlp, text, date(2027, 5, 28))
    second = _figure(a, "about 3.9 million")
    assert (second.unit, second.subject, second.low) == ("votes", "Fletcher", 3_900_000)


def test_bringing_the_number_of_people_to_a_level_counts_people(nlp):
    text = "The deal freed two more men, bringing the number of people released by Orlo to 19."
    a = _run(nlp, text, date(2027, 5, 28))
    assert _figure(a, "19").unit == "people"


def test_left_thousands_displaced_counts_people(nlp):
    text = "The neighbours fought a war in 2019 that left tens of thousands displaced."
    a = _run(nlp, text, date(2027, 5, 28))
    assert _figure(a, "tens of thousands").unit == "people"


def test_a_toll_is_dated_by_its_own_verb_not_by_the_quake_it_names(nlp):
    text = ("The death toll from Monday's earthquake rose to 388 on Thursday, with about 2,000 people "
            "injured, the government said.")
    a = _run(nlp, text, date(2027, 2, 11))  # a Thursday
    assert _figure(a, "388").as_of == "2027-02-11"
    assert _figure(a, "about 2,000").as_of == "2027-02-11"


def test_a_time_in_a_clause_on_another_noun_does_not_date_the_figure(nlp):
    text = ("The minister asked for the release of at least 9 more citizens still held abroad, including "
            "two sailors detained in 2025.")
    a = _run(nlp, text, date(2027, 2, 11))
    assert _figure(a, "at least 9").as_of is None


# ---- entities: time zones, titles, demonyms, possessors and lists of places


def test_a_time_zone_after_a_clock_is_no_organisation(nlp):
    text = "The buses crossed the bridge shortly after 10 a.m. (0800 GMT), Kestria's ministry said."
    a = _run(nlp, text, date(2027, 2, 11))
    assert [e.name for e in a.entities if e.name == "GMT"] == []


def test_a_title_word_is_cut_from_the_name_before_it(nlp):
    text = "Orlovan Foreign Minister Anton Varga said the talks would resume in Orlova."
    a = _run(nlp, text, date(2027, 2, 11))
    assert [e.name for e in a.entities if e.name.endswith("Foreign")] == []


def test_a_demonym_of_a_name_in_the_article_is_a_nationality(nlp):
    text = ("Qurat has offered to mediate. A Qurati official said the talks would be held in Qurat, and "
            "Qurati mediators met the delegations.")
    a = _run(nlp, text, date(2027, 2, 11))
    assert _entity(a, "Qurati").kind == "NORP"


def test_a_name_owning_a_ministry_is_a_state(nlp):
    text = "Velmar's justice ministry did not respond to a request for comment."
    a = _run(nlp, text, date(2027, 2, 11))
    assert _entity(a, "Velmar").kind == "GPE"


def test_a_name_listed_with_countries_is_one(nlp):
    text = "Japan, Zelmora and Kestria have sent search teams."
    a = _run(nlp, text, date(2027, 2, 11))
    assert _entity(a, "Zelmora").kind == "GPE"


def test_a_time_the_parser_hangs_in_a_present_participle_clause_still_dates_the_attack(nlp):
    # review: only a past participle clause on a noun ("held since 2024") keeps its time to itself
    text = ("A truck rammed into a crowd celebrating a national holiday in the port city of Varna on "
            "Thursday night, killing at least 80 people, officials said.")
    killing = _event(_run(nlp, text, date(2016, 7, 15)), "killing")
    assert killing.when is not None and killing.when.text == "Thursday night"
