"""Fractions written as shares ("nearly half of respondents", "fell by a third", "two-thirds of
the seats"), read as a percent, and the whole they are a share of.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.numbers import DURATION_WORDS, _glued_dash, _value
from storyline.analyze.quantities.phrases import _PLURAL_NOUN_TAGS, _noun_phrase_end, _phrase

# Fractions a share is written as ("nearly half of respondents", "fell by a third", "two-thirds
# of the seats"): the word -> its denominator. Kept as a percent, as ratios ("one in five") are.
_FRACTIONS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
              "fifths": 5, "tenth": 10, "tenths": 10}

# Words before "half" that make it a part of a period or a thing, not a share ("the second half of
# the year", "the other half"); "nearly half of", "by half" are shares.
_HALF_NOT_SHARE = frozenset({"the", "first", "second", "last", "latter", "former", "other", "this",
                             "that", "and", "one", "a", "an", "each", "every"})


def _fraction(doc: Doc, d: int) -> tuple[int, float] | None:
    """A fraction whose denominator word is token ``d``, written as a share: (first token, percent).

    The numerator is "a"/"one" or a number word or digit, hyphen-glued or not ("a third",
    "two-thirds", "three quarters"); "half" needs none. Only shares count: the fraction is followed
    by "of" and a whole that is no period ("a third of its workforce", not "a quarter of an hour"),
    or it is the size of a change after "by" ("fell by a third", "cut by half"). A bare "third" is
    an ordinal ("its third walkout"), and "the first quarter" a period."""
    word = doc[d].lower_
    den = _FRACTIONS.get(word)
    if den is None:
        return None
    start, num = d, 1.0
    prev = doc[d - 1] if d > 0 else None
    if word == "half" and d >= 2 and _glued_dash(doc, d - 1) and doc[d - 2].lower_ == "one":
        start = d - 2  # "one-half of the seats"
    elif word == "half":
        if prev is not None and (prev.lower_ in _HALF_NOT_SHARE or prev.ent_type_ == "ORDINAL"):
            return None
    elif prev is not None and prev.lower_ in {"a", "one"}:
        start = d - 1
    else:
        k = d - 2 if prev is not None and _glued_dash(doc, d - 1) else d - 1
        v = _value(doc[k]) if k >= 0 else None
        if v is None or not v.is_integer() or not 1 <= v < den:
            return None
        start, num = k, v
    nxt = doc[d + 1] if d + 1 < len(doc) else None
    by_change = start > 0 and doc[start - 1].lower_ == "by"
    if nxt is not None and word == "half" and nxt.tag_ in {"DT", "PRP$"}:
        # "half the country's households", "half its members": "half" takes a set of counted things
        # without "of"; "half the price", "one-half the total" halve an amount, a multiplier
        noun = _noun_phrase_end(doc, d + 1)
        if noun is None or noun.tag_ not in _PLURAL_NOUN_TAGS:
            return None
    elif nxt is not None and nxt.lower_ == "of":
        whole = next((t for t in doc[d + 2 : d + 5] if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}), None)
        if whole is None or whole.lemma_.lower() in DURATION_WORDS or whole.ent_type_ in {"DATE", "TIME"}:
            return None
    elif not by_change:
        return None
    elif (doc[d].dep_ in {"amod", "compound", "nummod"} and doc[d].head.i > d
          and doc[d].head.lemma_.lower() not in DURATION_WORDS and doc[d].head.ent_type_ not in {"DATE", "TIME"}):
        # "hosted by a third party", "was followed by a third attempt": after a passive's "by" the
        # word is an ordinal that modifies the noun after it; a change's size ends the phrase, though
        # the parser may hang it on a date that follows ("fell by a third last year", "cut by half")
        return None
    return start, round(100 * num / den, 2)


def _whole_of_fraction(doc: Doc, last: int) -> str | None:
    """The whole a fraction is a share of: "half of respondents" -> "respondents", "a third of its
    workforce" -> "its workforce"; None when no "of" phrase follows."""
    of = doc[last + 1] if last + 1 < len(doc) else None
    if of is not None and doc[last].lower_ == "half" and of.tag_ in {"DT", "PRP$"}:
        noun = _noun_phrase_end(doc, of.i)
        return doc_text(doc)[of.idx : noun.idx + len(noun)] if noun is not None else None  # "half the staff"
    if of is None or of.lower_ != "of":
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        obj = next((t for t in doc[last + 2 : last + 5] if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    return _phrase(obj) if obj is not None and obj.pos_ != "PRON" else None
