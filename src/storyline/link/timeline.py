"""A story's timeline: the same real-world event reported by several articles becomes one entry.

Events merge when they have the same PLOVER type, share actors (canonical entities, so "Putin" in one
report meets "Vladimir Putin" in another), do not name different places, and their times can
overlap. Each entry keeps every report's modality in report order, which is what makes a status
change visible: a meeting *planned* in one report and *cancelled* in a later one is one entry with
both sources, and one StatusChange.

Grouping is one greedy pass in report order, so a story's timeline can be kept between link calls
without its reports (``TimelineState``: each group's summary and entry fields) and extended with
reports that come after all kept ones, giving the timeline ``build_timeline`` gives over all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from itertools import combinations
from typing import Any

from storyline.analyze.event_words import (
    COURT_SCHEDULED_WORDS,
    event_kinds,
    failed_attempt,
    is_new_date,
    named_by_noun,
    presupposed_only,
    trigger_family,
)
from storyline.records import Event, StatusChange, TimelineEntry, record_id


@dataclass(frozen=True, slots=True)
class ReportedEvent:
    """An event with what the link stage knows about it beyond the article: canonical actors, report date."""

    event: Event
    published: date | None  # the reporting article's date (reference date of its analysis)
    actors: frozenset[str]  # canonical actor keys (entity ids where linked, else normalised names)
    actor_names: tuple[str, ...]  # readable names, in the event's order
    location: str | None  # canonical location key
    place: str | None = None  # the location's readable name
    sources: frozenset[str] = frozenset()  # the actors that are its source (doer), canonical keys
    targets: frozenset[str] = frozenset()  # the actors that are its target (done-to)
    generic: frozenset[str] = frozenset()  # actors that stand for the named parties ("the two sides", "leaders")
    # (leader, country) pairs of actors that are one party: the countries an act between leaders is
    # between (link/story_build._states_of_leaders); two shared actors must not be only such a pair
    bound: frozenset[frozenset[str]] = frozenset()

    @property
    def article_id(self) -> str:
        return self.event.trigger.article_id

    def actor_pairs(self) -> set[frozenset[str]]:
        """Every two actors the report names that are two parties (not a leader and their country). Of a
        stance (``_STANCE_TYPES``), not two that are both only done-to: "voters would not support
        Christie or Kasich" and "groups supporting Christie and Kasich" are stances of others."""
        pairs = {p for p in map(frozenset, combinations(sorted(self.actors), 2)) if p not in self.bound}
        if self.event.type in _STANCE_TYPES:
            pairs = {p for p in pairs if any(self.role(a) != "t" for a in p)}
        return pairs

    def pair_keys(self) -> set[tuple[str, str, str, str]]:
        """Each of ``actor_pairs`` as (actor, role, actor, role), as groups keep them. Of an act whose
        direction says who did what to whom (``_DIRECTED_TYPES``) the roles are the report's; of one
        done together (a meeting, a deal) both are "b"."""
        directed = self.event.type in _DIRECTED_TYPES
        return {(a, self.role(a) if directed else "b", b, self.role(b) if directed else "b")
                for a, b in map(sorted, self.actor_pairs())}

    def pair_matches(self) -> set[tuple[str, str, str, str]]:
        """What a group's pair keys must hold for this report to join it by two parties: the same two,
        neither of them doer in one report and done-to in the other ("Sanders pledged to support
        Clinton" and "Clinton applauded Sanders" are two acts, not one that changed)."""
        return {(a, ra, b, rb) for a, ra0, b, rb0 in self.pair_keys() for ra in _FITS[ra0] for rb in _FITS[rb0]}

    @property
    def family(self) -> str:
        return trigger_family(self.event.text)

    @property
    def kinds(self) -> frozenset[str]:
        """The words before its noun that say which kind of act it is (analyze/events/anaphora.kind_words)."""
        return event_kinds(self.event.reason)

    @property
    def unnamed(self) -> bool:
        """Whether the report names no one in particular: no actor, or only words for the parties
        ("the two sides agreed to hold talks in Kunming"), which another report of the event names
        ("Beijing and New Delhi postponed the talks in Kunming")."""
        return not self.actors - self.generic

    def role(self, actor: str) -> str:
        """"s" (doer), "t" (done-to), or "b" when both or unknown (a pair that met, an old report)."""
        if actor in self.sources and actor not in self.targets:
            return "s"
        if actor in self.targets and actor not in self.sources:
            return "t"
        return "b"

    def worded(self) -> set[tuple[str, str]]:
        """(actor, event word and the actor's role) for each actor, as groups keep them."""
        return {(a, f"{self.family}/{self.role(a)}") for a in self.actors}

    def worded_matches(self) -> set[tuple[str, str]]:
        """What a group's worded actors must hold for one of this report's actors to match: the same
        word, and a role that does not clash ("a PAC supporting Carson" is no "Carson did not support")."""
        return {(a, f"{self.family}/{role}") for a in self.actors for role in _FITS[self.role(a)]}


# The roles a report's role for an actor does not clash with: doer and done-to clash, "b" fits either
_FITS = {"s": ("s", "b"), "t": ("t", "b"), "b": ("s", "t", "b")}


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    changes: tuple[StatusChange, ...]
    published: Mapping[str, date | None] = field(default_factory=dict)  # article id -> its date, for every report


# Modalities that say nothing certain about whether the event took place; a change between two of
# these and a factual one is still a change worth showing, so all distinct transitions are kept.
_TIME_SLACK_DAYS = 1
# A report that gives an event no time of its own is placed by its publication: two reports of the
# same kind of event between the same actors, one of them undated, published more than this apart
# are two events ("X backed Y" in January and "X did not back Y" in April), not one that changed.
_UNDATED_WINDOW_DAYS = 30


def _bounds(r: ReportedEvent) -> tuple[date | None, date | None]:
    when = r.event.when
    if when is None:
        return None, None
    return when.earliest, when.latest


def _moves(r: ReportedEvent) -> bool:
    """Whether the report puts the event off to a later time ("postponed to November 3", "pushed
    back"): the time reports gave it before no longer holds, and a report of it held later is the
    same event. A mention that only names again its article's postponement ("... the delay of the
    ruling"), with no time of its own, puts off nothing more: the new date its article gave stands."""
    return r.event.modality == "postponed" and not _timed_by_antecedent(r)


def _new_date(r: ReportedEvent) -> str | None:
    """The date a report that puts the event off moves it to ("postponed to November 3"), as an ISO
    value; None when it gives none, or only the date given up ("scheduled for Thursday, has been
    postponed"), which says which event it is but no longer when it will be."""
    when = r.event.when
    if not _moves(r) or when is None or when.earliest is None or not is_new_date(when.reason):
        return None
    return when.value


def _dated(r: ReportedEvent) -> bool:
    return None not in _bounds(r)


# Modalities that say the event does not take place at the time their report gives it: the day a
# swap "could not go ahead" (dated by when it was said) or the week it "had been expected to take
# place", then called off. Such a time says which plan a report is about, not when the event is.
_NOT_THEN = frozenset({"negated", "cancelled"})


def _binds(r: ReportedEvent) -> bool:
    """Whether a report's time holds the event to it: the reports that come later must fit it, and
    it may be the entry's time. A report that the event does not happen then (``_NOT_THEN``) binds
    nothing: a swap "postponed" in one report, told "could not go ahead" on Thursday in the same one,
    and "carried out on Thursday" a week later is one swap, held on the later Thursday."""
    return r.event.modality not in _NOT_THEN


