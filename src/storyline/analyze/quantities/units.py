"""What a figure counts or measures (its ``unit``) and the token that carries it in the parse:
percent and points, temperatures, currencies, the noun the number modifies or heads, a noun shared
by coordinated figures, a part of a whole ("40 of 52 drones"), a unit a noun implies ("a crowd of
31,000" -> people; lexicons/figure_implied_units.tsv), the members of an "N-strong" group and the
plural subject a count updates ("hospitalisations rose to 2,340").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import data_lines, word_list
from storyline.analyze.quantities.currencies import _currency_code, _money_pounds
from storyline.analyze.quantities.numbers import _SCALE_NAMES, _STRENGTH, _glued_dash, _value
from storyline.analyze.quantities.phrases import _PLURAL_NOUN_TAGS, _possessed, _subject_verb

_POINT_KINDS = frozenset({"percentage", "basis"})
# Units written as words after the number that the figure's span takes in ("40 per cent", "1.8
# percentage points"), because the number alone would read as a different measure.
_SPAN_UNITS = frozenset({"percent", "percentage points", "basis points", "degrees Celsius", "degrees Fahrenheit"})


def _shared_modifier_head(head: Token) -> Token:
    """"800 million credit and debit card accounts": two modifiers share one plural noun, which the
    parser often splits, counting the singular first modifier ("credit") and joining the rest as its
    conjunct ("debit card accounts"). A singular noun whose conjunct is a plural noun reached only
    through modifiers (no number or determiner of its own, so "one man and two women" stays) hands
    the count to that plural noun; ``head`` itself otherwise."""
    if head.tag_ not in {"NN", "NNP"}:
        return head
    for conj in head.children:
        if conj.dep_ != "conj" or conj.tag_ not in _PLURAL_NOUN_TAGS or conj.i <= head.i:
            continue
        between = head.doc[head.i + 1 : conj.i]
        if between and between[0].dep_ == "cc" and all(
                t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in between[1:]):
            return conj
    return head


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
    if nxt is not None and (nxt.text in {"C", "F"} or (len(nxt.text) > 1 and nxt.lower_ in _SCALE_NAMES)):
        return _SCALE_NAMES[nxt.lower_], nxt  # "47.6 C", "111 Fahrenheit": the scale's letter or name alone
    if nxt is not None and nxt.lower_ in _POINT_KINDS and last + 2 < len(doc) and doc[last + 2].lower_ in {"point", "points"}:
        # "1.8 percentage points", "25 basis points": a difference of rates, not a percent
        return f"{nxt.lower_} points", doc[last + 2]
    if currency:
        return currency, doc[last]
    if nxt is not None and _currency_code(nxt.text) and (nxt.lower_ not in {"pound", "pounds"} or _money_pounds(nxt)):
        return _currency_code(nxt.text), nxt
    if (nxt is not None and nxt.text == "-" and after is not None and _currency_code(after.text)
            and after.lower_ not in {"pound", "pounds"}):
        return _currency_code(after.text), after  # "a 520,000-euro fine"
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in word_list("figure_scale_nouns.txt"):
        return before.lower_, before  # "a magnitude 7.8 earthquake": measured on the magnitude scale
    if (rate := _slash_unit(doc, last)) is not None:
        return rate, doc[last + 1]  # "150 km/h", "2 m/s": a speed or a rate, not a length
    shared = _shared_noun(doc, last)
    if shared is not None:
        return shared.text.lower(), shared
    tok = doc[last]
    if nxt is not None and nxt.lower_ in word_list("figure_time_words.txt"):
        # "the toll rose to 233 Sunday", "reached 41 Tuesday night": the day after the number dates
        # the figure; it counts nothing, so what is counted comes from the rest of the sentence.
        # Where the parser hangs the number on that day, the day still stands where the number
        # does in the clause ("rose to ... Sunday"), so it stays the carrier for the subject.
        return None, tok.head if tok.head.lower_ in word_list("figure_time_words.txt") else tok
    head = tok.head
    if tok.dep_ in {"nummod", "quantmod", "compound"} and head.pos_ in {"NOUN", "PROPN"} and head.i > last:
        if head.i == last + 2 and doc[last + 1].lower_ in _POWER_WORDS:
            # "11,000 square kilometres", "2 million cubic metres": an area or a volume, not a length
            return f"{doc[last + 1].lower_} {head.text.lower()}", head
        if (measure := _measure_word(doc, last, head)) is not None:
            return measure.text.lower(), measure
        head = _shared_modifier_head(head)
        return head.text.lower(), head
    # "30 of the soldiers", "4,000 units": the number heads its own phrase.
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if objs:
                return objs[0].text.lower(), objs[0]
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.i == last + 1:
        return nxt.text.lower(), nxt
    if (tally := _tally_noun(doc, first)) is not None:
        # "by 13 votes to two": the second count counts votes too; "from 70 dollars to 85" dollars
        return _currency_code(tally.text) or tally.text.lower(), tally
    if (whole := _implied_whole(tok)) is not None:
        return _implied_units()[whole.lemma_.lower()], whole  # "a crowd of 31,000": the crowd's people
    if (whole := _part_of_whole(doc, last)) is not None:
        return whole.text.lower(), whole
    if (whole := _partitive_whole(doc, first, last)) is not None:
        return whole.text.lower(), whole
    return None, tok


def _slash_unit(doc: Doc, last: int) -> str | None:
    """A unit written as two abbreviations joined by a slash right after the number ("150 km/h",
    "2 m/s", "6.5 ft/s", "0.5 mg/l"), which the tokenizer splits into three tokens: the whole of it
    is the unit, since its first part alone ("km", "m") would read a speed or a rate as a length.
    None when the tokens after the number are not short lowercase words glued by a slash."""
    if last + 3 >= len(doc):
        return None
    first, slash, second = doc[last + 1], doc[last + 2], doc[last + 3]
    if slash.text != "/" or first.whitespace_ or slash.whitespace_:
        return None
    # the sentence's full stop may stay glued to the last abbreviation ("reached 90 km/h.")
    parts = (first.text, second.text[:-1] if second.text.endswith(".") else second.text)
    if not all(p.isalpha() and p.islower() and len(p) <= 3 for p in parts):
        return None
    return "/".join(parts)


def _measure_word(doc: Doc, last: int, head: Token) -> Token | None:
    """The unit of a measure set before the noun it describes when the parser hangs the number on
    that noun ("the 1,480kg satellite", "a 30 km stretch": "1,480" and "kg" both on "satellite"):
    the word right after the number, inside the number's QUANTITY entity that the noun is outside
    of, is the unit; the noun is what is measured, not what is counted. None otherwise."""
    nxt = doc[last + 1]
    if (doc[last].ent_type_ == "QUANTITY" and nxt.ent_type_ == "QUANTITY" and not nxt.ent_iob_ == "B"
            and head.ent_type_ != "QUANTITY" and nxt.head.i == head.i and nxt.is_alpha):
        return nxt
    return None


# words that make a unit of length one of area or volume ("square kilometres", "cubic metres")
_POWER_WORDS = frozenset({"square", "sq", "sq.", "cubic"})


def _tally_noun(doc: Doc, first: int) -> Token | None:
    """"Passed by 91 votes to 40", "won by three goals to one": a bare figure after "N <plural
    noun> to" is the other side of the same tally, counting what the first one counts."""
    if first < 3 or doc[first - 1].lower_ != "to":
        return None
    noun, number = doc[first - 2], doc[first - 3]
    if noun.tag_ not in _PLURAL_NOUN_TAGS or _value(number) is None or number.head.i != noun.i:
        return None
    return noun


