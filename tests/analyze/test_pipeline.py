"""The analysis driver: batching and memory that does not grow with the stream."""

from __future__ import annotations

from storyline.analyze.nlp import load
from storyline.analyze.pipeline import analyze_articles
from storyline.config import Settings
from storyline.records import Article


def _articles(batch: int, n: int = 20) -> list[Article]:
    """Texts full of words no vocabulary has seen, different in every batch."""
    return [
        Article(
            id=f"b{batch}-{i}",
            source="test",
            text=(f"Minister Zorvak{batch}x{i} met Qelbran{batch}y{i} in Vostra{i}k{batch} on Tuesday and said "
                  f'{batch}{i}41 troops would leave. "We agree," he said.'),  # fmt: skip
        )
        for i in range(n)
    ]


def test_new_words_of_a_long_stream_do_not_stay_in_the_vocabulary() -> None:
    model = Settings().model
    strings = load(model).vocab.strings
    first = list(analyze_articles(_articles(0), model, batch_size=10))  # warms the process up
    before = len(strings)
    for batch in range(1, 4):
        analyses = list(analyze_articles(_articles(batch), model, batch_size=10))
        assert len(analyses) == 20 and all(a.quotes for a in analyses)
        assert {q.speaker for a in analyses for q in a.quotes} != {None}  # the analysis still works
    assert len(strings) == before
    again = list(analyze_articles(_articles(0), model, batch_size=10))
    assert again == first  # inside the memory zone the records are the same
