"""Attribution round 12 (fresh conflict and diplomacy wire copy): a denial that names what it
rejects "as" something, a request for anonymity that asks no question, a reporting clause closing
the sentence after a long name the tagger read as a participle, "X quoted Y as saying", officials
named with their seat ("officials in Kyiv"), an outlet's "..., Tass reported" the parse nested in
the report it closes, and a closing apposition that renames the statement ("a claim that could not
be verified", "a charge X denied"). Sentences written for these tests."""

from __future__ import annotations

from .test_attribution_round11 import OFF, _by_cue, _quotes


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


# ---------------------------------------------------------------- stances


def test_a_denial_that_names_what_it_rejects_as_something_stays_a_denial(nlp):
    text = "The embassy dismissed the report as propaganda aimed at the diaspora."
    for model in (None, OFF):
        [dismissed] = _by_cue(_quotes(nlp, text, model), "dismiss")
        assert (dismissed.speaker, dismissed.stance) == ("The embassy", "denial")
        assert dismissed.text == "the report as propaganda aimed at the diaspora"
        assert (dismissed.span.start, dismissed.span.end) == _span(text, dismissed.text)


def test_calling_someone_something_still_characterises(nlp):
    [called] = _by_cue(_quotes(nlp, "The envoy called the proposal a trap."), "call")
    assert called.stance == "neutral"


def test_asking_not_to_be_identified_is_a_request_not_a_question(nlp):
    text = "A European diplomat, who asked not to be identified, said the sanctions package was ready."
    quotes = _quotes(nlp, text)
    [asked] = _by_cue(quotes, "ask")
    assert (asked.stance, asked.text) == ("demand", "not to be identified")
    [said] = _by_cue(quotes, "say")
    assert said.speaker == "A European diplomat" and said.text == "the sanctions package was ready"


def test_asking_whether_stays_a_question(nlp):
    [asked] = _by_cue(_quotes(nlp, "Reporters asked whether the border would reopen."), "ask")
    assert asked.stance == "question"


# ---------------------------------------------------------------- reporting clauses and relays


def test_closing_reporting_clause_read_as_a_participle_after_a_long_name(nlp):
    text = "Enemy units are regrouping south of the dam, the Centre for Defence Strategies assessed on Monday."
    for model in (None, OFF):
        [assessed] = _by_cue(_quotes(nlp, text, model), "assess")
        assert (assessed.speaker, assessed.stance) == ("the Centre for Defence Strategies", "estimate")
        assert assessed.text == "Enemy units are regrouping south of the dam"
        assert (assessed.span.start, assessed.span.end) == (0, 43)


def test_the_one_an_agency_quoted_as_saying_speaks_and_the_agency_relays(nlp):
    text = "Tass quoted Energy Minister Boris Volkhin as saying that exports to Asia would double."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert (said.speaker, said.relayed_by) == ("Energy Minister Boris Volkhin", "Tass")
    assert said.text == "that exports to Asia would double"
    assert "object of 'quoted ... as'" in said.reason


def test_an_outlet_closing_a_report_relays_it(nlp):
    text = "The rebel commander Yusuf Adan said his fighters would leave the port by Friday, Tass reported."
    quotes = _quotes(nlp, text)
    [said] = _by_cue(quotes, "say")
    assert (said.speaker, said.relayed_by) == ("The rebel commander Yusuf Adan", "Tass")
    assert said.text == "his fighters would leave the port by Friday"
    assert (said.span.start, said.span.end) == _span(text, said.text)
    [reported] = _by_cue(quotes, "report")
    assert (reported.speaker, reported.relayed_by) == ("Tass", None)
    assert reported.text == "The rebel commander Yusuf Adan said his fighters would leave the port by Friday"


# ---------------------------------------------------------------- speakers


def test_officials_named_with_their_seat(nlp):
    text = "Officials in Tbilisi said the pipeline had been sabotaged."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert said.speaker == "Officials in Tbilisi"
    assert (said.speaker_span.start, said.speaker_span.end) == (0, 20)


def test_an_occasion_after_a_speaker_is_not_its_seat(nlp):
    [said] = _by_cue(_quotes(nlp, "The ministry in a statement said the pipeline had been sabotaged."), "say")
    assert said.speaker == "The ministry"


# ---------------------------------------------------------------- where contents end


def test_closing_apposition_renaming_the_statement_is_not_said(nlp):
    text = "The navy said its frigate had sunk two attack boats, a claim that could not be confirmed."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert said.text == "its frigate had sunk two attack boats"
    assert (said.span.start, said.span.end) == _span(text, said.text)


def test_a_denial_inside_the_renaming_apposition_denies_the_statement(nlp):
    text = "Georgian officials said Moscow had moved the border markers again, an accusation the Kremlin rejected."
    quotes = _quotes(nlp, text)
    [said] = _by_cue(quotes, "say")
    assert said.text == "Moscow had moved the border markers again"
    [rejected] = _by_cue(quotes, "reject")
    assert (rejected.speaker, rejected.stance, rejected.text) == ("the Kremlin", "denial", said.text)


def test_a_source_named_by_the_apposition_noun_still_speaks(nlp):
    text = "Turnout fell below 40 percent, a report by the observers said."
    [said] = _by_cue(_quotes(nlp, text), "say")
    assert said.text == "Turnout fell below 40 percent"

