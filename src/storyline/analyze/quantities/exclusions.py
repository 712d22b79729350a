"""Numbers that are no figures: dates, times and years, ordinals, hyphenated modifiers and model
names ("F-16", "a two-hour call"), labels ("part 3", "No. 2"), ranks ("the top two"), days of a
month, a number in the dateline, a definite "the two", the "one" of an unnamed source and a pronoun
"one".

``_excluded`` is the one test the figure reader asks of every number token; the checks for numbers
that name rather than count (ages, phone numbers, house numbers, names, list items) live in
``identifiers.py``, scores in ``scores.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.cues import speech_verbs
from storyline.analyze.datelines import in_dateline
from storyline.analyze.lexicon import word_list
from storyline.analyze.quantities.currencies import _currency_code
from storyline.analyze.quantities.fractions import _FRACTIONS, _fraction
from storyline.analyze.quantities.identifiers import (_age_bound, _appositive_age, _enumerator, _generation_name, _group_name,
                                                   _identifier, _name_number)
from storyline.analyze.quantities.numbers import DURATION_WORDS, SCALES, UNITS, _STRENGTH, _spelled_compound, _value
from storyline.analyze.quantities.scores import _score
from storyline.analyze.timenorm import MONTHS
from storyline.analyze.timenorm.vocabulary import WEEKDAYS

EXCLUDED_ENTS = {"DATE", "TIME", "ORDINAL"}
LABEL_NOUNS = {"part", "channel", "chapter", "page", "section", "article", "room", "route", "flight",
               "episode", "season", "number", "level", "phase", "item", "act", "paragraph", "clause"}
# Capitalised names of a union's or an administration's numbered branch: "UAW Local 677 workers",
# "Locals 5890 and 6673", "UAW Region 8 and 9", "Lodge 1943": the number names the branch, it counts
# nobody (lower case "local 300 jobs", "the region 40 miles away" keep their figures).
BRANCH_LABELS = {"Local", "Locals", "Region", "Regions", "District", "Districts", "Lodge", "Lodges", "Ward", "Wards"}

YEAR_PREV = {"in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "'s", "year"}
_DATE_WORDS = re.compile(
    r"\b(1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|yesterday|tomorrow|year|month|week|day|decade|century|ago|last|next)",
    re.I,
)


def _ent_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


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
    if tok.lower_ == "one" and prev is not None and prev.lower_ == "at" and nxt is not None \
            and nxt.lower_ in _MOMENT_NOUNS:
        return True  # "at one point", "at one stage": a moment, not a count
    if tok.lower_ == "one" and tok.dep_ != "nummod" and not (nxt is not None and nxt.lower_ in SCALES) \
            and not _opens_ratio(doc, tok.i):
        return True  # "one of them", "one recalls": a pronoun, not a count ("one million", "one in five" are)
    if _spelled_compound(doc, tok.i) or (tok.i >= 2 and _spelled_compound(doc, tok.i - 2)):
        return False
    if _definite_pair(tok) or _rank_or_day(tok) or _score(tok) or _anonymous_source(tok):
        return True
    if in_dateline(tok):
        return True  # "(ANSA) - ROME, 27 MAR -": the filing's day, in a form the time reader may not know
    if _hyphenated_rate(doc, tok.i):
        return False
    # Hyphenated modifier or a model name: "1,000-pound", "two-hour", "F-16", "Su-34"; but
    # "30-60" is a range.
    if nxt is not None and nxt.text == "-" and nxt.idx == tok.idx + len(tok):
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is None or (_value(after) is None and after.lower_ not in SCALES
                             and not (after.lower_ in _FRACTIONS and _fraction(doc, after.i) is not None)
                             and after.lower_ != _STRENGTH and not _hyphenated_money(after)):
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
        if nxt is not None and nxt.lower_ in _YEAR_DATED_NOUNS:
            return True  # "over 2016 levels": the year the level is of
    if prev is not None and (prev.text in {"#", "No.", "no."} or prev.lower_ in LABEL_NOUNS):
        return True  # a label ("part 3", "channel 125"), not a count
    if _branch_label(doc, tok.i):
        return True
    if prev is not None and prev.text == "." and prev.i > 0 and doc[prev.i - 1].text in {"No", "no", "Nos"} \
            and doc[prev.i - 1].idx + len(doc[prev.i - 1]) == prev.idx:
        return True  # "the country's No. 2 bank", with "No" and "." split by the tokenizer: a rank
    if _appositive_age(tok) or _name_number(tok) or _age_bound(tok) or _identifier(tok) or _generation_name(tok) \
            or _group_name(tok):
        return True
    if prev is not None and prev.text in {":", "."} and prev.idx == tok.idx - 1 and prev.i > 0 and tok.doc[prev.i - 1].like_num:
        return True  # 9:30, 3.5 split oddly
    return _enumerator(tok)


_RATE_ARTICLES = {"a", "an", "per"}
_MOMENT_NOUNS = frozenset({"point", "stage", "time", "moment"})
# Plural nouns a year before them dates rather than counts: "jumped 38 percent over 2016 levels",
# "fell 8 percent below 2022 levels" (the parser takes "over" / "below" for a qualifier of a
# count). A year is 1800..2100 here; nobody counts 2016 levels.
# The same for periodic contests, which a year names ("the subsequent 2014 polls", "the previous
# 2019 elections"): nobody counts 2014 polls.
_YEAR_DATED_NOUNS = frozenset({"levels", "highs", "lows", "peaks",
                               "elections", "polls", "primaries", "midterms", "games", "olympics", "championships"})


def _branch_label(doc: Doc, i: int) -> bool:
    """"Local 677 workers", "Region 8 and 9", "Locals 5890, 6673 and 6674": a number right after a
    capitalised branch word (BRANCH_LABELS), or listed after such a number with "and", "or" or a
    comma, names a union local or a district; read as a count it would give "677 workers"."""
    k = i - 1
    while k >= 1 and doc[k].text in {"and", "or", ","} and doc[k - 1].like_num:
        k -= 2  # step back over the list to the first number
    return k >= 0 and k < i and doc[k].text in BRANCH_LABELS and doc[k + 1].like_num


def _hyphenated_money(unit: Token) -> bool:
    """"a 520,000-euro fine", "a 5,000-dollar bail": money written as a modifier is still an amount
    of money; a pound that weighs ("a 2,000-pound bomb") is not."""
    return _currency_code(unit.text) is not None and unit.lower_ not in {"pound", "pounds"}


def _hyphenated_rate(doc: Doc, i: int) -> bool:
    """"a $38-a-share offer", "a $15-an-hour wage", "$80-a-barrel oil": a number joined by hyphens to
    "a"/"an"/"per" and a noun is a price or a rate, the figure the phrase is about (the offer's price),
    not a modifier that describes a thing ("a 1,000-pound bomb", "a two-hour call")."""
    if i + 4 >= len(doc):
        return False
    hyph, article, hyph2, noun = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    joined = all(doc[k].idx + len(doc[k]) == doc[k + 1].idx for k in range(i, i + 4))
    return (joined and hyph.text == "-" and hyph2.text == "-" and article.lower_ in _RATE_ARTICLES
            and noun.pos_ in {"NOUN", "PROPN"})


def _anonymous_source(tok: Token) -> bool:
    """"one European diplomat said", "One investor, who asked not to be named, said", "according to
    one official": "one" before the singular noun of an unnamed speaker introduces a source, as "a"
    would; it counts nothing an analyst compares. "one person was killed" keeps its figure."""
    if tok.lower_ != "one" or tok.dep_ != "nummod":
        return False
    noun = tok.head
    if noun.tag_ != "NN" or noun.i < tok.i:
        return False
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in speech_verbs():
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
    without the point) and "on March 3", "October 21", "the April 5 vote" (a day of the month the
    time extractor left unresolved), "on Thursday (27)": the number orders or dates, it counts nothing."""
    doc = tok.doc
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if prev.lower_ in word_list("figure_rank_words.txt"):
        return True  # "the top 10 exporters" picks a set by rank; it does not count them
    if prev.text == "No" and prev.i > prev.sent.start:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not tok.text.isdigit() or not 1 <= int(tok.text) <= 31 or (nxt is not None and nxt.lower_ in SCALES):
        return False
    if prev.text == "(" and tok.i >= 2 and doc[tok.i - 2].lower_.rstrip(".") in WEEKDAYS and nxt is not None and nxt.text == ")":
        # "on Thursday (27)", as copy translated from Spanish or Portuguese gives the day of the month
        return True
    if _before_month(nxt):
        # "scheduled on 5 March", "warned them on 3 March": the day written before its month, as
        # most of the world writes it. Left unresolved where the article gives no year to read it
        # against, it is still a day, never a count of marches or of mays
        return True
    if nxt is not None and nxt.pos_ == "NOUN":
        # "in May 5 people died" counts; "the April 5 vote", "a June 14 runoff" date the noun they
        # modify: a count above one takes a plural noun, a day of the month a singular one
        return nxt.tag_ == "NN" and int(tok.text) > 1 and _after_month(prev)
    return _after_month(prev) or _listed_day(tok)


def _before_month(nxt: Token | None) -> bool:
    """Whether a day's number is followed by its month's name, capitalised as a month is ("5 March",
    "21 May"); a modal "may" or a verb "march" after a count ("2 March on the capital") is none."""
    return nxt is not None and _after_month(nxt) and nxt.pos_ in {"PROPN", "NOUN"} and nxt.tag_ != "MD"


def _after_month(prev: Token) -> bool:
    month = prev.text.rstrip(".")
    return month[:1].isupper() and month.lower() in MONTHS


# what joins the days of one month in a list: "July 21 and 22", "March 3, 4 and 5", "May 3 or 4"
_DAY_LIST_JOINS = frozenset({",", "and", "or", "&"})


def _listed_day(tok: Token) -> bool:
    """"The bandh will be held on July 21 and 22", "schools shut on March 3, 4 and 5": a number
    listed after a day of a month, with nothing but other such days between, is another day of
    that month. The list must end there ("on July 21 and 22." / "22, the alliance said"): "12 on July
    21 and 14 on July 22" counts again."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in _DAY_LIST_JOINS and not nxt.is_space:
        return False
    i = tok.i - 1
    while i >= 1 and doc[i].lower_ in _DAY_LIST_JOINS:
        i -= 1
        if doc[i].lower_ in _DAY_LIST_JOINS:
            continue  # ", and"
        if i == 0 or not (doc[i].text.isdigit() and 1 <= int(doc[i].text) <= 31):
            return False
        if _after_month(doc[i - 1]):
            return True
        i -= 1
    return False


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
