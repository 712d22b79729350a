"""The link stage: after a batch of articles lands, fold it into the corpus-level record.

Only what the batch touches is recomputed: its articles' entities are merged into the canonical
entities, its articles are placed into stories by the incremental story index, and the stories they
joined (or merged) get their timeline, status changes and conflicts rebuilt from their own articles.
The pure logic lives in link/entities.py, stories.py, story_build.py, timeline.py and conflicts.py;
this module is the edge that reads and writes the store.

The cost of a call must follow the batch, not the store. So entity merging reads only the canonical
entities the batch can merge with, found through the store's key table (``entity_keys``: every key
an entity answers to, plus the surname and given-name keys the surname-only rule asks about), and a
touched story is rebuilt from narrow per-article inputs (``Store.link_inputs``: events, figures,
local entities and links, no text or mentions), fetched for all touched stories in a few queries.
The story index is read the same way: the rows of it an article needs (document frequencies of its
terms, their posting lists, the candidate stories) are read on demand, and only the rows a call
changed are written back (``Store.story_index_rows``, ``mark_linked``).

A touched story is not rebuilt whole when it need not be: each story keeps a small state between
calls (``StoryState``: as of the end of the day before its latest report day, the timeline's group
summaries and entry fields, the first reports of each figure and date value, its event ids; no
reports; and the ids of its members of that latest day and undated ones), saved as story index rows
with the index. When a story's new articles all come after its snapshot in report order (any article
of the latest day or later does, whatever its id), it did not merge, and the canonical entities its
snapshot names are unchanged, the story is updated from its state, the inputs of its latest day's
members and the new articles' only, so the cost of touching a long-running story follows the batch
and its latest day. Anything else (an older article arriving late, a merge, a renamed or redirected
entity, a missing state or one of another STORY_STATE_VERSION) falls back to ``build_story``, which
stays the definition.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from typing import Any

from storyline.analyze.names import surname_of
from storyline.errors import describe_unexpected

# _keys and _initials are the exact keys merge_entities indexes and compares by; the lookup below must
# ask the store for the same ones, so it imports them rather than restating the rules.
from storyline.link.entities import (
    _LONE_WORD_KINDS,
    _initials,
    _keys,
    canonical_key,
    global_entity_id,
    merge_entities,
    other_kind_key,
    person_key_of_mislabelled,
    same_name_keys,
)
from storyline.link.stories import StoryCluster, StoryDoc, StoryIndex
from storyline.link.story_build import StoryState, build_story, rebuild_story, story_from_state
from storyline.records import Analysis, Article, Entity, Story
from storyline.store.base import LinkInputs

# The link-state key under which versions before schema 2 kept the whole story index as one JSON
# document; read once to move it to rows, then emptied.
LEGACY_INDEX_STATE = "stories"
KEYS_STATE = "entity_keys"
# Bump when entity_lookup_keys (or the canonical keys it builds on) changes: the next call rebuilds the
# key table from the stored entities once.
KEYS_VERSION = "8"  # 2: a generational suffix (Jr., III) is not the surname; 3: it is part of the key; 4: any apostrophe;
# 5: a country's institution ("Supreme Court (Uganda)", "Russian Defence Ministry") is keyed with the country;
# 6: an organisation opening with a country spelt out is keyed by its short form ("us geological survey");
# 7: an organisation's legal suffix is no part of its key ("Acme Corp" is "org:acme"), nor is a person's
# surname with its particle alone ("al-Sharaa") a key of the full name; 8: a demonym's plural keys as its
# singular ("Duvanians" is "norp:duvanian")
SURNAME = "~surname:"
GIVEN = "~given:"
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
# Each story's incremental state: story index rows of this part, named by story id.
STORY_STATE_PART = "story_state"
# Switch for the incremental path; False rebuilds every touched story whole (and saves no state).
INCREMENTAL = True


@dataclass(frozen=True, slots=True)
class LinkSummary:
    articles: int
    entities_touched: int
    stories_touched: int
    stories_merged: int
    status_changes: int
    conflicts: int
    # (story id, what went wrong): stories a bug kept from being rebuilt; their new articles stay
    # pending, so the next link call (an ingest, `storyline analyze`) tries them again
    failed: tuple[tuple[str, str], ...] = ()

    def plus(self, later: LinkSummary) -> LinkSummary:
        """Two calls' summaries as one (a story touched by both counts twice)."""
        return LinkSummary(*(a + b for a, b in zip(astuple(self), astuple(later))))


