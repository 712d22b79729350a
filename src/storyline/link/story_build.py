"""A story from its members' link inputs: built whole (``build_story``, the definition), or updated
from the state it kept at its last link call (``StoryState``: a snapshot as of the end of the day
before its latest report day, and the ids of that day's members) when the new articles all come after
the snapshot in report order, which articles of the latest day do whatever their (content hash) ids.
Pure functions and records; the store edge is link/runner.py.

The state is small next to the reports: ids, the timeline's group summaries and entry fields, and per
conflict subject the first reports of each value (link/timeline.py ``TimelineState``, link/conflicts.py
ledgers); the event and entity records themselves are not kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.analyze.event_words import is_party_placeholder, trigger_family
from storyline.analyze.lexicon import word_list
from storyline.analyze.names import is_place_word, place_key
from storyline.link.conflicts import (
    DateLedger,
    PLAN_MODALITIES,
    FigureLedger,
    ReportedFigure,
    claim_conflicts,
    date_conflicts,
    figure_conflicts,
    mark_breakdowns,
)
from storyline.link.entities import canonical_key
from storyline.link.stories import StoryCluster
from storyline.link.timeline import (
    ReportedEvent,
    Timeline,
    TimelineState,
    build_timeline,
    timeline_and_state,
)
from storyline.records import Entity, Event, Quantity, Story
from storyline.store.base import LinkInputs

# Bump when anything a story is built from changes its rules or shape (timeline grouping, entry
# fields, labels, conflict rules, StoryState's JSON): a state of another version is ignored and the
# story rebuilt whole once, which saves a state of the new version.
# 3: timeline groups keep the event word of their actors; 4: their publication span; 5: figures keyed
# by their counting event; 6: the event word of an actor carries its role (doer, done-to); 7: a
# nationality actor is its country where the article names it; 8: figures that update a count; 9: a
# report naming no actors joins one dated to the same day by its clause; 10: shares of a population
# ("four in 10 voters") are not compared as figures; 11: dates compared only when the event's clause
# gives them, a figure written more coarsely covers the finer ones that round to it, and entries on one
# day are ordered dated-by-their-reports and best-sourced first (timeline.entry_order); 12: a figure
# that speaks again of one another source gave in the same article is a dispute (the ledger keeps them),
# and a name's standing (delegates, percent, points) is compared only between reports of one day; a
# nationality actor is the country another report of the story names; 13: words of one family name one
# act on the timeline ("asked" and "request", lexicons/event_word_families.txt); 14: a crowd, attendance,
# an audience and a count of marchers are one measure in the figure ledger (conflicts.figure_key); 15: the
# ledger keeps how a qualifier bounds a figure ("at least 12" leaves its top open: conflicts._hedge), and
# a toll and counts of people who died or were killed are one measure (conflicts.DEAD); 16: a timeline
# entry keeps the targets of its once-a-day acts with their word and day (timeline._dated_targets); 17:
# "talks" and "negotiations" are one family of words (lexicons/event_word_families.txt); 18: an entry keeps
# its members' acts, so a mention naming an earlier one again joins it (timeline._acts); 19: places and
# days of members naming no one in particular (only words for the parties: ReportedEvent.unnamed); 20:
# figures keyed by their subject's head noun (conflicts._noun_key), counts by planned events keyed apart
# (conflicts.PLANNED), parts of a breakdown left out (conflicts.mark_breakdowns) and rates by period; 21:
# entries are held by their word and keep their articles and whether they say which act they are, for a
# bare follow-up ("the march went ahead": timeline._only_one_of_its_word); 22: a report that postpones
# the event frees the entry's time (timeline._moves); 23: an act between leaders of two countries is
# between the countries too, a leader and their country one party (_states_of_leaders, ReportedEvent.bound);
# 24: a history item keeps the date a postponement moves the event to (timeline._Said.moved_to); 25: a
# bare follow-up counts only entries that say which act they are, may take its time from its sentence,
# and names a court's scheduled act by its word (timeline._bare, _only_one_of_its_word); 26: only a new date
# a postponement names binds the entry and shows in the change (timeline._new_date); 27: a figure's
# source is its speaker's canonical entity where the analysis resolved one (story_build._figure_givers); 28:
# a nationality is the country the text names before a dateline's capital (_country_named); 29: a stance
# (endorse, criticise, refuse) never joins another report by one shared party (timeline._joins_by_one_party),
# nor by two that are both only done-to (ReportedEvent.actor_pairs); 30: a report telling the event
# as still to come, published after one telling it as done, is another occurrence (timeline._Group.done_by);
# 31: a postponement may move an act later only when it gives a new date (timeline._times_compatible); 32:
# an entry keeps its pairs of parties with their roles, and a directed act joins no report where one
# of them swaps doer and done-to (timeline.ReportedEvent.pair_keys); 33: a report that the act does not
# take place at its time binds no time (timeline._binds, _Entry.binding_time), and a failed attempt
# after a done act is another attempt (timeline._still_open); 34: counts of the dead from two named
# sources in one report, and crowd sizes in consecutive sentences, dispute (conflicts._toll_disputes,
# _next_sentence_by_another); "44 deaths" counts people; 35: counts of the missing are one measure,
# compared within one day (conflicts.MISSING); 36: a crowd size counted by a planned gathering is the
# plan's, keyed apart from crowds that gathered (conflicts.figure_key); 37: an order of magnitude in
# words with no subject is not keyed by the event nearest to it (conflicts._order_of_magnitude); counts
# of the dead are one key whatever their noun, a ledger side keeps its noun (conflicts._dead_nouns_agree);
# 38: counts of the displaced are keyed by the day they are counted as of (conflicts.displaced_key); 39: an
# entry keeps its members' kind words by word, and a report of that word naming another kind joins no more
# (timeline._kinds_clash); 40: a gathering's report dated within the few days another gives it, or placed
# where another took the place for a party, joins it (timeline._day_in_span, _crossed); 41: a one-word name the
# recognizer missed is the country the story names (_country_of), and 'tariff', 'duty' and 'levy' are one word family; 42: a one-report
# dispute is kept with its disagreement, so that one told again is one conflict (conflicts.one_per_disagreement),
# and a source's apposition and describing words do not make it another (conflicts._folded_source); 43: a
# count with a subject counted by a planned event is keyed apart too (conflicts.figure_key); 44: a running total
# ("a total of 69", "so far", "since 2014") is keyed apart from single counts (conflicts._total_key); 45: a
# subject's figure of an hour or told as history is keyed with its date (conflicts._dated_key), and a count its
# report gives as replaced ("a previous toll indicated 1,037") gets no key (quantities EARLIER_MARK); 46: a
# history item keeps whether its report names the act's doer (timeline._Said.doer, for timeline._quiet); 47: a
# figure someone proposed ("voted to cut the rate to 3.75%") is keyed as a plan's (quantities PROPOSED_MARK), and
# a count of the dead on board or on the ground as that part of the toll (quantities SCOPE_MARK); 48: a history
# item keeps whether its report tells the act done only by naming it (timeline._Said.named_only, for _quiet); 49:
# a count of one day (a crowd, the missing, a standing) from an undated report is compared with none; 50:
# 'abduct' and 'kidnap' are one family of acts (lexicons/event_word_families.txt); 51: one report's disputes
# over one pair of values are one (conflicts._one_per_value_pair), and a toll from an undated report is compared with none
STORY_STATE_VERSION = 51


def _reports(
    members: Sequence[LinkInputs], entities: Mapping[str, Entity], names: dict[str, str] | None = None
) -> tuple[list[ReportedEvent], list[ReportedFigure]]:
    """The members' events and figures with canonical actors; ``names`` collects, for every canonical
    entity named, the name the reports carry (what a later rename would change)."""
    reported: list[ReportedEvent] = []
    figures: list[ReportedFigure] = []
    for member in members:
        to_global = dict(member.links)
        local = {e.id: e for e in member.entities}
        for event in member.events:
            generic: set[str] = set()
            actors, names_ = _actors(event.source_actors + event.target_actors, local, to_global, entities, names, generic)
            states, state_names, bound = _states_of_leaders(event.source_actors + event.target_actors, local, to_global,
                                                            entities, names)
            actors, names_ = actors | states, names_ + tuple(n for n in state_names if n not in names_)
            sources = _actors(event.source_actors, local, to_global, entities)[0]
            targets = _actors(event.target_actors, local, to_global, entities)[0]
            place = (event.location,) if event.location else ()
            place_keys, place_names = _actors(place, local, to_global, entities, names)
            location = next(iter(place_keys), None)
            reported.append(ReportedEvent(
                event, member.published, actors, names_, location, place_names[0] if place_names else None, sources, targets,
                frozenset(generic), bound,
            ))
        speakers = _figure_givers(member, local, to_global, entities, names)
        own: list[ReportedFigure] = []
        for quantity in member.quantities:
            counted_by = _counting_event(quantity, member.events)
            own.append(ReportedFigure(
                quantity, member.published, speakers.get(quantity.attributed_to),
                trigger_family(counted_by.text) if counted_by else None, counted_by.text if counted_by else None,
                counted_by is not None and counted_by.modality in PLAN_MODALITIES,
            ))
        figures.extend(mark_breakdowns(own))
    return reported, figures


def _figure_givers(member: LinkInputs, local: Mapping[str, Entity], to_global: Mapping[str, str],
                   entities: Mapping[str, Entity], names: dict[str, str] | None) -> dict[str, str | None]:
    """Quote id -> who gives the figures of that report: the speaker as written, or, where the
    analysis resolved it to a person, that person's canonical name. "He said 57 people had been
    wounded" and "31 people were wounded, regional governor Oleh Synehubov said" are one source
    revising its count, not two sources disputing it. A body keeps the name it is written with
    ("Ukraine's interior ministry" is not "Ukraine")."""
    givers: dict[str, str | None] = dict(member.speakers)
    for quote_id, entity in member.speaker_entities:
        gid = to_global.get(entity)
        person = entities.get(gid) if gid is not None else None
        if person is None or person.kind != "PERSON":
            person = local.get(entity)
            if person is None or person.kind != "PERSON":
                continue
        elif names is not None:
            names[gid] = person.name
        givers[quote_id] = person.name
    return givers


def _counting_event(quantity: Quantity, events: Sequence[Event]) -> Event | None:
    """The event reported nearest to a figure in its sentence ("15 soldiers were *killed*"): what a
    figure with no subject of its own counts, for comparing it with other reports' figures."""
    q = quantity.span
    near = [e for e in events if e.sentence.start == quantity.sentence.start]
    return min(near, key=lambda e: (max(e.trigger.start - q.end, q.start - e.trigger.end, 0), e.trigger.start), default=None)


