"""Crowd sizes end to end: two small feeds ingested, linked and read back as conflicts."""

from __future__ import annotations

from pathlib import Path

from storyline import query
from storyline.config import load_settings
from storyline.run.local import ingest
from storyline.store import open_store

FEEDS = Path(__file__).parent.parent / "data" / "crowds"


def feed_conflicts(tmp_path: Path, feed: Path) -> list[tuple[str, str, str]]:
    """(kind, subject, reason) of every conflict a feed ingested into a fresh store gives."""
    settings = load_settings(db=str(tmp_path / "c.db"), workers=1)
    store = open_store(settings.db)
    try:
        ingest([str(feed)], store, settings)
        return [(c.conflict.kind, c.conflict.subject, c.conflict.reason) for c in query.conflicts(store).items]
    finally:
        store.close()


def _conflicts(tmp_path: Path, feed: str) -> list[tuple[str, str, str]]:
    return feed_conflicts(tmp_path, FEEDS / feed)


def test_police_and_union_size_one_march_differently(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "march.jsonl") == [
        ("figure", "crowd (people)", "'12,000' (Police) vs '45,000' (The teachers' union)"),
    ]


def test_police_and_club_size_one_match_crowd_differently_in_one_report(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "match.jsonl") == [
        ("figure", "crowd (people, one report)", "'18,000' (Police) vs '26,000' (the club), in one report"),
    ]
