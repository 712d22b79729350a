"""Figures: numbers that count or measure something, with range, qualifier, unit and who claims them.

Analysts compare figures across sources ("4,000 missiles" in one report, "3,500" in another), so
each Quantity keeps the value as a range (``low``/``high``, equal for a point), the hedge the text
put on it (``approx``: around, more than, up to...), what is counted (``unit``), the noun phrase it
describes where the parse shows it (``subject``), the attribution whose content holds it
(``attributed_to``) and the date it refers to (``as_of``).

What is not a figure, by rule: dates, times and years (anything inside a TimeRef span or a DATE/TIME
entity), ordinals, numbers glued into names or models (F-16, Su-34) and numbers used as hyphenated
modifiers ("a 1,000-pound warhead", "a two-hour call"): those describe a property of a thing, not a
count, and counting them would flood the figure table with noise. So are scores and odds ("a 2-1
defeat", "20-1"), ranks ("the top two"), days of a month the time extractor left unresolved ("on
March 3"), a bare definite "the two" (a pronoun for a known pair) and the "one" of an unnamed source
("one diplomat said").

Bounds ("more than 200") keep ``low == high == 200``; the bound type lives in ``approx`` so that no
infinite values reach JSON or SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.cues import cue_lexicon
from storyline.analyze.attribution.estimates import estimate_verb_of
from storyline.analyze.datelines import dateline_end
from storyline.analyze.lexicon import data_lines, word_list, word_sections
from storyline.analyze.nlp import doc_text
from storyline.analyze.timex_rules import MONTHS
from storyline.records import Quantity, Quote, Span, TimeRef, record_id

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
CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH",
            "usd": "USD", "eur": "EUR", "gbp": "GBP", "dollar": "USD", "dollars": "USD", "euro": "EUR",
            "euros": "EUR", "pound": "GBP", "pounds": "GBP", "ruble": "RUB", "rubles": "RUB",
            "roubles": "RUB", "hryvnia": "UAH", "yuan": "CNY", "yen": "JPY"}


@cache
def _more_currencies() -> dict[str, str]:
    """Symbols and words from lexicons/figure_currencies.tsv (lower case -> ISO code)."""
    out: dict[str, str] = {}
    for line in data_lines("figure_currencies.tsv"):
        word, _, code = line.partition("\t")
        out[word.strip().lower()] = code.strip()
    return out


def _currency_code(word: str) -> str | None:
    """The ISO code a currency symbol or word stands for ("$" -> USD, "C$" -> CAD, "rand" -> ZAR),
    or None when the word names no currency."""
    w = word.lower()
    return CURRENCY.get(w) or _more_currencies().get(w)


PERCENT = {"%", "percent", "per cent", "pct", "percentage"}
# Qualifiers, longest first so "more than" wins over "more".
QUALIFIERS = sorted(
    ["around", "about", "approximately", "roughly", "some", "nearly", "almost", "over", "more than",
     "less than", "fewer than", "at least", "at most", "up to", "maximum", "minimum", "as many as",
     "as much as", "as few as", "under", "below", "above", "an estimated", "estimated", "just over",
     "just under", "close to", "upwards of", "no more than", "no fewer than", "no less than",
     "a maximum of", "a minimum of", "only", "exactly", "an additional", "another", "a total of",
     "in excess of", "well over", "nearly all of"],
    key=len, reverse=True,
)
KEEP_QUALIFIER = {"only", "exactly", "a total of", "an additional", "another"}  # precise, not hedges
EXCLUDED_ENTS = {"DATE", "TIME", "ORDINAL"}
LABEL_NOUNS = {"part", "channel", "chapter", "page", "section", "article", "room", "route", "flight",
               "episode", "season", "number", "level", "phase", "item", "act", "paragraph", "clause"}
DURATION_WORDS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
                  "yr", "hr", "min", "sec", "o'clock", "a.m.", "p.m.", "am", "pm"}
YEAR_PREV = {"in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "'s", "year"}
_DATE_WORDS = re.compile(
    r"\b(1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|yesterday|tomorrow|year|month|week|day|decade|century|ago|last|next)",
    re.I,
)
_NUM = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
# Temperatures written with the scale's letter glued on, as climate and weather copy does: "1.5C", "2°C".
_TEMPERATURE = re.compile(r"^([+-]?\d+(?:\.\d+)?)°?([CF])$")
_SCALE_NAMES = {"c": "degrees Celsius", "celsius": "degrees Celsius", "centigrade": "degrees Celsius",
                "f": "degrees Fahrenheit", "fahrenheit": "degrees Fahrenheit"}
_GLUED = re.compile(r"^([$€£¥₽₴])?(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|%)?$", re.I)


def _value(tok: Token) -> float | None:
    """The numeric value of one token, or None when it is not a number."""
    t = tok.text.lower()
    m = _GLUED.match(tok.text)
    if m and _NUM.match(m.group(2)):
        v = float(m.group(2).replace(",", ""))
        suf = (m.group(3) or "").lower()
        return v * SCALES[suf] if suf in SCALES else v
    if t in UNITS:
        return float(UNITS[t])
    if temp := _TEMPERATURE.match(tok.text):
        return float(temp.group(1))
    if "-" in t:
        a, _, b = t.partition("-")
        if a in UNITS and b in UNITS and UNITS[a] >= 20 and UNITS[b] < 10:
            return float(UNITS[a] + UNITS[b])
    return None


def _ent_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


def _spelled_compound(doc: Doc, i: int) -> bool:
    """'thirty-five': tens, a glued hyphen, a unit word."""
    return (
        i + 2 < len(doc) and doc[i].lower_ in UNITS and UNITS[doc[i].lower_] >= 20
        and doc[i + 1].text == "-" and doc[i + 2].lower_ in UNITS and UNITS[doc[i + 2].lower_] < 10
    )


def _excluded(tok: Token, time_spans: Sequence[tuple[int, int]], use_ents: bool) -> bool:
    if any(s <= tok.idx < e for s, e in time_spans):
        return True
    if tok.ent_type_ == "ORDINAL" or (use_ents and tok.ent_type_ == "TIME"):
        return True
    if use_ents and tok.ent_type_ == "DATE" and _DATE_WORDS.search(_ent_text(tok)):
        return True
    text = tok.text
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and nxt.lemma_.lower() in DURATION_WORDS:
        return True  # durations and ages ("45 years old", "two weeks") belong to time expressions
    if tok.lower_ == "one" and tok.dep_ != "nummod" and not (nxt is not None and nxt.lower_ in SCALES) \
            and not _opens_ratio(doc, tok.i):
        return True  # "one of them", "one recalls": a pronoun, not a count ("one million", "one in five" are)
    if _spelled_compound(doc, tok.i) or (tok.i >= 2 and _spelled_compound(doc, tok.i - 2)):
        return False
    if _definite_pair(tok) or _rank_or_day(tok) or _score(tok) or _anonymous_source(tok):
        return True
    # Hyphenated modifier or a model name: "1,000-pound", "two-hour", "F-16", "Su-34"; but
    # "30-60" is a range.
    if nxt is not None and nxt.text == "-" and nxt.idx == tok.idx + len(tok):
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is None or (_value(after) is None and after.lower_ not in SCALES
                             and not (after.lower_ in _FRACTIONS and _fraction(doc, after.i) is not None)
                             and after.lower_ != _STRENGTH):
            return True
    if prev is not None and prev.text == "-" and prev.idx + 1 == tok.idx:
        before = tok.doc[prev.i - 1] if prev.i > 0 else None
        if before is not None and before.idx + len(before) == prev.idx and _value(before) is None:
            return True
    if re.match(r"^\d{4}$", text) and 1800 <= int(text) <= 2100:
        if prev is None or prev.lower_ in YEAR_PREV or prev.ent_type_ == "DATE" or not (nxt is not None and nxt.pos_ == "NOUN"):
            return True
        if tok.head.i > tok.i and tok.head.tag_ == "NN":
            return True  # "a 2040 climate target", "the 2019 shooting": a count above one takes a plural noun
    if prev is not None and (prev.text in {"#", "No.", "no."} or prev.lower_ in LABEL_NOUNS):
        return True  # a label ("part 3", "channel 125"), not a count
    if prev is not None and prev.text == "." and prev.i > 0 and doc[prev.i - 1].text in {"No", "no", "Nos"} \
            and doc[prev.i - 1].idx + len(doc[prev.i - 1]) == prev.idx:
        return True  # "the country's No. 2 bank", with "No" and "." split by the tokenizer: a rank
    if _appositive_age(tok) or _name_number(tok) or _age_bound(tok) or _identifier(tok):
        return True
    if prev is not None and prev.text in {":", "."} and prev.idx == tok.idx - 1 and prev.i > 0 and tok.doc[prev.i - 1].like_num:
        return True  # 9:30, 3.5 split oddly
    return _enumerator(tok)


@cache
def _speech_verbs() -> frozenset[str]:
    """The reporting verbs of the attribution cue lexicon (say, tell, add, warn...)."""
    return frozenset(lemma for lemma, pos in cue_lexicon() if pos == "VERB")


def _anonymous_source(tok: Token) -> bool:
    """"one European diplomat said", "One investor, who asked not to be named, said", "according to
    one official": "one" before the singular noun of an unnamed speaker introduces a source, as "a"
    would; it counts nothing an analyst compares. "one person was killed" keeps its figure."""
    if tok.lower_ != "one" or tok.dep_ != "nummod":
        return False
    noun = tok.head
    if noun.tag_ != "NN" or noun.i < tok.i:
        return False
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _speech_verbs():
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.i > 0
            and noun.doc[noun.head.i - 1].lower_ == "according")


def _definite_pair(tok: Token) -> bool:
    """"trade between the two fell", "the two were not in competition": a definite "two" that heads
    its own phrase is a pronoun for a known pair, as "both" is (lexicons/figure_set_determiners.txt);
    it counts nothing new. With its noun ("the two parties") it stays a figure, as the annotation
    guidelines count it."""
    doc = tok.doc
    # "the biggest of the three", "the five were freed": any small spelled-out number works so
    if not 2 <= UNITS.get(tok.lower_, 0) <= 12 or tok.i == 0 \
            or doc[tok.i - 1].lower_ not in word_list("figure_set_determiners.txt"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"} and nxt.lower_ != "of"


def _rank_or_day(tok: Token) -> bool:
    """"the top two" (a rank, lexicons/figure_rank_words.txt), "A No 10 spokesman" (a label written
    without the point) and "on March 3", "October 21" (a day of the month the time extractor left
    unresolved): the number orders or dates, it counts nothing."""
    doc = tok.doc
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if prev.lower_ in word_list("figure_rank_words.txt"):
        return True  # "the top 10 exporters" picks a set by rank; it does not count them
    if prev.text == "No" and prev.i > prev.sent.start:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    month = prev.text.rstrip(".")
    return (tok.text.isdigit() and 1 <= int(tok.text) <= 31 and month[:1].isupper()
            and (month.lower() in MONTHS or month.lower() == "sept")
            and not (nxt is not None and (nxt.pos_ == "NOUN" or nxt.lower_ in SCALES)))


def _score(tok: Token) -> bool:
    """"a 2-1 defeat", "odds of 20-1", "beat them 45-40": two numbers glued by a dash with the
    larger first are a score or odds, not a range (ranges run low-high: "30-60") and not a count.
    Vote tallies ("voted 5-2") are kept: a voting word makes them counts of votes."""
    doc = tok.doc
    i = tok.i
    if i + 2 < len(doc) and _glued_dash(doc, i + 1):
        a, b = i, i + 2
    elif i >= 2 and _glued_dash(doc, i - 1):
        a, b = i - 2, i
    else:
        return False
    va, vb = _value(doc[a]), _value(doc[b])
    if va is None or vb is None or va < vb:
        return False
    return _vote_tally(doc, i, i) is None


def _opens_ratio(doc: Doc, i: int) -> bool:
    """"one in five", "one out of 10": the part of a share, followed by its whole (not the end of a
    name: "Uranium One in three transactions")."""
    if i > 0 and doc[i - 1].tag_ in {"NNP", "NNPS"}:
        return False
    words = [t.lower_ for t in doc[i + 1 : i + 4]]
    if words[:2] == ["in", "every"] and len(words) > 2:
        return doc[i + 3].like_num  # "one in every seven dollars"
    if words[:1] == ["in"] and len(words) > 1:
        return doc[i + 2].like_num
    return words[:2] == ["out", "of"] and len(words) > 2 and doc[i + 3].like_num


def _appositive_age(tok: Token) -> bool:
    """"Besigye, 69, did not speak", "Sheikh Hasina, 76, has ruled": a bare number set off by
    commas right after a person's name is the person's age (news style), which is a time, not a
    count."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or not tok.text.isdigit() or not 0 < int(tok.text) < 120:
        return False
    prev, name, nxt = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
    if prev.text != "," or nxt.text not in {",", ".", ";"}:
        return False
    # The model often misses the person ("Besigye" as ORG) but still parses the number as the
    # name's appositive; places and groups ("Iran, 3,") are never aged.
    appositive = tok.dep_ == "appos" and tok.head.i == name.i and name.tag_ == "NNP"
    return name.ent_type_ == "PERSON" or (appositive and name.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"})


def _age_bound(tok: Token) -> bool:
    """"children under five", "people over 65", "adults aged 18": a bare number after a bound that
    follows a noun of people (lexicons/figure_age_nouns.txt), or after "aged", is their age, a
    time, not a count. With a noun of its own ("children under 5 kilograms") it stays a figure."""
    doc = tok.doc
    if tok.i < 1:
        return False
    prev = doc[tok.i - 1]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _AGE_PLURALS:
        return False
    if prev.lower_ == "aged":
        return True
    return (prev.lower_ in {"under", "over", "above", "below"} and tok.i >= 2
            and doc[tok.i - 2].lemma_.lower() in word_list("figure_age_nouns.txt"))


_AGE_PLURALS = frozenset({"years", "months", "weeks", "year", "month"})
_STREET_WORDS_REACH = 4  # "14 Harbour Road", "221B Upper Baker Street": the name's words


def _identifier(tok: Token) -> bool:
    """Digits that name rather than count: a phone number or code ("0800 123 4567",
    "1-800-555-0199": three or more digit groups in a row, or a group written with a leading zero,
    which no count is) and a house number before a street name ("14 Harbour Road";
    lexicons/figure_street_words.txt)."""
    doc = tok.doc
    if re.fullmatch(r"0\d+", tok.text):
        return True
    if re.fullmatch(r"\d+", tok.text) and len(_digit_run(doc, tok.i)) >= 3:
        return True
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= _STREET_WORDS_REACH and doc[k].text[:1].isupper():
        if k > tok.i + 1 and doc[k].lower_.rstrip(".") in word_list("figure_street_words.txt"):
            return True
        k += 1
    return False


def _digit_run(doc: Doc, i: int) -> list[int]:
    """The bare digit groups (no thousands commas) chained with token ``i`` by a single space or a
    glued hyphen: "0800 123 4567" or "1-800-555-0199" give four or three; a range "30-60" two."""
    def linked(a: int, b: int) -> bool:  # tokens a < b are adjacent groups of one number
        if b == a + 1:
            return doc[a].idx + len(doc[a]) + 1 == doc[b].idx and doc[a].whitespace_ == " "
        return b == a + 2 and _glued_dash(doc, a + 1)
    run = [i]
    for step in (-1, 1):
        cur = i
        while True:
            nxt = next((c for c in (cur + step, cur + 2 * step) if 0 <= c < len(doc)
                        and re.fullmatch(r"\d+", doc[c].text) and linked(min(cur, c), max(cur, c))), None)
            if nxt is None:
                break
            run.append(nxt)
            cur = nxt
    return sorted(run)


def _name_number(tok: Token) -> bool:
    """"the FTSE 100 index", "the FTSE 250 gained": a number right after a capitalised proper noun
    that does not count a plural noun is part of a name, like the glued model numbers (F-16). A
    count above one takes a plural noun ("Boeing's 737 jets" counts), so only singular heads or the
    name itself qualify."""
    doc = tok.doc
    if tok.i == 0 or not tok.text.isdigit():
        return False
    prev = doc[tok.i - 1]
    if prev.tag_ != "NNP" or not prev.text[:1].isupper() or prev.ent_type_ in {"DATE", "TIME", "MONEY"}:
        return False
    if prev.lower_.rstrip(".") in MONTHS or prev.lower_.rstrip(".") == "sept" or _currency_code(prev.text):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SCALES:
        return False  # "Rs 500 crore": a scale word makes it an amount, whatever stands before
    head = tok.head
    return head.i == prev.i or (tok.dep_ == "nummod" and head.tag_ == "NN" and head.i > tok.i)




def _enumerator(tok: Token) -> bool:
    """A list's item number or a rank given back in parentheses: "1. Donald Trump", "2) Rubio",
    "Rubio (Last week: 2.)". They order things; they count nothing. A number ending a sentence
    ("the toll rose to 13.") is not one: it neither opens its line nor sits alone in brackets."""
    text = doc_text(tok.doc)
    end = tok.idx + len(tok.text)
    after = text[end : end + 2]
    if not re.match(r"^[.)](?:\s|$)|^\.\)", after + " "):
        return False
    line_start = text.rfind("\n", 0, tok.idx) + 1
    if not text[line_start : tok.idx].strip():
        return True
    before = text[max(0, tok.idx - 20) : tok.idx].rstrip()
    return after.startswith(".)") and (before.endswith("(") or ("(" in before and before.endswith(":")))


# Fractions a share is written as ("nearly half of respondents", "fell by a third", "two-thirds
# of the seats"): the word -> its denominator. Kept as a percent, as ratios ("one in five") are.
_FRACTIONS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
              "fifths": 5, "tenth": 10, "tenths": 10}
