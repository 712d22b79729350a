"""Real-article round 18 (helper 165, arms and nuclear reports): an IAEA team's visit to Tehran and
the refused visit to the Parchin site, "southeast of Tehran", became one timeline entry: the bearing's
place ("southeast of Tehran") was read as a second place visited, and the entry joined the visit to
Tehran by that shared party, showing as a false claim conflict. A bearing from another place locates
the thing it follows and is no party to the act (analyze/events/syntax._bearing). The team's
"insistence to visit" the site is what it wanted, not a claim that it visited: the to-infinitive of a
distancing noun cue is no claim (analyze/modality._attempted)."""

from __future__ import annotations

from datetime import date

import pytest

import storyline.analyze.events.syntax as syntax
import storyline.analyze.modality as modality

from .analysed import analyse

SITE = ("The dispute was over the inspectors' insistence to visit Karvesh military base, southeast of Tehran, "
        "and the government's refusal. Russian troops shelled a village 20 km north of Kherson on Monday.")


def _analysis(nlp, text: str):
    return analyse(nlp, text, date(2012, 2, 22))


def _modalities(nlp, text: str) -> dict[str, str]:
    return {e.text: e.modality for e in _analysis(nlp, text).events}


WISH = ("The dispute was over the inspectors' insistence to visit Karvesh military base. "
        "His insistence that the troops attacked the village was rejected.")


def test_a_distancing_nouns_infinitive_is_a_wish_and_its_clause_still_a_claim(nlp) -> None:
    found = _modalities(nlp, WISH)
    assert found["visit"] == "planned" and found["attacked"] == "claimed"


def test_without_the_rule_the_wish_was_a_claim(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(modality, "_to_infinitive", lambda verb: False)
    assert _modalities(nlp, WISH)["visit"] == "claimed"


def _targets(nlp, text: str) -> dict[str, list[str]]:
    analysis = _analysis(nlp, text)
    names = {m.entity_id: m.text for m in analysis.mentions}
    return {e.text: [names.get(a, a) for a in e.target_actors] for e in analysis.events}


def test_a_bearings_place_is_no_party(nlp) -> None:
    targets = _targets(nlp, SITE)
    assert targets["visit"] == ["Karvesh"] and "Kherson" not in targets["shelled"]


def test_a_place_that_is_visited_itself_still_is(nlp) -> None:
    targets = _targets(nlp, "The inspectors visited Kherson.")
    assert targets["visited"] == ["Kherson"]


def test_without_the_rule_the_bearings_place_was_a_party(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syntax, "_bearing", lambda tok: False)
    targets = _targets(nlp, SITE)
    assert targets["visit"] == ["Karvesh", "Tehran"] and "Kherson" in targets["shelled"]
