"""The local runner end to end: what lands, what is rejected, and that re-runs and resumes add nothing."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.config import load_settings
from storyline.run.local import ingest
from storyline.store import open_store

PARAGRAPHS = [
    "The city council voted on Tuesday to approve a new budget for the harbour district, after months of debate.",
    "Opponents said the plan would raise rents for small shops, while supporters pointed to new jobs in the port.",
    "The mayor told reporters that construction would begin in the spring and take about two years.",
    "A spokesperson for the shipping company declined to comment on the vote or on its own expansion plans.",
    "Residents of the old quarter have asked for a public hearing before any building permits are issued.",
    "Engineers estimate the new quay will handle around 40,000 containers a year once it is finished.",
]


def article_text(n: int) -> str:
    """A distinct article per n: each mixes the shared paragraphs with sentences of its own."""
    own = [f"Report number {n} describes event {n * 7919 % 1000} in district {n}, with detail {n * n}."
           for _ in range(2)]
    own += [f"Witness {n} said the {['storm', 'fire', 'strike', 'flood', 'vote'][n % 5]} lasted {n + 2} hours."]
    body = [PARAGRAPHS[(n + i) % len(PARAGRAPHS)] for i in range(2)] + own
    return f"Headline number {n}\n\n" + "\n\n".join(body) + "\n"


def make_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(article_text(n), encoding="utf-8")
    return folder


def store_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every stored article and its ingest provenance, order-independent (what 'the same store' means)."""
    con = sqlite3.connect(db)
    try:
        arts = sorted(con.execute("SELECT id, title, text, duplicate_of FROM articles").fetchall())
        sources = sorted(con.execute("SELECT source_key, article_id FROM sources").fetchall())
        prints = con.execute("SELECT COUNT(*) FROM fingerprints").fetchone()
    finally:
        con.close()
    return {"articles": arts, "sources": sources, "fingerprints": [prints]}


def run_ingest(paths, db: Path, **kw):
    settings = load_settings(env={}, db=str(db), **kw)
    store = open_store(settings.db)
    try:
        return ingest([str(p) for p in paths], store, settings, analyze=False)
    finally:
        store.close()


def test_ingest_stores_every_article_and_rerun_adds_nothing(tmp_path):
    corpus = make_corpus(tmp_path / "in", 12)
    db = tmp_path / "s.db"
    first = run_ingest([corpus], db)
    assert (first.read, first.new, first.rejected_total) == (12, 12, 0)
    before = store_snapshot(db)
    second = run_ingest([corpus], db)
    assert (second.read, second.new, second.already_stored) == (12, 0, 12)
    assert store_snapshot(db) == before


