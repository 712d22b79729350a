"""Fresh-text round 11 (fourth set): rules found wanting on invented wire copy about a border ceasefire
agreed, broken and extended, a foreign minister's visit announced, postponed and held, and a sanctions
package proposed, vetoed and adopted. Each test uses sentences of its own (not the round's feeds) and
asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run


def _quote(analysis, cue: str, speaker_part: str):
    found = [q for q in analysis.quotes if q.cue_lemma == cue and q.speaker and speaker_part in q.speaker]
    assert found, f"no {cue!r} quote by {speaker_part!r}: {[(q.cue_lemma, q.speaker, q.text) for q in analysis.quotes]}"
    return found[0]


def _entity(analysis, name: str):
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"no entity {name!r}: {[(e.name, e.kind) for e in analysis.entities]}"
    return found[0]


# ---- lexicons/plover_triggers.tsv + modality_cues.tsv: blocking a decision is a veto, and what is
# blocked or vetoed is not taken


def test_blocking_the_adoption_of_a_package_is_a_rejection_and_its_sanctions_are_not_imposed(nlp):
    text = "Slovakia on Tuesday blocked the adoption of a new package of sanctions against Iran, diplomats said."
    a = _run(nlp, text, date(2027, 3, 10))  # a Wednesday
    blocked = _event(a, "blocked")
    assert (blocked.type, blocked.modality, blocked.when.value) == ("REJECT", "happened", "2027-03-09")
    assert text[blocked.trigger.start:blocked.trigger.end] == "blocked"
    sanctions = _event(a, "sanctions")
    assert (sanctions.type, sanctions.modality) == ("SANCTION", "negated")


def test_a_vetoed_measure_is_negated_and_the_vetoer_is_not_its_actor(nlp):
    a = _run(nlp, "Austria vetoed the sanctions on Monday.", date(2027, 3, 10))
    sanctions = _event(a, "sanctions")
    assert sanctions.modality == "negated"
    assert sanctions.source_actors == ()


def test_blocking_a_road_stays_an_obstruction(nlp):
    a = _run(nlp, "Farmers blocked the main highway into the city.", date(2027, 3, 10))
    assert _event(a, "blocked").type == "PROTEST"


# ---- events/arguments.py: who rejects or labels an act is not its doer


def test_rejecting_an_accusation_does_not_make_the_rejecter_its_accuser(nlp):
    a = _run(nlp, "Laos rejected the accusation on Thursday.", date(2027, 3, 12))
    accusation = _event(a, "accusation")
    assert accusation.source_actors == ()


def test_calling_a_veto_shameful_does_not_make_the_critic_the_vetoer(nlp):
    text = "Estonian Foreign Minister Kaarel Tamm called the veto \"shameful\"."
    a = _run(nlp, text, date(2027, 3, 12))
    veto = _event(a, "veto")
    assert veto.type == "REJECT"
    assert veto.source_actors == ()


def test_a_rejected_ceasefire_is_still_the_rejecters_own(nlp):
    a = _run(nlp, "Hamas rejected a ceasefire.", date(2027, 3, 12))
    ceasefire = _event(a, "ceasefire")
    assert ceasefire.modality == "negated"
    assert len(ceasefire.source_actors) == 1


# ---- lexicons/plover_triggers.tsv, events/__init__.py: calling on a person with nothing asked is a visit


def test_calling_on_a_president_during_a_trip_is_a_visit(nlp):
    text = "The foreign minister will also call on President Omar Haddad during the two-day trip."
    a = _run(nlp, text, date(2027, 5, 3))
    call = _event(a, "call")
    assert (call.type, call.mode, call.modality) == ("CONSULT", "visit", "planned")
    assert text[call.trigger.start:call.trigger.end] == "call"


def test_calling_on_someone_to_act_stays_a_demand(nlp):
    a = _run(nlp, "The envoy called on President Omar Haddad to free the detainees.", date(2027, 5, 3))
    assert _event(a, "called").type == "REQUEST"
    b = _run(nlp, "She called on Prime Minister Omar Haddad for restraint.", date(2027, 5, 3))
    assert _event(b, "called").type == "REQUEST"


# ---- events/timing.py: a time in what a speaker reports does not date a relative clause on the speaker


def test_a_relative_clause_on_the_speaker_is_not_dated_by_the_reported_time(nlp):
    text = ("Kenyan President Daniel Mwangi, who hosted the talks, said monitors would be sent to the "
            "border within two weeks.")
    a = _run(nlp, text, date(2027, 6, 8))
    talks = _event(a, "talks")  # a gathering hosted is the event (senses.hosted_gathering)
    assert talks.when is None or talks.when.text != "within two weeks"


def test_a_time_on_the_saying_still_dates_the_reported_attack(nlp):
    a = _run(nlp, "On Monday, officials said rebels attacked the town.", date(2027, 6, 9))
    attacked = _event(a, "attacked")
    assert (attacked.when.value, attacked.when.text) == ("2027-06-07", "Monday")


# ---- modality.py + modality_cues.tsv (extraposed): "it is difficult to hold talks" holds none


def test_talks_it_is_difficult_to_hold_are_hypothetical(nlp):
    text = '"It is difficult to hold productive talks in this atmosphere," a senior official said.'
    a = _run(nlp, text, date(2027, 4, 7))
    assert _event(a, "talks").modality == "hypothetical"


def test_difficult_talks_were_still_held(nlp):
    a = _run(nlp, "The talks in Geneva were difficult, officials said.", date(2027, 4, 7))
    assert _event(a, "talks").modality == "happened"


# ---- timex/exclusions.py: a rank is no day of the month, a gap against a plan is no date


def test_an_ordinal_that_ranks_a_package_is_no_day_of_the_month(nlp):
    text = "The package, the 14th since the war began, needs the backing of all member states."
    a = _run(nlp, text, date(2027, 2, 11))
    assert [t.text for t in a.times if t.text == "the 14th"] == []


def test_an_ordinal_after_on_or_until_is_still_a_day(nlp):
    text = "The vote will be held on the 21st. Talks run until the 28th, officials said."
    a = _run(nlp, text, date(2027, 2, 11))
    values = {t.text: t.value for t in a.times}
    assert values["the 21st"] == "2027-02-21"
    assert values["the 28th"] == "2027-02-28"


def test_later_than_planned_is_no_date(nlp):
    a = _run(nlp, "The package was adopted two weeks later than planned.", date(2027, 3, 9))
    assert [t.text for t in a.times] == []
    b = _run(nlp, "The talks resumed two weeks later.", date(2027, 3, 9))
    assert [t.text for t in b.times] == ["two weeks later"]


# ---- attribution/constructions.py: a closing "according to" an outlet relays the report it ends


def test_a_closing_according_to_an_agency_relays_the_statement(nlp):
    text = ("Interior Minister Olek Varn said five civilians had been killed in the shelling, according to "
            "the state news agency.")
    a = _run(nlp, text, date(2027, 6, 10))
    q = _quote(a, "say", "Olek Varn")
    assert q.text == "five civilians had been killed in the shelling"
    assert (q.span.start, q.span.end) == (text.index("five"), text.index(", according"))
    assert q.relayed_by == "the state news agency"
    five = _figure(a, "five")
    assert five.attributed_to == q.id


def test_a_closing_according_to_a_named_agency_relays_too(nlp):
    text = "The Kremlin said it would respond to the measures, according to RIA news agency."
    a = _run(nlp, text, date(2027, 3, 9))
    q = _quote(a, "say", "Kremlin")
    assert q.text == "it would respond to the measures"
    assert q.relayed_by == "RIA news agency"


def test_according_to_data_stays_inside_the_statement(nlp):
    text = "The minister said the economy grew 3%, according to official data."
    a = _run(nlp, text, date(2027, 3, 9))
    q = _quote(a, "say", "minister")
    assert q.relayed_by is None
    assert q.text.endswith("according to official data")


# ---- attribution/__init__.py: a closing "Z reported" cuts the content it closes


def test_a_closing_outlet_report_cuts_a_coordinated_content(nlp):
    text = ("Cabinet Secretary Yuko Shimada said Tokyo regretted the decision but remained ready for "
            "dialogue, Kyodo news agency reported.")
    a = _run(nlp, text, date(2027, 4, 7))
    q = _quote(a, "say", "Yuko Shimada")
    assert q.text == "Tokyo regretted the decision but remained ready for dialogue"
    assert q.relayed_by == "Kyodo news agency"


# ---- attribution/anaphora.py: "he added" after a report is not someone that report names


def test_he_added_after_a_report_is_the_earlier_speaker_not_a_name_in_the_report(nlp):
    text = ('"The minister hopes to open a new chapter," spokesman Kazuo Endo said. '
            "Tanabe will also call on President Lee Seung-woo during the two-day trip, he added.")
    a = _run(nlp, text, date(2027, 4, 2))
    q = _quote(a, "add", "he")
    endo = _entity(a, "Kazuo Endo")
    assert q.speaker_entity == endo.id


# ---- entities: Korean names with a hyphenated given name, and a country's official by surname


def test_a_hyphenated_korean_given_name_stays_in_the_name_and_the_surname_joins_it(nlp):
    text = ("Tanabe held talks with his counterpart Park Min-jae in Seoul on Friday. "
            "Park told reporters the two sides had agreed to share intelligence.")
    a = _run(nlp, text, date(2027, 4, 24))
    park = _entity(a, "Park Min-jae")
    assert park.kind == "PERSON"
    assert [e.name for e in a.entities if e.name in {"Park", "Park Min"}] == []
    mention = next(m for m in a.mentions if text[m.span.start:m.span.end] == "Park Min-jae")
    assert (mention.span.start, mention.span.end) == (text.index("Park Min-jae"), text.index(" in Seoul"))


def test_a_name_made_a_modifier_with_a_hyphen_is_not_grown(nlp):
    a = _run(nlp, "A Lee-led coalition won the vote, officials said.", date(2027, 4, 24))
    assert not any(e.name.startswith("Lee-") for e in a.entities)


def test_a_countrys_surname_the_model_calls_a_place_is_a_person(nlp):
    text = "Hungary's Szabo told state media that Budapest had secured a written commitment from the Commission."
    a = _run(nlp, text, date(2027, 3, 9))
    assert _entity(a, "Szabo").kind == "PERSON"  # the model says GPE


def test_a_countrys_company_stays_an_organisation(nlp):
    a = _run(nlp, "Russia's Gazprom said gas flows would resume on Monday.", date(2027, 3, 9))
    assert all(e.kind != "PERSON" for e in a.entities if e.name == "Gazprom")


def test_a_date_the_model_calls_a_law_is_no_entity(nlp):
    text = "Ambassadors aim to adopt the package before Feb 24, the anniversary of the invasion."
    a = _run(nlp, text, date(2027, 2, 11))
    assert [e.name for e in a.entities if "Feb" in e.name] == []


def test_a_quotations_own_i_think_does_not_take_its_figures_from_the_quoted_speaker(nlp):
    # review: "I" inside a quotation is its speaker again; the figure stays the named speaker's, so
    # two figures of one quotation are never two sources disputing one count
    text = ('Asked about the war, she stated, "When I look at this, inaction would have turned Velora into '
            'a ruin," adding, "I think maybe 1,500 people were killed last year in Velora compared to '
            'probably 150,000 in Sarnia."')
    a = _run(nlp, text, date(2016, 2, 1))
    speakers = {q.id: q.speaker for q in a.quotes}
    assert speakers[_figure(a, "1,500").attributed_to] == speakers[_figure(a, "150,000").attributed_to] == "she"