@dataclass(frozen=True, slots=True)
class _Linked:
    """One article with its analysis and the canonical id of each of its local entities."""

    article: Article
    analysis: Analysis
    to_global: Mapping[str, str]

    @property
    def published(self) -> date | None:
        return self.article.published or self.analysis.reference_date


def run_link(store, article_ids: Iterable[str] | None = None, *, chunk_size: int = 1000) -> LinkSummary:
    """Fold articles into entities and stories: the given ones, or every article still pending.

    What the call changes in the story index stays in memory and is saved, with the articles taken off
    the pending list, in one transaction at the end: a call cut short leaves the last saved index and
    the pending list as they were, so the next call redoes the work and reaches the same stories.
    """
    with store.link_lock():
        return _run_link(store, article_ids, chunk_size)


def _run_link(store, article_ids: Iterable[str] | None, chunk_size: int) -> LinkSummary:
    _ensure_entity_keys(store)
    index, moved = _load_index(store)
    pending = sorted(set(article_ids)) if article_ids is not None else _all_pending(store, chunk_size)
    touched: set[str] = set()
    merged_away: set[str] = set()
    whole: set[str] = set()  # stories whose kept state cannot be extended: merged, or a member re-analysed
    entities = linked_count = 0
    for start in range(0, len(pending), chunk_size):
        linked = _link_entities(store, pending[start : start + chunk_size])
        linked_count += len(linked)
        entities += sum(len(x.to_global) for x in linked)
        _place_in_stories(index, linked, touched, merged_away, whole)
    touched -= merged_away
    for story_id in sorted(merged_away):
        store.delete_story(story_id)
    # Saved with the index, so a call cut short leaves states and index as they were together.
    states: dict[str, str | None] = dict.fromkeys(sorted(merged_away | whole))
    changes = conflicts = 0
    failed: list[tuple[str, str]] = []
    retry: set[str] = set()
    for built in _build_stories(store, _clusters(index, touched), chunk_size, whole):
        if built.error is not None:
            failed.append((built.cluster.id, built.error))
            states[built.cluster.id] = None  # rebuilt whole next time
            retry.update(built.cluster.article_ids)
            continue
        story, state = built.story, built.state
        store.put_story(story)
        states[story.id] = state.to_json() if state is not None else None
        changes += len(story.changes)
        conflicts += len(story.conflicts)
    rows = index.take_rows(everything=moved)
    rows[STORY_STATE_PART] = states
    # A store linked by a version that kept the index as one JSON document gets it as rows once.
    store.mark_linked([a for a in pending if a not in retry], {LEGACY_INDEX_STATE: ""} if moved else None, rows)
    return LinkSummary(linked_count, entities, len(touched), len(merged_away), changes, conflicts, tuple(failed))


# ---------------------------------------------------------------------- entity lookup


def entity_lookup_keys(entity: Entity) -> tuple[str, ...]:
    """The keys a canonical entity is filed under in the store's key table.

    Its canonical keys (what merge_entities indexes it by), and for every full-name key of a person
    the surname and given-name keys: the surname-only rule needs every full name with a surname,
    and whether a word is anyone's given name.
    """
    keys = list(_keys(entity))
    if entity.kind == "PERSON":
        for key in list(keys):
            words = key.split(":", 1)[1].split()
            if len(words) >= 2:
                keys += [SURNAME + surname_of(words), GIVEN + words[0]]
    return tuple(dict.fromkeys(keys))


