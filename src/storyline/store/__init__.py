"""Stores: where articles and their analyses live. ``open_store`` picks the backend from ``--db``."""

from __future__ import annotations

from storyline.errors import StoreError
from storyline.store.base import DuplicateCandidate, SearchHit, Store, StoreCounts
from storyline.store.sqlite import SQLiteStore

__all__ = ["DuplicateCandidate", "SQLiteStore", "SearchHit", "Store", "StoreCounts", "open_store"]


def open_store(db: str) -> Store:
    """A SQLite file path (or ``sqlite:///path``) opens a SQLiteStore; ``postgresql://`` is refused."""
    if db.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            "PostgreSQL support is not installed in this version of storyline; use a SQLite file path "
            "for --db / STORYLINE_DB (for example storyline.db)."
        )
    if db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    elif "://" in db:
        raise StoreError(f"unknown store address {db!r}: give a SQLite file path (for example storyline.db)")
    if not db:
        raise StoreError("no store given: set --db or STORYLINE_DB to a SQLite file path")
    return SQLiteStore(db)
