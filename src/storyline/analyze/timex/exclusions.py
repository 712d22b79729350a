"""What looks like a time but, where it stands, is none: names ("May" as a surname, a person's
Friday, a word inside an organisation's name), ages ("in his 30s", "five years old"), connectives ("as
soon as"), classifiers ("quarterly dividend", ``lexicons/timex_frequency_adjectives.tsv``), eras
("today's youth", ``lexicons/timex_era_nouns.txt``), shares ("a quarter of the market"), titles
("Person of the Year", "60 Minutes"), counts ("deployed 2000 troops") and the ordinal in "a second
day".
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import numbered_data_lines, word_list
from storyline.analyze.timenorm.vocabulary import WEEKDAYS
from storyline.analyze.timex.candidates import temporal_adjectives
from storyline.errors import LexiconError

_AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?[- ])?old\b|^-(?:year|month|week|day)-old\b", re.I)


# "FY24", "FY2025/26": a fiscal-year label, never a name.
_FISCAL_LABEL = re.compile(r"FY ?'?(?:\d{4}|\d{2})(?:\s*[-/]\s*'?(?:\d{4}|\d{2}))?")
# Time zones, which the small model often tags as organisations ("1400 GMT").
_ZONE = re.compile(r"GMT|UTC|[A-Z]{1,2}[SD]T|local")


def _is_name_like(doc: Doc, start: int, end: int) -> bool:
    """'May' as a surname or first name: a capitalised month word inside a PERSON entity or right
    before/after a proper noun that is not a number."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _FISCAL_LABEL.fullmatch(span.text):
        return False  # "FY2025/26": capitals and digits the model takes for a name
    if any(t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "GPE") and not _ZONE.fullmatch(t.text) for t in span):
        return True
    if _possessed_weekday(span):
        return True
    if len(span) == 1 and span[0].lower_ in ("may", "march") :
        nxt = doc[span.end] if span.end < len(doc) else None
        prv = doc[span.start - 1] if span.start > 0 else None
        if span[0].lower_ == "march" and span[0].text == "march":
            return True
        if (nxt is not None and nxt.pos_ == "PROPN") or (prv is not None and prv.pos_ == "PROPN"
                                                         and prv.lower_ not in ("in", "of")):
            return True
        if span[0].text == "May" and span.start > 0 and doc[span.start - 1].lower_ not in (
                "in", "of", "since", "until", "by", "during", "early", "late", "mid", "last", "next",
                "this", "from", "to", "through", "between", "and", "before", "after", "since"):
            return True
    return False