def build_story(cluster: StoryCluster, members: Sequence[LinkInputs], entities: Mapping[str, Entity]) -> Story:
    """A story's events, timeline, changes and conflicts from its members' inputs (in article id
    order) and the canonical entities they link to. Pure: the same inputs give the same story."""
    reported, figures = _reports(members, entities)
    return _assemble(cluster, reported, figures, build_timeline(reported))


def rebuild_story(
    cluster: StoryCluster, members: Sequence[LinkInputs], entities: Mapping[str, Entity]
) -> tuple[Story, StoryState]:
    """``build_story``, and the state to keep (see ``StoryState``), from one grouping pass."""
    since = _latest_day(members)
    early = [m for m in members if not _in_tail(m, since)]
    tail = [m for m in members if _in_tail(m, since)]
    names: dict[str, str] = {}
    reported, figures = _reports(early, entities, names)
    late_reported, late_figures = _reports(tail, entities)
    timeline, grouped = timeline_and_state([*reported, *late_reported], before=since)
    state = StoryState(timeline=grouped, tail={m.article_id for m in tail})
    state.take(early, reported, figures, names, grouped=True)
    return _assemble(cluster, [*reported, *late_reported], [*figures, *late_figures], timeline), state


def _day(member: LinkInputs) -> date:
    """An article's place in report order by day: its date, undated ones last."""
    return member.published or date.max