def merge_lookup(entities: Iterable[Entity]) -> tuple[set[str], set[str], set[str]]:
    """What to fetch so merge_entities decides for these article entities as it would against every
    stored entity: (keys whose every holder is needed, keys of which one holder is enough, ids).

    Every holder of the entities' own keys (same or alias key); every full name sharing a surname
    with a person in the batch, and every surname-only entity with that surname (the batch may make
    it unambiguous, which redirects it); one holder of a surname-only word's given-name key (it only
    matters that someone has it); and by id the entities merge_entities would create, which may exist
    already under keys that are not theirs (the middle-initial variants).
    """
    every: set[str] = set()
    one: set[str] = set()
    ids: set[str] = set()
    for e in entities:
        keys = _keys(e)
        own = canonical_key(e.name, e.kind)
        every.update(keys)
        every.add(own)
        every.update(same_name_keys(e))  # "Meridian Wire" PERSON here joins the stored ORG, and back
        ids.add(global_entity_id(own))
        if lone := _lone_word_lookup(e):
            every.update(lone)
            one.add(GIVEN + canonical_key(e.name, e.kind).split(":", 1)[1])
        if e.kind != "PERSON":
            as_person = person_key_of_mislabelled(e)
            if as_person is not None:
                every.add(as_person)  # merge_entities joins it to that person, if one is stored
            as_other = other_kind_key(e)
            if as_other is not None:
                every.add(as_other)  # a place tagged ORG here joins the stored place, and back
            continue
        for inits in {_initials(n) for n in (e.name, *e.aliases)} - {frozenset()}:
            ids.add(global_entity_id(f"{own} [{' '.join(sorted(inits))}]"))
        words = own.split(":", 1)[1].split()
        if len(words) == 1:
            every.add(SURNAME + words[0])
            one.add(GIVEN + words[0])
        for key in keys:
            words = key.split(":", 1)[1].split()
            if len(words) >= 2:
                every.update((f"person:{surname_of(words)}", SURNAME + surname_of(words)))
    return every, one, ids


def _lone_word_lookup(e: Entity) -> set[str]:
    """Keys of the stored entities the lone-word fold of merge_entities reads for ``e`` (a one-word
    PERSON named as a known place is that place): for a one-word PERSON, the place of its name; for a
    one-word place, a one-word PERSON of that name stored before it, and the full names carrying it as
    a surname (which keep that person apart; whether it is anyone's given name is asked by the caller).
    An organisation, facility or product of one word stands where the place does."""
    words = canonical_key(e.name, e.kind).split(":", 1)[1].split()
    if len(words) != 1:
        return set()
    if e.kind == "PERSON":
        return {canonical_key(e.name, kind) for kind in ("GPE", *_LONE_WORD_KINDS)}
    if e.kind in ("GPE", "LOC", *_LONE_WORD_KINDS):
        return {canonical_key(e.name, "PERSON"), SURNAME + words[0]}
    return set()


def entities_to_merge_with(store, entities: Sequence[Entity]) -> dict[str, Entity]:
    """The stored canonical entities that merging ``entities`` can touch or depends on, by id."""
    every, one, ids = merge_lookup(entities)
    known = store.entities_by_keys(sorted(every), one_per_key=sorted(one))
    known.update({e.id: e for e in store.entities_by_ids(sorted(ids - set(known)))})
    # A stored surname-only entity is redirected when exactly one full name carries its surname, so
    # each one found needs all full names with its surname (asked for already unless found by id).
    asked = set(every)
    while more := {SURNAME + _surname(e) for e in known.values() if _surname(e)} - asked:
        asked |= more
        known.update(store.entities_by_keys(sorted(more)))
    return dict(sorted(known.items()))


def _surname(e: Entity) -> str | None:
    """The one word of a surname-only person's key, else None."""
    if e.kind != "PERSON":
        return None
    words = canonical_key(e.name, e.kind).split(":", 1)[1].split()
    return words[0] if len(words) == 1 else None


def _ensure_entity_keys(store) -> None:
    """Files every stored entity under its keys once, in a store linked before the key table was kept
    (or under an older KEYS_VERSION); later calls only read a one-line state."""
    if store.get_link_state(KEYS_STATE) == KEYS_VERSION:
        return
    store.rebuild_entity_keys({gid: entity_lookup_keys(e) for gid, e in store.all_entities().items()})
    store.put_link_state(KEYS_STATE, KEYS_VERSION)


def _all_pending(store, chunk_size: int) -> list[str]:
    """Every pending article id (the list only shrinks when a link call completes)."""
    ids: list[str] = []
    while True:
        page = store.pending_links(limit=chunk_size, offset=len(ids))
        ids.extend(page)
        if len(page) < chunk_size:
            return ids


