"""The ``storyline`` command. It parses flags, calls ``run`` and ``query``, and prints.

No SQL or spaCy here. Errors from the library arrive as StorylineError and are printed as one line
with exit status 2; every read command takes ``--json`` and then prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO

from storyline import __version__, query
from storyline.config import load_settings
from storyline.errors import ConfigError, StorylineError
from storyline.serialize import dumps

# ---------------------------------------------------------------- helpers


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def _settings(args: argparse.Namespace, **extra: object):
    return load_settings(db=getattr(args, "db", None), **extra)


def _open(args: argparse.Namespace):
    from storyline.store import open_store

    return open_store(_settings(args).db)


@contextmanager
def _spooled_stdin(paths: Sequence[str]) -> Iterator[list[str]]:
    """'-' becomes a temporary file, so the two ingest passes can read it twice."""
    if "-" not in paths:
        yield list(paths)
        return
    with tempfile.TemporaryDirectory(prefix="storyline-stdin-") as tmp:
        spooled = Path(tmp) / "stdin"
        with spooled.open("wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        yield [str(spooled) if p == "-" else p for p in paths]


class _Progress:
    """A rich progress bar on a terminal; silent in pipes and CI."""

    def __init__(self, stream: TextIO) -> None:
        self.enabled = stream.isatty()
        self._bar = None
        self._task = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True
            )
            self._bar.__enter__()
        return self

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        if self._bar is None:
            return
        if self._task is None:
            self._task = self._bar.add_task(phase, total=total)
        self._bar.update(self._task, completed=done, total=total, description=phase)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------- commands


def cmd_ingest(args: argparse.Namespace) -> int:
    from storyline.run.local import ingest
    from storyline.store import open_store

    settings = _settings(
        args, raw=args.raw or None, workers=args.workers, max_bytes=args.max_bytes, rejects=args.rejects
    )
    store = open_store(settings.db)
    try:
        with _spooled_stdin(args.paths) as paths, _Progress(sys.stderr) as progress:
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
        print(dumps({"record": "IngestSummary", **_summary_dict(summary)}))
        return 0
    print(f"ingested into {settings.db} in {summary.seconds:.1f} s")
    print(f"  read        {summary.read}")
    print(f"  new         {summary.new}  (analysed {summary.analysed})")
    print(f"  already in  {summary.already_stored}")
    print(f"  duplicates  {summary.exact_duplicates} exact, {summary.near_duplicates} near"
          + (f"; {summary.fuller_versions} fuller versions of stored articles (analysed)" if summary.fuller_versions else ""))
    print(f"  syndicated  {summary.syndicated}")
    reasons = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.rejected.items()))
    print(f"  rejected    {summary.rejected_total}" + (f"  ({reasons}; see {summary.rejects_file})" if reasons else ""))
    if summary.link is not None:
        link = summary.link
        print(f"  linked      {link.articles} articles: {link.stories_touched} stories updated "
              f"({link.stories_merged} merged), {link.status_changes} status changes, {link.conflicts} conflicts")
    return 0


def _summary_dict(summary) -> dict:
    return {
        "read": summary.read,
        "new": summary.new,
        "already_stored": summary.already_stored,
        "exact_duplicates": summary.exact_duplicates,
        "near_duplicates": summary.near_duplicates,
        "fuller_versions": summary.fuller_versions,
        "syndicated": summary.syndicated,
        "analysed": summary.analysed,
        "rejected": dict(sorted(summary.rejected.items())),
        "rejects_file": str(summary.rejects_file) if summary.rejects_file else None,
        "seconds": round(summary.seconds, 3),
        "link": summary.link,
    }


def cmd_analyze(args: argparse.Namespace) -> int:
    from storyline.run.local import reanalyze

    settings = _settings(args)
    store = _open(args)
    try:
        with _Progress(sys.stderr) as progress:
            done = reanalyze(store, settings, progress=progress)
    finally:
        store.close()
    print(f"re-analysed {done.analysed} articles in {settings.db}")
    for failure in done.failed:
        print(f"  not re-analysed: {failure.article_id}: {failure.reason}", file=sys.stderr)
    if done.failed:
        print(f"  {len(done.failed)} failed; they keep their earlier records", file=sys.stderr)
    return 0


def cmd_analyze_text(args: argparse.Namespace) -> int:
    from storyline.analyze.pipeline import analyze_text

    path = Path(args.file)
    text = sys.stdin.read() if args.file == "-" else path.read_text(encoding="utf-8")
    settings = _settings(args)
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
        for rec in records:
            span = rec.span if hasattr(rec, "span") else rec.trigger
            detail = getattr(rec, "value", None) or getattr(rec, "label", None) or getattr(rec, "stance", "")
            print(f"  {span.start:>6}-{span.end:<6} {detail!s:<24} {_short(text[span.start:span.end], 70)}")
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.articles(
            store, site=args.site, since=args.since, until=args.until, limit=args.limit, after=args.after,
            include_duplicates=not args.originals,
        )
    finally:
        store.close()
    for a in page.articles:
        if args.json:
            print(dumps({"record": "ArticleSummary", "id": a.id, "title": a.title, "site": a.site,
                         "published": a.published, "source": a.source, "duplicate_of": a.duplicate_of}))
        else:
            dup = f"  (copy of {a.duplicate_of[:8]})" if a.duplicate_of else ""
            print(f"{a.id[:12]}  {a.published or '----------'}  {_short(a.site, 18):<18}  {_short(a.title, 60)}{dup}")
    if page.next_cursor and not args.json:
        print(f"more: --after {page.next_cursor}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        article = query.article(store, args.id)
    finally:
        store.close()
    if args.json:
        print(dumps(article))
        return 0
    print(f"{article.title or '(untitled)'}")
    print(f"id {article.id}  source {article.source}")
    print(f"site {article.site or '-'}  published {article.published or '-'} ({article.published_how})"
          f"  byline {article.byline or '-'}")
    if article.syndicated_from:
        print(f"syndicated from {article.syndicated_from}")
    if article.duplicate_of:
        print(f"copy of {article.duplicate_of} (containment {article.duplicate_score:.2f})")
    if article.expands:
        print(f"fuller version of {article.expands} (holds its text whole; both are analysed)")
    print()
    for text, removal in query.text_with_removals(article):
        if removal is None:
            print(text, end="")
        else:
            for line in text.splitlines():
                print(f"[removed: {removal.reason}] {line}")
    print()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        hits = query.search(store, args.query, limit=args.limit)
    finally:
        store.close()
    for hit in hits:
        a = hit.article
        if args.json:
            print(dumps({"record": "SearchHit", "id": a.id, "title": a.title, "published": a.published,
                         "snippet": hit.snippet, "rank": hit.rank}))
        else:
            print(f"{a.id[:12]}  {a.published or '----------'}  {_short(a.title, 60)}")
            print(f"    {_short(hit.snippet, 110)}")
    if not hits and not args.json:
        print(f"no article matches {args.query!r}")
    return 0


# ---------------------------------------------------------------- read-side commands (query layer)


def _emit(record, args: argparse.Namespace, line: str) -> None:
    """One record: a JSON line with --json (plus article_id for span-bearing records), else ``line``."""
    if args.json:
        import json as _json

        from storyline.export import record_json

        print(_json.dumps(record_json(record), ensure_ascii=False))
    else:
        print(line)


def _more(page, args: argparse.Namespace) -> None:
    if page.next_cursor and not args.json:
        print(f"more: --after {page.next_cursor}")


def cmd_entities(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.entities(store, kind=args.kind, name=args.name, limit=args.limit, after=args.after)
    finally:
        store.close()
    for e in page.items:
        aliases = f"  (also {', '.join(e.aliases[:4])})" if e.aliases else ""
        _emit(e, args, f"{e.id}  {e.kind:<8} {_short(e.name, 50)}{aliases}")
    if not page.items and not args.json:
        print("no entities (they appear once the link stage has run)")
    _more(page, args)
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        prof = query.entity(store, args.name)
    finally:
        store.close()
    if args.json:
        import json as _json

        from storyline.export import record_json

        out = record_json(prof)
        out["quotes"] = [record_json(q) for q in prof.quotes]
        out["events"] = [record_json(e) for e in prof.events]
        print(_json.dumps(out, ensure_ascii=False))
        return 0
    e = prof.entity
    print(f"{e.name}  [{e.kind}]  id {e.id}")
    if e.aliases:
        print(f"also called  {', '.join(e.aliases)}")
    for role in e.roles:
        print(f"role         {role.title}" + (f" (as of {role.as_of})" if role.as_of else ""))
    print(f"mentions     {prof.mention_count} in {len(prof.article_ids)} articles, "
          f"seen {prof.first_seen or '?'} to {prof.last_seen or '?'}")
    print(f"\nquotes ({len(prof.quotes)})")
    for q in prof.quotes:
        print(f"  {q.span.article_id[:12]} {q.span.start:>6}  [{q.stance}] {_short(q.text, 90)}")
    print(f"\nevents ({len(prof.events)})")
    for ev in prof.events:
        print(f"  {ev.trigger.article_id[:12]} {ev.trigger.start:>6}  {ev.type:<10} {ev.modality:<10} {_short(ev.text, 40)}")
    return 0


def _source(src: query.Sourcing, article_id: str) -> str:
    """'outlet or title, date' of the article a record came from."""
    article = src.articles.get(article_id)
    if article is None:
        return article_id[:12]
    name = article.site or article.title or article.id[:12]
    return f"{_short(name, 28)}, {article.published or 'undated'}"


def cmd_quotes(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.quotes(store, speaker=args.speaker, stance=args.stance, limit=args.limit, after=args.after)
        src = query.sourcing(store, [q.span.article_id for q in page.items])
    finally:
        store.close()
    for q in page.items:
        _emit(q, args, f"{_short(q.speaker or '?', 22):<22} {_short(q.cue_lemma or '-', 12):<12} {q.stance:<11} "
                       f"{_short(q.text, 70):<70}  ({_source(src, q.span.article_id)})")
    _more(page, args)
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.figures(store, text=args.text, unit=args.unit, limit=args.limit, after=args.after)
        src = query.sourcing(store, [n.span.article_id for n in page.items])
    finally:
        store.close()
    for n in page.items:
        value = f"{n.low:g}" if n.low == n.high else f"{n.low:g}-{n.high:g}"
        claimed = src.speakers.get(n.attributed_to or "", "")
        counted = n.subject or n.unit or ""
        _emit(n, args, f"{value:>12} {_short(n.approx or '', 11):<11} {_short(counted, 34):<34} "
                       f"{_short(claimed or '-', 20):<20} {_short(n.text, 28):<28} ({_source(src, n.span.article_id)})")
    _more(page, args)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.events(
            store, type=args.type, actor=args.actor, modality=args.modality, since=args.since, until=args.until,
            limit=args.limit, after=args.after,
        )
        src = query.sourcing(store, [ev.trigger.article_id for ev in page.items],
                             [(ev.trigger.article_id, a) for ev in page.items for a in ev.source_actors + ev.target_actors])
    finally:
        store.close()
    for ev in page.items:
        aid = ev.trigger.article_id
        when = ev.when.value if ev.when else "-"
        names = [src.names.get((aid, a), a) for a in dict.fromkeys(ev.source_actors + ev.target_actors)]
        _emit(ev, args, f"{ev.type:<10} {ev.modality:<12} {when:<23} {_short(', '.join(names) or '?', 34):<34} "
                        f"{_short(ev.text, 16):<16} ({_source(src, aid)})")
    _more(page, args)
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        page = query.stories(store, limit=args.limit, after=args.after)
    finally:
        store.close()
    for st in page.items:
        change = f"  {st.latest_change.before}->{st.latest_change.after}" if st.latest_change else ""
        _emit(st, args, f"{st.id}  {st.first or '?'}..{st.last or '?'}  {st.article_count:>4} articles  "
                        f"{_short(st.title, 60)}{change}")
    if not page.items and not args.json:
        print("no stories (they appear once the link stage has run)")
    _more(page, args)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        story_id = args.story
        if args.top or story_id in (None, "-"):
            top = query.biggest_story(store)
            if top is None:
                print("no stories (they appear once the link stage has run)", file=sys.stderr)
                return 1
            story_id = top
        story = query.story(store, story_id)
        events: dict[str, list] = {}
        for ev in store.events_by_ids([eid for e in story.timeline for eid in e.event_ids]):
            events.setdefault(ev.id, []).append(ev)
        articles = {a.id: a for a in store.articles_by_ids(story.article_ids)}
        reports = {e.id: e for e in store.events_by_ids([c.before_event for c in story.changes] + [c.after_event for c in story.changes])}
    finally:
        store.close()
    if args.json:
        for entry in story.timeline:
            print(dumps(entry))
        return 0
    print(f"{story.title}  ({story.first or '?'} to {story.last or '?'}, {len(story.article_ids)} articles, "
          f"{len(story.timeline)} entries)  story {story.id}")
    shown = [e for e in story.timeline if args.all or not query.is_minor(e, events)]
    for e in shown:
        if e.earliest and e.latest and e.earliest != e.latest:
            when = f"{e.earliest}/{e.latest}"
        else:
            when = str(e.earliest or e.latest or "undated")
        when = ("~" if e.approx else " ") + when
        history = " -> ".join(dict.fromkeys(m for _, m in e.history)) or e.modality
        sources = len(set(e.article_ids))
        changed = f"  [{history}]" if "->" in history else ""
        print(f"  {when:<23} {e.modality:<12} {sources:>2} src  {_short(e.label, 64)}{changed}")
    if len(shown) < len(story.timeline):
        print(f"  ({len(story.timeline) - len(shown)} minor entries hidden: one report each, dated only by "
              "their article or low confidence; --all shows them)")
    if story.changes:
        print(f"\nstatus changes ({len(story.changes)})")
        for c in story.changes:
            print(f"  {c.before} -> {c.after}: {c.reason}")
            for side, eid, aid in (("before", c.before_event, c.before_article), ("after", c.after_event, c.after_article)):
                art = articles.get(aid)
                ev = reports.get(eid)
                where = (art.site or art.title or art.source) if art else aid
                date_ = f", {art.published}" if art and art.published else ""
                sentence = art.text[ev.sentence.start : ev.sentence.end] if art and ev else ""
                print(f"    {side:<6} {_short(where, 40)}{date_}: {_short(' '.join(sentence.split()), 110)}")
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from storyline.serialize import to_json

    store = _open(args)
    try:
        found = query.changes(store, args.story)
    finally:
        store.close()
    for story_id, c in found:
        if args.json:
            print(dumps({**to_json(c), "story_id": story_id}))
        else:
            print(f"{story_id}  {c.before} -> {c.after}  {c.before_article[:12]} -> {c.after_article[:12]}  {c.reason}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from storyline.serialize import to_json

    store = _open(args)
    try:
        found = query.conflicts(store, args.story)
    finally:
        store.close()
    for story_id, c in found:
        if args.json:
            print(dumps({**to_json(c), "story_id": story_id}))
        else:
            print(f"{story_id}  {c.kind:<7} {_short(c.subject, 30):<30} {len(c.articles)} articles  {c.reason}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import threading
    import webbrowser

    import uvicorn

    from storyline.api import create_app

    app = create_app(_settings(args))
    url = f"http://{args.host}:{args.port}/"
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning"))
    print(f"storyline: serving {url} (API docs at {url}docs); press Ctrl-C to stop", flush=True)
    if not args.no_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C works even if a parent shell ignored it
    try:
        server.run()  # uvicorn handles SIGINT/SIGTERM: finishes requests, runs shutdown, returns
    except KeyboardInterrupt:
        pass
    if not server.started:
        print(f"storyline: could not serve on {args.host}:{args.port} (is the port in use? try --port)", file=sys.stderr)
        return 2
    print("storyline: stopped", flush=True)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from storyline.export import export

    default = {"jsonl": "storyline.jsonl", "csv": "storyline-csv", "parquet": "storyline-parquet",
               "plover": "storyline-events.plover.jsonl"}[args.format]
    out = args.out or default
    store = _open(args)
    try:
        counts = export(store, args.format, out, story_id=args.story)
    finally:
        store.close()
    total = sum(counts.values())
    detail = ", ".join(f"{n} {t}" for t, n in counts.items() if n)
    print(f"exported {total} records to {out}" + (f" ({detail})" if detail else ""), file=sys.stderr)
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline",
        description="News articles in, a sourced record of the story out: timeline, quotes, figures, changes.",
    )
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func, help: str, json: bool = True, db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        if db:
            p.add_argument("--db", help="store: a SQLite file (default storyline.db, or STORYLINE_DB)")
        if json:
            p.add_argument("--json", action="store_true", help="one JSON object per line")
        p.set_defaults(func=func)
        return p

    p = command("ingest", cmd_ingest, "read articles (files, directories, archives, feeds, WARC, JSONL, '-') into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--raw", action="store_true", help="keep texts byte-identical (no boilerplate cleaning)")
    p.add_argument("--no-analyze", action="store_true", help="store articles without language analysis")
    p.add_argument("--workers", type=int, help="analysis worker processes (default 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this process and --workers processes; dask: a Dask cluster (see --scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running scheduler (tcp://host:8786); default: a local cluster of --workers processes")
    p.add_argument("--max-bytes", type=int, help="reject items larger than this (default 20 MB)")
    p.add_argument("--rejects", help="rejects file (default: next to the store)")

    command("analyze", cmd_analyze, "re-run the analysis of every stored article", json=False)

    p = command("analyze-text", cmd_analyze_text, "analyse one text without a store and print every record", db=False)
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    p.add_argument("--published", type=_date, help="publication date to resolve relative times against")

    p = command("articles", cmd_articles, "list stored articles")
    p.add_argument("--site")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--after", help="cursor printed by the previous page")
    p.add_argument("--originals", action="store_true", help="hide near-duplicate copies")

    p = command("show", cmd_show, "one article's text, with the removed boilerplate marked")
    p.add_argument("id", help="article id or a unique prefix of it (6+ characters)")

    p = command("search", cmd_search, "full-text search over article titles and texts")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)

    def paged(p: argparse.ArgumentParser) -> None:
        p.add_argument("--limit", type=int, default=50)
        p.add_argument("--after", help="cursor printed by the previous page")

    p = command("entities", cmd_entities, "list canonical entities (people, organisations, places)")
    p.add_argument("--kind", help="PERSON, ORG, GPE, ...")
    p.add_argument("--name", help="part of a name or alias")
    paged(p)

    p = command("entity", cmd_entity, "one entity: aliases, roles, mentions, quotes by them, events they are in")
    p.add_argument("name", metavar="NAME", help="entity id, name or alias")

    p = command("quotes", cmd_quotes, "quotes and claims")
    p.add_argument("--speaker", help="entity id, or part of the speaker as written")
    p.add_argument("--stance", help="neutral, distancing, estimate, denial, ...")
    paged(p)

    p = command("figures", cmd_figures, "figures (quantities) and what they count")
    p.add_argument("text", nargs="?", help="part of the figure or of the noun phrase it counts")
    p.add_argument("--unit")
    paged(p)

    p = command("events", cmd_events, "events by type, actor, modality and date")
    p.add_argument("--type", help="PLOVER type: CONSULT, ASSAULT, ...")
    p.add_argument("--actor", help="part of a source or target actor")
    p.add_argument("--modality", help="happened, ongoing, planned, cancelled, hypothetical, negated, claimed")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    paged(p)

    p = command("stories", cmd_stories, "list stories, most recently updated first")
    paged(p)

    p = command("timeline", cmd_timeline, "a story's timeline: merged events on the time axis, with changes")
    p.add_argument("story", metavar="STORY", nargs="?",
                   help="story id (or a unique prefix of 6+ characters); '-' or none: the biggest story")
    p.add_argument("--top", action="store_true", help="the biggest story (most articles), whatever its id")
    p.add_argument("--all", action="store_true", help="also list minor entries (one report, dated by its article or unsure)")

    p = command("changes", cmd_changes, "status changes (planned -> cancelled ...) of one story or all")
    p.add_argument("story", metavar="STORY", nargs="?")

    p = command("conflicts", cmd_conflicts, "sources that disagree, for one story or all")
    p.add_argument("story", metavar="STORY", nargs="?")

    p = command("serve", cmd_serve, "serve the web UI and the HTTP API", json=False)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")

    p = command("export", cmd_export, "export records: jsonl, csv (a folder), parquet (a folder), plover events", json=False)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "plover"), required=True)
    p.add_argument("--story", help="only this story's articles and records")
    p.add_argument("--out", help="output file (jsonl, plover) or folder (csv, parquet)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (StorylineError, ConfigError) as err:
        print(f"storyline: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as err:
        print(f"storyline: {err.filename or ''}: {err.strerror or err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
