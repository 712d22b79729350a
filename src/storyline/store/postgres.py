"""The PostgreSQL store: the same Store protocol and schema as SQLite, for a store shared by many writers.

Chosen with ``--db postgresql://...`` (or ``STORYLINE_DB``). The tables come from the one portable
``schema.sql``; what only PostgreSQL has lives here: a sequence hands out each article's integer
``doc`` (``MAX(doc) + 1`` would race between writers), the full-text index is a ``tsvector`` column
in ``articles_search`` with a GIN index, fingerprints are bulk-loaded with binary ``COPY``, and an
index in the "C" collation keeps id-prefix lookups independent of the database's locale.

Concurrency: every write is one transaction; article inserts use ``ON CONFLICT (id) DO NOTHING``, so
two ingests racing on the same article store it once (the second waits on the first's row lock and
then sees the conflict). Deadlocks and serialisation failures, which PostgreSQL may raise between
writers touching the same rows, are retried a few times before a StoreError is raised.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from storyline import __version__
from storyline.errors import NotFound, SchemaVersionError, StoreError
from storyline.records import Analysis, Article, Entity, Reject, Story
from storyline.store import codec
from storyline.store.base import DuplicateCandidate, LinkInputs, SearchHit, StoreCounts
from storyline.store.reads import ReadQueries
from storyline.store.sqlite import (
    ENTITY_KEYS_DDL,
    MAX_POSTING,
    MIN_ID_PREFIX,
    entity_key_rows,
    read_entities_by_keys,
    read_link_inputs,
    read_story_index,
    schema_sql,
    schema_step_sql,
)

T = TypeVar("T")

LINK_LOCK_KEY = 0x5709_11E5  # advisory lock id of the link stage (any constant no other tool uses)
TEXT_CONFIG = "english"  # PostgreSQL's text-search configuration: stemming and stop words like FTS5 porter
TSV_CHARS = 200_000  # text beyond this is not indexed: a tsvector is capped at 1 MB
SNIPPET_OPTIONS = 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
MIGRATION_LOCK = 0x5707_11E0  # pg_advisory_xact_lock key: two processes opening a new store migrate once
RETRIES = 5

POSTGRES_EXTRA = f"""
CREATE SEQUENCE articles_doc_seq OWNED BY articles.doc;
CREATE INDEX articles_id_c ON articles (id COLLATE "C");
CREATE TABLE articles_search (
    doc BIGINT PRIMARY KEY REFERENCES articles (doc) ON DELETE CASCADE,
    tsv tsvector NOT NULL
);
CREATE INDEX articles_search_tsv ON articles_search USING GIN (tsv);
-- text-search configuration used: {TEXT_CONFIG}
"""


def postgres_schema() -> str:
    """schema.sql as is (its SQLite-only options are comments), plus the PostgreSQL-only parts."""
    return schema_sql() + POSTGRES_EXTRA


# Ordered (version, sql) steps; step N takes a store from version N-1 to N. Append, never edit.
MIGRATIONS: list[tuple[int, str]] = [
    (1, postgres_schema()), (2, schema_step_sql(2)), (3, schema_step_sql(3)), (4, schema_step_sql(4)), (5, schema_step_sql(5)),
]
SCHEMA_VERSION = max(v for v, _ in MIGRATIONS)


# ---------------------------------------------------------------- SQL text


_PORTABLE_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|::|\?|%|:([A-Za-z_]\w*)")


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """Portable SQL (``?`` and ``:name`` placeholders, as sqlite3 takes) in psycopg's ``%s`` style.

    Placeholders inside quoted literals and identifiers are left alone, ``::`` casts stay casts, and
    every ``%`` (in literals too: psycopg scans the whole text) is doubled so it stays a percent sign.
    """

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1):
            return f"%({match.group(1)})s"
        return token.replace("%", "%%")

    return _PORTABLE_TOKEN.sub(swap, sql)


_QUERY_TOKEN = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")


def tsquery_parts(text: str) -> list[tuple[str, str]]:
    """A user's search text as (function, argument) pairs, each one tsquery, ANDed together.

    Same reading as the SQLite store's ``fts_query``: ``"two words"`` is a phrase, ``word*`` a
    prefix, everything else a plain (stemmed) word. Only letters and digits reach ``to_tsquery``,
    so no input can raise a syntax error.
    """
    parts: list[tuple[str, str]] = []
    for match in _QUERY_TOKEN.finditer(text):
        phrase, token = match.group(1), match.group(2)
        words = _WORD.findall(phrase if phrase is not None else token)
        if not words:
            continue
        if token is not None and token.endswith("*"):
            parts.append(("to_tsquery", " <-> ".join(words) + ":*"))
        else:
            parts.append(("phraseto_tsquery", " ".join(words)))
    return parts


def describe(dsn: str) -> str:
    """The address of a store without its password, fit for messages and logs."""
    try:
        info = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "postgresql://(unparseable address)"
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    return f"postgresql://{info.get('user', '') + '@' if info.get('user') else ''}{host}:{port}/{info.get('dbname', '')}"


# ---------------------------------------------------------------- migrations


def schema_version(conn: psycopg.Connection[Any]) -> int:
    """0 for a database without storyline's tables."""
    (exists,) = conn.execute("SELECT to_regclass('meta') IS NOT NULL AS e").fetchone().values()
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return 0 if row is None else int(row["value"])


