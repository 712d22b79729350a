"""Drives ingest -> analyze -> store over a corpus on one machine.

Two passes over the input: the first only counts short lines per site (bounded memory) so the
cleaner can cut lines that repeat verbatim across a site's articles; the second builds, dedupes,
analyses and stores each article. Both passes see the same inputs in the same order, so the cleaned
text, and with it every id, is the same whether a run is whole or resumed after an interruption.

Articles land one transaction each (article, provenance, fingerprints and analysis together). A re-run
skips inputs whose raw content was stored before, so it adds nothing; an interrupted run, run again,
ends with the same store as an uninterrupted one.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyline.config import Settings, rejects_path
from storyline.errors import InputError, StoreError, describe_unexpected
from storyline.ingest.build import batch_line_key, build_article, site_key
from storyline.ingest.clean import LineStats
from storyline.ingest.dedupe import DuplicateVerdict, fingerprints, judge
from storyline.ingest.readers import iter_documents
from storyline.link.runner import LinkSummary, run_link
from storyline.records import Analysis, AnalysisFailure, Article, RawDocument, Reject, record_id
from storyline.store.base import DuplicateCandidate, Store

ProgressCallback = Callable[[str, int, int | None], None]  # (phase, done, total)


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    already_stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    fuller_versions: int = 0  # new texts holding a stored one whole: kept as originals, analysed
    syndicated: int = 0
    analysed: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    rejects_file: Path | None = None
    run_id: str = ""
    link: LinkSummary | None = None

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def counts(self) -> dict[str, object]:
        """What the run did, as the JSON outputs (CLI --json, HTTP API) show it."""
        return {
            "read": self.read,
            "new": self.new,
            "already_stored": self.already_stored,
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "fuller_versions": self.fuller_versions,
            "syndicated": self.syndicated,
            "analysed": self.analysed,
            "rejected": dict(sorted(self.rejected.items())),
            "seconds": round(self.seconds, 3),
            "run_id": self.run_id,
        }


@dataclass(frozen=True, slots=True)
class _Pending:
    """An article built and deduplicated, waiting for its batch to be analysed and stored."""

    article: Article
    source_key: str
    fingerprints: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Written:
    """What storing one article of a batch did: ``new`` False when it was stored already."""

    article_id: str
    new: bool
    error: str | None = None  # why it could not be stored (the rest of the batch landed)


def with_analyses(
    batch: Sequence[_Pending], analyses: Sequence[Analysis | AnalysisFailure]
) -> list[tuple[_Pending, Article, Analysis | None]]:
    """Each pending article with its analysis (originals only, in batch order, as analysed) and the
    publication date the analysis inferred when the article had none. An article whose analysis
    failed is paired with None: it is stored without records (see ``failure_rejects``)."""
    from storyline.analyze.pipeline import with_inferred_date

    queue = iter(analyses)
    out: list[tuple[_Pending, Article, Analysis | None]] = []
    for pending in batch:
        article, analysis = pending.article, None
        if analyses and article.duplicate_of is None:
            result = next(queue)
            article = with_inferred_date(article, result)
            analysis = result if isinstance(result, Analysis) else None
        out.append((pending, article, analysis))
    return out


def failure_rejects(
    articles: Sequence[Article], analyses: Sequence[Analysis | AnalysisFailure]
) -> dict[str, Reject]:
    """By article id, a reject for each article whose analysis failed, saying the article landed."""
    failed = {a.article_id: a for a in analyses if isinstance(a, AnalysisFailure)}
    return {
        article.id: Reject(
            article.source,
            f"analysis failed ({failed[article.id].reason}); the article is stored without records, "
            "and `storyline analyze` tries it again",
            failed[article.id].kind,
        )
        for article in articles
        if article.id in failed
    }


def write_batch(
    store: Store,
    items: Sequence[tuple[_Pending, Article, Analysis | None]],
    aliases: Sequence[tuple[str, str]] = (),
) -> list[Written]:
    """Store a batch of articles (and source aliases of them) in one transaction; one result per item,
    in the order given.

    Written in article id order, so that two ingests writing overlapping batches at once take their
    row locks in the same order and cannot deadlock. A write that fails rolls back alone; a failed
    commit leaves none of the batch stored and marks every item with the error (a re-run stores them).
    """
    results: dict[str, Written] = {}
    try:
        with store.write_batch():
            for pending, article, analysis in sorted(items, key=lambda x: x[1].id):
                try:
                    new = store.add_article(article, pending.source_key, pending.fingerprints, analysis)
                    results[article.id] = Written(article.id, new)
                except StoreError as err:  # this article's write was rolled back; the batch goes on
                    results[article.id] = Written(article.id, False, str(err))
            for key, article_id in aliases:
                if article_id in results and results[article_id].error is None:
                    store.add_source_alias(key, article_id)
    except StoreError as err:
        results = {a.id: Written(a.id, False, f"{err}; run the ingest again") for _, a, _ in items}
    return [results[article.id] for _, article, _ in items]


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the per-item step decided about one input document, before any analysis.

    ``outcome`` is one of: ``seen`` (this raw input was stored by an earlier run), ``rejected``,
    ``copy-of-stored`` / ``copy-of-waiting`` (its clean text equals a stored article's, or one still
    waiting to be stored: ``article_id``), or ``new`` (``pending`` is to be analysed and stored; its
    article may carry ``duplicate_of`` when it is a near copy, or ``expands`` when it holds a shorter
    stored text whole: a fuller or updated version is analysed, since what it adds is often the news).
    """

    outcome: str
    source_key: str
    article_id: str | None = None
    pending: _Pending | None = None
    reject: Reject | None = None
    syndicated: bool = False


