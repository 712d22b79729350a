"""What a figure takes from an earlier figure of its paragraph or sentence: unit and subject when
it speaks of it again ("put the figure at 38,000", "41, up from 35"), the plural noun a parallel
phrase leaves out ("9 people were killed and 118 wounded") and the currency a scaled amount leaves
out ("3.1 billion euros from 2.8 billion").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import word_sections
from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.currencies import _currency_codes
from storyline.analyze.quantities.notes import DEATH_MARK
from storyline.analyze.quantities.numbers import _scale_of
from storyline.records import Quantity

# "the Interior Ministry put the figure at 38,000", "the army said the number was closer to 60": a
# definite noun that names a figure, not what it counts, speaks again of the figure before it
_FIGURE_ANAPHOR = re.compile(r"^(?:the|that|this|its|their|his|her)\s+(?:\w+\s+)?(?:figure|number|total|tally|count|estimate|toll)s?$", re.I)
# "41, up from 35 on Monday": a baseline set right after a figure counts what it counts
_BASELINE_BEFORE = re.compile(r"\b(?:(?:up|down|rising|falling|climbing|dropping) from|compared (?:with|to)|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}[$€£]?$", re.I)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# "put the number of households cut off at 240,000", "said the total of people displaced was 9,000":
# the noun a count names, and a figure set to it by an estimate or a copula
_COUNT_OF = re.compile(r"^(?:the|their|its)\s+(?:\w+\s+)?(?:number|total|count|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?"
                       r"([a-z]+s|people|children|men|women)\b", re.I)
_SET_AT = re.compile(r"(?:\sat|\b(?:is|was|were|are|be))\s*$", re.I)
# "Analysts put it at between 180 and 260 million dollars": an estimate of a thing a pronoun names
_PRONOUN_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|valued?|values|valuing|pegg?ed|pegs|placed?|places)"
    r"\s+(?:it|them|that)\s+at\s+$", re.I)


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
        main = next(q for q in candidates if q.sentence.start == prev.sentence.start)
        # "about 70 people had been on board ... The agency put the death toll at 14": a figure
        # named a count of the dead restates only a count of the dead, never the people aboard
        return None if _names_the_dead(subject) and DEATH_MARK not in main.reason else main
    if subject is None and prev.sentence.start <= start and _BASELINE_BEFORE.search(text, prev.span.end, start):
        return prev
    return None


def _names_the_dead(subject: str) -> bool:
    """Whether a figure's subject says it counts the dead ("the death toll", "the number of dead"):
    any word of figure_death_words.txt, whatever its section."""
    words = set(re.findall(r"[a-z]+", subject.casefold()))
    return any(words & lemmas for lemmas in word_sections("figure_death_words.txt").values())


def _restated_in_unit(doc: Doc, earlier: Sequence[Quantity], first: int, subject: str | None,
                      unit: str) -> Quantity | None:
    """The earlier figure of the paragraph that a figure with a unit of its own restates when its
    subject only names a figure: "the minister said the deal covers 7.5 million tonnes a year; an
    official put the figure at 7 million tonnes". Writing the unit again does not make "the figure"
    a new count: it is a second source's value for the first one. Only an antecedent in the same
    unit counts, so "put the figure at $2 billion" after a count of tonnes restates nothing."""
    if subject is None or not _FIGURE_ANAPHOR.match(subject):
        return None
    antecedent = _antecedent(doc, earlier, first, subject)
    if antecedent is None or (antecedent.unit or "").casefold() != unit.casefold():
        return None
    return antecedent


def _counted_before(doc: Doc, earlier: Sequence[Quantity], first: int, subject: str | None) -> Quantity | None:
    """The earlier figure of the article that a figure set to "the number of NOUNS ..." counts
    again: the last one counting those NOUNS with no other subject ("leaving about 180,000
    households without electricity, the governor said ... The grid operator put the number of
    households cut off at 240,000"). A source that puts the number of a thing at a value, after
    another source's count of that thing, gives its own count of it, however many paragraphs
    later; a count of the dead is another count than one of people forced from their homes, so
    the number must say that its people died to speak again of one. None otherwise."""
    noun = _COUNT_OF.match(subject or "")
    text = doc_text(doc)
    if noun is None or not _SET_AT.search(text, 0, doc[first].idx):
        return None
    counted = noun.group(1).casefold()
    dead = bool(set(re.findall(r"[a-z]+", subject.casefold())) & word_sections("figure_death_words.txt")["state"])
    states = _participle_states(doc, first, counted)
    return next((q for q in reversed(earlier) if (q.unit or "").casefold() == counted and
                 (q.subject is None or _same_count(q.subject, counted)) and (DEATH_MARK in q.reason) == dead
                 and _said_of(doc, q, states)), None)


def _participle_states(doc: Doc, first: int, noun: str) -> frozenset[str]:
    """The lemmas of the participles that narrow a count before its noun ("the number of *trapped*
    workers", "of *confirmed* cases"): the count is of the NOUNS in that state only."""
    sent = doc[first].sent
    nouns = [t for t in doc[sent.start : first] if t.lower_ == noun]
    if not nouns:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in nouns[-1].lefts if t.tag_ in {"VBN", "VBD"} and t.dep_ == "amod")


def _said_of(doc: Doc, q: Quantity, states: frozenset[str]) -> bool:
    """Whether an earlier figure's sentence says its NOUNS are in each state a later count names: the
    union's "number of trapped workers" does not count again the "12 workers [who] had been able to
    get out", nor "confirmed cases" the "suspected cases" before them; a sentence that says they
    were trapped ("12 workers were trapped") may be counting them."""
    if not states:
        return True
    sentence = doc.char_span(q.sentence.start, q.sentence.end, alignment_mode="expand")
    return sentence is not None and states <= {t.lemma_.lower() for t in sentence}


def _same_count(subject: str, noun: str) -> bool:
    """Whether an earlier figure's subject is a count of the same noun ("the number of households")."""
    m = _COUNT_OF.match(subject)
    return m is not None and m.group(1).casefold() == noun


def _kept_subject(subject: str | None, antecedent: Quantity) -> str | None:
    """The subject of a figure that speaks again of ``antecedent``: its own when it names what it
    counts ("the number of households cut off"), the antecedent's when it only names a figure ("put
    the figure at 38,000" says nothing of what is counted)."""
    return subject if _COUNT_OF.match(subject or "") else antecedent.subject


def _estimated_again(doc: Doc, earlier: Sequence[Quantity], first: int, unit: str | None) -> Quantity | None:
    """The earlier figure of the paragraph that an estimate of "it" sizes again: "the ministry
    estimates the damage at $40 million; analysts put it at between $30 and $50 million". The
    pronoun names the last thing of the paragraph sized in that unit; its subject is the figure's.
    None when the figure has no unit or nothing before it is sized in it."""
    if unit is None:
        return None
    text = doc_text(doc)
    start = doc[first].idx
    if not _PRONOUN_ESTIMATE.search(text, max(0, start - 40), start):
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    return next((q for q in reversed(earlier) if q.span.start >= paragraph and q.unit == unit and q.subject), None)

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


# Prepositions opening an aside that names a part of the figure before it ("nine civilians, including
# four children, were killed"; "30 people, among them five officers").
_PART_PREPS = frozenset({"including", "among"})


def _part_of_counted(noun: Token, counted: Sequence[Token]) -> bool:
    """Whether ``noun`` is counted inside an aside naming a part of an earlier counted noun ("nine
    civilians, including four children, were killed and 14 were wounded"; "30 people, among them
    five officers"): a figure after the aside that leaves its noun out speaks of the whole, as the
    aside is no member of the parallel ("14" wounded civilians, not children)."""
    head = noun.head
    if noun.dep_ == "appos":
        owner = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _PART_PREPS:
        owner = head.head
    else:
        return False
    return owner.i != noun.i and any(c.i == owner.i for c in counted)


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
        if noun.i >= first or noun.sent.start != sent.start or _part_of_counted(noun, counted):
            continue
        # a conjunction between modifiers ("directly or indirectly") joins no figures
        between = {t.lower_ for t in doc[noun.i + 1 : first] if not (t.dep_ == "cc" and t.head.pos_ in {"ADV", "ADJ"})}
        if between & _PARALLEL_LINKS or _more_of_the_same(doc, first) or _from_to(doc, noun, first):
            return noun
        return None
    return None


def _from_to(doc: Doc, noun: Token, first: int) -> bool:
    """"reducing it from 15,000 troops to around 10,000": a bare number after "to" ends a change
    whose start, right after "from", named what is counted; English states the noun once.
    Only "from N noun ... to M" is read so, so that a lone "to" ("9 people ... rose to 2,300")
    carries no unit."""
    if not any(t.lower_ == "to" for t in doc[noun.i + 1 : first]):
        return False
    return any(t.lower_ == "from" for t in doc[max(noun.sent.start, noun.i - 4) : noun.i])


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
