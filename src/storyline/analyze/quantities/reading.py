"""Reading one number from its first token: fractions, vague plurals ("hundreds of thousands"),
fuzzy multipliers ("a few hundred"), currency before it, spelled-out compounds and scale words
("5 billion", "two dozen"); and ranges whose ends repeat their unit ("48 cents to 52 cents").
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.lexicon import word_list
from storyline.analyze.quantities.currencies import CURRENCY, _currency_code
from storyline.analyze.quantities.fractions import _FRACTIONS, _fraction
from storyline.analyze.quantities.units import _COUNT_SETTING_VERBS
from storyline.analyze.quantities.numbers import (
    _GLUED,
    _PLURAL_SCALES,
    _SCALE_NAMES,
    _TEMPERATURE,
    FUZZY_MULT,
    PERCENT,
    SCALES,
    UNITS,
    VAGUE,
    _space_grouped,
    _spelled_compound,
    _rand_value,
    _value,
    scaled,
)


def _collect(doc: Doc, i: int) -> tuple[int, int, float, float, str | None, str | None] | None:
    """Read the number starting at token ``i``: (first tok, last tok, low, high, fuzzy qualifier,
    currency) or None."""
    tok = doc[i]
    for d in range(i, min(i + 3, len(doc))):
        if doc[d].lower_ in _FRACTIONS and (frac := _fraction(doc, d)) is not None and frac[0] == i:
            return i, d, frac[1], frac[1], None, "%"
    low_t = tok.lower_
    if low_t in VAGUE and tok.pos_ in {"VERB", "AUX"}:
        return None  # "a striker who scores once a month": the verb, not the vague plural
    if low_t in VAGUE and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children):
        return None  # "factor into credit scores", "test scores": a noun with its own modifier, no count
    if low_t in VAGUE:
        lo, hi = VAGUE[low_t]
        # "hundreds of thousands", "tens of millions": the vague count multiplies a scale
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in _PLURAL_SCALES:
            s = _PLURAL_SCALES[doc[i + 2].lower_]
            return i, i + 2, float(lo * s), float(hi * s), low_t, None
        return i, i, float(lo), float(hi), low_t, None
    if low_t == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in _PLURAL_SCALES:
        s = _PLURAL_SCALES[doc[i + 2].lower_]
        return i, i + 2, float(20 * s), float(99 * s), "tens", None
    if low_t in FUZZY_MULT and i + 1 < len(doc):
        j = i + 1 + (doc[i + 1].lower_ == "of")
        # "several dozen riot police", "a few dozen protesters": dozens as a scale, so the hedge
        # stays with its range rather than leaving the bare "dozen" read as exactly 12
        if j < len(doc) and (doc[j].lower_ in SCALES and doc[j].lower_ not in {"k", "m", "b"} or doc[j].lower_ == "dozen"):
            a, b, q = FUZZY_MULT[low_t]
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" else i
            s = SCALES.get(doc[j].lower_, UNITS["dozen"])
            return start, j, float(a * s), float(b * s), q, None
        return None
    currency = None
    start = i
    if tok.pos_ != "NUM" and _currency_code(tok.text) and i + 1 < len(doc):
        currency = _currency_code(tok.text)
        i += 1
        tok = doc[i]
    v = _value(tok)
    if v is None and (rand := _rand_value(doc, i)) is not None:
        v, currency = rand, "ZAR"  # "R4 million": the symbol is glued to the amount
    if v is None:
        return None
    m = _GLUED.match(tok.text)
    if m and m.group(1):
        currency = CURRENCY[m.group(1)]
    if m and (m.group(3) or "") == "%":
        currency = "%"
    if temp := _TEMPERATURE.match(tok.text):
        currency = _SCALE_NAMES[temp.group(2).lower()]
    end = i
    if currency is None and (grouped := _space_grouped(doc, i)) is not None:
        end, v = grouped
    if _spelled_compound(doc, i):
        v += UNITS[doc[i + 2].lower_]
        end = i + 2
    # Compound spelled-out numbers and scale words: "two hundred", "5 billion", "3.5m".
    if end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].lower_ in SCALES:
        end += 1  # "six-million": the hyphen joins number and scale
    while end + 1 < len(doc):
        nxt = doc[end + 1].lower_.rstrip(".")
        if nxt in SCALES and not (nxt in {"m", "b", "k"} and doc[end + 1].idx != doc[end].idx + len(doc[end])):
            v = scaled(v, SCALES[nxt])
            end += 1
        elif nxt in UNITS and doc[end].lower_ in SCALES:
            v += UNITS[nxt]
            end += 1
        elif (rest := _and_remainder(doc, end)) is not None:
            v += rest[1]  # "two hundred and seven": British copy joins the rest with "and"
            end = rest[0]
        elif nxt == "dozen" and doc[end].lower_ != "dozen":
            v *= 12  # "two dozen": a count of dozens
            end += 1
        else:
            break
    if doc[start].lower_ == "dozen" and start > 0 and doc[start - 1].lower_ == "a":
        start -= 1  # "a dozen others": the article is the count's "one"
    return start, end, v, v, None, currency


def _and_remainder(doc: Doc, end: int) -> tuple[int, float] | None:
    """(last token, value) of the rest of a spelled-out number that British copy joins to its
    scale word with "and": "two hundred and seven", "one thousand and thirty-five". Only after
    "hundred" or "thousand" and only a unit word below a hundred, so that "two hundred and five
    hundred" or "a million and two" read as before; without it "Two hundred and seven of our
    people" became two figures, 200 and 7."""
    if doc[end].lower_ not in {"hundred", "thousand"} or end + 2 >= len(doc) or doc[end + 1].lower_ != "and":
        return None
    word = doc[end + 2].lower_
    if word not in UNITS or word == "dozen" or (end + 3 < len(doc) and doc[end + 3].lower_ in SCALES):
        return None
    if _spelled_compound(doc, end + 2):
        return end + 4, float(UNITS[word] + UNITS[doc[end + 4].lower_])
    return end + 2, float(UNITS[word])


