"""Store fixtures, parametrized over backends so one suite checks them all.

"postgres" runs against a throwaway server started once per test session (tests/pg_server.py), one
fresh database per test. Without PostgreSQL those tests skip with the reason, except under CI=true,
where they fail: the backend must not go untested there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pg_server import Cluster, empty_database, must_have_postgres, start_or_explain
from storyline.store.base import Store

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One PostgreSQL server for the whole session; stopped (and its files removed) at the end."""
    cluster, reason = start_or_explain()
    if cluster is None:
        if must_have_postgres():
            pytest.fail(f"{reason} (CI=true: PostgreSQL is required)", pytrace=False)
        pytest.skip(reason)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_session_db(pg_cluster: Cluster) -> Iterator[str]:
    """One migrated database for the session: creating and migrating one per test costs a second."""
    from storyline.store.postgres import PostgresStore

    dsn = pg_cluster.database()
    PostgresStore(dsn).close()
    yield dsn
    pg_cluster.drop(dsn)


@pytest.fixture
def pg_dsn(pg_session_db: str) -> str:
    """The session's database emptied: every storyline table truncated, the doc sequence restarted."""
    empty_database(pg_session_db)
    return pg_session_db


def _opener(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Store]:
    if backend == "sqlite":
        from storyline.store.sqlite import SQLiteStore

        path = tmp_path / "store.db"
        return lambda: SQLiteStore(path)
    if backend == "postgres":
        from storyline.store.postgres import PostgresStore

        dsn = request.getfixturevalue("pg_dsn")
        return lambda: PostgresStore(dsn)
    raise AssertionError(f"unknown backend {backend}")


@pytest.fixture(params=BACKENDS)
def open_same_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Store]]:
    """Opens another handle (connection) on one fresh store; every handle is closed afterwards."""
    opener = _opener(request.param, request, tmp_path)
    opened: list[Store] = []

    def open_one() -> Store:
        store = opener()
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


@pytest.fixture
def store(open_same_store: Callable[[], Store]) -> Store:
    """A fresh, empty store."""
    return open_same_store()
