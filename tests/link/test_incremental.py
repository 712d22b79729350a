"""The incremental story path: a story kept as a StoryState and extended batch by batch equals the
story build_story makes from all of its members at once (the reference definition)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from storyline.link.conflicts import DateLedger, FigureLedger, date_conflicts, figure_conflicts
from storyline.link.story_build import STORY_STATE_VERSION, StoryState, build_story, rebuild_story, story_from_state
from storyline.link.stories import StoryCluster
from storyline.link.timeline import ReportedEvent, TimelineState, build_timeline
from storyline.records import Entity, Event, Quantity, Span, TimeRef
from storyline.store.base import LinkInputs

TYPES = ["CONSULT", "ASSAULT", "ACCUSE"]
MODES = [None, "meet", "call"]
MODALITIES = ["happened", "ongoing", "planned", "cancelled", "negated", "claimed", "hypothetical"]
NAMES = ["Ann Lee", "Bo Park", "Cy Diaz", "Dee Moss", "Eve Hart", "Fay Kim", "Gus Roy"]
PLACES = ["Lakeside", "Harbour", "Ridge"]
UNITS = [("people", "dead"), ("people", "wounded"), ("troops", None), ("percent", None), ("missiles", "the arsenal"),
         ("tanks", None), ("people", "refugees"), ("dollars", "aid"), ("drones", None), ("ships", None)]
DAY0 = date(2025, 3, 1)


def _gid(name: str) -> str:
    return "g:" + name.casefold().replace(" ", "-")


def _canonical() -> dict[str, Entity]:
    out = {_gid(n): Entity(_gid(n), n, "PERSON", (n,)) for n in NAMES}
    out.update({_gid(p): Entity(_gid(p), p, "GPE", (p,)) for p in PLACES})
    return out


def _article(rng: random.Random, n: int, published: date | None) -> LinkInputs:
    """One article's inputs: a few events over a small pool of actors, places, times and modalities
    (so reports merge, change status and disagree), and a few figures over a small pool of subjects."""
    aid = f"a{n:04d}"
    entities: list[Entity] = []
    links: list[tuple[str, str]] = []

    def local(name: str, kind: str, linked: bool = True) -> str:
        lid = f"{aid}-{len(entities)}"
        entities.append(Entity(lid, name, kind, (name,)))
        if linked:
            links.append((lid, _gid(name)))
        return lid

    events: list[Event] = []
    for k in range(rng.randrange(0, 5)):
        start = 10 * k + rng.randrange(3)
        cast = rng.sample(NAMES[:3] if rng.random() < 0.6 else NAMES, rng.choice([0, 1, 2, 2, 2, 3]))
        actors = tuple(local(c, "PERSON", linked=rng.random() < 0.9) for c in cast)
        place = local(rng.choice(PLACES), "GPE") if rng.random() < 0.4 else None
        when = None
        if rng.random() < 0.6:
            day = DAY0 + timedelta(days=rng.randrange(20))
            wide = rng.random() < 0.3
            latest = day + timedelta(days=rng.randrange(1, 8)) if wide else (day if rng.random() < 0.8 else None)
            when = TimeRef(id=f"t{aid}{k}", span=Span(aid, start, start + 3), sentence=Span(aid, 0, 90),
                           text=day.strftime("%B %d"), value=day.isoformat(), kind="date",
                           approx=rng.random() < 0.2, earliest=day, latest=latest)  # fmt: skip
        type_ = rng.choice(TYPES)
        events.append(
            Event(
                id=f"{aid}-e{k}", type=type_, mode=rng.choice([*MODES, None]), source_actors=actors[:1], target_actors=actors[1:],
                location=place, when=when, when_how="clause" if when else "article", modality=rng.choice(MODALITIES),
                trigger=Span(aid, start, start + 4), sentence=Span(aid, 0, 90), text=rng.choice(["meet", "meet", "meet", "talks", "strike"]),
                attributed_to=None, confidence=rng.choice([0.4, 0.5, 0.8]), reason="test",
            )  # fmt: skip
        )
    quantities: list[Quantity] = []
    speakers: list[tuple[str, str | None]] = []
    for k in range(rng.randrange(0, 4)):
        unit, subject = rng.choice(UNITS)
        low = float(rng.choice([100, 105, 110, 120, 200, 4000, 4200, 5000]))
        high = low if rng.random() < 0.8 else low * 1.5
        quote = f"{aid}-q{k}" if rng.random() < 0.5 else None
        if quote:
            speakers.append((quote, rng.choice(["officials", None, "the ministry"])))
        quantities.append(
            Quantity(id=f"{aid}-n{k}", span=Span(aid, 5 * k + rng.randrange(2), 5 * k + 4), sentence=Span(aid, 0, 90),
                     text=f"{low:g} {unit}", low=low, high=high, approx=rng.choice([None, "around", "more than"]),
                     unit=unit, subject=subject, attributed_to=quote, as_of=None)  # fmt: skip
        )
    return LinkInputs(aid, published, tuple(entities), tuple(sorted(links)), tuple(events), tuple(quantities),
                      tuple(sorted(speakers, key=lambda s: s[0])))  # fmt: skip


def _corpus(seed: int, n: int = 100) -> list[LinkInputs]:
    """Articles in report order (date, id); a few undated ones, which come last."""
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        published = None if rng.random() < 0.05 else DAY0 + timedelta(days=rng.randrange(45))
        arts.append(_article(rng, i, published))
    return sorted(arts, key=lambda m: (m.published or date.max, m.article_id))


def _cluster(members: list[LinkInputs]) -> StoryCluster:
    dated = [m.published for m in members if m.published]
    return StoryCluster("s1", tuple(m.article_id for m in members), "t", min(dated, default=None), max(dated, default=None))


def _by_id(members: list[LinkInputs]) -> list[LinkInputs]:
    return sorted(members, key=lambda m: m.article_id)


def _advance(
    state: StoryState, new: list[LinkInputs], entities: dict[str, Entity], known: dict[str, LinkInputs]
) -> StoryState | None:
    """``StoryState.advance`` as the runner calls it: the kept tail's inputs read back by id."""
    return state.advance([known[a] for a in sorted(state.tail)], _by_id(new), entities)