def _analysed(store, article_ids: Iterable[str]) -> list[tuple[Article, Analysis]]:
    out = []
    for article_id in sorted(set(article_ids)):
        article = store.get_article(article_id)
        if article.duplicate_of is not None:
            continue
        analysis = store.get_analysis(article_id)
        if analysis is not None:
            out.append((article, analysis))
    return out


def _link_entities(store, article_ids: Iterable[str]) -> list[_Linked]:
    pairs = _analysed(store, article_ids)
    local = [(a.id, e) for a, an in pairs for e in an.entities]
    result = merge_entities(local, entities_to_merge_with(store, [e for _, e in local]))
    store.put_entities(result.entities.values())
    store.put_entity_keys({gid: entity_lookup_keys(e) for gid, e in result.entities.items()})
    # replaced, not added to: a re-analysed article's old local entities are gone, and a canonical
    # entity only they pointed to goes with them (else it lingers: a second "EU" in every lookup)
    store.replace_entity_links(
        [article.id for article, _ in pairs],
        [(article.id, e.id, result.mapping[e.id], result.reasons.get(e.id, ""))
         for article, analysis in pairs
         for e in analysis.entities
         if e.id in result.mapping],
    )
    store.redirect_entities(result.redirects)
    redirect = dict(result.redirects)
    return [
        _Linked(article, analysis, {e.id: redirect.get(result.mapping[e.id], result.mapping[e.id])
                                    for e in analysis.entities if e.id in result.mapping})
        for article, analysis in pairs
    ]


def _load_index(store) -> tuple[StoryIndex, bool]:
    """The stored story index, read lazily; (index, True) when it was still one JSON document."""
    index = StoryIndex.stored(store.story_index_rows)
    if index is not None:
        return index, False
    state = store.get_link_state(LEGACY_INDEX_STATE)
    if state:
        return StoryIndex.from_state(json.loads(state)), True
    return StoryIndex(read=store.story_index_rows), False


def _place_in_stories(
    index: StoryIndex, linked: list[_Linked], touched: set[str], merged_away: set[str], whole: set[str] | None = None
) -> None:
    """Add the articles to the story index in publication order, noting the stories touched and merged,
    and in ``whole`` those whose kept state no longer holds: the survivors of a merge, the stories an
    earlier article was moved out of or into (``StoryAssignment.moves``), and the story of an article
    pending again while already placed (re-analysed: its kept reports are out of date). A story a move
    left empty is gone like a merged one: it goes into ``merged_away`` and is deleted from the store."""
    whole = set() if whole is None else whole
    index.prefetch_articles(item.article.id for item in linked)
    for item in sorted(linked, key=lambda x: (x.published or date.max, x.article.id)):
        placed = index.story_of(item.article.id)
        if placed is not None:
            touched.add(placed)
            whole.add(placed)
            continue  # re-analysed, or linked by an earlier call that was cut short after saving
        named = [m for m in item.analysis.mentions if m.label in _NAME_LABELS and m.entity_id in item.to_global]
        keys = tuple(item.to_global[m.entity_id] for m in named)
        doc = StoryDoc(item.article.id, item.article.title, item.article.text, item.published, keys,
                       tuple(m.text for m in named))
        assignment = index.add(doc)
        touched.add(assignment.story_id)
        merged_away.update(assignment.merged_ids)
        if assignment.merged_ids:
            whole.add(assignment.story_id)
        for move in assignment.moves:
            touched.update((move.from_id, move.to_id))
            whole.update((move.from_id, move.to_id))
            if move.emptied:
                merged_away.add(move.from_id)


def _clusters(index: StoryIndex, story_ids: Iterable[str]) -> list[StoryCluster]:
    """The touched stories' clusters (ids, members, titles), oldest first.

    ``StoryIndex.stories()`` would title every story in the index, O(store) on each call; it has no
    public accessor for one story yet, so this reaches for the one it uses per story.
    """
    live = [index._stories[sid] for sid in story_ids if sid in index._stories]
    return [index._cluster(s) for s in sorted(live, key=lambda s: s.seq)]