# "the 2.5 million-strong union", "a 10,000-strong crowd": the number counts the members
_STRENGTH = "strong"
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
    return start, round(100 * num / den, 2)


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
        if j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ not in {"k", "m", "b"}:
            a, b, q = FUZZY_MULT[low_t]
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" else i
            s = SCALES[doc[j].lower_]
            return start, j, float(a * s), float(b * s), q, None
        return None
    currency = None
    start = i
    if tok.pos_ != "NUM" and _currency_code(tok.text) and i + 1 < len(doc):
        currency = _currency_code(tok.text)
        i += 1
        tok = doc[i]
    v = _value(tok)
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
    if _spelled_compound(doc, i):
        v += UNITS[doc[i + 2].lower_]
        end = i + 2
    # Compound spelled-out numbers and scale words: "two hundred", "5 billion", "3.5m".
    if end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].lower_ in SCALES:
        end += 1  # "six-million": the hyphen joins number and scale
    while end + 1 < len(doc):
        nxt = doc[end + 1].lower_.rstrip(".")
        if nxt in SCALES and not (nxt in {"m", "b", "k"} and doc[end + 1].idx != doc[end].idx + len(doc[end])):
            v *= SCALES[nxt]
            end += 1
        elif nxt in UNITS and doc[end].lower_ in SCALES:
            v += UNITS[nxt]
            end += 1
        elif nxt == "dozen" and doc[end].lower_ != "dozen":
            v *= 12  # "two dozen": a count of dozens
            end += 1
        else:
            break
    if doc[start].lower_ == "dozen" and start > 0 and doc[start - 1].lower_ == "a":
        start -= 1  # "a dozen others": the article is the count's "one"
    return start, end, v, v, None, currency


