"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE_CORPUS = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from storyline.analyze.nlp import load
    from storyline.config import Settings

    return load(Settings().model)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The bundled sample articles, by file stem, exactly as shipped."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLE_CORPUS.glob("*.txt"))}