def _repeated_unit_range(doc: Doc, first: int, last: int) -> bool:
    """"48 cents to 52 cents a share", "between 5 percent and 7 percent": a range whose ends both
    carry the same unit word. Not after "from" ("rose from 5 percent to 7 percent" is a change
    between two figures, each of its own date)."""
    j = last + 1
    if j + 2 >= len(doc) or doc[j].pos_ != "NOUN" or doc[j + 1].lower_ not in {"to", "-", "–", "and"}:
        return False
    if first > 0 and doc[first - 1].lower_ == "from":
        return False
    second = _collect(doc, j + 2)
    return second is not None and second[1] + 1 < len(doc) and doc[second[1] + 1].lower_ == doc[j].lower_


def _change_then_level(doc: Doc, first: int, last: int, second: tuple[int, int, float, float, str | None, str | None],
                       low: float) -> bool:
    """"The toll rose by 46 to 259", "jobs fell by 3,000 to 1.2 million": after a verb of change
    (lexicons/figure_change_verbs.txt) or of setting a level ("reduce", "raise", "cut"), "by X to Y"
    is the change and then the level it reached, two figures, never the range 46-259. Ends within
    three times of each other ("cut by 10 to 15") stay a range, and so do percents whose first end
    is bare ("rose by 2 to 8 percent"): there the two readings cannot be told. A first end that
    carries its own percent sign ("to reduce the rate by 0.25% to 3.75%", the usual way a rate
    decision is written) is a change of its own, then the level."""
    if first == 0 or doc[first - 1].lower_ != "by":
        return False
    verb = doc[first - 1].head.lemma_.lower()
    if verb not in _COUNT_SETTING_VERBS and verb not in word_list("figure_change_verbs.txt"):
        return False
    _, l2, lo2, _, _, cur2 = second
    after = doc[l2 + 1].lower_ if l2 + 1 < len(doc) else ""
    if lo2 <= 3 * low:
        return False
    own_percent = doc[last].lower_ in PERCENT | {"%"} or (last + 1 < len(doc) and doc[last + 1].lower_ in PERCENT)
    return own_percent or (cur2 != "%" and after not in PERCENT | {"per"})  # "per cent" is two tokens
