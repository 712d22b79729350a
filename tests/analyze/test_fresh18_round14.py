"""Fresh-text round 14 (18): rules found wanting on invented wire copy about a bribery case
(indictment, plea, trial put off, verdict, sentence), a wildfire whose toll the fire agency and the
county counted apart, and an election with a recount refused and a runoff set. Each test uses
sentences of its own (not the round's feed) and asserts on values, offsets and speakers.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _figure, _run


def _quote_of(analysis, figure):
    found = [q for q in analysis.quotes if q.id == figure.attributed_to]
    assert found, f"figure {figure.text!r} has no quote: {figure.attributed_to!r}"
    return found[0]


def _text(text: str, span) -> str:
    return text[span.start:span.end]


# ---- attribution/constructions.py: several "according to" phrases in one sentence each source the
# clause before them, not the whole sentence


def test_two_sources_in_one_sentence_each_own_their_clause(nlp):
    text = ("The storm flooded about 3,000 hectares of farmland, according to the farmers' union, "
            "and killed 14 cattle, according to the provincial veterinary service.")
    a = _run(nlp, text, date(2026, 9, 2))
    got = sorted((_text(text, q.span), q.speaker) for q in a.quotes if q.cue_lemma == "according to")
    assert got == [
        ("The storm flooded about 3,000 hectares of farmland", "the farmers' union"),
        ("killed 14 cattle", "the provincial veterinary service"),
    ]
    assert _quote_of(a, _figure(a, "14")).speaker == "the provincial veterinary service"
    assert _quote_of(a, _figure(a, "about 3,000")).speaker == "the farmers' union"


def test_two_sources_joined_by_while_split_at_the_conjunction(nlp):
    text = "Exports rose 6%, according to the customs office, while imports fell 2%, according to the central bank."
    a = _run(nlp, text, date(2026, 9, 2))
    got = sorted((_text(text, q.span), q.speaker) for q in a.quotes if q.cue_lemma == "according to")
    assert got == [("Exports rose 6%", "the customs office"), ("imports fell 2%", "the central bank")]


def test_one_closing_source_still_owns_the_sentence(nlp):
    text = "Turnout reached 58%, according to the election commission."
    a = _run(nlp, text, date(2026, 9, 2))
    [q] = [q for q in a.quotes if q.cue_lemma == "according to"]
    assert (_text(text, q.span), q.speaker) == ("Turnout reached 58%", "the election commission")


def test_a_source_set_between_subject_and_verb_keeps_the_whole_sentence(nlp):
    text = "The bridge, according to engineers, would cost 40 million euros, according to one estimate."
    a = _run(nlp, text, date(2026, 9, 2))
    got = [(_text(text, q.span), q.speaker) for q in a.quotes if q.cue_lemma == "according to"]
    assert got == [(text[:-1], "engineers")]


# ---- attribution/contents.py: a "that" clause on a charge or claim the speaker answers is the
# charge's content, not what the speaker said


def test_a_plea_to_charges_that_is_not_a_statement_of_the_charge(nlp):
    text = "The former mayor pleaded not guilty on Monday to charges that she embezzled city funds."
    a = _run(nlp, text, date(2026, 9, 2))
    assert [_text(text, q.span) for q in a.quotes if q.span.start == text.index("that she")] == []


def test_a_reply_to_claims_that_does_not_voice_the_claim(nlp):
    text = "The company responded to reports that it would close the plant."
    a = _run(nlp, text, date(2026, 9, 2))
    assert [_text(text, q.span) for q in a.quotes if _text(text, q.span).startswith("that it")] == []


def test_a_that_clause_after_a_long_addressee_is_still_the_content(nlp):
    text = "The coach is telling fans at the club's annual dinner that the team will stay in the city."
    a = _run(nlp, text, date(2026, 9, 2))
    assert [_text(text, q.span) for q in a.quotes] == ["that the team will stay in the city"]
