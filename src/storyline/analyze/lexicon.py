"""Reading the analysts' data files in ``analyze/lexicons/``: comment lines start with "#", blank
lines are ignored, and the files ship inside the package (read through importlib.resources, so an
installed wheel finds them too)."""

from __future__ import annotations

from collections.abc import Container
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def numbered_data_lines(name: str) -> list[tuple[int, str]]:
    """The file's lines that carry data (not blank, not a comment), as written, with their line
    numbers (1-based), so that a loader can say where a malformed entry is."""
    text = resources.files("storyline.analyze").joinpath(f"lexicons/{name}").read_text("utf-8")
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


def data_lines(name: str) -> list[str]:
    """The file's lines that carry data (not blank, not a comment), as written."""
    return [line for _, line in numbered_data_lines(name)]


@cache
def word_list(name: str) -> frozenset[str]:
    """A file of one word or phrase a line, lower case."""
    return frozenset(line.strip().lower() for line in data_lines(name))


@cache
def word_sections(name: str) -> dict[str, frozenset[str]]:
    """A file of words under "[section]" headers, lower case, by section."""
    out: dict[str, set[str]] = {}
    section = ""
    for line in data_lines(name):
        if line.startswith("["):
            section = line.strip("[] ")
            out.setdefault(section, set())
        else:
            out.setdefault(section, set()).add(line.strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def listed_key(verb: Token, listed: Container[str]) -> str | None:
    """The key under which a word list or table holds a verb: its lemma with its particle where the
    list writes the phrasal verb ("put off", "turn out", "fend off"), whose plain verb means something
    else ("put the toll at 30", "the talks turned sour"), else its lemma; None when neither is listed."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and (phrasal := f"{lemma} {child.lower_}") in listed:
            return phrasal
    return lemma if lemma in listed else None
