"""Read queries the query layer needs beyond the core Store protocol, written once for every backend.

``ReadQueries`` is a mixin: its SQL is portable (``?`` placeholders, no JSON functions, no dialect
operators, ``LOWER(...) LIKE`` for case-insensitive matching) and runs only through the backend's
``self._read(sql, params) -> list[dict]``, so SQLite and PostgreSQL stores inherit the same methods
and return the same records. Pages use keyset cursors (never OFFSET), so deep pages stay as cheap
as the first and a page does not shift when rows are added before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from storyline.errors import NotFound
from storyline.records import Article, Conflict, Entity, Event, Mention, Quantity, Quote, StatusChange, TimelineEntry
from storyline.store import codec
from storyline.store.base import EntityStats, StoredReject, StorySummary

ARTICLE_PAGE = 200  # articles fetched per query when iterating over a whole store

_CHUNK = 500  # ids per IN (...) list: far below every dialect's parameter limit


def like_pattern(text: str) -> str:
    """A case-folded ``%text%`` pattern with LIKE's wildcards escaped (used with ESCAPE '\\')."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def record_cursor(article_id: str, start: int, record_id: str) -> str:
    """The page cursor of a per-article record: its (article_id, span start, id) sort key, as text."""
    return f"{article_id}.{start}.{record_id}"


def story_cursor(story_id: str, seq: int) -> str:
    """The page cursor of a per-story record (a status change, a conflict): its (story_id, seq) key."""
    return f"{story_id}:{seq}"


def _parse_story_cursor(cursor: str) -> tuple[str, int]:
    sid, _, seq = cursor.rpartition(":")
    if not sid or not seq.isdigit():
        raise NotFound(f"page cursor {cursor!r} is not one this store gave out; start again from the first page")
    return sid, int(seq)


def _parse_record_cursor(cursor: str) -> tuple[str, int, str]:
    parts = cursor.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1].isdigit() or not parts[2]:
        raise NotFound(f"page cursor {cursor!r} is not one this store gave out; start again from the first page")
    return parts[0], int(parts[1]), parts[2]