def _has_reports(member: LinkInputs) -> bool:
    return bool(member.events or member.quantities)


def _latest_day(members: Iterable[LinkInputs]) -> date | None:
    """The first day a kept state leaves out of its snapshot: the latest day any of these articles
    reports on (undated ones count only when none is dated, so a dated article of the latest dated
    day can still be folded in exactly); None when none reports anything."""
    days = {_day(m) for m in members if _has_reports(m)}
    dated = days - {date.max}
    return max(dated) if dated else (date.max if days else None)


def _in_tail(member: LinkInputs, since: date | None) -> bool:
    """Whether an article stays out of the snapshot: it reports something on or after ``since``."""
    return since is not None and _has_reports(member) and _day(member) >= since


def _assemble(
    cluster: StoryCluster, reported: Sequence[ReportedEvent], figures: Sequence[ReportedFigure], timeline: Timeline
) -> Story:
    conflicts = figure_conflicts(figures) + date_conflicts(reported) + claim_conflicts(timeline.entries, timeline.published)
    return Story(
        id=cluster.id,
        title=cluster.title,
        article_ids=tuple(cluster.article_ids),
        event_ids=tuple(r.event.id for r in sorted(reported, key=lambda r: (r.article_id, r.event.trigger.start))),
        first=cluster.first,
        last=cluster.last,
        changes=timeline.changes,
        conflicts=tuple(conflicts),
        timeline=timeline.entries,
    )


