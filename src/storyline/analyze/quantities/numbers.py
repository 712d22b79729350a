"""Reading the value of number tokens: digits ("4,000", "3.5m", "$12bn", "1.5C"), number words
("thirty-five", "two hundred"), scale words and vague plurals ("dozens", "thousands").

Every other step of the figure reader tests tokens with these tables and ``_value``, so they sit
apart from the steps, with the words after a number that make it a time (``DURATION_WORDS``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import data_lines
from storyline.analyze.quantities.currencies import _currency_code

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
          "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}
SCALES.update({word.strip().lower(): int(mult) for word, _, mult in
               (line.partition("\t") for line in data_lines("figure_scale_words.tsv"))})
# Vague plurals: an order of magnitude, kept as a range.
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
         "millions": (2_000_000, 999_999_999), "billions": (2_000_000_000, 999_999_999_999)}
_PLURAL_SCALES = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
# "a couple thousand", "a few hundred", "several million": a multiplier for the scale word after it.
FUZZY_MULT = {"couple": (2, 2, "a couple"), "few": (3, 5, "a few"), "several": (3, 9, "several")}

PERCENT = {"%", "percent", "per cent", "pct", "percentage"}

DURATION_WORDS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
                  "yr", "hr", "min", "sec", "o'clock", "a.m.", "p.m.", "am", "pm"}

# Digits grouped in threes ("200,000"), or in the Indian system, in twos above the thousands
# ("2,00,000" is two lakh, "1,20,00,000" 1.2 crore), as South Asian copy writes them.
_NUM = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})+,\d{3}|\d+)(\.\d+)?$")
# Temperatures written with the scale's letter glued on, as climate and weather copy does: "1.5C", "2°C".
_TEMPERATURE = re.compile(r"^([+-]?\d+(?:\.\d+)?)°?([CF])$")
_SCALE_NAMES = {"c": "degrees Celsius", "celsius": "degrees Celsius", "centigrade": "degrees Celsius",
                "f": "degrees Fahrenheit", "fahrenheit": "degrees Fahrenheit"}
_GLUED = re.compile(r"^([$€£¥₽₴])?(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|%)?$", re.I)
# Digits grouped in threes by dots, as continental European copy and its English editions write
# thousands ("1.200 people", "400.000 passengers", "1.200.000 euros").
_DOTTED_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+$")
_PLURAL_NOUN_TAGS = {"NNS", "NNPS"}


def scaled(value: float, scale: float) -> float:
    """A decimal times its scale word, rid of the binary fraction's error: 2.3 * 100000 is
    229999.99999999997 and 1.1 * 1e6 is 1100000.0000000002 in floating point, so "2.3 lakh" and
    "230,000" from two reports would not be one figure. Six decimals keep every written fraction."""
    return round(value * scale, 6)


def _dotted_thousands(tok: Token) -> float | None:
    """The value of a number whose dots group thousands ("2.500 people" is 2500), or None when the
    dot is (or may be) a decimal point. Two groups or more ("1.200.000") can only be thousands. One
    group is read as thousands only when the number directly counts a plural noun: no English copy
    writes 2.5 people as "2.500 people", while English decimals with three places come with a
    currency, a scale word or a percent ("$2.222 a pound", "1.125 billion", "4.375%"), which the
    plural noun test leaves decimal."""
    text = tok.text
    if not _DOTTED_THOUSANDS.match(text):
        return None
    whole = float(text.replace(".", ""))
    if text.count(".") > 1:
        return whole
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    if (nxt is None or nxt.tag_ not in _PLURAL_NOUN_TAGS or nxt.lower_ in SCALES or nxt.lower_ in PERCENT
            or nxt.lower_ in _PLURAL_SCALES or _currency_word(nxt) or (before is not None and _currency_word(before))):
        return None
    return whole


def _currency_word(tok: Token) -> bool:
    """A currency named or symbolised ("dollars", "euros", "$", "CHF"): before or after it, three
    decimal places are a price or a rate ("1.125 dollars to the euro"), not thousands."""
    return _currency_code(tok.text) is not None


# The rand as South African copy writes it, a capital R glued to the amount: "R4 million",
# "R500,000", "R2.5bn" (case-sensitive: a lower-case "r4" is no money).
_RAND_GLUED = re.compile(r"^R(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(bn|mn|m|k)?$")


def _rand_value(doc: Doc, i: int) -> float | None:
    """The amount of a rand figure written "R4 million" / "R500,000" starting at token ``i``, or None.
    A capital R before a bare small number is as often a road, a round or a model ("the R2", "R3
    chip"), so the amount must carry thousands separators, a glued scale or a scale word after it."""
    m = _RAND_GLUED.match(doc[i].text)
    if m is None:
        return None
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if "," not in m.group(1) and not m.group(2) and (nxt not in SCALES or nxt in {"m", "b", "k"}):
        return None
    v = float(m.group(1).replace(",", ""))
    suf = (m.group(2) or "").lower()
    return scaled(v, SCALES[suf]) if suf in SCALES else v


def _value(tok: Token) -> float | None:
    """The numeric value of one token, or None when it is not a number."""
    t = tok.text.lower()
    if (thousands := _dotted_thousands(tok)) is not None:
        return thousands
    m = _GLUED.match(tok.text)
    if m and _NUM.match(m.group(2)):
        v = float(m.group(2).replace(",", ""))
        suf = (m.group(3) or "").lower()
        return scaled(v, SCALES[suf]) if suf in SCALES else v
    if t in UNITS:
        return float(UNITS[t])
    if temp := _TEMPERATURE.match(tok.text):
        return float(temp.group(1))
    if "-" in t:
        a, _, b = t.partition("-")
        if a in UNITS and b in UNITS and UNITS[a] >= 20 and UNITS[b] < 10:
            return float(UNITS[a] + UNITS[b])
    return None


def _spelled_compound(doc: Doc, i: int) -> bool:
    """'thirty-five': tens, a glued hyphen, a unit word."""
    return (
        i + 2 < len(doc) and doc[i].lower_ in UNITS and UNITS[doc[i].lower_] >= 20
        and doc[i + 1].text == "-" and doc[i + 2].lower_ in UNITS and UNITS[doc[i + 2].lower_] < 10
    )


# "the 2.5 million-strong union", "a 10,000-strong crowd": the number counts the members
_STRENGTH = "strong"


def _glued_dash(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen or dash written without spaces between two tokens."""
    return (0 < k < len(doc) - 1 and doc[k].text in {"-", "\u2013"}
            and doc[k - 1].idx + len(doc[k - 1]) == doc[k].idx and doc[k].idx + 1 == doc[k + 1].idx)


def _scale_of(doc: Doc, last: int) -> float:
    w = doc[last].lower_.rstrip(".")
    return float(SCALES.get(w, 1))


# The spaces that group digits in threes, as WHO, UN and European copy writes thousands ("1 180
# contacts", "787 813 cases"): a plain space, or a no-break or thin space the tokenizer keeps apart.
_GROUP_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})
_DIGIT_GROUP = re.compile(r"^\d{3}$")
_LEAD_GROUP = re.compile(r"^[1-9]\d{0,2}$")


def _space_grouped(doc: Doc, i: int) -> tuple[int, float] | None:
    """(last token, value) of a number whose thousands are grouped by spaces ("1 180" is 1180,
    "1 234 567" is 1234567), or None. Read only where it cannot be two numbers side by side: the
    first group has one to three digits and stands after no number or date ("on 5 May 2024 300
    people" keeps 300 apart), and the run of three-digit groups is not followed by more digits (a
    row of a table's columns)."""
    if not _LEAD_GROUP.match(doc[i].text) or doc[i].ent_type_ in {"DATE", "TIME"}:
        return None
    if i > 0 and (doc[i - 1].like_num or doc[i - 1].ent_type_ in {"DATE", "TIME"}):
        return None
    end, digits = i, doc[i].text
    while True:
        gap = end + 1
        if doc[end].whitespace_ == "" and gap < len(doc) and doc[gap].text in _GROUP_SPACES:
            gap += 1
        elif doc[end].whitespace_ != " ":
            break
        if gap >= len(doc) or not _DIGIT_GROUP.match(doc[gap].text):
            break
        end, digits = gap, digits + doc[gap].text
    if end == i or (end + 1 < len(doc) and doc[end + 1].like_num):
        return None
    return end, float(digits)


def _in_space_grouped(tok: Token) -> bool:
    """Whether ``tok`` is a later group of a number grouped by spaces ("045" in "2 045"), which
    reads as part of that number, not as a code written with a leading zero."""
    doc = tok.doc
    for lead in (tok.i - 1, tok.i - 2):
        if lead >= 0 and (grouped := _space_grouped(doc, lead)) is not None and grouped[0] >= tok.i:
            return True
    return False
