"""The period a figure is a rate over: "80 million euros a day", "$7.25 an hour", "400 cars per
day", "2 billion dollars annually"; or the unit of a thing it is a price per ("$38 a share"). A rate and a total of one thing are different measures, and
two rates compare only over one period, so the period goes into the figure's reason
(``notes.PERIOD_MARK``) for the linker to key the figure by.
"""

from __future__ import annotations

from spacy.tokens import Doc

_PERIOD_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})
# a price or amount per unit of a thing is a rate in the same way: "$38 a share", "$80 a barrel",
# "92 cents per share", "1,200 euros per person"
_UNIT_NOUNS = frozenset({"share", "barrel", "gallon", "litre", "liter", "ton", "tonne", "kilogram", "kilo", "pound",
                         "ounce", "head", "person", "capita", "passenger", "household", "unit", "piece", "dose"})
_PERIOD_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
                   "annually": "year", "yearly": "year"}
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
# "80 million euros a day after the collapse", "a year ago": the period is a time, not a rate's
_TIME_AFTER = frozenset({"after", "before", "later", "earlier", "ago", "since", "from", "of", "in", "or", "and"})
# only an article makes the period a time ("a day after", "a year from now"); "per day", "each
# week" name a rate whatever follows ("cut 500,000 barrels per day from May")
_TIME_ARTICLES = frozenset({"a", "an"})
# what an "of" phrase naming the stuff a unit measures is made of ("barrels of crude oil", "tonnes of
# liquefied natural gas (LNG)"): nouns, their adjectives and a bracketed abbreviation; no number, no
# determiner ("10 of the 52 drones" picks a part, it names no stuff), no verb
_STUFF_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "HYPH", "-LRB-", "-RRB-"})
# how many words the stuff may run to before the rate
_STUFF_REACH = 6


def _stuff_end(doc: Doc, k: int) -> int:
    """The last token of an "of" phrase right after token ``k`` that names the stuff a unit measures
    ("2.1 million tonnes of liquefied natural gas (LNG) per year", "9 million barrels of oil a day"):
    the rate comes after it and is the figure's all the same. ``k`` itself when no such phrase follows."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "of":
        return k
    j = k + 2
    while j < len(doc) and j - k - 1 <= _STUFF_REACH and doc[j].tag_ in _STUFF_TAGS:
        j += 1
    return j - 1 if j > k + 2 else k


def _period_after(doc: Doc, k: int) -> tuple[str, str] | None:
    """The period of a rate written right after token ``k`` (the figure's last token or its unit),
    or after an "of" phrase naming what the unit measures ("barrels of oil a day"), and the words
    that say it ("day", "a day"); None when no rate follows."""
    k = _stuff_end(doc, k)
    if k + 1 >= len(doc):
        return None
    word = doc[k + 1]
    if word.lower_ in _PERIOD_ADVERBS:
        return _PERIOD_ADVERBS[word.lower_], word.text
    if word.lower_ not in _RATE_WORDS or k + 2 >= len(doc):
        return None
    noun = doc[k + 2]
    if noun.lower_ not in _PERIOD_NOUNS | _UNIT_NOUNS:
        return None
    if (noun.lower_ in _PERIOD_NOUNS and word.lower_ in _TIME_ARTICLES and k + 3 < len(doc)
            and doc[k + 3].lower_ in _TIME_AFTER):
        return None
    return noun.lower_, doc[k + 1 : k + 3].text
