"""Attribution round 14 (fresh wire copy: strikes, courts, arrests, elections, prisoner swaps): a
particle that makes a cue verb another verb ("called off", "sworn in"), an object that makes
"release" an act and a vote count that makes "passed" one, a territorial claim, the person a
"who" clause after a description stands for, a request for something, grounds cited with their
own clause, a contrasting report after "while", times and passive subjects that are never
speakers. Sentences written for these tests."""

from __future__ import annotations

from .test_attribution_round11 import OFF, _analysis, _by_cue, _name, _quotes


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


# ---------------------------------------------------------------- verbs that are acts here


def test_a_strike_called_off_is_no_naming(nlp):
    text = "The union's planned walkout, in March, was called off hours before it was due to begin."
    for model in (None, OFF):
        assert not _by_cue(_quotes(nlp, text, model), "call")


def test_calling_off_and_calling_up_report_nothing(nlp):
    for text in ("The league called off the final after the storm.", "Thousands of reservists were called up on Friday."):
        for model in (None, OFF):
            assert not _by_cue(_quotes(nlp, text, model), "call")


def test_calling_something_a_name_still_characterises(nlp):
    text = "The mayor called the delay a disgrace."
    [called] = _by_cue(_quotes(nlp, text), "call")
    assert (called.speaker, called.text) == ("The mayor", "the delay a disgrace")
    assert (called.span.start, called.span.end) == _span(text, "the delay a disgrace")


def test_being_sworn_in_is_no_commitment_and_a_date_is_no_speaker(nlp):
    text = "The count will be certified by June 3, after which Halvorsen will be sworn in for a third term."
    for model in (None, OFF):
        assert not _by_cue(_quotes(nlp, text, model), "swear")


def test_releasing_a_prisoner_on_bail_is_no_report(nlp):
    text = "A district court on Friday released the activist Mara Olen on bail of 20,000 euros pending trial."
    assert not _by_cue(_quotes(nlp, text), "release")


def test_releasing_a_memo_is_still_read_by_the_learned_layer(nlp):
    text = "The campaign released a memo on Monday."
    [released] = _by_cue(_quotes(nlp, text), "release")
    assert released.speaker == "The campaign"


def test_passing_a_bill_by_a_counted_vote_is_an_act(nlp):
    text = "The assembly passed the budget by 88 votes to 52 on Wednesday."
    assert not _by_cue(_quotes(nlp, text), "pass")


def test_a_territorial_claim_is_no_statement(nlp):
    for text in ("Valdora claims more than a third of Sentia's territory, including two river islands.",
                 "Both countries claim sovereignty over the reef."):
        for model in (None, OFF):
            assert not _by_cue(_quotes(nlp, text, model), "claim")


def test_claiming_that_half_of_something_holds_stays_a_claim(nlp):
    text = "The company claims half of the savings came from the merger."
    [claimed] = _by_cue(_quotes(nlp, text), "claim")
    assert (claimed.speaker, claimed.stance) == ("The company", "distancing")
    assert claimed.text == "half of the savings came from the merger"
    assert (claimed.span.start, claimed.span.end) == _span(text, claimed.text)


# ---------------------------------------------------------------- speakers


def test_who_after_a_description_stands_for_the_person_described(nlp):
    text = "An official familiar with the talks, who asked not to be identified, said the deal was close."
    quotes = _quotes(nlp, text)
    [said] = _by_cue(quotes, "say")
    assert (said.speaker, said.text) == ("An official familiar with the talks", "the deal was close")
    assert (said.span.start, said.span.end) == _span(text, "the deal was close")
    # the request for anonymity stays a request (round 12), now with the official as speaker
    [asked] = _by_cue(quotes, "ask")
    assert (asked.speaker, asked.stance, asked.text) == ("An official familiar with the talks", "demand", "not to be identified")


def test_asking_for_something_is_a_request(nlp):
    text = "The defence lawyers asked for more time to review the evidence."
    [asked] = _by_cue(_quotes(nlp, text), "ask")
    assert (asked.speaker, asked.stance) == ("The defence lawyers", "demand")
    assert asked.text.startswith("for more time")
    assert asked.span.start == text.index("for more time")


def test_citing_grounds_with_a_clause_keeps_the_citer_as_speaker(nlp):
    text = ("Police in the capital on Sunday banned a march planned for Tuesday, citing information that "
            "armed groups planned to infiltrate it.")
    [cited] = _by_cue(_quotes(nlp, text), "cite")
    assert (cited.speaker, cited.relayed_by) == ("Police", None)
    # the parse hangs the clause on "citing" or on "information": either way the clause is stated
    assert cited.text.endswith("that armed groups planned to infiltrate it")
    assert (cited.span.start, cited.span.end) == _span(text, cited.text)