def _possessed_weekday(span) -> bool:
    """A weekday that a person owns and that dates nothing after it is a name: Robinson Crusoe's
    Friday, the companion. "Friday's vote" and "the company's Friday announcement" keep their day:
    there the weekday is the owner, or a modifier of the noun the possessive goes with."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or span[0].dep_ in ("compound", "nmod", "amod", "poss"):
        return False
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in span[0].children)


@cache
def frequency_adjectives() -> dict[str, frozenset[str] | None]:
    """Frequency adjectives, each with the head nouns that make it a classifier ("average daily
    volume"), None where it always is one ("quarterly dividend"), from
    ``lexicons/timex_frequency_adjectives.tsv``, read once."""
    table: dict[str, frozenset[str] | None] = {}
    for n, line in numbered_data_lines("timex_frequency_adjectives.tsv"):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise LexiconError(f"lexicons/timex_frequency_adjectives.tsv line {n}: expected 'adjective<TAB>nouns|*', "
                               f"got {line!r}")
        nouns = parts[1].strip()
        table[parts[0].strip().lower()] = None if nouns == "*" else frozenset(nouns.split("|"))
    return table


def _frequency_classifier(tok: Token, nxt: Token | None) -> bool:
    """A frequency adjective before a noun that names a kind of thing ("quarterly dividend", "average
    daily volume"), not how often it happens ("a daily rally", "the party daily Granma")."""
    nouns = frequency_adjectives()[tok.lower_]
    head = tok.head if tok.dep_ == "amod" else nxt
    if nouns is None or head is None:
        return True
    return head.lower_ in nouns or (nxt is not None and nxt.lower_ in nouns)


_BARE_UNITS = re.compile(r"(?:seconds|minutes|hours|days|nights|weeks|months|years|clock)", re.I)
# A decade of someone's life: "in his 30s", "in their early twenties", "a man in his mid-forties".
_AGE_DECADE = re.compile(r"(?:(?:early|mid|late)[- ]?)?(?:[1-9]0'?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its|one's)\s+(?:(?:early|mid|late)[- ]?)?$", re.I)
_CONNECTIVE_AFTER = re.compile(r"^\s+(?:after|before|afterwards?|thereafter)\b", re.I)


# "up 2% on the year", "fell 0.5 percent on the month": a change measured against the previous
# period, as markets copy writes it; the period is a basis of comparison, not a time of the event.
# "fell by a quarter", "cut ... by up to a quarter": a fraction after "by" and its hedges.
_FRACTION_QUARTER = re.compile(r"(?:up to |about |around |nearly |almost |roughly |more than )?an? quarter", re.I)
_CHANGE_BY_BEFORE = re.compile(r"\bby\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$", re.I)
# "a quarter of the market" is a share; "a quarter of a century", "a quarter of an hour" are times.
_SHARE_OF_AFTER = re.compile(r"\s+of\s+(?!an?\s+(?:century|hour)\b)", re.I)
_FUTURE_NOUN = re.compile(r"the\s+(?:(?:near|distant|immediate|foreseeable)\s+)?future", re.I)
_OF_AFTER = re.compile(r"\s+of\s", re.I)
# A count with a capitalised unit, the shape of a programme's name: "60 Minutes", "48 Hours".
_COUNTED_TITLE = re.compile(r"\d+\s+(?-i:[A-Z])(?:econds|inutes|ours|ays|eeks|onths|ears)", re.I)
# "the 21st" alone: a day of the month only where a time word governs it ("on the 21st", "until the
# 3rd", "Monday the 21st") or "of" a month follows; elsewhere it ranks ("the package, the 21st since
# the invasion", "the 3rd in a row")
_BARE_ORDINAL_DAY = re.compile(r"the\s+\d{1,2}(?:st|nd|rd|th)", re.I)
_DAY_GOVERNOR_BEFORE = re.compile(
    r"(?:\b(?:on|by|until|till|from|since|before|after|through|to|and|or|between|starting|beginning|ending|"
    r"as\s+of|due|expires?|is|was|be|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d)[\s,]*$", re.I)
_MONTH_AFTER = re.compile(r"\s+of\s+(?:the\s+month|this\s+month|next\s+month|last\s+month|[A-Z][a-z]+)")
_COMPARISON_BASIS = re.compile(r"the\s+(?:day|week|month|quarter|year)", re.I)
_CHANGE_ON_BEFORE = re.compile(r"(?:%|\bpercent|\bper cent|\bpoints?|\d)\s+on\s+$", re.I)


def _not_a_time(doc: Doc, text: str, start: int, end: int) -> bool:
    """Words that look like time expressions but, where they stand, are not one.

    "as soon as" and "soon/shortly after X" are connectives (the time is X, an event); "previously
    announced" qualifies a participle, not the clause; "quarterly dividend", "daily volume" and
    "overnight stay" name a kind of thing, not a time; a bare "election" is an event, only "Election
    Day" is a date; "Person of the Year" and ABC's "This Week" are titles; "in his 30s", "women in
    their early twenties" are ages, not decades.
    """
    if _AGE_DECADE.fullmatch(text[start:end]) and _POSSESSIVE_BEFORE.search(text[max(0, start - 24):start]):
        return True
    if text[start] == "-" or (start > 0 and text[start - 1] == "-" and _BARE_UNITS.fullmatch(text[start:end])):
        return True  # the end of a compound word: "after-hours trading", "round-the-clock"
    if re.fullmatch(r"the\s+(?:[A-Z]\w*\s+)*(?:Year|Month|Week|Day)", text[start:end]) and start > 0 \
            and not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, start - 3):start]):
        return True  # a title inside a sentence: "Person of the Year"
    if re.fullmatch(r"(?:The|This|Next|Last)\s+(?:Year|Month|Week|Weekend|Day)", text[start:end]) \
            and re.search(r"[\"\u201c\u2018']\s*$", text[max(0, start - 2):start]):
        return True  # a quoted title: ABC's "This Week"
    if _COMPARISON_BASIS.fullmatch(text[start:end]) and _CHANGE_ON_BEFORE.search(text[max(0, start - 24):start]):
        return True  # "shrank 3.4% on the month": the period compared with, not a date
    if _FRACTION_QUARTER.fullmatch(text[start:end]) and _CHANGE_BY_BEFORE.search(text[max(0, start - 30):start]) \
            and not re.match(r"\s+(?:of|century)\b", text[end:end + 10]):
        return True  # "cut journey times by up to a quarter": a share of the change, not three months
    if _FRACTION_QUARTER.fullmatch(text[start:end]) and _SHARE_OF_AFTER.match(text, end):
        return True  # "more than a quarter of the market": a share of it ("a quarter of a century" is a time)
    if re.search(r"\b(?:later|earlier|sooner)$", text[start:end], re.I) and re.match(r"\s+than\b", text[end:end + 8]):
        return True  # "adopted two weeks later than planned": a gap against a plan, not a date from now
    if (_BARE_ORDINAL_DAY.fullmatch(text[start:end]) and not _DAY_GOVERNOR_BEFORE.search(text[max(0, start - 24):start])
            and not _MONTH_AFTER.match(text, end)):
        return True  # "the package, the 21st since the invasion": a rank, not a day of the month
    if _FUTURE_NOUN.fullmatch(text[start:end]) and _OF_AFTER.match(text, end):
        return True  # "the future of the alliance": what becomes of it, not a time
    if _COUNTED_TITLE.fullmatch(text[start:end]) and re.search(r"[\"\u201c\u2018'`]\s*$", text[max(0, start - 2):start]):
        return True  # a quoted title with a capitalised unit: CBS's "60 Minutes"
    word = text[start:end].lower()
    adjectives = temporal_adjectives()
    if word in adjectives:
        # "current prices", "recent gains": a time only as a modifier, and not in fixed terms
        # ("current account"); a noun "current" or a predicate "is recent" is not one
        tok_span = doc.char_span(start, end, alignment_mode="expand")
        if tok_span is None or len(tok_span) != 1:
            return True
        tok = tok_span[0]
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        fixed_term = tok.head.lower_ in adjectives[word] or after in adjectives[word]
        return not (tok.dep_ == "amod" and tok.pos_ == "ADJ" and not fixed_term)
    if word in ("soon", "shortly", "sooner"):
        if re.search(r"\bas\s+$", text[max(0, start - 4):start], re.I) or _CONNECTIVE_AFTER.match(text[end:end + 14]):
            return True
    if word == "election":
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if word in ("today", "tomorrow") and _names_an_era(tok):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if _BARE_UNITS.fullmatch(word) and any(c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG")
                                           for c in tok.children if c.i == tok.i - 1):
        return True  # "opening hours", "office hours", "visiting hours": a kind of hours, not a length
    if word in ("previously", "formerly") and nxt is not None and nxt.tag_ in ("VBN", "VBD", "JJ"):
        return True
    if _counts_a_plural(tok, nxt):
        return True
    if word in frequency_adjectives() and (tok.dep_ == "amod" or (nxt is not None and nxt.pos_ in ("NOUN", "ADJ")
                                                                  and tok.pos_ == "ADJ")):
        return _frequency_classifier(tok, nxt)
    return False


