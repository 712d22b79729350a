"""The SQLite store: the default backend, one file, safe for several processes writing at once.

WAL mode lets readers run beside one writer; every write is one ``BEGIN IMMEDIATE`` transaction
(the write lock is taken up front, so two processes serialise instead of failing half-way) and
inserts keyed by primary key use ``ON CONFLICT DO NOTHING``, so two runs racing on the same
article store it once. The portable schema comes from ``schema.sql``; the SQLite-only parts
(the FTS5 index and the triggers that keep it in step with ``articles``) live here.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

from storyline import __version__
from storyline.errors import NotFound, SchemaVersionError, StoreError, StorylineError
from storyline.records import Analysis, Article, Entity, Reject, Story
from storyline.store import codec
from storyline.store.base import DuplicateCandidate, LinkInputs, SearchHit, StoreCounts
from storyline.store.reads import ReadQueries

MAX_POSTING = 1000  # fingerprints shared by more stored articles than this are boilerplate: skipped
MIN_ID_PREFIX = 6
CACHE_KIB = 65536  # page cache per connection
MMAP_BYTES = 64 * 1024 * 1024  # memory-mapped reads; bounds the file-backed part of RSS

SQLITE_FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='doc',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.doc, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.doc, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF doc, title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.doc, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.doc, new.title, new.text);
END;
"""


def schema_sql() -> str:
    """The portable schema (version 1), shipped as package data."""
    return resources.files("storyline.store").joinpath("schema.sql").read_text(encoding="utf-8")


def sqlite_schema() -> str:
    """schema.sql with SQLite's table options switched on, plus the FTS5 index and its triggers."""
    return sqlite_options(schema_sql()) + SQLITE_FTS


def schema_step_sql(version: int) -> str:
    """A later schema step (schema_v<N>.sql), portable like schema.sql."""
    return resources.files("storyline.store").joinpath(f"schema_v{version}.sql").read_text(encoding="utf-8")


def sqlite_options(sql: str) -> str:
    """Portable schema text with its SQLite-only table options (kept in comments) switched on."""
    return sql.replace("/*SQLITE: WITHOUT ROWID*/", "WITHOUT ROWID")


# Ordered (version, sql) steps; step N takes a store from version N-1 to N. Append, never edit.
MIGRATIONS: list[tuple[int, str]] = [
    (1, sqlite_schema()),
    (2, sqlite_options(schema_step_sql(2))),
    (3, sqlite_options(schema_step_sql(3))),
    (4, sqlite_options(schema_step_sql(4))),
    (5, sqlite_options(schema_step_sql(5))),
]
SCHEMA_VERSION = max(v for v, _ in MIGRATIONS)


# ---------------------------------------------------------------- migrations


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if _has_code(buffer):
                statements.append(buffer.strip())
            buffer = ""
    return statements


def _has_code(statement: str) -> bool:
    lines = (line.split("--", 1)[0] for line in statement.splitlines())
    return bool("".join(lines).strip(" \t;"))


def schema_version(conn: sqlite3.Connection) -> int:
    """0 for a store that predates the meta table (or a new, empty file)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return 0 if row is None else int(_scalar(row))


def migrate(conn: sqlite3.Connection, steps: Sequence[tuple[int, str]] = MIGRATIONS, where: str = "store") -> int:
    """Apply the steps newer than the store's version, each in its own transaction; the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version is re-read under the
    write lock, so two processes opening an old store at once migrate it once.
    """
    latest = max((v for v, _ in steps), default=0)
    current = schema_version(conn)
    if current > latest:
        written_by = _meta(conn, "storyline_version") or "a newer version"
        raise SchemaVersionError(
            f"{where} has schema version {current} (written by storyline {written_by}); this storyline "
            f"({__version__}) understands up to version {latest}. Upgrade storyline "
            "(pip install -U storyline), or point --db / STORYLINE_DB at another store."
        )
    for version, sql in sorted(steps):
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if version > current:
                for statement in split_statements(sql):
                    conn.execute(statement)
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                _set_meta(conn, "schema_version", str(version))
                _set_meta(conn, "storyline_version", __version__)
                current = version
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            raise StoreError(
                f"{where}: migrating to schema version {version} failed ({err}); the store is unchanged "
                f"at version {current}. If this file is not a storyline store, use another --db path."
            ) from err
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(_scalar(row))


def _scalar(row: Any) -> Any:
    """The first column, whatever the connection's row factory."""
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# ---------------------------------------------------------------- search text


