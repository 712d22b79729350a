"""Figures after a noun whose topic follows "about", and purpose infinitives on passive participles
(real-article round 20, helper 191).

Found on real reports of hacks blamed on states: "a comedy film about two journalists" was read as
"roughly two journalists"; after a work or a word whose topic follows "about" (film, book, story,
question, concern...) "about" opens that topic and hedges no number, elsewhere it still does. And
"journalists recruited by the agency to assassinate the leader" put the assassination in the
timeline as done: a to-infinitive of purpose on a passive participle tells what someone was enlisted
for, which is planned, not happened; an active verb's purpose ("stayed home to protest") keeps the
verb's past. Sentences written for the test.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at, figure_among, nth_index, quantities_of

PUBLISHED = date(2024, 5, 10)

# ---- quantities.qualifiers._qualifier, _GOVERNED_PREPS["about"]

FILM = "The studio will release a comedy film about two journalists who travel to a secretive state."
BOOK = "She wrote a book about three brothers who fled the war."
QUESTIONS = "Auditors raised questions about 300 missing files at the agency."
HEDGED = "The hackers demanded a ransom of about $51,000 in bitcoin, and about 40 computers were locked."


def test_about_after_a_film_opens_its_topic_not_a_hedge(nlp):
    q = figure_among(quantities_of(nlp, FILM), FILM, "two")
    assert q.low == q.high == 2
    assert q.approx is None
    assert q.span.start == nth_index(FILM, "two")


def test_about_after_a_book_or_questions_hedges_no_number(nlp):
    for text, number, value in ((BOOK, "three", 3), (QUESTIONS, "300", 300)):
        q = figure_among(quantities_of(nlp, text), text, number)
        assert q.low == q.high == value
        assert q.approx is None


def test_about_elsewhere_still_hedges(nlp):
    figures = quantities_of(nlp, HEDGED)
    assert figure_among(figures, HEDGED, "51,000").approx == "about"
    assert figure_among(figures, HEDGED, "40").approx == "about"


# ---- modality._tense, _purpose_infinitive

RECRUITED = "In the film, two reporters are recruited by a spy agency to assassinate the general."
PLOT = "Two comedians star as radio hosts involved in a CIA plot to assassinate the dictator."
ACTIVE = "Thousands of workers stayed home on Monday to protest against the new tax."


def test_infinitive_of_purpose_on_a_passive_is_planned(nlp):
    for text in (RECRUITED, PLOT):
        e = event_at(analyse(nlp, text, PUBLISHED), text, "assassinate")
        assert e.type == "ASSAULT"
        assert e.modality == "planned"


def test_infinitive_of_purpose_on_an_active_verb_keeps_its_past(nlp):
    e = event_at(analyse(nlp, ACTIVE, PUBLISHED), ACTIVE, "protest")
    assert e.modality == "happened"
