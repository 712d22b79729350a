"""The command line end to end on the bundled sample corpus: what a user types and reads.

The store is built once per test module (ingest with analysis and linking takes a few seconds).
Assertions are on the facts a user looks for, not on layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.cli import main

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "demo.db")
    assert main(["ingest", str(SAMPLE_CORPUS), "--db", db]) == 0
    return db


def run(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_ingest_summary_counts_and_rerun_adds_nothing(demo_db, capsys):
    out = run(capsys, "ingest", str(SAMPLE_CORPUS), "--db", demo_db, "--json")
    summary = json.loads(out)
    assert (summary["read"], summary["new"], summary["already_stored"]) == (2, 0, 2)


def test_timeline_of_the_biggest_story_shows_the_planned_then_cancelled_meeting(demo_db, capsys):
    out = run(capsys, "timeline", "--top", "--db", demo_db)
    assert "status changes (1)" in out
    (change,) = run(capsys, "changes", "--db", demo_db).splitlines()
    assert "planned -> cancelled" in change and "meet (consult)" in change  # names the event that changed
    assert "planned -> cancelled: meet (consult)" in out  # the change names its event
    assert "will then meet in Budapest" in out  # the earlier report's own sentence
    entries = [json.loads(line) for line in run(capsys, "timeline", "--top", "--db", demo_db, "--json").splitlines()]
    meeting = [e for e in entries if [m for _, m in e["history"]] == ["planned", "cancelled"]]
    assert len(meeting) == 1 and meeting[0]["location"] == "Budapest"
    assert meeting[0]["type"] == "CONSULT" and len(meeting[0]["article_ids"]) == 2


def test_stories_filtered_by_how_many_articles_report_them(demo_db, capsys):
    (line,) = run(capsys, "stories", "--db", demo_db, "--min-articles", "2").splitlines()
    assert "2 articles" in line and "planned->cancelled" in line
    assert "no stories" in run(capsys, "stories", "--db", demo_db, "--min-articles", "3")


def test_figures_say_what_is_counted_and_who_claimed_it(demo_db, capsys):
    out = run(capsys, "figures", "--db", demo_db, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    arsenal = [r for r in rows if r["text"] == "around 4,000"]
    assert len(arsenal) == 1
    assert (arsenal[0]["low"], arsenal[0]["high"], arsenal[0]["approx"]) == (4000, 4000, "around")
    assert "arsenal" in arsenal[0]["subject"]
    line = [ln for ln in run(capsys, "figures", "--db", demo_db).splitlines() if "around 4,000" in ln][0]
    assert "Military Chronicle" in line or "analysts" in line
    assert "2025-10-17" in line


def test_quotes_by_speaker_with_stance_cue_and_source_date(demo_db, capsys):
    out = run(capsys, "quotes", "--db", demo_db, "--speaker", "Ushakov", "--stance", "distancing")
    lines = out.splitlines()
    assert len(lines) >= 2
    # "Ushakov claimed that ..." and "Ushakov attempted to obfuscate ..." (as the issue asks: distancing)
    # the speaker column shows the name as written, cut to its width ("Russian Presidential …")
    assert all(line.startswith(("Ushakov", "Russian Presidential")) and (" claim " in line or " attempt " in line)
               and "2025-10-17" in line for line in lines)
    assert sum(" attempt " in line for line in lines) == 1


def test_a_speaker_written_as_a_pronoun_or_title_shows_whom_it_was_resolved_to(demo_db, capsys):
    lines = run(capsys, "quotes", "--db", demo_db, "--limit", "200").splitlines()
    assert any(line.startswith(("he (Volodymyr Zelensk", "He (Volodymyr Zelensk")) for line in lines)
    assert any(line.startswith("the President (Donald") for line in lines)
    assert not any(line.startswith("Ushakov (") for line in lines)  # a name is shown as written


def test_events_list_actor_names_not_ids(demo_db, capsys):
    out = run(capsys, "events", "--db", demo_db, "--modality", "cancelled")
    assert "Putin" in out
    assert not any(len(word) == 16 and all(c in "0123456789abcdef" for c in word) for word in out.split())


def test_show_marks_removed_boilerplate_with_its_rule(demo_db, capsys):
    articles = [json.loads(line) for line in run(capsys, "articles", "--db", demo_db, "--json").splitlines()]
    later = [a for a in articles if a["title"].startswith("Trump And Putin")][0]
    out = run(capsys, "show", later["id"][:8], "--db", demo_db)
    assert "[removed: share-button] Click to share on X (Opens in new window)" in out
    assert "[removed: legal-disclaimer]" in out
    assert "republished with permission" in out  # kept: metadata, not boilerplate


def test_rejects_of_the_latest_run_are_listed_with_their_reasons(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Officials in Lagos said the bridge reopened on Monday.\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "s.db")
    summary = json.loads(run(capsys, "ingest", str(corpus), "--db", db, "--no-analyze", "--json"))
    (line,) = run(capsys, "rejects", "--db", db, "--json").splitlines()
    got = json.loads(line)
    assert (got["run_id"], got["kind"], got["origin"]) == (summary["run_id"], "empty", str(corpus / "empty.txt"))
    assert got["at"] is not None and "empty" in got["reason"]
    assert run(capsys, "rejects", "--db", db, "--kind", "binary") == "no rejects recorded in the latest run that had any\n"


def test_figures_read_as_numbers_with_what_they_count(demo_db, capsys):
    out = run(capsys, "figures", "arsenal", "--db", demo_db)
    line = next(l for l in out.splitlines() if "around 4,000" in l)
    assert line.split()[:3] == ["4,000", "around", "units:"] and "e+" not in out


def test_figures_print_large_values_in_full():
    from storyline.query import readable_number as _number

    assert [_number(v) for v in (17_000_000.0, 4.6, 49.625, 1237.0)] == ["17,000,000", "4.6", "49.625", "1,237"]


def test_analyze_text_prints_what_each_span_became(tmp_path, capsys):
    path = tmp_path / "one.txt"
    text = ("Officials said on Monday that about 4,000 troops had left the border. "
            "The two ministers will meet in Geneva next week.")
    path.write_text(text, encoding="utf-8")
    out = run(capsys, "analyze-text", str(path), "--published", "2025-10-17")
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert lines[0].startswith("reference date: 2025-10-17")
    start = text.index("about 4,000")
    assert any(ln.split()[0] == f"{start}-{start + len('about 4,000')}" and "4,000 troops" in ln for ln in lines)
    assert any("2025-W43" in ln and ln.rstrip().endswith("next week") for ln in lines)
    assert any("CONSULT planned" in ln and ln.rstrip().endswith("meet") for ln in lines)
    assert any("neutral 'say' by Officials" in ln for ln in lines)
    he = tmp_path / "he.txt"
    he.write_text("Army spokesman Khalid Omar spoke in Khartoum. He said two soldiers were injured.", encoding="utf-8")
    assert "'say' by He (Khalid" in run(capsys, "analyze-text", str(he), "--published", "2025-10-17")
    records = json.loads(run(capsys, "analyze-text", str(path), "--published", "2025-10-17", "--json"))
    assert [q["low"] for q in records["quantities"]] == [4000, 2]


def test_analyze_text_refuses_a_placeholder_publication_date(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("The talks will resume next quarter, the ministry said.", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze-text", str(path), "--published", "0001-01-01"])
    assert exit_info.value.code == 2
    assert "not a publication date between 1900 and 2100" in capsys.readouterr().err