@dataclass(slots=True)
class StoryState:
    """What a story keeps between link calls so that new articles can be folded in without reading
    most of its members again.

    A snapshot of the story over its members reported before its latest dated day, and the ids of the
    members reported on or after it (``tail``: that day's, and the undated ones, which sort last). An update reads the tail's inputs with the new articles', folds them all into the snapshot
    in report order, and keeps the snapshot as of just before the new latest day. This is exact when
    every new report comes after every snapshot report (``last``), which a new article of the latest
    day does whatever its id, and costs a day's worth of articles more than the batch.

    Small next to the reports: ids, the timeline's group summaries and entry fields, and per conflict
    subject the first reports of each value; the event and entity records themselves are not kept."""

    articles: set[str] = field(default_factory=set)  # members in the snapshot (and any that report nothing)
    last: tuple[date, str] | None = None  # the latest (report date or date.max, article id) in the snapshot
    events: dict[str, list[str]] = field(default_factory=dict)  # article id -> its event ids by offset
    names: dict[str, str] = field(default_factory=dict)  # canonical entity id -> the name snapshot reports carry
    timeline: TimelineState = field(default_factory=TimelineState)
    figures: FigureLedger = field(default_factory=FigureLedger)
    dates: DateLedger = field(default_factory=DateLedger)
    tail: set[str] = field(default_factory=set)  # members reported on or after the snapshot's end

    def advance(
        self, tail: Sequence[LinkInputs], new: Sequence[LinkInputs], entities: Mapping[str, Entity]
    ) -> StoryState | None:
        """Fold in the kept tail's inputs (all of them) and new members: returns the state over every
        member (for ``story_from_state``) and leaves in ``self`` the state to keep. None, and nothing
        changed, when the tail is incomplete, a new member was folded in already, or a report comes
        before a snapshot one in report order (the greedy timeline pass must start over)."""
        if {m.article_id for m in tail} != self.tail or len(tail) != len(self.tail):
            return None
        if any(m.article_id in self.articles or m.article_id in self.tail for m in new):
            return None
        members = [*tail, *new]
        if self.last is not None and any(_has_reports(m) and (_day(m), m.article_id) <= self.last for m in members):
            return None
        since = _latest_day(members)
        early = [m for m in members if not _in_tail(m, since)]
        late = [m for m in members if _in_tail(m, since)]
        names: dict[str, str] = {}
        self.take(early, *_reports(early, entities, names), names)
        self.tail = {m.article_id for m in late}
        whole = self.copy()
        whole.take(late, *_reports(late, entities, {}), {})
        whole.tail = set()
        return whole

    def copy(self) -> StoryState:
        """A state that later folds do not share anything mutable with."""
        return StoryState(
            articles=set(self.articles),
            last=self.last,
            events={a: list(ids) for a, ids in self.events.items()},
            names=dict(self.names),
            timeline=self.timeline.copy(),
            figures=self.figures.copy(),
            dates=self.dates.copy(),
            tail=set(self.tail),
        )

    def take(
        self,
        members: Sequence[LinkInputs],
        reported: Sequence[ReportedEvent],
        figures: Sequence[ReportedFigure],
        names: Mapping[str, str],
        grouped: bool = False,
    ) -> None:
        """Fold in members known to come after the snapshot's (``grouped``: the timeline has them)."""
        order = [(r.published or date.max, r.article_id) for r in reported]
        order += [(f.published or date.max, f.article_id) for f in figures]
        self.articles.update(m.article_id for m in members)
        self.last = max([*order, *([self.last] if self.last else [])], default=None)
        for r in sorted(reported, key=lambda r: (r.article_id, r.event.trigger.start)):
            self.events.setdefault(r.article_id, []).append(r.event.id)
        self.names.update(names)
        if not grouped:
            self.timeline.extend(reported)
        self.figures.extend(figures)
        self.dates.extend(reported)

    def names_hold(self, entities: Mapping[str, Entity]) -> bool:
        """Whether every canonical entity the snapshot's reports name still exists under the same name (a
        redirect deletes one; a merge may rename one): else the kept labels and groups are stale."""
        return all(gid in entities and entities[gid].name == name for gid, name in self.names.items())

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": STORY_STATE_VERSION,
                "articles": sorted(self.articles),
                "last": None if self.last is None else [self.last[0].isoformat(), self.last[1]],
                "events": self.events,
                "names": self.names,
                "timeline": self.timeline.to_json(),
                "figures": self.figures.to_json(),
                "dates": self.dates.to_json(),
                "tail": sorted(self.tail),
            },
            separators=(",", ":"),
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> StoryState | None:
        """The state saved by ``to_json``; None when it is of another version or unreadable."""
        try:
            raw = json.loads(text)
            if raw.get("version") != STORY_STATE_VERSION:
                return None
            last = raw["last"]
            return cls(
                articles=set(raw["articles"]),
                last=None if last is None else (date.fromisoformat(last[0]), last[1]),
                events={a: list(ids) for a, ids in raw["events"].items()},
                names=dict(raw["names"]),
                timeline=TimelineState.from_json(raw["timeline"]),
                figures=FigureLedger.from_json(raw["figures"]),
                dates=DateLedger.from_json(raw["dates"]),
                tail=set(raw["tail"]),
            )
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