class ReadQueries:
    """Read methods shared by every backend; the class using it provides ``_read``."""

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError

    # ---------------------------------------------------------------- helpers

    def _rows_by_ids(self, sql_head: str, column: str, ids: Sequence[str], tail: str = "") -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        unique = list(dict.fromkeys(ids))
        for chunk in _chunks(unique):
            rows.extend(self._read(f"{sql_head} WHERE {column} IN ({_marks(len(chunk))}) {tail}", list(chunk)))
        return rows

    def _entity_scope(self, alias: str, column: str, entity_id: str) -> tuple[str, list[Any]]:
        """SQL matching records whose entity column names ``entity_id`` directly or via entity_links."""
        sql = (
            f"({alias}.{column} = ? OR EXISTS (SELECT 1 FROM entity_links l WHERE l.global_id = ? "
            f"AND l.article_id = {alias}.article_id AND l.local_id = {alias}.{column}))"
        )
        return sql, [entity_id, entity_id]

    @staticmethod
    def _keyset(where: list[str], params: list[Any], alias: str, after: str | None) -> None:
        if after is not None:
            aid, start, rid = _parse_record_cursor(after)
            a = alias
            where.append(
                f"({a}.article_id > ? OR ({a}.article_id = ? AND ({a}.span_start > ? "
                f"OR ({a}.span_start = ? AND {a}.id > ?))))"
            )
            params.extend([aid, aid, start, start, rid])

    @staticmethod
    def _in(where: list[str], params: list[Any], column: str, values: Sequence[str] | None) -> bool:
        """Adds ``column IN (...)``; False when ``values`` is an empty list (nothing can match)."""
        if values is None:
            return True
        if not values:
            return False
        where.append(f"{column} IN ({_marks(len(values))})")
        params.extend(values)
        return True

    def _page(self, table: str, where: list[str], params: list[Any], limit: int) -> list[dict[str, Any]]:
        sql = f"SELECT r.* FROM {table} r"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY r.article_id, r.span_start, r.id LIMIT ?"
        return self._read(sql, [*params, limit])

    # ---------------------------------------------------------------- articles

    def articles_by_ids(self, ids: Sequence[str]) -> list[Article]:
        """Articles in the order of ``ids`` (unknown ids are left out), with their removals."""
        rows = {r["id"]: r for r in self._rows_by_ids("SELECT * FROM articles", "id", ids)}
        removals: dict[str, list[dict[str, Any]]] = {i: [] for i in rows}
        for r in self._rows_by_ids("SELECT * FROM removals", "article_id", list(rows), "ORDER BY article_id, seq"):
            removals[r["article_id"]].append(r)
        return [codec.article_from_row(rows[i], removals[i]) for i in dict.fromkeys(ids) if i in rows]

    # ---------------------------------------------------------------- canonical entities

    def list_entities(
        self, *, kind: str | None = None, name: str | None = None, limit: int = 50, after: str | None = None
    ) -> list[Entity]:
        """Canonical entities ordered by (name, id); ``name`` matches the name or an alias, any case."""
        if limit <= 0:
            return []
        where: list[str] = []
        params: list[Any] = []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if name is not None:
            where.append("(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(aliases) LIKE ? ESCAPE '\\')")
            params.extend([like_pattern(name), like_pattern(name)])
        if after is not None:
            rows = self._read("SELECT name FROM canonical_entities WHERE id = ?", [after])
            if not rows:
                raise NotFound(f"page cursor {after!r} is not a stored entity id; start again from the first page")
            where.append("(name > ? OR (name = ? AND id > ?))")
            params.extend([rows[0]["name"], rows[0]["name"], after])
        sql = "SELECT * FROM canonical_entities"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY name, id LIMIT ?"
        return [codec.entity_from_row(r) for r in self._read(sql, [*params, limit])]

    def entities_by_ids(self, ids: Sequence[str]) -> list[Entity]:
        """Canonical entities in the order of ``ids``; unknown ids are left out."""
        rows = {r["id"]: r for r in self._rows_by_ids("SELECT * FROM canonical_entities", "id", ids)}
        return [codec.entity_from_row(rows[i]) for i in dict.fromkeys(ids) if i in rows]

    def article_entity_links(self, article_id: str) -> dict[str, str]:
        """Article-local entity id -> canonical entity id, for one article (empty before linking)."""
        rows = self._read("SELECT local_id, global_id FROM entity_links WHERE article_id = ?", [article_id])
        return {r["local_id"]: r["global_id"] for r in rows}

    def entity_stats(self, entity_id: str) -> EntityStats:
        """How often and where a canonical entity is mentioned, through the link stage's verdicts."""
        scope, params = self._entity_scope("m", "entity_id", entity_id)
        rows = self._read(
            "SELECT m.article_id AS article_id, COUNT(*) AS n, a.published AS published "
            f"FROM mentions m JOIN articles a ON a.id = m.article_id WHERE {scope} "
            "GROUP BY m.article_id, a.published ORDER BY COALESCE(a.published, ''), m.article_id",
            params,
        )
        dates = [codec.parse_date(r["published"]) for r in rows if r["published"]]
        return EntityStats(
            mention_count=sum(int(r["n"]) for r in rows),
            article_ids=tuple(r["article_id"] for r in rows),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
        )

    def entity_mentions(self, entity_id: str, limit: int = 200) -> list[Mention]:
        scope, params = self._entity_scope("r", "entity_id", entity_id)
        return [codec.mention_from_row(r) for r in self._page("mentions", [scope], params, limit)]

    def entity_counts(self, article_ids: Sequence[str]) -> list[tuple[str, int]]:
        """(canonical entity id, mentions) over some articles, most mentioned first, then by id."""
        counts: dict[str, int] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids))):
            for r in self._read(
                "SELECT l.global_id AS global_id, COUNT(*) AS n FROM mentions m JOIN entity_links l "
                "ON l.article_id = m.article_id AND l.local_id = m.entity_id "
                f"WHERE m.article_id IN ({_marks(len(chunk))}) GROUP BY l.global_id",
                list(chunk),
            ):
                counts[r["global_id"]] = counts.get(r["global_id"], 0) + int(r["n"])
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    # ---------------------------------------------------------------- per-article records

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
    ) -> list[Quote]:
        """Quotes in (article_id, offset) order; ``speaker`` matches the speaker as written, any case."""
        where: list[str] = []
        params: list[Any] = []
        if limit <= 0 or not self._in(where, params, "r.article_id", article_ids):
            return []
        if not self._in(where, params, "r.kind", kinds):
            return []
        if speaker is not None:
            where.append("LOWER(r.speaker) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(speaker))
        if speaker_entity is not None:
            scope, more = self._entity_scope("r", "speaker_entity", speaker_entity)
            where.append(scope)
            params.extend(more)
        if stance is not None:
            where.append("r.stance = ?")
            params.append(stance)
        if text is not None:
            where.append("LOWER(r.text) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(text))
        self._keyset(where, params, "r", after)
        return [codec.quote_from_row(r) for r in self._page("quotes", where, params, limit)]

    def list_quantities(
        self,
        *,
        text: str | None = None,
        unit: str | None = None,
        article_ids: Sequence[str] | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> list[Quantity]:
        """Figures in (article_id, offset) order; ``text`` matches the figure or its subject, any case."""
        where: list[str] = []
        params: list[Any] = []
        if limit <= 0 or not self._in(where, params, "r.article_id", article_ids):
            return []
        if text is not None:
            where.append("(LOWER(r.text) LIKE ? ESCAPE '\\' OR LOWER(r.subject) LIKE ? ESCAPE '\\')")
            params.extend([like_pattern(text), like_pattern(text)])
        if unit is not None:
            where.append("LOWER(r.unit) = ?")
            params.append(unit.lower())
        self._keyset(where, params, "r", after)
        return [codec.quantity_from_row(r) for r in self._page("quantities", where, params, limit)]

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
    ) -> list[Event]:
        """Events in (article_id, trigger offset) order.

        ``actor`` matches a source or target actor, any case; ``since``/``until`` keep events whose
        own time overlaps the range (undated events are left out when either is given).
        """
        where: list[str] = []
        params: list[Any] = []
        if limit <= 0 or not self._in(where, params, "r.article_id", article_ids):
            return []
        if type is not None:
            where.append("r.type = ?")
            params.append(type.upper())
        if modality is not None:
            where.append("r.modality = ?")
            params.append(modality)
        if actor is not None:
            where.append("(LOWER(r.source_actors) LIKE ? ESCAPE '\\' OR LOWER(r.target_actors) LIKE ? ESCAPE '\\')")
            params.extend([like_pattern(actor), like_pattern(actor)])
        if since is not None:
            where.append("COALESCE(r.when_latest, r.when_earliest) >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("COALESCE(r.when_earliest, r.when_latest) <= ?")
            params.append(until.isoformat())
        self._keyset(where, params, "r", after)
        return [codec.event_from_row(r) for r in self._page("events", where, params, limit)]

    def events_by_ids(self, ids: Sequence[str]) -> list[Event]:
        """Events in the order of ``ids`` (an id stored in several articles gives each copy)."""
        rows = self._rows_by_ids("SELECT * FROM events", "id", ids, "ORDER BY article_id, seq")
        by_id: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_id.setdefault(r["id"], []).append(r)
        return [codec.event_from_row(r) for i in dict.fromkeys(ids) for r in by_id.get(i, ())]

    # ---------------------------------------------------------------- stories

    def story_summaries(self, *, limit: int = 50, after: str | None = None, min_articles: int = 1) -> list[StorySummary]:
        """Stories, most recent last date first, then by id; ``after`` is the last story id seen;
        ``min_articles`` keeps those reported by at least that many articles."""
        if limit <= 0:
            return []
        where: list[str] = []
        params: list[Any] = []
        if min_articles > 1:
            where.append("(SELECT COUNT(*) FROM story_articles sa WHERE sa.story_id = s.id) >= ?")
            params.append(min_articles)
        if after is not None:
            rows = self._read("SELECT COALESCE(last_date, '') AS k FROM stories WHERE id = ?", [after])
            if not rows:
                raise NotFound(f"page cursor {after!r} is not a stored story id; start again from the first page")
            where.append("(COALESCE(s.last_date, '') < ? OR (COALESCE(s.last_date, '') = ? AND s.id > ?))")
            params.extend([rows[0]["k"], rows[0]["k"], after])
        sql = "SELECT s.* FROM stories s"
        if where:
            sql += " WHERE " + " AND ".join(where)
        heads = self._read(sql + " ORDER BY COALESCE(s.last_date, '') DESC, s.id LIMIT ?", [*params, limit])
        return self._summaries(heads)

    def _summaries(self, heads: list[dict[str, Any]]) -> list[StorySummary]:
        ids = [h["id"] for h in heads]
        counts: dict[str, int] = {}
        sites: dict[str, list[str]] = {i: [] for i in ids}
        for r in self._rows_by_ids(
            "SELECT sa.story_id AS story_id, a.site AS site, COUNT(*) AS n FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id",
            "sa.story_id",
            ids,
            "GROUP BY sa.story_id, a.site ORDER BY sa.story_id, a.site",
        ):
            counts[r["story_id"]] = counts.get(r["story_id"], 0) + int(r["n"])
            if r["site"]:
                sites[r["story_id"]].append(r["site"])
        latest: dict[str, StatusChange] = {}
        for r in self._rows_by_ids(
            "SELECT c.*, COALESCE(a.published, '') AS _published FROM status_changes c "
            "LEFT JOIN articles a ON a.id = c.after_article",
            "c.story_id",
            ids,
            "ORDER BY c.story_id, _published, c.seq",
        ):
            latest[r["story_id"]] = _change_from_row(r)  # the last row per story wins: the latest report
        return [
            StorySummary(
                id=h["id"],
                title=h["title"],
                first=codec.parse_date(h["first_date"]),
                last=codec.parse_date(h["last_date"]),
                article_count=counts.get(h["id"], 0),
                sites=tuple(sites[h["id"]]),
                latest_change=latest.get(h["id"]),
            )
            for h in heads
        ]

    def story_ids_of_article(self, article_id: str) -> list[str]:
        rows = self._read("SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id", [article_id])
        return [r["story_id"] for r in rows]

    def timeline_labels(self, entry_ids: Sequence[str]) -> dict[str, str]:
        """Timeline entry id -> its label ("meet (consult): Donald Trump, Vladimir Putin in Budapest"),
        for listings of changes that would otherwise say only the event's type."""
        rows = self._rows_by_ids("SELECT id, entry FROM timeline_entries", "id", list(dict.fromkeys(entry_ids)), "")
        return {r["id"]: codec.loads(r["entry"], TimelineEntry).label for r in rows}

    def list_changes(
        self, story_id: str | None = None, *, limit: int | None = None, after: str | None = None
    ) -> list[tuple[str, int, StatusChange]]:
        """(story id, seq, change) in story then report order; ``after`` is a ``story_cursor``."""
        sql, params = self._story_rows("status_changes", story_id, None, limit, after)
        return [(r["story_id"], r["seq"], _change_from_row(r)) for r in self._read(sql, params)]

    def list_conflicts(
        self, story_id: str | None = None, *, kind: str | None = None, limit: int | None = None,
        after: str | None = None,
    ) -> list[tuple[str, int, Conflict]]:
        """(story id, seq, conflict) in story then stored order; ``after`` is a ``story_cursor``."""
        sql, params = self._story_rows("conflicts", story_id, kind, limit, after)
        return [
            (
                r["story_id"],
                r["seq"],
                Conflict(
                    kind=r["kind"],
                    subject=r["subject"],
                    sides=codec.loads(r["sides"], tuple[str, ...]),
                    articles=codec.loads(r["articles"], tuple[str, ...]),
                    reason=r["reason"],
                ),
            )
            for r in self._read(sql, params)
        ]

    @staticmethod
    def _story_rows(
        table: str, story_id: str | None, kind: str | None, limit: int | None, after: str | None
    ) -> tuple[str, list[Any]]:
        """A page of a per-story table keyed (story_id, seq), in key order."""
        where: list[str] = []
        params: list[Any] = []
        if story_id is not None:
            where.append("story_id = ?")
            params.append(story_id)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if after is not None:
            sid, seq = _parse_story_cursor(after)
            where.append("(story_id > ? OR (story_id = ? AND seq > ?))")
            params.extend([sid, sid, seq])
        sql = f"SELECT * FROM {table}" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY story_id, seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return sql, params

    def find_story_ids(self, prefix: str, limit: int = 3) -> list[str]:
        """Story ids starting with ``prefix`` (for short ids typed by a user)."""
        rows = self._read("SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", [prefix, prefix + "~", limit])
        return [r["id"] for r in rows]

    def stories_by_title(self, text: str, limit: int = 20) -> list[StorySummary]:
        heads = self._read(
            "SELECT * FROM stories WHERE LOWER(title) LIKE ? ESCAPE '\\' "
            "ORDER BY COALESCE(last_date, '') DESC, id LIMIT ?",
            [like_pattern(text), limit],
        )
        return self._summaries(heads)

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
        """Undated articles come first; ``since``/``until`` (inclusive) leave undated articles out."""
        if limit <= 0:
            return []
        where: list[str] = []
        params: dict[str, Any] = {"limit": limit}
        if site is not None:
            where.append("site = :site")
            params["site"] = site
        if since is not None:
            where.append("published >= :since")
            params["since"] = since.isoformat()
        if until is not None:
            where.append("published <= :until")
            params["until"] = until.isoformat()
        if not include_duplicates:
            where.append("duplicate_of IS NULL")
        if after is not None:
            cursor = self._read("SELECT COALESCE(published, '') AS k FROM articles WHERE id = ?", (after,))
            if not cursor:
                raise NotFound(
                    f"page cursor {after!r} is not a stored article id; start again from the first page"
                )
            where.append("(COALESCE(published, ''), id) > (:after_key, :after_id)")
            params.update(after_key=cursor[0]["k"], after_id=after)
        sql = "SELECT * FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY COALESCE(published, ''), id LIMIT :limit"
        return self._with_removals(self._read(sql, params))

    def list_rejects(self, *, run_id: str | None = None, kind: str | None = None, limit: int = 50) -> list[StoredReject]:
        """Rejects newest run first (runs recorded before schema v4 have no time and come last)."""
        if limit <= 0:
            return []
        where: list[str] = []
        params: dict[str, Any] = {"limit": limit}
        if run_id == "latest":
            where.append("run_id = (SELECT run_id FROM rejects ORDER BY COALESCE(at, '') DESC, run_id LIMIT 1)")
        elif run_id is not None:
            where.append("run_id = :run_id")
            params["run_id"] = run_id
        if kind is not None:
            where.append("kind = :kind")
            params["kind"] = kind
        sql = "SELECT * FROM rejects" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY COALESCE(at, '') DESC, run_id, origin, reason LIMIT :limit"
        return [StoredReject(r["run_id"], r["at"], r["origin"], r["kind"], r["reason"]) for r in self._read(sql, params)]

    def iter_articles(self, *, include_duplicates: bool = False) -> Iterator[Article]:
        """Every article in listing order, fetched a page at a time (no long-lived read cursor)."""
        after: str | None = None
        while True:
            page = self.list_articles(include_duplicates=include_duplicates, limit=ARTICLE_PAGE, after=after)
            yield from page
            if len(page) < ARTICLE_PAGE:
                return
            after = page[-1].id


def _change_from_row(r: dict[str, Any]) -> StatusChange:
    return StatusChange(
        event_key=r["event_key"],
        before=r["before_modality"],
        after=r["after_modality"],
        before_event=r["before_event"],
        after_event=r["after_event"],
        before_article=r["before_article"],
        after_article=r["after_article"],
        reason=r["reason"],
    )
