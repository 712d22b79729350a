"""Attribution round 6 (cue recall): headline cues joined to a first one or closing the headline,
demonstrative and free-relative objects of reporting verbs, and the learned finder's frames for
predicate cue nouns. Values and offsets on small hand-built texts."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.attribution.constructions import _headline_cues
from storyline.analyze.attribution.learned import CueModel

AID = "a1"
OFF = CueModel(weights={}, filter_threshold=None, add_threshold=None)  # the hand rules alone


def _quotes(nlp, text, model=OFF):
    return extract_quotes(nlp(text), AID, [], None, cue_model=model)


def _view(q):
    return (q.cue_lemma, q.cue.start, q.cue.end, q.speaker, q.speaker_span.start, q.speaker_span.end,
            q.text, q.span.start, q.span.end)


# ---------------------------------------------------------------- headlines


def test_headline_cue_joined_by_and_is_a_second_statement_of_the_same_name(nlp):
    text = "France’s Marine Le Pen Backs Trump And Denounces Clinton"
    qs = _quotes(nlp, text)
    assert [_view(q) for q in qs] == [
        ("back", 23, 28, "France’s Marine Le Pen", 0, 22, "Trump", 29, 34),
        ("denounce", 39, 48, "France’s Marine Le Pen", 0, 22, "Clinton", 49, 56),
    ]
    assert [q.stance for q in qs] == ["support", "criticism"]


def test_headline_cue_after_a_comma_shares_the_name(nlp):
    text = "Clinton Praises Obama, Attacks Trump Over Trade Deals"
    qs = _quotes(nlp, text)
    assert [_view(q) for q in qs] == [
        ("praise", 8, 15, "Clinton", 0, 7, "Obama", 16, 21),
        ("attack", 23, 30, "Clinton", 0, 7, "Trump Over Trade Deals", 31, 53),
    ]


def test_headline_ending_in_a_name_and_cue_reports_what_stands_before_the_comma(nlp):
    text = "Ted Cruz Wins Iowa, Board Of Election Finds"
    [q] = _quotes(nlp, text)
    assert _view(q) == ("find", 38, 43, "Board Of Election", 20, 37, "Ted Cruz Wins Iowa", 0, 18)
    assert q.stance == "evidence"


def test_headline_closing_name_may_take_a_short_object(nlp):
    text = "Guns Are A Public Health Crisis, Howard Dean Tells Democratic Convention"
    [q] = _quotes(nlp, text)
    assert _view(q) == ("tell", 45, 50, "Howard Dean", 33, 44, "Guns Are A Public Health Crisis", 0, 31)


def test_headline_closing_phrase_with_a_preposition_is_no_name(nlp):
    # "Despite Snow In Iowa" is set in title case but is an adverbial phrase, not a speaker
    text = "Voters Head To The Polls, Despite Snow In Iowa Tells Little"
    assert _headline_cues(nlp(text), [], []) == []
    text = "Voters Head To The Polls, Board Of Election Tells Little"
    [f] = _headline_cues(nlp(text), [], [])
    assert (f.cue, f.speaker, f.content) == ((44, 49), (26, 43), (0, 24))


# ---------------------------------------------------------------- pronoun and free-relative objects


def test_demonstrative_object_of_a_reporting_verb_is_the_content(nlp):
    text = "He has said that before."
    [q] = _quotes(nlp, text)
    assert (q.cue_lemma, q.cue.start, q.cue.end, q.speaker) == ("say", 7, 11, "He")
    assert (q.text, q.span.start, q.span.end) == ("that", 12, 16)


def test_demonstrative_object_of_a_judgement_cue_is_not_content(nlp):
    text = "The senator opposed it."
    assert _quotes(nlp, text) == []


def test_free_relative_what_is_the_content_of_its_cue(nlp):
    text = "What she truly believes remains a mystery for many voters."
    [q] = _quotes(nlp, text)
    assert (q.cue_lemma, q.cue.start, q.cue.end, q.stance) == ("believe", 15, 23, "estimate")
    assert (q.speaker, q.speaker_span.start, q.speaker_span.end) == ("she", 5, 8)
    assert (q.text, q.span.start, q.span.end) == ("What", 0, 4)


# ---------------------------------------------------------------- learned finder frames


def test_finder_reads_the_copula_subject_as_holder_of_a_predicate_cue_noun(nlp):
    model = CueModel(weights={"bias": -5.0, "l=surrogate": 10.0}, filter_threshold=None, add_threshold=0.5)
    text = "Wesley Clark is a surrogate for the Clinton campaign."
    [q] = _quotes(nlp, text, model)
    assert _view(q) == ("surrogate", 18, 27, "Wesley Clark", 0, 12, "the Clinton campaign", 32, 52)
    assert "subject of the copula" in q.reason


def test_finder_attribution_may_hold_a_rule_report_in_its_content(nlp):
    # the annotation flattens the inner report ("decision") into the outer one; the extractor keeps both
    model = CueModel(weights={"bias": -5.0, "l=celebrate": 10.0}, filter_threshold=None, add_threshold=0.5)
    text = "Mrs. Clinton celebrated the Justice Department's decision not to indict her."
    outer, inner = _quotes(nlp, text, model)
    assert _view(outer) == ("celebrate", 13, 23, "Mrs. Clinton", 0, 12,
                            "the Justice Department's decision not to indict her", 24, 75)
    assert outer.reason.startswith("learned cue")
    assert _view(inner) == ("decision", 49, 57, "the Justice Department's", 24, 48, "not to indict her", 58, 75)


# ---------------------------------------------------------------- findings of documents, "as" predicates


def test_survey_finding_states_its_object(nlp):
    text = "The poll found a lead for Clinton."
    [q] = _quotes(nlp, text)
    assert _view(q) == ("find", 9, 14, "The poll", 0, 8, "a lead for Clinton", 15, 33)
    assert q.stance == "evidence"


def test_person_finding_an_object_reports_nothing(nlp):
    assert _quotes(nlp, "He found a job in Ohio.") == []


def test_as_predicate_read_as_an_adverbial_clause_makes_see_a_view(nlp):
    text = "Four in 10 voters see the campaign of Donald Trump as most unfair."
    [q] = _quotes(nlp, text)
    assert _view(q) == ("see", 18, 21, "Four in 10 voters", 0, 17,
                        "the campaign of Donald Trump as most unfair", 22, 65)


def test_as_soon_as_is_no_predicate(nlp):
    assert _quotes(nlp, "They saw the movie as soon as it came out.") == []


def test_finder_does_not_frame_a_rule_report_it_governs_by_a_complement(nlp):
    # "were more likely to say": the report is "say"; "likely" only frames it
    model = CueModel(weights={"bias": -5.0, "l=likely": 10.0}, filter_threshold=None, add_threshold=0.5)
    text = "Democratic voters were more likely to say that Clinton represents their positions."
    [q] = _quotes(nlp, text, model)
    assert (q.cue_lemma, q.speaker, q.text) == ("say", "Democratic voters", "that Clinton represents their positions")
    assert (q.cue.start, q.cue.end, q.span.start, q.span.end) == (38, 41, 42, 81)


def test_finder_leaves_an_issuing_verb_to_the_noun_cue_it_governs(nlp):
    model = CueModel(weights={"bias": -5.0, "l=make": 10.0}, filter_threshold=None, add_threshold=0.5)
    text = "Cruz made the case that the fight was still early."
    [q] = _quotes(nlp, text, model)
    assert (q.cue_lemma, q.speaker, q.text) == ("case", "Cruz", "that the fight was still early")