# how far back, in words, "of which 28" looks for the counted whole it picks from
_WHICH_REACH = 15


def _counted_plural(tok: Token) -> bool:
    """A plural noun a number counts ("31 drones"): a whole a later bare figure can be a part of."""
    return tok.tag_ in _PLURAL_NOUN_TAGS and any(c.dep_ == "nummod" for c in tok.children)


def _partitive_whole(doc: Doc, first: int, last: int) -> Token | None:
    """"launched 31 drones, the air force said, of which 28 were shot down", "Of the 45 missiles fired,
    39 were intercepted": a bare figure picking a part out of a counted whole counts what the whole
    counts. "Of which" points back to the nearest counted plural noun of the sentence (the parser
    often hangs the relative clause on the speaker); a fronted "of" phrase on the figure's verb names
    the whole itself."""
    if first >= 2 and doc[first - 1].lower_ == "which" and doc[first - 2].lower_ == "of":
        sent_start = doc[first].sent.start
        for k in range(first - 3, max(sent_start, first - _WHICH_REACH) - 1, -1):
            if _counted_plural(doc[k]):
                return doc[k]
        return None
    if last + 2 < len(doc) and doc[last + 1].lower_ == "of" and doc[last + 2].lower_ in {"them", "those"}:
        # "54 people were wounded, 11 of them seriously": the pronoun's whole is the counted plural before
        sent_start = doc[first].sent.start
        for k in range(first - 1, max(sent_start, first - _WHICH_REACH) - 1, -1):
            if _counted_plural(doc[k]):
                return doc[k]
        return None
    tok = doc[last]
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < first:
            whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if whole is not None and _counted_plural(whole):
                return whole
    return None


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
    while i < len(doc) and doc[i].tag_ in _SHARED_MODIFIER_TAGS and doc[i].pos_ != "NUM":
        i += 1
    if i == last + 1 or i + 1 >= len(doc) or doc[i].lower_ not in {"and", "or"} or not doc[i + 1].like_num:
        return None
    if doc[i - 1].tag_ == "NNPS" and doc[i - 1].lower_.endswith("s"):
        # "killed 17 Palestinians and five Israeli soldiers": a plural name of a people is the first
        # number's own noun, not a modifier of the second's ("12 Somali and 11 Yemeni nationals")
        return None
    j = i + 2
    while j < len(doc) and (doc[j].tag_ in _SHARED_MODIFIER_TAGS or _noun_modifier(doc[j])):
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN":
        return doc[j]
    return None


