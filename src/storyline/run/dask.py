"""Drives ingest -> analyze -> store -> link over a corpus on a Dask cluster (dask.distributed).

The split of work follows from what must be sequential. Reading, cleaning and the duplicate verdicts
run in the client, in input order, exactly as in the local runner (``run.local``), because whether an
article is an original or a copy depends on what came before it; that keeps ids and verdicts the
same whichever engine ran. The expensive part, the spaCy analysis, runs on the workers: articles are
cut into partitions (a batch spread over the workers, ``partition_size``), each partition is one
task, and each worker loads the spaCy pipeline once (``PipelinePlugin``) and reuses it for every
partition it gets.

Where results land:
- a PostgreSQL store: the workers write (each worker process keeps one store connection), so the
  client only reads, dedupes and schedules;
- a SQLite store (one writer at a time): the partition's analyses travel back and the client writes
  them, in input order.

At most ``window`` partitions are in flight; the client keeps their articles in memory so a later
near-copy of an in-flight article is still caught, and memory stays bounded by the window, not the
corpus. A killed worker's partition is re-run by the scheduler on another worker; articles it had
already stored are skipped (``add_article`` is idempotent), so nothing is lost or stored twice. The
link stage (``storyline.link.runner.run_link``) runs on what landed once a window of partitions has
landed, and on the rest at the end.

Without ``scheduler`` a LocalCluster is started on loopback; ``scheduler="synchronous"`` runs the
same task graph in-process with Dask's synchronous scheduler (tests, debugging).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import dask
from distributed import Client, LocalCluster, WorkerPlugin

from storyline.config import Settings, rejects_path
from storyline.errors import ConfigError, StorylineError
from storyline.ingest.readers import iter_documents
from storyline.link.runner import run_link
from storyline.records import Analysis, AnalysisFailure, Article, Reject, record_id
from storyline.run.local import (
    IngestSummary,
    ProgressCallback,
    _Pending,
    _RejectSink,
    collect_line_stats,
    count,
    failure_rejects,
    prepare,
    with_analyses,
    write_batch,
)
from storyline.store.base import Store

SYNCHRONOUS = "synchronous"
MIN_PARTITION = 16
Analyzer = Callable[[Sequence[Article], str], list[Analysis | AnalysisFailure]]


# ---------------------------------------------------------------- worker side


def default_analyzer(
    articles: Sequence[Article], model: str, timeout: float | None = None
) -> list[Analysis | AnalysisFailure]:
    """The analysis of one partition on a worker: an extractor that raises, or that runs past
    ``timeout`` seconds (``analysis_timeout``; tasks run on worker threads, where
    ``pipeline.time_budget`` uses a watchdog instead of an alarm), costs only its article."""
    from storyline.analyze.pipeline import DEFAULT_TIMEOUT, analyze_batch

    return analyze_batch(articles, model, DEFAULT_TIMEOUT if timeout is None else timeout)


_STORES: dict[str, Store] = {}  # per worker process: one connection per store address


def worker_store(db: str) -> Store:
    """The store a worker writes to, opened on its first partition and kept for the next ones."""
    if db not in _STORES:
        from storyline.store import open_store

        _STORES[db] = open_store(db)
    return _STORES[db]


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline once when a worker starts (not once per partition); closes stores."""

    name = "storyline-pipeline"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        if self.model:
            from storyline.analyze.nlp import load

            load(self.model)

    def teardown(self, worker: Any) -> None:
        close_worker_stores()


def close_worker_stores() -> None:
    """Close the stores this process opened as a worker (a synchronous run opens them in the client)."""
    while _STORES:
        _STORES.popitem()[1].close()


@dataclass(frozen=True, slots=True)
class Landed:
    """What one article of a partition became: stored by the worker (``article`` None) or to store."""

    article_id: str
    new: bool
    analysed: bool
    article: Article | None = None
    analysis: Analysis | None = None
    error: str | None = None  # why the worker could not store it (the rest of the partition landed)
    failed: Reject | None = None  # its analysis failed: it is stored without records


