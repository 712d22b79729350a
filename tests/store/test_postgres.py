"""PostgreSQL-only checks: concurrent writer processes, COPY bulk load, tsvector search, SQL translation.

The shared store contract runs on PostgreSQL through the parametrized ``store`` fixture
(test_sqlite.py); this file covers what only the PostgreSQL backend has.
"""

from __future__ import annotations

import multiprocessing

import psycopg
import pytest

from storyline.errors import SchemaVersionError, StoreError
from storyline.records import Article, text_id
from storyline.store import open_store
from storyline.store.base import DuplicateCandidate
from storyline.store.postgres import SCHEMA_VERSION, PostgresStore, describe, to_pyformat, tsquery_parts


def article(text: str, **fields: object) -> Article:
    return Article(id=text_id(text), source="feeds/a.txt", text=text, **fields)  # type: ignore[arg-type]


def scalar(dsn: str, sql: str) -> object:
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql).fetchone()[0]  # type: ignore[index]


# ---------------------------------------------------------------- no server needed


def test_to_pyformat_swaps_placeholders_but_not_literals() -> None:
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b = ?") == "SELECT * FROM t WHERE a = %s AND b = %s"
    assert to_pyformat("SELECT :x, :long_name") == "SELECT %(x)s, %(long_name)s"
    assert to_pyformat("SELECT '?', 'it''s :x', \"c?\" FROM t WHERE v::text LIKE 'a%' AND w = ?") == (
        "SELECT '?', 'it''s :x', \"c?\" FROM t WHERE v::text LIKE 'a%%' AND w = %s"
    )
    assert to_pyformat("SELECT 5 % 2, ?") == "SELECT 5 %% 2, %s"


def test_tsquery_parts_keep_phrases_prefixes_and_drop_syntax() -> None:
    assert tsquery_parts('ceasefire "close to an agreement" mark*') == [
        ("phraseto_tsquery", "ceasefire"),
        ("phraseto_tsquery", "close to an agreement"),
        ("to_tsquery", "mark:*"),
    ]
    assert tsquery_parts("NEAR( ^x title:x*") == [("phraseto_tsquery", "NEAR"), ("phraseto_tsquery", "x"),
                                                  ("to_tsquery", "title <-> x:*")]  # fmt: skip
    assert tsquery_parts('* - "" \' _') == []


def test_describe_hides_the_password() -> None:
    assert describe("postgresql://ann:hunter2@db.example:6543/news") == "postgresql://ann@db.example:6543/news"


def test_unreachable_server_raises_store_error_without_password() -> None:
    with pytest.raises(StoreError, match="cannot connect") as err:
        PostgresStore("postgresql://ann:hunter2@127.0.0.1:1/news", connect_timeout_s=2)
    assert "hunter2" not in str(err.value)


# ---------------------------------------------------------------- against the test server


def test_open_store_picks_postgres(pg_dsn: str) -> None:
    store = open_store(pg_dsn)
    try:
        assert isinstance(store, PostgresStore) and store.schema_version == SCHEMA_VERSION == 5
    finally:
        store.close()


def test_fingerprints_bulk_load_with_copy(pg_dsn: str) -> None:
    """Thousands of fingerprints per article (signed 64-bit) land in one COPY and are all found."""
    many = [(-1) ** n * (n * 2_654_435_761 % 2**63) for n in range(1, 5001)]
    with PostgresStore(pg_dsn) as store:
        a, b = article("long original"), article("another original")
        assert store.add_article(a, "a", many)
        assert store.add_article(b, "b", many[:1000] + [7])
        assert scalar(pg_dsn, "SELECT COUNT(*) FROM fingerprints") == 5000 + 1001
        assert store.near_duplicates(many[:1200]) == [DuplicateCandidate(a.id, 1200, 5000), DuplicateCandidate(b.id, 1000, 1001)]
        assert store.near_duplicates([7]) == [DuplicateCandidate(b.id, 1, 1001)]


