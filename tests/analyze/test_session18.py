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


# ---- pipeline._cued_by_force and events.triggers._verbal_attack (a named person's attack)


def _analysed(nlp, text):
    from datetime import date

    from storyline.analyze.nlp import analyzer_version
    from storyline.analyze.pipeline import analyze_doc
    from storyline.config import Settings
    from storyline.records import Article

    article = Article(id=AID, source="-", text=text, published=date(2024, 5, 2), published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def test_a_physical_attack_is_no_criticism_quote(nlp):
    a = _analysed(nlp, "Rebels attacked the convoy near the border.")
    assert [q.cue_lemma for q in a.quotes] == []
    assert [(e.text, e.type) for e in a.events] == [("attacked", "ASSAULT")]


def test_a_village_attacked_by_militants_is_no_criticism_quote(nlp):
    a = _analysed(nlp, "The hamlet was attacked by militants who looted the shops.")
    assert [q.cue_lemma for q in a.quotes] == []
    assert [e.type for e in a.events if e.text == "attacked"] == ["ASSAULT"]


def test_a_named_persons_attack_on_an_institution_is_words(nlp):
    a = _analysed(nlp, "Senator Mary Walsh attacked the big insurers on Monday.")
    assert [(e.text, e.type) for e in a.events] == [("attacked", "ACCUSE")]
    assert [(q.cue_lemma, q.stance, q.text) for q in a.quotes] == [("attack", "criticism", "the big insurers on Monday")]


def test_criticism_of_a_plan_stays_a_quote(nlp):
    a = _analysed(nlp, "The opposition attacked the budget as reckless.")
    assert [(q.cue_lemma, q.stance) for q in a.quotes] == [("attack", "criticism")]