def _times_compatible(a: ReportedEvent, b: ReportedEvent, bound: bool = True) -> bool:
    """Whether a report ``a`` may be of the same event as an earlier one ``b`` by their times.
    ``bound``: whether b's own time still holds (no report since put the event off, and b itself
    gives a new date if it put it off); a report that puts it off to a new date (``_new_date``) may
    move it later than b's time, not earlier. One dated only by the day it gave up ("the second
    stage, due this weekend, was postponed") names the plan of that day, and must meet b's time:
    it is no later stage of a plan for an earlier day ("will free a first group on Saturday")."""
    a0, a1 = _bounds(a)
    b0, b1 = _bounds(b)
    if None not in (a0, a1, b0, b1):
        if not bound:
            return True
        return (((a0 - b1).days <= _TIME_SLACK_DAYS or _new_date(a) is not None)
                and (b0 - a1).days <= _TIME_SLACK_DAYS)
    if a.published is None or b.published is None or _timed_by_antecedent(a) or _timed_by_antecedent(b):
        return True
    dated, undated = (a, b) if _dated(a) else (b, a) if _dated(b) else (None, None)
    if dated is None or undated is None or undated.published is None:
        return abs((a.published - b.published).days) <= _UNDATED_WINDOW_DAYS
    return _within_reach(undated.published, _reach(dated))


def _timed_by_antecedent(r: ReportedEvent) -> bool:
    """An undated report naming again an act its article told of before ("will deliver its ruling on
    Oct. 2 ... the ruling"): its time is that act's, not its article's publication, so no window of
    publications applies to it."""
    return r.event.antecedent is not None and not _dated(r)


def _reach(r: ReportedEvent) -> tuple[date, date]:
    """The days from a dated report's publication to its event's time, whichever comes first: a
    report naming the event with no time of its own ("the ruling") may come out a month either side
    of them ("will rule on Oct. 2", published Sept. 15: a follow-up on Oct. 20 is near the ruling
    though five weeks after the first report)."""
    lo, hi = _bounds(r)
    assert lo is not None and hi is not None and r.published is not None
    return min(lo, r.published), max(hi, r.published)


def _within_reach(day: date, reach: tuple[date, date]) -> bool:
    return (reach[0] - day).days <= _UNDATED_WINDOW_DAYS and (day - reach[1]).days <= _UNDATED_WINDOW_DAYS


def _compatible(a: ReportedEvent, b: ReportedEvent, bound: bool = True) -> bool:
    """Nothing rules out that a and b are one event: same type and mode, no clash of place or time
    (``bound``: see ``_times_compatible``)."""
    if a.event.type != b.event.type:
        return False
    if a.event.mode != b.event.mode:
        # PLOVER gives in-person consultations no mode, so None is a mode of its own here: a phone
        # call and a summit between the same leaders are different events.
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if _to_come_after_done(a, b.published if _told_done(b) else None) or \
            _to_come_after_done(b, a.published if _told_done(a) else None):
        return False
    return _times_compatible(a, b, bound)


def _kinds_clash(family_a: str, kinds_a: frozenset[str], family_b: str, kinds_b: frozenset[str]) -> bool:
    """Whether two reports name acts of one word whose own kind words share nothing: "a bilateral
    meeting ... has been dropped" and "he had to chair an emergency security meeting" are two
    meetings, though they share Marchetti. Only a join by one shared party and the word asks this:
    kind words describe more than they exclude ("the Paris terror attacks", "mass attacks in Paris"),
    so reports that share two parties, a place or an act still join. A report with no kind word ("the
    meeting") clashes with none, and words of another family are compared by their actors and times."""
    return family_a == family_b and bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


# What a report published after one that told the event as done cannot say of it: that it is still to
# come or put off. Such a report is of another occurrence: a second round of talks planned after the
# first was held, the signing of a deal postponed after the two sides agreed on it.
_STILL_TO_COME = frozenset({"planned", "postponed"})


def _still_open(r: ReportedEvent) -> bool:
    """Whether a report tells the event as still to come (``_STILL_TO_COME``) or as an attempt that
    failed (``failed_attempt``): "the two sides failed to agree on the names", a week after they
    "have agreed to exchange 200 prisoners each", is a new attempt at a new agreement, not a report
    that the first one never happened."""
    return r.event.modality in _STILL_TO_COME or (r.event.modality == "negated" and failed_attempt(r.event.reason))


def _told_done(r: ReportedEvent) -> bool:
    """Whether a report tells the event as done (happened or going on) by a cue, not only by naming it
    with a noun ("the ruling" right after "will deliver its ruling on Oct. 2" is that plan again)."""
    return r.event.modality in _SAME_STATUS and not presupposed_only(r.event.reason)


def _to_come_after_done(r: ReportedEvent, done_by: date | None) -> bool:
    """Whether ``r`` says the event is still to come, published after ``done_by``, the first day a
    report told it as done (``_told_done``)."""
    return (_still_open(r) and r.published is not None and done_by is not None
            and r.published > done_by)


def _acts(r: ReportedEvent) -> set[str]:
    """The event's id and, when it names again an act its article told of before (analyze/events/
    anaphora.py: "announced a deal ... the deal was expensive"), that first mention's id."""
    return {r.event.id} if r.event.antecedent is None else {r.event.id, r.event.antecedent}


def _same_event(a: ReportedEvent, b: ReportedEvent, bound: bool = True) -> bool:
    if not _compatible(a, b, bound):
        return False
    if _acts(a) & _acts(b):
        return True  # one names the other again, or both name the same first mention
    shared = len(a.actors & b.actors)
    two_parties = bool(a.pair_matches() & b.pair_keys())
    same_place = a.location is not None and a.location == b.location
    if _crossed(a) & {(b.family, n) for n in _names(b)}:
        return True  # a place one report took for a party (_names)
    if a.actors and b.actors:
        # Two shared parties suffice (a leader and their own country are one: ReportedEvent.bound).
        # One actor suffices only when one side names that actor alone and both
        # name the event with the same word ("the Putin meeting" and "Trump and Putin will meet"):
        # {Zelensky, Trump} and {Trump, Putin} share Trump but are two different meetings, and
        # "endorsed Trump" and "apologized to Trump" are two different SUPPORT events, and so are
        # "a PAC supporting Carson" and "Carson does not support quarantines" (doer vs done-to); a stance
        # never joins by one party (_STANCE_TYPES). One target of an arrest or a sentence, with the word
        # and the clause's day, suffices (_dated_targets).
        lone = shared == 1 and min(len(a.actors), len(b.actors)) == 1 and _joins_by_one_party(a) \
            and bool(a.worded_matches() & b.worded()) and not _kinds_clash(a.family, a.kinds, b.family, b.kinds)
        if two_parties or lone or _dated_targets(a) & _dated_targets(b):
            return True
    if not (a.unnamed or b.unnamed):
        return False
    # A report that names no one in particular joins one at the same named place ("the Budapest
    # summit") or on the same day its own clause dates it to ("talks that were due to open in Jeddah
    # on Wednesday").
    day = _clause_day(a)
    return same_place or (day is not None and day == _clause_day(b)) or _day_in_span(a, b) or _day_in_span(b, a)


