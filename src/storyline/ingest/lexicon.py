"""Reading the boilerplate vocabulary in ``ingest/lexicons/``: one word or phrase a line, "#" starts
a comment line, blank lines are ignored. The files ship inside the package (read through
importlib.resources), so the lists can be extended without touching the rules that use them."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["phrase_list", "phrase_pattern"]


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """The phrases of one data file, lower case, in file order."""
    text = resources.files("storyline.ingest").joinpath(f"lexicons/{name}").read_text("utf-8")
    lines = (ln.strip().lower() for ln in text.splitlines())
    return tuple(dict.fromkeys(ln for ln in lines if ln and not ln.startswith("#")))


@cache
def phrase_pattern(name: str) -> str:
    """A regex alternation of the file's phrases (longest first, so a phrase beats its prefix);
    a space in a phrase matches any run of white space."""
    alts = sorted(phrase_list(name), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) + ")"