_QUERY_TOKEN = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w+")


def fts_query(text: str) -> str | None:
    """A user's search text as a safe FTS5 query; None when it holds no searchable word.

    Every token is quoted, so operators and stray syntax (``AND``, ``"``, ``*``, ``(``) are plain
    words and can never raise a syntax error. ``"two words"`` stays a phrase; ``word*`` stays a
    prefix search. Terms are ANDed.
    """
    parts: list[str] = []
    for match in _QUERY_TOKEN.finditer(text):
        phrase, token = match.group(1), match.group(2)
        words = _WORD.findall(phrase if phrase is not None else token)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if token is not None and token.endswith("*"):
            term += "*"
        parts.append(term)
    return " ".join(parts) or None


# ---------------------------------------------------------------- link-stage reads (portable SQL)

_IN_CHUNK = 500  # values per IN (...) list: far below every dialect's parameter limit
Reader = Callable[[str, Sequence[Any]], list[dict[str, Any]]]


def _rows_in(read: Reader, sql: str, values: Iterable[str], tail: str = "") -> list[dict[str, Any]]:
    """``sql`` (ending in ``WHERE ... column``) run with ``IN (...)`` over ``values``, a chunk at a time."""
    unique = sorted(set(values))
    rows: list[dict[str, Any]] = []
    for i in range(0, len(unique), _IN_CHUNK):
        chunk = unique[i : i + _IN_CHUNK]
        rows.extend(read(f"{sql} IN ({', '.join('?' for _ in chunk)}) {tail}", chunk))
    return rows


def read_entities_by_keys(read: Reader, keys: Iterable[str], one_per_key: Iterable[str] = ()) -> dict[str, Entity]:
    """Store.entities_by_keys over any backend's portable ``read``: index lookups, never a scan."""
    ids = {r["entity_id"] for r in _rows_in(read, "SELECT DISTINCT entity_id FROM entity_keys WHERE key", keys)}
    ids |= {
        r["entity_id"]
        for r in _rows_in(read, "SELECT key, MIN(entity_id) AS entity_id FROM entity_keys WHERE key", one_per_key,
                          "GROUP BY key")
    }  # fmt: skip
    rows = _rows_in(read, "SELECT * FROM canonical_entities WHERE id", ids)
    return {r["id"]: codec.entity_from_row(r) for r in sorted(rows, key=lambda r: r["id"])}


def read_story_index(read: Reader, part: str, names: Iterable[str]) -> dict[str, str]:
    """Store.story_index_rows over any backend's portable ``read``: primary-key lookups only."""
    unique = sorted(set(names))
    out: dict[str, str] = {}
    for i in range(0, len(unique), _IN_CHUNK):
        chunk = unique[i : i + _IN_CHUNK]
        sql = f"SELECT name, value FROM story_index WHERE part = ? AND name IN ({', '.join('?' for _ in chunk)})"
        out.update((r["name"], r["value"]) for r in read(sql, [part, *chunk]))
    return out