def test_exact_and_near_duplicates_are_recorded_not_stored_twice(tmp_path):
    corpus = make_corpus(tmp_path / "in", 3)
    text = article_text(1)
    (corpus / "z_exact_copy.txt").write_text(text, encoding="utf-8")
    # a cut-down copy: the headline and the first three paragraphs of article 1
    cut = "\n\n".join(text.split("\n\n")[:4]) + "\n"
    (corpus / "z_cut_copy.txt").write_text(cut, encoding="utf-8")
    db = tmp_path / "s.db"
    summary = run_ingest([corpus], db)
    assert summary.exact_duplicates == 1
    assert summary.near_duplicates == 1
    con = sqlite3.connect(db)
    rows = con.execute("SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall()
    con.close()
    assert len(rows) == 1


def test_a_fuller_version_of_a_stored_article_is_kept_as_an_original_and_analysed(tmp_path):
    """A later version that holds an earlier text whole plus new paragraphs is not a copy: what it adds
    (here the cancellation) is often the news, so it is analysed; ``expands`` names the earlier text."""
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    brief = article_text(4)
    (first / "brief.txt").write_text(brief, encoding="utf-8")
    update = ("UPDATE: Officials in Valparaiso said on Friday that the harbour vote was called off after "
              "a court in Santiago suspended the budget.")  # fmt: skip
    (later / "full.txt").write_text(brief + "\n" + update + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    settings = load_settings(env={}, db=str(db))
    with open_store(str(db)) as store:
        ingest([str(first)], store, settings)
        summary = ingest([str(later)], store, settings)
        assert (summary.new, summary.near_duplicates, summary.fuller_versions, summary.analysed) == (1, 0, 1, 1)
        by_name = {Path(a.source).name: a for a in store.iter_articles()}
        full, short = by_name["full.txt"], by_name["brief.txt"]
        assert (full.expands, full.duplicate_of, short.expands) == (short.id, None, None)
        analysis = store.get_analysis(full.id)
        assert {"Valparaiso", "Santiago"} <= {m.text for m in analysis.mentions}
        assert store.get_article(full.id).expands == short.id  # kept by the store


def test_copies_that_differ_only_in_boilerplate_in_one_batch_are_exact_duplicates(tmp_path):
    corpus = make_corpus(tmp_path / "in", 2)
    text = article_text(7)
    (corpus / "x1.txt").write_text(text, encoding="utf-8")
    (corpus / "x2.txt").write_text(text + "\nClick to share on Facebook (Opens in new window)\n", encoding="utf-8")
    db = tmp_path / "s.db"
    first = run_ingest([corpus], db)
    assert (first.new, first.exact_duplicates) == (3, 1)
    second = run_ingest([corpus], db)
    assert (second.new, second.already_stored) == (0, 4)  # the copy's own raw input is remembered too


def test_bad_items_are_reported_with_reason_and_the_rest_lands(tmp_path):
    corpus = make_corpus(tmp_path / "in", 5)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "legacy.txt").write_bytes("Caf\xe9 owners \x93protest\x94 new tax\n\nThe owners of cafés in the centre said the tax was unfair and would close shops.\n".encode("latin-1"))
    lines = [json.dumps({"title": "Good one", "text": article_text(100)}), "{not json", json.dumps({"title": "no text"})]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "cut.txt.gz").write_bytes(gzip.compress(article_text(200).encode())[:-20])
    db = tmp_path / "s.db"
    summary = run_ingest([corpus, tmp_path / "missing.txt"], db, max_bytes=10_000_000)
    rejects = summary.rejects_file.read_text(encoding="utf-8").splitlines()[1:]
    by_origin = {line.split("\t")[0]: line.split("\t")[1] for line in rejects}
    assert by_origin[str(corpus / "empty.txt")] == "empty"
    assert by_origin[str(corpus / "binary.txt")] == "binary"
    assert by_origin[f"{corpus / 'feed.jsonl'}:2"] == "malformed"
    assert by_origin[f"{corpus / 'feed.jsonl'}:3"] == "empty"
    assert by_origin[str(tmp_path / "missing.txt")] == "unreadable"
    assert any(origin.startswith(str(corpus / "cut.txt.gz")) for origin in by_origin)
    # 5 generated + legacy (decoded) + 1 good JSON line
    assert summary.new == 7
    con = sqlite3.connect(db)
    legacy = con.execute("SELECT text FROM articles WHERE text LIKE '%cafés%'").fetchone()[0]
    con.close()
    assert "cafés" in legacy


def test_interrupted_ingest_resumes_to_the_same_store(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 20)
    (corpus / "z_copy.txt").write_text(article_text(3), encoding="utf-8")
    whole = tmp_path / "whole.db"
    run_ingest([corpus], whole, batch_size=4)

    resumed = tmp_path / "resumed.db"
    from storyline.store import sqlite as sqlite_store

    real_add = sqlite_store.SQLiteStore.add_article
    calls = {"n": 0}

    def dying_add(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 9:
            raise KeyboardInterrupt("simulated kill")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(sqlite_store.SQLiteStore, "add_article", dying_add)
    with pytest.raises(KeyboardInterrupt):
        run_ingest([corpus], resumed, batch_size=4)
    monkeypatch.setattr(sqlite_store.SQLiteStore, "add_article", real_add)
    partial = store_snapshot(resumed)
    assert 0 < len(partial["articles"]) < 20
    run_ingest([corpus], resumed, batch_size=4)
    assert store_snapshot(resumed) == store_snapshot(whole)


def test_killed_process_resumes_without_duplicates(tmp_path):
    """A real SIGKILL of `storyline ingest` mid-run, then the same command again."""
    corpus = make_corpus(tmp_path / "in", 300)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "storyline.cli", "ingest", str(corpus), "--db", str(db), "--no-analyze"]
    env = {**os.environ, "STORYLINE_BATCH_SIZE": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    landed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=0.1)
                landed = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                landed = 0
            if landed >= 5:
                break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    whole = tmp_path / "w.db"
    subprocess.run([*cmd[:-3], "--db", str(whole), "--no-analyze"], check=True, stdout=subprocess.DEVNULL)
    assert store_snapshot(db) == store_snapshot(whole)
    assert len(store_snapshot(db)["articles"]) == 300


