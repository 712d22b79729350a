"""Quoting cues and ages set off by a dash (real-article round 19, helper 169).

Each test checks one rule found on real reports of ceasefires announced, taking effect and broken,
on sentences written for the test: the words before "X was quoted as saying (by an agency)" are X's,
with the agency as the one who passed them on (not an agentless passive with no speaker, nor the
agency speaking); and a person's age after their name ends at a dash or a closing bracket as it does
at a comma ("and Tal Ben, 24 - as the first"), so it is no count of the noun before.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, nth_index, quantities_of

PUBLISHED = date(2025, 4, 20)


def _quote_with_content(a, text: str, content: str):
    start = nth_index(text, content)
    return next(q for q in a.quotes if q.span.start == start)


# ---- attribution.subjects._quoted_as_cue, quoted_as_relayer

QUOTED_AFTER = ("The truce will not be extended beyond Monday, the army spokesman Omar Haddad was quoted as "
                "saying by the state news agency on Sunday.")


def test_words_before_was_quoted_as_saying_are_the_quoted_persons(nlp):
    a = analyse(nlp, QUOTED_AFTER, PUBLISHED)
    q = _quote_with_content(a, QUOTED_AFTER, "The truce will not be extended")
    assert q.cue_lemma == "quote"
    assert q.speaker == "the army spokesman Omar Haddad"
    assert q.speaker_span.start == nth_index(QUOTED_AFTER, "the army spokesman")
    assert q.relayed_by == "the state news agency"


QUOTED_BY_AGENT = "The ceasefire is holding along the whole front, the general was quoted by Interfax as saying."


def test_agent_of_was_quoted_by_as_saying_passes_the_words_on(nlp):
    a = analyse(nlp, QUOTED_BY_AGENT, PUBLISHED)
    q = _quote_with_content(a, QUOTED_BY_AGENT, "The ceasefire is holding")
    assert q.speaker == "the general"
    assert q.relayed_by == "Interfax"


# ---- quantities.identifiers._appositive_age (_AGE_CLOSERS)

AGES_BEFORE_DASH = ("Hamas named three hostages, Dana Levi, 31; Mira Cohen, 28; and Tal Ben, 24\u2014as the first "
                    "to be released on Sunday.")


def test_age_after_a_name_that_a_dash_closes_is_no_count(nlp):
    figures = quantities_of(nlp, AGES_BEFORE_DASH)
    assert [(f.text, f.low, f.unit) for f in figures] == [("three", 3.0, "hostages")]


AGE_IN_BRACKETS = "Police detained one suspect (Omar Haddad, 32) and freed 12 hostages on Friday."


def test_age_after_a_name_that_a_bracket_closes_is_no_count(nlp):
    figures = quantities_of(nlp, AGE_IN_BRACKETS)
    assert ("32" not in [f.text for f in figures]) and ("12", 12.0) in [(f.text, f.low) for f in figures]
