"""Real-article round 18 (hacks and data breaches, helper 167): figures of breach reports.

Each test checks one rule found on real breach reports, on sentences written for the test: a count
of accounts whose noun two modifiers share ("credit and debit card accounts") counts the accounts,
not the first modifier; "up to" after the object of a verb that sets a count ("bringing the total up
to ...") is the level reached, not a bound; a vague plural with a noun modifier of its own ("credit
scores") is a noun, not a count.
"""

from __future__ import annotations

from .analysed import figure_among, quantities_of

AID = "a1"


def _figures(nlp, text):
    return quantities_of(nlp, text, AID)


_at = figure_among


# ---- quantities.units._shared_modifier_head


def test_two_modifiers_sharing_a_plural_noun_count_that_noun(nlp):
    text = "The gang says it holds records on 900 million U.S. credit and debit card accounts."
    fig = _at(_figures(nlp, text), text, "900")
    assert fig.low == 900_000_000
    assert fig.unit == "accounts"


def test_a_conjunct_with_its_own_number_keeps_the_first_noun(nlp):
    text = "The raid left one officer and two civilians hurt."
    fig = _at(_figures(nlp, text), text, "one")
    assert fig.unit == "officer"


# ---- quantities.qualifiers._count_brought_up


def test_up_to_after_the_object_of_a_count_setting_verb_is_no_bound(nlp):
    text = ("The retailer found another 3 million affected clients, bringing the total number of "
            "affected clients up to 41.2 million people.")
    fig = _at(_figures(nlp, text), text, "41.2")
    assert fig.low == fig.high == 41_200_000
    assert fig.approx is None
    assert fig.span.start == text.index("41.2")


def test_up_to_right_after_the_verb_stays_a_bound(nlp):
    text = "The bank says the leak affects up to 41.2 million clients."
    fig = _at(_figures(nlp, text), text, "41.2")
    assert fig.approx == "up to"


# ---- quantities.reading._collect


def test_a_vague_plural_with_a_noun_modifier_is_no_count(nlp):
    text = "Lenders report loan payments, and all of them count toward consumer credit scores."
    assert not [f for f in _figures(nlp, text) if "scores" in f.text]


def test_a_bare_vague_plural_is_still_a_count(nlp):
    text = "Scores were injured when the roof collapsed."
    fig = _at(_figures(nlp, text), text, "Scores")
    assert (fig.low, fig.high) == (40, 99)
