"""The Dask runner: same store as the local runner, failures contained, killed workers recovered.

Most tests run the task graph with Dask's synchronous scheduler (the same code path, in-process);
one test per store backend starts a real two-process LocalCluster and kills a worker mid-job.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import cloudpickle
import pytest

from pg_server import Cluster, empty_database, must_have_postgres, start_or_explain
from storyline.config import load_settings
from storyline.errors import ConfigError
from storyline.link.runner import LinkSummary
from storyline.records import Analysis, AnalysisFailure, Article
from storyline.run import dask as dask_runner
from storyline.run.local import ingest as local_ingest
from storyline.store import open_store

# Workers cannot import this test module: ship its functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

TOPICS = ["harbour", "election", "drought", "strike", "bridge", "vaccine", "wildfire", "tariff", "flood", "census"]


def text(n: int) -> str:
    """A distinct article per n (no two share enough sentences to be near-duplicates)."""
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"Report {n} on the {topic}\n\n"
        f"Officials in district {n} said the {topic} affected {n * 37 % 1000 + 10} households on Monday.\n\n"
        f"Local residents described event number {n * 7919 % 10007} as the worst in {n % 40 + 2} years.\n\n"
        f"A spokesperson for agency {n * 13} promised a full review of case {n * 101} before winter.\n"
    )


def make_corpus(folder: Path, count: int, extra: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(text(n), encoding="utf-8")
    for name, body in (extra or {}).items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(con.execute("SELECT id, title, text, duplicate_of, published FROM articles")),
            "sources": sorted(con.execute("SELECT source_key, article_id FROM sources")),
            "fingerprints": sorted(con.execute("SELECT f.hash, a.id FROM fingerprints f JOIN articles a USING (doc)")),
            "analyses": sorted(con.execute("SELECT article_id FROM analyses")),
        }
    finally:
        con.close()


def fake_analyzer(articles: Sequence[Article], model: str, delay: float = 0.0) -> list[Analysis]:
    """Stands in for spaCy where the analysis is not the point: one empty Analysis per article."""
    time.sleep(delay * len(articles))
    return [Analysis(a.id, "fake-1") for a in articles]


def slow_analyzer(articles: Sequence[Article], model: str) -> list[Analysis]:
    return fake_analyzer(articles, model, delay=0.1)


def poisoned_analyzer(articles: Sequence[Article], model: str) -> list[Analysis]:
    if any("POISON" in a.text for a in articles):
        raise RuntimeError("extractor crashed")
    return fake_analyzer(articles, model)


def one_failing_analyzer(articles: Sequence[Article], model: str) -> list[Analysis | AnalysisFailure]:
    """What the pipeline returns when one article's extractors fail: a failure in its place."""
    return [AnalysisFailure(a.id, "ValueError: bad unit at quantities.py:1") if "POISON" in a.text
            else Analysis(a.id, "fake-1") for a in articles]  # fmt: skip


def run(paths: list[Path], db: str, **kw: object):  # type: ignore[no-untyped-def]
    settings = load_settings(env={}, db=db, batch_size=kw.pop("batch_size", 4), workers=kw.pop("workers", 1),
                             rejects=kw.pop("rejects", None))  # fmt: skip
    store = open_store(settings.db)
    try:
        return dask_runner.ingest([str(p) for p in paths], store, settings, **kw)  # type: ignore[arg-type]
    finally:
        store.close()


# ---------------------------------------------------------------- synchronous scheduler


def test_dask_runner_stores_what_the_local_runner_stores(tmp_path: Path) -> None:
    copy = text(3).replace("worst", "most severe")  # a near-duplicate of a003
    corpus = make_corpus(tmp_path / "in", 14, {"z_copy.txt": text(5) + "\n\n", "z_near.txt": copy})
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    settings = load_settings(env={}, db=str(local_db), batch_size=4)
    with open_store(str(local_db)) as store:  # type: ignore[attr-defined]
        expected = local_ingest([str(corpus)], store, settings, analyze=False)
    got = run([corpus], str(dask_db), analyze=False, scheduler="synchronous")
    # Both copies are stored, marked as copies of their originals (not indexed, not analysed).
    assert (got.read, got.new, got.near_duplicates) == (16, 16, 2)
    assert (got.new, got.exact_duplicates, got.near_duplicates, got.syndicated) == (
        expected.new, expected.exact_duplicates, expected.near_duplicates, expected.syndicated
    )
    assert snapshot(dask_db) == snapshot(local_db)


