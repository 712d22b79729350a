"""Rules of developer session 18 not owned by a helper round, each on sentences written for the test."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes

AID = "b" * 16


def _stances(nlp, text):
    return [(q.cue_lemma, q.stance) for q in extract_quotes(nlp(text), AID, [], "Outlet")]


# ---- attribution._neither_confirmed_nor_denied


def test_neither_confirm_nor_deny_is_a_refusal_not_a_denial(nlp):
    text = "The navy could neither confirm nor deny whether its ship fired on the boat."
    assert ("deny", "refusal") in _stances(nlp, text)
    assert all(stance != "denial" for _, stance in _stances(nlp, text))


def test_would_not_confirm_or_deny_is_a_refusal(nlp):
    text = "Officials would not confirm or deny that the rockets came from across the border."
    assert _stances(nlp, text) == [("deny", "refusal")]


def test_a_denial_after_an_unconfirmed_figure_stays_a_denial(nlp):
    text = "She did not confirm the toll but denied that schools were hit."
    assert ("deny", "denial") in _stances(nlp, text)