def story_from_state(cluster: StoryCluster, state: StoryState) -> Story:
    """The story ``build_story`` gives for the members folded into ``state``."""
    timeline = state.timeline.timeline()
    conflicts = state.figures.conflicts() + state.dates.conflicts() + claim_conflicts(timeline.entries, timeline.published)
    return Story(
        id=cluster.id,
        title=cluster.title,
        article_ids=tuple(cluster.article_ids),
        event_ids=tuple(e for a in sorted(state.events) for e in state.events[a]),
        first=cluster.first,
        last=cluster.last,
        changes=timeline.changes,
        conflicts=tuple(conflicts),
        timeline=timeline.entries,
    )


def _country_of(actor: str, local: Mapping[str, Entity], entities: Mapping[str, Entity]) -> str:
    """A nationality actor stands for its country where the article, or else the story, names that
    country: "Russian strikes" and "Russia struck" are done by one actor, shown as "Russia". The
    country must be a single word sharing the demonym's place key ("Ukrainian"/"Ukraine") or a
    lexicon pairing ("American"/"United States"), so "Republicans" never becomes "Republic of Korea".
    Returns a local entity id, or a canonical one (``entities``) when only another report names it.
    A one-word name the entity recognizer missed ("Armenia and Azerbaijan resumed talks", kept as
    written) is that country too where the article or the story names it: as a bare string it would
    join no report of the act whose party is the tagged country."""
    e = local.get(actor)
    if e is None and actor not in entities and actor[:1].isupper() and " " not in actor:
        return _country_named(actor, local, entities) or actor
    if e is None or e.kind != "NORP":
        return actor
    return _country_named(e.name, local, entities) or actor


def _country_named(word: str, local: Mapping[str, Entity], entities: Mapping[str, Entity]) -> str | None:
    """The country a demonym or country word stands for, as ``_country_of`` finds it: a local entity id
    where the article names the country, else a canonical one where another report does; None if none.
    A capital written in a dateline's capitals ("TOKYO, April 2 (Reuters) -") shares the country's
    place key but is the last choice: the country named in the text ("Japan") stands for it."""
    key = place_key(word)

    def country(other: Entity) -> bool:
        return other.kind == "GPE" and place_key(other.name) == key and (is_place_word(word) or len(other.name.split()) == 1)

    def dateline_form(other: Entity) -> bool:
        return len(other.name) > 3 and other.name.isupper() and "." not in other.name

    found = [other for other in local.values() if country(other)]
    if found:
        return min(found, key=dateline_form).id  # min keeps the first of equals: the article's order
    return min((gid for gid, other in entities.items() if country(other)), default=None)