def test_search_uses_the_gin_indexed_tsvector(pg_dsn: str) -> None:
    with PostgresStore(pg_dsn) as store:
        store.add_article(article("Rebels shelled the harbour overnight.", title="Harbour shelled"), "1", [])
        store.add_article(article("The harbour master retired after forty years.", title="Retirement"), "2", [])
        store.add_article(article("Rebels shelled the harbour overnight!", duplicate_of=text_id("x")), "3", [])
        hits = store.search("harbour")
        # Both originals match; the title match (weight A) ranks first; the duplicate is not indexed.
        assert [h.article.title for h in hits] == ["Harbour shelled", "Retirement"]
        assert hits[0].rank > hits[1].rank > 0
        assert hits[0].snippet.startswith("Rebels shelled the [[harbour]] overnight")
        assert [h.article.title for h in store.search("shelling rebel")] == ["Harbour shelled"]  # stemmed
        assert [h.article.title for h in store.search("retir*")] == ["Retirement"]
        assert scalar(pg_dsn, "SELECT COUNT(*) FROM articles_search") == 2
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute("SET enable_seqscan = off")  # three rows: make the planner show the index it can use
            plan = conn.execute(
                "EXPLAIN SELECT doc FROM articles_search WHERE tsv @@ to_tsquery('english', 'harbour')"
            ).fetchall()
        assert "articles_search_tsv" in "\n".join(r[0] for r in plan)


def test_snippet_falls_back_to_the_title_when_only_the_title_matches(pg_dsn: str) -> None:
    with PostgresStore(pg_dsn) as store:
        store.add_article(article("Nothing about it in the body.", title="Blockade lifted"), "1", [])
        (hit,) = store.search("blockade")
        assert hit.snippet == "[[Blockade]] lifted"


def test_read_runs_portable_sql(pg_dsn: str) -> None:
    with PostgresStore(pg_dsn) as store:
        a = article("portable text")
        store.add_article(a, "k", [])
        assert store._read("SELECT id, text FROM articles WHERE id = ? AND text LIKE '%text'", (a.id,)) == [
            {"id": a.id, "text": "portable text"}
        ]
        assert store._read("SELECT COUNT(*) AS n FROM articles WHERE id = :id", {"id": a.id}) == [{"n": 1}]


def test_newer_schema_raises_schema_version_error(pg_dsn: str) -> None:
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    try:
        with pytest.raises(SchemaVersionError, match="schema version 99"):
            PostgresStore(pg_dsn)
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))


def _open_fresh(dsn: str) -> int:
    with PostgresStore(dsn) as store:
        return store.schema_version


def test_two_processes_creating_one_new_store_migrate_it_once(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    dsn = pg_cluster.database()
    try:
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            assert pool.map(_open_fresh, [dsn, dsn]) == [SCHEMA_VERSION, SCHEMA_VERSION]
        assert scalar(dsn, "SELECT COUNT(*) FROM meta WHERE key = 'schema_version'") == 1
    finally:
        pg_cluster.drop(dsn)


def _race(dsn: str, n: int, texts: list[str]) -> int:
    """In a child process: add every text; how many this process stored first."""
    with PostgresStore(dsn) as store:
        return sum(store.add_article(article(t), f"{n}-{t}", [len(t), 2, 3]) for t in texts)


def test_two_processes_racing_store_each_article_once(pg_dsn: str) -> None:
    texts = [f"story {i} about the talks" for i in range(80)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        stored = pool.starmap(_race, [(pg_dsn, 0, texts), (pg_dsn, 1, texts[::-1])])
    assert sum(stored) == 80
    assert scalar(pg_dsn, "SELECT COUNT(*) FROM articles") == 80
    assert scalar(pg_dsn, "SELECT COUNT(DISTINCT doc) FROM articles") == 80
    assert scalar(pg_dsn, "SELECT COUNT(*) FROM fingerprints") == 240
    assert scalar(pg_dsn, "SELECT COUNT(*) FROM articles_search") == 80
    # Only the winner's source key is recorded for each article.
    assert scalar(pg_dsn, "SELECT COUNT(*) FROM sources") == 80
    with PostgresStore(pg_dsn) as store:
        assert len(store.search("talks", limit=100)) == 80
