"""Attribution round 11 (fresh wire copy outside US politics: markets, courts, health agencies,
sports, police, state media): a source phrase appended after what it reports, a report relayed by
an outlet that "reported" it, "was quoted by X as saying", a refusal that says nothing, a clause a
following reporting verb takes as its content, an estimate's valuation that stops at a second
clause, objects that make a cue an act, and speakers carried on by "the company", "the grandmother
of four", "the residents' lawyer" and a pronoun after a name with a person apposition. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.attribution.learned import CueModel
from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Article, text_id

AID = "a1"
OFF = CueModel(weights={}, filter_threshold=None, add_threshold=None)  # the hand rules alone


def _quotes(nlp, text, model=None):
    return extract_quotes(nlp(text), AID, [], "Outlet", cue_model=model)


def _by_cue(quotes, lemma):
    return [q for q in quotes if q.cue_lemma == lemma]


def _analysis(nlp, text):
    article = Article(text_id(text), "test", text, title="t", published=date(2031, 3, 10), published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def _name(analysis, entity_id):
    return next((e.name for e in analysis.entities if e.id == entity_id), None)


# ---------------------------------------------------------------- speakers the parse loses


def test_source_phrase_appended_after_the_clause_is_the_speaker(nlp):
    text = ("Velmont Pharma is in talks to buy rival Oxbridge Biologics, a person familiar with the matter said, "
            "speaking on condition of anonymity because the talks are private.")
    for model in (None, OFF):
        [said] = _by_cue(_quotes(nlp, text, model), "say")
        assert said.speaker == "a person familiar with the matter"
        assert said.text == "Velmont Pharma is in talks to buy rival Oxbridge Biologics"


def test_participle_after_an_appended_source_is_the_sources_and_ends_no_content(nlp):
    text = "The lender plans to cut 2,000 jobs in Italy, a source with knowledge of the plan said, declining to be named."
    quotes = _quotes(nlp, text)
    [said] = _by_cue(quotes, "say")
    assert (said.speaker, said.text) == ("a source with knowledge of the plan", "The lender plans to cut 2,000 jobs in Italy")
    [declined] = _by_cue(quotes, "decline")
    assert declined.speaker == "a source with knowledge of the plan"
    # the plan reported inside the statement stops before the source of the reporting clause
    assert all("source" not in q.text for q in _by_cue(quotes, "plan"))


def test_the_one_quoted_as_saying_speaks_and_the_agent_relays(nlp):
    text = "Coach Ana Ribeiro was quoted by the newspaper A Bola as saying the squad was exhausted."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert (said.speaker, said.relayed_by, said.text) == ("Coach Ana Ribeiro", "the newspaper A Bola", "the squad was exhausted")


# ---------------------------------------------------------------- relays


def test_report_inside_a_trailing_reported_clause_is_relayed_by_its_speaker(nlp):
    text = "Serbia will not join the sanctions, President Aleksandar Vucic said on Sunday, Tanjug news agency reported."
    quotes = _quotes(nlp, text)
    [said] = _by_cue(quotes, "say")
    assert (said.speaker, said.relayed_by) == ("President Aleksandar Vucic", "Tanjug news agency")
    # the outlet's own report stays, as for "according to", and relays nothing itself
    [reported] = _by_cue(quotes, "report")
    assert (reported.speaker, reported.relayed_by) == ("Tanjug news agency", None)


def test_a_denial_of_a_report_relays_nothing(nlp):
    text = "The club denied that its captain had said he wanted to leave."
    said = _by_cue(_quotes(nlp, text), "say")
    assert all(q.relayed_by is None for q in said)


# ---------------------------------------------------------------- nothing said


def test_speech_verb_under_a_refusal_is_no_statement(nlp):
    text = "The club declined to say how much the striker had cost."
    quotes = _quotes(nlp, text)
    assert not _by_cue(quotes, "say")
    [declined] = _by_cue(quotes, "decline")
    assert declined.stance == "refusal" and declined.speaker == "The club"


def test_stance_verb_under_a_refusal_still_stands(nlp):
    text = "The union refused to endorse the pay offer."
    assert _by_cue(_quotes(nlp, text), "refuse")


def test_clause_that_a_following_reporting_verb_takes_is_not_a_parenthetical(nlp):
    text = '"The river rose in minutes. Nobody warned the campers," the ranger said.'
    quotes = _quotes(nlp, text)
    assert not _by_cue(quotes, "warn")
    [said] = _by_cue(quotes, "say")
    assert said.text == "The river rose in minutes. Nobody warned the campers"


def test_objects_that_make_a_cue_an_act(nlp):
    text = "He answered the phone on the second ring. The accused showed no remorse."
    quotes = _quotes(nlp, text, OFF)
    assert not _by_cue(quotes, "answer") and not _by_cue(quotes, "show")


def test_estimate_valuation_stops_at_a_second_clause(nlp):
    text = "Unions estimated turnout at 80 percent, while employers put the figure at 35 percent."
    quotes = _quotes(nlp, text)
    [estimated] = _by_cue(quotes, "estimate")
    assert estimated.text == "turnout at 80 percent"
    [put] = _by_cue(quotes, "put")
    assert (put.speaker, put.text) == ("employers", "the figure at 35 percent")


# ---------------------------------------------------------------- speakers resolved across sentences


def test_the_company_carries_on_the_body_that_spoke_before(nlp):
    text = ("Brightwater Mining said on Friday that ore output fell by a tenth in the quarter. "
            "The company blamed heavy rain at its pits.")
    a = _analysis(nlp, text)
    blamed = next(q for q in a.quotes if q.cue_lemma == "blame")
    assert blamed.speaker == "The company"
    assert _name(a, blamed.speaker_entity) == "Brightwater Mining"
    assert "the body that spoke in the report before it" in blamed.speaker_reason


def test_a_body_called_by_another_noun_is_not_carried_on(nlp):
    text = ("The Financial Conduct Authority said it had opened an investigation. "
            "The company said it would cooperate fully.")
    a = _analysis(nlp, text)
    second = [q for q in a.quotes if q.speaker == "The company"]
    assert second and second[0].speaker_entity is None


def test_a_counted_kin_description_refers_to_the_person_just_named(nlp):
    text = ("Tomasz Nowak, 44, lost his job at the mine in March. "
            "The father of three said he could no longer pay the rent.")
    a = _analysis(nlp, text)
    said = next(q for q in a.quotes if q.cue_lemma == "say")
    assert said.speaker == "The father of three"
    assert _name(a, said.speaker_entity) == "Tomasz Nowak"


def test_pronoun_after_a_name_with_a_person_apposition(nlp):
    text = ("Keiko Tanabe, the head of the nurses' union, said staff were exhausted.\n\n"
            "She said the union would ballot its members next month.")
    a = _analysis(nlp, text)
    she = next(q for q in a.quotes if q.speaker == "She")
    assert _name(a, she.speaker_entity) == "Keiko Tanabe"
    assert "a person by its apposition" in she.speaker_reason or "PERSON" in she.speaker_reason


def test_age_description_after_an_occupation_apposition(nlp):
    text = ("A former auditor at the bank, Irena Kowalczyk, testified that she had flagged the loans in 2019. "
            "The 58-year-old told the court she had been ignored.")
    a = _analysis(nlp, text)
    told = next(q for q in a.quotes if q.speaker == "The 58-year-old")
    assert _name(a, told.speaker_entity) == "Irena Kowalczyk"


def test_role_noun_with_a_noun_possessor_refers_to_whoever_had_that_role(nlp):
    text = ("Jonas Weber, a lawyer for the residents, said the council had ignored the flood surveys. "
            "The residents' lawyer added that they would go to court.")
    a = _analysis(nlp, text)
    added = next(q for q in a.quotes if q.cue_lemma == "add")
    assert added.speaker == "The residents' lawyer"
    assert _name(a, added.speaker_entity) == "Jonas Weber"


def test_first_person_report_inside_a_quotation_is_not_relayed(nlp):
    text = '"We always knew the bridge was unsafe," said Petra Holm, a local engineer.'
    knew = _by_cue(_quotes(nlp, text), "know")
    assert all(q.relayed_by is None for q in knew)


def test_a_deal_agreed_somewhere_that_calls_for_something_reports_nothing(nlp):
    # session 10: the parser makes "agreed" the main verb and the real predicate its complement
    quotes = _quotes(nlp, "The deal agreed in Doha calls for a 72-hour truce.")
    assert _by_cue(quotes, "agree") == []
    quotes = _quotes(nlp, "The prisoner exchange agreed last Monday remained on track, officials said.")
    assert _by_cue(quotes, "agree") == []
    [said] = _by_cue(quotes, "say")
    assert said.text == "The prisoner exchange agreed last Monday remained on track"
    # a cue with a subject clause of its own still reports it
    quotes = _quotes(nlp, "The ministers agreed the talks would resume on Monday.")
    assert [q.text for q in _by_cue(quotes, "agree")] == ["the talks would resume on Monday"]


def test_a_share_after_the_cue_is_never_its_speaker(nlp):
    quotes = _quotes(nlp, "Lenhart has said the plant lost 60% of its output; the operator, Varnergo, says 40%.")
    assert all(q.speaker not in {"40%", "%"} for q in quotes)
    [lenhart] = [q for q in quotes if q.speaker == "Lenhart"]
    assert lenhart.text == "the plant lost 60% of its output"


def test_a_cited_source_speaks_and_the_one_citing_it_relays(nlp):
    quotes = _quotes(nlp, "Citing two officials, Reuters reported that the talks had collapsed.")
    [cited] = _by_cue(quotes, "cite")
    assert (cited.speaker, cited.relayed_by, cited.text) == ("two officials", "Reuters", "that the talks had collapsed")
    [report] = _by_cue(quotes, "report")
    assert (report.speaker, report.relayed_by) == ("Reuters", None)  # the citer's own report stays
    quotes = _quotes(nlp, "The ministry, citing intelligence reports, said 40 militants were killed.")
    [cited] = _by_cue(quotes, "cite")
    assert (cited.speaker, cited.relayed_by, cited.text) == ("intelligence reports", "The ministry", "40 militants were killed")


def test_no_one_relays_their_own_statement(nlp):
    # a pronoun or the reporter's own name inside the report: the same voice, nothing passed on
    for text in ("Lind said she had denied the report.", "Lind said that Lind had denied the report."):
        [denied] = _by_cue(_quotes(nlp, text), "deny")
        assert denied.relayed_by is None, text
    [denied] = _by_cue(_quotes(nlp, "Moroz said the minister had denied the report."), "deny")
    assert (denied.speaker, denied.relayed_by) == ("the minister", "Moroz")