@dataclass(frozen=True, slots=True)
class _Built:
    """One touched story rebuilt (``story``, and its new kept state when it has one), or the error
    that kept it from being rebuilt."""

    cluster: StoryCluster
    story: Story | None = None
    state: StoryState | None = None
    error: str | None = None


def _attempt(cluster: StoryCluster, build: Callable[[], tuple[Story, StoryState | None]]) -> _Built:
    """A bug met while building one story costs that story, not the link call: every other story of
    the batch is still saved, and this one is tried again by the next call."""
    try:
        story, state = build()
    except Exception as err:  # noqa: BLE001 - any bug in the pure build code; store errors are not raised here
        return _Built(cluster, error=describe_unexpected(err))
    return _Built(cluster, story, state)


def _build_stories(
    store, clusters: list[StoryCluster], chunk_size: int, whole: Collection[str] = ()
) -> Iterable[_Built]:
    """The touched stories with their new states: updated from their kept state, its tail's inputs and
    the new articles' where that is allowed (``StoryState.advance``), else rebuilt whole, their inputs
    read for about ``chunk_size`` articles at a time."""
    rebuild: list[StoryCluster] = []
    kept = _stored_states(store, [c.id for c in clusters if c.id not in whole]) if INCREMENTAL else {}
    current = {e.id: e for e in store.entities_by_ids(sorted({g for st in kept.values() for g in st.names}))}
    extendable: list[tuple[StoryCluster, StoryState, list[str]]] = []
    for c in clusters:
        state = kept.get(c.id)
        members = set(c.article_ids)
        if state is None or not (state.articles | state.tail) <= members or not state.names_hold(current):
            rebuild.append(c)
        else:
            extendable.append((c, state, sorted(members - state.articles - state.tail)))
    for group in _chunks(extendable, lambda item: len(item[1].tail) + len(item[2]), chunk_size):
        inputs, entities = _inputs(store, [a for _, state, new in group for a in (*sorted(state.tail), *new)])
        for c, state, new in group:
            tail = [inputs[a] for a in sorted(state.tail) if a in inputs]
            try:
                updated = state.advance(tail, [inputs[a] for a in new if a in inputs], entities)
            except Exception as err:  # noqa: BLE001 - see _attempt
                yield _Built(c, error=describe_unexpected(err))
                continue
            if updated is not None:
                yield _attempt(c, lambda c=c, updated=updated, state=state: (story_from_state(c, updated), state))
            else:
                rebuild.append(c)  # an article older than the kept snapshot: the greedy pass must start over
    for group in _chunks(rebuild, lambda c: len(c.article_ids), chunk_size):
        inputs, entities = _inputs(store, [a for c in group for a in c.article_ids])
        for c in group:
            members = [inputs[a] for a in sorted(set(c.article_ids)) if a in inputs]
            if INCREMENTAL:
                yield _attempt(c, lambda c=c, members=members: rebuild_story(c, members, entities))
            else:
                yield _attempt(c, lambda c=c, members=members: (build_story(c, members, entities), None))


def _chunks(items: Sequence[Any], size: Callable[[Any], int], limit: int) -> Iterable[list[Any]]:
    """Consecutive groups of items whose sizes add up to about ``limit`` (an item larger stays whole)."""
    group: list[Any] = []
    total = 0
    for item in items:
        if group and total + size(item) > limit:
            yield group
            group, total = [], 0
        group.append(item)
        total += size(item)
    if group:
        yield group


def _inputs(store, article_ids: Sequence[str]) -> tuple[dict[str, LinkInputs], dict[str, Entity]]:
    """Link inputs by article id, and the canonical entities they link to, in a few queries."""
    inputs = {x.article_id: x for x in store.link_inputs(article_ids)} if article_ids else {}
    gids = sorted({g for x in inputs.values() for _, g in x.links})
    return inputs, {e.id: e for e in store.entities_by_ids(gids)}


def _stored_states(store, story_ids: Sequence[str]) -> dict[str, StoryState]:
    """The kept states of these stories that this version can extend, in one read."""
    rows = store.story_index_rows(STORY_STATE_PART, story_ids) if story_ids else {}
    states = {sid: StoryState.from_json(text) for sid, text in rows.items()}
    return {sid: st for sid, st in states.items() if st is not None}
