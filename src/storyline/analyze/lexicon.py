"""Reading the analysts' data files in ``analyze/lexicons/``: comment lines start with "#", blank
lines are ignored, and the files ship inside the package (read through importlib.resources, so an
installed wheel finds them too)."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """The file's lines that carry data (not blank, not a comment), as written."""
    text = resources.files("storyline.analyze").joinpath(f"lexicons/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str) -> frozenset[str]:
    """A file of one word or phrase a line, lower case."""
    return frozenset(line.strip().lower() for line in data_lines(name))
