"""Commands that write: ``ingest``, ``analyze`` (re-run the analysis) and ``analyze-text`` (no store)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from storyline.cli.common import Progress, open_store_for, settings_for, short, speaker_shown, spooled_stdin
from storyline.query import readable_number, unit_shown
from storyline.records import Event, Mention, Quantity, Quote, TimeRef
from storyline.serialize import dumps


def cmd_ingest(args: argparse.Namespace) -> int:
    from storyline.run.local import ingest
    from storyline.store import open_store

    settings = settings_for(
        args, raw=args.raw or None, workers=args.workers, max_bytes=args.max_bytes, rejects=args.rejects
    )
    store = open_store(settings.db)
    try:
        with spooled_stdin(args.paths) as paths, Progress(sys.stderr) as progress:
            if args.engine == "dask":
                from storyline.run.dask import ingest as dask_ingest

                summary = dask_ingest(
                    paths, store, settings, analyze=not args.no_analyze, progress=progress, scheduler=args.scheduler
                )
            else:
                summary = ingest(paths, store, settings, analyze=not args.no_analyze, progress=progress)
    finally:
        store.close()
    if args.json:
        print(dumps({"record": "IngestSummary", **summary_dict(summary)}))
        return 0
    print(f"ingested into {settings.db} in {summary.seconds:.1f} s")
    print(f"  read        {summary.read}")
    print(f"  new         {summary.new}  (analysed {summary.analysed})")
    print(f"  already in  {summary.already_stored}")
    print(f"  duplicates  {summary.exact_duplicates} exact, {summary.near_duplicates} near"
          + (f"; {summary.fuller_versions} fuller versions of stored articles (analysed)" if summary.fuller_versions else ""))
    print(f"  syndicated  {summary.syndicated}")
    reasons = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.rejected.items()))
    print(f"  rejected    {summary.rejected_total}"
          + (f"  ({reasons}; see {summary.rejects_file} or `storyline rejects`)" if reasons else ""))
    if summary.link is not None:
        _print_link(summary.link)
    return 0


def _print_link(link) -> None:  # type: ignore[no-untyped-def]
    print(f"  linked      {link.articles} articles: {link.stories_touched} stories updated "
          f"({link.stories_merged} merged), {link.status_changes} status changes, {link.conflicts} conflicts")
    if link.failed:
        story_id, error = link.failed[0]
        print(f"  link errors {len(link.failed)} stories could not be rebuilt (first: story {story_id}: {error}); "
              "their new articles stay pending and the next ingest or `storyline analyze` retries them. "
              "Please report this as a bug.")


def summary_dict(summary) -> dict:
    rejects_file = str(summary.rejects_file) if summary.rejects_file else None
    return {**summary.counts(), "rejects_file": rejects_file, "link": summary.link}


def cmd_analyze(args: argparse.Namespace) -> int:
    from storyline.run.local import reanalyze

    settings = settings_for(args)
    store = open_store_for(args)
    try:
        with Progress(sys.stderr) as progress:
            done = reanalyze(store, settings, progress=progress)
    finally:
        store.close()
    print(f"re-analysed {done.analysed} articles in {settings.db}")
    if done.link is not None:
        _print_link(done.link)
    for failure in done.failed:
        print(f"  not re-analysed: {failure.article_id}: {failure.reason}", file=sys.stderr)
    if done.failed:
        print(f"  {len(done.failed)} failed; they keep their earlier records", file=sys.stderr)
    return 0


def cmd_analyze_text(args: argparse.Namespace) -> int:
    from storyline.analyze.pipeline import analyze_text

    path = Path(args.file)
    text = sys.stdin.read() if args.file == "-" else path.read_text(encoding="utf-8")
    settings = settings_for(args)
    result = analyze_text(text, settings.model, published=args.published, timeout=settings.analysis_timeout)
    if args.json:
        print(dumps(result, lambda _id: text))
        return 0
    print(f"reference date: {result.reference_date or '-'} ({result.reference_how}: {result.reference_reason})")
    for label, records in (
        ("mentions", result.mentions),
        ("times", result.times),
        ("quotes", result.quotes),
        ("figures", result.quantities),
        ("events", result.events),
    ):
        print(f"\n{label} ({len(records)})")
        names = {e.id: e.name for e in result.entities}
        for rec in records:
            span = rec.trigger if isinstance(rec, Event) else rec.span
            print(f"  {span.start:>6}-{span.end:<6} {short(_detail(rec, names), 32):<32} {short(text[span.start:span.end], 70)}")
    return 0


def _detail(rec: Mention | TimeRef | Quote | Quantity | Event, names: dict[str, str]) -> str:
    """What the analysis made of a span, in a few words: the value, the figure, who said it."""
    if isinstance(rec, Mention):
        return rec.label
    if isinstance(rec, TimeRef):
        return rec.value
    if isinstance(rec, Quote):
        speaker = speaker_shown(rec.speaker, names.get(rec.speaker_entity or ""))
        return f"{rec.stance} '{rec.cue_lemma or '-'}' by {speaker}"
    if isinstance(rec, Quantity):
        low, high = readable_number(rec.low), readable_number(rec.high)
        return " ".join(x for x in (low if low == high else f"{low}-{high}", unit_shown(rec)) if x)
    return f"{rec.type} {rec.modality}"
