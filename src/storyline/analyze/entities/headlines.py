"""Lines set in title case (headlines), where the model cannot tell where a name ends.

In "Donald Trump Wins Nevada Caucuses" every word looks like part of a name, and the tagger reads
verbs as proper nouns. The label, cue and joining steps ask whether a token stands in such a line;
a person's name in one is cut back to the full name the article writes elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span as SpacySpan

from storyline.analyze.entities.common import _Cand, _surface
from storyline.analyze.names import fold, is_given_name, is_name_suffix
from storyline.analyze.nlp import doc_text


def _title_case_sentence(sent: SpacySpan) -> bool:
    """A headline set in title case ("Donald Trump Wins Nevada Caucuses"): nearly every longer word
    capitalised, where the model cannot tell a name's end from the verb after it."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].islower() for t in words) <= 0.1 * len(words)


def _title_case_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the headlines of a document, found in one pass: title-case lines with no full
    stop at the end (a lead sentence full of names and titles looks title case too)."""
    out: set[int] = set()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words and words[-1].text not in {".", "!", "?", "\"", "”"} and _title_case_sentence(sent):
            out.update(range(sent.start, sent.end))
    return frozenset(out)


def _headline_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Cut a person's name in a title-case headline back to the full name the article writes elsewhere.

    "Donald Trump Wins", "Billionaire Donald Trump", "Hillary Rodham Clinton Returns To Iowa": in
    title case the words around a name look like more of it. When the article names the person in
    full (two words or more) outside such lines, the headline span keeps the words from that name's
    first word to its last (and a generational suffix after it: "Donald Trump Jr."); the words
    outside are no part of the name. Words before it go only when the name begins with a given name
    the lexicon knows and they are not one themselves: "Marine Le Pen" stays beside a body that
    writes "Le Pen", and so does "Salah Abu-Laban" beside "Abu-Laban".
    """
    if not cands:
        return cands
    titled = [(s.start, s.end) for s in doc.sents if _title_case_sentence(s)]  # one pass: Token.sent walks the doc
    headline = {c.start: any(a <= c.start < b for a, b in titled) for c in cands}
    full = [fold(_surface(doc, c)).split() for c in cands
            if c.label == "PERSON" and c.end - c.start >= 2 and not headline[c.start]]
    edges = {(words[0], words[-1]) for words in full if len(words) >= 2}
    if not edges:
        return cands
    out = []
    for c in cands:
        cut = _headline_cut(doc, c, edges) if c.label == "PERSON" and headline[c.start] else None
        if cut is None:
            out.append(c)
            continue
        note = f"'{doc[c.start:c.end].text}' in a title-case line cut to '{doc[cut[0]:cut[1]].text}', named so elsewhere"
        out.append(replace(c, start=cut[0], end=cut[1], notes=c.notes + (note,)))
    return out


def _headline_cut(doc: Doc, c: _Cand, edges: set[tuple[str, str]]) -> tuple[int, int] | None:
    """The widest [s, e) inside the candidate running from a known name's first word to its last."""
    words = [fold(t.text) for t in doc[c.start : c.end]]
    best: tuple[int, int] | None = None
    for i, first in enumerate(words):
        for j in range(len(words) - 1, i, -1):
            if (first, words[j]) in edges and (best is None or j + 1 - i > best[1] - best[0]):
                best = (i, j + 1)
    if best is None:
        return None
    s, e = best
    while e < len(words) and is_name_suffix(words[e]):
        e += 1
    if s > 0 and (not is_given_name(words[s]) or is_given_name(words[s - 1])):
        return None  # only a known given name ends a descriptor ("Billionaire Donald Trump", not "Salah Abu-Laban")
    if (s, e) == (0, len(words)):
        return None
    return c.start + s, c.start + e


def _title_case_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a line set in title case (a headline), by the line's own words:
    the parser often runs a headline into the text after it as one sentence."""
    text = doc_text(doc)
    at = doc[i].idx
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    span = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="contract")
    return span is not None and _title_case_sentence(span)