def prepare(
    item: RawDocument,
    store: Store,
    waiting: Sequence[_Pending],
    settings: Settings,
    repeated: Callable[[str | None], Callable[[str], bool]] | None,
) -> Prepared:
    """Build and deduplicate one document against the store and the articles not yet stored.

    Both runners call this in input order, so duplicate verdicts (and with them every id) are the
    same whichever runner stored a corpus and however its run was split.
    """
    key = source_key(item)
    if store.seen_source(key) is not None:
        return Prepared("seen", key)
    try:
        article = build_article(item, raw_mode=settings.raw, repeated=repeated(site_key(item)) if repeated else None)
    except InputError as err:
        return Prepared("rejected", key, reject=Reject(err.origin or item.origin, err.reason, err.kind))
    except Exception as err:  # noqa: BLE001 - a bug met on one input costs that input, not the run
        reason = f"could not be read ({describe_unexpected(err)}); this is a storyline bug: please report it with the file"
        return Prepared("rejected", key, reject=Reject(item.origin, reason, "internal"))
    if any(p.article.id == article.id for p in waiting):
        return Prepared("copy-of-waiting", key, article.id)
    if store.has_article(article.id):
        return Prepared("copy-of-stored", key, article.id)
    prints = tuple(fingerprints(article.text))
    verdict = _near_duplicate(prints, store, waiting, settings)
    if verdict is not None and verdict.direction == "contains":
        article = replace(article, expands=verdict.original_id)
    elif verdict is not None:
        article = replace(article, duplicate_of=verdict.original_id, duplicate_score=verdict.containment)
    syndicated = bool(article.syndicated_from) or (
        verdict is not None and _other_site(verdict, article, store, waiting)
    )
    return Prepared("new", key, article.id, _Pending(article, key, prints), syndicated=syndicated)


def source_key(doc: RawDocument) -> str:
    """Identifies an input item by its raw content (not its path), so moved files are still known."""
    return record_id("raw", doc.url or "", doc.title or "", doc.text if doc.text is not None else doc.html)


def collect_line_stats(paths: Sequence[str | Path], settings: Settings) -> tuple[LineStats, int]:
    """First pass: line counts per site for the repeated-line rule, and the number of items."""
    stats = LineStats()
    items = 0
    for item in iter_documents(paths, max_bytes=settings.max_bytes):
        items += 1
        if isinstance(item, RawDocument) and item.text is not None:
            site, lines = batch_line_key(item)
            stats.add_lines(site, lines)
    return stats, items