def _qualifier(doc: Doc, first: int) -> tuple[int, str | None]:
    """A hedge or bound right before the number ("about", "more than"): (new first token, text)."""
    for q in QUALIFIERS:
        words = q.split()
        n = len(words)
        if first - n < 0:
            continue
        if [t.lower_ for t in doc[first - n : first]] == words:
            return first - n, q
    if first > 0 and doc[first - 1].lower_ in _CROSSED_BOUNDS and doc[first - 1].tag_ == "IN":
        return first - 1, doc[first - 1].lower_  # "take us past 20,000 staff": a bound crossed
    return first, None


# Prepositions of a bound crossed ("rose past 20,000", "beyond 5,000"), qualifiers only as
# prepositions: "the past three years" (an adjective) is a period.
_CROSSED_BOUNDS = frozenset({"past", "beyond"})


def _unit_and_head(doc: Doc, first: int, last: int, currency: str | None) -> tuple[str | None, Token | None]:
    """What is counted, and the token that carries it in the parse."""
    if currency == "%":
        return "percent", doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in {"percent", "pct", "%"}:
        return "percent", nxt
    if nxt is not None and nxt.lower_ == "per" and last + 2 < len(doc) and doc[last + 2].lower_ == "cent":
        return "percent", doc[last + 2]
    after = doc[last + 2] if last + 2 < len(doc) else None
    if nxt is not None and after is not None and after.lower_ in _SCALE_NAMES and (
            nxt.text == "°" or (nxt.lower_ in {"degree", "degrees"} and len(after.text) > 1)):
        return _SCALE_NAMES[after.lower_], after  # "2 °C", "2.6 degrees Celsius"
    if nxt is not None and nxt.lower_ in _POINT_KINDS and last + 2 < len(doc) and doc[last + 2].lower_ in {"point", "points"}:
        # "1.8 percentage points", "25 basis points": a difference of rates, not a percent
        return f"{nxt.lower_} points", doc[last + 2]
    if currency:
        return currency, doc[last]
    if nxt is not None and _currency_code(nxt.text) and (nxt.lower_ not in {"pound", "pounds"} or _money_pounds(nxt)):
        return _currency_code(nxt.text), nxt
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in word_list("figure_scale_nouns.txt"):
        return before.lower_, before  # "a magnitude 7.8 earthquake": measured on the magnitude scale
    shared = _shared_noun(doc, last)
    if shared is not None:
        return shared.text.lower(), shared
    tok = doc[last]
    head = tok.head
    if tok.dep_ in {"nummod", "quantmod", "compound"} and head.pos_ in {"NOUN", "PROPN"} and head.i > last:
        return head.text.lower(), head
    # "30 of the soldiers", "4,000 units": the number heads its own phrase.
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if objs:
                return objs[0].text.lower(), objs[0]
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.i == last + 1:
        return nxt.text.lower(), nxt
    if (whole := _implied_whole(tok)) is not None:
        return _implied_units()[whole.lemma_.lower()], whole  # "a crowd of 31,000": the crowd's people
    if (whole := _part_of_whole(doc, last)) is not None:
        return whole.text.lower(), whole
    return None, tok


def _money_pounds(tok: Token) -> bool:
    """"fined 25,000 pounds", "to 512,000 pounds": "pounds" is sterling unless it weighs something,
    as "50,000 pounds of ground beef" (a mass before "of") or a sentence about weight ("weighed
    200 pounds") says."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return False
    return not any(t.lemma_.lower() in _WEIGHT_WORDS for t in tok.sent)


_WEIGHT_WORDS = frozenset({"weigh", "weight", "heavy", "lb", "lbs", "ton", "tonne", "kilogram", "kg", "ounce"})


def _part_of_whole(doc: Doc, last: int) -> Token | None:
    """"40 of 52 drones", "seven of its 31 employees": the part counts what the whole counts, even
    where the parse hangs the noun on the whole alone (headlines)."""
    k = last + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1
    if k < len(doc) and doc[k].pos_ in {"DET", "PRON"}:
        k += 1  # "the", "its", "their"
    if k >= len(doc) or _value(doc[k]) is None:
        return None
    k += 1
    while k < len(doc) and doc[k].pos_ == "ADJ" and k - last < 6:
        k += 1
    return doc[k] if k < len(doc) and doc[k].tag_ in _PLURAL_NOUN_TAGS else None


def _shared_noun(doc: Doc, last: int) -> Token | None:
    """The noun two coordinated figures share: "12 Somali and 11 Yemeni nationals" counts 12
    nationals, whatever the parse made of the first number's modifiers."""
    i = last + 1
    while i < len(doc) and doc[i].tag_ in {"JJ", "NNP", "NNPS"} and doc[i].pos_ != "NUM":
        i += 1
    if i == last + 1 or i + 1 >= len(doc) or doc[i].lower_ not in {"and", "or"} or not doc[i + 1].like_num:
        return None
    j = i + 2
    while j < len(doc) and doc[j].tag_ in {"JJ", "NNP", "NNPS"}:
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN":
        return doc[j]
    return None


