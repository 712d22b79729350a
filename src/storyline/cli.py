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
    print(f"  duplicates  {summary.exact_duplicates} exact, {summary.near_duplicates} near")
    print(f"  syndicated  {summary.syndicated}")
    reasons = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.rejected.items()))
    print(f"  rejected    {summary.rejected_total}" + (f"  ({reasons}; see {summary.rejects_file})" if reasons else ""))
    return 0


def _summary_dict(summary) -> dict:
    return {
        "read": summary.read,
        "new": summary.new,
        "already_stored": summary.already_stored,
        "exact_duplicates": summary.exact_duplicates,
        "near_duplicates": summary.near_duplicates,
        "syndicated": summary.syndicated,
        "analysed": summary.analysed,
        "rejected": dict(sorted(summary.rejected.items())),
        "rejects_file": str(summary.rejects_file) if summary.rejects_file else None,
        "seconds": round(summary.seconds, 3),
    }


def cmd_analyze(args: argparse.Namespace) -> int:
    from storyline.run.local import reanalyze

    settings = _settings(args)
    store = _open(args)
    try:
        with _Progress(sys.stderr) as progress:
            n = reanalyze(store, settings, progress=progress)
    finally:
        store.close()
    print(f"re-analysed {n} articles in {settings.db}")
    return 0


def cmd_analyze_text(args: argparse.Namespace) -> int:
    from storyline.analyze.pipeline import analyze_text

    path = Path(args.file)
    text = sys.stdin.read() if args.file == "-" else path.read_text(encoding="utf-8")
    result = analyze_text(text, _settings(args).model, published=args.published)
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


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description=__doc__.splitlines()[0])
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