# Types of stances many take towards one party, again and again: endorsing, praising (SUPPORT),
# criticising, accusing (ACCUSE), refusing (REJECT) a candidate. Two reports sharing one party and the word
# ("has not endorsed a candidate" and "picked up an endorsement from Perry", both with "Republican")
# are seldom one act; on a feed of US campaign news such joins made most of the status changes found,
# nearly all false. A meeting or a visit of one named party ("the Putin meeting") is rarer and still joins.
_STANCE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
# Types of acts one party does to another, whose direction tells two acts apart: "X accused Y" and "Y
# accused X", "X attacked Y" and "Y attacked X" are two. Meetings, deals and the like are done together.
_DIRECTED_TYPES = _STANCE_TYPES | {"REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "AID"}


def _joins_by_one_party(r: ReportedEvent) -> bool:
    """Whether one shared party may join the report to another: not a stance, save a court's act set
    for a day ("the ruling", "the hearing": ACCUSE in PLOVER, but one act of one court)."""
    return r.event.type not in _STANCE_TYPES or r.event.text.lower() in COURT_SCHEDULED_WORDS


# Types whose target undergoes the act once on a given day, whoever is named as doing it: an arrest, a
# sentence, a detention (COERCE), an attack or a killing (ASSAULT).
_ONCE_A_DAY_TYPES = frozenset({"COERCE", "ASSAULT"})


def _dated_targets(r: ReportedEvent) -> set[tuple[str, str, date]]:
    """(actor, event word, day) for each actor a report names only as the target of an act of a
    once-a-day type on the one day its own clause gives it.

    Reports of one sentence or arrest name its doer differently ("a court in Velmora found Corvan
    guilty", "Corvan was sentenced on Friday, the state news agency said": court vs agency) while the
    person it was done to, the word and the day agree; one target, word and day of an arrest or a
    sentence is one event. Endorsements or meetings (other types) on one day with one shared actor
    stay apart, as do acts whose shared actor is a doer. The day is the one day the event's clause or
    sentence gives it ("found Corvan guilty on Friday and sentenced him to six years"); a day taken
    from the article's date says nothing."""
    when = r.event.when
    if r.event.type not in _ONCE_A_DAY_TYPES or r.event.when_how not in ("clause", "sentence") or when is None:
        return set()
    day = when.earliest
    if day is None or when.latest not in (None, day):
        return set()
    return {(a, r.family, day) for a in r.actors if r.role(a) == "t"}


def _clause_day(r: ReportedEvent) -> date | None:
    """The one day the event's own clause gives it ("on May 20"), else None (a span, or a time taken
    from the sentence or the article, says too little to join reports naming no actors)."""
    when = r.event.when
    if r.event.when_how != "clause" or when is None or when.earliest is None:
        return None
    return when.earliest if when.latest in (None, when.earliest) else None


def _report_order(r: ReportedEvent) -> tuple:
    return (r.published or date.max, r.article_id, r.event.trigger.start)


@dataclass(slots=True)
class _Group:
    """One timeline entry being built, with what decides whether a report can join it, kept as it
    grows so the test costs the same for a group of two reports as for one of two thousand.

    Equivalent to testing every member (``_same_event`` with one, ``_compatible`` with all): members
    share type and mode; a report is compatible with all of them when no member names another place
    and its time window is within the slack of every bounded member's since the last report that put
    the event off (``_moves``: those times were given up; such a report may itself move the event
    later, not earlier); it is the same event as some
    member when they share two actors, or one where either side names that actor alone and both use
    the same event word (``trigger_family``) of a type that is no stance (``_joins_by_one_party``), or
    (when either side names no one in particular: ``ReportedEvent.unnamed``) the same place or clause
    day; or when one names the other again (``_acts``)."""

    reports: list[ReportedEvent] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # every member's place
    unnamed_places: set[str] = field(default_factory=set)  # places of members naming no one (ReportedEvent.unnamed)
    actors: set[str] = field(default_factory=set)  # every member's actors
    lone_actors: set[tuple[str, str]] = field(default_factory=set)  # (actor, "word/role") of members naming one
    worded_actors: set[tuple[str, str]] = field(default_factory=set)  # (actor, "word/role") of every member
    actor_pairs: set[tuple[str, str, str, str]] = field(default_factory=set)  # every member's pair_keys
    min_latest: date | None = None  # over members with both bounds
    max_earliest: date | None = None
    # first and last publication over members with no time of their own (and a publication date)
    undated_published: tuple[date, date] | None = None
    # over members with a time (and a publication date): the latest start and the earliest end of their
    # _reach (a report naming no time must come out within the window of every one of them)
    dated_reach: tuple[date, date] | None = None
    days: set[date] = field(default_factory=set)  # every member's clause day (_clause_day)
    unnamed_days: set[date] = field(default_factory=set)  # clause days of members naming no one
    dated_targets: set[tuple[str, str, date]] = field(default_factory=set)  # every member's _dated_targets
    acts: set[str] = field(default_factory=set)  # every member's _acts
    specific: bool = False  # some member says which act it is (_specific)
    done_by: date | None = None  # first publication of a member telling the event as done (_told_done)
    to_come_last: date | None = None  # last publication of a member telling it as still to come (_still_open)
    articles: set[str] = field(default_factory=set)  # every member's article
    supposed_only: bool = True  # every member only supposes the act (_NO_STATUS: "a blockade would ...")
    kinds: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # (word, kind words) of members with some
    spans: set[tuple[str, date, date]] = field(default_factory=set)  # (word, first, last day) of _short_span
    unnamed_worded_days: set[tuple[str, date]] = field(default_factory=set)  # (word, clause day) of unnamed members
    named: set[tuple[str, str]] = field(default_factory=set)  # (word, name) of members' actors and places (_names)

    def copy(self) -> _Group:
        """The summary alone (no reports), every set copied, for a kept entry that later reports extend.
        Read off the fields, so that a field added later is copied too (a hand-written list once left
        one out)."""
        kept = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "reports"}
        return _Group(**{name: set(v) if isinstance(v, set) else v for name, v in kept.items()})

    def add(self, r: ReportedEvent) -> None:
        self.reports.append(r)
        self.note(r)

    def note(self, r: ReportedEvent) -> None:
        """Fold a report into the summary only (a kept entry between link calls holds no reports)."""
        if r.location:
            self.places.add(r.location)
            if r.unnamed:
                self.unnamed_places.add(r.location)
        self.actors |= r.actors
        worded = r.worded()
        self.worded_actors |= worded
        if len(r.actors) == 1 and _joins_by_one_party(r):
            self.lone_actors |= worded
        self.actor_pairs.update(r.pair_keys())
        a0, a1 = _bounds(r)
        if _moves(r):
            # the event is put off: the times given so far no longer bind the reports to come ("held on
            # November 3" after "planned for October 20, postponed"); its new date, if it has one, does
            new = _new_date(r) is not None and a0 is not None and a1 is not None
            self.min_latest, self.max_earliest = (a1, a0) if new else (None, None)
        elif a0 is not None and a1 is not None and _binds(r):
            self.min_latest = a1 if self.min_latest is None else min(self.min_latest, a1)
            self.max_earliest = a0 if self.max_earliest is None else max(self.max_earliest, a0)
        if r.published is not None and not _timed_by_antecedent(r):
            if not _dated(r):
                self.undated_published = _widen(self.undated_published, r.published)
            else:
                lo, hi = _reach(r)
                self.dated_reach = (lo, hi) if self.dated_reach is None else (max(self.dated_reach[0], lo),
                                                                              min(self.dated_reach[1], hi))
        if (day := _clause_day(r)) is not None:
            self.days.add(day)
            if r.unnamed:
                self.unnamed_days.add(day)
        self.dated_targets |= _dated_targets(r)
        self.acts |= _acts(r)
        self.specific = self.specific or _specific(r)
        if r.published is not None and _told_done(r):
            self.done_by = r.published if self.done_by is None else min(self.done_by, r.published)
        if r.published is not None and _still_open(r):
            self.to_come_last = r.published if self.to_come_last is None else max(self.to_come_last, r.published)
        self.articles.add(r.article_id)
        self.supposed_only = self.supposed_only and _supposed(r)
        if r.kinds:
            self.kinds.add((r.family, r.kinds))
        if (span := _short_span(r)) is not None:
            self.spans.add((r.family, *span))
        if r.unnamed and _gathering(r) and (day := _clause_day(r)) is not None:
            self.unnamed_worded_days.add((r.family, day))
        self.named |= {(r.family, n) for n in _names(r)}

    def clashes(self, r: ReportedEvent) -> bool:
        """Whether some member rules out that r is its event (``_compatible``): another place, or times
        that cannot overlap."""
        if r.location and self.places - {r.location}:
            return True  # a member names another place
        if _to_come_after_done(r, self.done_by):
            return True  # told as still to come after a member told it as done: another occurrence
        if (_told_done(r) and r.published is not None and self.to_come_last is not None
                and self.to_come_last > r.published):
            return True  # the same, r being the earlier report (an article that came in late)
        a0, a1 = _bounds(r)
        if r.published is not None and not _timed_by_antecedent(r):
            # undated: within the window of every undated member's publication and of every dated
            # member's reach; dated: every undated member's publication within the window of its reach
            span = self.undated_published
            if _dated(r):
                if span is not None and not all(_within_reach(day, _reach(r)) for day in span):
                    return True
            else:
                if span is not None and any(abs((r.published - day).days) > _UNDATED_WINDOW_DAYS for day in span):
                    return True
                if self.dated_reach is not None and not _within_reach(r.published, self.dated_reach):
                    return True
        if a0 is not None and a1 is not None and self.min_latest is not None and self.max_earliest is not None:
            # a report that puts the event off to a new date may move it later, never earlier; one
            # dated by the day it gave up names the plan of that day (``_times_compatible``)
            later = (a0 - self.min_latest).days > _TIME_SLACK_DAYS and _new_date(r) is None
            if later or (self.max_earliest - a1).days > _TIME_SLACK_DAYS:
                return True
        return False

    def followed_up_by(self, r: ReportedEvent) -> bool:
        """Whether a bare report (``_bare``) may name this entry: the entry says which act it is, no
        member clashes with it, it comes from another report (one report naming its act again is
        ``_acts``'s), and the entry's own time is no more than ``_FOLLOW_UP_DAYS`` before it."""
        if not self.specific or self.clashes(r) or r.article_id in self.articles:
            return False
        return r.published is None or self.min_latest is None or (r.published - self.min_latest).days <= _FOLLOW_UP_DAYS

    def takes(self, r: ReportedEvent) -> bool:
        if self.clashes(r):
            return False
        if _acts(r) & self.acts:
            return True
        day = _clause_day(r)
        if r.unnamed and ((r.location is not None and r.location in self.places) or (day is not None and day in self.days)):
            return True
        if r.unnamed and _gathering(r) and day is not None and any(w == r.family and lo <= day <= hi for w, lo, hi in self.spans):
            return True  # a day within the dates a member gave (_day_in_span)
        if (span := _short_span(r)) is not None and any(
                w == r.family and span[0] <= d <= span[1] for w, d in self.unnamed_worded_days):
            return True  # the same, r giving the dates
        if _crossed(r) & self.named:
            return True  # a place another report took for a party (_names)
        if not r.actors:
            return False
        if (r.location is not None and r.location in self.unnamed_places) or (day is not None and day in self.unnamed_days):
            return True
        if _dated_targets(r) & self.dated_targets:
            return True
        worded = r.worded_matches()
        # one shared party and the word join only acts of no other kind (_kinds_clash)
        by_one = bool(worded & (self.worded_actors if len(r.actors) == 1 else self.lone_actors)) and \
            not any(_kinds_clash(r.family, r.kinds, word, kinds) for word, kinds in self.kinds)
        if len(r.actors) == 1:
            return _joins_by_one_party(r) and by_one
        return by_one or any(p in self.actor_pairs for p in r.pair_matches())