def process_partition(
    items: Sequence[_Pending], model: str, analyze: bool, db: str | None, analyzer: Analyzer
) -> list[Landed]:
    """One task: analyse a partition's originals; store them too when ``db`` is given (shared store).

    Safe to run twice (a retry after a killed worker): what is already stored is skipped.
    """
    originals = [p.article for p in items if analyze and p.article.duplicate_of is None]
    analyses = analyzer(originals, model) if originals else []
    done = with_analyses(items, analyses)
    failed = failure_rejects(originals, analyses)
    if not db:
        return [Landed(a.id, False, an is not None, a, an, failed=failed.get(a.id)) for _, a, an in done]
    written = write_batch(worker_store(db), done)
    return [
        Landed(w.article_id, w.new, an is not None and w.error is None, error=w.error, failed=failed.get(a.id))
        for (_, a, an), w in zip(done, written)
    ]


# ---------------------------------------------------------------- scheduling


class _Future(Protocol):
    def result(self) -> Any: ...


class _Done:
    """A result computed at once (synchronous scheduler), with a future's ``result``."""

    def __init__(self, value: Any = None, error: BaseException | None = None) -> None:
        self._value, self._error = value, error

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


@contextmanager
def connect(scheduler: str | None, workers: int, model: str | None) -> Iterator[Client | None]:
    """A client on ``scheduler``, on a new loopback LocalCluster when None; None when synchronous."""
    if scheduler == SYNCHRONOUS:
        yield None
        return
    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except (OSError, TimeoutError) as err:
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {scheduler!r} ({err}); start one with `dask scheduler` "
                    "and give its address (tcp://host:8786), or leave --scheduler out to use this machine"
                ) from err
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=40,
                )  # fmt: skip
            )
            client = stack.enter_context(Client(cluster))
        client.register_plugin(PipelinePlugin(model))
        yield client


