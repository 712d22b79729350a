"""Fixtures for the read side: a store holding the hand-built story of storydata.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.store.sqlite import SQLiteStore
from web.storydata import StoryFixture, fill_store


@pytest.fixture
def story_db(tmp_path: Path) -> Iterator[tuple[str, StoryFixture]]:
    path = tmp_path / "story.db"
    store = SQLiteStore(path)
    fixture = fill_store(store)
    store.close()
    yield str(path), fixture
