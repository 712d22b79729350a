"""The analysis driver: batching and memory that does not grow with the stream."""

from __future__ import annotations

import signal
import threading
import time
from datetime import date

import pytest

import storyline.analyze.pipeline as pipeline
from storyline.analyze.nlp import load
from storyline.analyze.pipeline import analyze_articles, analyze_text, time_budget
from storyline.config import Settings
from storyline.errors import AnalysisFailed, AnalysisTimeout
from storyline.records import Analysis, AnalysisFailure, Article


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


# Pieces that stress the extractors' boundary handling: abbreviations with periods, paragraph breaks
# inside what spaCy takes for one entity, ranges, quotes left open, numbers next to dates.
_PIECES = ["Aug.", "Sept.", "Thursday", "Thursday,", "on", "the", "night", "of", "October", "20-21,", "2025",
           "\n\n", "Instead", "between", "and", "19", "25", "next", "week", "late", "early", "last", "year",
           "around", "4,000", "missiles", "Ushakov", "claimed", "that", "“", "”", '"', "said,", "he", "said.",
           "Mr.", "Putin", "from", "May", "to", "July", "two-hour", "talks", "in", "Budapest", ".", ",", "-",
           "U.S.", "a", "couple", "thousand", "percent", "1400", "GMT", "(", ")", ":", "He", "told", "reporters"]  # fmt: skip