def _subject(doc: Doc, carrier: Token | None) -> str | None:
    """The noun phrase the figure describes, where the parse shows it.

    'estimate the arsenal at around 4,000 units' -> the verb's object; 'casualties rose to 300' /
    'the toll stands at 50' / 'the death toll is 12' -> the clause subject.
    """
    if carrier is None:
        return None
    cur = carrier
    measures = word_list("figure_measure_nouns.txt")
    if cur.dep_ == "conj" and cur.head.i < cur.i:
        # a range's second end carries the noun and the parser coordinates it with the first end
        # ("at between 800 million and 1.1 billion dollars") or with the noun the range sizes
        # ("sales of 14 billion to 14.5 billion dollars"): the attachment is the first end's
        if cur.head.like_num or cur.head.lower_ in SCALES:
            cur = cur.head
        elif cur.head.pos_ == "NOUN" and (cur.head.lemma_.lower() in measures or cur.head.lower_ in measures):
            return _head_phrase(cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
            and (cur.head.head.lemma_.lower() in measures or cur.head.head.lower_ in measures):
        return _head_phrase(cur.head.head)  # "a loss of 31 million euros", "tariffs of 25 percent"
    if cur.dep_ in {"npadvmod", "dobj"} and cur.head.pos_ == "VERB" \
            and cur.head.lemma_.lower() in word_list("figure_change_verbs.txt") \
            and (_is_amount(cur) or _currency_code(cur.text) is not None):
        # "Consumer prices rose 2.8%", "Its shares jumped 7.5%": the amount sizes the change of
        # the clause subject (lexicons/figure_change_verbs.txt)
        subj = [c for c in cur.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
        if subj:
            return _phrase(subj[0])
    if cur.dep_ == "pobj" and cur.head.lower_ == "at" and (holder := _holder_name(cur.head.head)) is not None:
        return holder  # "with Diaz at 44 percent and Fletcher at 42 percent": each name's share
    if cur.dep_ == "pobj" and cur.head.lower_ == "at" and cur.head.head.dep_ == "dobj" \
            and cur.head.head.pos_ == "NOUN" and cur.head.head.head.pos_ == "VERB" \
            and (_is_amount(cur) or _currency_code(cur.text) is not None):
        # "estimated losses at 2.4 trillion rupiah", "valued the firm at $2 billion": the parser
        # hangs the "at" amount on the verb's object, which is what the amount sizes (an amount is
        # no place; "at 40 locations", a count noun, is left alone)
        return _phrase(cur.head.head, before=cur.head)
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        verb = cur.head.head
        if cur.head.lower_ == "at" and (estimate := estimate_verb_of(cur.head)) is not None:
            verb = estimate  # "put the number of people forced from their homes at 9,000"
        if verb.pos_ in {"VERB", "AUX"}:
            # "rose $1.42, or 1.6%, to $90.81": an object that is itself an amount is the change,
            # not the thing measured, so the clause subject is.
            if cur.tag_ in _PLURAL_NOUN_TAGS and _currency_code(cur.text) is None and cur.lower_ not in _MEASURE_NOUNS:
                # "consulted at four public meetings", "steered 17 contracts to three firms": a
                # count noun after the preposition says itself what is counted; it is a place or a
                # goal of the verb, not a level its subject reached. Only an estimate ("put the
                # arsenal at 4,000 units") names what it sizes, as an object that is no count itself.
                counted_obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i and c.pos_ in {"NOUN", "PROPN"}
                               and not any(g.dep_ == "nummod" for g in c.children)]
                return _phrase(counted_obj[0]) if counted_obj and cur.head.lower_ == "at" else None
            # "which it put at 2.1 billion dollars", "measured it at magnitude 6.6": a pronoun names
            # nothing an analyst can compare
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i and not _is_amount(c)
                    and c.pos_ != "PRON" and c.tag_ not in {"WDT", "WP"}]
            if any(c.dep_ == "dobj" and c.i < cur.i and (c.pos_ == "PRON" or c.tag_ in {"WDT", "WP"})
                   for c in verb.children) and cur.head.lower_ in {"at", "to"}:
                return None
            if objs and cur.head.lower_ in {"at", "to"}:
                return _phrase(objs[0], before=cur.head)
            subj = [c for c in _subject_verb(verb).children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
            if cur.head.lower_ in {"at", "to", "by", "above", "below", "past", "beyond", "under", "toward", "towards", "near"}:
                # "the toll rose above 2,000", "inflation fell below 2%": a bound the subject crossed
                # the parser may give the verb a dateline as a second subject ("ANKARA, Feb 8 (AP) -
                # The death toll ... rose to 2,300"): the first that is not all dateline
                return next((p for c in subj if (p := _phrase(c)) is not None), None)
    if cur.dep_ in {"attr", "dobj"} and cur.head.lemma_ in {"be", "reach", "total", "number", "exceed", "hit"} | _REACHING:
        subj = [c for c in cur.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj and subj[0].pos_ != "PRON":
            return _phrase(subj[0])
    if cur.dep_ == "dobj" and cur.head.pos_ == "VERB":
        # "Trump won 99 delegates", "Gazprom holds 40 percent": whose they are, when a name says so
        subj = [c for c in cur.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].ent_type_ in _HOLDER_LABELS:
            return _phrase(subj[0])
    return None


_HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# "the number of patients admitted", "the total number of people killed": what the number counts
_NUMBER_OF = re.compile(r"\bnumber of (?:[a-z]+ ){0,2}?([a-z]+s|people|children|men|women)\b", re.I)


@cache
def _implied_units() -> dict[str, str]:
    """lexicons/figure_implied_units.tsv: subject head -> unit ("death toll" -> people)."""
    return {head.strip().lower(): unit.strip() for head, _, unit in
            (line.partition("\t") for line in data_lines("figure_implied_units.tsv"))}


def _implied_unit(subject: str | None) -> str | None:
    """The unit a bare figure's subject implies: "the number of patients admitted" -> "patients",
    "the death toll from the quake" -> "people" (lexicons/figure_implied_units.tsv); None when the
    subject says nothing of what is counted."""
    if not subject:
        return None
    if m := _NUMBER_OF.search(subject):
        return m.group(1).lower()
    # the head is before any "from ..."/"in ..." complement: "the death toll from the quake"
    head = re.split(r"\s+(?:from|in|of|on|at|after|since|among)\s+", subject.lower(), maxsplit=1)[0].strip()
    words = re.findall(r"[a-z]+", head)
    for n in (2, 1):
        if len(words) >= n and (unit := _implied_units().get(" ".join(words[-n:]))):
            return unit
    return None


@cache
def _crowd_verbs() -> dict[str, str]:
    """lexicons/figure_crowd_verbs.tsv: verb lemma -> the crowd noun its bare subject sizes."""
    return {verb.strip().lower(): noun.strip() for verb, _, noun in
            (line.partition("\t") for line in data_lines("figure_crowd_verbs.tsv"))}


def crowd_of_verb(lemma: str) -> str | None:
    """The crowd a bare number sizes when it is the subject of a verb of attending or marching
    ("20,000 attended" -> "attendance", "thousands marched" -> "crowd"), so that the figure has a
    subject to be compared with another source's "the crowd at 8,000"; None for other verbs."""
    return _crowd_verbs().get(lemma.lower())


def crowd_verb_stems() -> frozenset[str]:
    """Stems of the verbs of lexicons/figure_crowd_verbs.tsv, to know an event trigger as written
    ("marched", "rallied", "protesting") for one of them: the lemma less a final "e" or "y"."""
    return frozenset(verb.rstrip("ey") for verb in _crowd_verbs())


def _implied_whole(tok: Token) -> Token | None:
    """The noun a number hangs on by "of" when that noun itself says what is counted ("a crowd of
    31,000", "a death toll of 50": lexicons/figure_implied_units.tsv): it gives the figure its unit,
    and it, not the number, names what is measured; None otherwise."""
    whole = tok.head.head
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and whole.pos_ == "NOUN" and whole.i < tok.i
            and whole.lemma_.lower() in _implied_units()):
        return whole
    return None


# Plural nouns that name a measure, not a thing counted, so that "rose to 600 points" still reads
# the clause subject as what was measured.
_MEASURE_NOUNS = frozenset({"points", "degrees", "percent", "cents", "pence"})
# Words before a name that leave out the verb of the clause before: "Okoro had 50.8 percent and
# Nwosu 47.9 percent" (gapping), so the name is whose the figure is.
_GAPPING_LINKS = frozenset({"and", ",", "while", "whereas", "but", ";"})


def _head_phrase(tok: Token) -> str:
    """The noun phrase up to its head ``tok``, without what follows it: "a loss" of "a loss of 31
    million euros", "adjusted earnings"."""
    left = [t for c in tok.lefts for t in c.subtree]
    start = min([t.idx for t in left] + [tok.idx])
    return doc_text(tok.doc)[start : tok.idx + len(tok)]


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject is ``verb``'s: itself, or for an infinitive without a subject of its
    own the verb it completes ("defence spending set to rise to 2.5%": the spending rises)."""
    cur = verb
    for _ in range(3):
        if cur.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            break
        cur = cur.head
    return cur


def _per_measure(doc: Doc, first: int) -> str | None:
    """"earnings per share of 2.10 to 2.25 dollars", "output per worker of 41 units": the figure
    right after "MEASURE per NOUN of" sizes the whole rate phrase; None otherwise. Read off the
    words, since the parser hangs "per" and "of" anywhere in a coordination ("... dollars and
    earnings per share of 2.10")."""
    if first < 4 or doc[first - 1].lower_ != "of" or doc[first - 3].lower_ != "per":
        return None
    noun, measure = doc[first - 2], doc[first - 4]
    if noun.pos_ != "NOUN":
        return None
    measures = word_list("figure_measure_nouns.txt")
    if measure.pos_ != "NOUN" or (measure.lemma_.lower() not in measures and measure.lower_ not in measures):
        return None
    return doc_text(doc)[measure.idx : noun.idx + len(noun)]


def _holder_name(tok: Token) -> str | None:
    """The proper name ``tok`` heads ("Fletcher", "Amara Nwosu"), without what hangs off it; None
    when ``tok`` is no name of a person, group or place."""
    if tok.pos_ != "PROPN" or not (tok.ent_type_ in _HOLDER_LABELS or tok.tag_ == "NNP"):
        return None
    first = tok
    while first.i > 0 and tok.doc[first.i - 1].pos_ == "PROPN" and tok.doc[first.i - 1].head.i in {tok.i, first.i}:
        first = tok.doc[first.i - 1]
    return doc_text(tok.doc)[first.idx : tok.idx + len(tok)]


def _name_before(doc: Doc, j: int) -> int | None:
    """The first token of the proper name that ends at token ``j`` (a person, group or place), or
    None when no such name ends there."""
    if j < 0 or doc[j].pos_ != "PROPN" or doc[j].ent_type_ in {"DATE", "TIME", "MONEY"}:
        return None
    k = j
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if not any(doc[t].ent_type_ in _HOLDER_LABELS for t in range(k, j + 1)):
        return None
    return k


def _named_holder(doc: Doc, first: int) -> str | None:
    """Whose figure it is, read off the words right before it, since parsers tend to attach the
    name to another clause:

    - "Okoro had 50.3 percent", "Nwosu won 48.1 percent": name + a having verb
      (lexicons/figure_holder_verbs.txt);
    - "with Diaz at 44 percent and Fletcher at 42 percent": name + "at";
    - "... and opposition leader Amara Nwosu 47.9 percent": gapping, a name after a conjunction
      with the verb of the clause before left out (title words before the name allowed)."""
    if first < 2:
        return None
    before = doc[first - 1]
    if before.lower_ == "at" or (before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() in word_list("figure_holder_verbs.txt")):
        k = _name_before(doc, first - 2)
        return doc_text(doc)[doc[k].idx : before.idx].rstrip() if k is not None else None
    k = _name_before(doc, first - 1)
    if k is None:
        return None
    m = k
    while m > 0 and k - m < 3 and doc[m - 1].pos_ in {"NOUN", "ADJ"} and doc[m - 1].text.islower():
        m -= 1  # "opposition leader Amara Nwosu": a title before the name
    if m == 0 or doc[m - 1].lower_ not in _GAPPING_LINKS:
        return None
    return doc_text(doc)[doc[k].idx : before.idx + len(before)]


def _is_amount(tok: Token) -> bool:
    """A number, a percent or a sum of money standing as a phrase head ("$1.42", "5%", "300")."""
    return tok.like_num or tok.lower_ in {"%", "percent", "pct"} or tok.ent_type_ in {"MONEY", "PERCENT", "CARDINAL"}


UPDATE_MARK = "updated count"  # in a figure's reason: it gives the new state of a count
DEATH_MARK = "counts the dead"  # in a figure's reason: the people it counts died (figure_death_words.txt)
SHARE_MARK = "ratio"  # in a figure's reason: a share of a population ("four in 10 voters")
ANTECEDENT_MARK = "speaks again of"  # in a figure's reason, before the earlier figure's text in quotes
_REACHING = frozenset({"reach", "top", "pass", "surpass", "exceed"})


def _update_note(carrier: Token | None) -> str:
    """'; updated count ('rose to')' when the figure is the new state of a count ("the death toll
    rose to 17", "stands at 40,000", "has reached 300"), which updates an earlier figure rather than
    disputing it (lexicons/figure_update_verbs.txt); '' otherwise."""
    if carrier is None:
        return ""
    verbs = word_list("figure_update_verbs.txt")
    if carrier.dep_ == "pobj" and carrier.head.lower_ in {"to", "at"} and carrier.head.dep_ == "prep":
        verb = carrier.head.head
        if verb.lemma_.lower() in verbs:
            return f"; {UPDATE_MARK} ('{verb.text} {carrier.head.text}')"
    if carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in verbs & _REACHING:
        return f"; {UPDATE_MARK} ('{carrier.head.text}')"
    return ""


def _phrase(tok: Token, before: Token | None = None) -> str | None:
    """The noun phrase of ``tok`` without its relative clauses, and ending before ``before`` (an "at"
    phrase the parser hung inside it); None when it is only a dateline the parser made the clause's
    subject ("KYIV, March 5 - The death toll ... rose to 15")."""
    toks = [t for t in tok.subtree if not (t.dep_ in {"relcl", "punct"} and t.head.i == tok.i and t.i > tok.i)
            and (before is None or t.i < before.i)]
    kept = [t for t in toks if t.i <= tok.i or not (t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors if a.i > tok.i))]
    text = doc_text(tok.doc)
    s, e = kept[0].idx, kept[-1].idx + len(kept[-1])
    if (dateline := dateline_end(text, s)) is not None and dateline > s:
        if dateline >= e:
            return None  # the dash follows the phrase: it is all dateline
        s = dateline
    return text[s:e]


def extract_quantities(
    doc: Doc, article_id: str, quotes: Sequence[Quote], times: Sequence[TimeRef]
) -> list[Quantity]:
    """Every figure in ``doc``, in text order."""
    time_spans = [(t.span.start, t.span.end) for t in times]
    # Without a time extractor's spans, fall back on the parser's DATE/TIME entities.
    use_ents = not times
    out: list[Quantity] = []
    counted: list[Token] = []  # the plural nouns earlier figures count, for elided units
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        # a number first (most tokens are none), then whether it is excluded
        got = _collect(doc, i)
        fraction = got is not None and doc[got[1]].lower_ in _FRACTIONS
        if got is None or (_excluded(tok, time_spans, use_ents) if not fraction
                           else any(s <= tok.idx < e for s, e in time_spans)):
            i += 1
            continue
        first, last, low, high, fuzzy, currency = got
        if not fraction and any(_excluded(doc[k], time_spans, use_ents) for k in range(first, last + 1)
                                if _value(doc[k]) is not None):
            i = last + 1
            continue
        reason = f"fraction ('{doc_text(doc)[doc[first].idx : doc[last].idx + len(doc[last])]}') as a percent" \
            if fraction else "number"
        approx = fuzzy
        # Ranges: "between 30 and 60", "65 to 90", "30-60", "from 70,000 to 85,000".
        j = last + 1
        if _repeated_unit_range(doc, first, last):
            j += 1  # "48 cents to 52 cents a share": the unit said twice joins no two figures
        if j + 1 < n and doc[j].lower_ in {"to", "-", "–", "and"} and not fraction:  # "by a fifth to 890 million": a change, then a level
            nxt = _collect(doc, j + 1)
            is_between = first > 0 and doc[first - 1].lower_ == "between"
            ok_join = doc[j].lower_ != "and" or is_between
            if nxt is not None and ok_join and not _excluded(doc[j + 1], time_spans, use_ents):
                f2, l2, lo2, hi2, fz2, cur2 = nxt
                scale2 = _scale_of(doc, l2)
                if scale2 > 1 and _scale_of(doc, last) == 1 and low * scale2 <= hi2:
                    low *= scale2  # "between 5 and 7 million": the scale word covers both ends
                    high = low
                if lo2 >= low:
                    high = hi2
                    last = l2
                    currency = currency or cur2
                    reason = "range"
                    if is_between:
                        first -= 1
        if first > 0 and doc[first - 1].lower_ == "from" and reason == "range":
            first -= 1
        ratio = _ratio(doc, first, last, low, time_spans, use_ents) if reason == "number" and low == high and not fuzzy else None
        if ratio is not None:
            m_index, whole = ratio
            reason = f"{SHARE_MARK} ('{doc_text(doc)[doc[first].idx : doc[m_index].idx + len(doc[m_index])]}') as a percent"
            low = high = round(low / whole * 100, 2)
            last, currency = m_index, "%"
        q_first, qualifier = _qualifier(doc, first)
        if qualifier is not None and qualifier not in KEEP_QUALIFIER:
            approx = qualifier if approx is None else f"{qualifier} {approx}"
            first = q_first
        elif qualifier is not None:
            first = q_first
        if first > 2 and [t.lower_ for t in doc[first - 3 : first]] == ["plus", "or", "minus"] and approx is None:
            approx = "plus or minus"  # "forecast $32.5 billion, plus or minus 2%": a tolerance, not a sign
            first -= 3
        elif first > 0 and doc[first - 1].lower_ == "minus" and approx is None:
            low, high = -high, -low  # "minus 6 degrees": the sign is a word
            first -= 1
        unit, carrier = _unit_and_head(doc, i if not _currency_code(doc[i].text) else i + 1, last, currency)
        if unit is not None and carrier is not None and carrier.i > last and _glued_dash(doc, carrier.i + 1) \
                and doc[carrier.i + 2].pos_ in {"NOUN", "PROPN"}:
            # "two co-defendants", "50 self-employed workers"... the tokenizer splits a hyphenated
            # noun; its last part is the head, and the whole word names what is counted
            carrier = doc[carrier.i + 2]
            unit = doc_text(doc)[doc[carrier.i - 2].idx : carrier.idx + len(carrier)].lower()
        if unit is not None and not any(ch.isalpha() for ch in unit):
            unit = None  # "| 1 | 2 |": a table's rule the tagger took for a noun counts nothing
        # "told a crowd of 1,300": the crowd is what the figure sizes, whoever the clause's subject is
        whole = _implied_whole(doc[last])
        subject = _named_holder(doc, first) or _per_measure(doc, first) or (_head_phrase(whole) if whole is not None and carrier is not None and whole.i == carrier.i else None) \
            or _subject(doc, carrier)
        if ratio is not None and (whole_of := _noun_after(doc, last)) is not None:
            subject = whole_of  # "nine out of 10 Ukrainians": a share of Ukrainians
        if fraction and (whole_of := _whole_of_fraction(doc, last)) is not None:
            subject = whole_of  # "nearly half of respondents": a share of the respondents
        strength = _strength_noun(doc, last)
        if strength is not None:
            # "the 2.5 million-strong union": the number counts the union's members
            unit = _implied_units().get(strength.lemma_.lower(), "members")
            subject = doc_text(doc)[doc[last + 3].idx : strength.idx + len(strength)]
            carrier = strength
        elided = person_verb = None
        if unit is None and subject is None and carrier is not None and carrier.i <= last:
            elided = _elided_unit(doc, first, last, counted)
            if elided is not None:
                unit = _currency_code(elided.text) or elided.text.lower()  # "85 million euros ... 10 million"
            elif (person_verb := _people_verb(doc, last)) is not None:
                unit = "people"
        crowd_note = ""
        if subject is None and person_verb is not None and (crowd := crowd_of_verb(person_verb.lemma_)) is not None:
            subject = crowd  # "organizers said 20,000 attended": the attendance
            crowd_note = f"; subject '{crowd}' implied by '{person_verb.text}'"
        antecedent = _antecedent(doc, out, first, subject) if unit is None else None
        if antecedent is not None:
            unit, subject = antecedent.unit, antecedent.subject  # "the figure" itself says nothing
        tally = _vote_tally(doc, i, last) if unit is None or unit in {"vote", "votes"} else None
        if tally is not None:
            unit = "votes"
        implied = _implied_unit(subject) if unit is None and antecedent is None else None
        if implied is not None:
            unit = implied
        counted_subject = _counted_subject(carrier) if unit is None and antecedent is None and subject is not None else None
        if counted_subject is not None:
            unit = counted_subject.lower_  # "hospitalisations rose by 14% to 2,340": 2,340 hospitalisations
        if unit == "percent" and subject is None and carrier is not None:
            subject = _share_of(doc, carrier)  # "about 62% of children under five": a share of the children
        money_before = _currency_before(doc, out, first, last) if unit is None and antecedent is None else None
        if money_before is not None:
            unit = money_before.unit
        if carrier is not None and unit is not None and carrier.tag_ in _PLURAL_NOUN_TAGS and carrier.i > last:
            counted.append(carrier)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text.rstrip("."))
        if unit in _SPAN_UNITS and carrier is not None and carrier.i > last:
            end = carrier.idx + len(carrier)
        sent = tok.sent
        quote = next((q for q in quotes if q.span.start <= doc[i].idx and doc[last].idx + len(doc[last]) <= q.span.end), None)
        as_of = _as_of(times, sent.start_char, sent.end_char, doc_text(doc), end,
                       doc=doc, figure=carrier if carrier is not None else doc[last])
        out.append(
            Quantity(
                id=record_id("quantity", article_id, start, end),
                span=Span(article_id, start, end),
                sentence=Span(article_id, sent.start_char, sent.end_char),
                text=doc_text(doc)[start:end],
                low=float(low),
                high=float(high),
                approx=approx,
                unit=unit,
                subject=subject,
                attributed_to=quote.id if quote else None,
                as_of=as_of,
                reason=reason + (f"; qualifier '{qualifier}'" if qualifier else "") + ("; in a quote" if quote else "")
                + _update_note(carrier)
                + (f"; unit '{unit}' from the figure before it (noun left out)" if elided is not None else "")
                + (f"; {ANTECEDENT_MARK} '{antecedent.text}' (unit and subject from it)" if antecedent is not None else "")
                + (f"; unit 'people' implied by '{person_verb.text}'" if person_verb is not None else "")
                + _death_note(doc, last, carrier, person_verb, antecedent)
                + crowd_note
                + (f"; vote tally '{tally}' (for-against)" if tally is not None else "")
                + (f"; currency {unit} from '{money_before.text}' (left out)" if money_before is not None else ""),
            )
        )
        i = last + 1
    return out