@cache
def era_nouns() -> frozenset[str]:
    return word_list("timex_era_nouns.txt")


def _names_an_era(tok: Token) -> bool:
    """"today's youth", "in today's world", "the leaders of tomorrow": the present or coming age, not
    the day of publication (``lexicons/timex_era_nouns.txt`` lists the nouns that make it one)."""
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in era_nouns()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head.lemma_.lower() in era_nouns()
    return False


_COUNT_LEAD = frozenset({"about", "around", "some", "nearly", "almost", "over", "than", "roughly", "approximately"})


def _counts_a_plural(tok: Token, nxt: Token | None) -> bool:
    """"deployed 2000 troops", "about 1500 people": a four-digit number right after a verb or a
    hedge that counts the plural noun after it is a number, not a year. A year before a plural noun
    follows a determiner or preposition instead ("the 2019 elections", "from 1990 levels")."""
    if not re.fullmatch(r"\d{4}", tok.text) or nxt is None or nxt.tag_ != "NNS" or tok.dep_ != "nummod":
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and (prev.pos_ in ("VERB", "AUX") or prev.lower_ in _COUNT_LEAD)


def _ordinal_second(doc: Doc, text: str, start: int, end: int) -> bool:
    """"for a second day", "the second time": the ordinal, not one second of time."""
    if not re.fullmatch(r"(?:a|the)\s+second", text[start:end], re.I):
        return False
    nxt = doc.char_span(end, len(text), alignment_mode="expand")
    return nxt is not None and len(nxt) > 0 and nxt[0].pos_ in ("NOUN", "ADJ", "NUM", "PROPN")