class _RejectSink:
    """Writes rejects to a TSV file as they come, so memory does not grow with their number."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = None

    def write(self, reject: Reject) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("w", encoding="utf-8")
            self._handle.write("origin\tkind\treason\n")
        clean = [s.replace("\t", " ").replace("\n", " ") for s in (reject.origin, reject.kind, reject.reason)]
        self._handle.write("\t".join(clean) + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _analyses(
    articles: list[Article], settings: Settings, pool: ProcessPoolExecutor | None
) -> list[Analysis | AnalysisFailure]:
    from storyline.analyze.pipeline import analyze_batch

    if not articles:
        return []
    if pool is None:
        return analyze_batch(articles, settings.model, settings.analysis_timeout)
    per_worker = max(1, -(-len(articles) // settings.workers))
    chunks = [articles[i : i + per_worker] for i in range(0, len(articles), per_worker)]
    results: list[Analysis | AnalysisFailure] = []
    n = len(chunks)
    for part in pool.map(analyze_batch, chunks, [settings.model] * n, [settings.analysis_timeout] * n):
        results.extend(part)
    return results


def _init_worker(model: str) -> None:
    from storyline.analyze.nlp import load

    load(model)


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    *,
    analyze: bool = True,
    progress: ProgressCallback | None = None,
    run_id: str | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store``; never raises for a bad input item."""
    started = time.monotonic()
    summary = IngestSummary(run_id=run_id or record_id("run", time.time_ns()))
    sink = _RejectSink(rejects_path(settings))
    summary.rejects_file = sink.path

    line_stats: LineStats | None = None
    total: int | None = None
    if not settings.raw:
        line_stats, total = collect_line_stats(paths, settings)
    repeated = line_stats.predicate if line_stats else None

    pool = None
    if analyze and settings.workers > 1:
        pool = ProcessPoolExecutor(max_workers=settings.workers, initializer=_init_worker, initargs=(settings.model,))
    batch: list[_Pending] = []
    aliases: list[tuple[str, str]] = []  # (source key, article id) of copies of articles in the batch
    rejects: list[Reject] = []

    def reject(r: Reject) -> None:
        summary.rejected[r.kind] += 1
        sink.write(r)
        rejects.append(r)

    def flush() -> None:
        to_analyse = [p.article for p in batch if p.article.duplicate_of is None] if analyze else []
        analyses = _analyses(to_analyse, settings, pool)
        items = with_analyses(batch, analyses)
        for (_, article, analysis), written in zip(items, write_batch(store, items, aliases)):
            summary.new += written.new
            summary.analysed += analysis is not None and written.error is None
            if written.error is not None:
                reject(Reject(article.source, f"could not be stored: {written.error}", "store"))
        for failure in failure_rejects(to_analyse, analyses).values():
            reject(failure)
        aliases.clear()
        batch.clear()
        if rejects:
            store.add_rejects(rejects, summary.run_id)
            rejects.clear()

    try:
        done = 0
        for item in iter_documents(paths, max_bytes=settings.max_bytes):
            done += 1
            if progress:
                progress("ingest", done, total)
            if isinstance(item, Reject):
                reject(item)
                continue
            summary.read += 1
            prepared = prepare(item, store, batch, settings, repeated)
            count(summary, prepared)
            if prepared.reject is not None:
                reject(prepared.reject)
            elif prepared.outcome == "copy-of-stored":
                store.add_source_alias(prepared.source_key, prepared.article_id)
            elif prepared.outcome == "copy-of-waiting":
                if not any(p.source_key == prepared.source_key for p in batch):
                    aliases.append((prepared.source_key, prepared.article_id))  # written once the original lands
            if prepared.pending is None:
                continue
            batch.append(prepared.pending)
            if len(batch) >= settings.batch_size:
                flush()
        flush()
        if analyze:
            if progress:
                progress("link", 0, None)
            summary.link = run_link(store)
    finally:
        if pool is not None:
            pool.shutdown()
        sink.close()
    summary.seconds = time.monotonic() - started
    if summary.rejected_total == 0:
        summary.rejects_file = None
    return summary


def count(summary: IngestSummary, prepared: Prepared) -> None:
    """Add one per-item decision to the run's summary (rejects are counted where they are written)."""
    if prepared.outcome == "seen":
        summary.already_stored += 1
    elif prepared.outcome in ("copy-of-stored", "copy-of-waiting"):
        summary.exact_duplicates += 1
    elif prepared.outcome == "new":
        summary.near_duplicates += prepared.pending.article.duplicate_of is not None
        summary.fuller_versions += prepared.pending.article.expands is not None
        summary.syndicated += prepared.syndicated


def _near_duplicate(
    prints: tuple[int, ...], store: Store, batch: list[_Pending], settings: Settings
) -> DuplicateVerdict | None:
    """Candidates from the store and from the batch still waiting to be stored (same rules for both)."""
    if not prints:
        return None
    candidates = list(store.near_duplicates(prints))
    own = set(prints)
    for pending in batch:
        if pending.article.duplicate_of is not None or not pending.fingerprints:
            continue
        shared = len(own.intersection(pending.fingerprints))
        if shared:
            candidates.append(DuplicateCandidate(pending.article.id, shared, len(pending.fingerprints)))
    candidates.sort(key=lambda c: (-c.shared, c.article_id))
    return judge(prints, candidates, settings.near_duplicate_threshold)


def _other_site(verdict: DuplicateVerdict, article: Article, store: Store, batch: list[_Pending]) -> bool:
    """A near-copy published on another site is a syndicated copy."""
    original = next((p.article for p in batch if p.article.id == verdict.original_id), None)
    if original is None:
        original = store.get_article(verdict.original_id)
    return bool(original.site and article.site and original.site != article.site)


@dataclass(slots=True)
class ReanalyzeSummary:
    analysed: int = 0
    failed: list[AnalysisFailure] = field(default_factory=list)  # kept with their old records, if any
    link: LinkSummary | None = None  # the stories rebuilt from the new analyses


def reanalyze(store: Store, settings: Settings, *, progress: ProgressCallback | None = None) -> ReanalyzeSummary:
    """Re-run analysis over stored originals (e.g. after an upgrade). An article whose analysis fails
    keeps what it had and is listed in the summary."""
    from storyline.analyze.pipeline import analyze_articles

    summary = ReanalyzeSummary()
    articles = _counting(store.iter_articles(), progress)
    for result in analyze_articles(articles, settings.model, settings.batch_size, settings.analysis_timeout):
        if isinstance(result, AnalysisFailure):
            summary.failed.append(result)
            continue
        store.put_analysis(result)
        summary.analysed += 1
    summary.link = run_link(store)
    return summary


def _counting(articles: Iterable[Article], progress: ProgressCallback | None) -> Iterator[Article]:
    for n, article in enumerate(articles, 1):
        if progress:
            progress("analyze", n, None)
        yield article