def test_citing_grounds_whose_clause_hangs_on_citing_is_no_relay(nlp):
    text = ('Nigerian police on Saturday banned street protests planned in Lagos for Monday, citing intelligence '
            'that "hoodlums" intended to hijack the marches.')
    [cited] = _by_cue(_quotes(nlp, text), "cite")
    assert (cited.speaker, cited.relayed_by, cited.kind) == ("Nigerian police", None, "mixed")
    assert cited.text == 'that "hoodlums" intended to hijack the marches'
    assert (cited.span.start, cited.span.end) == _span(text, cited.text)


def test_a_cited_source_without_a_clause_still_speaks(nlp):
    # round 11's convention is unchanged: the source cited speaks, the one citing relays
    [cited] = _by_cue(_quotes(nlp, "The ministry, citing intelligence reports, said 40 militants were killed."), "cite")
    assert cited.speaker == "intelligence reports" and cited.relayed_by == "The ministry"


def test_a_time_is_never_a_speaker(nlp):
    text = "The first payments were expected by the end of October."
    for q in _quotes(nlp, text):
        assert q.speaker is None or "October" not in q.speaker


def test_a_passive_cue_does_not_borrow_the_subject_it_is_joined_to(nlp):
    text = ("Three ambulances left the compound at dawn, and released hostages were seen greeting "
            "relatives at the gate, Reuters witnesses said.")
    for model in (None, OFF):
        for q in _by_cue(_quotes(nlp, text, model), "see"):
            assert q.speaker is None


def test_the_ones_told_to_leave_are_not_the_speakers(nlp):
    text = "Relatives who had gathered outside the prison waited all night before being told to leave."
    for model in (None, OFF):
        [told] = _by_cue(_quotes(nlp, text, model), "tell")
        assert told.speaker is None
        assert told.text == "to leave"


# ---------------------------------------------------------------- contrasting reports


def test_a_contrasting_estimate_after_while_ends_the_first_report(nlp):
    text = ("Police said about 6,000 people joined the march in the capital, while the teachers' union "
            "put the crowd at more than 40,000.")
    for model in (None, OFF):
        quotes = _quotes(nlp, text, model)
        [said] = _by_cue(quotes, "say")
        assert (said.speaker, said.text) == ("Police", "about 6,000 people joined the march in the capital")
        assert (said.span.start, said.span.end) == _span(text, said.text)
        [put] = _by_cue(quotes, "put")
        assert (put.speaker, put.stance, put.text) == ("the teachers' union", "estimate", "the crowd at more than 40,000")
        assert (put.span.start, put.span.end) == _span(text, put.text)


def test_a_contrasting_report_after_whereas_is_its_own(nlp):
    text = "Organisers said 30,000 people marched, whereas police said fewer than 9,000 had turned out."
    quotes = _by_cue(_quotes(nlp, text), "say")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Organisers", "30,000 people marched"), ("police", "fewer than 9,000 had turned out")]


def test_while_without_a_report_stays_in_the_content(nlp):
    text = "She said the economy grew while prices fell."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert said.text == "the economy grew while prices fell"


def test_the_crowd_figures_go_to_their_own_sources(nlp):
    text = ("Police said about 6,000 people joined the march in the capital, while the teachers' union "
            "put the crowd at more than 40,000.")
    analysis = _analysis(nlp, text)
    quotes = {q.id: q for q in analysis.quotes}
    by_value = {q.low: quotes[q.attributed_to].cue_lemma for q in analysis.quantities if q.attributed_to in quotes}
    assert by_value.get(6000.0) == "say" and by_value.get(40000.0) == "put"


# ---------------------------------------------------------------- pronouns


def test_a_pronoun_after_a_figure_clause_names_the_person_before(nlp):
    text = ("Rivera, who leads the Unity Party, received 38.2%, commission chairman Paulo Brandt told a news "
            "conference. Turnout was 58%, he said.")
    analysis = _analysis(nlp, text)
    [turnout] = [q for q in analysis.quotes if q.text == "Turnout was 58%"]
    assert turnout.speaker == "he"
    assert _name(analysis, turnout.speaker_entity) == "Paulo Brandt"


def test_a_body_named_by_its_own_noun_does_not_carry_on_a_described_speaker(nlp):
    # "the federation" is no name for "Kenyan police", the described body that spoke just before
    text = ("Kenyan police on Sunday banned marches planned in Nairobi, citing intelligence that gangs intended "
            "to hijack protests called by the country's largest teachers' federation.")
    analysis = _analysis(nlp, text)
    [called] = [q for q in analysis.quotes if q.cue_lemma == "call"]
    [cited] = [q for q in analysis.quotes if q.cue_lemma == "cite"]
    assert called.speaker == "the country's largest teachers' federation"
    assert called.speaker_entity is None or called.speaker_entity != cited.speaker_entity