def _supposed(r: ReportedEvent) -> bool:
    """Whether a report only supposes the act (``_NO_STATUS``: "would", "could", "if")."""
    return r.event.modality in _NO_STATUS


def _taker(r: ReportedEvent, candidates: Iterable[int], summary: Callable[[int], _Group]) -> int | None:
    """The first group in order that takes the report, trying those that tell the act before those
    that only suppose it (``_Group.supposed_only``) when the report tells it. An analysis piece's "a
    blockade of Ostravan ports would be seen as an escalation" shares a party with the reports of the
    blockade imposed twelve days later; taken first as the older group, it drew the reports of the real
    blockade away from the entry of the day it began. A supposition names no act in particular; a
    report that tells of one goes to an entry that tells of it, where there is one."""
    order = sorted(candidates, key=lambda g: not _supposed(r) and summary(g).supposed_only)
    return next((g for g in order if summary(g).takes(r)), None)


def _holding_keys(r: ReportedEvent) -> list[tuple[str, str | None, str]]:
    """What a report is filed under to find the groups it may join: (type, mode) with each actor,
    its place, its clause day and its acts (the things _same_event can match on)."""
    kind = (r.event.type, r.event.mode)
    keys = [(*kind, "a:" + a) for a in sorted(r.actors)]
    if r.location:
        keys.append((*kind, "p:" + r.location))
    if (day := _clause_day(r)) is not None:
        keys.append((*kind, "d:" + day.isoformat()))
    keys.extend((*kind, "e:" + act) for act in sorted(_acts(r)))
    keys.append(_word_key(r))
    keys.extend((*kind, "n:" + n[2:]) for n in sorted(_names(r)))
    return keys


def _word_key(r: ReportedEvent) -> tuple[str, str | None, str]:
    """The report's kind with the word it names the act by: the key of ``_only_one_of_its_word``."""
    return r.event.type, r.event.mode, "w:" + r.family


# Kinds of act announced before they take place (meetings, talks; marches, strikes), which a follow-up
# names again by their word alone once they are known ("the march went ahead"); the acts of a court set
# for a day are named by their words (event_words.COURT_SCHEDULED_WORDS: "welcomed the ruling"), as their
# type (ACCUSE) holds accusations and criticism too, which are not announced
_SCHEDULED_TYPES = frozenset({"CONSULT", "PROTEST"})


# the widest time (days between its first and last day) a report may give a scheduled act for an
# unnamed report dated within it to join it (_day_in_span): the days of a summit or a congress ("March
# 18-19"), not a week ("will meet sometime next week", which says when it is, not that it lasts: a
# report dated "Thursday" belongs with the one that gives Thursday, as the same clause day)
_SPAN_DAYS = 4


def _gathering(r: ReportedEvent) -> bool:
    """Whether a report names a scheduled act by its noun ("the summit", "a rally"): a verb ("to call
    voters", "the people have spoken") tells of an act of its own, and is left to its parties."""
    return r.event.type in _SCHEDULED_TYPES and named_by_noun(r.event.reason)


def _short_span(r: ReportedEvent) -> tuple[date, date] | None:
    """The days a gathering (``_gathering``) is given, when they are a few (``_SPAN_DAYS``)."""
    lo, hi = _bounds(r)
    if not _gathering(r) or lo is None or hi is None or (hi - lo).days > _SPAN_DAYS:
        return None
    return lo, hi


def _day_in_span(u: ReportedEvent, s: ReportedEvent) -> bool:
    """Whether ``u``, naming no one, is dated by its clause to a day within the few days ``s`` gives
    the act of its word: "the summit itself will go ahead as planned on Wednesday" and "a two-day
    summit on March 18-19" are one gathering, as two reports of one clause day are (``_same_event``);
    a wider time (a month) says too little."""
    day, span = _clause_day(u), _short_span(s)
    return (u.unnamed and _gathering(u) and day is not None and span is not None and u.family == s.family
            and span[0] <= day <= span[1])


def _names(r: ReportedEvent) -> set[str]:
    """The readable names of a gathering's (``_gathering``) actors ("a:lake merren") and place ("p:lake merren").

    The analysis may take the place of a gathering for one of its parties ("will host leaders at a
    two-day summit at Lake Merren" gave the summit the actor "Lake Merren"), so a later report of the
    summit held "at Lake Merren", with that place, shares no party and no place with it. A place one
    report names that another report of the act by the same word names as its party is one gathering
    (``_crossed``); the times must still agree (``_Group.clashes``)."""
    if not _gathering(r):
        return set()
    names = {"a:" + n.lower() for n in r.actor_names}
    if r.place:
        names.add("p:" + r.place.lower())
    return names


def _crossed(r: ReportedEvent) -> set[tuple[str, str]]:
    """(word, name) a member must hold (``_Group.named``) for r to join it by a place taken for a party:
    r's place among the member's actors, or r's actors among the member's places (``_names``)."""
    flip = {"a": "p", "p": "a"}
    return {(r.family, flip[n[0]] + n[1:]) for n in _names(r)}


# plural words that name one act ("the talks"); any other plural names acts in general ("rallies")
_PLURAL_ACTS = frozenset({"talks", "negotiations", "consultations"})