def read_link_inputs(read: Reader, article_ids: Sequence[str]) -> list[LinkInputs]:
    """Store.link_inputs over any backend's portable ``read``: six narrow queries per 500 articles."""
    out: list[LinkInputs] = []
    unique = sorted(set(article_ids))
    for i in range(0, len(unique), _IN_CHUNK):
        chunk = unique[i : i + _IN_CHUNK]
        heads = _rows_in(
            read,
            "SELECT a.id AS id, a.published AS published, n.reference_date AS reference_date FROM articles a "
            "JOIN analyses n ON n.article_id = a.id WHERE a.duplicate_of IS NULL AND a.id",
            chunk,
        )
        ids = [h["id"] for h in heads]
        order = "ORDER BY article_id, seq"
        by_article: dict[str, dict[str, list[Any]]] = {a: {} for a in ids}
        for table, decode in (("entities", codec.entity_from_row), ("events", codec.event_from_row),
                              ("quantities", codec.quantity_from_row)):  # fmt: skip
            for r in _rows_in(read, f"SELECT * FROM {table} WHERE article_id", ids, order):
                by_article[r["article_id"]].setdefault(table, []).append(decode(r))
        for r in _rows_in(read, "SELECT article_id, local_id, global_id FROM entity_links WHERE article_id", ids,
                          "ORDER BY article_id, local_id"):  # fmt: skip
            by_article[r["article_id"]].setdefault("links", []).append((r["local_id"], r["global_id"]))
        for r in _rows_in(read, "SELECT article_id, id, speaker, speaker_entity FROM quotes WHERE article_id", ids,
                          "ORDER BY article_id, id"):  # fmt: skip
            by_article[r["article_id"]].setdefault("speakers", []).append((r["id"], r["speaker"]))
            if r["speaker_entity"]:
                by_article[r["article_id"]].setdefault("speaker_entities", []).append((r["id"], r["speaker_entity"]))
        for h in sorted(heads, key=lambda h: h["id"]):
            got = by_article[h["id"]]
            out.append(
                LinkInputs(
                    article_id=h["id"],
                    published=codec.parse_date(h["published"] or h["reference_date"]),
                    entities=tuple(got.get("entities", ())),
                    links=tuple(got.get("links", ())),
                    events=tuple(got.get("events", ())),
                    quantities=tuple(got.get("quantities", ())),
                    speakers=tuple(got.get("speakers", ())),
                    speaker_entities=tuple(got.get("speaker_entities", ())),
                )
            )
    return out


ENTITY_KEYS_DDL = (
    "CREATE TABLE IF NOT EXISTS entity_keys (key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES "
    "canonical_entities (id) ON DELETE CASCADE, PRIMARY KEY (key, entity_id))",
    "CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys (entity_id)",
)  # as in schema.sql: rebuild_entity_keys creates it in stores written before it existed


def entity_key_rows(keys: Mapping[str, Sequence[str]]) -> list[dict[str, str]]:
    return [{"key": k, "entity_id": gid} for gid in sorted(keys) for k in sorted(set(keys[gid]))]


# ---------------------------------------------------------------- the store


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row)}


def _insert_sql(table: str, columns: Iterable[str], on_conflict: str = "") -> str:
    cols = list(columns)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    return f"{sql} {on_conflict}" if on_conflict else sql


