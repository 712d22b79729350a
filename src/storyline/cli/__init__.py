"""The ``storyline`` command. It parses flags, calls ``run`` and ``query``, and prints.

No SQL or spaCy here. Errors from the library arrive as StorylineError and are printed as one line
with exit status 2; every read command takes ``--json`` and then prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from storyline import __version__
from storyline.cli.common import date_arg, publication_date_arg
from storyline.cli.ingest import cmd_analyze, cmd_analyze_text, cmd_ingest
from storyline.cli.read import (
    cmd_articles,
    cmd_entities,
    cmd_entity,
    cmd_events,
    cmd_figures,
    cmd_quotes,
    cmd_rejects,
    cmd_search,
    cmd_show,
)
from storyline.cli.serve import cmd_export, cmd_serve
from storyline.cli.stories import cmd_changes, cmd_conflicts, cmd_stories, cmd_timeline
from storyline.errors import ConfigError, StorylineError


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
    p.add_argument("--published", type=publication_date_arg, help="publication date to resolve relative times against")

    p = command("articles", cmd_articles, "list stored articles")
    p.add_argument("--site")
    p.add_argument("--since", type=date_arg)
    p.add_argument("--until", type=date_arg)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--after", help="cursor printed by the previous page")
    p.add_argument("--originals", action="store_true", help="hide near-duplicate copies")

    p = command("show", cmd_show, "one article's text, with the removed boilerplate marked")
    p.add_argument("id", help="article id or a unique prefix of it (6+ characters)")

    p = command("rejects", cmd_rejects, "what earlier ingests could not take, and why (the latest run by default)")
    p.add_argument("--run", default="latest", help="an ingest run id (default: the latest run that recorded rejects)")
    p.add_argument("--all", action="store_true", help="every run's rejects, newest first")
    p.add_argument("--kind", help="only this kind (unreadable, empty, analysis, timeout, ...)")
    p.add_argument("--limit", type=int, default=50)

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

    p = command("quotes", cmd_quotes, "quotes and claims (what was said; --all adds the topics of stances)")
    p.add_argument("--speaker", help="entity id, or part of the speaker as written")
    p.add_argument("--stance", help="neutral, distancing, estimate, denial, negated (a cue with 'not': 'did not say'), ...")
    p.add_argument("--kind", choices=["direct", "indirect", "mixed", "topic"], help="only this kind")
    p.add_argument("--all", action="store_true",
                   help="also stances whose content is only what they are about ('attacked Disney')")
    paged(p)

    p = command("figures", cmd_figures, "figures (quantities) and what they count")
    p.add_argument("text", nargs="?", help="part of the figure or of the noun phrase it counts")
    p.add_argument("--unit")
    paged(p)

    p = command("events", cmd_events, "events by type, actor, modality and date")
    p.add_argument("--type", help="PLOVER type: CONSULT, ASSAULT, ...")
    p.add_argument("--actor", help="part of a source or target actor")
    p.add_argument("--modality", help="happened, ongoing, planned, cancelled, postponed, hypothetical, negated, claimed")
    p.add_argument("--since", type=date_arg)
    p.add_argument("--until", type=date_arg)
    paged(p)

    p = command("stories", cmd_stories, "list stories, most recently updated first")
    p.add_argument("--min-articles", type=int, default=1, metavar="N",
                   help="only stories reported by at least N articles")
    paged(p)

    p = command("timeline", cmd_timeline, "a story's timeline: merged events on the time axis, with changes")
    p.add_argument("story", metavar="STORY", nargs="?",
                   help="story id (or a unique prefix of 6+ characters); '-' or none: the biggest story")
    p.add_argument("--top", action="store_true", help="the biggest story (most articles), whatever its id")
    p.add_argument("--all", action="store_true", help="also list minor entries (one report, dated by its article or unsure)")

    p = command("changes", cmd_changes, "status changes (planned -> cancelled ...) of one story or all")
    p.add_argument("story", metavar="STORY", nargs="?")
    paged(p)

    p = command("conflicts", cmd_conflicts, "sources that disagree, for one story or all")
    p.add_argument("story", metavar="STORY", nargs="?")
    p.add_argument("--kind", choices=["figure", "date", "claim"])
    paged(p)

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
