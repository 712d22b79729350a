"""Where sources disagree: different figures for one subject, different dates for one event, or one
source saying an event happened while another says it did not.

Disagreements count between different articles; within one article, two figures for similar nouns
are usually two different things (a stock and a per-target need), so only a figure that speaks
again of one given before it by another source ("Organisers said 120,000 people took part; the
ministry put the figure at 38,000": quantities.ANTECEDENT_MARK), or a second size of a crowd in the
sentence of the first ("Police estimated the crowd at 8,000; organizers said 20,000 attended"), is a
dispute there. A crowd, attendance, an audience, a turnout in people and a count of marchers are one
measure (lexicons/figure_crowd_nouns.txt), compared between reports a day apart at most. A toll,
people who died and people killed are one measure too (the dead: ``DEAD``), where a higher count on
a later day is the toll rising, not a dispute. Figures are compared between reports published within two weeks of each other (later ones are updates more
often than disputes). A figure with no subject of its own is compared only with figures of the
same unit counted by the same kind of event ("killed 12 soldiers" vs "15 soldiers were killed"),
known from the event its sentence reports nearest to it; without one, "81 delegates" and "1,237
delegates" in two articles are two different counts far more often than a dispute. A count by an
event only planned ("300 detainees would be freed") is compared only with other plans, parts of a
breakdown in one sentence ("150 held by the government and 146 held by the Front") with nothing,
and a rate ("80 million euros a day") only with rates over the same period. A subject is known by
its head noun ("the death toll in the region": toll; "the number of households cut off":
households), not its last word.

``FigureLedger`` and ``DateLedger`` keep, between link calls, only what the figure and date passes
look at (the first two reports of each value); extended with later reports they give the same
conflicts as the passes over every report.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations
from typing import Any, TypeVar

from storyline.analyze.lexicon import word_list, word_sections
from storyline.analyze.quantities import (
    ANTECEDENT_MARK, CHANGE_MARK, DEATH_MARK, DISPLACED_MARK, EARLIER_MARK, KEEP_QUALIFIER, MISSING_MARK, PART_MARK, PERIOD_MARK, POPULATION_MARK, POSSIBLE_MARK, PROPOSED_MARK,
    SCOPE_MARK, SHARE_MARK,
    TOTAL_MARK, UPDATE_MARK,
    crowd_verb_stems,
)
from storyline.analyze.timenorm.values import bounds_of
from storyline.link.timeline import ReportedEvent
from storyline.records import Conflict, Quantity, TimelineEntry


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    quantity: Quantity
    published: date | None
    claimed_by: str | None  # who gave the figure, for the reason text
    event: str | None = None  # trigger_family of the event its sentence reports nearest to it ("kill")
    event_text: str | None = None  # that event's trigger as written ("killed"), for the subject shown
    planned: bool = False  # that event is planned or hypothetical ("would be freed"): see ``figure_key``
    part: bool = False  # one part of a breakdown in its sentence: see ``mark_breakdowns``

    @property
    def updated(self) -> bool:
        """The figure gives the new state of a count ("the toll rose to 17"): an update, no dispute."""
        return UPDATE_MARK in self.quantity.reason

    @property
    def article_id(self) -> str:
        return self.quantity.span.article_id


# Units that say nothing of what is measured without a subject, even beside an event: "the attack
# cut output 5 percent" and "polls gave him 10 percent" are no two views of one figure.
_MEASURE_UNITS = {"percent", "%", "units", "times", "items", "usd", "eur", "dollars", "euros"}
_PRONOUNS = {"he", "him", "she", "her", "it", "they", "them", "we", "us", "i", "me", "you", "this", "that",
             "these", "those", "which", "who", "whom", "one"}
_APPROX_SLACK = 0.1  # "around 4,000" and "4,200" do not disagree


def _noun_key(text: str | None) -> str | None:
    """A crude lemma of a noun phrase's head, lower case, plural -s removed: the noun a count noun
    counts ("the number of people forced from their homes" -> "people"), or else the last word
    before the phrase's complement ("the death toll in the region" -> "toll", "the number of
    households cut off" -> "household"). Two sources name one thing with phrases that end
    differently, so the last word keys them apart and keys unrelated things together
    (lexicons/figure_subject_heads.txt)."""
    if not text:
        return None
    head = _head_word(_phrase_words(text))
    if head is None:
        return None
    if head.endswith(("is", "us")) or (head.endswith("as") and not re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text)):
        return head  # "crisis", "virus", and a name written with its capital ("Hamas", "Texas"): no plural
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("men") and len(head) >= 5:
        head = head[:-3] + "man"  # "four policemen" and "one policeman" count one noun (gunmen, servicemen)
    elif head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        head = head[:-1]
    return head


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "some", "all", "both", "each"})


def _phrase_words(text: str) -> list[str]:
    """The words of a noun phrase up to its first comma, semicolon, bracket or dash ("Wasserman
    Schultz, a six-term congresswoman": what follows is an apposition), lower case; hyphenated and
    dotted words ("Russian-backed", "U.S.-led") and possessives ("country's") stay one word."""
    first = re.split(r"\s*[;(\[]|,\s|\s+[-–—]+\s+", text.casefold(), maxsplit=1)[0]  # "2,383" is no comma
    return [w.strip(".-") for w in re.findall(r"[a-z][a-z.'’-]*", first)]


def _head_word(words: list[str], counted: bool = False) -> str | None:
    """The head of a phrase's words: the noun a count noun counts ("the number of households cut
    off"), else the last word before the first word that ends the head's phrase (``_ends_phrase``).
    A possessor ("the country's population") or a determiner opens the phrase after it."""
    heads = word_sections("figure_subject_heads.txt")
    start = 0
    for i, word in enumerate(words):
        if (i == start and word in _DETERMINERS) or word.endswith(("'s", "’s", "'", "’")):
            start = i + 1
            continue
        if i > start and word == "of" and words[i - 1] in heads["counters"] and i + 1 < len(words):
            return _head_word(words[i + 1 :], counted=True)
        if i > start and _ends_phrase(words, i, heads, counted):
            return words[i - 1]
    return words[-1] if len(words) > start else None


def _ends_phrase(words: list[str], i: int, heads: dict[str, frozenset[str]], counted: bool) -> bool:
    """Whether ``words[i]``, after a word of the phrase, ends the head's phrase: a preposition or
    relative word, a participle ("people forced", "voters surveyed"), an irregular one with
    something after it ("households cut off"; "a tax cut" ends with its noun), and in what a count
    noun counts a present participle too ("people living in poverty": elsewhere an -ing word is
    as often the head, "TV ad spending")."""
    word = words[i]
    if word in heads["cuts"]:
        return True
    if word in heads["participles"]:
        return i + 1 < len(words)
    if counted and word.endswith("ing") and len(word) > 5:
        return True
    # "the federally mandated minimum wage": after an adverb the participle modifies what follows
    return (word.endswith("ed") and len(word) > 4 and word not in heads["not participles"]
            and not words[i - 1].endswith("ly"))


# Subjects every report measures for itself: "a margin of error of plus or minus 3.4 points" is one
# poll's, and two polls' margins are no dispute.
_OWN_MEASURES = frozenset({"error"})
EVENT_MARK = "@"  # a figure key's second part naming the event that counts it, not a subject
HOLDER_MARK = "="  # a figure key's second part that is a name holding the figure ("Clinton", 503 delegates)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|of|the|de|van|von|al)$")


def _is_name(text: str) -> bool:
    """A subject written as a proper name ("Clinton", "Mr. King", "Georgian Dream"): every word
    capitalised, before any apposition ("Jeb Bush, a former governor")."""
    words = re.split(r",\s", text, maxsplit=1)[0].split()
    return bool(words) and words[0][:1].isupper() and all(_NAME_WORD.match(w) for w in words) and words[0] != "The"


_PART = re.compile(re.escape(PART_MARK) + r" \('([^']+)'\)")


_SCOPE = re.compile(re.escape(SCOPE_MARK) + r" \('([^']+)'\)")
_TOTAL = re.compile(re.escape(TOTAL_MARK) + r"(?: (since|over) \('([^']+)'\))?")
TOTAL = " (total"  # in a figure key's second part: a running total, keyed apart from single counts


def figure_key(q: Quantity, event: str | None = None, planned: bool = False) -> tuple[str, str] | None:
    """What a figure counts (``_whole_key``), with the part of the whole it is singled out for, if
    any: "In Manabi alone, 646 died" counts Manabi's dead, compared only with other counts of Manabi's,
    never with the story's whole toll, as "241 killed on board" counts the dead aboard; and whether it is a running total (``_total_key``)."""
    key = _whole_key(q, event, planned)
    part = _PART.search(q.reason)
    key = key if key is None or part is None else (key[0], f"{key[1]} in {part.group(1)}")
    scope = _SCOPE.search(q.reason)
    if key is not None and scope is not None and key[1] == DEAD:
        # "killing 241 people on board" beside a toll of 274: the dead aboard are a part of the toll,
        # compared only with other counts of the dead aboard; "181 passengers on board" stays whole
        key = (key[0], f"{key[1]} on {scope.group(1)}")
    return _total_key(q, key)


def _total_key(q: Quantity, key: tuple[str, str] | None) -> tuple[str, str] | None:
    """A running total ("a total of 69 hostages have been released", "58 so far", "199 have drowned
    on this route since 2014"; quantities.TOTAL_MARK) is keyed apart from the single counts of one
    stage or day ("24 hostages were freed on Friday"), with its start if it names one: it sums them,
    and a "since 2014" total is compared only with "since 2014" totals (``_window``: of one day).
    A toll of the dead is a running count whatever its words ("40 killed so far"), already compared
    as one (``_toll_rose``): only a total from a named start ("13,000 killed since the beginning of
    the war") or over a period of named length ("3,000 killed in the 11-day bombardment", keyed
    by it) is keyed apart from it: a campaign's toll is no rival of one blast's ("hundreds were
    killed in the explosion"). Counts of the missing, the displaced and crowds keep theirs."""
    m = _TOTAL.search(q.reason)
    if key is None or m is None:
        return key
    unit, subject = key
    bound, start = m.group(1), m.group(2)
    if subject.startswith((MISSING, DISPLACED, CROWD)) or (subject == DEAD and start is None):
        return key
    since = "" if start is None else f" {bound} " + " ".join(_DETERMINER.sub("", start.casefold()).split())
    return unit, f"{subject}{TOTAL}{since})"


def _whole_key(q: Quantity, event: str | None = None, planned: bool = False) -> tuple[str, str] | None:
    """What a figure counts: (unit head, subject head), or (unit head, "@" + event family) for a
    figure with no subject of its own counted by an event; None when too vague to compare. A count
    by an event that is only planned ("300 detainees would be freed in the first stage") is the
    plan's, keyed apart (``PLANNED``): what was then done ("296 were freed") carries the plan out
    or falls short of it, and sources do not disagree over it. So is a figure someone proposed
    (quantities PROPOSED_MARK: "two members voted to cut the rate to 3.75%")."""
    planned = planned or PROPOSED_MARK in q.reason  # "voted to cut the rate to 3.75%": a proposal, keyed as a plan's
    if POSSIBLE_MARK in q.reason:
        # "police say the toll could rise to 240" beside their "154 confirmed dead": the worst a
        # source fears, which no count disputes and which later counts do not prove wrong
        return None
    if EARLIER_MARK in q.reason:
        # "a previous toll indicated 1,037" beside "rose to 1,305": a count its report gives as
        # replaced, which no source still claims; the later count updates it, no dispute
        return None
    if q.reason.startswith(SHARE_MARK) or POPULATION_MARK in q.reason:
        # "four in 10 voters", "about half of voters", "69 percent of delegates": the subject says of
        # whom, not what share of them; exit polls ask many things
        return None
    unit = _noun_key(q.unit)
    subject = _noun_key(q.subject)
    if _OWN_MEASURES & {_noun_key(w) for w in _phrase_words(q.subject or "")}:
        return None  # "the margin of error": its head is "margin", and what it is a margin of is one poll's
    if subject in _PRONOUNS or subject == unit:
        subject = None  # "gave him 4 percent": the pronoun's referent is unknown here
    if unit is None:
        return None
    if (period := _period(q)) is not None:
        unit = f"{unit} per {period}"
    if CHANGE_MARK in q.reason:
        unit += CHANGE  # "shares fell 9%": the size of a move, keyed apart from levels (see ``_window``)
    if _sizes_crowd(unit, subject, event) and DEATH_MARK not in q.reason:
        # "police had warned of a planned protest of up to 5,000 people": the size a crowd is expected
        # to reach is the plan's, no view of the size of the rally that gathered the day before; a
        # count of the dead ("clashes with protesters left three dead") sizes no crowd
        return _PEOPLE, CROWD + (PLANNED if planned else "")
    if _counts_dead(q, unit, subject):
        # "44 deaths", "44 people killed" and "at least 16 civilians were killed" are keyed as one toll,
        # whose nouns then say which counts may dispute which (``_dead_nouns_agree``); a rate of
        # deaths ("six people a day die on these routes") is no toll, compared only with rates of
        # deaths over the same period, never with "five were found dead"
        return (_PEOPLE, DEAD) if period is None else (unit, DEAD)
    if (subject is None and MISSING_MARK in q.reason) or (unit == _PEOPLE and "missing" in _phrase_words(q.subject or "")):
        return _PEOPLE, MISSING  # "31 people were still missing", "put the number of missing at 40"
    if subject is None and DISPLACED_MARK in q.reason:
        # "245,000 people displaced as of 21 March" (IOM) against "at least 310,000 people had been
        # displaced as of 21 March" (NRC): one count of one day, whatever the noun (people, households)
        return unit, displaced_key(q.as_of)
    if subject is not None:
        # "Hamas will release 10 hostages on Tuesday" against "24 hostages were released by Hamas":
        # a count named by its doer is the plan's while its event is only planned, as one with no
        # subject is; the plan's count and the count of what was done do not dispute each other
        return unit, (HOLDER_MARK + subject if _is_name(q.subject or "") else subject) + (PLANNED if planned else "")
    if event is None or (q.unit or "").casefold() in _MEASURE_UNITS or _order_of_magnitude(q):
        return None
    return unit, EVENT_MARK + event + (PLANNED if planned else "")


def _order_of_magnitude(q: Quantity) -> bool:
    """A range written in words alone ("tens of thousands", "thousands", "a few hundred"): an order
    of magnitude. With no subject of its own, the event nearest to it is too loose a guess at what
    it counts to set it against a source's figure: "a convoy carrying food for tens of thousands of
    displaced people, after renewed fighting" sizes who the food is for, no count of those the
    fighting displaced. Counts of the dead, the missing and crowds are known by their own words
    and still compare ("dozens were killed" against "12 killed")."""
    return q.low < q.high and not any(c.isdigit() for c in q.text)


_PERIOD = re.compile(re.escape(PERIOD_MARK) + r" (\w+)")


def _period(q: Quantity) -> str | None:
    """The period a figure is a rate over ("80 million euros a day": "day"): a rate is keyed by its
    unit per period, so it is compared only with rates over the same period, never with a total
    ("lost 150 million euros in all") nor a yearly rate."""
    m = _PERIOD.search(q.reason)
    return m.group(1) if m else None


def _key(f: ReportedFigure) -> tuple[str, str] | None:
    return _dated_key(f, figure_key(f.quantity, f.event, f.planned))


_CLOCK = re.compile(r"T\d\d:\d\d")  # an hour in a TimeRef value ("2024-01-07T15:00"); "PAST_REF" has a T too


def _dated_key(f: ReportedFigure, key: tuple[str, str] | None) -> tuple[str, str] | None:
    """A subject's figure keyed with its date when that date makes it another state of the subject:
    one of an hour ("turnout was 27.15 percent at 3pm" is the count so far, no view of the day's
    "around 40 percent") or one told as history ("more than 80 percent in the 2018 election" is the
    last election's turnout, no rival of this one's 41.8 percent). Two figures of one such date still
    compare. Counts keyed by an event (tolls, the missing, the displaced, crowds) keep their keys:
    they have rules of their own for time (``_window``, ``_toll_rose``, ``displaced_key``)."""
    if key is None or f.quantity.as_of is None or key[1].startswith((EVENT_MARK, CROWD)) or key[1].endswith(PLANNED):
        return key
    if _CLOCK.search(f.quantity.as_of) or _told_as_history(f):
        return key[0], f"{key[1]} as of {f.quantity.as_of}"
    return key


def _report_key(f: ReportedFigure) -> tuple[str, str] | None:
    """A figure's key within its own report, whose figures are of one day: a toll's running total
    ("412 civilians killed since June") is the toll another source there puts "closer to 700"."""
    key = _key(f)
    return key if key is None or TOTAL not in key[1] else (key[0], key[1].split(TOTAL, 1)[0])


PLANNED = " (planned)"  # ends a figure key's event part when the event counting it is a plan
PLAN_MODALITIES = frozenset({"planned", "hypothetical"})  # an event's modalities that make it a plan


CROWD = "crowd"  # the subject key of every figure that sizes one crowd (figure_crowd_nouns.txt)
_PEOPLE = "people"


# The second part of the key of every count of the dead: a toll, "31 people had died", "floods
# killed 34", "12 dead". Sources give one count in all these words; it is compared as a figure with
# no subject (``_SUBJECTLESS_RATIO``), since one story may count the dead of several attacks.
DEAD = EVENT_MARK + "killed"


def _is_toll(subject: str) -> bool:
    """Whether a key's subject is a toll of the dead: the whole toll, or a part of it ("in Manabi",
    "on board"), which rises and is written in nouns of the dead as the whole one is."""
    return subject == DEAD or subject.startswith(DEAD + " ")
_DEATH_SUBJECTS = frozenset({"toll", "death", "fatality", "dead"})  # heads: "the death toll", "the number of deaths"
# The same for every count of the missing ("31 people were still missing", "40 missing migrants"). People
# are found or given up for dead day by day, so only counts of one day are compared (``_window``).
MISSING = EVENT_MARK + "missing"


# The second part of the key of every count of the displaced ("245,000 people displaced", "212,000
# people have been displaced", "310,000 had fled their homes"), with the date it is counted as of:
# the count grows (and shrinks) week by week as people flee and return, so two counts of two dates
# are two states of it, never a dispute, however far apart their reports came out; two counts of
# one date are, whoever publishes them and when. A count with no date of its own is compared only
# with counts reported the same day (``_window``).
DISPLACED = EVENT_MARK + "displaced"


def displaced_key(as_of: str | None) -> str:
    return DISPLACED if as_of is None else f"{DISPLACED} as of {as_of}"


_ANYONE = frozenset({"people", "person"})


def _dead_noun(unit: str | None) -> str:
    """The people a count of the dead counts, by its noun as written: "people" for "people",
    "person" and a word of the dead itself ("44 deaths", "the toll"), else the noun's head
    ("civilians": "civilian", "militia fighters": "fighter")."""
    noun = _noun_key(unit) or _PEOPLE
    return _PEOPLE if noun in _ANYONE | _DEATH_SUBJECTS else noun


def _dead_nouns_agree(a_unit: str | None, a: tuple[float, float], b_unit: str | None, b: tuple[float, float]) -> bool:
    """Whether two counts of the dead, with their value ranges, may dispute one toll by their nouns.
    One noun: as any figure. People against a group of them (UN monitors' "at least 16 civilians
    were killed, a higher figure than the one given by local authorities", who "put the toll at 14
    dead"): only when the group's count is above the count of everyone, which cannot both be right;
    below it, the rest are others ("10 civilians" among "14 people"). Two groups ("30 militia
    fighters" the army killed, "14 civilians" the militia killed) are other dead, never a dispute."""
    a_noun, b_noun = _dead_noun(a_unit), _dead_noun(b_unit)
    if a_noun == b_noun:
        return True
    if _PEOPLE not in (a_noun, b_noun):
        return False
    part, whole = (a, b) if b_noun == _PEOPLE else (b, a)
    return part[0] > whole[1]


def _written(text: str, unit: str | None, other_unit: str | None, subject: str) -> str:
    """A figure as a conflict shows it: its text, and the noun it counts where the other side's
    counts another ("'at least 16' civilians" against "'14' people"), since both are keyed as one
    toll and the reader must see what each source wrote."""
    if _is_toll(subject) and _dead_noun(unit) != _dead_noun(other_unit):
        return f"{text!r} {unit or _PEOPLE}"
    return repr(text)


def _shown_unit(unit: str, subject: str, a_unit: str | None, b_unit: str | None) -> str:
    """The unit a conflict's subject shows: for a toll both sides count in one group, that group
    ("civilian (killed)"), else the key's unit."""
    return _dead_noun(a_unit) if _is_toll(subject) and _dead_noun(a_unit) == _dead_noun(b_unit) else unit


def _toll_rose(subject: str, earlier: date | None, earlier_high: float, later: date | None, later_low: float) -> bool:
    """A count of the dead given higher in a report of a later day: the toll rose as bodies were
    found and the wounded died, which is an update whoever gives it, not a dispute. A lower count on
    a later day, or another count on the same day, still disputes it."""
    return _is_toll(subject) and earlier is not None and later is not None and later > earlier and later_low > earlier_high


def _counts_dead(q: Quantity, unit: str, subject: str | None) -> bool:
    """Whether a figure counts the dead: marked so by its sentence (quantities.DEATH_MARK), people
    counted by a subject that is a toll or deaths ("the death toll", "the number of deaths"), or a
    unit that is the dead itself, whatever the subject ("Our official number is 44 deaths")."""
    if unit in _DEATH_SUBJECTS - {"toll"}:
        return True
    if subject is None:
        return DEATH_MARK in q.reason
    return unit == _PEOPLE and subject in _DEATH_SUBJECTS


def _crowd_event(event: str | None) -> bool:
    """Whether an event family ("march", "rall", "protes") is one of attending or marching
    (lexicons/figure_crowd_verbs.tsv), whose count is the size of a crowd."""
    if not event or len(event) < 4:
        return False
    return any(stem.startswith(event) or event.startswith(stem) for stem in crowd_verb_stems())


def _sizes_crowd(unit: str, subject: str | None, event: str | None) -> bool:
    """Whether a figure is the size of a crowd: people counted as a crowd, attendance, audience or
    turnout ("a crowd of 31,000", "put attendance at 29,500", "20,000 attended"), or a bare count
    of protesters or people by an event of marching or attending ("5,000 protesters marched").
    Sources size one crowd with these words interchangeably, so they are compared as one measure;
    "turnout" in percent, or "50 protesters" counted by an arrest, stay apart."""
    crowd_nouns = word_list("figure_crowd_nouns.txt")
    if subject is not None:
        return unit == _PEOPLE and subject in crowd_nouns
    return (unit == _PEOPLE or unit in crowd_nouns) and _crowd_event(event)


def _shown_subject(unit: str, subject: str, event_text: str | None) -> str:
    if _is_toll(subject):
        return f"{unit} (killed{subject[len(DEAD):]})"  # "people (killed on board)", "people (killed in Manabi)"
    if subject == MISSING:
        return f"{unit} (missing)"
    if subject.startswith(DISPLACED):
        return f"{unit} ({subject[len(EVENT_MARK):]})"  # "people (displaced as of 2025-03-21)"
    if subject.startswith(EVENT_MARK):
        plan = ", planned" if subject.endswith(PLANNED) else ""
        return f"{unit} ({event_text or subject[len(EVENT_MARK):].removesuffix(PLANNED)}{plan})"
    plan = ", planned" if subject.endswith(PLANNED) else ""
    return f"{subject.removeprefix(HOLDER_MARK).removesuffix(PLANNED)} ({unit}{plan})"


# Bounds leave one side open: "at least 12" is no dispute with "27" (a toll that kept counting), nor
# "up to 40" with "25"; "more than 40" still disputes "31". Hedges that stay near their number
# ("just over", "nearly", "about") are approximations of it (``_APPROX_SLACK``).
_LOWER_BOUNDS = frozenset({"at least", "more than", "over", "well over", "above", "upwards of", "no fewer than",
                           "no less than", "minimum", "a minimum of", "in excess of"})
_UPPER_BOUNDS = frozenset({"at most", "up to", "less than", "fewer than", "no more than", "maximum", "a maximum of",
                           "as many as", "as much as", "under", "below"})


def _hedge(approx: str | None) -> str:
    """How a figure's qualifier bounds it: "lower" ("at least 12"), "upper" ("up to 40"), "approx"
    ("about 4,000", "nearly 40") or "" for an exact figure."""
    bound = (approx or "").casefold()
    if bound in _LOWER_BOUNDS:
        return "lower"
    if bound in _UPPER_BOUNDS:
        return "upper"
    return "approx" if bound and bound not in KEEP_QUALIFIER else ""  # "only 12", "exactly 40" are exact


def _value(q: Quantity) -> tuple[float, float, str]:
    """A figure's value as conflicts compare it: its ends and its hedge."""
    return q.low, q.high, _hedge(q.approx)


def _span(low: float, high: float, hedge: str) -> tuple[float, float]:
    if hedge == "lower":
        return low, math.inf
    if hedge == "upper":
        return -math.inf, high
    return _widened(low, high, hedge == "approx")


def _range(q: Quantity) -> tuple[float, float]:
    return _span(*_value(q))


def _widened(low: float, high: float, approx: bool) -> tuple[float, float]:
    if approx:
        low, high = low * (1 - _APPROX_SLACK), high * (1 + _APPROX_SLACK)
    return low, high


# A figure with no subject of its own is known by its unit and the event counting it. Two such
# figures several times apart ("3 people were killed" in one attack, "40 people were killed" in the
# war) count different things far more often than sources disagree that much on one thing; with a
# subject ("the U.S. arsenal"), any gap counts.
_SUBJECTLESS_RATIO = 3.0


# Figures, and claims that an event did or did not happen, are compared between reports published
# about the same time: a figure given weeks later is more often an update (a toll that rose, a newer
# poll, more delegates won) than a dispute, and a denial weeks apart a change of mind.
_REPORT_WINDOW_DAYS = 14


def _disagree(a: Quantity, b: Quantity, subjectless: bool = False) -> bool:
    return _apart(*_rounded(_range(a), a.text, a.low, b.text, b.low), *_rounded(_range(b), b.text, b.low, a.text, a.low),
                  subjectless)  # fmt: skip


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def written_unit(text: str, low: float) -> float:
    """The value of one unit in the last digit a figure is written with: 1 for "68 percent", 0.1 for
    "67.5 percent", 100,000 for "1.2 million" (the figure's value over the number as written). A
    figure written in words ("nine") or unreadably counts in ones."""
    m = _NUMBER.search(text or "")
    if m is None:
        return 1.0
    try:
        written = float(m.group().replace(",", ""))
    except ValueError:
        return 1.0
    scale = low / written if written and low else 1.0
    return abs(scale) * 10.0 ** -len(m.group(1) or "")


def _rounded(span: tuple[float, float], text: str, low: float, other_text: str, other_low: float) -> tuple[float, float]:
    """A figure's range widened by half a unit of its last written digit when the other figure is
    written more finely: "68 percent" is what "67.5 percent" rounds to, a coarser statement of the
    same count, not a second count. Two figures written alike keep their ranges ("40 million" and
    "38 million" still disagree). Halves round up: "7 million" covers 6.5 million up to, not
    including, 7.5 million, so "put the figure at 7 million" disputes "7.5 million"."""
    unit, other = written_unit(text, low), written_unit(other_text, other_low)
    if unit <= other * (1 + 1e-9):
        return span
    return span[0] - unit / 2, span[1] + unit / 2 * (1 - 1e-9)


_DETERMINER = re.compile(r"^(?:the|a|an)\s+")


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two figures are given by one named source ("The commission" and "the commission"): a
    source that gives another figure in a later report has revised its own count (a tally that
    advanced, a toll it raised), which is an update, not two sources disagreeing. Only names written
    alike count (a body and its published count are one: "the final count of the service"); an
    unnamed source is nobody's."""
    return bool(a and b) and _folded_source(a) == _folded_source(b)


# A source named by what it published: "the final count of the emergency service", "figures from the
# ministry", "a report by the UN agency" give the figures of that body.
_SOURCE_DOCUMENT = re.compile(
    r"^(?:(?:the|a|an|its|their)\s+)?(?:(?:final|latest|official|new|updated|preliminary|provisional|daily|weekly)\s+)*"
    r"(?:count|tally|toll|figures?|data|report|estimates?|statement|numbers?|records?)\s+(?:of|from|by)\s+")


# An apposition after a source's name (", a watchdog group based in the U.K.", ", an activist news
# website"): a comma and a lower-case word; "Russia, Iran and Turkey" names three sources, not one.
_APPOSITION = re.compile(r",\s+(?=[a-z])")
# Lower-case words that describe a name before it ("website DeirEzzor24", "state news agency SANA"),
# with no preposition: "officials in Aleppo" and "residents of Aleppo" are two sources, not Aleppo.
_DESCRIBED_NAME = re.compile(r"^(?:(?!(?:of|in|from|at|for|by|on|with|near|to|and|or)\s)[a-z][\w-]*\s+)+(?=[A-Z0-9])")


def _folded_source(name: str) -> str:
    """A source's name as sources are told apart: without an apposition after it or describing
    words before it, so "The Syrian Observatory for Human Rights, a watchdog group based in the
    U.K." is "The Syrian Observatory for Human Rights" and "website DeirEzzor24" is "Deirezzor24,
    an activist news website"; case, a determiner and a published document ("figures from the
    ministry") aside."""
    named = _DESCRIBED_NAME.sub("", _APPOSITION.split(name.strip(), maxsplit=1)[0])
    folded = " ".join(named.casefold().split())
    return _DETERMINER.sub("", _SOURCE_DOCUMENT.sub("", folded))


def _same_time(a: date | None, b: date | None, window: int = _REPORT_WINDOW_DAYS) -> bool:
    return a is None or b is None or abs((a - b).days) <= window


CHANGE = " change"  # ends a figure key's unit when the figure is the size of a move (quantities CHANGE_MARK)


# Units of standings that move from one report to the next (a candidate's delegates after each
# contest, a poll's points and percents, seats as results come in): two reports of other days give
# two states, not two views of one; they are compared only when published the same day.
_STANDING_UNITS = frozenset({"delegate", "vote", "seat", "point", "percent", "%"})


def _window(unit: str, subject: str) -> int:
    """Days apart two reports may be and still be compared: a holder's standing ("Clinton", 503
    delegates), a count of the missing or of the displaced with no date of its own, and the size of
    a move ("shares rose 4%" one day, "fell 9%" a week later: two moves) only on one day, anything
    else within the report window."""
    if subject in {CROWD, CROWD + PLANNED}:
        return _CROWD_WINDOW_DAYS
    if subject in {MISSING, DISPLACED} or unit.endswith(CHANGE) or TOTAL in subject:
        return 0  # a running total too: two days' totals are two states of it
    return 0 if unit in _STANDING_UNITS and subject.startswith(HOLDER_MARK) else _REPORT_WINDOW_DAYS


# A crowd is sized on the day it gathered, and reported that day or the next; two crowd figures
# of one story further apart are more often two marches or two matches than two views of one.
_CROWD_WINDOW_DAYS = 1


def _apart(a0: float, a1: float, b0: float, b1: float, subjectless: bool) -> bool:
    """Whether two value ranges cannot both be right about one thing (see ``_SUBJECTLESS_RATIO``)."""
    if a1 < b0:
        lower, upper = a1, b0
    elif b1 < a0:
        lower, upper = b1, a0
    else:
        return False
    if not subjectless:
        return True
    return lower > 0 and upper / lower <= _SUBJECTLESS_RATIO


def _comparable(unit: str, subject: str, earlier: ReportedFigure | FigureSide, later: ReportedFigure | FigureSide,
                earlier_high: float, later_low: float) -> bool:
    """Whether two reports of one subject's figures may dispute it, whatever their values: the later
    is no update ("rose to"), they came out close enough in time, from two sources, and the later is
    no toll that rose since (``_toll_rose``). The figure passes and the ledger both ask this."""
    if (TOTAL in subject or _window(unit, subject) <= _CROWD_WINDOW_DAYS or _is_toll(subject)) and (
            earlier.published is None or later.published is None):
        # a running total grows stage by stage, and a count compared only within a day or two (a
        # crowd, the missing, a standing, the size of a move) is of one day: of an undated report,
        # that day is unknown ("450,000" at one pension march and "119,000" at another); a toll rises
        # as days pass (``_toll_rose``), and an undated report's cannot be told to be the earlier
        # ("643" dead of an outbreak against another week's "833", "nearly two dozen" of last
        # month against a year's "78")
        return False
    return (not later.updated and _same_time(earlier.published, later.published, _window(unit, subject))
            and not same_source(earlier.claimed_by, later.claimed_by)
            and not _toll_rose(subject, earlier.published, earlier_high, later.published, later_low))


def figure_conflicts(figures: Sequence[ReportedFigure]) -> list[Conflict]:
    """Two values for one subject that cannot both be right, each from a different article.

    One conflict per pair of disagreeing values (with the first reports that give them), not per
    pair of reports: a story where fifty reports repeat "4,000" and ten say "5,000" has one
    disagreement, and a long story must not produce its reports squared.
    """
    groups: dict[tuple[str, str], list[ReportedFigure]] = defaultdict(list)
    for f in figures:
        key = _key(f)
        if key is not None and not f.part:
            groups[key].append(f)
    conflicts: list[tuple[Conflict, Disagreement | None]] = []
    for (unit, subject), group in sorted(groups.items()):
        group.sort(key=lambda f: (f.published or date.max, f.article_id, f.quantity.span.start))
        by_value = _first_reports(group, lambda f: (*_value(f.quantity), _counted(f.quantity.unit, subject)))
        for a, b in _disagreeing_pairs(
            by_value,
            lambda x, y: _comparable(unit, subject, x, y, x.quantity.high, y.quantity.low)
            and _figures_disagree(x.quantity, y.quantity, subject),
        ):
            aq, bq = a.quantity, b.quantity
            conflicts.append((
                Conflict(
                    kind="figure",
                    subject=_shown_subject(_shown_unit(unit, subject, aq.unit, bq.unit), subject, a.event_text),
                    sides=(aq.id, bq.id),
                    articles=(a.article_id, b.article_id),
                    reason=f"{_written(aq.text, aq.unit, bq.unit, subject)}{_by(a)} vs "
                           f"{_written(bq.text, bq.unit, aq.unit, subject)}{_by(b)}",
                ),
                _disagreement((unit, subject), _said_by(a, subject), _said_by(b, subject)),
            ))
    return one_per_disagreement(conflicts + sorted(keyed_disputes(figures), key=lambda kc: _dispute_order(kc[0])))


# What a figure conflict sets against what, for telling one disagreement told again from another:
# the figures' key (unit, subject) and per side its value, hedge, counted noun and folded source.
Said = tuple[float, float, str, str, str]
Disagreement = tuple[str, str, Said, Said]


def _said(low: float, high: float, hedge: str, counted: str, claimed_by: str | None) -> Said | None:
    """One side of a disagreement: a value as figures are compared (ends, hedge, the noun a count of
    the dead counts) and the source giving it, as ``same_source`` tells sources apart; None for a
    figure no named source gives, which can never be told to be the same side again."""
    return None if not claimed_by else (low, high, hedge, counted, _folded_source(claimed_by))


def _said_by(f: ReportedFigure, subject: str) -> Said | None:
    q = f.quantity
    return _said(*_value(q), _counted(q.unit, subject), f.claimed_by)


def _disagreement(key: tuple[str, str] | None, a: Said | None, b: Said | None) -> Disagreement | None:
    """Which disagreement a figure conflict is: its key and its two sides in either order."""
    if key is None or a is None or b is None:
        return None
    first, second = sorted((a, b))
    return key[0], key[1], first, second


def keyed_disputes(figures: Sequence[ReportedFigure]) -> list[tuple[Conflict, Disagreement | None]]:
    """``in_article_disputes``, each with its disagreement: keyed only when both figures have one
    key (one toll), so that a dispute over figures the keys tell apart is never merged."""
    by_id = {f.quantity.id: f for f in figures}
    out: list[tuple[Conflict, Disagreement | None]] = []
    for c in in_article_disputes(figures):
        a, b = by_id[c.sides[0]], by_id[c.sides[1]]
        key = _key(a)
        out.append((c, _disagreement(key, _said_by(a, key[1]), _said_by(b, key[1]))
                    if key is not None and _key(b) == key else None))
    return out


def one_per_disagreement(keyed: Sequence[tuple[Conflict, Disagreement | None]]) -> list[Conflict]:
    """One conflict per disagreement: conflicts that set the same values from the same sources
    against each other for one thing are one disagreement told by several articles, not several
    disagreements. Two reports that each set the Observatory's 53 dead against DeirEzzor24's 25 give
    two one-report disputes, and the pass across articles pairs the first's 53 with the second's 25
    again: an analyst wants one row, with every article that reports it. The first conflict listed
    (the pair across articles where there is one, whose sides are each value's first reports) keeps
    its sides, subject and reason; its ``articles``, still aligned with its sides, are followed by
    every other article reporting the disagreement. Conflicts with no disagreement key stay as
    they are."""
    out: list[Conflict] = []
    at: dict[Disagreement, int] = {}
    for c, key in keyed:
        if key is None:
            out.append(c)
        elif key not in at:
            at[key] = len(out)
            out.append(c)
        else:
            first = out[at[key]]
            more = tuple(dict.fromkeys(a for a in c.articles if a not in first.articles))
            out[at[key]] = replace(first, articles=first.articles + more)
    return out


def _counted(unit: str | None, subject: str) -> str:
    """What a figure of a subject counts, beside its value, for the subject's values: the noun of a
    count of the dead (``_dead_noun``), nothing for any other."""
    return _dead_noun(unit) if _is_toll(subject) else ""


def _figures_disagree(a: Quantity, b: Quantity, subject: str) -> bool:
    return (not _is_toll(subject) or _dead_nouns_agree(a.unit, _range(a), b.unit, _range(b))) and _disagree(
        a, b, subject.startswith(EVENT_MARK))


def mark_breakdowns(figures: Sequence[ReportedFigure]) -> list[ReportedFigure]:
    """One article's figures, those that are parts of a breakdown marked ``part``: two or more
    figures of one key in one sentence from one source ("150 detainees held by the government and
    146 held by the Front were freed"). Each counts a part of the whole ("296 prisoners"), so
    another report's figure for the whole, or for the plan, is no second view of it, and parts are
    not compared. Two sources sizing one thing in one sentence ("police put the crowd at 8,000;
    organizers said 20,000") are no breakdown. Marked per article (story_build), so that the figure
    passes and the ledger, fed one figure at a time, read the same mark."""
    sentences: dict[tuple[str, int, tuple[str, str], str], list[ReportedFigure]] = defaultdict(list)
    for f in figures:
        if (key := _key(f)) is not None:
            # "killed 30 people, including 12 children": a toll and a group of it, no two parts of one whole
            sentences[(f.article_id, f.quantity.sentence.start, key, _counted(f.quantity.unit, key[1]))].append(f)
    parts: set[str] = set()
    for group in sentences.values():
        if len(group) > 1 and all(_one_source(f.claimed_by, group[0].claimed_by) for f in group):
            parts.update(f.quantity.id for f in group)
    return [replace(f, part=True) if f.quantity.id in parts else f for f in figures]


def _one_source(a: str | None, b: str | None) -> bool:
    """Two figures given by one source: the same name, or no name for either."""
    return same_source(a, b) or (a is None and b is None)


def _dispute_order(c: Conflict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return c.articles, c.sides


def in_article_disputes(figures: Sequence[ReportedFigure]) -> list[Conflict]:
    """Figures that speak again of an earlier figure of their article given by another source, with
    a value that cannot be the same: two sources disputing one count in one report."""
    conflicts: list[Conflict] = []
    by_article: dict[str, list[ReportedFigure]] = defaultdict(list)
    for f in figures:
        by_article[f.article_id].append(f)
    for _, group in sorted(by_article.items()):
        group.sort(key=lambda f: f.quantity.span.start)
        for i, b in enumerate(group):
            mark = f"{ANTECEDENT_MARK} '"
            if mark not in b.quantity.reason or b.updated or EARLIER_MARK in b.quantity.reason:
                continue
            named = b.quantity.reason.split(mark, 1)[1].split("'", 1)[0]
            a = next((x for x in reversed(group[:i]) if x.quantity.text == named), None)
            if (a is None or EARLIER_MARK in a.quantity.reason or not a.claimed_by or not b.claimed_by or same_source(a.claimed_by, b.claimed_by)
                    or not _disagree(a.quantity, b.quantity)):
                continue
            conflicts.append(_one_report_dispute(a, b, _one_report_subject(a, b)))
    shown = {c.sides for c in conflicts}
    found = conflicts + [c for c in _crowd_disputes(by_article) + _toll_disputes(by_article) if c.sides not in shown]
    return _one_per_value_pair(found, {f.quantity.id: f.quantity for f in figures})


def _one_per_value_pair(conflicts: Sequence[Conflict], quantities: Mapping[str, Quantity]) -> list[Conflict]:
    """The first of one report's disputes over one pair of values: a report that sets the railways'
    288 dead against the collector's 275 and then gives the 275 again by the chief secretary, and by
    his name, tells one disagreement, which three sources names would otherwise show three times."""
    seen: set[tuple[str, frozenset[tuple[float, float]]]] = set()
    out: list[Conflict] = []
    for c in conflicts:
        pair = frozenset((quantities[q].low, quantities[q].high) for q in c.sides)
        if (c.articles[0], pair) not in seen:
            seen.add((c.articles[0], pair))
            out.append(c)
    return out


def _one_report_subject(a: ReportedFigure, b: ReportedFigure) -> str:
    """The subject of a figure that speaks again of an earlier one: a toll or count of the missing,
    keyed so by its words ("put the toll at 25" after "53 people died"), as the toll pass shows it
    ("people (killed), one report"), so that one dispute reads alike whichever pass finds it; else
    the figure's subject, or its unit."""
    key = _report_key(b)
    if key is not None and key[1] in {DEAD, MISSING} and _report_key(a) == key:
        return f"{_shown_subject(_shown_unit(*key, a.quantity.unit, b.quantity.unit), key[1], None)}, one report"
    unit = b.quantity.unit or "figure"
    return f"{b.quantity.subject} ({unit})" if b.quantity.subject else f"{unit} (one report)"


def _one_report_dispute(a: ReportedFigure, b: ReportedFigure, subject: str, key: str = "") -> Conflict:
    """The conflict of two figures one report gives for one thing, each with its source."""
    aq, bq = a.quantity, b.quantity
    return Conflict(kind="figure", subject=subject, sides=(aq.id, bq.id), articles=(a.article_id, b.article_id),
                    reason=f"{_written(aq.text, aq.unit, bq.unit, key)}{_by(a)} vs "
                           f"{_written(bq.text, bq.unit, aq.unit, key)}{_by(b)}, in one report")


def _crowd_disputes(by_article: Mapping[str, Sequence[ReportedFigure]]) -> list[Conflict]:
    """Two sizes of a crowd in one sentence of one report ("Police estimated the crowd at 8,000;
    organizers said 20,000 attended", "A crowd of 31,000 watched, though the operator put
    attendance at 29,500") that cannot both be right: two sources disputing one count. A sentence
    gives two sizes of one crowd only to set them against each other; one named source giving both
    revises itself, and an updated count ("rose to") is no dispute."""
    conflicts: list[Conflict] = []
    for _, group in sorted(by_article.items()):
        crowd = [f for f in group if _key(f) == (_PEOPLE, CROWD) and not f.updated]
        for a, b in combinations(crowd, 2):
            if (not (a.quantity.sentence.start == b.quantity.sentence.start or _next_sentence_by_another(a, b))
                    or same_source(a.claimed_by, b.claimed_by)
                    or ANTECEDENT_MARK in b.quantity.reason or not _disagree(a.quantity, b.quantity)):
                continue
            conflicts.append(_one_report_dispute(a, b, f"{CROWD} ({_PEOPLE}, one report)"))
    return conflicts


def _next_sentence_by_another(a: ReportedFigure, b: ReportedFigure) -> bool:
    """Whether two figures stand in consecutive sentences, each given by a named source: "Police said
    15,000 people took part. The organisers said the march drew 250,000." Reports set the police's
    count and the organisers' side by side in this way as often as in one sentence."""
    first, second = sorted((a.quantity.sentence, b.quantity.sentence), key=lambda s: s.start)
    return bool(a.claimed_by and b.claimed_by) and 0 <= second.start - first.end <= 2


def _toll_disputes(by_article: Mapping[str, Sequence[ReportedFigure]]) -> list[Conflict]:
    """Two counts of the dead in one report, each given by another named source, that cannot both be
    right ("the provincial government's own count was 47 dead" after the UN's "at least 52" and the
    agency's "our official number is 44 deaths"): a report that names whose toll each is sets them
    against each other, whichever paragraph each stands in. A count one source gives for a time
    long before the report ("killed 130 people in Paris last November", ``_told_as_history``) is
    another event's toll, and counts several times apart are compared no more than across reports
    (``_SUBJECTLESS_RATIO``); an updated count ("rose to") and a part of a breakdown are none. Counts
    of the missing are set against each other the same way (``MISSING``)."""
    conflicts: list[Conflict] = []
    for _, group in sorted(by_article.items()):
        counts = [(f, key) for f in group if (key := _report_key(f)) is not None and key[1] in {DEAD, MISSING} and not f.part
                and f.claimed_by and not _told_as_history(f)]
        for (a, key), (b, other) in combinations(counts, 2):
            if (key != other or b.updated or same_source(a.claimed_by, b.claimed_by)
                    or not _figures_disagree(a.quantity, b.quantity, key[1])):
                continue
            shown = _shown_subject(_shown_unit(*key, a.quantity.unit, b.quantity.unit), key[1], None)
            conflicts.append(_one_report_dispute(a, b, f"{shown}, one report", key[1]))
    return conflicts


def _told_as_history(f: ReportedFigure) -> bool:
    """Whether a figure is dated (``as_of``) to a time that ended more than the report window before
    its report was published: a count of an earlier event, not the one the report is about."""
    if f.quantity.as_of is None or f.published is None:
        return False
    latest = bounds_of(f.quantity.as_of)[1]
    return latest is not None and (f.published - latest).days > _REPORT_WINDOW_DAYS


_PER_SUBJECT = 25  # disagreements kept per subject (figures) or per happening (dates), first reported first
T = TypeVar("T", ReportedFigure, ReportedEvent, "FigureSide", "DateSide")


def _first_reports(reports: Sequence[T], value: Callable[[T], Hashable]) -> list[list[T]]:
    """Per distinct value (in order of first report): its first reports from two different articles,
    enough to pair it with any other value's report from another article."""
    firsts: dict[Hashable, list[T]] = {}
    for r in reports:
        kept = firsts.setdefault(value(r), [])
        if len(kept) < 2 and all(k.article_id != r.article_id for k in kept):
            kept.append(r)
    return list(firsts.values())


def _disagreeing_pairs(by_value: list[list[T]], disagree: Callable[[T, T], bool]) -> list[tuple[T, T]]:
    pairs: list[tuple[T, T]] = []
    for i, j in combinations(range(len(by_value)), 2):
        if len(pairs) >= _PER_SUBJECT:
            break
        if not disagree(by_value[i][0], by_value[j][0]):
            continue
        pair = next(((a, b) for a in by_value[i] for b in by_value[j] if a.article_id != b.article_id), None)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _by(f: ReportedFigure) -> str:
    return f" ({f.claimed_by})" if f.claimed_by else ""


_DATE_WINDOW_DAYS = 7


def _dated_by_clause(r: ReportedEvent) -> bool:
    """Whether a report dates the event with a time of its own clause, the only date a source can be
    said to give the event: a time borrowed from elsewhere in the sentence ("the talks had been
    postponed from March 10 after the shelling, which killed 31 people") or the article dates
    something else as often as the event, and two such dates disagreeing is no dispute."""
    return r.event.when is not None and bool(r.event.when.earliest) and r.event.when_how == "clause"


def date_conflicts(reported: Sequence[ReportedEvent]) -> list[Conflict]:
    """The same happening (type, mode, trigger word, exactly the same two or more actors) dated
    differently by two articles, within a week of each other, each by the event's own clause
    (``_dated_by_clause``): more likely one event misdated than two. One conflict per pair of dates,
    with the first reports that give them."""
    conflicts: list[Conflict] = []
    happenings: dict[tuple[object, ...], list[ReportedEvent]] = defaultdict(list)
    for r in reported:
        if _dated_by_clause(r) and len(r.actors) >= 2:
            happenings[(r.event.type, r.event.mode or "", r.event.text.casefold(), tuple(sorted(r.actors)))].append(r)
    for _, group in sorted(happenings.items(), key=lambda kv: str(kv[0])):
        group.sort(key=lambda r: (r.published or date.max, r.article_id, r.event.trigger.start))
        by_date = _first_reports(group, lambda r: (r.event.when.earliest, r.event.when.latest, r.event.modality))
        for a, b in _disagreeing_pairs(by_date, _misdated):
            ea, eb = a.event, b.event
            conflicts.append(
                Conflict(
                    kind="date",
                    subject=f"{ea.text} ({ea.type.lower()}): {', '.join(a.actor_names)}",
                    sides=(ea.id, eb.id),
                    articles=(a.article_id, b.article_id),
                    reason=f"{ea.when.value} ({ea.when.text!r}) vs {eb.when.value} ({eb.when.text!r})",
                )
            )
    return conflicts


def _misdated(a: ReportedEvent, b: ReportedEvent) -> bool:
    ea, eb = a.event, b.event
    if "happened" not in (ea.modality, eb.modality):
        return False
    a0, a1 = ea.when.earliest, ea.when.latest or ea.when.earliest
    b0, b1 = eb.when.earliest, eb.when.latest or eb.when.earliest
    apart = max((b0 - a1).days, (a0 - b1).days)
    return 0 < apart <= _DATE_WINDOW_DAYS


def _later(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and a > b


def claim_conflicts(entries: Sequence[TimelineEntry], published: Mapping[str, date | None] | None = None) -> list[Conflict]:
    """One report says the event happened, another, published the same day or up to two weeks
    later, that it did not (``published``: article id -> date). "Not ready to support him" in May and
    "endorsed him" in June is a change of mind, and so is "has not endorsed" a week before
    "endorsed": both are status changes, not disputes."""
    published = published or {}
    conflicts: list[Conflict] = []
    for entry in entries:
        happened = list(dict.fromkeys(a for a, m in entry.history if m == "happened"))
        negated = list(dict.fromkeys(a for a, m in entry.history if m == "negated"))
        # each denying article against the first other article that reports it happened about the
        # same time: one line per dissenting source, not every pair of reports
        for b in negated[:_PER_SUBJECT]:
            a = next((x for x in happened if x != b and _same_time(published.get(x), published.get(b))
                      and not _later(published.get(x), published.get(b))), None)
            if a is not None:
                conflicts.append(
                    Conflict(
                        kind="claim",
                        subject=entry.label,
                        sides=(entry.id,),
                        articles=(a, b),
                        reason="reported as happened in one source and as not having happened in another",
                    )
                )
    return conflicts


# ---------------------------------------------------------------------- kept between link calls
#
# figure_conflicts and date_conflicts only ever look at the first two reports (from different
# articles) of each distinct value of a subject, in report order. A ledger keeps just those, so a
# story's conflicts are recomputed from its ledger plus the reports of a new batch that all come
# after the kept ones in report order, giving the same conflicts as a pass over every report.


@dataclass(frozen=True, slots=True)
class FigureSide:
    """What a figure conflict says of one of its sides, and the value it disagrees by."""

    quantity_id: str
    article_id: str
    text: str
    claimed_by: str | None
    low: float
    high: float
    hedge: str  # _hedge of its qualifier: "lower", "upper", "approx" or ""
    published: date | None = None  # of its article
    event_text: str | None = None  # the event counting a figure with no subject ("killed")
    updated: bool = False  # the new state of a count ("rose to 17"), see ReportedFigure.updated
    unit: str | None = None  # the noun it counts, as written ("civilians"): see ``_dead_nouns_agree``


def _figure_side_json(s: FigureSide) -> list[Any]:
    return [s.quantity_id, s.article_id, s.text, s.claimed_by, s.low, s.high, s.hedge,
            None if s.published is None else s.published.isoformat(), s.event_text, s.updated, s.unit]  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateSide:
    """What a date conflict says of one of its sides, and the dates it disagrees by."""

    event_id: str
    article_id: str
    text: str
    type: str
    actor_names: tuple[str, ...]
    when_value: str
    when_text: str
    earliest: date
    latest: date | None
    modality: str


def _keep(kept: list[Any], side: Any) -> None:
    """``_first_reports`` one report at a time: at most two, from different articles."""
    if len(kept) < 2 and all(k.article_id != side.article_id for k in kept):
        kept.append(side)


@dataclass(slots=True)
class FigureLedger:
    """Per subject of figure_conflicts, per distinct value in order of first report, its first reports."""

    subjects: dict[tuple[str, str], dict[tuple[float, float, str, str], list[FigureSide]]] = field(default_factory=dict)
    # keyed_disputes of the articles added
    disputes: list[tuple[Conflict, Disagreement | None]] = field(default_factory=list)

    def extend(self, figures: Sequence[ReportedFigure]) -> None:
        """Add figures that all come after the kept ones in report order (an article's all at once)."""
        self.disputes.extend(keyed_disputes(figures))
        for f in sorted(figures, key=lambda f: (f.published or date.max, f.article_id, f.quantity.span.start)):
            key = _key(f)
            if key is None or f.part:
                continue
            q = f.quantity
            value = _value(q)
            kept = self.subjects.setdefault(key, {}).setdefault((*value, _counted(q.unit, key[1])), [])
            _keep(kept, FigureSide(q.id, f.article_id, q.text, f.claimed_by, *value, f.published, f.event_text,
                                   f.updated, q.unit))

    def copy(self) -> FigureLedger:
        """A ledger that ``extend`` can add to without changing this one (the sides are frozen)."""
        return FigureLedger({k: {v: list(kept) for v, kept in values.items()} for k, values in self.subjects.items()},
                            list(self.disputes))

    def conflicts(self) -> list[Conflict]:
        out: list[tuple[Conflict, Disagreement | None]] = []
        for (unit, subject), values in sorted(self.subjects.items()):
            subjectless = subject.startswith(EVENT_MARK)
            for a, b in _disagreeing_pairs(
                list(values.values()),
                lambda x, y: _comparable(unit, subject, x, y, x.high, y.low) and _sides_disagree(x, y, subjectless)
                and (subject != DEAD or _dead_nouns_agree(x.unit, _span(x.low, x.high, x.hedge),
                                                           y.unit, _span(y.low, y.high, y.hedge))),
            ):
                out.append((
                    Conflict(
                        kind="figure",
                        subject=_shown_subject(_shown_unit(unit, subject, a.unit, b.unit), subject, a.event_text),
                        sides=(a.quantity_id, b.quantity_id),
                        articles=(a.article_id, b.article_id),
                        reason=f"{_written(a.text, a.unit, b.unit, subject)}{_claimed(a.claimed_by)} vs "
                               f"{_written(b.text, b.unit, a.unit, subject)}{_claimed(b.claimed_by)}",
                    ),
                    _disagreement((unit, subject), _said(a.low, a.high, a.hedge, _counted(a.unit, subject), a.claimed_by),
                                  _said(b.low, b.high, b.hedge, _counted(b.unit, subject), b.claimed_by)),
                ))
        return one_per_disagreement(out + sorted(self.disputes, key=lambda kc: _dispute_order(kc[0])))

    def to_json(self) -> dict[str, Any]:
        return {
            "subjects": [[unit, subject, [_figure_side_json(s) for kept in values.values() for s in kept]]
                         for (unit, subject), values in self.subjects.items()],
            "disputes": [[c.subject, list(c.sides), list(c.articles), c.reason, key] for c, key in self.disputes],
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> FigureLedger:
        ledger = cls()
        ledger.disputes = [(Conflict("figure", subject, tuple(sides), tuple(articles), reason),
                            None if key is None else (key[0], key[1], tuple(key[2]), tuple(key[3])))
                           for subject, sides, articles, reason, key in raw["disputes"]]
        for unit, subject, sides in raw["subjects"]:
            values = ledger.subjects.setdefault((unit, subject), {})
            for s in sides:
                side = FigureSide(*s[:7], date.fromisoformat(s[7]) if s[7] else None, s[8], s[9], s[10])
                values.setdefault((side.low, side.high, side.hedge, _counted(side.unit, subject)), []).append(side)
        return ledger


def _sides_disagree(a: FigureSide, b: FigureSide, subjectless: bool = False) -> bool:
    return _apart(
        *_rounded(_span(a.low, a.high, a.hedge), a.text, a.low, b.text, b.low),
        *_rounded(_span(b.low, b.high, b.hedge), b.text, b.low, a.text, a.low),
        subjectless,
    )


def _claimed(by: str | None) -> str:
    return f" ({by})" if by else ""


@dataclass(slots=True)
class DateLedger:
    """Per happening of date_conflicts, per distinct (dates, modality) in order of first report, its
    first reports."""

    happenings: dict[tuple[Any, ...], dict[tuple[Any, ...], list[DateSide]]] = field(default_factory=dict)

    def extend(self, reported: Sequence[ReportedEvent]) -> None:
        """Add reports that all come after the kept ones in report order."""
        for r in sorted(reported, key=lambda r: (r.published or date.max, r.article_id, r.event.trigger.start)):
            e = r.event
            if not _dated_by_clause(r) or len(r.actors) < 2:
                continue
            key = (e.type, e.mode or "", e.text.casefold(), tuple(sorted(r.actors)))
            value = (e.when.earliest, e.when.latest, e.modality)
            kept = self.happenings.setdefault(key, {}).setdefault(value, [])
            side = DateSide(e.id, r.article_id, e.text, e.type, r.actor_names, e.when.value, e.when.text, *value)
            _keep(kept, side)

    def copy(self) -> DateLedger:
        """A ledger that ``extend`` can add to without changing this one (the sides are frozen)."""
        return DateLedger({k: {v: list(kept) for v, kept in values.items()} for k, values in self.happenings.items()})

    def conflicts(self) -> list[Conflict]:
        out: list[Conflict] = []
        for _, values in sorted(self.happenings.items(), key=lambda kv: str(kv[0])):
            for a, b in _disagreeing_pairs(list(values.values()), _sides_misdated):
                out.append(
                    Conflict(
                        kind="date",
                        subject=f"{a.text} ({a.type.lower()}): {', '.join(a.actor_names)}",
                        sides=(a.event_id, b.event_id),
                        articles=(a.article_id, b.article_id),
                        reason=f"{a.when_value} ({a.when_text!r}) vs {b.when_value} ({b.when_text!r})",
                    )
                )
        return out

    def to_json(self) -> list[Any]:
        return [
            [list(key[:3]), list(key[3]), [_date_side_json(s) for kept in values.values() for s in kept]]
            for key, values in self.happenings.items()
        ]

    @classmethod
    def from_json(cls, raw: Sequence[Any]) -> DateLedger:
        ledger = cls()
        for head, actors, sides in raw:
            values = ledger.happenings.setdefault((*head, tuple(actors)), {})
            for s in sides:
                side = DateSide(
                    s[0], s[1], s[2], s[3], tuple(s[4]), s[5], s[6], date.fromisoformat(s[7]),
                    None if s[8] is None else date.fromisoformat(s[8]), s[9],
                )  # fmt: skip
                values.setdefault((side.earliest, side.latest, side.modality), []).append(side)
        return ledger


def _date_side_json(s: DateSide) -> list[Any]:
    return [s.event_id, s.article_id, s.text, s.type, list(s.actor_names), s.when_value, s.when_text,
            s.earliest.isoformat(), None if s.latest is None else s.latest.isoformat(), s.modality]  # fmt: skip


def _sides_misdated(a: DateSide, b: DateSide) -> bool:
    """``_misdated`` on kept sides."""
    if "happened" not in (a.modality, b.modality):
        return False
    a1, b1 = a.latest or a.earliest, b.latest or b.earliest
    apart = max((b.earliest - a1).days, (a.earliest - b1).days)
    return 0 < apart <= _DATE_WINDOW_DAYS