class SQLiteStore(ReadQueries):
    """The Store protocol over one SQLite file. One instance per process (thread-safe by a lock)."""

    max_posting: int = MAX_POSTING

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout_s: float = 30.0,
        migrations: Sequence[tuple[int, str]] = MIGRATIONS,
    ) -> None:
        self.path = os.fspath(path)
        self._lock = threading.RLock()
        try:
            conn = sqlite3.connect(
                self.path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise StoreError(
                f"cannot open the store {self.path!r}: {err}. Check that its folder exists and is writable."
            ) from err
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Fingerprint inserts touch many random index pages per article: a larger page cache
            # and less frequent checkpoints roughly double ingest speed (benchmarked).
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            conn.execute("PRAGMA wal_autocheckpoint = 10000")
            self.schema_version = migrate(conn, migrations, where=self.path)
        except sqlite3.Error as err:
            conn.close()
            raise StoreError(
                f"{self.path!r} cannot be opened as a storyline store: {err}. If it is not a SQLite file "
                "written by storyline, point --db / STORYLINE_DB at a new path."
            ) from err
        except StorylineError:
            conn.close()
            raise
        conn.row_factory = _dict_row
        self._conn = conn
        self._in_batch = False

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # ---- plumbing

    @contextmanager
    def link_lock(self) -> Iterator[None]:
        # An advisory lock on a file beside the store: SQLite's own lock lasts one transaction, and
        # a link call is many.
        with open(self.path + ".link-lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def write_batch(self) -> Iterator[None]:
        with self._lock:
            if self._in_batch:
                yield
                return
            conn = self._begin()
            self._in_batch = True
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as err:
                    conn.execute("ROLLBACK")
                    raise StoreError(f"{self.path}: the batch could not be committed and was rolled back: {err}") from err
            finally:
                self._in_batch = False

    def _begin(self) -> sqlite3.Connection:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot start a write ({err}); is another process stuck?") from err
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock (a savepoint inside ``write_batch``): all of the
        block lands, or none of it."""
        with self._lock:
            nested = self._in_batch
            conn = self._conn
            if nested:
                conn.execute("SAVEPOINT w")
            else:
                self._begin()
            rollback = ("ROLLBACK TO w", "RELEASE w") if nested else ("ROLLBACK",)
            try:
                yield conn
            except sqlite3.Error as err:
                for statement in rollback:
                    conn.execute(statement)
                raise StoreError(f"{self.path}: write failed and was rolled back: {err}") from err
            except BaseException:
                for statement in rollback:
                    conn.execute(statement)
                raise
            else:
                conn.execute("RELEASE w" if nested else "COMMIT")

    def _read(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as err:
                raise StoreError(f"{self.path}: read failed: {err}") from err

    @staticmethod
    def _insert_many(
        conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]], on_conflict: str = ""
    ) -> None:
        if rows:
            conn.executemany(_insert_sql(table, rows[0].keys(), on_conflict), rows)

    # ---- write side

    def seen_source(self, source_key: str) -> str | None:
        rows = self._read("SELECT article_id FROM sources WHERE source_key = ?", (source_key,))
        return rows[0]["article_id"] if rows else None

    def has_article(self, article_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def add_article(
        self,
        article: Article,
        source_key: str,
        fingerprints: Sequence[int],
        analysis: Analysis | None = None,
    ) -> bool:
        if analysis is not None and analysis.article_id != article.id:
            raise StoreError(
                f"analysis of article {analysis.article_id} given with article {article.id}; "
                "pass each article with its own analysis"
            )
        hashes = sorted({int(h) for h in fingerprints})
        with self._write() as conn:
            (doc,) = conn.execute("SELECT COALESCE(MAX(doc), 0) + 1 AS d FROM articles").fetchone().values()
            row = codec.article_row(article, doc=doc, fingerprint_count=len(hashes))
            cursor = conn.execute(_insert_sql("articles", row.keys(), "ON CONFLICT (id) DO NOTHING"), row)
            if cursor.rowcount == 0:
                return False  # already stored: nothing was written
            self._insert_many(conn, "removals", codec.removal_rows(article))
            conn.execute(
                "INSERT INTO sources (source_key, article_id, origin) VALUES (?, ?, ?) "
                "ON CONFLICT (source_key) DO NOTHING",
                (source_key, article.id, article.source),
            )
            if article.duplicate_of is None:
                conn.executemany("INSERT INTO fingerprints (hash, doc) VALUES (?, ?)", [(h, doc) for h in hashes])
            if analysis is not None:
                self._write_analysis(conn, analysis)
        return True

    def add_source_alias(self, source_key: str, article_id: str, origin: str | None = None) -> None:
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise NotFound(f"cannot alias source {source_key}: no article {article_id} in {self.path}")
            conn.execute(
                "INSERT INTO sources (source_key, article_id, origin) VALUES (?, ?, ?) "
                "ON CONFLICT (source_key) DO NOTHING",
                (source_key, article_id, origin),
            )

    def put_analysis(self, analysis: Analysis) -> None:
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (analysis.article_id,)).fetchone():
                raise NotFound(
                    f"cannot store an analysis for article {analysis.article_id}: it is not in {self.path}; "
                    "add the article first"
                )
            self._write_analysis(conn, analysis)

    def _write_analysis(self, conn: sqlite3.Connection, analysis: Analysis) -> None:
        """Delete + insert inside the caller's transaction, so a re-analysis replaces everything."""
        rows = codec.record_rows(analysis)
        for table in (*codec.ANALYSIS_TABLES, "analyses"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (analysis.article_id,))
        conn.execute(_insert_sql("analyses", (head := codec.analysis_row(analysis)).keys()), head)
        for table in codec.ANALYSIS_TABLES:
            self._insert_many(conn, table, rows[table])
        conn.execute(
            "INSERT INTO pending_links (article_id) VALUES (?) ON CONFLICT (article_id) DO NOTHING",
            (analysis.article_id,),
        )

    def near_duplicates(self, fingerprints: Sequence[int], limit: int = 5) -> list[DuplicateCandidate]:
        hashes = sorted({int(h) for h in fingerprints})
        if not hashes or limit <= 0:
            return []
        rows = self._read(
            """
            WITH q AS (SELECT DISTINCT value AS hash FROM json_each(:hashes)),
            usable AS (
                SELECT q.hash FROM q
                WHERE (SELECT COUNT(*) FROM
                         (SELECT 1 FROM fingerprints p WHERE p.hash = q.hash LIMIT :cap) AS capped
                      ) <= :max_posting
            )
            SELECT a.id AS article_id, c.shared AS shared, a.fingerprint_count AS their_count
            FROM (
                SELECT f.doc AS doc, COUNT(*) AS shared
                FROM usable u JOIN fingerprints f ON f.hash = u.hash
                GROUP BY f.doc
            ) AS c
            JOIN articles a ON a.doc = c.doc
            ORDER BY c.shared DESC, a.id
            LIMIT :limit
            """,
            {
                "hashes": json.dumps(hashes),
                "cap": self.max_posting + 1,
                "max_posting": self.max_posting,
                "limit": limit,
            },
        )
        return [DuplicateCandidate(r["article_id"], r["shared"], r["their_count"]) for r in rows]

    def add_rejects(self, rejects: Iterable[Reject], run_id: str) -> None:
        at = codec.now_text()
        rows = [codec.reject_row(r, run_id, at) for r in rejects]
        with self._write() as conn:
            self._insert_many(conn, "rejects", rows, "ON CONFLICT (run_id, origin, reason) DO NOTHING")

    # ---- read side

    def _with_removals(self, rows: list[dict[str, Any]]) -> list[Article]:
        if not rows:
            return []
        removals: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
        for r in self._read(
            "SELECT * FROM removals WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, seq",
            (json.dumps(list(removals)),),
        ):
            removals[r["article_id"]].append(r)
        return [codec.article_from_row(r, removals[r["id"]]) for r in rows]

    def get_article(self, article_id: str) -> Article:
        wanted = article_id.strip().lower()
        if len(wanted) < MIN_ID_PREFIX:
            raise NotFound(
                f"article id {article_id!r} is too short: give the full id or a prefix of at least "
                f"{MIN_ID_PREFIX} characters"
            )
        rows = self._read("SELECT * FROM articles WHERE id = ?", (wanted,))
        if not rows:
            rows = self._read(
                "SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3", (wanted, wanted + "~")
            )
        if not rows:
            raise NotFound(
                f"no article with id {article_id!r} in {self.path}; list the stored articles to see their ids"
            )
        if len(rows) > 1:
            some = ", ".join(r["id"] for r in rows[:2])
            raise NotFound(
                f"article id prefix {article_id!r} is ambiguous: it matches several articles ({some}, ...); "
                "give more characters"
            )
        return self._with_removals(rows)[0]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Originals only (duplicates are copies of a hit); ``rank`` is -bm25: higher is better."""
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        rows = self._read(
            """
            SELECT a.*, snippet(articles_fts, -1, '[[', ']]', ' … ', 24) AS _snippet,
                   bm25(articles_fts) AS _score
            FROM articles_fts JOIN articles a ON a.doc = articles_fts.rowid
            WHERE articles_fts MATCH ? AND a.duplicate_of IS NULL
            ORDER BY _score, a.id
            LIMIT ?
            """,
            (match, limit),
        )
        articles = self._with_removals(rows)
        return [SearchHit(article=a, snippet=r["_snippet"], rank=-r["_score"]) for a, r in zip(articles, rows)]

    def get_analysis(self, article_id: str) -> Analysis | None:
        heads = self._read("SELECT * FROM analyses WHERE article_id = ?", (article_id,))
        if not heads:
            return None
        rows = {
            table: self._read(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (article_id,))
            for table in codec.ANALYSIS_TABLES
        }
        return codec.analysis_from_rows(heads[0], rows)

    def counts(self) -> StoreCounts:
        (row,) = self._read(
            """
            SELECT (SELECT COUNT(*) FROM articles) AS articles,
                   (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
                   (SELECT COUNT(*) FROM analyses) AS analysed,
                   (SELECT COUNT(*) FROM rejects) AS rejects
            """
        )
        return StoreCounts(**row)

    # ---- corpus level (link stage); additions to the Store protocol

    def put_entities(self, entities: Iterable[Entity]) -> None:
        """Insert or replace canonical (corpus-level) entities, all in one transaction."""
        rows = [codec.entity_row(e) for e in entities]
        if not rows:
            return
        updates = ", ".join(f"{c} = excluded.{c}" for c in rows[0] if c != "id")
        with self._write() as conn:
            self._insert_many(conn, "canonical_entities", rows, f"ON CONFLICT (id) DO UPDATE SET {updates}")

    def get_entity(self, entity_id: str) -> Entity:
        rows = self._read("SELECT * FROM canonical_entities WHERE id = ?", (entity_id,))
        if not rows:
            raise NotFound(f"no entity {entity_id!r} in {self.path}; entities exist once the link stage has run")
        return codec.entity_from_row(rows[0])

    def all_entities(self) -> dict[str, Entity]:
        """Every canonical entity, by id (the link stage merges new articles' entities into these)."""
        return {r["id"]: codec.entity_from_row(r) for r in self._read("SELECT * FROM canonical_entities ORDER BY id")}

    def redirect_entities(self, redirects: Mapping[str, str]) -> None:
        """Repoint links from entities that turned out to be another (a surname now known in full)."""
        if not redirects:
            return
        with self._write() as conn:
            for old, new in sorted(redirects.items()):
                conn.execute("UPDATE entity_links SET global_id = ? WHERE global_id = ?", (new, old))
                conn.execute("DELETE FROM canonical_entities WHERE id = ?", (old,))

    def pending_links(self, limit: int = 1000, offset: int = 0) -> list[str]:
        """Analysed articles the link stage has not folded in yet, in publication order (undated last,
        then arrival): a backfill of an archive read in any order is placed in stories as it happened."""
        rows = self._read(
            "SELECT p.article_id FROM pending_links p JOIN articles a ON a.id = p.article_id "
            "ORDER BY (a.published IS NULL), a.published, a.doc LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [r["article_id"] for r in rows]

    def mark_linked(
        self,
        article_ids: Iterable[str],
        state: Mapping[str, str] | None = None,
        index_rows: Mapping[str, Mapping[str, str | None]] | None = None,
    ) -> None:
        """Take articles off the pending list and save the link state and story index rows (a None
        value deletes the row), in one transaction."""
        with self._write() as conn:
            for name, text in sorted((state or {}).items()):
                conn.execute(
                    "INSERT INTO link_state (name, state) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET state = excluded.state",
                    (name, text),
                )
            for part, rows in sorted((index_rows or {}).items()):
                conn.executemany(
                    "DELETE FROM story_index WHERE part = ? AND name = ?",
                    [(part, n) for n, v in sorted(rows.items()) if v is None],
                )
                conn.executemany(
                    "INSERT INTO story_index (part, name, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (part, name) DO UPDATE SET value = excluded.value",
                    [(part, n, v) for n, v in sorted(rows.items()) if v is not None],
                )
            conn.executemany("DELETE FROM pending_links WHERE article_id = ?", [(a,) for a in article_ids])

    def story_index_rows(self, part: str, names: Iterable[str]) -> dict[str, str]:
        return read_story_index(self._read, part, names)

    def get_link_state(self, name: str) -> str | None:
        rows = self._read("SELECT state FROM link_state WHERE name = ?", (name,))
        return rows[0]["state"] if rows else None

    def put_link_state(self, name: str, state: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO link_state (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state",
                (name, state),
            )

    def delete_story(self, story_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def put_entity_links(self, links: Iterable[tuple[str, str, str, str]]) -> None:
        """(article_id, local entity id, canonical entity id, reason) rows; replaces earlier verdicts."""
        rows = [{"article_id": a, "local_id": l, "global_id": g, "reason": r} for a, l, g, r in links]
        with self._write() as conn:
            self._insert_many(conn, "entity_links", rows, on_conflict="ON CONFLICT (article_id, local_id) DO UPDATE SET global_id = excluded.global_id, reason = excluded.reason")

    def replace_entity_links(self, article_ids: Iterable[str], links: Iterable[tuple[str, str, str, str]]) -> int:
        """The articles' links become ``links``; canonical entities left without a link are deleted."""
        rows = [{"article_id": a, "local_id": l, "global_id": g, "reason": r} for a, l, g, r in links]
        articles = sorted(set(article_ids) | {r["article_id"] for r in rows})
        with self._write() as conn:
            before: set[str] = set()
            for chunk in _chunks(articles, 500):
                marks = ",".join("?" * len(chunk))
                before.update(r["global_id"] for r in conn.execute(
                    f"SELECT DISTINCT global_id FROM entity_links WHERE article_id IN ({marks})", chunk))
                conn.execute(f"DELETE FROM entity_links WHERE article_id IN ({marks})", chunk)
            self._insert_many(conn, "entity_links", rows)
            gone = [g for g in sorted(before)
                    if conn.execute("SELECT 1 FROM entity_links WHERE global_id = ? LIMIT 1", (g,)).fetchone() is None]
            conn.executemany("DELETE FROM canonical_entities WHERE id = ?", [(g,) for g in gone])
        return len(gone)

    def put_story(self, story: Story) -> None:
        """Replace one story with its article and event lists, status changes and conflicts."""
        rows = codec.story_rows(story)
        with self._write() as conn:
            conn.execute("DELETE FROM stories WHERE id = ?", (story.id,))  # children cascade
            for table in ("stories", *codec.STORY_TABLES):
                self._insert_many(conn, table, rows[table])

    def put_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Replace the lookup keys of each given canonical entity, in one transaction."""
        if not keys:
            return
        with self._write() as conn:
            conn.executemany("DELETE FROM entity_keys WHERE entity_id = ?", [(gid,) for gid in sorted(keys)])
            self._insert_many(conn, "entity_keys", entity_key_rows(keys), "ON CONFLICT DO NOTHING")

    def rebuild_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Drop every lookup key and write these (creating the table in a store that predates it)."""
        with self._write() as conn:
            for statement in ENTITY_KEYS_DDL:
                conn.execute(statement)
            conn.execute("DELETE FROM entity_keys")
            self._insert_many(conn, "entity_keys", entity_key_rows(keys), "ON CONFLICT DO NOTHING")

    def entities_by_keys(self, keys: Iterable[str], *, one_per_key: Iterable[str] = ()) -> dict[str, Entity]:
        """Canonical entities answering to ``keys`` (all of them) and ``one_per_key`` (one each), by id."""
        return read_entities_by_keys(self._read, keys, one_per_key)

    def link_inputs(self, article_ids: Sequence[str]) -> list[LinkInputs]:
        """Story-building inputs of the analysed originals among ``article_ids``, by article id."""
        return read_link_inputs(self._read, article_ids)

    def get_story(self, story_id: str) -> Story:
        heads = self._read("SELECT * FROM stories WHERE id = ?", (story_id,))
        if not heads:
            raise NotFound(f"no story {story_id!r} in {self.path}; stories exist once the link stage has run")
        children = {
            table: self._read(f"SELECT * FROM {table} WHERE story_id = ? ORDER BY seq", (story_id,))
            for table in codec.STORY_TABLES
        }
        return codec.story_from_rows(heads[0], children)


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