def _state_led_by(actor: str, gid: str | None, local: Mapping[str, Entity], entities: Mapping[str, Entity]) -> str | None:
    """The country a person leads or speaks for by a role a report gives them: "Kestrian President
    Anton Varel", "Russia's Foreign Minister Sergei Lavrov" (lexicons/state_leader_titles.txt). Only
    a country word followed by exactly such a title counts ("Russian opposition leader" names no one
    who acts for Russia)."""
    person = local.get(actor) or entities.get(actor)
    if person is None or person.kind != "PERSON":
        return None
    roles = [*person.roles, *(entities[gid].roles if gid is not None and gid in entities else ())]
    titles = word_list("state_leader_titles.txt")
    for role in roles:
        words = role.title.split()
        if len(words) < 2:
            continue
        first = words[0].removesuffix("'s").removesuffix("’s")
        if " ".join(words[1:]).casefold() in titles and (country := _country_named(first, local, entities)):
            return country
    return None


def _states_of_leaders(
    raw: Iterable[str], local: Mapping[str, Entity], to_global: Mapping[str, str], entities: Mapping[str, Entity],
    used: dict[str, str] | None = None,
) -> tuple[frozenset[str], tuple[str, ...], frozenset[frozenset[str]]]:
    """The countries an act between leaders of two or more countries is between, as actor keys and
    names, and the (leader, country) key pairs that stand for one party.

    Reports name such an act by its leaders or by their countries ("the presidents of Kestria and
    Solvari will meet", "Varel and Dassa met"), so the countries join the leaders as actors. An act
    of one leader keeps its actors: "Obama criticized Bush" is not an act of the United States
    that every American statement could join. A leader and their own country count as one party
    when reports are matched (timeline ``ReportedEvent.bound``), so "Putin and Trump" and "Putin
    and Zelensky" share Putin alone, not Putin and Russia."""
    def key_of(actor: str) -> str:
        return next(iter(_actors((actor,), local, to_global, entities)[0]))

    led: dict[str, str] = {}  # leader key -> country actor id (local or canonical)
    for actor in raw:
        gid = actor if actor in entities and actor not in local else to_global.get(actor)
        if (state := _state_led_by(actor, gid, local, entities)) is not None:
            led[key_of(actor)] = state
    states = sorted(set(led.values()))
    if len(states) < 2:
        return frozenset(), (), frozenset()
    keys, names = _actors(states, local, to_global, entities, used)
    return keys, names, frozenset(frozenset((leader, key_of(state))) for leader, state in led.items())


def _actors(
    raw: Iterable[str],
    local: Mapping[str, Entity],
    to_global: Mapping[str, str],
    entities: Mapping[str, Entity],
    used: dict[str, str] | None = None,
    generic: set[str] | None = None,
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Canonical actor keys and readable names: linked entities by id, anything else by its folded name.
    ``used`` collects canonical id -> name for the linked ones (a name not from the store is kept as
    "", which never matches a stored entity's, so such a state is never extended); ``generic`` the
    keys of actors that stand for the named parties of the act ("the two sides", "the leaders":
    lexicons/party_placeholders.txt)."""
    keys: list[str] = []
    names: list[str] = []
    for actor in raw:
        actor = _country_of(actor, local, entities)
        gid = actor if actor in entities and actor not in local else to_global.get(actor)
        if gid is not None:
            key, name = gid, (entities[gid].name if gid in entities else local[actor].name)
            if used is not None:
                used[gid] = entities[gid].name if gid in entities else ""
        else:
            name = local[actor].name if actor in local else actor
            key = canonical_key(name, local[actor].kind if actor in local else "PERSON")
            if generic is not None and actor not in local and is_party_placeholder(name):
                generic.add(key)
        if key not in keys:
            keys.append(key)
            names.append(name)
    return frozenset(keys), tuple(names)
