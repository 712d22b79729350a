"""Figures: numbers that count or measure something, with range, qualifier, unit and who claims them.

Analysts compare figures across sources ("4,000 missiles" in one report, "3,500" in another), so
each Quantity keeps the value as a range (``low``/``high``, equal for a point), the hedge the text
put on it (``approx``: around, more than, up to...), what is counted (``unit``), the noun phrase it
describes where the parse shows it (``subject``), the attribution whose content holds it
(``attributed_to``) and the date it refers to (``as_of``).

What is not a figure, by rule: dates, times and years (anything inside a TimeRef span or a DATE/TIME
entity), ordinals, numbers glued into names or models (F-16, Su-34) and numbers used as hyphenated
modifiers ("a 1,000-pound warhead", "a two-hour call"): those describe a property of a thing, not a
count, and counting them would flood the figure table with noise.

Bounds ("more than 200") keep ``low == high == 200``; the bound type lives in ``approx`` so that no
infinite values reach JSON or SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import DATELINE
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
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
    if tok.lower_ == "one" and tok.dep_ != "nummod":
        return True  # "one of them", "one recalls": a pronoun, not a count
    if _spelled_compound(doc, tok.i) or (tok.i >= 2 and _spelled_compound(doc, tok.i - 2)):
        return False
    # Hyphenated modifier or a model name: "1,000-pound", "two-hour", "F-16", "Su-34"; but
    # "30-60" is a range.
    if nxt is not None and nxt.text == "-" and nxt.idx == tok.idx + len(tok):
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is None or (_value(after) is None and after.lower_ not in SCALES):
            return True
    if prev is not None and prev.text == "-" and prev.idx + 1 == tok.idx:
        before = tok.doc[prev.i - 1] if prev.i > 0 else None
        if before is not None and before.idx + len(before) == prev.idx and _value(before) is None:
            return True
    if re.match(r"^\d{4}$", text) and 1800 <= int(text) <= 2100:
        if prev is None or prev.lower_ in YEAR_PREV or prev.ent_type_ == "DATE" or not (nxt is not None and nxt.pos_ == "NOUN"):
            return True
    if prev is not None and (prev.text in {"#", "No.", "no."} or prev.lower_ in LABEL_NOUNS):
        return True  # a label ("part 3", "channel 125"), not a count
    if prev is not None and prev.text in {":", "."} and prev.idx == tok.idx - 1 and prev.i > 0 and tok.doc[prev.i - 1].like_num:
        return True  # 9:30, 3.5 split oddly
    return _enumerator(tok)


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


def _collect(doc: Doc, i: int) -> tuple[int, int, float, float, str | None, str | None] | None:
    """Read the number starting at token ``i``: (first tok, last tok, low, high, fuzzy qualifier,
    currency) or None."""
    tok = doc[i]
    low_t = tok.lower_
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
    if tok.text in CURRENCY and i + 1 < len(doc):
        currency = CURRENCY[tok.text]
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
        else:
            break
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
    return first, None


def _unit_and_head(doc: Doc, first: int, last: int, currency: str | None) -> tuple[str | None, Token | None]:
    """What is counted, and the token that carries it in the parse."""
    if currency == "%":
        return "percent", doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in {"percent", "pct", "%"}:
        return "percent", nxt
    if nxt is not None and nxt.lower_ == "per" and last + 2 < len(doc) and doc[last + 2].lower_ == "cent":
        return "percent", doc[last + 2]
    if currency:
        return currency, doc[last]
    if nxt is not None and nxt.lower_ in CURRENCY and nxt.lower_ not in {"pound", "pounds"}:
        return CURRENCY[nxt.lower_], nxt
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
    return None, tok


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
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        verb = cur.head.head
        if verb.pos_ in {"VERB", "AUX"}:
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i]
            if objs and cur.head.lower_ in {"at", "to"}:
                return _phrase(objs[0])
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj and cur.head.lower_ in {"at", "to", "by"} and subj[0].pos_ != "PRON":
                return _phrase(subj[0])
    if cur.dep_ in {"attr", "dobj"} and cur.head.lemma_ in {"be", "reach", "total", "number", "exceed", "hit"}:
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

UPDATE_MARK = "updated count"  # in a figure's reason: it gives the new state of a count
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


def _phrase(tok: Token) -> str | None:
    """The noun phrase of ``tok`` without its relative clauses; None when it is only a dateline the
    parser made the clause's subject ("KYIV, March 5 - The death toll ... rose to 15")."""
    toks = [t for t in tok.subtree if not (t.dep_ in {"relcl", "punct"} and t.head.i == tok.i and t.i > tok.i)]
    kept = [t for t in toks if t.i <= tok.i or not any(a.dep_ == "relcl" for a in t.ancestors if a.i > tok.i)]
    text = doc_text(tok.doc)
    s, e = kept[0].idx, kept[-1].idx + len(kept[-1])
    if (dateline := DATELINE.match(text, s)) is not None:
        if dateline.end() >= e:
            return None  # the dash follows the phrase: it is all dateline
        s = dateline.end()
    return text[s:e]


def extract_quantities(
    doc: Doc, article_id: str, quotes: Sequence[Quote], times: Sequence[TimeRef]
) -> list[Quantity]:
    """Every figure in ``doc``, in text order."""
    time_spans = [(t.span.start, t.span.end) for t in times]
    # Without a time extractor's spans, fall back on the parser's DATE/TIME entities.
    use_ents = not times
    out: list[Quantity] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if _excluded(tok, time_spans, use_ents):
            i += 1
            continue
        got = _collect(doc, i)
        if got is None:
            i += 1
            continue
        first, last, low, high, fuzzy, currency = got
        if any(_excluded(doc[k], time_spans, use_ents) for k in range(first, last + 1) if _value(doc[k]) is not None):
            i = last + 1
            continue
        reason = "number"
        approx = fuzzy
        # Ranges: "between 30 and 60", "65 to 90", "30-60", "from 70,000 to 85,000".
        j = last + 1
        if j + 1 < n and doc[j].lower_ in {"to", "-", "–", "and"}:
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
        q_first, qualifier = _qualifier(doc, first)
        if qualifier is not None and qualifier not in KEEP_QUALIFIER:
            approx = qualifier if approx is None else f"{qualifier} {approx}"
            first = q_first
        elif qualifier is not None:
            first = q_first
        unit, carrier = _unit_and_head(doc, i if doc[i].text not in CURRENCY else i + 1, last, currency)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text.rstrip("."))
        if unit == "percent" and carrier is not None and carrier.i > last:
            end = carrier.idx + len(carrier)
        sent = tok.sent
        quote = next((q for q in quotes if q.span.start <= doc[i].idx and doc[last].idx + len(doc[last]) <= q.span.end), None)
        as_of = next((t.value for t in times if sent.start_char <= t.span.start < sent.end_char), None)
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
                subject=_subject(doc, carrier),
                attributed_to=quote.id if quote else None,
                as_of=as_of,
                reason=reason + (f"; qualifier '{qualifier}'" if qualifier else "") + ("; in a quote" if quote else "")
                + _update_note(carrier),
            )
        )
        i = last + 1
    return out


def _scale_of(doc: Doc, last: int) -> float:
    w = doc[last].lower_.rstrip(".")
    return float(SCALES.get(w, 1))
