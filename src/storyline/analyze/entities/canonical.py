"""The name an article-local entity goes by, and whose institution it is.

The canonical name is the fullest name the article writes for the entity (a dateline's capitals
give way to the body's "Paris"). An institution every country has ("Supreme Court") is qualified by
the country the text says it belongs to, so it merges across articles only with the same country's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.entities.joining import _Group
from storyline.analyze.names import is_generic_institution, is_place_word, place_key, strip_possessive


def _canonical(doc: Doc, g: _Group, starts: dict[int, int]) -> str:
    names = [strip_possessive(doc[starts.get(c.start, c.start) : c.end].text) for c, how in g.members
             if how == "exact name" or how.startswith("exact name")] or [
        strip_possessive(doc[starts.get(c.start, c.start) : c.end].text) for c, _ in g.members]
    names = [" ".join(n.split()).lstrip(_LEADING_MARKS) or n for n in names]
    # a dateline or a headline in capitals ("PARIS, Sept 18 —") is the same name as the body's "Paris"
    return max(names, key=lambda n: (len(n.split()), len(n), not n.isupper(), -names.index(n)))


def _whose_institution(doc: Doc, g: _Group, starts: dict[int, int], name: str,
                       places: dict[str, str]) -> tuple[str, str] | None:
    """(name, country) for an institution every country has, when the text says whose it is:
    "Supreme Court (Uganda)" for "Uganda's Supreme Court", "Interior Ministry (Georgian)" for "the
    Georgian Interior Ministry" in an article naming Georgia. Such a name merges across articles
    only with the same country's; a bare "Supreme Court" is left as it is."""
    if is_generic_institution(name):
        country = _country_qualifier(doc, g, starts)
        return (f"{name} ({country})", country) if country else None
    first, _, rest = name.partition(" ")
    if rest and is_generic_institution(rest) and (is_place_word(first) or place_key(first) in places):
        return f"{rest} ({first})", first
    return None


def _country_qualifier(doc: Doc, g: _Group, starts: dict[int, int]) -> str | None:
    """The country a mention of an institution says it belongs to, as written: "Uganda's Supreme
    Court" (a place in the possessive right before it) or "the Georgian Interior Ministry" (a
    nationality or place word right before it that the model left out of the name)."""
    for c, _ in g.members:
        s = starts.get(c.start, c.start)
        before = doc[s - 1] if s > 0 else None
        if before is not None and before.tag_ == "POS" and s > 1 and doc[s - 2].ent_type_ == "GPE":
            return _ent_text_at(doc, s - 2)
        if before is not None and before.ent_type_ in {"NORP", "GPE"} and before.head.i in range(s, c.end):
            return _ent_text_at(doc, s - 1)
    return None


def _ent_text_at(doc: Doc, i: int) -> str:
    """The text of the model's entity span holding token ``i``."""
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return " ".join(ent.text.split())
    return doc[i].text


# Marks the tokenizer leaves glued to a name that opens a line: "-Craig Fehrman explains...",
# "•Putin said". They are list or byline punctuation, not part of the name.
_LEADING_MARKS = "-–—•*·"
