"""The Store protocol: what every backend (SQLite, PostgreSQL) offers the runner and the query layer.

Callers never see SQL. Writes are per article and atomic: ``add_article`` stores the article, its
ingest provenance, its near-duplicate fingerprints and (when given) its analysis in one transaction,
so an interrupted ingest leaves either the whole article or nothing.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from storyline.records import (
    Analysis,
    Article,
    Conflict,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Reject,
    StatusChange,
    Story,
)


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A stored article sharing fingerprints with a new text."""

    article_id: str
    shared: int  # fingerprints in common
    their_count: int  # fingerprints the stored article has


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: Article
    snippet: str  # text around the match; matched terms wrapped in [[ and ]]
    rank: float


@dataclass(frozen=True, slots=True)
class StoreCounts:
    articles: int
    duplicates: int
    analysed: int
    rejects: int


@dataclass(frozen=True, slots=True)
class StoredReject:
    """A reject as the store keeps it: which ingest run met it, and when (None before schema v4)."""

    run_id: str
    at: str | None
    origin: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class EntityStats:
    """Where a canonical entity is mentioned: counted through the link stage's entity_links."""

    mention_count: int
    article_ids: tuple[str, ...]  # in (published, id) order
    first_seen: date | None
    last_seen: date | None


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One line of the stories list: enough to choose a story without loading its timeline."""

    id: str
    title: str
    first: date | None
    last: date | None
    article_count: int
    sites: tuple[str, ...]
    latest_change: StatusChange | None  # the change reported last, if any


@dataclass(frozen=True, slots=True)
class LinkInputs:
    """What the link stage needs of one analysed original to rebuild the story it belongs to.

    Only the records a timeline and its conflicts are built from (no text, no mentions, no times),
    so rebuilding a story reads a few narrow rows per member instead of whole analyses.
    """

    article_id: str
    published: date | None  # the article's date, else its analysis's reference date
    entities: tuple[Entity, ...]  # article-local, in analysis order
    links: tuple[tuple[str, str], ...]  # (local entity id, canonical entity id), by local id
    events: tuple[Event, ...]  # in analysis order
    quantities: tuple[Quantity, ...]  # in analysis order
    speakers: tuple[tuple[str, str | None], ...]  # (quote id, speaker as written), by quote id
    # (quote id, the speaker's entity in the article) where the speaker was resolved to one, by quote id
    speaker_entities: tuple[tuple[str, str], ...] = ()


class Store(Protocol):
    def close(self) -> None: ...

    # ---- write side (runner)
    def seen_source(self, source_key: str) -> str | None:
        """The article id an input item (by the hash of its raw bytes) produced before, if any."""

    def has_article(self, article_id: str) -> bool: ...

    def add_article(
        self,
        article: Article,
        source_key: str,
        fingerprints: Sequence[int],
        analysis: Analysis | None = None,
    ) -> bool:
        """Store one article atomically; False (and nothing written) if its id is already stored.

        ``source_key`` is remembered so a re-run skips the same raw input before cleaning it.
        ``fingerprints`` are indexed for near-duplicate lookup unless the article is a duplicate.
        """

    def add_source_alias(self, source_key: str, article_id: str) -> None:
        """Remember that another raw input produced an article already stored (exact duplicate)."""

    def write_batch(self) -> AbstractContextManager[None]:
        """Writes inside join one transaction, committed when the block ends (one commit per article
        batch instead of one per article). Each write keeps its own savepoint, so a write that fails
        raises StoreError and rolls back alone while the batch goes on. If the commit itself fails,
        StoreError is raised on leaving the block and none of the batch is stored. Nested blocks
        join the outer one."""

    def put_analysis(self, analysis: Analysis) -> None:
        """Replace the stored analysis of one article (all record kinds) in one transaction."""

    def near_duplicates(self, fingerprints: Sequence[int], limit: int = 5) -> list[DuplicateCandidate]:
        """Stored originals sharing the most fingerprints with these, best first."""

    def add_rejects(self, rejects: Iterable[Reject], run_id: str) -> None: ...

    def list_rejects(self, *, run_id: str | None = None, kind: str | None = None, limit: int = 50) -> list[StoredReject]:
        """Rejects newest run first; ``run_id`` "latest" means the last run that recorded any."""

    # ---- read side (query layer)
    def get_article(self, article_id: str) -> Article:
        """Raises NotFound; a unique id prefix of at least 6 characters is accepted."""

    def list_articles(
        self,
        *,
        site: str | None = None,
        since: date | None = None,
        until: date | None = None,
        include_duplicates: bool = True,
        limit: int = 50,
        after: str | None = None,
    ) -> list[Article]:
        """Articles ordered by (published, id); ``after`` is the cursor: the last id of the previous page."""

    def iter_articles(self, *, include_duplicates: bool = False) -> Iterable[Article]: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def get_analysis(self, article_id: str) -> Analysis | None: ...

    def counts(self) -> StoreCounts: ...

    # ---- corpus level (link stage writes, query layer reads)
    def put_entities(self, entities: Iterable[Entity]) -> None: ...

    def get_entity(self, entity_id: str) -> Entity:
        """Raises NotFound."""

    def put_entity_links(self, links: Iterable[tuple[str, str, str, str]]) -> None: ...

    def replace_entity_links(self, article_ids: Iterable[str], links: Iterable[tuple[str, str, str, str]]) -> int:
        """Make ``links`` the only links of these articles (a re-analysed article's old local
        entities are gone), and delete the canonical entities that no link points to any more.
        Returns how many were deleted."""

    def put_story(self, story: Story) -> None: ...

    def put_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Replace the lookup keys of each given canonical entity (entity id -> its keys)."""

    def rebuild_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Drop every lookup key and write these: for stores linked before keys were kept."""

    def entities_by_keys(self, keys: Iterable[str], *, one_per_key: Iterable[str] = ()) -> dict[str, Entity]:
        """Canonical entities by id: every one answering to any of ``keys``, plus, for each key in
        ``one_per_key``, the one with the smallest id (enough to tell that the key is in use)."""

    def pending_links(self, limit: int = 1000, offset: int = 0) -> list[str]:
        """Analysed originals the link stage has not folded in yet, by id."""

    def mark_linked(
        self,
        article_ids: Iterable[str],
        state: Mapping[str, str] | None = None,
        index_rows: Mapping[str, Mapping[str, str | None]] | None = None,
    ) -> None:
        """Take articles off the pending list and save named link state and story index rows (part ->
        name -> JSON value, None deletes), all in one transaction."""

    def story_index_rows(self, part: str, names: Iterable[str]) -> dict[str, str]:
        """The stored story index rows of one part with these names (name -> JSON value)."""

    def get_link_state(self, name: str) -> str | None: ...

    def link_lock(self) -> AbstractContextManager[None]:
        """Held for a whole link call: one link call at a time per store, across processes (two
        ingests linking at once would otherwise interleave their story index updates)."""

    def put_link_state(self, name: str, state: str) -> None: ...

    def link_inputs(self, article_ids: Sequence[str]) -> list[LinkInputs]:
        """The story-building inputs of those articles that are analysed originals, by article id."""

    def get_story(self, story_id: str) -> Story:
        """Raises NotFound."""

    # ---- read queries shared by every backend (store.reads.ReadQueries)
    def articles_by_ids(self, ids: Sequence[str]) -> list[Article]: ...

    def list_entities(
        self, *, kind: str | None = None, name: str | None = None, limit: int = 50, after: str | None = None
    ) -> list[Entity]: ...

    def entities_by_ids(self, ids: Sequence[str]) -> list[Entity]: ...

    def article_entity_links(self, article_id: str) -> dict[str, str]: ...

    def entity_stats(self, entity_id: str) -> EntityStats: ...

    def entity_mentions(self, entity_id: str, limit: int = 200) -> list[Mention]: ...

    def entity_counts(self, article_ids: Sequence[str]) -> list[tuple[str, int]]: ...

    def list_quotes(
        self,
        *,
        speaker: str | None = None,
        speaker_entity: str | None = None,
        stance: str | None = None,
        text: str | None = None,
        article_ids: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> list[Quote]: ...

    def list_quantities(
        self,
        *,
        text: str | None = None,
        unit: str | None = None,
        article_ids: Sequence[str] | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> list[Quantity]: ...

    def list_events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        modality: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_ids: Sequence[str] | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> list[Event]: ...

    def events_by_ids(self, ids: Sequence[str]) -> list[Event]: ...

    def story_summaries(self, *, limit: int = 50, after: str | None = None, min_articles: int = 1) -> list[StorySummary]: ...

    def story_ids_of_article(self, article_id: str) -> list[str]: ...

    def list_changes(
        self, story_id: str | None = None, *, limit: int | None = None, after: str | None = None
    ) -> list[tuple[str, int, StatusChange]]: ...

    def timeline_labels(self, entry_ids: Sequence[str]) -> dict[str, str]: ...

    def list_conflicts(
        self, story_id: str | None = None, *, kind: str | None = None, limit: int | None = None,
        after: str | None = None,
    ) -> list[tuple[str, int, Conflict]]: ...

    def find_story_ids(self, prefix: str, limit: int = 3) -> list[str]: ...

    def stories_by_title(self, text: str, limit: int = 20) -> list[StorySummary]: ...
