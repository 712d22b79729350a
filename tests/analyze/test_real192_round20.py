"""Headline lines and reduced passive belief participles (real-article round 20, helper 192).

Each test checks one rule found on real reports of migrant boat disasters, on sentences written
for the test: a page's headline (or a left-over label such as "Published") stands on its own line,
one line break above the body, with no stop at its end; the parser ran it into the body's first
sentence, so the headline's subject became the speaker of the body's claim ("Over 200 migrants ...
said" for a UN figure) and the label opened the content. And "people thought to be migrants", "the
number of missing, believed to be in the hundreds" name no believer: the participle describes the
noun before it, which the tagger made the cue's subject.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution.subjects import reduced_passive_belief

from .analysed import analyse, figure_at

PUBLISHED = date(2023, 6, 16)


def _quote_with_cue(a, text: str, cue: str):
    start = text.index(cue)
    return next(q for q in a.quotes if q.cue is not None and q.cue.start == start)


# ---- nlp.paragraph_breaks (_follows_heading_line): one line break after a headline ends a sentence

HEADLINE = (
    "Dozens of migrants drown off Crete in latest shipwreck, says agency\n"
    "At least 300 people have drowned on this route this year, said the International Organization for Migration.\n"
)
LABEL = (
    "Ferry sinks near island\n"
    "- Published\n"
    "Five people died after a boat capsized during an attempt to reach the island, according to the coastguard.\n"
)
WRAPPED = (
    "The harbour master said on\n"
    "Tuesday that the ferry had sunk.\n"
)


def test_a_headline_line_is_not_the_speaker_of_the_body(nlp):
    a = analyse(nlp, HEADLINE, PUBLISHED)
    said = _quote_with_cue(a, HEADLINE, "said the")
    assert said.speaker == "the International Organization for Migration"
    body = HEADLINE.index("At least 300")
    assert said.span.start == body
    assert figure_at(a, HEADLINE, "300").attributed_to is not None
    assert any(s.start == body for s in (q.sentence for q in a.quotes))


def test_a_label_line_stays_out_of_the_content_and_keeps_its_first_word(nlp):
    a = analyse(nlp, LABEL, PUBLISHED)
    quote = _quote_with_cue(a, LABEL, "according to")
    assert quote.span.start == LABEL.index("Five people")
    assert "Published" not in quote.text
    assert quote.speaker == "the coastguard"


def test_a_hard_wrapped_sentence_is_not_cut(nlp):
    a = analyse(nlp, WRAPPED, PUBLISHED)
    said = _quote_with_cue(a, WRAPPED, "said")
    assert said.speaker == "The harbour master"
    assert said.sentence.start == 0 and said.sentence.end > WRAPPED.index("Tuesday")


# ---- attribution.subjects.reduced_passive_belief: "people thought to be migrants" names no believer

CAPTION = "A lifeboat with dozens of people thought to be migrants on board arrived in Dover on Monday."
APPOSED = "The coastguard said the boat had sunk and that the number of missing, believed to be in the hundreds, remained unclear."
ACTIVE = "The coastguard believed the boat to be sinking."
HOPED = "The survivors believed they would reach Italy."
FRONTED = "The skipper survived what many officials believed to be a fatal error."


def test_a_participle_after_its_noun_names_no_believer(nlp):
    a = analyse(nlp, CAPTION, PUBLISHED)
    thought = _quote_with_cue(a, CAPTION, "thought")
    assert thought.speaker is None


def test_an_apposed_participle_names_no_believer(nlp):
    a = analyse(nlp, APPOSED, PUBLISHED)
    believed = _quote_with_cue(a, APPOSED, "believed")
    assert believed.speaker is None
    assert _quote_with_cue(a, APPOSED, "said").speaker == "The coastguard"


def test_an_active_belief_keeps_its_believer(nlp):
    for text in (ACTIVE, HOPED):
        a = analyse(nlp, text, PUBLISHED)
        assert _quote_with_cue(a, text, "believed").speaker is not None


def test_a_believer_before_a_fronted_object_is_no_reduced_relative(nlp):
    doc = nlp(FRONTED)
    believed = next(t for t in doc if t.text == "believed")
    assert not reduced_passive_belief(believed)
    assert not reduced_passive_belief(next(t for t in nlp("He thought to gather his allies.") if t.text == "thought"))