def test_an_article_the_store_refuses_is_rejected_and_the_batch_goes_on(tmp_path, monkeypatch):
    from storyline.errors import StoreError
    from storyline.store import sqlite as sqlite_store

    corpus = make_corpus(tmp_path / "in", 6)
    real_add = sqlite_store.SQLiteStore.add_article

    def refuse_one(self, article, *args, **kwargs):
        if article.title == "Headline number 3":
            raise StoreError("simulated: UNIQUE constraint failed")
        return real_add(self, article, *args, **kwargs)

    monkeypatch.setattr(sqlite_store.SQLiteStore, "add_article", refuse_one)
    summary = run_ingest([corpus], tmp_path / "s.db")
    assert (summary.new, summary.rejected["store"]) == (5, 1)
    line = summary.rejects_file.read_text(encoding="utf-8").splitlines()[1]
    assert line.startswith(str(corpus / "a003.txt")) and "could not be stored" in line


def test_an_article_whose_analysis_fails_lands_without_records_and_is_reported(tmp_path, monkeypatch):
    """An extractor that raises on one text costs that article its records, not the batch its run;
    `storyline analyze` later gives it its records."""
    import storyline.analyze.pipeline as pipeline
    from storyline.run.local import reanalyze

    real = pipeline.extract_quantities

    def crashes_on_district_3(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "district 3," in doc.text:
            raise ValueError("no such unit")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_quantities", crashes_on_district_3)
    corpus = make_corpus(tmp_path / "in", 6)
    db = tmp_path / "s.db"
    rejects = tmp_path / "rejects.tsv"
    settings = load_settings(env={}, db=str(db), batch_size=4, rejects=str(rejects))
    with open_store(str(db)) as store:
        summary = ingest([str(corpus)], store, settings)
        assert (summary.new, summary.analysed, dict(summary.rejected)) == (6, 5, {"analysis": 1})
        analysed = {Path(a.source).name: store.get_analysis(a.id) for a in store.iter_articles()}
    assert analysed["a003.txt"] is None
    assert all(analysis is not None for name, analysis in analysed.items() if name != "a003.txt")
    (line,) = rejects.read_text(encoding="utf-8").splitlines()[1:]
    assert line.startswith(str(corpus / "a003.txt")) and "\tanalysis\t" in line
    assert "ValueError: no such unit at test_local.py:" in line and "storyline analyze" in line

    monkeypatch.setattr(pipeline, "extract_quantities", real)
    with open_store(str(db)) as store:
        again = reanalyze(store, settings)
        assert (again.analysed, again.failed) == (6, [])
        assert again.link is not None and again.link.articles == 6 and again.link.failed == ()
        assert all(store.get_analysis(a.id) is not None for a in store.iter_articles())


def test_a_bug_met_on_one_input_rejects_that_input_and_the_run_goes_on(tmp_path, monkeypatch):
    import storyline.run.local as local

    real = local.build_article

    def breaks_on_a002(item, **kwargs):  # type: ignore[no-untyped-def]
        if item.origin.endswith("a002.txt"):
            raise IndexError("list index out of range")
        return real(item, **kwargs)

    monkeypatch.setattr(local, "build_article", breaks_on_a002)
    corpus = make_corpus(tmp_path / "in", 4)
    summary = run_ingest([corpus], tmp_path / "s.db", rejects=str(tmp_path / "r.tsv"))
    assert (summary.new, dict(summary.rejected)) == (3, {"internal": 1})
    (line,) = (tmp_path / "r.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert line.startswith(str(corpus / "a002.txt")) and "IndexError: list index out of range at test_local.py:" in line