def partition_size(batch_size: int, workers: int) -> int:
    """Articles per task: a batch spread over the workers, as the local runner splits it over its
    processes. Whole batches per task left one worker idle at the tail of a small corpus (four tasks
    of 64, 64, 64 and 8 articles on two workers); below MIN_PARTITION the per-task overhead and
    the shorter ``nlp.pipe`` batches cost more than the balance gains."""
    return max(min(batch_size, MIN_PARTITION), math.ceil(batch_size / max(1, workers)))


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    *,
    analyze: bool = True,
    progress: ProgressCallback | None = None,
    run_id: str | None = None,
    scheduler: str | None = None,
    client: Client | None = None,
    workers_write: bool | None = None,
    window: int | None = None,
    analyzer: Analyzer = default_analyzer,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store`` on Dask; never raises for a bad input item.

    ``client`` reuses a connected Client; otherwise ``scheduler`` is an address, ``"synchronous"``,
    or None for a LocalCluster of ``settings.workers`` processes. ``workers_write`` defaults to True
    for a PostgreSQL store (``settings.db`` must then be an address every worker can reach).
    """
    shared = settings.db.startswith(("postgresql://", "postgres://"))
    if analyzer is default_analyzer:
        analyzer = partial(default_analyzer, timeout=settings.analysis_timeout)
    if workers_write is None:
        workers_write = shared
    if workers_write and not shared:
        raise ConfigError(
            f"workers cannot write to {settings.db}: a SQLite store takes one writer; let the client write "
            "(the default) or use a PostgreSQL store (--db postgresql://...)"
        )
    started = time.monotonic()
    summary = IngestSummary(run_id=run_id or record_id("run", time.time_ns()))
    sink = _RejectSink(rejects_path(settings))
    summary.rejects_file = sink.path
    line_stats, total = (None, None) if settings.raw else collect_line_stats(paths, settings)
    repeated = line_stats.predicate if line_stats else None
    db = settings.db if workers_write else None

    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(connect(scheduler, max(1, settings.workers), settings.model if analyze else None))
        n_workers = max(1, len(client.scheduler_info()["workers"])) if client is not None else 1
        limit = window or max(2, 2 * n_workers)
        part_size = partition_size(settings.batch_size, n_workers)
        link_every = part_size * limit  # about one link call per window of partitions
        unlinked: list[str] = []
        inflight: deque[tuple[_Future, list[_Pending]]] = deque()
        inflight_ids: dict[str, str] = {}  # article id -> source key, for articles not yet stored
        aliases: dict[str, list[str]] = {}  # in-flight article id -> other raw inputs that produced it
        batch: list[_Pending] = []
        rejects: list[Reject] = []

        def reject(r: Reject) -> None:
            summary.rejected[r.kind] += 1
            sink.write(r)
            rejects.append(r)

        def submit() -> None:
            if not batch:
                return
            items = list(batch)
            batch.clear()
            task = dask.delayed(process_partition, pure=False, traverse=False)(
                items, settings.model, analyze, db, analyzer
            )
            if client is None:
                try:
                    future: _Future = _Done(task.compute(scheduler=SYNCHRONOUS))
                except Exception as err:  # noqa: BLE001 - reported per item below, the run goes on
                    future = _Done(error=err)
            else:
                future = client.compute(task, retries=1)
            inflight.append((future, items))
            while len(inflight) >= limit:
                land()

        def link(final: bool = False) -> None:
            """Link what landed once a window's worth has: each call rebuilds the stories it touches,
            so a call per partition would rebuild a growing story once per partition."""
            if unlinked and (final or len(unlinked) >= link_every):
                done = run_link(store, unlinked)
                summary.link = done if summary.link is None else summary.link.plus(done)
                unlinked.clear()

        def land() -> None:
            """The oldest partition's results: stored (client writes) or counted, then linked."""
            future, items = inflight.popleft()
            try:
                results: list[Landed] = future.result()
            except Exception as err:  # noqa: BLE001 - a failed partition becomes rejects, not a dead run
                for pending in items:
                    inflight_ids.pop(pending.article.id, None)
                    aliases.pop(pending.article.id, None)
                    reject(Reject(pending.article.source, f"analysis failed on the cluster: {err!r}; run again", "worker"))
                return
            to_write = [(p, r.article, r.analysis) for p, r in zip(items, results) if r.article is not None]
            written = iter(write_batch(store, to_write))
            for pending, result in zip(items, results):
                inflight_ids.pop(pending.article.id, None)
                new, error = result.new, result.error
                if result.article is not None:
                    w = next(written)
                    new, error = w.new, w.error
                if error is not None:
                    reject(Reject(pending.article.source, f"could not be stored: {error}", "store"))
                    continue
                if result.failed is not None:
                    reject(result.failed)
                summary.new += new
                summary.analysed += result.analysed
                if result.analysed:
                    unlinked.append(result.article_id)
                for key in aliases.pop(pending.article.id, ()):
                    store.add_source_alias(key, pending.article.id)
            link()
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
                waiting = [p for _, items in inflight for p in items] + batch
                prepared = prepare(item, store, waiting, settings, repeated)
                count(summary, prepared)
                if prepared.reject is not None:
                    reject(prepared.reject)
                elif prepared.outcome == "copy-of-stored":
                    store.add_source_alias(prepared.source_key, prepared.article_id)
                elif prepared.outcome == "copy-of-waiting":  # its original waits in a partition: alias it once landed
                    if inflight_ids[prepared.article_id] != prepared.source_key:
                        aliases.setdefault(prepared.article_id, []).append(prepared.source_key)
                if prepared.pending is None:
                    continue
                batch.append(prepared.pending)
                inflight_ids[prepared.article_id] = prepared.source_key
                if len(batch) >= part_size:
                    submit()
            submit()
            while inflight:
                land()
            link(final=True)
        finally:
            if rejects:
                try:
                    store.add_rejects(rejects, summary.run_id)
                except StorylineError:
                    pass  # the rejects file has them all
            sink.close()
            if client is None:
                close_worker_stores()
    summary.seconds = time.monotonic() - started
    if summary.rejected_total == 0:
        summary.rejects_file = None
    return summary

