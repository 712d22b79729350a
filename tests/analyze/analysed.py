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


def nth_index(text: str, word: str, nth: int = 0) -> int:
    """The offset of the ``nth`` (from 0) occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start


def event_at(a: Analysis, text: str, word: str, nth: int = 0):
    """The event whose trigger starts at the ``nth`` occurrence of ``word``."""
    start = nth_index(text, word, nth)
    return next(e for e in a.events if e.trigger.start == start)


def figure_at(a: Analysis, text: str, number: str, nth: int = 0):
    """The figure whose span holds the ``nth`` occurrence of ``number``."""
    start = nth_index(text, number, nth)
    return next(q for q in a.quantities if q.span.start <= start < q.span.end)


def quantities_of(nlp, text: str, article_id: str = "a1"):
    """The figures of ``text`` read on their own (with its attributions, without its times)."""
    from storyline.analyze.attribution import extract_quotes
    from storyline.analyze.quantities import extract_quantities

    doc = nlp(text)
    return extract_quantities(doc, article_id, extract_quotes(doc, article_id, [], None), [])


def figure_among(figures, text: str, number: str, nth: int = 0):
    """The figure of ``figures`` whose span holds the ``nth`` occurrence of ``number``."""
    start = nth_index(text, number, nth)
    return next(q for q in figures if q.span.start <= start < q.span.end)