# What may stand between a number and the noun coordinated figures share: adjectives and names
# ("12 Somali and 11 Yemeni nationals") and participles, since counts of cases are classed by them
# ("379 confirmed and 47 probable cases", "12 suspected and 4 confirmed measles cases"); the parser
# reads such a participle as a verb, so its tag, not its part of speech, is what is tested.
_SHARED_MODIFIER_TAGS = frozenset({"JJ", "NNP", "NNPS", "VBN", "VBD"})


def _noun_modifier(tok: Token) -> bool:
    """A noun that modifies a later noun ("cholera" in "47 probable cholera cases"): the shared noun
    is the one it modifies, not the modifier itself."""
    return tok.dep_ == "compound" and tok.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i


# "the number of patients admitted", "the total number of people killed": what the number counts
_NUMBER_OF = re.compile(r"\bnumber of (?:[a-z]+ ){0,2}?([a-z]+s|people|children|men|women)\b", re.I)
# "the number of dead", "put the number of injured at 118": a word for what befalls people standing
# as a noun after "the number of" (lexicons/figure_person_states.txt) names people in that state
_NUMBER_OF_WORD = re.compile(r"\bnumber of (?:the )?([a-z]+)\b", re.I)


@cache
def _implied_units() -> dict[str, str]:
    """lexicons/figure_implied_units.tsv: subject head -> unit ("death toll" -> people)."""
    return {head.strip().lower(): unit.strip() for head, _, unit in
            (line.partition("\t") for line in data_lines("figure_implied_units.tsv"))}


