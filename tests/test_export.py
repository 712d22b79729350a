"""Exports round-trip the hand-built story: counts and key fields in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from storyline.export import ExportError, export
from storyline.store.sqlite import SQLiteStore
from web.storydata import TEXT_1, fill_store

EXPECTED = {
    "articles": 3, "mentions": 5, "entities": 5, "times": 3, "quotes": 2, "quantities": 2, "events": 3,
    "canonical_entities": 3, "stories": 1, "timeline_entries": 2, "status_changes": 1, "conflicts": 1,
}  # fmt: skip


@pytest.fixture
def filled(tmp_path: Path):
    store = SQLiteStore(tmp_path / "e.db")
    fixture = fill_store(store)
    yield store, fixture
    store.close()


def test_jsonl_holds_every_record_with_its_type_and_provenance(filled, tmp_path):
    store, fx = filled
    out = tmp_path / "all.jsonl"
    assert export(store, "jsonl", out) == EXPECTED
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == sum(EXPECTED.values())
    by_type: dict[str, list[dict]] = {}
    for obj in lines:
        by_type.setdefault(obj["record"], []).append(obj)
    (quote,) = [q for q in by_type["Quote"] if q["speaker"] == "Voss"]
    assert quote["article_id"] == fx.articles[0].id
    assert quote["span"]["text"] == TEXT_1[quote["span"]["start"] : quote["span"]["end"]] == '"We expect a frank exchange."'
    (story,) = by_type["Story"]
    assert story["id"] == fx.story.id and "timeline" not in story
    (entry,) = [e for e in by_type["TimelineEntry"] if e["modality"] == "cancelled"]
    assert entry["story_id"] == fx.story.id and entry["history"][0][1] == "planned"


def test_jsonl_is_byte_identical_across_runs(filled, tmp_path):
    store, _ = filled
    export(store, "jsonl", tmp_path / "a.jsonl")
    export(store, "jsonl", tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_jsonl_for_one_story_keeps_only_its_records(filled, tmp_path):
    store, fx = filled
    counts = export(store, "jsonl", tmp_path / "s.jsonl", story_id=fx.story.id[:8])
    assert counts["articles"] == 3 and counts["stories"] == 1 and counts["canonical_entities"] == 3


def test_csv_writes_one_file_per_record_type_with_span_columns(filled, tmp_path):
    store, fx = filled
    export(store, "csv", tmp_path / "csv")
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert files == sorted(f"{t}.csv" for t in EXPECTED)
    for table, n in EXPECTED.items():
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            assert len(list(csv.DictReader(handle))) == n, table
    with (tmp_path / "csv" / "quantities.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["text"]: r for r in csv.DictReader(handle)}
    row = rows["around 4,000 troops"]
    assert float(row["low"]) == 4000.0 and row["unit"] == "troops"
    assert int(row["span_start"]) == TEXT_1.index("around 4,000") and row["span_text"] == "around 4,000 troops"
    assert row["article_id"] == fx.articles[0].id


def test_parquet_round_trips_counts_and_values(filled, tmp_path):
    import pyarrow.parquet as pq

    store, _ = filled
    export(store, "parquet", tmp_path / "pq")
    for table, n in EXPECTED.items():
        assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").num_rows == n, table
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert sorted(e["modality"] for e in events) == ["cancelled", "happened", "planned"]
    assert {e["trigger_text"] for e in events} == {"meet", "called off", "marched"}


def test_parquet_is_written_in_row_groups_with_one_schema(filled, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from storyline import export as export_module

    store, _ = filled
    whole = tmp_path / "whole"
    export(store, "parquet", whole)
    monkeypatch.setattr(export_module._ParquetTables.__init__, "__defaults__", (2,))  # 2 rows a group
    export(store, "parquet", tmp_path / "grouped")
    for table, n in EXPECTED.items():
        grouped = pq.ParquetFile(tmp_path / "grouped" / f"{table}.parquet")
        assert grouped.metadata.num_row_groups == (n + 1) // 2, table
        assert grouped.read().to_pylist() == pq.read_table(whole / f"{table}.parquet").to_pylist(), table


def test_plover_events_carry_type_mode_actors_date_modality_and_provenance(filled, tmp_path):
    store, fx = filled
    out = tmp_path / "ev.jsonl"
    assert export(store, "plover", out) == {"events": 3}
    events = {e["event_text"]: e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    meet = events["Premier Alda Voss said the two leaders will meet in Corvale next week."]
    assert meet["event_type"] == "CONSULT" and meet["event_mode"] == "visit"
    assert meet["source"] == ["Alda Voss"] and meet["location"] == {"name": "Corvale"}
    assert (meet["event_date"], meet["event_date_latest"]) == ("2025-10-20", "2025-10-26")
    assert meet["modality"] == "planned"
    prov = meet["provenance"]
    assert prov["article_id"] == fx.articles[0].id
    assert prov["trigger"] == {"start": TEXT_1.index("meet"), "end": TEXT_1.index("meet") + 4, "text": "meet"}
    assert TEXT_1[prov["sentence"]["start"] : prov["sentence"]["end"]] == prov["sentence"]["text"]


def test_unknown_format_is_refused(filled, tmp_path):
    store, _ = filled
    with pytest.raises(ExportError, match="use one of"):
        export(store, "xml", tmp_path / "x")