def _extended(arts: list[LinkInputs], entities: dict[str, Entity]) -> StoryState:
    state = StoryState()
    assert state.advance([], _by_id(arts), entities) is not None
    return state


@pytest.mark.parametrize("seed", range(8))
def test_story_extended_in_batches_equals_the_story_built_whole(seed: int) -> None:
    arts = _corpus(seed)
    entities = _canonical()
    rng = random.Random(1000 + seed)
    cuts = sorted(rng.sample(range(1, len(arts)), 3))
    known = {a.article_id: a for a in arts}
    state = StoryState()
    for lo, hi in zip([0, *cuts], [*cuts, len(arts)]):
        if lo == 0 and seed % 2:  # the state a whole rebuild leaves, or one extended from nothing
            story, state = rebuild_story(_cluster(arts[:hi]), _by_id(arts[:hi]), entities)
            assert story == build_story(_cluster(arts[:hi]), _by_id(arts[:hi]), entities)
            assert state.to_json() == _extended(arts[:hi], entities).to_json()
            whole = StoryState.from_json(state.to_json())
            assert whole is not None
            whole = _advance(whole, [], entities, known)
        else:
            whole = _advance(state, arts[lo:hi], entities, known)
        assert whole is not None
        state = StoryState.from_json(state.to_json())  # kept between calls as JSON
        assert state is not None
        so_far = arts[:hi]
        expected = build_story(_cluster(so_far), _by_id(so_far), entities)
        got = story_from_state(_cluster(so_far), whole)
        assert got.timeline == expected.timeline
        assert got.changes == expected.changes
        assert got.conflicts == expected.conflicts
        assert got.event_ids == expected.event_ids
        assert got == expected
    # the random stories exercise what they must (claims and dates: over the seeds, below)
    assert expected.changes and any(c.kind == "figure" for c in expected.conflicts)
    assert any(len(e.event_ids) > 2 for e in expected.timeline)


def test_the_random_stories_hold_claim_and_date_conflicts() -> None:
    # Claims need their two reports within two weeks, and a stance (ACCUSE) joins no report by its
    # targets alone: not every seed's story holds one, most do.
    entities = _canonical()
    held = 0
    for seed in range(8):
        arts = _corpus(seed)
        story = build_story(_cluster(arts), _by_id(arts), entities)
        held += bool({c.kind for c in story.conflicts} & {"claim", "date"})
    assert held >= 6