# "the Interior Ministry put the figure at 38,000", "the army said the number was closer to 60": a
# definite noun that names a figure, not what it counts, speaks again of the figure before it
_FIGURE_ANAPHOR = re.compile(r"^(?:the|that|this|its|their|his|her)\s+(?:\w+\s+)?(?:figure|number|total|tally|count|estimate|toll)s?$", re.I)
# "41, up from 35 on Monday": a baseline set right after a figure counts what it counts
_BASELINE_BEFORE = re.compile(r"\b(?:(?:up|down|rising|falling|climbing|dropping) from|compared (?:with|to)|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}[$€£]?$", re.I)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _antecedent(doc: Doc, earlier: Sequence[Quantity], first: int, subject: str | None) -> Quantity | None:
    """The earlier figure of the same paragraph a unitless figure speaks of again: named by an
    anaphoric noun ("put the figure at 38,000") or set as its baseline ("41, up from 35")."""
    if not earlier:
        return None
    text = doc_text(doc)
    start = doc[first].idx
    paragraph = text.rfind("\n", 0, start) + 1
    # "the two sides will release 1,200 prisoners each": a definite number names a known set, not a count
    candidates = [q for q in earlier if q.span.start >= paragraph and (q.unit or q.subject)
                  and not _DEFINITE_BEFORE.search(text, max(paragraph, q.span.start - 8), q.span.start)]
    if not candidates:
        return None
    prev = candidates[-1]
    # a toll is a count of its own ("the toll rose to 13"); "put the toll at 230" estimates one given before
    toll = subject is not None and subject.lower().endswith(("toll", "tolls"))
    if subject is not None and _FIGURE_ANAPHOR.match(subject) and (not toll or text[:start].rstrip().endswith(" at")):
        # the main figure of the last sentence that gave one: "212 people had died and 15 were still
        # missing. The Red Crescent put the toll at 230" speaks of the 212
        return next(q for q in candidates if q.sentence.start == prev.sentence.start)
    if subject is None and prev.sentence.start <= start and _BASELINE_BEFORE.search(text, prev.span.end, start):
        return prev
    return None


