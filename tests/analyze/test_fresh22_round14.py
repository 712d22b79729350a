"""Fresh-text round 14 (22): rules found wanting on invented wire copy about a payments firm's fraud
probe (a Reuters story and its UPDATE versions), a foreign ministry's briefing transcript (a visit
announced then put off, figures disputed with a neighbour) and a border standoff. Each test uses
sentences of its own (not the round's feed) and asserts on speakers, offsets and counts.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

# ---- attribution/constructions.py (_turns): a briefing transcript labels its turns by role
# ("QUESTION:" / "SPOKESPERSON:"), naming the spokesperson once above them; the answers are the
# spokesperson's, as "A:" turns are an interviewee's

BRIEFING = ("Regular press briefing of the Ministry of Foreign Affairs, March 2, 2026\n\n"
            "Spokesperson Mara Velic hosted the briefing.\n\n"
            "QUESTION: Reports say the talks with the neighbouring country will be delayed. Can you confirm?\n\n"
            "SPOKESPERSON: The talks will go ahead as planned on Friday. Both delegations are ready.\n\n"
            "QUESTION: The other side says 300 of its citizens were expelled last month.\n\n"
            "SPOKESPERSON: That number is wrong. According to our records, only 40 people were asked to leave.\n")


def _answers(a, text: str) -> list[str]:
    return [q.text for q in a.quotes if q.speaker_span is not None
            and q.speaker_span.text_in(text) == "Spokesperson Mara Velic"]


def test_spokesperson_turns_are_the_spokespersons_words(nlp):
    a = _run(nlp, BRIEFING, date(2026, 3, 2))
    answers = _answers(a, BRIEFING)
    assert answers == ["The talks will go ahead as planned on Friday. Both delegations are ready.",
                       "That number is wrong. According to our records, only 40 people were asked to leave."]
    first = BRIEFING.index("The talks will go ahead")
    assert any(q.span.start == first and q.cue is None for q in a.quotes)


def test_question_turn_labels_are_nobodys_words(nlp):
    a = _run(nlp, BRIEFING, date(2026, 3, 2))
    labels = {BRIEFING.index(w) for w in ("QUESTION:", "SPOKESPERSON:")}
    assert not [q for q in a.quotes if q.speaker_span is not None and q.speaker_span.start in labels]
    assert not [q for q in a.quotes if q.span.text_in(BRIEFING) in {"QUESTION", "SPOKESPERSON"}]


def test_a_capitalised_label_that_is_no_turn_is_left_alone(nlp):
    text = ("Spokesperson Mara Velic hosted the briefing.\n\n"
            "WARNING: The ministry said travel to the border region remained unsafe.\n")
    a = _run(nlp, text, date(2026, 3, 2))
    assert not _answers(a, text)


def test_a_report_inside_a_turn_is_not_relayed_by_the_label(nlp):
    a = _run(nlp, BRIEFING, date(2026, 3, 2))
    inner = [q for q in a.quotes if q.cue is not None and q.cue.text_in(BRIEFING) == "According to"]
    assert len(inner) == 1 and inner[0].text == "only 40 people were asked to leave"
    assert inner[0].relayed_by is None
    assert all(q.relayed_by is None or q.relayed_by.casefold() not in {"question", "spokesperson"} for q in a.quotes)


# ---- nlp.paragraph_breaks: a line's opening dateline ends where the story's first sentence starts,
# so the parser does not make the place that sentence's subject


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    text = ("NEW DELHI, June 15 (Reuters) - Military talks on the border standoff, which had been scheduled "
            "for Tuesday, have been postponed, two officials said on Monday.")
    a = _run(nlp, text, date(2026, 6, 15))
    talks = _event(a, "talks")
    assert (talks.modality, talks.when.value if talks.when else None) == ("postponed", "2026-06-16")
    doc = nlp(text)
    assert [s.text for s in doc.sents][0] == "NEW DELHI, June 15 (Reuters) -"


def test_a_capitalised_opening_with_no_dash_is_no_dateline(nlp):
    text = "NATO ministers met in Brussels on Tuesday - and agreed nothing, diplomats said."
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
