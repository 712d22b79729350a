"""Article -> Analysis: one spaCy Doc per article, then every extractor, each a pure function.

The reference date that relative times resolve against is the article's publication date; when the
article has none, it is inferred from the text (and the Analysis says so). Extractors run in a fixed
order because later ones consume earlier results: quotes need mentions, figures need quotes and times,
events need all three (actors, time, and whether they are only someone's claim).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.entities import extract_entities
from storyline.analyze.events import extract_events
from storyline.analyze.lexicon import word_sections
from storyline.analyze.nlp import analyzer_version, load
from storyline.analyze.quantities import extract_quantities
from storyline.analyze.timex import extract_times, infer_reference_date
from storyline.analyze.timex.reference_date import MONTH_LEVEL, to_month_level
from storyline.config import Settings
from storyline.errors import AnalysisFailed, AnalysisTimeout, describe_unexpected
from storyline.records import Analysis, AnalysisFailure, Article, Event, Mention, Quote

R = TypeVar("R")
_WARMED: set[str] = set()  # models this process has run one batch of outside a memory zone
# Seconds of extractor time per article (the parse is not counted); the setting is its one source.
DEFAULT_TIMEOUT = Settings().analysis_timeout


def analyze_doc(doc: Doc, article: Article, version: str) -> Analysis:
    """All records of one article from its parsed Doc (``doc.text`` must equal ``article.text``)."""
    reference, how, reason = article.published, article.published_how, article.published_reason
    if reference is None:
        inferred = infer_reference_date(doc, article.url)
        if inferred is not None:
            reference, reason = inferred
            how = "inferred"
        else:
            how, reason = "none", "no publication date in metadata or text; relative times left unresolved"
    mentions, entities = extract_entities(doc, article.id, reference)
    times = extract_times(doc, article.id, reference)
    if how == "inferred" and reference is not None and reason.startswith(MONTH_LEVEL):
        times = to_month_level(times, reference)
    # The outlet an analyst cites: the site it was read on, else the agency a dateline credits it to.
    quotes = extract_quotes(doc, article.id, mentions, article.site or article.syndicated_from, writer=article.byline)
    events = extract_events(doc, article.id, mentions, times, quotes, reference)
    forceful = _cued_by_force(doc, quotes, events, mentions)
    if forceful:
        quotes = [q for q in quotes if q.id not in forceful]
        events = extract_events(doc, article.id, mentions, times, quotes, reference)
    quantities = extract_quantities(doc, article.id, quotes, times)
    return Analysis(
        article_id=article.id,
        analyzer_version=version,
        mentions=_unique(mentions),
        entities=_unique(entities),
        times=_unique(times),
        quotes=_unique(quotes),
        quantities=_unique(quantities),
        events=_unique(events),
        reference_date=reference,
        reference_how=how,
        reference_reason=reason,
    )


def _cued_by_force(doc: Doc, quotes: Sequence[Quote], events: Sequence[Event], mentions: Sequence[Mention]) -> set[str]:
    """Ids of the quotes whose cue word the event reading takes for physical force and whose content
    names a thing only force attacks: "Rebels attacked the convoy", "the village was attacked by
    militants". Attribution reads "attacked" as criticism ("the senator attacked the plan"), and a
    shelling listed as criticism by the gunmen would mislead an analyst. The event reading alone
    does not decide it: political copy's "relentless attacks on Clinton" and "Trump shot back, ..."
    read as ASSAULT there too, so only a report with no quotation whose content names a place or a
    target of force (lexicons/verbal_attacks.txt, [targets]) and no person is dropped. The events
    are read again without those quotes, since a quote's content makes what it holds reported speech."""
    force = {(e.trigger.start, e.trigger.end) for e in events if e.type == "ASSAULT"}
    return {q.id for q in quotes
            if q.cue is not None and (q.cue.start, q.cue.end) in force and q.kind in {"indirect", "topic"}
            and _target_of_force(doc, q.span.start, q.span.end, mentions)}


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _target_of_force(doc: Doc, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether ``doc.text[start:end]`` names a place or a target of force and no person: no PERSON
    mention or pronoun in it, and its head a place ("the Pulse nightclub") or a [targets] noun ("the
    convoy"); a place that only qualifies the head ("Washington elites", "the United States'
    southern neighbor") names people."""
    span = doc.char_span(start, end, alignment_mode="expand")
    inside = [m for m in mentions if start <= m.span.start and m.span.end <= end]
    if span is None or any(m.label == "PERSON" for m in inside) or any(t.pos_ == "PRON" for t in span):
        return False
    head = span.root
    targets = word_sections("verbal_attacks.txt").get("targets", frozenset())
    return (head.lemma_.lower() in targets
            or any(m.label in _PLACE_LABELS and m.span.start <= head.idx < m.span.end for m in inside))


def _unique(records: Sequence[R]) -> tuple[R, ...]:
    """The records with the first of any repeated id kept: ids key records in the store, and two
    rules finding the same thing (a name tag and a pronoun rule on one span) must not make an
    article impossible to store."""
    seen: set[str] = set()
    out = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            out.append(record)
    return tuple(out)


def analyze_guarded(doc: Doc, article: Article, version: str, timeout: float) -> Analysis | AnalysisFailure:
    """``analyze_doc``, with any failure of one article's extractors turned into a record.

    The rule-based extractors meet text nobody tested them on; one exception, or one rule that runs
    away on a strange input, must cost that article its records, not the batch its run.
    """
    try:
        with time_budget(timeout):
            return analyze_doc(doc, article, version)
    except AnalysisTimeout:
        return AnalysisFailure(article.id, f"the extractors ran past {timeout:g} s (analysis_timeout)", "timeout")
    except Exception as err:  # noqa: BLE001 - any extractor bug becomes a reported failure
        return AnalysisFailure(article.id, describe_unexpected(err))


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``AnalysisTimeout`` in this code if it runs longer than ``seconds``.

    On a process's main thread (the local runner, its worker processes, ``analyze-text``) a
    real-time alarm interrupts the code. On other threads (Dask runs tasks on worker threads) no
    signal can reach it, so a watchdog timer asks the interpreter to raise the exception in that
    thread (``_thread_budget``). Where a caller already set an alarm, or with ``seconds`` <= 0,
    there is no budget.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_budget(seconds):
            yield
        return
    if not hasattr(signal, "setitimer") or signal.getitimer(signal.ITIMER_REAL)[0] != 0:
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise AnalysisTimeout(f"ran past {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """A time budget for code on a thread other than the main one.

    A timer thread calls CPython's ``PyThreadState_SetAsyncExc``, which raises ``AnalysisTimeout``
    in the budgeted thread at its next Python instruction (a long call into compiled code, such as
    one parse, finishes first; the extractors are Python loops, so they stop soon). The lock makes
    the exception fire only while the budgeted code runs: on the way out, one that was set but not
    yet raised is withdrawn. Without ``ctypes.pythonapi`` (not CPython) there is no budget.
    """
    api = getattr(ctypes, "pythonapi", None)
    if api is None:
        yield
        return
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    running, fired = [True], [False]

    def expire() -> None:
        with lock:
            if running[0]:
                fired[0] = True
                api.PyThreadState_SetAsyncExc(target, ctypes.py_object(AnalysisTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            running[0] = False
            if fired[0]:
                api.PyThreadState_SetAsyncExc(target, None)


def _not_english(article: Article) -> AnalysisFailure | None:
    """A refusal for an article whose language (from its page or feed, or guessed at ingest) is not
    English: the model reads English only, and its records on other text would be noise."""
    lang = (article.language or "en").lower()
    if lang.startswith("en"):
        return None
    said = "undetermined (not English by its words)" if lang == "und" else f"'{article.language}'"
    return AnalysisFailure(
        article.id, f"the text's language is {said}; the analysis reads English only. The article is "
        "stored and searchable, without records", "language")


def _too_long(article: Article, limit: int) -> AnalysisFailure:
    return AnalysisFailure(
        article.id, f"the text has {len(article.text):,} characters, more than the parser takes ({limit:,})", "too-long"
    )


def analyze_articles(
    articles: Iterable[Article], model: str, batch_size: int = 32, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Analysis | AnalysisFailure]:
    """Analyses in input order, parsing with ``nlp.pipe`` so spaCy can batch; an article whose
    extractors fail or run past ``timeout`` seconds yields an ``AnalysisFailure`` in its place."""
    nlp = load(model)
    version = analyzer_version(model)
    pending: list[Article] = []

    def flush() -> Iterator[Analysis | AnalysisFailure]:
        # Every new word, name and number a feed brings would stay in the pipeline's vocabulary for
        # good, so a long ingest would grow without bound; inside spaCy's memory zone a batch's new
        # strings are freed when it ends. The Docs never leave the zone: records are plain data. The
        # process's first batch runs outside one, so the tokenizer cache is warmed for good.
        # A text past the parser's length limit would make nlp.pipe raise for the whole batch.
        refused = [_not_english(a) for a in pending]
        parseable = [i for i, a in enumerate(pending) if len(a.text) <= nlp.max_length and refused[i] is None]
        out: list[Analysis | AnalysisFailure] = [refused[i] or _too_long(a, nlp.max_length) for i, a in enumerate(pending)]
        zone = nlp.memory_zone() if model in _WARMED else contextlib.nullcontext()
        with zone:
            docs = nlp.pipe([pending[i].text for i in parseable], batch_size=batch_size)
            for i, doc in zip(parseable, docs):
                out[i] = analyze_guarded(doc, pending[i], version, timeout)
        _WARMED.add(model)
        pending.clear()
        yield from out

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def with_inferred_date(article: Article, analysis: Analysis | AnalysisFailure) -> Article:
    """The article with the publication date the analysis inferred, when it had none of its own."""
    if article.published is None and isinstance(analysis, Analysis) and analysis.reference_how == "inferred":
        return replace(
            article,
            published=analysis.reference_date,
            published_how="inferred",
            published_reason=analysis.reference_reason,
        )
    return article


def analyze_text(
    text: str, model: str, *, article_id: str = "text", published=None, timeout: float = DEFAULT_TIMEOUT
) -> Analysis:
    """Analyse one text without a store (``storyline analyze-text``); raises ``AnalysisFailed``."""
    article = Article(
        id=article_id,
        source="-",
        text=text,
        published=published,
        published_how="metadata" if published else "none",
        published_reason="given on the command line" if published else "",
    )
    result = next(analyze_articles([article], model, batch_size=1, timeout=timeout))
    if isinstance(result, AnalysisFailure):
        raise AnalysisFailed(f"{article_id}: analysis failed: {result.reason}")
    return result


def analyze_batch(
    articles: Sequence[Article], model: str, timeout: float = DEFAULT_TIMEOUT
) -> list[Analysis | AnalysisFailure]:
    """A picklable entry point for worker processes: one batch in, its analyses out, in order."""
    return list(analyze_articles(articles, model, batch_size=max(1, len(articles)), timeout=timeout))