# A length of time ("the past 24 hours", "for three months") or a recurrence is no point in time
# a figure can be dated to: "10 provinces ... for three months" is not as of "P3M".
_UNDATED_KINDS = frozenset({"duration", "set"})


# A baseline figure set beside this one: "836 have died, up from 620 at the end of October",
# "turnout was 41.8%, down from 80% in 2018". A time after it dates the baseline, not this figure.
_BASELINE = re.compile(r"\b(?:(?:up|down) from|compared (?:with|to)|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}[$€£]?\d", re.I)


def _as_of(times: Sequence[TimeRef], start: int, end: int, text: str = "", fig_end: int = -1,
           doc: Doc | None = None, figure: Token | None = None) -> str | None:
    """The value of the dated time in the sentence ``start``..``end`` that dates the figure, or None.

    Durations and sets are skipped: their values (P3M, PT24H) say how long, not when, so they
    cannot date a figure. A time that follows a baseline figure ("up from 620 at the end of
    October") dates that baseline and is skipped too. Of the rest, a time of the figure's own verb
    wins ("shrank 3.4% in October and grew 2% in the third quarter"); else the first."""
    dated = [
        t for t in times
        if start <= t.span.start < end and t.kind not in _UNDATED_KINDS
        and not (0 <= fig_end <= t.span.start and _BASELINE.search(text, fig_end, t.span.start))
    ]
    if not dated:
        return None
    verb = _clause_verb(figure) if figure is not None else None
    if doc is not None and verb is not None:
        for t in dated:
            if _BOUND_BEFORE.search(text, max(0, t.span.start - 12), t.span.start):
                continue  # "extended its cut until the end of the year": an end, not a date of the figure
            span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is not None and (tv := _clause_verb(span.root)) is not None and tv.i == verb.i:
                return t.value
    # "has killed 14,000 people since 2023": a start or an end bounds the count's period; it is
    # not the date the count refers to (that is the report's own)
    unbounded = [t for t in dated if not _BOUND_BEFORE.search(text, max(0, t.span.start - 12), t.span.start)]
    return unbounded[0].value if unbounded else None