def _same_day_corpus(seed: int, n: int = 90) -> list[LinkInputs]:
    """Articles over a few days only, so that most batches share a day with the kept ones, and some
    undated ones."""
    rng = random.Random(seed)
    days = [None if rng.random() < 0.08 else DAY0 + timedelta(days=rng.randrange(6)) for _ in range(n)]
    return [_article(rng, i, day) for i, day in enumerate(days)]


def _arrivals(rng: random.Random, arts: list[LinkInputs]) -> list[LinkInputs]:
    """An order articles may be linked in and each story still be updated from its kept state: dated
    ones day by day, in any order within a day (so of article id), undated ones at any time."""
    dated = sorted((a for a in arts if a.published), key=lambda a: (a.published, rng.random()))
    for a in (a for a in arts if not a.published):
        dated.insert(rng.randrange(len(dated) + 1), a)
    return dated


@pytest.mark.parametrize("seed", range(10))
def test_same_day_arrivals_in_any_id_order_are_folded_in_exactly(seed: int) -> None:
    """Batches that share the kept latest day, with article ids below and above the kept ones of that
    day (ids are content hashes): each is folded in from the kept state, never rebuilt, and gives the
    story build_story gives over all members so far."""
    arts = _same_day_corpus(seed)
    known = {a.article_id: a for a in arts}
    entities = _canonical()
    rng = random.Random(2000 + seed)
    order = _arrivals(rng, arts)
    cuts = sorted(rng.sample(range(1, len(order)), 12))
    state, so_far = StoryState(), []
    below = above = 0
    for lo, hi in zip([0, *cuts], [*cuts, len(order)]):
        batch = order[lo:hi]
        kept_days = {known[a].published for a in state.tail}
        for a in batch:
            same = [k for k in state.tail if known[k].published == a.published]
            below += any(a.article_id < k for k in same)
            above += any(a.article_id > k for k in same)
        assert all(a.published is None or a.published >= max(kept_days - {None}, default=DAY0) for a in batch)
        whole = _advance(state, batch, entities, known)
        assert whole is not None  # updated from the kept state, not rebuilt
        state = StoryState.from_json(state.to_json())
        assert state is not None
        so_far += batch
        expected = build_story(_cluster(so_far), _by_id(so_far), entities)
        assert story_from_state(_cluster(so_far), whole) == expected
        # the kept state is the snapshot before the latest dated day, plus that day's and undated ids
        latest = max((a.published for a in so_far if a.published and (a.events or a.quantities)), default=None)
        reporting = [a for a in so_far if a.events or a.quantities]
        tail = {a.article_id for a in reporting if a.published is None or a.published == latest}
        assert state.tail == tail and state.articles == {a.article_id for a in so_far} - tail
        assert state.to_json() == rebuild_story(_cluster(so_far), _by_id(so_far), entities)[1].to_json()
    assert below and above  # both orders of article id against the kept day occurred
    assert expected.changes and any(len(e.event_ids) > 2 for e in expected.timeline)


def test_a_dated_article_after_undated_ones_is_folded_in_before_them() -> None:
    """Undated reports sort last: they stay in the tail, so a later dated article still goes before them."""
    arts = _corpus(5, 60)
    known = {a.article_id: a for a in arts}
    entities = _canonical()
    dated = [a for a in arts if a.published and (a.events or a.quantities)]
    undated = [a for a in arts if a.published is None and (a.events or a.quantities)]
    assert undated
    state = StoryState()
    first = [a for a in arts if a not in dated[-3:]]
    assert _advance(state, first, entities, known) is not None
    assert {a.article_id for a in undated} <= state.tail
    whole = _advance(state, dated[-3:], entities, known)
    assert whole is not None
    assert story_from_state(_cluster(arts), whole) == build_story(_cluster(arts), _by_id(arts), entities)
    assert _advance(state, [], entities, known) is not None
    rng = random.Random(7)
    candidates = (_article(rng, 900 + i, DAY0 - timedelta(days=1)) for i in range(50))
    older = next(x for x in candidates if x.events or x.quantities)
    assert older.published < min(a.published for a in dated)
    before = state.to_json()
    assert _advance(state, [older], entities, known) is None  # before the snapshot: rebuilt whole
    assert state.to_json() == before


