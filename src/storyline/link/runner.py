"""The link stage: after a batch of articles lands, fold it into the corpus-level record.

Only what the batch touches is recomputed: its articles' entities are merged into the canonical
entities, its articles are placed into stories by the incremental story index, and the stories they
joined (or merged) get their timeline, status changes and conflicts rebuilt from their own articles.
The pure logic lives in link/entities.py, stories.py, timeline.py and conflicts.py; this module is
the edge that reads and writes the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from storyline.link.conflicts import ReportedFigure, claim_conflicts, date_conflicts, figure_conflicts
from storyline.link.entities import canonical_key, merge_entities
from storyline.link.stories import StoryDoc, StoryIndex
from storyline.link.timeline import ReportedEvent, build_timeline
from storyline.records import Analysis, Article, Entity, Story

STORY_STATE = "stories"
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


@dataclass(frozen=True, slots=True)
class LinkSummary:
    articles: int
    entities_touched: int
    stories_touched: int
    stories_merged: int
    status_changes: int
    conflicts: int


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

    The story index stays in memory for the whole call and is saved, with the articles taken off the
    pending list, in one transaction at the end: a call cut short leaves the last saved state and the
    pending list as they were, so the next call redoes the work and reaches the same stories.
    """
    index = _load_index(store)
    pending = sorted(set(article_ids)) if article_ids is not None else _all_pending(store, chunk_size)
    touched: set[str] = set()
    merged_away: set[str] = set()
    entities = linked_count = 0
    for start in range(0, len(pending), chunk_size):
        linked = _link_entities(store, pending[start : start + chunk_size])
        linked_count += len(linked)
        entities += sum(len(x.to_global) for x in linked)
        _place_in_stories(index, linked, touched, merged_away)
    touched -= merged_away
    for story_id in sorted(merged_away):
        store.delete_story(story_id)
    changes = conflicts = 0
    for cluster in index.stories():
        if cluster.id in touched:
            story = _build_story(store, cluster.id, cluster.title, cluster.article_ids, cluster.first, cluster.last)
            store.put_story(story)
            changes += len(story.changes)
            conflicts += len(story.conflicts)
    state = json.dumps(index.to_state(), sort_keys=True, separators=(",", ":"))
    store.mark_linked(pending, {STORY_STATE: state})
    return LinkSummary(linked_count, entities, len(touched), len(merged_away), changes, conflicts)


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
    result = merge_entities([(a.id, e) for a, an in pairs for e in an.entities], store.all_entities())
    store.put_entities(result.entities.values())
    store.put_entity_links(
        (article.id, e.id, result.mapping[e.id], result.reasons.get(e.id, ""))
        for article, analysis in pairs
        for e in analysis.entities
        if e.id in result.mapping
    )
    store.redirect_entities(result.redirects)
    redirect = dict(result.redirects)
    return [
        _Linked(article, analysis, {e.id: redirect.get(result.mapping[e.id], result.mapping[e.id])
                                    for e in analysis.entities if e.id in result.mapping})
        for article, analysis in pairs
    ]


def _load_index(store) -> StoryIndex:
    state = store.get_link_state(STORY_STATE)
    return StoryIndex.from_state(json.loads(state)) if state else StoryIndex()


def _place_in_stories(index: StoryIndex, linked: list[_Linked], touched: set[str], merged_away: set[str]) -> None:
    """Add the articles to the story index in publication order, noting the stories touched and merged."""
    for item in sorted(linked, key=lambda x: (x.published or date.max, x.article.id)):
        if index.story_of(item.article.id) is not None:
            continue  # linked by an earlier call that was cut short after saving
        keys = tuple(
            item.to_global[m.entity_id]
            for m in item.analysis.mentions
            if m.label in _NAME_LABELS and m.entity_id in item.to_global
        )
        doc = StoryDoc(item.article.id, item.article.title, item.article.text, item.published, keys)
        assignment = index.add(doc)
        touched.add(assignment.story_id)
        merged_away.update(assignment.merged_ids)


def _build_story(store, story_id: str, title: str, article_ids, first, last) -> Story:
    """A story's events, timeline, changes and conflicts, from its articles' stored analyses."""
    reported: list[ReportedEvent] = []
    figures: list[ReportedFigure] = []
    entities: dict[str, Entity] = {}
    for article, analysis in _analysed(store, article_ids):
        to_global = store.entity_links(article.id)
        local = {e.id: e for e in analysis.entities}
        published = article.published or analysis.reference_date
        for gid in set(to_global.values()) - set(entities):
            try:
                entities[gid] = store.get_entity(gid)
            except Exception:  # an entity redirected away since: the link points elsewhere now
                continue
        for event in analysis.events:
            actors, names = _actors(event.source_actors + event.target_actors, local, to_global, entities)
            place_keys, place_names = _actors((event.location,) if event.location else (), local, to_global, entities)
            location = next(iter(place_keys), None)
            reported.append(ReportedEvent(event, published, actors, names, location, place_names[0] if place_names else None))
        speakers = {q.id: q.speaker for q in analysis.quotes}
        for quantity in analysis.quantities:
            figures.append(ReportedFigure(quantity, published, speakers.get(quantity.attributed_to)))
    timeline = build_timeline(reported)
    conflicts = figure_conflicts(figures) + date_conflicts(reported) + claim_conflicts(timeline.entries)
    return Story(
        id=story_id,
        title=title,
        article_ids=tuple(article_ids),
        event_ids=tuple(r.event.id for r in sorted(reported, key=lambda r: (r.article_id, r.event.trigger.start))),
        first=first,
        last=last,
        changes=timeline.changes,
        conflicts=tuple(conflicts),
        timeline=timeline.entries,
    )


def _actors(
    raw: Iterable[str], local: Mapping[str, Entity], to_global: Mapping[str, str], entities: Mapping[str, Entity]
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Canonical actor keys and readable names: linked entities by id, anything else by its folded name."""
    keys: list[str] = []
    names: list[str] = []
    for actor in raw:
        gid = to_global.get(actor)
        if gid is not None:
            key, name = gid, (entities[gid].name if gid in entities else local[actor].name)
        else:
            name = local[actor].name if actor in local else actor
            key = canonical_key(name, local[actor].kind if actor in local else "PERSON")
        if key not in keys:
            keys.append(key)
            names.append(name)
    return frozenset(keys), tuple(names)