def _implied_unit(subject: str | None, value: float | None = None) -> str | None:
    """The unit a bare figure's subject implies: "the number of patients admitted" -> "patients",
    "the number of dead" -> "people", "the death toll from the quake" -> "people"
    (lexicons/figure_implied_units.tsv); None when the subject says nothing of what is counted. A
    share cannot pass 100: "put the turnout at more than 100,000" counts people, not percent."""
    if not subject:
        return None
    if m := _NUMBER_OF.search(subject):
        return m.group(1).lower()
    if (m := _NUMBER_OF_WORD.search(subject)) and m.group(1).lower() in word_list("figure_person_states.txt"):
        return "people"
    return _share_or_count(_implied_by_head(subject), value)


def _share_or_count(unit: str | None, value: float | None) -> str | None:
    """A share cannot pass 100: "put the turnout at more than 100,000", "a turnout of more than
    20,000" count people, not percent, whichever way the figure hangs on "turnout"."""
    if unit == "percent" and value is not None and value > 100:
        return "people"
    return unit


def _implied_by_head(subject: str) -> str | None:
    """The unit lexicons/figure_implied_units.tsv gives the head of a subject."""
    # the head is before any "from ..."/"in ..." complement: "the death toll from the quake"
    head = re.split(r"\s+(?:from|in|of|on|at|after|since|among)\s+", subject.lower(), maxsplit=1)[0].strip()
    words = re.findall(r"[a-z]+", head)
    for n in (2, 1):
        if len(words) >= n and (unit := _implied_units().get(" ".join(words[-n:]))):
            return unit
    return None


def _implied_whole(tok: Token) -> Token | None:
    """The noun a number hangs on by "of" when that noun itself says what is counted ("a crowd of
    31,000", "a death toll of 50": lexicons/figure_implied_units.tsv): it gives the figure its unit,
    and it, not the number, names what is measured; None otherwise."""
    whole = tok.head.head
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and whole.pos_ == "NOUN" and whole.i < tok.i
            and whole.lemma_.lower() in _implied_units()):
        return whole
    return None


def _strength_noun(doc: Doc, last: int) -> Token | None:
    """The noun of "the 2.5 million-strong union", "a 10,000-strong crowd": a number glued to
    "-strong" counts the members of the noun it modifies; None when "-strong" does not follow."""
    if last + 2 >= len(doc) or not _glued_dash(doc, last + 1) or doc[last + 2].lower_ != _STRENGTH:
        return None
    head = _possessed(doc[last + 2].head)
    if head.pos_ == "NOUN" and head.i > last + 2:
        return head  # "strong" modifies the noun ("the 40,000-strong teachers' union")
    return next((t for t in doc[last + 3 : last + 8] if t.pos_ == "NOUN" and t.dep_ not in {"compound", "poss"}), None)


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


# nouns that name a count of something ("the number of people freed"), and verbs that set a count
# they take as object to a new level ("bringing the number of ... to 17")
_COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})
_COUNT_SETTING_VERBS = frozenset({"bring", "raise", "push", "take", "lift", "lower", "reduce", "cut"})


def _count_brought_to(carrier: Token | None) -> Token | None:
    """The plural noun a count names when a bare number after "to" is that count's new level:
    "bringing the number of people freed by Valmar to 17", "the total of displaced families rose to
    3,400": the number counts the people, the families. The parser may hang "to 17" on a participle
    inside the phrase ("freed ... to 17"); the first verb up that sets or updates a count decides."""
    if carrier is None or carrier.dep_ != "pobj" or carrier.head.lower_ != "to" or not carrier.like_num:
        return None
    for verb in list(carrier.head.ancestors)[:6]:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in _COUNT_SETTING_VERBS:
            nouns = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in word_list("figure_update_verbs.txt"):
            nouns = [c for c in _subject_verb(verb).children if c.dep_ in {"nsubj", "nsubjpass"}]
        else:
            continue
        for noun in nouns:
            if noun.lemma_.lower() not in _COUNT_NOUNS:
                continue
            counted = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj"]
            if counted and counted[0].tag_ in _PLURAL_NOUN_TAGS:
                return counted[0]
        return None
    return None