@pytest.mark.parametrize("seed", range(4))
def test_one_report_at_a_time_equals_build_timeline_and_the_conflict_passes(seed: int) -> None:
    arts = _corpus(seed, 40)
    entities = _canonical()
    from storyline.link.story_build import _reports

    reported, figures = _reports(_by_id(arts), entities)
    order = sorted(reported, key=lambda r: (r.published or date.max, r.article_id, r.event.trigger.start))
    timeline, dates, ledger = TimelineState(), DateLedger(), FigureLedger()
    for article in dict.fromkeys(r.article_id for r in order):
        timeline = TimelineState.from_json(timeline.to_json())
        timeline.extend([r for r in reported if r.article_id == article])
        dates.extend([r for r in reported if r.article_id == article])
    for f in sorted(figures, key=lambda f: (f.published or date.max, f.article_id)):
        ledger.extend([f])
    assert timeline.timeline() == build_timeline(reported)
    assert DateLedger.from_json(dates.to_json()).conflicts() == date_conflicts(reported)
    assert FigureLedger.from_json(ledger.to_json()).conflicts() == figure_conflicts(figures)


def test_an_article_older_than_the_kept_ones_is_refused_and_changes_nothing() -> None:
    arts = _corpus(3)
    entities = _canonical()
    known = {a.article_id: a for a in arts}
    state = _extended(arts[10:], entities)
    before = state.to_json()
    late = [a for a in arts[:10] if a.events or a.quantities][:1]
    assert _advance(state, late, entities, known) is None
    assert state.to_json() == before
    assert _advance(state, arts[12:13], entities, known) is None  # already folded in
    assert _advance(state, [known[sorted(state.tail)[0]]], entities, known) is None  # in the tail already
    assert state.advance([], arts[-1:], entities) is None  # the tail not read back
    assert state.to_json() == before


def test_state_of_another_version_or_damaged_is_not_used() -> None:
    state = _extended(_corpus(1, 5), _canonical())
    text = state.to_json()
    assert StoryState.from_json(text) is not None
    assert StoryState.from_json(text.replace(f'"version":{STORY_STATE_VERSION}', '"version":-1')) is None
    assert StoryState.from_json("{not json") is None


def test_renamed_or_redirected_entity_invalidates_the_kept_names() -> None:
    entities = _canonical()
    state = _extended(_corpus(2, 20), entities)
    assert state.names and state.names_hold(entities)
    gid = sorted(state.names)[0]
    renamed = dict(entities)
    renamed[gid] = Entity(gid, entities[gid].name + " Jr", "PERSON", ())
    assert not state.names_hold(renamed)
    assert not state.names_hold({k: v for k, v in entities.items() if k != gid})


def test_a_status_change_across_batches_is_found_from_the_kept_history() -> None:
    def art(aid: str, day: int, modality: str) -> LinkInputs:
        ev = Event(id=f"{aid}-e", type="CONSULT", mode="meet", source_actors=(f"{aid}-1",), target_actors=(f"{aid}-2",),
                   location=None, when=None, when_how="article", modality=modality, trigger=Span(aid, 3, 7),
                   sentence=Span(aid, 0, 40), text="meet", attributed_to=None, confidence=0.8, reason="test")  # fmt: skip
        ents = (Entity(f"{aid}-1", "Ann Lee", "PERSON", ()), Entity(f"{aid}-2", "Bo Park", "PERSON", ()))
        links = ((f"{aid}-1", _gid("Ann Lee")), (f"{aid}-2", _gid("Bo Park")))
        return LinkInputs(aid, DAY0 + timedelta(days=day), ents, links, (ev,), (), ())

    entities = _canonical()
    state = StoryState()
    first = art("x1", 0, "planned")
    assert state.advance([], [first], entities) is not None
    assert state.tail == {"x1"} and not state.articles  # the latest day is kept as ids only
    whole = state.advance([first], [art("x2", 3, "cancelled")], entities)
    assert whole is not None
    assert (state.articles, state.tail) == ({"x1"}, {"x2"})
    story = story_from_state(StoryCluster("s", ("x1", "x2"), "t", None, None), whole)
    (entry,) = story.timeline
    assert entry.history == (("x1", "planned"), ("x2", "cancelled"))
    assert entry.label == "meet (consult): Ann Lee, Bo Park"
    assert entry.earliest == DAY0 and entry.when_how == "article"
    (change,) = story.changes
    assert (change.before, change.after, change.before_event, change.after_event) == ("planned", "cancelled", "x1-e", "x2-e")
    assert change.reason == "CONSULT reported as planned (2025-03-01), then as cancelled (2025-03-04)"
    assert story.event_ids == ("x1-e", "x2-e")


