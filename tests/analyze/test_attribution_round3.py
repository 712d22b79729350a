"""Attribution round 3: cue participles on nouns, cues the parser misread as modifiers, the cue's
preposition hung on its addressee, intention infinitives and short spoken questions."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes

AID = "a1"


def _quotes(nlp, text):
    return extract_quotes(nlp(text), AID, [], "Outlet")


def _one(nlp, text, lemma):
    [q] = [q for q in _quotes(nlp, text) if q.cue_lemma == lemma]
    return q


def test_passive_cue_participle_reports_the_noun_it_modifies_with_its_agent_as_speaker(nlp):
    text = "The immigration bill, opposed by House Republicans, never became law."
    q = _one(nlp, text, "oppose")
    assert (q.cue.start, q.cue.end) == (22, 29)
    assert (q.speaker, q.text, q.span.start, q.span.end) == ("House Republicans", "The immigration bill", 0, 20)
    assert q.stance == "criticism" and q.kind == "topic"  # what the stance is about, not a statement


def test_self_described_names_self_as_the_holder_of_the_label(nlp):
    text = "Sanders, a self-described democratic socialist, won the state."
    q = _one(nlp, text, "describe")
    assert (q.speaker, q.text) == ("self", "a self-described democratic socialist")
    assert (q.speaker_span.start, q.speaker_span.end) == (11, 15)


def test_participle_without_agent_or_with_an_object_outside_the_cue_frame_reports_nothing(nlp):
    assert _quotes(nlp, "Its proposed sale to InBev was approved.") == []
    assert _quotes(nlp, "The equity held by Mr. Effron is worth millions.") == []  # "hold" states only views


def test_past_tense_cue_read_as_a_modifier_of_its_object_is_still_a_report(nlp):
    text = "In March, Trump blasted Disney for its outrageous practices in Florida."
    q = _one(nlp, text, "blast")
    assert (q.cue.start, q.cue.end) == (16, 23)
    assert (q.speaker, q.text) == ("Trump", "Disney for its outrageous practices in Florida")


def test_cue_preposition_hung_on_the_addressee_gives_the_content(nlp):
    text = ("Massachusetts Secretary of State William Galvin is reminding Hillary Clinton’s campaign "
            "about state election laws.")
    q = _one(nlp, text, "remind")
    assert q.speaker == "Massachusetts Secretary of State William Galvin"
    assert (q.text, q.span.start, q.span.end) == ("about state election laws", 88, 113)


def test_decide_reports_an_infinitive_but_not_a_plain_object(nlp):
    q = _one(nlp, "On Monday, Teachout decided to bypass Faso himself and go after his donor.", "decide")
    assert (q.speaker, q.text, q.stance) == ("Teachout", "to bypass Faso himself and go after his donor", "intention")
    assert _quotes(nlp, "The judge decided the case on Monday.") == []


def test_two_word_question_opening_its_sentence_is_what_the_cue_after_it_reports(nlp):
    text = "He looked at the crowd.\n“But why?” reporter Jackie Nespral asked him."
    q = _one(nlp, text, "ask")
    assert (q.speaker, q.text, q.kind) == ("reporter Jackie Nespral", "But why?", "direct")
    assert (q.span.start, q.span.end) == (25, 33)


def test_agree_with_and_liken_to_report_their_prepositional_content(nlp):
    q = _one(nlp, "The American Medical Association agrees with Dean on guns.", "agree")
    assert (q.speaker, q.text) == ("The American Medical Association", "with Dean")
    q = _one(nlp, "Critics have likened the rallies to fascist salutes.", "liken")
    assert (q.speaker, q.text) == ("Critics", "the rallies to fascist salutes")


def test_sentence_opening_imperative_reports_nothing_but_a_stated_comparison_does(nlp):
    assert [q for q in _quotes(nlp, "Compare my case to his.") if q.cue_lemma == "compare"] == []
    q = _one(nlp, "Critics compared the rallies to fascist salutes.", "compare")
    assert (q.speaker, q.text) == ("Critics", "the rallies to fascist salutes")


def test_add_with_a_plain_object_is_arithmetic_not_a_report(nlp):
    assert [q for q in _quotes(nlp, "The economy added 200,000 jobs in May.") if q.cue_lemma == "add"] == []