def test_rerun_adds_nothing(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", 9)
    db = tmp_path / "s.db"
    first = run([corpus], str(db), scheduler="synchronous", analyzer=fake_analyzer)
    before = snapshot(db)
    second = run([corpus], str(db), scheduler="synchronous", analyzer=fake_analyzer)
    assert (first.new, first.analysed) == (9, 9)
    assert (second.read, second.new, second.already_stored, second.analysed) == (9, 0, 9, 0)
    assert snapshot(db) == before and len(before["analyses"]) == 9


def test_exact_copy_of_an_article_still_in_flight_is_aliased_once_it_lands(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", 3, {"a000_again.txt": "  " + text(0)})  # same clean text, other bytes
    db = tmp_path / "s.db"
    got = run([corpus], str(db), analyze=False, scheduler="synchronous", batch_size=10)
    assert (got.new, got.exact_duplicates) == (3, 1)
    sources = snapshot(db)["sources"]
    assert len(sources) == 4 and len({a for _, a in sources}) == 3


def test_analysis_runs_on_the_worker_with_spacy(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "one.txt": "Ukrainian officials said on Monday that 12 people were killed in Kharkiv.\n",
        "two.txt": "The European Union agreed to send 500 generators to Ukraine, diplomats said.\n",
        "three.txt": '"We will not retreat," the mayor of Odesa told reporters on Tuesday.\n',
    }
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, body in texts.items():
        (corpus / name).write_text(body, encoding="utf-8")
    db, local_db = tmp_path / "s.db", tmp_path / "local.db"
    got = run([corpus], str(db), scheduler="synchronous", batch_size=2)
    assert (got.new, got.analysed) == (3, 3)
    with open_store(str(local_db)) as store:  # type: ignore[attr-defined]
        local_ingest([str(corpus)], store, load_settings(env={}, db=str(local_db), batch_size=2))
    with open_store(str(db)) as store, open_store(str(local_db)) as local:  # type: ignore[attr-defined]
        analyses = {a.text: store.get_analysis(a.id) for a in store.iter_articles()}
        expected = {a.text: local.get_analysis(a.id) for a in local.iter_articles()}
    assert analyses == expected  # the same records as the local runner's, article by article
    kharkiv = analyses[texts["one.txt"]]
    assert kharkiv is not None and kharkiv.analyzer_version.startswith("storyline-")
    assert "Kharkiv" in {m.text for m in kharkiv.mentions}  # spaCy really ran on the worker


def test_failed_partition_becomes_rejects_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", 8, {"a003.txt": text(3) + "\nPOISON\n"})
    db = tmp_path / "s.db"
    got = run([corpus], str(db), scheduler="synchronous", analyzer=poisoned_analyzer, batch_size=4,
              rejects=str(tmp_path / "rejects.tsv"))  # fmt: skip
    assert (got.new, got.rejected["worker"]) == (4, 4)  # a000-a003 failed together, a004-a007 landed
    assert "extractor crashed" in (tmp_path / "rejects.tsv").read_text()
    again = run([corpus], str(db), scheduler="synchronous", analyzer=fake_analyzer, batch_size=4)
    assert again.new == 4  # the failed partition was not recorded as seen: a re-run picks it up


def test_an_article_whose_analysis_failed_lands_without_records(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", 8, {"a003.txt": text(3) + "\nPOISON\n"})
    db = tmp_path / "s.db"
    got = run([corpus], str(db), scheduler="synchronous", analyzer=one_failing_analyzer, batch_size=4,
              rejects=str(tmp_path / "rejects.tsv"))  # fmt: skip
    assert (got.new, got.analysed, dict(got.rejected)) == (8, 7, {"analysis": 1})
    (line,) = (tmp_path / "rejects.tsv").read_text().splitlines()[1:]
    assert line.startswith(str(corpus / "a003.txt")) and "ValueError: bad unit" in line
    assert len(snapshot(db)["analyses"]) == 7


def test_link_stage_runs_once_a_window_has_landed_and_at_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_link(store: object, ids: list[str]) -> LinkSummary:
        calls.append(list(ids))
        return LinkSummary(len(ids), 0, 1, 0, 0, 0)

    monkeypatch.setattr(dask_runner, "run_link", fake_link)
    corpus = make_corpus(tmp_path / "in", 10)
    summary = run([corpus], str(tmp_path / "s.db"), scheduler="synchronous", analyzer=fake_analyzer, batch_size=4)
    # one process: partitions of 4, a window of 2 partitions, so a link call per 8 landed, then the rest
    assert [len(c) for c in calls] == [8, 2]
    assert len({i for c in calls for i in c}) == 10
    assert summary.link == LinkSummary(10, 0, 2, 0, 0, 0)


@pytest.mark.parametrize(("batch", "workers", "size"), [(64, 1, 64), (64, 2, 32), (64, 8, 16), (8, 4, 8), (100, 3, 34)])
def test_partitions_spread_a_batch_over_the_workers(batch: int, workers: int, size: int) -> None:
    assert dask_runner.partition_size(batch, workers) == size


def test_workers_cannot_write_sqlite(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="one writer"):
        run([make_corpus(tmp_path / "in", 1)], str(tmp_path / "s.db"), scheduler="synchronous", workers_write=True)


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    cluster, reason = start_or_explain()
    if cluster is None:
        if must_have_postgres():
            pytest.fail(f"{reason} (CI=true: PostgreSQL is required)", pytrace=False)
        pytest.skip(reason)
    assert isinstance(cluster, Cluster)
    url = cluster.database()
    open_store(url).close()
    yield url
    cluster.stop()


def pg_counts(url: str) -> tuple[int, int, int, int]:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(DISTINCT id) FROM articles), "
            "(SELECT COUNT(*) FROM analyses), (SELECT COUNT(*) FROM sources)"
        ).fetchone()
    assert row is not None
    return tuple(int(v) for v in row)  # type: ignore[return-value]


def test_workers_write_a_postgres_store(tmp_path: Path, pg_url: str) -> None:
    empty_database(pg_url)
    corpus = make_corpus(tmp_path / "in", 10)
    got = run([corpus], pg_url, scheduler="synchronous", analyzer=fake_analyzer, rejects=str(tmp_path / "r.tsv"))
    assert (got.new, got.analysed) == (10, 10)
    assert pg_counts(pg_url) == (10, 10, 10, 10)
    again = run([corpus], pg_url, scheduler="synchronous", analyzer=fake_analyzer, rejects=str(tmp_path / "r.tsv"))
    assert (again.new, again.already_stored) == (0, 10)


# ---------------------------------------------------------------- a real cluster


@pytest.fixture(scope="module")
def two_workers() -> Iterator[object]:
    """A real LocalCluster of two worker processes (each under a nanny that restarts it if killed)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=50) as cluster, Client(cluster) as client:  # fmt: skip
        yield client


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_killed_worker_partition_is_retried_without_duplicates(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest, two_workers: object
) -> None:
    client = two_workers
    client.wait_for_workers(2, timeout=60)  # type: ignore[attr-defined]
    if backend == "postgres":
        db = request.getfixturevalue("pg_url")
        empty_database(db)
    else:
        db = str(tmp_path / "s.db")
    corpus = make_corpus(tmp_path / "in", 24)
    killed: list[int] = []
    pids = sorted(client.run(os.getpid).values())
    assert len(pids) == 2

    def kill_one_when_busy() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # a worker is busy once it holds a task
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                time.sleep(0.2)  # mid-partition: each takes about 0.4 s
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one_when_busy)
    killer.start()
    got = run([corpus], db, client=client, analyzer=slow_analyzer, rejects=str(tmp_path / "r.tsv"))
    killer.join()
    assert killed and killed[0] in pids
    assert got.rejected_total == 0 and got.analysed == 24
    if backend == "postgres":
        assert pg_counts(db) == (24, 24, 24, 24)
    else:
        snap = snapshot(Path(db))
        assert len(snap["articles"]) == len(snap["analyses"]) == len(snap["sources"]) == 24


def test_the_analysis_timeout_setting_reaches_the_workers_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.analyze.pipeline as pipeline

    seen: list[float] = []

    def recording(articles: Sequence[Article], model: str, timeout: float) -> list[Analysis]:
        seen.append(timeout)
        return fake_analyzer(articles, model)

    monkeypatch.setattr(pipeline, "analyze_batch", recording)
    corpus = make_corpus(tmp_path / "in", 3)
    settings = load_settings(env={}, db=str(tmp_path / "s.db"), batch_size=4, workers=1, analysis_timeout=7.5)
    store = open_store(settings.db)
    try:
        got = dask_runner.ingest([str(corpus)], store, settings, scheduler="synchronous")
    finally:
        store.close()
    assert got.analysed == 3 and seen == [7.5]