def migrate(conn: psycopg.Connection[Any], steps: Sequence[tuple[int, str]] = MIGRATIONS, where: str = "store") -> int:
    """Apply the steps newer than the store's version under an advisory lock; the new version."""
    latest = max((v for v, _ in steps), default=0)
    current = schema_version(conn)
    if current > latest:
        row = conn.execute("SELECT value FROM meta WHERE key = 'storyline_version'").fetchone()
        written_by = row["value"] if row else "a newer version"
        raise SchemaVersionError(
            f"{where} has schema version {current} (written by storyline {written_by}); this storyline "
            f"({__version__}) understands up to version {latest}. Upgrade storyline "
            "(pip install -U storyline), or point --db / STORYLINE_DB at another database."
        )
    for version, sql in sorted(steps):
        if version <= current:
            continue
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                current = schema_version(conn)
                if version > current:
                    conn.execute(sql)  # type: ignore[arg-type]  # a whole script: no parameters
                    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    for key, value in (("schema_version", str(version)), ("storyline_version", __version__)):
                        conn.execute(
                            "INSERT INTO meta (key, value) VALUES (%s, %s) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            (key, value),
                        )
                    current = version
        except psycopg.Error as err:
            raise StoreError(
                f"{where}: migrating to schema version {version} failed ({err}); the database is unchanged "
                f"at version {current}. Check that the user may create tables there, or use an empty database."
            ) from err
    return current


# ---------------------------------------------------------------- the store


def _insert_sql(table: str, columns: Iterable[str], on_conflict: str = "") -> str:
    cols = list(columns)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(f'%({c})s' for c in cols)})"
    return f"{sql} {on_conflict}" if on_conflict else sql


