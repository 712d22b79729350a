"""What a figure takes from an earlier figure of its paragraph or sentence: unit and subject when
it speaks of it again ("put the figure at 38,000", "41, up from 35"), the plural noun a parallel
phrase leaves out ("9 people were killed and 118 wounded") and the currency a scaled amount leaves
out ("3.1 billion euros from 2.8 billion").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.currencies import _currency_codes
from storyline.analyze.quantities.numbers import _scale_of
from storyline.records import Quantity

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

# Words that set two figures side by side so that the second may leave its noun out: "9 people were
# killed and 118 wounded", "38.2 million votes, compared with 12.6 million", "836 people, up from 620",
# "538 deaths ... and another 221 in the northwest".
_PARALLEL_LINKS = frozenset({"and", "or", "but", "while", "whereas", "versus", "vs", "vs.", "compared",
                             "against", "plus", "from", "not"})


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
