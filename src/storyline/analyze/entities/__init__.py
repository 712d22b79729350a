"""Named-entity mentions of one article, cleaned and joined into article-local entities.

The small spaCy model finds most names but labels the same name differently across an article,
glues hyphenated pairs together and keeps titles, articles and possessives in its spans. The steps
here repair that with rules that look only at the article itself (never at lists of names):

1. clean model spans: cut at line breaks and stray lower-case words, drop "the", possessives,
   punctuation and junk (URLs, digits, lower-case words, comma lists);
   grow a name tagged in part ("Mejeri" of "Dansk Mejeri chief executive") to the name the article
   writes whole elsewhere, and add a company's short form the model missed ("Hollis shares fell"
   beside "Hollis Mining");
2. split hyphenated pairs ("Trump-Putin summit") into member mentions when each member is a name
   the article uses on its own;
3. make labels consistent per surface form: context cues first ("X pipeline" -> FAC, "outlet X" ->
   ORG, "X Oblast" -> GPE; a side in a result or a club word -> ORG, "the album X" -> WORK_OF_ART,
   a street only where the text uses it as a place -> FAC; a subject "its" goes back to, or a name in
   apposition to "the ... company" -> ORG; "told reporters in X" -> GPE), then PERSON for the surname
   of a full PERSON name no cue says is something else, then the majority; a company's short form
   ("Harlow" of "Harlow Foods") is ORG unless something says it is a place or a person;
4. strip titles from person names and keep them as roles ("U.S. Secretary of State");
5. join names (exact, surname of a unique full name, a surname with its particle ("Bin Salman"),
   a shorter form of a full name ("Fred LaRue" of "Frederick Cheney LaRue"), the surname kept for
   the person it already meant when a namesake is introduced later, a gendered title choosing
   among namesakes, acronym, short form, a legal suffix left out ("Celtic" of "Celtic FC"), a
   company's first word(s) ("Harlow" of "Harlow Foods"), a ticker ("(NYSE: ORV)")), then
   definite descriptions and pronouns (``analyze.coref``).

The package, one step a module: ``candidates.py`` (1), ``headlines.py`` (title-case lines),
``pairs.py`` (2), ``cues.py`` and ``sports.py`` (context cues), ``labels.py`` (3), ``roles.py``
(4), ``joining.py`` (5), ``canonical.py`` (the entity's name); ``common.py`` holds the candidate
record and word sets and ``shapes.py`` name shapes several steps test. ``extract_entities`` here
runs the steps and builds the records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.coref import Anchor, Person, find_descriptions, resolve_pronouns, sentence_starts
from storyline.analyze.entities.candidates import (
    _clean, _dateline_names, _grow_to_known, _names_after_dateline, _untagged_repeats, _untagged_short_forms,
)
from storyline.analyze.entities.canonical import _LEADING_MARKS, _canonical, _whose_institution
from storyline.analyze.entities.common import LABELS, _Cand
from storyline.analyze.entities.headlines import _headline_names
from storyline.analyze.entities.joining import _join
from storyline.analyze.entities.labels import _consistent_labels
from storyline.analyze.entities.pairs import _split_pairs
from storyline.analyze.entities.roles import _roles, _title_strip
from storyline.analyze.names import fold, gender_of_name, lexicons, place_key, strip_possessive
from storyline.analyze.nlp import doc_text
from storyline.records import Entity, Mention, Role, Span, record_id


def _sentence_spans(doc: Doc, article_id: str) -> list[Span]:
    """The sentence span of every token, computed once per document."""
    out: list[Span] = []
    for sent in doc.sents:
        out.extend([Span(article_id, sent.start_char, sent.end_char)] * (sent.end - sent.start))
    return out


def _char_span(doc: Doc, start: int, end: int, article_id: str) -> Span:
    first = doc[start].text
    glued = len(first) - len(first.lstrip(_LEADING_MARKS)) if first.lstrip(_LEADING_MARKS) else 0
    return Span(article_id, doc[start].idx + glued, doc[end - 1].idx + len(doc[end - 1].text))


def _category(reason: str) -> str:
    """The rule family of a mention's join reason, for the entity's summary."""
    first = reason.split(";")[0]
    if first.startswith("title '"):
        return "description"
    return first.split(" (")[0].split(" of ")[0].split(":")[0]


# The passes over the model's tagged names, in order, each revising the candidates before it: names
# cut back or grown to the forms the article writes whole, names the model left untagged, pairs split,
# and last one label for every writing of a name.
_CANDIDATE_PASSES = (_headline_names, _grow_to_known, _untagged_short_forms, _dateline_names, _names_after_dateline,
                     _untagged_repeats, _split_pairs, _consistent_labels)


def extract_entities(doc: Doc, article_id: str, reference: date | None) -> tuple[list[Mention], list[Entity]]:
    """Mentions of named entities and the article-local entities they join into.

    Roles are dated with ``reference`` (the article's reference date). Entity ids are
    ``record_id(article_id, canonical name, kind)``; mention ids hash the article and span.
    """
    cands = _clean(doc)
    for revise in _CANDIDATE_PASSES:
        cands = revise(doc, cands)
    starts: dict[int, int] = {}
    kept: list[_Cand] = []
    for c in cands:
        if c.label == "PERSON" and any(ch.isdigit() for ch in doc[c.start : c.end].text):
            continue  # "2 Dead": a headline fragment, not a person's name
        s = _title_strip(doc, c.start, c.end) if c.label == "PERSON" else c.start
        if c.label == "PERSON" and s > c.start:
            c = replace(c, notes=c.notes + (f"title '{doc[c.start:s].text}' stripped",))
        starts[c.start] = s
        kept.append(c)
    # Single-word ORG/LOC tags inside a title run ("Secretary of State") are part of the title.
    title_tokens: set[int] = set()
    role_of: dict[int, list[Role]] = {}
    taken = {i for c in kept for i in range(c.start, c.end)}
    for c in kept:
        if c.label == "PERSON":
            roles = _roles(doc, c, starts[c.start], reference, article_id, taken)
            role_of[c.start] = roles
            for r in roles:
                if r.span is not None:
                    title_tokens.update(t.i for t in doc.char_span(r.span.start, r.span.end, alignment_mode="expand"))
    kept = [c for c in kept if not (
        c.label != "PERSON" and c.end - c.start == 1 and c.start in title_tokens and (
            (c.start > 0 and doc[c.start - 1].lower_ in {"of", "for"})
            or doc[c.start].lower_ in lexicons().title_modifiers)  # "Interior Minister Petar Horvat"
    )]
    groups = _join(doc, kept, starts)
    for g in groups:
        for c, _ in g.members:
            for r in role_of.get(c.start, []):
                if all(fold(r.title) != fold(x.title) for x in g.roles):
                    g.roles.append(r)

    sentences = _sentence_spans(doc, article_id)
    full_text = doc_text(doc)  # Doc.text rebuilds the string on every access
    mentions: list[Mention] = []
    entities: list[Entity] = []
    persons: list[Person] = []
    anchors: list[Anchor] = []
    genders: dict[str, str] = {}
    names: dict[str, str] = {}
    ids: dict[int, str] = {}
    qualified: dict[int, str] = {}
    # single-word places the article names, by place key: "Georgian" stands for "Georgia" only here
    places = {place_key(doc[c.start:c.end].text): doc[c.start:c.end].text for c in kept
              if c.label == "GPE" and c.end - c.start == 1}
    for g in groups:
        name = _canonical(doc, g, starts)
        if g.kind == "ORG" and (whose := _whose_institution(doc, g, starts, name, places)) is not None:
            name, country = whose
            qualified[id(g)] = country
        eid = record_id(article_id, name, g.kind)
        names[eid] = name
        ids[id(g)] = eid
        if g.kind == "PERSON":
            persons.append(Person(eid, name, tuple(r.title for r in g.roles)))
            for r in g.roles:
                for w in fold(r.title).split():
                    if w in lexicons().title_gender:
                        genders.setdefault(eid, lexicons().title_gender[w])
            if (gender := gender_of_name(name)) is not None:
                genders.setdefault(eid, gender)
        for c, how in g.members:
            s = starts.get(c.start, c.start)
            reason = "; ".join((how,) + c.notes)
            span = _char_span(doc, s, c.end, article_id)
            text = full_text[span.start : span.end]
            trimmed = strip_possessive(text)
            span = Span(article_id, span.start, span.start + len(trimmed))
            mentions.append(Mention(record_id(article_id, "mention", span.start, span.end), span,
                                    sentences[s], trimmed, g.kind, eid, reason))
            if g.kind == "PERSON":
                anchors.append(Anchor(s, c.end, eid, doc[s : c.end].root.i))
    used = set(title_tokens) | {i for c in kept if c.label == "PERSON" for i in range(c.start, c.end)}
    for d in find_descriptions(doc, persons, used):
        span = _char_span(doc, d.start, d.end, article_id)
        mentions.append(Mention(record_id(article_id, "mention", span.start, span.end), span,
                                sentences[d.start], span.text_in(full_text), "PERSON",
                                d.entity_id, d.reason))
        anchors.append(Anchor(d.start, d.end, d.entity_id, doc[d.start : d.end].root.i))
    for p in resolve_pronouns(doc, sorted(anchors, key=lambda a: a.start), names, genders,
                              sentence_starts(doc)):
        span = _char_span(doc, p.start, p.end, article_id)
        mentions.append(Mention(record_id(article_id, "mention", span.start, span.end), span,
                                sentences[p.start], span.text_in(full_text), "PERSON",
                                p.entity_id, p.reason))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    counts = Counter(m.entity_id for m in mentions)
    for g in groups:
        eid = ids[id(g)]
        # "-Donald Trump" (a list marker or a dash glued to the name) is no name of its own
        aliases = sorted({" ".join(n.split()).lstrip(_LEADING_MARKS) or n for n in g.names(doc, starts)} | {names[eid]})
        hows = sorted({_category(m.reason) for m in mentions if m.entity_id == eid})
        roles = tuple(sorted(g.roles, key=lambda r: (r.span.start if r.span else -1, r.title)))
        whose = f"; the text says whose it is: {qualified[id(g)]}" if id(g) in qualified else ""
        entities.append(Entity(eid, names[eid], g.kind, tuple(aliases), roles,
                               f"{counts[eid]} mentions joined by: {', '.join(hows)}{whose}"))
    entities.sort(key=lambda e: min(m.span.start for m in mentions if m.entity_id == e.id))
    return mentions, entities


__all__ = ["LABELS", "extract_entities"]
