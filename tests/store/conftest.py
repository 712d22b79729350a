"""Store fixtures, parametrized over backends so one suite checks them all.

Only "sqlite" exists today. A PostgreSQL backend adds a "postgres" param here (skipping when no
server is configured) and every test in tests/store runs against it unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline.store.base import Store

BACKENDS = ["sqlite"]


def _opener(backend: str, tmp_path: Path) -> Callable[[], Store]:
    if backend == "sqlite":
        from storyline.store.sqlite import SQLiteStore

        path = tmp_path / "store.db"
        return lambda: SQLiteStore(path)
    raise AssertionError(f"unknown backend {backend}")


@pytest.fixture(params=BACKENDS)
def open_same_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Store]]:
    """Opens another handle (connection) on one fresh store; every handle is closed afterwards."""
    opener = _opener(request.param, tmp_path)
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
