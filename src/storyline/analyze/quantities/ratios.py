"""Shares written as a count of a whole ("nine out of 10", "one in five"), read as a percent, and
the population a percent is a share of ("62% of children under five").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.cues import speech_verbs
from storyline.analyze.quantities.exclusions import _excluded
from storyline.analyze.quantities.numbers import SCALES, _value
from storyline.analyze.quantities.phrases import _PLURAL_NOUN_TAGS, _phrase
from storyline.analyze.quantities.qualifiers import _qualifier


def _share_of(doc: Doc, carrier: Token) -> str | None:
    """The population a percent is a share of, when no clause names what it measures: "62% of
    children under five have received both doses" -> "children under five"; None without an "of"
    phrase over a plural noun."""
    of = doc[carrier.i + 1] if carrier.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of":
        return None
    # only a set of counted things ("of children", "of ballots"); "120% of GDP" compares an amount
    # with GDP, and what it measures lies elsewhere in the clause
    obj = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in _PLURAL_NOUN_TAGS), None)
    return _phrase(obj) if obj is not None else None


def _ratio(doc: Doc, first: int, last: int, part: float, time_spans: Sequence[tuple[int, int]],
           use_ents: bool) -> tuple[int, float] | None:
    """"nine out of 10", "one in five": a share written as a count of a whole. Returns the index of
    the whole's token and its value, when the part is a whole number smaller than it; the figure is
    then the share as a percent ("nine out of 10 Ukrainians" -> 90 percent of Ukrainians).

    "out of" always says so; "in" only where no verb stands right before the figure, since a verb's
    object "scored 3 in 10 games" counts goals within games, not a share of the games. A reporting
    verb is no such verb: what follows it is its clause ("the ministry said 1 in 4 homes were
    uninhabitable"). "in every" always makes a share ("one in every seven dollars")."""
    j = last + 1
    q_first, _ = _qualifier(doc, first)
    before = doc[q_first - 1] if q_first > 0 else None
    counting_verb = before is not None and before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() not in speech_verbs()
    if j + 1 < len(doc) and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of":
        k = j + 2
    elif j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].lower_ == "every":
        k = j + 2
    elif j < len(doc) and doc[j].lower_ == "in" and not counting_verb:
        k = j + 1
    else:
        return None
    if k >= len(doc) or _excluded(doc[k], time_spans, use_ents):
        return None
    if before is not None and before.tag_ in {"NNP", "NNPS"} and q_first == first:
        return None  # "Uranium One in three transactions": the part ends a name
    whole = _value(doc[k])
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if whole is None or (nxt is not None and nxt.lower_ in SCALES) or not part.is_integer():
        return None
    if not 2 <= whole <= 1000 or not 0 < part < whole:
        return None
    return k, whole
