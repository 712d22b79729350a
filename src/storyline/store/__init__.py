"""Stores: where articles and their analyses live. ``open_store`` picks the backend from ``--db``."""

from __future__ import annotations

from storyline.errors import StoreError
from storyline.store.base import DuplicateCandidate, SearchHit, Store, StoreCounts
from storyline.store.sqlite import SQLiteStore

__all__ = ["DuplicateCandidate", "SQLiteStore", "SearchHit", "Store", "StoreCounts", "open_store"]


def open_store(db: str) -> Store:
    """A SQLite file path (or ``sqlite:///path``) opens a SQLiteStore; ``postgresql://`` a PostgresStore."""
    if db.startswith(("postgresql://", "postgres://")):
        from storyline.store.postgres import PostgresStore  # psycopg is imported only when asked for

        return PostgresStore(db)
    if db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    elif "://" in db:
        raise StoreError(f"unknown store address {db!r}: give a SQLite file path (for example storyline.db) or a postgresql://user@host/dbname address")
    if not db:
        raise StoreError("no store given: set --db or STORYLINE_DB to a SQLite file path")
    return SQLiteStore(db)