class PostgresStore(ReadQueries):
    """The Store protocol over one PostgreSQL database. One connection per instance, guarded by a lock."""

    max_posting: int = MAX_POSTING

    def __init__(
        self,
        dsn: str,
        *,
        connect_timeout_s: int = 10,
        migrations: Sequence[tuple[int, str]] = MIGRATIONS,
    ) -> None:
        self.dsn = dsn
        self.path = describe(dsn)  # what messages call this store (no password)
        self._lock = threading.RLock()
        try:
            conn = psycopg.connect(
                dsn, autocommit=True, row_factory=dict_row, connect_timeout=connect_timeout_s,
                application_name="storyline",
            )  # fmt: skip
        except psycopg.Error as err:
            raise StoreError(
                f"cannot connect to the PostgreSQL store {self.path}: {str(err).strip()}. Check that the server "
                "is running, that the database exists and that --db / STORYLINE_DB holds the right address "
                "(postgresql://user:password@host:port/dbname)."
            ) from err
        # No server-side prepared statements: psycopg prepares a query after five runs, and the
        # generic plan PostgreSQL then keeps was made while the tables were nearly empty, so the
        # near-duplicate lookup went on scanning as the store grew (183 ms a lookup at 300 articles,
        # measured; 1 ms planned per call).
        conn.prepare_threshold = None
        self._inserted = 0
        self._next_analyze = 256
        self._in_batch = False
        try:
            self.schema_version = migrate(conn, migrations, where=self.path)
        except BaseException:
            conn.close()
            raise
        self._conn: psycopg.Connection[dict[str, Any]] = conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.path!r})"

    # ---- plumbing

    @contextmanager
    def link_lock(self) -> Iterator[None]:
        # A session-level advisory lock: held across the link call's many transactions, and
        # released by the server if this process dies.
        with self._lock:
            self._conn.execute("SELECT pg_advisory_lock(%s)", (LINK_LOCK_KEY,))
        try:
            yield
        finally:
            with self._lock:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (LINK_LOCK_KEY,))

    @contextmanager
    def write_batch(self) -> Iterator[None]:
        with self._lock:
            if self._in_batch:
                yield
                return
            self._in_batch = True
            try:
                with self._conn.transaction():
                    yield
            except psycopg.Error as err:
                raise StoreError(f"{self.path}: the batch could not be committed and was rolled back: {err}") from err
            finally:
                self._in_batch = False

    def _transact(self, work: Callable[[psycopg.Connection[dict[str, Any]]], T]) -> T:
        """Run ``work`` in one transaction (a savepoint inside ``write_batch``): all of it lands or
        none; retried on deadlock."""
        with self._lock:
            for attempt in range(RETRIES):
                try:
                    with self._conn.transaction():
                        return work(self._conn)
                except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure) as err:
                    if attempt == RETRIES - 1:
                        raise StoreError(
                            f"{self.path}: write kept conflicting with other writers ({err}); try again"
                        ) from err
                    time.sleep(0.05 * (attempt + 1))
                except psycopg.OperationalError as err:
                    raise StoreError(f"{self.path}: connection lost during a write ({err}); nothing was written") from err
                except psycopg.Error as err:
                    raise StoreError(f"{self.path}: write failed and was rolled back: {err}") from err
        raise AssertionError("unreachable")

    def _query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """psycopg-style SQL (``%s``), one statement, autocommit."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()  # type: ignore[arg-type]
            except psycopg.Error as err:
                raise StoreError(f"{self.path}: read failed: {err}") from err

    def _read(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Portable SQL with ``?`` (or ``:name``) placeholders, as the shared read queries write it."""
        return self._query(to_pyformat(sql), params)

    # ---- write side

    def seen_source(self, source_key: str) -> str | None:
        rows = self._query("SELECT article_id FROM sources WHERE source_key = %s", (source_key,))
        return rows[0]["article_id"] if rows else None

    def has_article(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = %s", (article_id,)))

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
        row = codec.article_row(article, doc=0, fingerprint_count=len(hashes))
        del row["doc"]
        records = None if analysis is None else (codec.analysis_row(analysis), codec.record_rows(analysis))
        removals = codec.removal_rows(article)
        cols = list(row)
        insert = (
            f"INSERT INTO articles (doc, {', '.join(cols)}) "
            f"VALUES (nextval('articles_doc_seq'), {', '.join(f'%({c})s' for c in cols)}) "
            "ON CONFLICT (id) DO NOTHING RETURNING doc"
        )

        def work(conn: psycopg.Connection[dict[str, Any]]) -> bool:
            inserted = conn.execute(insert, row).fetchone()
            if inserted is None:
                return False  # already stored: nothing was written
            doc = inserted["doc"]
            self._insert_many(conn, "removals", removals)
            conn.execute(
                "INSERT INTO sources (source_key, article_id, origin) VALUES (%s, %s, %s) "
                "ON CONFLICT (source_key) DO NOTHING",
                (source_key, article.id, article.source),
            )
            if article.duplicate_of is None:
                conn.execute(
                    "INSERT INTO articles_search (doc, tsv) SELECT doc, "
                    f"setweight(to_tsvector('{TEXT_CONFIG}', COALESCE(title, '')), 'A') || "
                    f"setweight(to_tsvector('{TEXT_CONFIG}', left(text, {TSV_CHARS})), 'B') "
                    "FROM articles WHERE doc = %s",
                    (doc,),
                )
                if hashes:
                    self._copy_fingerprints(conn, doc, hashes)
            if records is not None:
                self._write_analysis(conn, *records)
            return True

        added = self._transact(work)
        if added:
            self._refresh_statistics()
        return added

    def _refresh_statistics(self) -> None:
        """ANALYZE the lookup tables each time this connection's inserts double (256, 512, ...).

        A bulk load into fresh tables outruns autovacuum: with no statistics the planner scanned
        ``fingerprints`` for every near-duplicate lookup (35 ms a lookup at 1,200 articles, 2.4 ms
        after ANALYZE, measured). Doubling keeps the number of ANALYZE runs logarithmic.
        """
        self._inserted += 1
        if self._inserted < self._next_analyze:
            return
        self._next_analyze *= 2
        with self._lock:
            for table in ("fingerprints", "articles", "sources"):
                self._conn.execute(f"ANALYZE {table}")

    @staticmethod
    def _copy_fingerprints(conn: psycopg.Connection[Any], doc: int, hashes: Sequence[int]) -> None:
        """Binary COPY: a few hundred rows per article, several times faster than INSERTs."""
        with conn.cursor() as cur, cur.copy("COPY fingerprints (hash, doc) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(["int8", "int8"])
            for h in hashes:
                copy.write_row((h, doc))

    @staticmethod
    def _insert_many(
        conn: psycopg.Connection[Any], table: str, rows: Sequence[dict[str, Any]], on_conflict: str = ""
    ) -> None:
        if rows:
            with conn.cursor() as cur:
                cur.executemany(_insert_sql(table, rows[0].keys(), on_conflict), rows)

    def _write_analysis(
        self, conn: psycopg.Connection[Any], head: dict[str, Any], rows: dict[str, list[dict[str, Any]]]
    ) -> None:
        """Delete + insert inside the caller's transaction, so a re-analysis replaces everything."""
        aid = head["article_id"]
        for table in (*codec.ANALYSIS_TABLES, "analyses"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = %s", (aid,))
        conn.execute(_insert_sql("analyses", head.keys()), head)
        for table in codec.ANALYSIS_TABLES:
            self._insert_many(conn, table, rows[table])
        conn.execute(
            "INSERT INTO pending_links (article_id) VALUES (%s) ON CONFLICT (article_id) DO NOTHING", (aid,)
        )

    def add_source_alias(self, source_key: str, article_id: str, origin: str | None = None) -> None:
        def work(conn: psycopg.Connection[Any]) -> None:
            if not conn.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone():
                raise NotFound(f"cannot alias source {source_key}: no article {article_id} in {self.path}")
            conn.execute(
                "INSERT INTO sources (source_key, article_id, origin) VALUES (%s, %s, %s) "
                "ON CONFLICT (source_key) DO NOTHING",
                (source_key, article_id, origin),
            )

        self._transact(work)

    def put_analysis(self, analysis: Analysis) -> None:
        head, rows = codec.analysis_row(analysis), codec.record_rows(analysis)

        def work(conn: psycopg.Connection[Any]) -> None:
            # FOR SHARE: the article cannot vanish under the analysis being written.
            if not conn.execute("SELECT 1 FROM articles WHERE id = %s FOR SHARE", (analysis.article_id,)).fetchone():
                raise NotFound(
                    f"cannot store an analysis for article {analysis.article_id}: it is not in {self.path}; "
                    "add the article first"
                )
            self._write_analysis(conn, head, rows)

        self._transact(work)

    def near_duplicates(self, fingerprints: Sequence[int], limit: int = 5) -> list[DuplicateCandidate]:
        hashes = sorted({int(h) for h in fingerprints})
        if not hashes or limit <= 0:
            return []
        rows = self._query(
            """
            WITH q AS (SELECT DISTINCT unnest(%(hashes)s::bigint[]) AS hash),
            usable AS (
                SELECT q.hash FROM q
                WHERE (SELECT COUNT(*) FROM
                         (SELECT 1 FROM fingerprints p WHERE p.hash = q.hash LIMIT %(cap)s) AS capped
                      ) <= %(max_posting)s
            )
            SELECT a.id AS article_id, c.shared AS shared, a.fingerprint_count AS their_count
            FROM (
                SELECT f.doc AS doc, COUNT(*) AS shared
                FROM usable u JOIN fingerprints f ON f.hash = u.hash
                GROUP BY f.doc
            ) AS c
            JOIN articles a ON a.doc = c.doc
            ORDER BY c.shared DESC, a.id COLLATE "C"
            LIMIT %(limit)s
            """,
            {"hashes": hashes, "cap": self.max_posting + 1, "max_posting": self.max_posting, "limit": limit},
        )
        return [DuplicateCandidate(r["article_id"], int(r["shared"]), r["their_count"]) for r in rows]

    def add_rejects(self, rejects: Iterable[Reject], run_id: str) -> None:
        at = codec.now_text()
        rows = [codec.reject_row(r, run_id, at) for r in rejects]
        if rows:
            self._transact(
                lambda conn: self._insert_many(
                    conn, "rejects", rows, "ON CONFLICT (run_id, origin, reason) DO NOTHING"
                )
            )

    # ---- read side

    def _with_removals(self, rows: list[dict[str, Any]]) -> list[Article]:
        if not rows:
            return []
        removals: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
        for r in self._query(
            "SELECT * FROM removals WHERE article_id = ANY(%s) ORDER BY article_id, seq", (list(removals),)
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
        rows = self._query("SELECT * FROM articles WHERE id = %s", (wanted,))
        if not rows:
            rows = self._query(
                'SELECT * FROM articles WHERE id COLLATE "C" >= %s AND id COLLATE "C" < %s '
                'ORDER BY id COLLATE "C" LIMIT 3',
                (wanted, wanted + "~"),
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
        """Originals only (duplicates are not indexed); ``rank`` is ts_rank_cd: higher is better.

        Ranking and snippets cost a pass over each matching document, so the top ``limit`` are
        picked first and only those get a ``ts_headline`` snippet.
        """
        parts = tsquery_parts(query)
        if not parts or limit <= 0:
            return []
        expr = " && ".join(f"{fn}('{TEXT_CONFIG}', %s)" for fn, _ in parts)
        params: list[Any] = [arg for _, arg in parts]
        rows = self._query(
            f"""
            WITH q AS (SELECT ({expr}) AS query),
            top AS (
                SELECT s.doc, ts_rank_cd(s.tsv, q.query) AS rank
                FROM articles_search s CROSS JOIN q
                WHERE s.tsv @@ q.query
                ORDER BY rank DESC, s.doc
                LIMIT %s
            )
            SELECT a.*, top.rank AS _rank,
                   ts_headline('{TEXT_CONFIG}', a.text, q.query, %s) AS _snippet,
                   ts_headline('{TEXT_CONFIG}', COALESCE(a.title, ''), q.query, %s) AS _title_snippet
            FROM top JOIN articles a ON a.doc = top.doc CROSS JOIN q
            WHERE a.duplicate_of IS NULL
            ORDER BY top.rank DESC, a.id COLLATE "C"
            """,
            [*params, limit, SNIPPET_OPTIONS, SNIPPET_OPTIONS],
        )
        articles = self._with_removals(rows)
        return [
            SearchHit(
                article=a,
                snippet=r["_snippet"] if "[[" in r["_snippet"] or "[[" not in r["_title_snippet"] else r["_title_snippet"],
                rank=float(r["_rank"]),
            )
            for a, r in zip(articles, rows)
        ]

    def get_analysis(self, article_id: str) -> Analysis | None:
        heads = self._query("SELECT * FROM analyses WHERE article_id = %s", (article_id,))
        if not heads:
            return None
        rows = {
            table: self._query(f"SELECT * FROM {table} WHERE article_id = %s ORDER BY seq", (article_id,))
            for table in codec.ANALYSIS_TABLES
        }
        return codec.analysis_from_rows(heads[0], rows)

    def counts(self) -> StoreCounts:
        (row,) = self._query(
            """
            SELECT (SELECT COUNT(*) FROM articles) AS articles,
                   (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
                   (SELECT COUNT(*) FROM analyses) AS analysed,
                   (SELECT COUNT(*) FROM rejects) AS rejects
            """
        )
        return StoreCounts(**{k: int(v) for k, v in row.items()})

    # ---- corpus level (link stage); additions to the Store protocol

    def put_entities(self, entities: Iterable[Entity]) -> None:
        """Insert or replace canonical (corpus-level) entities, all in one transaction."""
        rows = [codec.entity_row(e) for e in entities]
        if not rows:
            return
        updates = ", ".join(f"{c} = excluded.{c}" for c in rows[0] if c != "id")
        self._transact(
            lambda conn: self._insert_many(conn, "canonical_entities", rows, f"ON CONFLICT (id) DO UPDATE SET {updates}")
        )

    def get_entity(self, entity_id: str) -> Entity:
        rows = self._query("SELECT * FROM canonical_entities WHERE id = %s", (entity_id,))
        if not rows:
            raise NotFound(f"no entity {entity_id!r} in {self.path}; entities exist once the link stage has run")
        return codec.entity_from_row(rows[0])

    def all_entities(self) -> dict[str, Entity]:
        """Every canonical entity, by id (the link stage merges new articles' entities into these)."""
        rows = self._query('SELECT * FROM canonical_entities ORDER BY id COLLATE "C"')
        return {r["id"]: codec.entity_from_row(r) for r in rows}

    def redirect_entities(self, redirects: Mapping[str, str]) -> None:
        """Repoint links from entities that turned out to be another (a surname now known in full)."""
        if not redirects:
            return

        def work(conn: psycopg.Connection[Any]) -> None:
            for old, new in sorted(redirects.items()):
                conn.execute("UPDATE entity_links SET global_id = %s WHERE global_id = %s", (new, old))
                conn.execute("DELETE FROM canonical_entities WHERE id = %s", (old,))

        self._transact(work)

    def pending_links(self, limit: int = 1000, offset: int = 0) -> list[str]:
        """Analysed articles the link stage has not folded in yet, in publication order (undated last,
        then arrival): a backfill of an archive read in any order is placed in stories as it happened."""
        rows = self._query(
            "SELECT p.article_id FROM pending_links p JOIN articles a ON a.id = p.article_id "
            "ORDER BY (a.published IS NULL), a.published, a.doc LIMIT %s OFFSET %s",
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
        ids = list(article_ids)

        def work(conn: psycopg.Connection[Any]) -> None:
            for name, text in sorted((state or {}).items()):
                conn.execute(
                    "INSERT INTO link_state (name, state) VALUES (%s, %s) "
                    "ON CONFLICT (name) DO UPDATE SET state = excluded.state",
                    (name, text),
                )
            with conn.cursor() as cur:
                for part, rows in sorted((index_rows or {}).items()):
                    gone = [n for n, v in sorted(rows.items()) if v is None]
                    if gone:
                        cur.execute("DELETE FROM story_index WHERE part = %s AND name = ANY(%s)", (part, gone))
                    cur.executemany(
                        "INSERT INTO story_index (part, name, value) VALUES (%s, %s, %s) "
                        "ON CONFLICT (part, name) DO UPDATE SET value = excluded.value",
                        [(part, n, v) for n, v in sorted(rows.items()) if v is not None],
                    )
            conn.execute("DELETE FROM pending_links WHERE article_id = ANY(%s)", (ids,))

        self._transact(work)

    def story_index_rows(self, part: str, names: Iterable[str]) -> dict[str, str]:
        return read_story_index(self._read, part, names)

    def get_link_state(self, name: str) -> str | None:
        rows = self._query("SELECT state FROM link_state WHERE name = %s", (name,))
        return rows[0]["state"] if rows else None

    def put_link_state(self, name: str, state: str) -> None:
        self._transact(
            lambda conn: conn.execute(
                "INSERT INTO link_state (name, state) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET state = excluded.state",
                (name, state),
            )
        )

    def delete_story(self, story_id: str) -> None:
        self._transact(lambda conn: conn.execute("DELETE FROM stories WHERE id = %s", (story_id,)))

    def put_entity_links(self, links: Iterable[tuple[str, str, str, str]]) -> None:
        """(article_id, local entity id, canonical entity id, reason) rows; replaces earlier verdicts."""
        rows = [{"article_id": a, "local_id": l, "global_id": g, "reason": r} for a, l, g, r in links]
        conflict = (
            "ON CONFLICT (article_id, local_id) DO UPDATE SET global_id = excluded.global_id, reason = excluded.reason"
        )
        if rows:
            self._transact(lambda conn: self._insert_many(conn, "entity_links", rows, conflict))

    def replace_entity_links(self, article_ids: Iterable[str], links: Iterable[tuple[str, str, str, str]]) -> int:
        """The articles' links become ``links``; canonical entities left without a link are deleted."""
        rows = [{"article_id": a, "local_id": l, "global_id": g, "reason": r} for a, l, g, r in links]
        articles = sorted(set(article_ids) | {r["article_id"] for r in rows})

        def work(conn: psycopg.Connection[Any]) -> int:
            before = [r["global_id"] for r in conn.execute(
                "DELETE FROM entity_links WHERE article_id = ANY(%s) RETURNING global_id", (articles,)).fetchall()]
            self._insert_many(conn, "entity_links", rows)
            gone = conn.execute(
                "DELETE FROM canonical_entities c WHERE c.id = ANY(%s) "
                "AND NOT EXISTS (SELECT 1 FROM entity_links l WHERE l.global_id = c.id) RETURNING c.id",
                (sorted(set(before)),),
            ).fetchall()
            return len(gone)

        return self._transact(work)

    def put_story(self, story: Story) -> None:
        """Replace one story with its article and event lists, status changes and conflicts."""
        rows = codec.story_rows(story)

        def work(conn: psycopg.Connection[Any]) -> None:
            conn.execute("DELETE FROM stories WHERE id = %s", (story.id,))  # children cascade
            for table in ("stories", *codec.STORY_TABLES):
                self._insert_many(conn, table, rows[table])

        self._transact(work)

    def put_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Replace the lookup keys of each given canonical entity, in one transaction."""
        if not keys:
            return
        rows = entity_key_rows(keys)

        def work(conn: psycopg.Connection[Any]) -> None:
            conn.execute("DELETE FROM entity_keys WHERE entity_id = ANY(%s)", (sorted(keys),))
            self._insert_many(conn, "entity_keys", rows, "ON CONFLICT DO NOTHING")

        self._transact(work)

    def rebuild_entity_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Drop every lookup key and write these (creating the table in a store that predates it)."""
        rows = entity_key_rows(keys)

        def work(conn: psycopg.Connection[Any]) -> None:
            for statement in ENTITY_KEYS_DDL:
                conn.execute(statement)
            conn.execute("DELETE FROM entity_keys")
            self._insert_many(conn, "entity_keys", rows, "ON CONFLICT DO NOTHING")

        self._transact(work)

    def entities_by_keys(self, keys: Iterable[str], *, one_per_key: Iterable[str] = ()) -> dict[str, Entity]:
        """Canonical entities answering to ``keys`` (all of them) and ``one_per_key`` (one each), by id."""
        return read_entities_by_keys(self._read, keys, one_per_key)

    def link_inputs(self, article_ids: Sequence[str]) -> list[LinkInputs]:
        """Story-building inputs of the analysed originals among ``article_ids``, by article id."""
        return read_link_inputs(self._read, article_ids)

    def get_story(self, story_id: str) -> Story:
        heads = self._query("SELECT * FROM stories WHERE id = %s", (story_id,))
        if not heads:
            raise NotFound(f"no story {story_id!r} in {self.path}; stories exist once the link stage has run")
        children = {
            table: self._query(f"SELECT * FROM {table} WHERE story_id = %s ORDER BY seq", (story_id,))
            for table in codec.STORY_TABLES
        }
        return codec.story_from_rows(heads[0], children)