def test_any_arrangement_of_awkward_pieces_is_analysed_with_valid_spans() -> None:
    """Every extractor ends and every span lies inside the text, whatever the input (a DATE span run
    into the next paragraph once made the time normaliser loop for ever)."""
    from datetime import date

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    model = Settings().model

    @settings(max_examples=300, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
    @given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
    def check(pieces: list[str]) -> None:
        text = " ".join(pieces)
        article = Article(id="fuzz", source="test", text=text, published=date(2025, 10, 17), published_how="metadata")
        signal.alarm(10)  # a loop fails the example instead of hanging the suite
        try:
            (analysis,) = analyze_articles([article], model)
        finally:
            signal.alarm(0)
        assert isinstance(analysis, Analysis), analysis.reason
        spans = [r.span for r in (*analysis.mentions, *analysis.times, *analysis.quotes, *analysis.quantities)]
        spans += [s for e in analysis.events for s in (e.trigger, e.sentence)]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert span.article_id == "fuzz"
        for t in analysis.times:
            assert text[t.span.start : t.span.end] == t.text

    def timed_out(*_: object) -> None:
        raise TimeoutError("analysis of one short text ran past 10 s")

    previous = signal.signal(signal.SIGALRM, timed_out)
    try:
        check()
    finally:
        signal.signal(signal.SIGALRM, previous)


def _runs_away_on(word: str, real):  # type: ignore[no-untyped-def]
    """An extractor that loops for ever on texts holding ``word`` (as the time normaliser once did)."""

    def extract(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        while word in doc.text:
            time.sleep(0.01)
        return real(doc, *args, **kwargs)

    return extract


def test_an_article_whose_extractors_run_away_is_given_up_at_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "extract_events", _runs_away_on("Zanzibar", pipeline.extract_events))
    texts = ["The minister met envoys in Zanzibar on Monday.", "The minister met envoys in Lagos on Monday."]
    articles = [Article(id=f"a{i}", source="test", text=t, published=date(2025, 10, 17)) for i, t in enumerate(texts)]
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    stuck, fine = analyze_articles(articles, Settings().model, timeout=0.3)
    assert time.monotonic() - started < 10
    assert stuck == AnalysisFailure("a0", "the extractors ran past 0.3 s (analysis_timeout)", "timeout")
    assert isinstance(fine, Analysis) and fine.article_id == "a1"
    assert "Lagos" in {m.text for m in fine.mentions}  # the next article of the batch is analysed in full
    assert signal.getsignal(signal.SIGALRM) is handler and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_extractor_that_raises_costs_only_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract_quotes

    def fails_on_lagos(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Lagos" in doc.text:
            raise KeyError("speaker")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_quotes", fails_on_lagos)
    texts = ["Officials in Lagos said 12 people died.", '"We will rebuild," the mayor of Kano said.']
    failed, fine = analyze_articles([Article(id=f"a{i}", source="t", text=t) for i, t in enumerate(texts)], Settings().model)
    assert isinstance(failed, AnalysisFailure) and failed.kind == "analysis"
    assert failed.reason.startswith("KeyError: 'speaker' at test_pipeline.py:")
    assert isinstance(fine, Analysis) and len(fine.quotes) == 1
    with pytest.raises(AnalysisFailed, match="analysis failed: KeyError"):
        analyze_text(texts[0], Settings().model)


def test_time_budget_leaves_an_alarm_set_by_the_caller_alone() -> None:
    def outer(*_: object) -> None:
        raise TimeoutError("outer")

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 5)
        with time_budget(0.05):
            time.sleep(0.2)  # no budget of its own: the caller's alarm is in charge
        assert signal.getsignal(signal.SIGALRM) is outer and signal.getitimer(signal.ITIMER_REAL)[0] > 4
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    with pytest.raises(AnalysisTimeout), time_budget(0.05):
        time.sleep(1)
    with time_budget(0):  # 0 means no budget
        time.sleep(0.06)


def _in_thread(work):
    """Runs ``work`` on a thread (as Dask runs tasks) and returns what it returned or raised."""
    out: list[object] = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as err:  # noqa: BLE001 - handed back to the test
            out.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    return out[0]


def test_time_budget_stops_python_code_on_a_worker_thread() -> None:
    def runaway() -> int:
        n = 0
        with time_budget(0.1):
            while True:  # a rule that never ends on some strange input
                n += 1
        return n

    started = time.monotonic()
    assert isinstance(_in_thread(runaway), AnalysisTimeout)
    assert time.monotonic() - started < 5


def test_a_thread_budget_left_in_time_raises_nothing_later() -> None:
    def quick() -> str:
        with time_budget(0.2):
            pass
        deadline = time.monotonic() + 0.4  # well past the budget, outside it: nothing may fire
        while time.monotonic() < deadline:
            pass
        return "done"

    assert _in_thread(quick) == "done"


def test_quotes_are_credited_to_the_site_else_to_the_agency_a_dateline_names() -> None:
    text = '"We will rebuild the bridge," the mayor of Kano told reporters on Monday.'
    plain = Article(id="p", source="p.txt", text=text, syndicated_from="Reuters")
    on_site = Article(id="s", source="s.html", text=text, site="example.com", syndicated_from="Reuters")
    got = {a.article_id: a for a in analyze_articles([plain, on_site], Settings().model)}
    assert [q.reported_by for q in got["p"].quotes] == ["Reuters"]
    assert [q.reported_by for q in got["s"].quotes] == ["example.com"]


def test_a_text_past_the_parsers_length_limit_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load(Settings().model)
    monkeypatch.setattr(nlp, "max_length", 60)
    texts = ["Officials in Lagos said 12 people died on Monday in the floods.", "President Biden visited Nigeria."]
    long, short = analyze_articles([Article(id=f"a{i}", source="t", text=t) for i, t in enumerate(texts)], Settings().model)
    assert long == AnalysisFailure("a0", "the text has 63 characters, more than the parser takes (60)", "too-long")
    assert isinstance(short, Analysis) and "Nigeria" in {m.text for m in short.mentions}


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Quake hits California\n\nThe strong quake struck the city on Thursday, killing two.\nIt was felt far away.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Quake hits California"
    assert sents[1].startswith("The strong quake struck")
    struck = next(t for t in doc if t.text == "struck")
    assert [c.text for c in struck.children if c.dep_ == "nsubj"] == ["quake"]  # no longer "California"


def test_an_article_not_in_english_is_refused_with_a_reason_and_the_rest_analysed() -> None:
    french = Article(id="fr", source="t", text="Le sommet a été annulé mercredi à Budapest.", language="und")
    spanish = Article(id="es", source="t", text="La cumbre fue aplazada.", language="es")
    english = Article(id="en", source="t", text="President Biden visited Nigeria.", language="en-GB")
    got = {a.article_id: a for a in analyze_articles([french, spanish, english], Settings().model)}
    assert got["fr"].kind == got["es"].kind == "language"
    assert "undetermined" in got["fr"].reason and "'es'" in got["es"].reason and "English only" in got["es"].reason
    assert isinstance(got["en"], Analysis)