_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|since)\s+$", re.I)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok``: its nearest verbal ancestor (or itself)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
_POINT_KINDS = frozenset({"percentage", "basis"})
# Units written as words after the number that the figure's span takes in ("40 per cent", "1.8
# percentage points"), because the number alone would read as a different measure.
_SPAN_UNITS = frozenset({"percent", "percentage points", "basis points", "degrees Celsius", "degrees Fahrenheit"})
# Words that set two figures side by side so that the second may leave its noun out: "9 people were
# killed and 118 wounded", "38.2 million votes, compared with 12.6 million", "836 people, up from 620",
# "538 deaths ... and another 221 in the northwest".
_PARALLEL_LINKS = frozenset({"and", "or", "but", "while", "whereas", "versus", "vs", "vs.", "compared",
                             "against", "plus", "from", "not"})


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


def _glued_dash(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen or dash written without spaces between two tokens."""
    return (0 < k < len(doc) - 1 and doc[k].text in {"-", "\u2013"}
            and doc[k - 1].idx + len(doc[k - 1]) == doc[k].idx and doc[k].idx + 1 == doc[k + 1].idx)


def _vote_tally(doc: Doc, first: int, last: int) -> str | None:
    """"voted 6-3", "a 51-49 vote", "ruled 5-2": the tally "N-M" this number is half of, when a
    voting verb stands before it or a voting noun after it (lexicons/figure_vote_words.txt); None
    otherwise (a score, "beat Clemson 45-40", counts no votes)."""
    if first != last:
        return None
    if last + 2 < len(doc) and _glued_dash(doc, last + 1) and doc[last + 2].like_num:
        a, b = first, last + 2
    elif first >= 2 and _glued_dash(doc, first - 1) and doc[first - 2].like_num:
        a, b = first - 2, first
    else:
        return None
    words = word_sections("figure_vote_words.txt")
    before = doc[a - 1] if a > 0 else None
    after = doc[b + 1] if b + 1 < len(doc) else None
    if (before is not None and before.lemma_.lower() in words.get("verbs", frozenset())) or (
            after is not None and after.lower_ in words.get("nouns", frozenset())):
        return f"{doc[a].text}-{doc[b].text}"
    return None


def _people_verb(doc: Doc, last: int) -> Token | None:
    """The word that makes a bare number a count of people: a verb ("Floods kill at least 40",
    "killed 10 and injured 44", "at least 12 were arrested", "at least 3 killed";
    lexicons/figure_person_verbs.txt) whose object or (passive) subject the number is, or a state
    word right after it ("12 dead", "dozens missing"; lexicons/figure_person_states.txt). Only for
    a number with no noun of its own."""
    tok = doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in word_list("figure_person_states.txt") and (
            tok.head.i == nxt.i or nxt.head.i == tok.i):
        return nxt  # "12 dead, 30 injured", "dozens missing"
    after = doc[last + 2] if last + 2 < len(doc) else None
    if nxt is not None and after is not None and nxt.lower_ in word_list("figure_state_hedges.txt") \
            and after.lower_ in word_list("figure_person_states.txt"):
        return after  # "42 confirmed dead", "dozens feared dead"
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return None
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.pos_ == "VERB" and (verb.lemma_.lower() in word_list("figure_person_intransitive.txt")
                                                       or crowd_of_verb(verb.lemma_) is not None):
        return verb  # "dozens died", "four of the wounded died", "20,000 attended" (figure_crowd_verbs.tsv)
    # headlines drop the auxiliary: "at least 3 killed" parses the count as the participle's subject
    headline_passive = tok.dep_ == "nsubj" and verb.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ == "dobj" for c in verb.children)
    if (tok.dep_ not in {"dobj", "nsubjpass"} and not headline_passive) or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in word_list("figure_person_verbs.txt") else None


def _death_note(doc: Doc, last: int, carrier: Token | None, person_verb: Token | None,
                antecedent: Quantity | None) -> str:
    """'; counts the dead ('died')' when the people a figure counts died: the subject of a verb of
    dying, the object (or passive subject) of a verb of killing, or a count followed by "dead"
    (lexicons/figure_death_words.txt), or a figure speaking again of such a count ("put the toll at
    35"). A toll, "31 people had died" and "floods killed 34" are one measure to compare between
    sources; '' otherwise."""
    if antecedent is not None and DEATH_MARK in antecedent.reason:
        return f"; {DEATH_MARK} (as '{antecedent.text}')"
    words = word_sections("figure_death_words.txt")
    if person_verb is not None and person_verb.lower_ in words["state"]:
        return f"; {DEATH_MARK} ('{person_verb.text}')"
    counted = carrier if carrier is not None and carrier.i > last else doc[last]
    verb = counted.head
    if verb.pos_ != "VERB" or verb.i == counted.i:
        return ""
    lemma = verb.lemma_.lower()
    passive_headline = counted.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
    if (counted.dep_ == "nsubj" and lemma in words["die"]) or (
            lemma in words["kill"] and (counted.dep_ in {"dobj", "nsubjpass"} or passive_headline)):
        return f"; {DEATH_MARK} ('{verb.text}')"
    return ""


def _more_of_the_same(doc: Doc, first: int) -> bool:
    """"76 drones were shot down; another 40 were jammed": "another" and "an additional" say the
    figure counts more of what was just counted, so they link it to the figure before without a
    conjunction."""
    words = [t.lower_ for t in doc[first : first + 2]]
    return words[:1] == ["another"] or words == ["an", "additional"]


def _elided_unit(doc: Doc, first: int, last: int, counted: Sequence[Token]) -> Token | None:
    """The plural noun an earlier figure of the same sentence counts, when this figure is a bare
    number in a parallel phrase that leaves the noun out (English ellipsis of a repeated head noun).

    Only a plural count noun is carried over ("9 people ... and 118 wounded"), never a percent or a
    currency, and only across a coordinating or comparing word, so that an unrelated bare number
    later in the sentence ("a magnitude 7.8 quake ... rose to 2,300") keeps no unit."""
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return None  # the figure has its own noun, even if the parse missed the link
    head = doc[last].head
    if doc[last].dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return None  # "a work force of 43 million": the noun before "of" names what is counted
    sent = doc[first].sent
    for noun in reversed(counted):
        if noun.i >= first or noun.sent.start != sent.start:
            continue
        # a conjunction between modifiers ("directly or indirectly") joins no figures
        between = {t.lower_ for t in doc[noun.i + 1 : first] if not (t.dep_ == "cc" and t.head.pos_ in {"ADV", "ADJ"})}
        if between & _PARALLEL_LINKS or _more_of_the_same(doc, first):
            return noun
        return None
    return None


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


def _noun_phrase_end(doc: Doc, k: int) -> Token | None:
    """The head noun of the noun phrase opening at token ``k``, read off the words ("the country's
    9.2 million households" -> "households"): the last noun of the first run of words that can
    stand inside a noun phrase (determiners, possessives, numbers, adjectives, nouns); None if none."""
    last = None
    for t in doc[k : k + 10]:
        if t.pos_ in {"NOUN", "PROPN"}:
            last = t
        elif not (t.pos_ in {"DET", "NUM", "ADJ", "PART"} or t.tag_ in {"PRP$", "POS"}):
            break
    return last


def _possessed(tok: Token) -> Token:
    """The noun a possessor belongs to: "country" in "the country's households" -> "households"."""
    while tok.dep_ == "poss" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _strength_noun(doc: Doc, last: int) -> Token | None:
    """The noun of "the 2.5 million-strong union", "a 10,000-strong crowd": a number glued to
    "-strong" counts the members of the noun it modifies; None when "-strong" does not follow."""
    if last + 2 >= len(doc) or not _glued_dash(doc, last + 1) or doc[last + 2].lower_ != _STRENGTH:
        return None
    head = _possessed(doc[last + 2].head)
    if head.pos_ == "NOUN" and head.i > last + 2:
        return head  # "strong" modifies the noun ("the 40,000-strong teachers' union")
    return next((t for t in doc[last + 3 : last + 8] if t.pos_ == "NOUN" and t.dep_ not in {"compound", "poss"}), None)


@cache
def _currency_codes() -> frozenset[str]:
    """Every ISO code a currency symbol or word maps to (USD, EUR, SEK...)."""
    return frozenset(CURRENCY.values()) | frozenset(_more_currencies().values())


def _counted_subject(carrier: Token | None) -> Token | None:
    """The plural count noun heading the subject of a verb that brings a count to a new level
    ("COVID-19 hospitalisations rose by 14% to 2,340", "Arrivals fell to about 44,000",
    lexicons/figure_update_verbs.txt), when the bare number after "to"/"at" is the new level: the
    number counts what the subject names. Measures ("prices rose to 105.3", "sales climbed to
    41,000": lexicons/figure_measure_nouns.txt) count nothing by themselves. None otherwise."""
    if carrier is None or carrier.dep_ != "pobj" or carrier.head.lower_ not in {"to", "at"} or not carrier.like_num:
        return None
    verb = carrier.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("figure_update_verbs.txt"):
        return None
    subj = next((c for c in _subject_verb(verb).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    measures = word_list("figure_measure_nouns.txt")
    if subj is None or subj.tag_ not in _PLURAL_NOUN_TAGS or subj.lemma_.lower() in measures or subj.lower_ in measures:
        return None
    return subj


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


def _currency_before(doc: Doc, earlier: Sequence[Quantity], first: int, last: int) -> Quantity | None:
    """The earlier figure of the same paragraph whose currency a bare scaled amount leaves out:
    "rose to 3.1 billion euros from 2.8 billion", "85 million euros ... signed him for 4 million".
    Wire copy names the currency once and drops it after; only an amount with a scale word
    (million, billion...) and no noun of its own is read so, since a bare small number ("18.40")
    or a count ("38 million subscribers") says nothing of money. None otherwise."""
    if _scale_of(doc, last) <= 1 or not earlier:
        return None
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return None
    text = doc_text(doc)
    paragraph = text.rfind("\n", 0, doc[first].idx) + 1
    prev = earlier[-1]
    return prev if prev.span.start >= paragraph and prev.unit in _currency_codes() else None


def _noun_after(doc: Doc, last: int) -> str | None:
    """The noun phrase right after a number, up to its head: "10 Iowa Republicans" -> "Iowa
    Republicans"; None when no noun follows."""
    j = last + 1
    while j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN", "ADJ"}:
        if doc[j].dep_ not in {"compound", "amod", "nmod"} or doc[j].head.i <= j:
            return doc_text(doc)[doc[last + 1].idx : doc[j].idx + len(doc[j])] if doc[j].pos_ != "ADJ" else None
        j += 1
    return None


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
    counting_verb = before is not None and before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() not in _speech_verbs()
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


def _scale_of(doc: Doc, last: int) -> float:
    w = doc[last].lower_.rstrip(".")
    return float(SCALES.get(w, 1))