def _bare(r: ReportedEvent) -> bool:
    """A report of one scheduled act, named by a noun ("The march went ahead despite the ban", "after
    the hearing"), that gives it nothing but its word: no one in particular, no time of its own, no place. A
    plural ("meetings", "rallies") or a verb ("they met") tells of acts in general or of its own."""
    word = r.event.text.lower()
    # a time the event takes from its sentence rather than its own clause ("marched on Monday on the
    # first day of a general strike") does not say which act it is; the entry's time must still fit
    own_time = _dated(r) and r.event.when_how == "clause"
    if (r.event.type not in _SCHEDULED_TYPES and word not in COURT_SCHEDULED_WORDS) or not r.unnamed or own_time \
            or r.location is not None:
        return False
    if r.event.modality == "negated":
        return False  # "no call or meeting was planned with him": none in particular, so none of the story's
    # "talk" alone is speech ("the loose talk in the campaign", "a pep talk"), no act scheduled
    return named_by_noun(r.event.reason) and (word in _PLURAL_ACTS or not word.endswith("s")) and word != "talk"


def _specific(r: ReportedEvent) -> bool:
    """A report that says which act it is: it names a party, a place, or the day its clause gives."""
    return not r.unnamed or r.location is not None or _clause_day(r) is not None


def _only_one_of_its_word(r: ReportedEvent, holders: Iterable[int], summary: Callable[[int], _Group]) -> int | None:
    """The one entry a bare report names (``_bare``): a follow-up tells "the march went ahead" of the
    march its story reported as planned, named and dated, and nothing else in the report says which
    one. Only when the story holds exactly one entry of that kind named by that word that says which
    act it is (``_specific``), and its time and place do not clash (``_Group.followed_up_by``); with
    two such marches in the story, or only talk of marches in general, the bare report stays apart.
    Mentions that say nothing of which act they are ("a two-day strike in 2019", "the strike cost the
    economy") are no rival: they could not be told apart from it either."""
    if not _bare(r):
        return None
    named = {g for g in set(holders) if summary(g).specific}
    if len(named) != 1:
        return None
    (only,) = named
    return only if summary(only).followed_up_by(r) else None


# how long after an entry's own time a bare follow-up may still name it
_FOLLOW_UP_DAYS = 30


def merge_events(reported: Sequence[ReportedEvent]) -> list[list[ReportedEvent]]:
    """Greedy grouping in report order (so independent of input order): an event joins the first group
    where it matches some member and clashes with none (a dated and an undated report must not pull two
    differently dated events into one entry).

    A match needs the same type and mode and a shared actor or the same named place (_same_event), so
    an event is tried only against the groups of its kind holding one of its actors or its place,
    and each try reads the group's summary (_Group), not its members. A bare follow-up that matches
    no group ("the march went ahead") then joins the one group of its word, if only one holds it
    (``_only_one_of_its_word``): a rule about the story's groups, not about pairs of reports.
    """
    groups: list[_Group] = []
    holding: dict[tuple[str, str | None, str], list[int]] = {}  # (type, mode, actor or place) -> groups
    for r in sorted(reported, key=_report_order):
        keys = _holding_keys(r)
        candidates = sorted({g for key in keys for g in holding.get(key, ())})
        target = _taker(r, candidates, lambda g: groups[g])
        if target is None:
            target = _only_one_of_its_word(r, holding.get(_word_key(r), ()), lambda g: groups[g])
        if target is None:
            target = len(groups)
            groups.append(_Group())
        groups[target].add(r)
        for key in keys:
            listed = holding.setdefault(key, [])
            if not listed or listed[-1] != target:
                listed.append(target)
    return [g.reports for g in groups]


def _entry_time(group: list[ReportedEvent]) -> tuple[date | None, date | None, bool, str]:
    """The narrowest time any report that binds the event (``_binds``) gives it; else the narrowest
    any report gives; else the first report's date. Once a report puts the event off ("postponed to
    November 3"), the times given before it are the ones given up: the narrowest from that report on
    wins, if any of them is dated (the postponing report's own time only if it is the new date, not
    the one given up)."""
    def has_time(r: ReportedEvent) -> bool:
        return r.event.when is not None and r.event.when.earliest is not None

    timed = [r for r in _since_last_move(group)
             if has_time(r) and _binds(r) and (not _moves(r) or _new_date(r) is not None)] or [
        r for r in group if has_time(r)]
    if timed:
        best = min(timed, key=lambda r: ((r.event.when.latest or r.event.when.earliest) - r.event.when.earliest, _report_order(r)))
        when = best.event.when
        return when.earliest, when.latest or when.earliest, when.approx, "event"
    # dated by the first report that tells the act, not by one that only supposes it (_Entry.first_told)
    dated = [r.published for r in group if r.published is not None and not _supposed(r)] or \
        [r.published for r in group if r.published is not None]
    first = min(dated) if dated else None
    return first, first, True, "article"


def _since_last_move(group: list[ReportedEvent]) -> list[ReportedEvent]:
    """The reports from the last one that postponed the event on, in report order (all of them when
    none did)."""
    ordered = sorted(group, key=_report_order)
    last = max((i for i, r in enumerate(ordered) if _moves(r)), default=0)
    return ordered[last:]


def _label(group: list[ReportedEvent]) -> str:
    head = group[0]
    names: list[str] = []
    for r in group:
        for name in r.actor_names:
            if name not in names:
                names.append(name)
    text = f"{head.event.text} ({head.event.type.lower()})"
    if names:
        text += ": " + ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
    place = _place(group)
    return text + (f" in {place}" if place else "")


def _place(group: list[ReportedEvent]) -> str | None:
    return next((r.place or r.location for r in group if r.location), None)


def _history(group: list[ReportedEvent]) -> tuple[tuple[str, str], ...]:
    """One (article, modality) per report, in report order.

    An article that mentions the event several times takes the modality most of its mentions give
    (weighted by confidence); a tie goes to the more definite statement (a cancellation outranks a plan).
    """
    votes: dict[str, dict[str, float]] = {}
    for r in sorted(group, key=_report_order):
        article = votes.setdefault(r.article_id, {})
        article[r.event.modality] = article.get(r.event.modality, 0.0) + r.event.confidence
    return tuple(
        (article_id, max(tally, key=lambda m: (round(tally[m], 6), _strength(m), m)))
        for article_id, tally in votes.items()
    )


# "It happened" and "it is going on" describe the same status of a real event in different tenses;
# a change between them says nothing new to an analyst.
_SAME_STATUS = frozenset({"happened", "ongoing"})

_STRENGTH = {"cancelled": 7, "postponed": 6, "negated": 5, "happened": 4, "ongoing": 3, "planned": 2, "claimed": 1, "hypothetical": 0}


# What a later report cannot make of an event an earlier one reported as done: a plan, a mere
# possibility, or a postponement. Such a pair is another occurrence of a recurring event ("the attacks", "his ban",
# "support") that the timeline grouped with the first, not a change of status.
_NOT_AFTER_DONE = frozenset({"planned", "hypothetical", "claimed", "postponed"})


# What says nothing of an event's status: a report that only supposes it ("could meet", "if they
# strike", "it is difficult to hold talks", "would need 358 superdelegates to support him"). Such a
# report stays in the entry's history, and status changes are read between the reports around it. On
# the 840-article feed, 7 of the 8 changes to or from a supposition were false ("want to beat Trump"
# then "not going to beat Trump"); the one lost was "asked if he would endorse" then "endorsed".
_NO_STATUS = frozenset({"hypothetical"})


