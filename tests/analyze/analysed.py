"""The records one text gives through the whole pipeline, for tests that assert on them."""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article


def analyse(nlp, text: str, published: date, *, byline: str | None = None) -> Analysis:
    """``analyze_doc`` on ``text`` as an article published on ``published`` (its metadata date)."""
    article = Article(id="test", source="-", text=text, published=published, published_how="metadata", byline=byline)
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))