@pytest.mark.parametrize("seed", range(6))
def test_date_ledger_fed_in_batches_equals_date_conflicts(seed: int) -> None:
    """Dense happenings (two actor pairs, one trigger word, dates and intervals a few days apart), so
    that misdated pairs, the per-happening cap and repeated values all occur."""
    rng = random.Random(seed)
    reported = []
    for i in range(150):
        aid = f"d{i:04d}"
        day = DAY0 + timedelta(days=rng.randrange(12))
        latest = rng.choice([day, day, None, day + timedelta(days=rng.randrange(1, 4))])
        when = TimeRef(id=f"t{i}", span=Span(aid, 0, 3), sentence=Span(aid, 0, 50), text=f"day {i}",
                       value=day.isoformat(), kind="date", earliest=day, latest=latest)  # fmt: skip
        event = Event(id=f"{aid}-e", type="ASSAULT", mode=rng.choice([None, "air"]), source_actors=(), target_actors=(),
                      location=None, when=when, when_how="clause", modality=rng.choice(["happened", "happened", "planned"]),
                      trigger=Span(aid, 5, 10), sentence=Span(aid, 0, 50), text=rng.choice(["Strike", "strike"]),
                      attributed_to=None, confidence=0.8, reason="test")  # fmt: skip
        cast = rng.choice([("g:a", "g:b"), ("g:b", "g:c")])
        published = None if rng.random() < 0.05 else DAY0 + timedelta(days=rng.randrange(20))
        reported.append(ReportedEvent(event, published, frozenset(cast), cast, None))
    reported.sort(key=lambda r: (r.published or date.max, r.article_id))
    ledger = DateLedger()
    for lo in range(0, len(reported), 37):
        ledger = DateLedger.from_json(ledger.to_json())
        ledger.extend(reported[lo : lo + 37])
        assert ledger.conflicts() == date_conflicts(reported[: lo + 37])
    assert len(date_conflicts(reported)) > 25


def test_a_nationality_actor_is_its_country_where_the_article_names_it() -> None:
    def event(aid: str, text: str, sources: tuple[str, ...]) -> Event:
        return Event(id=f"{aid}-e", type="ASSAULT", mode=None, source_actors=sources, target_actors=(), location=None,
                     when=None, when_how="article", modality="happened", trigger=Span(aid, 10, 10 + len(text)),
                     sentence=Span(aid, 0, 90), text=text, attributed_to=None, confidence=0.8, reason="test")
    russia = Entity("g:russia", "Russia", "GPE")
    gop = Entity("g:republicans", "Republicans", "NORP")
    a1 = LinkInputs("a1", date(2025, 3, 1),
                    (Entity("l1:russian", "Russian", "NORP"), Entity("l1:russia", "Russia", "GPE")),
                    (("l1:russia", "g:russia"),), (event("a1", "strikes", ("l1:russian",)),), (), ())
    a2 = LinkInputs("a2", date(2025, 3, 1), (Entity("l2:russia", "Russia", "GPE"),), (("l2:russia", "g:russia"),),
                    (event("a2", "struck", ("l2:russia",)),), (), ())
    a3 = LinkInputs("a3", date(2025, 3, 1),
                    (Entity("l3:gop", "Republicans", "NORP"), Entity("l3:korea", "Republic of Korea", "GPE")),
                    (("l3:gop", "g:republicans"),), (event("a3", "attacked", ("l3:gop",)),), (), ())
    cluster = StoryCluster("s", ("a1", "a2", "a3"), "t", date(2025, 3, 1), date(2025, 3, 1))
    story = build_story(cluster, [a1, a2, a3], {"g:russia": russia, "g:republicans": gop})
    labels = sorted(e.label for e in story.timeline)
    assert labels == ["attacked (assault): Republicans", "strikes (assault): Russia"]  # "Russian strikes" = "Russia struck"
    assert [len(e.event_ids) for e in story.timeline if "Russia" in e.label] == [2]