def _with_status(history: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (article, modality) items of a history that say something of the event's status."""
    return [(article, modality) for article, modality in history if modality not in _NO_STATUS]


def shown_status(history: Sequence[tuple[str, str]], unplaced: Collection[str] = ()) -> str:
    """The status an entry shows: its last report that says something of it (``_with_status``), other
    than an undated report the status changes pass over (``unplaced``: it stands last only because its
    date is unknown; ``_passed_over``). A later report that only supposes the act ("would not make a higher
    offer", "could meet again") leaves the offer made and the meeting held as they were; only a history
    of suppositions shows one."""
    told = [item for item in _with_status(history) if item[0] not in unplaced] or _with_status(history)
    return (told or list(history))[-1][1]


def is_status_change(before: str, after: str) -> bool:
    """Whether a later report's modality changes the event's status for an analyst: planned ->
    held or called off, claimed -> confirmed, happened -> denied. A report that only attributes what
    an earlier one stated as fact ("happened", then "X accused Y of it") adds a claimant, not a new
    status, and nothing done becomes planned again (see _NOT_AFTER_DONE)."""
    if before == after or {before, after} <= _SAME_STATUS:
        return False
    return not (before in _SAME_STATUS and after in _NOT_AFTER_DONE)


def status_path(history: Sequence[tuple[str, str]], quiet: Collection[str] = ()) -> list[str]:
    """An entry's modalities in report order (``history``: (article, modality) pairs) where a later
    report changed its status, as ``is_status_change`` counts them: "planned", "cancelled". The
    articles in ``quiet`` (the entry's ``quiet``, ``_quiet``) say nothing of the status before them."""
    path: list[str] = []
    for article, modality in _with_status(history):
        if article in quiet:
            continue
        if not path or (modality != path[-1] and is_status_change(path[-1], modality)):
            path.append(modality)
    return path


def _strength(modality: str) -> int:
    return _STRENGTH.get(modality, 0)


# What a report that names who did an act can dispute: who did it. Of an act whose direction says who
# did what to whom (_DIRECTED_TYPES), a claim or a denial that names its doer ("Trudeau accused India
# of killing Nijjar", "the army denied carrying out the strike") disputes the doer, not the act; a later
# report of the act that names no doer ("the killing of Nijjar", "the strike on the hospital") confirms
# only what was never in dispute, and "claimed -> happened" would read as "the accusation was
# confirmed". Such a report says nothing of the status before it (``_quiet``); one that names a doer
# ("the army admitted it carried out the strike") still changes it.
_DOER_DISPUTED = frozenset({"claimed", "negated"})
# What a noun that only names the act cannot undo: "the talks collapsed" then "NSC's withdrawal from the
# negotiations" names the talks as a thing that was under way, not as resumed; "cancelled -> happened"
# would read as the talks coming back. Such a report says nothing of the status before it (``_quiet``);
# one that tells the act done ("the talks resumed on Monday") still changes it.
_UNDONE = frozenset({"cancelled", "negated"})
# How far along its life a report puts an event: announced or claimed, then put off, then done, called
# off or denied. A report from an article with no date (none given, none inferred) stands last in a
# history only because its place is unknown; it may well be the older report ("postponed" from an undated
# article after "cancelled" on September 5; "cancelled -> planned" from an undated report a year older
# than the story). Such a report changes the status only forward along this order; a step back or aside
# says nothing of the status before it (``_quiet``).
_STAGE = {"planned": 0, "claimed": 0, "postponed": 1, "happened": 2, "ongoing": 2, "cancelled": 2, "negated": 2}


def _quiet(type_: str, history: Sequence[_Said]) -> list[str]:
    """The articles of a history whose report says nothing of the status before it (``_passed_over``)."""
    return _passed_over(type_, history)[0]


def _passed_over(type_: str, history: Sequence[_Said]) -> tuple[list[str], list[str]]:
    """The articles of a history whose report says nothing of the status before it, with only such
    reports between it and the earlier one: a report of an act of a _DIRECTED_TYPES type that names no
    doer and tells it as done, after a report that claims or denies it of a named doer
    (_DOER_DISPUTED); a report where the act is done only because a noun names it, after a report that
    calls it off or denies it (_UNDONE); a report from an undated article that would move the status back
    or aside (_STAGE), or back to a status the entry had before (``_told_before``). Reports that only
    suppose the act (_NO_STATUS) are passed over, as in ``_status_changes``. Second, those of them passed
    over for standing last only because their date is unknown, which do not set the status shown
    either (``shown_status``)."""
    quiet: list[str] = []
    unplaced: list[str] = []
    last: _Said | None = None
    path: list[str] = []  # the status path so far (``status_path``)
    for h in history:
        if h.modality in _NO_STATUS:
            continue
        if last is not None and (_steps_back_undated(last, h) or _told_before(set(path[:-1]), last, h)):
            quiet.append(h.article_id)
            unplaced.append(h.article_id)
            continue
        if last is not None and _says_nothing_after(type_, last, h):
            quiet.append(h.article_id)
            continue
        if not path or (h.modality != path[-1] and is_status_change(path[-1], h.modality)):
            path.append(h.modality)
        last = h
    return quiet, unplaced


def _says_nothing_after(type_: str, last: _Said, h: _Said) -> bool:
    """Whether a report telling the act done only confirms what ``last`` never disputed: the act without
    the doer ``last`` claimed or denied, or the act merely named after ``last`` called it off."""
    return h.modality in _SAME_STATUS and (
        (type_ in _DIRECTED_TYPES and last.modality in _DOER_DISPUTED and last.doer and not h.doer)
        or (last.modality in _UNDONE and h.named_only))


def _told_before(left: set[str], last: _Said, h: _Said) -> bool:
    """Whether ``h``, from an undated article, would change the status of ``last`` back to one the
    entry's status path has left (``left``): "cancelled", then "planned" (the summit back on), then an
    undated "cancelled" is likelier the report of the first cancellation than a second one."""
    return h.published is None and h.modality != last.modality and h.modality in left


def _steps_back_undated(last: _Said, h: _Said) -> bool:
    """Whether ``h``, from an undated article, would change the status of ``last`` other than forward
    along an event's life (_STAGE)."""
    return (h.published is None and is_status_change(last.modality, h.modality)
            and _STAGE.get(h.modality, 0) <= _STAGE.get(last.modality, 0))


def _said_history(group: list[ReportedEvent], history: tuple[tuple[str, str], ...]) -> list[_Said]:
    """Each history item as ``_Said``, from the first report of its article that gives its modality."""
    by_article: dict[str, ReportedEvent] = {}
    final = dict(history)
    for r in sorted(group, key=_report_order):
        if r.event.modality == final[r.article_id] and r.article_id not in by_article:
            by_article[r.article_id] = r
    return [_said(by_article[article]) for article, _ in history]


def _said(r: ReportedEvent) -> _Said:
    """A history item from the report that says its article's final word."""
    return _Said(r.article_id, r.event.modality, r.event.id, r.published, _new_date(r), bool(r.sources),
                 presupposed_only(r.event.reason))


def _status_changes(
    entry_id: str, type_: str, history: Sequence[_Said], quiet: Collection[str]
) -> list[StatusChange]:
    """The changes between consecutive history items that say something of the status; a report that
    puts the event off names the date it moves it to ("then as postponed to 2026-04-07"). A report that
    says nothing of the status before it (``_quiet``: "the killing of Nijjar" after "accused India of
    killing Nijjar") is passed over as ``status_path`` passes it over."""
    counted = [h for h in history if h.modality not in _NO_STATUS and h.article_id not in quiet]
    out: list[StatusChange] = []
    for b, a in zip(counted, counted[1:]):
        if not is_status_change(b.modality, a.modality):
            continue
        to = f" to {a.moved_to}" if a.moved_to else ""
        out.append(
            StatusChange(
                event_key=entry_id,
                before=b.modality,
                after=a.modality,
                before_event=b.event_id,
                after_event=a.event_id,
                before_article=b.article_id,
                after_article=a.article_id,
                reason=f"{type_} reported as {b.modality} ({b.published or 'undated'}), "
                f"then as {a.modality}{to} ({a.published or 'undated'})",
            )
        )
    return out


def entry_order(e: TimelineEntry) -> tuple[date, date, bool, int, str]:
    """Where an entry stands on the timeline: by time (undated last); on one day, an entry its own
    reports date before one placed by its article's date, and the better-sourced first, so a day
    opens with what most reports say happened that day rather than with the order of hash ids."""
    return (e.earliest or date.max, e.latest or date.max, e.when_how != "event" or e.approx, -len(e.article_ids), e.id)


def build_timeline(reported: Sequence[ReportedEvent]) -> Timeline:
    """Entries ordered by time (undated last), with the status changes found across reports."""
    return _timeline_of(merge_events(reported))


def timeline_and_state(
    reported: Sequence[ReportedEvent], before: date | None = None
) -> tuple[Timeline, TimelineState]:
    """``build_timeline``, and the state that ``TimelineState.extend`` would have reached over the same
    reports (``before`` a day: over those reported before it), from one grouping pass (a story rebuilt
    whole keeps its state without grouping twice).

    The reports before a day are a prefix in report order, and the greedy pass over a prefix makes
    the same groups cut to it: a group is created by its first report, so the groups holding such a
    report are the first ones, in the same order."""
    groups = merge_events(reported)
    kept = groups if before is None else [[r for r in g if (r.published or date.max) < before] for g in groups]
    return _timeline_of(groups), TimelineState.from_groups([g for g in kept if g])


def _timeline_of(groups: list[list[ReportedEvent]]) -> Timeline:
    entries: list[TimelineEntry] = []
    changes: list[StatusChange] = []
    for group in groups:
        head = group[0]
        entry_id = record_id("entry", head.event.id)
        earliest, latest, approx, how = _entry_time(group)
        history = _history(group)
        said = _said_history(group, history)
        quiet, unplaced = _passed_over(head.event.type, said)
        actors: list[str] = []
        for r in group:
            actors.extend(a for a in sorted(r.actors) if a not in actors)
        entries.append(
            TimelineEntry(
                id=entry_id,
                label=_label(group),
                type=head.event.type,
                mode=head.event.mode,
                actors=tuple(actors),
                location=_place(group),
                earliest=earliest,
                latest=latest,
                approx=approx,
                when_how=how,
                modality=shown_status(history, unplaced),
                history=history,
                event_ids=tuple(r.event.id for r in group),
                article_ids=tuple(dict.fromkeys(r.article_id for r in group)),
                quiet=tuple(quiet),
            )
        )
        changes.extend(_status_changes(entry_id, head.event.type, said, quiet))
    entries.sort(key=entry_order)
    return Timeline(tuple(entries), tuple(changes), {r.article_id: r.published for g in groups for r in g})


# ---------------------------------------------------------------------- kept between link calls


@dataclass(frozen=True, slots=True)
class _Said:
    """One article's final word on an entry (a history item) and the report that says it first:
    what ``_status_changes`` and ``_quiet`` need of the article once its reports are all in."""

    article_id: str
    modality: str
    event_id: str
    published: date | None
    moved_to: str | None = None  # the date a report that puts the event off moves it to (ISO value)
    doer: bool = False  # the report names who did the act (ReportedEvent.sources; _quiet)
    named_only: bool = False  # the report tells the act done only by naming it (presupposed_only; _quiet)


@dataclass(slots=True)
class _Entry:
    """One timeline entry as kept between link calls: the ``_Group`` summary that decides whether a
    later report joins it (its ``reports`` stay empty), and what the entry's fields are made of.

    Later reports only append (they come after every kept one in report order), so the head, the
    place, the first five actor names and each finished article's history item never change once
    set, and the narrowest time only gives way to a strictly narrower one (a tie goes to the earlier
    report); an article's history item is finished when the group sees another article or the batch
    ends (an article's reports are contiguous in report order)."""

    summary: _Group
    head_id: str
    type: str
    mode: str | None
    text: str
    actors: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # the first five distinct: the label shows four and "…"
    place: str | None = None
    best_time: tuple[int, date, date, bool] | None = None  # (width in days, earliest, latest, approx)
    first_published: date | None = None
    event_ids: list[str] = field(default_factory=list)
    history: list[_Said] = field(default_factory=list)
    open: list[ReportedEvent] = field(default_factory=list)  # reports of the article not yet finished
    # the narrowest time a report that binds the event (_binds) gives, from the last one that put it
    # off on (from the first report when none did); the entry's time, or best_time when there is none
    binding_time: tuple[int, date, date, bool] | None = None
    # the first publication of a report that tells the act: the entry's date by its articles, as a
    # supposition in an analysis piece ("a blockade would ...") weeks before says nothing of when it was
    first_told: date | None = None

    def add(self, r: ReportedEvent) -> None:
        if self.open and self.open[0].article_id != r.article_id:
            self.finish()
        self.open.append(r)
        # before note(): the summary's actor set is then exactly the actors listed so far
        self.actors.extend(a for a in sorted(r.actors) if a not in self.summary.actors)
        self.summary.note(r)
        self.event_ids.append(r.event.id)
        for name in r.actor_names:
            if len(self.names) < 5 and name not in self.names:
                self.names.append(name)
        if self.place is None and r.location:
            self.place = r.place or r.location
        when = r.event.when
        timed = None
        if when is not None and when.earliest is not None:
            latest = when.latest or when.earliest
            timed = ((latest - when.earliest).days, when.earliest, latest, when.approx)
            if self.best_time is None or timed[0] < self.best_time[0]:  # a tie goes to the earlier report
                self.best_time = timed
        if _moves(r):  # as _entry_time: the times given before a postponement are given up
            self.binding_time = timed if _new_date(r) is not None else None
        elif timed is not None and _binds(r) and (self.binding_time is None or timed[0] < self.binding_time[0]):
            self.binding_time = timed
        if r.published is not None and (self.first_published is None or r.published < self.first_published):
            self.first_published = r.published
        if r.published is not None and not _supposed(r) and (self.first_told is None or r.published < self.first_told):
            self.first_told = r.published

    def finish(self) -> None:
        """Close the open article: its modality by the same vote as ``_history``."""
        if not self.open:
            return
        tally: dict[str, float] = {}
        for r in self.open:
            tally[r.event.modality] = tally.get(r.event.modality, 0.0) + r.event.confidence
        modality = max(tally, key=lambda m: (round(tally[m], 6), _strength(m), m))
        first = next(r for r in self.open if r.event.modality == modality)
        self.history.append(_said(first))
        self.open = []

    def copy(self) -> _Entry:
        """An entry that later reports can extend without touching this one."""
        return _Entry(self.summary.copy(), self.head_id, self.type, self.mode, self.text, list(self.actors), list(self.names),
                      self.place, self.best_time, self.first_published, list(self.event_ids), list(self.history),
                      list(self.open), self.binding_time, self.first_told)  # fmt: skip

    def entry(self) -> TimelineEntry:
        best = self.binding_time or self.best_time
        if best is not None:
            _, earliest, latest, approx = best
            how = "event"
        else:
            earliest = latest = self.first_told or self.first_published
            approx, how = True, "article"
        label = f"{self.text} ({self.type.lower()})"
        if self.names:
            label += ": " + ", ".join(self.names[:4]) + (" …" if len(self.names) > 4 else "")
        history = tuple((h.article_id, h.modality) for h in self.history)
        quiet, unplaced = _passed_over(self.type, self.history)
        return TimelineEntry(
            id=record_id("entry", self.head_id),
            label=label + (f" in {self.place}" if self.place else ""),
            type=self.type,
            mode=self.mode,
            actors=tuple(self.actors),
            location=self.place,
            earliest=earliest,
            latest=latest,
            approx=approx,
            when_how=how,
            modality=shown_status(history, unplaced),
            history=history,
            event_ids=tuple(self.event_ids),
            article_ids=tuple(h.article_id for h in self.history),
            quiet=tuple(quiet),
        )

    def changes(self) -> list[StatusChange]:
        """``_status_changes`` over the kept history items."""
        quiet = _quiet(self.type, self.history)
        return _status_changes(record_id("entry", self.head_id), self.type, self.history, quiet)


@dataclass(slots=True)
class TimelineState:
    """A story's timeline between link calls, without its reports: ``extend`` with reports that all
    come after the kept ones in report order gives the same timeline as ``build_timeline`` over all
    of them, because ``merge_events`` is a greedy pass in report order and this is where it stopped."""

    entries: list[_Entry] = field(default_factory=list)  # in the order merge_events makes its groups
    holding: dict[tuple[str, str | None, str], set[int]] = field(default_factory=dict)  # as in merge_events

    def extend(self, reported: Sequence[ReportedEvent]) -> None:
        for r in sorted(reported, key=_report_order):
            keys = _holding_keys(r)
            candidates = sorted({g for key in keys for g in self.holding.get(key, ())})
            target = _taker(r, candidates, lambda g: self.entries[g].summary)
            if target is None:
                target = _only_one_of_its_word(r, self.holding.get(_word_key(r), ()), lambda g: self.entries[g].summary)
            if target is None:
                target = len(self.entries)
                self.entries.append(_Entry(_Group(), r.event.id, r.event.type, r.event.mode, r.event.text))
            self.entries[target].add(r)
            for key in keys:
                self.holding.setdefault(key, set()).add(target)
        for entry in self.entries:
            entry.finish()

    def copy(self) -> TimelineState:
        """A state that ``extend`` can fold more reports into without changing this one."""
        return TimelineState([e.copy() for e in self.entries], {k: set(g) for k, g in self.holding.items()})

    @classmethod
    def from_groups(cls, groups: Sequence[Sequence[ReportedEvent]]) -> TimelineState:
        """The state after ``extend`` over the reports ``merge_events`` grouped so, without retrying
        any group: each group's reports replayed into its entry (they are in report order)."""
        state = cls()
        for g, reports in enumerate(groups):
            head = reports[0].event
            entry = _Entry(_Group(), head.id, head.type, head.mode, head.text)
            for r in reports:
                entry.add(r)
                keys = _holding_keys(r)
                for key in keys:
                    state.holding.setdefault(key, set()).add(g)
            entry.finish()
            state.entries.append(entry)
        return state

    def timeline(self) -> Timeline:
        entries = sorted((e.entry() for e in self.entries), key=entry_order)
        published = {h.article_id: h.published for e in self.entries for h in e.history}
        return Timeline(tuple(entries), tuple(c for e in self.entries for c in e.changes()), published)

    def to_json(self) -> dict[str, Any]:
        return {
            "entries": [_entry_to_json(e) for e in self.entries],
            "holding": sorted(
                ([t, m, k, sorted(g)] for (t, m, k), g in self.holding.items()),
                key=lambda x: (x[0], x[1] or "", x[1] is None, x[2]),
            ),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> TimelineState:
        return cls([_entry_from_json(e) for e in raw["entries"]], {(t, m, k): set(g) for t, m, k, g in raw["holding"]})


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _widen(span: tuple[date, date] | None, day: date) -> tuple[date, date]:
    return (day, day) if span is None else (min(span[0], day), max(span[1], day))


def _span_json(span: tuple[date, date] | None) -> list[str] | None:
    return None if span is None else [span[0].isoformat(), span[1].isoformat()]


def _span_day(raw: Sequence[str] | None) -> tuple[date, date] | None:
    return None if raw is None else (date.fromisoformat(raw[0]), date.fromisoformat(raw[1]))


def _day(s: str | None) -> date | None:
    return None if s is None else date.fromisoformat(s)


def _entry_to_json(e: _Entry) -> dict[str, Any]:
    g, t = e.summary, e.best_time
    return {
        "places": sorted(g.places), "unnamed_places": sorted(g.unnamed_places),
        "lone_actors": sorted(map(list, g.lone_actors)), "worded_actors": sorted(map(list, g.worded_actors)),
        "actor_pairs": sorted(map(list, g.actor_pairs)),
        "min_latest": _iso(g.min_latest), "max_earliest": _iso(g.max_earliest),
        "undated_published": _span_json(g.undated_published),
        "dated_reach": _span_json(g.dated_reach),
        "days": sorted(map(_iso, g.days)), "unnamed_days": sorted(map(_iso, g.unnamed_days)),
        "dated_targets": sorted([a, w, d.isoformat()] for a, w, d in g.dated_targets),
        "acts": sorted(g.acts), "specific": g.specific, "articles": sorted(g.articles),
        "done_by": _iso(g.done_by), "to_come_last": _iso(g.to_come_last), "supposed_only": g.supposed_only,
        "kinds": sorted([w, sorted(k)] for w, k in g.kinds),
        "spans": sorted([w, lo.isoformat(), hi.isoformat()] for w, lo, hi in g.spans),
        "unnamed_worded_days": sorted([w, d.isoformat()] for w, d in g.unnamed_worded_days),
        "named": sorted(map(list, g.named)),
        "head": e.head_id, "type": e.type, "mode": e.mode, "text": e.text, "actors": e.actors, "names": e.names,
        "place": e.place,
        "time": _time_json(t), "binding_time": _time_json(e.binding_time),
        "first_published": _iso(e.first_published), "first_told": _iso(e.first_told), "events": e.event_ids,
        "history": [[h.article_id, h.modality, h.event_id, _iso(h.published), h.moved_to, h.doer, h.named_only]
                    for h in e.history],
    }  # fmt: skip


def _entry_from_json(raw: Mapping[str, Any]) -> _Entry:
    summary = _Group(
        places=set(raw["places"]), unnamed_places=set(raw["unnamed_places"]), actors=set(raw["actors"]),
        lone_actors={(a, w) for a, w in raw["lone_actors"]}, worded_actors={(a, w) for a, w in raw["worded_actors"]},
        actor_pairs={(a, ra, b, rb) for a, ra, b, rb in raw["actor_pairs"]},
        min_latest=_day(raw["min_latest"]), max_earliest=_day(raw["max_earliest"]),
        undated_published=_span_day(raw["undated_published"]),
        dated_reach=_span_day(raw["dated_reach"]),
        days={date.fromisoformat(d) for d in raw["days"]}, unnamed_days={date.fromisoformat(d) for d in raw["unnamed_days"]},
        dated_targets={(a, w, date.fromisoformat(d)) for a, w, d in raw["dated_targets"]},
        acts=set(raw["acts"]), specific=bool(raw["specific"]), articles=set(raw["articles"]),
        done_by=_day(raw["done_by"]), to_come_last=_day(raw["to_come_last"]),
        supposed_only=bool(raw.get("supposed_only", False)),  # a state kept before the field: as before it
        kinds={(w, frozenset(k)) for w, k in raw.get("kinds", [])},
        spans={(w, date.fromisoformat(lo), date.fromisoformat(hi)) for w, lo, hi in raw.get("spans", [])},
        unnamed_worded_days={(w, date.fromisoformat(d)) for w, d in raw.get("unnamed_worded_days", [])},
        named={(w, n) for w, n in raw.get("named", [])},
    )  # fmt: skip
    return _Entry(
        summary, raw["head"], raw["type"], raw["mode"], raw["text"], list(raw["actors"]), list(raw["names"]),
        raw["place"], _time_from_json(raw["time"]), _day(raw["first_published"]),
        list(raw["events"]), [_Said(a, m, ev, _day(p), to, bool(doer), bool(named))
                                 for a, m, ev, p, to, doer, named in raw["history"]],
        binding_time=_time_from_json(raw["binding_time"]), first_told=_day(raw.get("first_told")),
    )  # fmt: skip


def _time_json(t: tuple[int, date, date, bool] | None) -> list[Any] | None:
    return None if t is None else [t[0], _iso(t[1]), _iso(t[2]), t[3]]


def _time_from_json(t: Sequence[Any] | None) -> tuple[int, date, date, bool] | None:
    return None if t is None else (t[0], date.fromisoformat(t[1]), date.fromisoformat(t[2]), t[3])
