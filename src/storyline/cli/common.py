"""What every storyline command shares: settings and store from flags, progress, one-line output."""

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

from storyline import query
from storyline.config import load_settings


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def publication_date_arg(text: str) -> date:
    """A publication date as ``date_arg``, in the years news is dated (1900-2100, as dates read from
    feed metadata): relative times are resolved against it, and a placeholder such as 0001-01-01
    would put "last quarter" before the calendar."""
    day = date_arg(text)
    if not 1900 <= day.year <= 2100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a publication date between 1900 and 2100")
    return day


def settings_for(args: argparse.Namespace, **extra: object):
    return load_settings(db=getattr(args, "db", None), **extra)


def open_store_for(args: argparse.Namespace):
    from storyline.store import open_store

    return open_store(settings_for(args).db)


@contextmanager
def spooled_stdin(paths: Sequence[str]) -> Iterator[list[str]]:
    """'-' becomes a temporary file, so the two ingest passes can read it twice."""
    if "-" not in paths:
        yield list(paths)
        return
    with tempfile.TemporaryDirectory(prefix="storyline-stdin-") as tmp:
        spooled = Path(tmp) / "stdin"
        with spooled.open("wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        yield [str(spooled) if p == "-" else p for p in paths]


class Progress:
    """A rich progress bar on a terminal; silent in pipes and CI."""

    def __init__(self, stream: TextIO) -> None:
        self.enabled = stream.isatty()
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
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


def short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def emit(record, args: argparse.Namespace, line: str) -> None:
    """One record: a JSON line with --json (plus article_id for span-bearing records), else ``line``."""
    if args.json:
        import json as _json

        from storyline.export import record_json

        print(_json.dumps(record_json(record), ensure_ascii=False))
    else:
        print(line)


def more(page, args: argparse.Namespace) -> None:
    if page.next_cursor and not args.json:
        print(f"more: --after {page.next_cursor}")


def source_line(src: query.Sourcing, article_id: str) -> str:
    """'outlet or title, date' of the article a record came from."""
    article = src.articles.get(article_id)
    if article is None:
        return article_id[:12]
    name = article.site or article.title or article.id[:12]
    return f"{short(name, 28)}, {article.published or 'undated'}"


def speaker_shown(written: str | None, resolved: str | None) -> str:
    """The speaker as written, with the entity it was resolved to where the words do not name it:
    "he (Zeke Emanuel)", "the senator (Marco Rubio)", but "Zeke Emanuel, an oncologist"."""
    if not written:
        return resolved or "?"
    if resolved and resolved.split()[-1].casefold() not in written.casefold():
        return f"{written} ({resolved})"
    return written
