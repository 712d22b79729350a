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
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.analyze.datelines import dateline_end
from storyline.analyze.nlp import doc_text
from storyline.analyze.coref import Anchor, Person, find_descriptions, resolve_pronouns, sentence_starts
from storyline.analyze.names import (
    fold,
    gender_of_name,
    given_name_key,
    is_generic_institution,
    is_given_name,
    is_junk_name,
    is_name_suffix,
    is_place_word,
    is_short_form,
    is_title_word,
    lexicons,
    org_without_suffix,
    particle_surname,
    place_key,
    strip_possessive,
    surname_of,
)
from storyline.records import Entity, Mention, Role, Span, record_id

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
# Lower-case words that may stand inside a multi-word name ("Bank of America", "Ludwig van Beethoven").
_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "la", "le", "du", "des", "del", "da", "di",
                         "von", "van", "der", "den", "al", "el", "bin", "ibn", "on", "upon", "&", "y", "e"})
_HYPHENS = frozenset({"-", "–", "‑"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class _Cand:
    """A candidate name mention: token range [start, end) and the label decided so far."""

    start: int
    end: int
    label: str
    notes: tuple[str, ...] = ()  # how the span or label was repaired, for Mention.reason


# ------------------------------------------------------------------ step 1: clean model spans


# Tags no name begins with: "Asserting Clinton was wrong", "Certainly Donald Trump", "Beneath
# Clinton's wins" (a sentence-opening word the model ran into the name).
_NOT_A_NAME_START = {"VBG", "VB", "VBD", "VBZ", "VBP", "RB", "IN", "UH", "WRB", "CC", "TO"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners/punctuation and trailing possessives/punctuation."""
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct or doc[start].is_space
                           or doc[start].tag_ == "POS"  # "’s Donald Trump": the possessive of the word before
                           or (doc[start].tag_ in _NOT_A_NAME_START and end - start > 1)):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in {"'s", "’s"}
    ):
        end -= 1
    if end - start >= 4 and _score_at(doc, end - 3):
        return _trim(doc, start, end - 3)  # "Chelsea 2-0", "Aryna Sabalenka 6-3": the result, not the name
    return start, end


def _score_at(doc: Doc, i: int) -> bool:
    """A match result starts at token ``i``: "2-0" as the tokenizer leaves it (a number of one to
    three digits, a dash and another, with no spaces between)."""
    if i + 2 >= len(doc) or i < 0:
        return False
    a, dash, b = doc[i], doc[i + 1], doc[i + 2]
    return (a.text.isdigit() and b.text.isdigit() and len(a.text) <= 3 and len(b.text) <= 3
            and dash.text in _HYPHENS and not a.whitespace_ and not dash.whitespace_)


# Labels whose names are titles: short lower-case function words stand inside them ("The Life of a
# Showgirl", "Gone with the Wind", "Harry Potter and the Order of the Phoenix").
_TITLED_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW"})
_FUNCTION_TAGS = frozenset({"DT", "IN", "TO"})  # not "or": "Fish and Wildlife or National Marine Fisheries"


def _pieces(doc: Doc, start: int, end: int, label: str = "") -> list[tuple[int, int]]:
    """Split a model span at line breaks and at lower-case words that cannot be inside a name (in
    a title, a function word before a capitalised word can)."""
    out: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        tok = doc[i]
        breaks = "\n" in tok.text or "\n" in tok.whitespace_ and i < end - 1
        # "BERLIN - Donald Trump": a dash set in spaces parts a dateline (or a list) from a name
        spaced_dash = tok.text in _HYPHENS and tok.whitespace_ and i > start and doc[i - 1].whitespace_
        if spaced_dash:
            if i > s:
                out.append((s, i))
            s = i + 1
            continue
        lower_word = (tok.is_alpha and tok.text.islower() and tok.lower_ not in _CONNECTORS) or tok.is_bracket or (
            tok.is_quote and tok.tag_ != "POS")
        if lower_word and label in _TITLED_LABELS and tok.tag_ in _FUNCTION_TAGS and i + 1 < end and (
                doc[i + 1].text[:1].isupper() or doc[i + 1].tag_ in _FUNCTION_TAGS):
            lower_word = False  # "The Life of a Showgirl"
        if breaks or lower_word:
            cut = i if not (breaks and not lower_word and "\n" not in tok.text) else i + 1
            if cut > s:
                out.append((s, cut))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


def _model_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's entity spans, with one that ends in a connector joined to the name right after it:
    the model cuts "Strait of Hormuz" into "Strait of" (LOC) and "Hormuz" (PERSON); the first part's
    label, given with the name's head word, is the better one."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if out and out[-1][1] == ent.start and doc[ent.start - 1].lower_ in _CONNECTORS - {"and"}:
            out[-1] = (out[-1][0], ent.end, out[-1][2])
        else:
            out.append((ent.start, ent.end, ent.label_))
    return out


def _capitalised_common_noun(doc: Doc, start: int, end: int) -> bool:
    """"Debris from a downed drone ...": a lone word capitalised only because it opens the sentence,
    which the tagger reads as a common noun, is no name, whatever the entity recognizer said."""
    tok = doc[start]
    return end - start == 1 and tok.is_sent_start and tok.pos_ == "NOUN" and tok.tag_ in {"NN", "NNS"}


def _common_word_opening(doc: Doc, start: int, end: int, label: str, lower_words: set[str]) -> bool:
    """"Library users were dismayed" where the article writes "library" elsewhere: a lone word tagged
    a person or a product only where it opens a sentence, and written in lower case elsewhere, is a
    common word capitalised for its place. Never capitalised mid-sentence, or it may be a name."""
    tok = doc[start]
    return (end - start == 1 and label in {"PERSON", "PRODUCT", "WORK_OF_ART"} and tok.is_sent_start
            and tok.text.istitle() and tok.lower_ in lower_words)


def _clean(doc: Doc) -> list[_Cand]:
    cands: list[_Cand] = []
    # words the article writes in lower case, and never capitalised away from a sentence start
    lower = {t.text for t in doc if t.is_alpha and t.text.islower()}
    capital = {t.lower_ for t in doc if t.is_alpha and t.text[:1].isupper() and not t.is_sent_start}
    lower_words = lower - capital
    for start, end, label in _model_spans(doc):
        if label not in LABELS:
            continue
        for s, e in _pieces(doc, start, end, label):
            s, e = _trim(doc, s, e)
            if s >= e:
                continue
            text = strip_possessive(doc[s:e].text)
            if is_junk_name(text) or _capitalised_common_noun(doc, s, e) or _common_word_opening(doc, s, e, label, lower_words):
                continue
            note = () if (s, e) == (start, end) or doc[start].lower_ in _DETERMINERS else (
                f"span trimmed from '{doc[start:end].text}'",)
            if label == "PERSON" and (named := _names_a_building(doc, e)) is not None:
                note += (f"'{doc[s:named[0]].text}' names the {doc[named[0] - 1].text} after it",)
                e, label = named
            cands.append(_Cand(s, e, label, note))
    return cands


def _names_a_building(doc: Doc, e: int) -> tuple[int, str] | None:
    """(new end, label) when a capitalised facility or institution word the model left out follows
    a name it took for a person: "St James's Hospital", "Kennedy Airport", "Clinton Foundation" are
    the building or the body so named. A possessive bridges only to a building ("Nixon's Committee"
    is his), and a name that goes on after the word is left as the model cut it."""
    owner = e < len(doc) and doc[e].tag_ == "POS"
    j = e + 1 if owner else e
    if j >= len(doc) or doc[j].ent_type_ or not doc[j].text.istitle() or doc[j - 1].whitespace_.count("\n"):
        return None
    if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and not doc[j].whitespace_.count("\n"):
        return None  # a longer name goes on ("Highway Patrol"): not ours to guess its end
    cues = lexicons().cues
    word = doc[j].lower_
    if word in cues["facility"]:
        return j + 1, "FAC"
    if word in cues["organisation"] and not owner:  # "Nixon's Committee to Re-elect" is his, not named for him
        return j + 1, "ORG"
    return None


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


def _grow_to_known(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Grow a name the model tagged in part to the longer name the article writes whole elsewhere.

    "Dansk Mejeri chief executive Lars Holm": the model tags "Mejeri" alone (or "Dansk" and "Mejeri"
    apart) where a role follows, though it tags "Dansk Mejeri" whole in the lead. A piece would
    otherwise read as the surname of a person "Dansk Mejeri", and "Dansk" as a place. A candidate
    grows over the capitalised words right beside it (same line, no punctuation between) when the
    grown span is written as one name elsewhere in the article; the pieces inside it go."""
    known = {_key(doc[c.start : c.end].text): c.label for c in cands if c.end - c.start >= 2}
    if not known:
        return cands
    longest = max(len(k.split()) for k in known)
    grown: dict[int, _Cand] = {}
    for n, c in enumerate(cands):
        best = _grown_span(doc, c, known, longest)
        if best is not None and not any(o.start < best[1] and best[0] < o.end and not (best[0] <= o.start and o.end <= best[1])
                                        for o in cands):  # never cut into another name
            s, e = best
            note = f"'{doc[c.start:c.end].text}' grown to '{doc[s:e].text}', written whole elsewhere in the article"
            grown[n] = _Cand(s, e, known[_key(doc[s:e].text)], c.notes + (note,))
    if not grown:
        return cands
    out: dict[tuple[int, int], _Cand] = {}
    spans = [(g.start, g.end) for g in grown.values()]
    for n, c in enumerate(cands):
        if n in grown:
            out.setdefault((grown[n].start, grown[n].end), grown[n])  # "Dansk" and "Mejeri" grow to one
        elif not any(s <= c.start and c.end <= e for s, e in spans):
            out.setdefault((c.start, c.end), c)
    return sorted(out.values(), key=lambda c: (c.start, c.end))


def _grown_span(doc: Doc, c: _Cand, known: dict[str, str], longest: int) -> tuple[int, int] | None:
    """The widest span around ``c``, over capitalised words beside it, that is a known longer name."""
    best: tuple[int, int] | None = None
    width = c.end - c.start
    for s in range(max(0, c.start - longest + 1), c.start + 1):
        for e in range(c.end, min(len(doc), s + longest) + 1):
            if (s, e) == (c.start, c.end) or e - s <= width or (best and e - s <= best[1] - best[0]):
                continue
            extra = [*range(s, c.start), *range(c.end, e)]
            if not all(_is_name_token(doc[i]) and doc[i].is_alpha for i in extra):
                continue
            if any("\n" in doc[i].whitespace_ for i in range(s, e - 1)):
                continue
            if _key(doc[s:e].text) in known and doc[e - 1].tag_ != "POS":
                best = (s, e)
    return best


def _untagged_short_forms(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Candidates for a company's short form the model left untagged: "Hollis shares closed higher",
    "Glenmore said no one was hurt" in an article that names "Hollis Mining" and "Glenmore Petroleum".

    A lone capitalised word (not inside a tagged name, not running into another capitalised word)
    that is the first word of exactly one multi-word name the article tags, whose other words say it
    is a company ([company_word]). The tagger must read it as a proper noun, or what follows must be
    the company's ("Harlow's", "Harlow shares": [company_context]), since a sentence capitalises
    any word it opens. The candidate has no label of its own: the label step
    makes it ORG when nothing says otherwise, and drops it when nothing labels it."""
    firsts: dict[str, list[list[str]]] = defaultdict(list)
    for c in cands:
        if c.end - c.start >= 2 and c.label in {"ORG", "PERSON", "NORP", "WORK_OF_ART", "GPE"}:
            words = _key(doc[c.start : c.end].text).split()
            if words not in firsts[words[0]]:
                firsts[words[0]].append(words)
    if not firsts:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    for tok in doc:
        if tok.i in taken or not tok.text.istitle() or not tok.is_alpha:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ != "PROPN" and not (nxt is not None and (nxt.tag_ == "POS" or (
                nxt.text.islower() and nxt.lower_ in lexicons().cues.get("company_context", ())))):
            continue  # "Harlow shares fell": read as an adjective, but what follows is the company's
        names = firsts.get(fold(tok.text), [])
        if len(names) != 1 or not _company_short_form([fold(tok.text)], names[0]):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha) or (
                prev is not None and prev.text[:1].isupper() and prev.is_alpha and not tok.is_sent_start):
            continue  # part of a longer name the model missed
        out.append(_Cand(tok.i, tok.i + 1, "", (f"untagged; the first word of {' '.join(names[0])}",)))
    return sorted(out, key=lambda c: (c.start, c.end))


# ------------------------------------------------------------------ step 2: hyphenated pairs


def _surface(doc: Doc, c: _Cand) -> str:
    return strip_possessive(doc[c.start : c.end].text)


def _key(text: str) -> str:
    return fold(strip_possessive(text))


def _known_forms(doc: Doc, cands: Sequence[_Cand]) -> set[str]:
    """Folded single names the article uses: one-token mentions and the parts of person names."""
    known: set[str] = set()
    for c in cands:
        toks = [t for t in doc[c.start : c.end] if t.is_alpha or t.text.replace(".", "").isalpha()]
        if len(toks) == 1 and not any(t.text in _HYPHENS for t in doc[c.start : c.end]):
            known.add(fold(toks[0].text))
        elif c.label == "PERSON" and len(toks) >= 2 and not any(t.text in _HYPHENS for t in doc[c.start : c.end]):
            known.add(surname_of([fold(t.text) for t in toks]))
    return known


def _is_name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def _hyphen_pairs(doc: Doc, start: int, end: int, known: set[str]) -> list[int]:
    """Indices of hyphen tokens in [start, end) joining two names the article uses on their own."""
    out = []
    for i in range(max(start + 1, 1), min(end - 1, len(doc) - 1)):
        hyph, left, right = doc[i], doc[i - 1], doc[i + 1]
        if hyph.text not in _HYPHENS or left.whitespace_ or hyph.whitespace_:
            continue
        if _is_name_token(left) and _is_name_token(right) and fold(left.text) in known and fold(right.text) in known:
            out.append(i)
    return out


def _split_pairs(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    known = _known_forms(doc, cands)
    labels = {(c.start, c.end): c.label for c in cands}
    out: list[_Cand] = []
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.start, c.end))
        hyphens = _hyphen_pairs(doc, c.start, c.end, known)
        if not hyphens:
            out.append(c)
            continue
        pair = doc[hyphens[0] - 1 : hyphens[-1] + 2].text
        members = sorted({h - 1 for h in hyphens} | {h + 1 for h in hyphens})
        for m in members:
            out.append(_Cand(m, m + 1, labels.get((m, m + 1), c.label), (f"member of hyphenated '{pair}'",)))
    # Pairs the model did not tag at all ("the Rubio-Lavrov exchange" left untagged).
    for h in _hyphen_pairs(doc, 0, len(doc), known):
        if h - 1 in covered or h + 1 in covered:
            continue
        pair = doc[h - 1 : h + 2].text
        for m in (h - 1, h + 1):
            out.append(_Cand(m, m + 1, "", (f"member of hyphenated '{pair}'",)))
            covered.add(m)
    return sorted(set(out), key=lambda c: (c.start, c.end))


# ------------------------------------------------------------------ step 3: label consistency


def _title_strip(doc: Doc, start: int, end: int) -> int:
    """The first token of the name once leading titles ("Spokeswoman", "Russian President") go."""
    lex = lexicons()
    i = start
    last_title = None
    while i < end - 1:
        tok = doc[i]
        if is_title_word(tok.text):
            last_title = i
        elif not (tok.lower_ in lex.title_modifiers or is_place_word(tok.text) or tok.lower_ in _CONNECTORS):
            break
        i += 1
    if last_title is None and i > start and doc[start].is_sent_start and all(
        doc[j].lower_ in lex.title_modifiers for j in range(start, i)
    ):
        return i  # "Top Clinton aides said": a modifier capitalised only because it opens the sentence
    return start if last_title is None else last_title + 1


def _cue_label(doc: Doc, c: _Cand) -> str | None:
    cues = lexicons().cues
    nxt = doc[c.end] if c.end < len(doc) else None
    if nxt is not None and nxt.lower_ in cues["facility"] and nxt.pos_ == "NOUN" and c.label != "ORG":
        return "FAC"  # an ORG before "refinery" is usually its owner ("the Lukoil refinery")
    prev = doc[c.start - 1] if c.start > 0 else None
    root = doc[c.start : c.end].root
    if prev is not None and prev.lower_ in cues["media"] and prev.pos_ == "NOUN":
        return "ORG"
    if (label := _sports_side(doc, c, root, cues)) is not None:
        return label
    if c.label in {"PERSON", "NORP", "WORK_OF_ART", "PRODUCT", ""} and not is_given_name(doc[c.start].text) and (
            (c.label in {"PERSON", "NORP", ""} and _owns_its(doc, c, root))  # a film, a ship: "its release", "its crew"
            or _renamed_by_a_company_noun(doc, c, root, cues)):
        return "ORG"  # "Dansk Mejeri has abandoned its bid", "Dansk Mejeri, the Danish dairy group,"
    if c.label != "WORK_OF_ART" and _names_a_work(doc, c, root, cues):
        return "WORK_OF_ART"  # "the album Abbey Road", "The Beatles recorded Abbey Road"
    if (c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues.get("event_last", ()) and doc[c.end - 1].text[:1].isupper()
            and c.label in {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT"}):
        return "EVENT"  # "the Dutch Grand Prix", "the Davis Cup"
    after = doc[c.end + 1] if c.end + 1 < len(doc) and doc[c.end].text == "," else nxt
    if c.label in {"PERSON", "ORG"} and after is not None and after.lower_ == "where" and after.tag_ == "WRB":
        return "GPE"  # "El Fasher, where the UN says ...": a relative "where" is said of a place
    if (c.label in {"PERSON", "ORG", "FAC"} and prev is not None and prev.lower_ == "of" and c.start > 1
            and doc[c.start - 2].lower_ in cues["place"] | cues.get("of_place", frozenset()) and doc[c.start - 2].pos_ == "NOUN"):
        return "GPE"  # "the district of Buner", "the village of Pishchane", "residents of Headingley"
    if (c.label in {"PERSON", "ORG", "FAC"} and nxt is not None and nxt.lower_ in cues["place"]
            and nxt.pos_ == "NOUN" and nxt.text.islower()):
        return "GPE"  # "in Kharkiv region", "Donetsk oblast": a lower-case place noun after the name
    if c.label == "PERSON" and c.end - c.start == 1 and _joined_to_place(root):
        return "GPE"  # "marched through Paris and Lyon": a lone name coordinated with a place it stands with
    if prev is not None and prev.text.islower() and prev.pos_ == "NOUN" and not doc[c.start].is_sent_start:
        if prev.lower_ in cues.get("org_before", ()) and not (c.end - c.start >= 2 and (
                is_given_name(doc[c.start].text) or any(ch.dep_ == "compound" and ch.pos_ == "PROPN" for ch in prev.children))):
            return "ORG"  # "chipmaker Nvidia" (not "Washington Post publisher Will Lewis": a name's job at a named body)
        if c.end - c.start >= 2 and root.dep_ != "compound" and (
                prev.lower_ in cues.get("person_before", ()) or (is_title_word(prev.text) and prev.text.isalpha())):
            return "PERSON"  # "billionaire Bidzina Ivanishvili" (not "deputy White House counsel": a modifier)
    if (nxt is not None and nxt.text.islower() and nxt.lower_ in cues.get("org_after", ()) and nxt.pos_ == "NOUN"
            and c.label not in {"EVENT", "LAW", "WORK_OF_ART"} and (c.end - c.start >= 2 or c.label in {"ORG", "NORP"})):
        return "ORG"  # "the ruling Georgian Dream party"
    if c.label in {"ORG", "PERSON", "GPE", "LOC", "FAC"} and _names_a_street(doc, c, cues.get("street", frozenset())):
        if _used_as_place(root, cues):
            return "FAC"  # "near the Place de la Nation", "on Rustaveli Avenue", "the Pitkin Avenue apartment"
        if _street_for_its_institutions(root):
            return "ORG"  # "Wall Street rallied", "Downing Street said": who works there, not the street
        if c.label == "PERSON":
            return "FAC"  # no person's name ends in "Avenue"; a title ("Revolutionary Road") was found above
    if c.end - c.start >= 2 and doc[c.start].text.istitle() and doc[c.start].lower_ in cues.get("named_event", ()):
        return "EVENT"  # "Storm Ingrid", "Hurricane Milton"
    if c.label in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"} and _said_of_a_person(doc, c, root, cues):
        return "PERSON"  # "Thomas Whitaker, 58,", "his daughter, Kirsty,", "By Marcus Bell"
    if c.label in {"PERSON", "ORG", "NORP", "FAC"} and _opens_dateline(doc, c):
        return "GPE"  # "BRISTOL — Dr. Helen Achebe ...": a dateline opens with the place it was filed from
    if c.label in {"PERSON", "GPE", "PRODUCT"} and c.end - c.start == 1 and _place_object(root, cues):
        return "GPE"  # "a reader in Selby", "rents in Milton": people are not where things are (and a
        # place the model saw as one here outvotes the same word it took for a person elsewhere)
    if c.label == "ORG" and _where_it_happened(doc, c, root, cues):
        return "GPE"  # "told reporters in Copenhagen": an organisation is no place things happen in
    if c.label in {"PERSON", "ORG", "GPE", "NORP"} and _named_vessel(doc, c, cues["vessel"]):
        return "PRODUCT"
    if (c.label in {"PERSON", "GPE"} and prev is not None and prev.lower_ == "at" and c.start > 1
            and doc[c.start - 2].lemma_.lower() in cues["staff"] and doc[c.start - 2].pos_ == "NOUN"):
        return "ORG"  # "analysts at Kpler", "an analyst at Jefferies": where they work (one works in a city)
    if root.dep_ in {"appos", "compound"} and root.head.lower_ in cues["media"]:
        return "ORG"
    if c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues["place"]:
        return "GPE"
    if c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues["organisation"] and c.label in {"PERSON", "GPE", "NORP"}:
        return "ORG"
    if (c.end - c.start >= 2 and c.label in {"PERSON", "NORP", "WORK_OF_ART"} and doc[c.end - 1].text.istitle()
            and doc[c.end - 1].lower_ in cues.get("company_word", ()) and not is_given_name(doc[c.start].text)):
        return "ORG"  # "Vintner Brewing", "Kaldor Shipping" (not "David Steel": a given name opens it)
    return None


def _sports_side(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> str | None:
    """ORG for a name news uses as a team or a club, which the model reads as a person or a place.

    A club word ends the name ("Manchester United", "Celtic FC"); the name is a side in a result
    ("Arsenal beat Chelsea 2-0", "The Gigantes drew with Los Cardenales 2-2", "won by six wickets");
    it signs a player ("Real Betis signed the midfielder Kwame Asante"); it gives a role before its
    holder's name ("Juventus goalkeeper Michele Di Gregorio", "Oracle co-founder Larry Ellison"); or
    it takes a plural verb while singular ("United have won four in a row", "McLaren now lead"): a
    person is never "are". A name the place lexicon knows ("England beat Wales") stays a place, and
    a full name opening with a known given name stays a person ("Hillary Clinton beat Bernie
    Sanders 55-45")."""
    words = [fold(t.text) for t in doc[c.start : c.end]]
    if is_place_word(" ".join(words)) or (len(words) >= 2 and is_given_name(words[0])):
        return None
    if root.tag_ == "JJ" or root.dep_ == "amod":
        return None  # "the Ghanaian midfielder Kwame Asante": a demonym describes the player
    if len(words) >= 2 and words[-1] in cues.get("club", ()) and c.label in {"PERSON", "GPE", "NORP", "LOC", "FAC"}:
        return "ORG"
    if c.label not in {"PERSON", "GPE", "NORP", "LOC"}:
        return None
    if _side_in_a_result(doc, root, cues) or _signs_a_player(root, cues):
        return "ORG"
    if c.label == "GPE":
        return None
    if _gives_a_role(doc, c, cues) or (c.label in {"PERSON", "LOC"} and c.end - c.start == 1
                                       and _collective_subject(doc, c, root, cues)):
        return "ORG"
    if c.label == "PERSON" and c.end - c.start == 1 and root.tag_ == "NNPS" and c.start > 0 and doc[c.start - 1].lower_ == "the":
        singular = root.text[:-1]
        if not any(t.text == singular for t in doc):
            return "ORG"  # "the Beatles", "the Knicks": a plural name is a band or a team (not "the LaRues")
    return None


def _owns_its(doc: Doc, c: _Cand, root: Token) -> bool:
    """"Dansk Mejeri has abandoned its takeover": the subject of a clause that an "its" in the same
    clause can only go back to is a thing or a body, never a person (who is "his" or "her"). The
    "its" must hang in the subject's own clause (not in a clause with a subject of its own: "Holm
    said its shares fell") with no other noun between the name and it ("Holm told the board its
    plan failed")."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    for tok in doc[c.end : verb.sent.end]:
        if tok.lower_ in {"its", "itself"} and _in_clause_of(tok, verb):
            between = doc[c.end : tok.i]
            return not any(t.pos_ in {"NOUN", "PROPN", "PRON"} and t.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL"}
                           for t in between)
    return False


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs under ``verb`` with no clause of its own subject between them."""
    t = tok.head
    while t.i != verb.i:
        if t.head.i == t.i or any(ch.dep_ in {"nsubj", "nsubjpass", "expl"} for ch in t.children if ch.i != tok.i):
            return False
        t = t.head
    return True


def _renamed_by_a_company_noun(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"Halvard Sorensen, the Norwegian shipping group, said ...": a name set in apposition to a
    definite kind-of-business noun ([org_before] in the cue lexicon) is that company. Only the
    apposition counts: in "X has resigned, the company said" the company reports on someone else."""
    kinds = cues.get("org_before", frozenset())
    for ch in root.children:
        if (ch.dep_ == "appos" and ch.i > root.i and ch.text.islower() and ch.lemma_.lower() in kinds
                and c.end < len(doc) and doc[c.end].text == "," and any(d.lower_ == "the" for d in ch.children)):
            return True
    return False


def _side_in_a_result(doc: Doc, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the name is a side of a result verb ("beat", "drew with") in a clause with one score
    or a team margin ("by six wickets"). A list of scores is a tennis result between people."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
    elif root.dep_ not in {"nsubj", "nsubjpass", "dobj", "npadvmod"}:
        return False
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues.get("match_verb", ()):
        return False
    sent = verb.sent
    scores = [i for i in range(sent.start, sent.end) if _score_at(doc, i)]
    for i in scores:
        after = doc[i + 3] if i + 3 < len(doc) else None
        if (after is not None and (after.tag_ == "NNS" or after.lower_ in {"percent", "%", "per"})) or (
                i > 0 and doc[i - 1].text in {"$", "€", "£"}):
            return False  # "2-3 days", "52-48 percent": no match
    margin = any(t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i == verb.i
                 and t.lemma_.lower() in cues.get("match_margin", ()) for t in sent)
    return len(scores) == 1 or (not scores and margin)


def _signs_a_player(root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"Real Betis signed the Ghanaian midfielder Kwame Asante": who signs a player is a club."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "sign":
        return False
    players = cues.get("player", frozenset())
    for obj in verb.children:
        if obj.dep_ == "dobj" and any(t.lemma_.lower() in players and t.text.islower() and t.pos_ in {"NOUN", "ADV", "ADJ"}
                                      for t in obj.subtree):
            return True
    return False


def _gives_a_role(doc: Doc, c: _Cand, cues: dict[str, frozenset[str]]) -> bool:
    """"Gigantes coach Mateo Rivas", "Oracle co-founder Larry Ellison", "Tesla boss Elon Musk", "Harlow
    chief executive Siobhan Kearney": a lower-case role (or CEO) between the name and a capitalised
    name after it."""
    i = c.end
    if i < len(doc) and doc[i].lower_ in ("chief", "managing", "deputy", "vice") and doc[i].text.islower():
        i += 1  # "Dansk Mejeri chief executive Lars Holm": the role's own modifier
    if i >= len(doc):
        return False
    word, nxt = doc[i].text, i + 1
    if i + 2 < len(doc) and doc[i + 1].text in _HYPHENS and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        word, nxt = doc[i : i + 3].text, i + 3  # "co-founder"
    role = word.lower() if word.islower() or word.isupper() else None  # "coach", "CEO"
    return (role is not None and role in cues.get("affiliation_title", ()) and nxt < len(doc)
            and doc[nxt].text[:1].isupper() and doc[nxt].pos_ == "PROPN")


def _collective_subject(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A singular name that takes a plural verb right after it ("United have won", "McLaren now
    lead the championship") is a team or a body: British usage for a collective, never for a
    person. A bare infinitive after a verb of perception is no plural ("heard Dan Patrick say")."""
    if root.dep_ != "nsubj" or root.tag_ != "NNP" or root.conjuncts or any(ch.dep_ == "cc" for ch in root.children):
        return False
    verb = root.head
    if verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in cues.get("bare_infinitive_verb", ()):
        return False
    forms = [verb, *(ch for ch in verb.children if ch.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ == "VBP" and t.lower_ not in {"'re", "'m"} and c.end <= t.i <= c.end + 2 for t in forms)


def _names_a_work(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"the album Abbey Road", "her new album, The Life of a Showgirl", "The Beatles recorded Abbey
    Road": a name a work noun introduces or describes, or the object of a verb whose object is a
    work."""
    works = cues.get("work", frozenset())
    text = doc[c.start : c.end].text
    if text.isupper() or is_place_word(text):
        return False  # "the television series The FBI", the film "Australia": the name's own sense elsewhere
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and prev.lemma_.lower() in works:
        return True
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in works and root.head.text.islower():
        return True
    return root.dep_ == "dobj" and root.head.lemma_.lower() in cues.get("work_verb", ())


def _used_as_place(root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a street's name is where something is or goes: the object of a preposition of place
    ("on Baker Street", "a bomb in Haifa Road"), or coordinated with one that is."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "compound" and top.head.pos_ == "NOUN":
        return True  # "the Independent Street apartment", "a Haifa Road checkpoint"
    if top.dep_ != "pobj":
        return False
    prep = top.head
    if prep.lower_ == "of":  # "the 12000 block of East 223rd Street", "the corner of North Lake Avenue"
        return prep.head.lemma_.lower() in cues.get("street_part", ())
    return prep.lower_ in cues.get("street_prep", ())


def _street_for_its_institutions(root: Token) -> bool:
    """"Wall Street rallied", "Downing Street said": a street that acts stands for the bodies on it
    (the finance industry, the government), not for the place."""
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ != "be"


# prepositions of place whose object, with the names coordinated with it, is where something is
_PLACE_PREPS = frozenset({"in", "through", "across", "near", "outside", "inside", "into"})


# prepositions whose objects, coordinated with a place, are places too ("from Aldoria and Kesh",
# "between Aldoria and Kesh"): a person is not coordinated with a country there
_COORDINATED_PLACE_PREPS = _PLACE_PREPS | {"from", "between", "to"}


def _joined_to_place(tok: Token) -> bool:
    """Whether ``tok`` is coordinated with a place the model knows, after a preposition of place
    ("in Kyiv and Kharkiv", "through Paris and Lyon", "from Aldoria and Kesh"): the model tags lone
    city and country names as people."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ not in _COORDINATED_PLACE_PREPS:
        return False
    return any(m.i != tok.i and m.ent_type_ in {"GPE", "LOC"} for m in (top, *top.conjuncts))


def _opens_dateline(doc: Doc, c: _Cand) -> bool:
    """Whether the candidate is the first words of a dateline ("MANCHESTER —", "SAN JOSE, Calif. —"):
    the place a story was filed from, which the model takes for an organisation or a person."""
    text = doc_text(doc)
    first = doc[c.start]
    para = text.rfind("\n", 0, first.idx) + 1
    end = dateline_end(text, first.idx) if first.idx == para else None
    last = doc[c.end - 1]
    return end is not None and last.idx + len(last.text) < end  # "SKY-TV reports": no dateline "SKY-"


def _person_noun(tok: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A common noun that names only people: a kin word, a person noun or a person's title of the cue lexicon."""
    word = tok.lemma_.lower()  # most titles are left out: "IT services leader IBM", "Tom Murray, PhD, head of"
    return tok.pos_ == "NOUN" and tok.text.islower() and any(
        word in cues.get(section, ()) for section in ("kin", "person_before", "person_title"))


def _said_of_a_person(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """What news writes only of people: an age in commas after the name ("Thomas Whitaker, 58,"),
    apposition to a person noun ("his daughter, Kirsty,"), or a byline line ("By Marcus Bell")."""
    if c.end + 2 < len(doc) and doc[c.end].text == "," and doc[c.end + 2].text in {",", ")"}:
        age = doc[c.end + 1]
        after = doc[c.end + 3] if c.end + 3 < len(doc) else None
        listed = (after is not None and after.like_num) or (c.start > 0 and doc[c.start - 1].text == ",")
        if age.text.isdigit() and 0 < int(age.text) < 120 and not listed:  # not "IE6, 7, 8", "In Heraklion, 10,000"
            return True
    if root.dep_ == "appos" and _person_noun(root.head, cues) and doc[c.start - 1].text == ",":
        return True  # "his daughter, Kirsty"
    if any(ch.dep_ == "appos" and ch.left_edge.i == c.end + 1 and doc[c.end].text == "," and _person_noun(ch, cues)
           for ch in root.children):
        return True  # "Kirsty, his daughter" (not "Brownsville mother of 12")
    text = doc_text(doc)
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.lower_ == "by" and text.rfind("\n", 0, prev.idx) + 1 == prev.idx:
        last = doc[c.end - 1]
        return text[last.idx + len(last.text) : last.idx + len(last.text) + 1] in {"", "\n"}
    return False


def _names_a_street(doc: Doc, c: _Cand, streets: frozenset[str]) -> bool:
    """"Place de la Nation", "Tiananmen Square": a street word first, before a connector, or last."""
    words = doc[c.start : c.end]
    if len(words) < 2:
        return False
    if words[0].lower_ in streets and words[1].lower_ in _CONNECTORS:
        return True
    return words[-1].lower_ in streets and words[-1].text[:1].isupper()


def _place_object(tok: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a lone name is the object of a noun's "in", said of where something is ("a reader in
    Selby", "rents in Milton", "told journalists in Bern"), not of what one trusts or holds
    ("confidence in Smith", "a stake in Musk"; lexicons/entities_cues.txt [in_not_place])."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    governor = tok.head.head
    # a noun's "in" ("rents in Milton"); a verb's takes people and titles too ("bringing in Jackman",
    # "star in Moon"), and "near X" is said of people as often as of places
    return (governor.i != tok.head.i and governor.pos_ == "NOUN"
            and governor.lemma_.lower() not in cues.get("in_not_place", frozenset()))


def _where_it_happened(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a name the model took for an organisation is where something happened: the bare
    object of "in", "near" or "outside" ("told reporters in Copenhagen", "a plant near Leipzig").
    Not what one holds or trusts ("a stake in Harlow", "invest in Tesla"; [in_not_place]), not a
    name with "the" ("in the Commission"), an acronym ("in NATO"), a possessive or a modifier ("in
    Harlow's plan", "in Harlow shares"), nor a name with a word that says organisation in it."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "near", "outside"} or doc[c.start - 1].i != root.head.i:
        return False
    if _title_case_line(doc, c.start):
        return False  # "Boston in Good Spot for Teixeira": a headline capitalises what it likes
    if root.head.head.lemma_.lower() in cues.get("in_not_place", frozenset()):
        return False
    text = doc[c.start : c.end].text
    if text.isupper() or (c.end < len(doc) and (doc[c.end].tag_ == "POS" or doc[c.end].pos_ in {"NOUN", "PROPN"})):
        return False
    words = {fold(t.text) for t in doc[c.start : c.end]}
    org_words = (cues["organisation"] | cues.get("org_suffix", frozenset()) | cues.get("company_word", frozenset())
                 | cues["media"] | cues.get("body_word", frozenset()))
    return (not words & org_words and not any(is_generic_institution(w) for w in words)
            and all(t.text.istitle() for t in doc[c.start : c.end]))


def _title_case_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a line set in title case (a headline), by the line's own words:
    the parser often runs a headline into the text after it as one sentence."""
    text = doc_text(doc)
    at = doc[i].idx
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    span = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="contract")
    return span is not None and _title_case_sentence(span)


def _named_vessel(doc: Doc, c: _Cand, vessels: frozenset[str]) -> bool:
    """"the oil tanker Advantage Sweet", "the USS Paul Hamilton, a destroyer": a name a ship noun
    introduces or describes (the noun right before it, or an apposition on it)."""
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in vessels:
        return True
    root = doc[c.start : c.end].root
    return any(ch.dep_ == "appos" and ch.lemma_.lower() in vessels for ch in root.children)


def _form(doc: Doc, c: _Cand) -> str:
    return _key(doc[_title_strip(doc, c.start, c.end) : c.end].text)


def _consistent_labels(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    forms = [_form(doc, c) for c in cands]
    present = set(forms)
    # Plural of a form seen in the singular ("Tomahawks"/"Tomahawk") is the same name; a place is no
    # plural ("the Philippines" beside the adjective "Philippine" is the country, not the people).
    forms = [f[:-1] if " " not in f and f.endswith("s") and f[:-1] in present and c.label not in {"GPE", "LOC"}
             else f for c, f in zip(cands, forms)]
    by_form: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        by_form[f].append(i)
    cued = {f: [lab for lab in (_cue_label(doc, cands[i]) for i in idx) if lab] for f, idx in by_form.items()}
    surnames: dict[str, str] = {}
    for c, f in zip(cands, forms):
        words = f.split()
        # "Dansk Mejeri has abandoned its takeover", "Dansk Mejeri chief executive Lars Holm": a name
        # a cue shows is no person's has no surname, though the model tagged it PERSON
        if c.label == "PERSON" and len(words) >= 2 and (
                _cue_majority(cued[f]) in {None, "PERSON"} or is_given_name(words[0])):
            surnames.setdefault(surname_of(words), doc[c.start : c.end].text)
    # "Wang" beside "Foreign Minister Wang Yi": the first word of exactly one full person name written
    # with a title, no given name the lexicon knows, no place and no surname here, is a surname
    # written first (the model takes many product names for people: "Mac Mini", so a title is asked)
    first_words: dict[str, list[str]] = defaultdict(list)
    headline = _title_case_tokens(doc) if any(c.label == "PERSON" for c in cands) else frozenset()
    for c, f in zip(cands, forms):
        words = f.split()
        if c.label == "PERSON" and _plain_full_name(doc[c.start : c.end].text) and f not in first_words[words[0]] and (
                _title_strip(doc, c.start, c.end) > c.start or (c.start > 0 and is_title_word(doc[c.start - 1].text))) and (
                c.start not in headline):
            first_words[words[0]].append(doc[c.start : c.end].text)  # a role says it is a person ("Foreign Minister Wang Yi")
    firsts = {w: names[0] for w, names in first_words.items()
              if len(names) == 1 and w not in surnames and not is_given_name(w) and not is_place_word(w)}
    cued_people: set[str] = set()  # one-word forms a context cue made people ("MacLeod, 71,")
    out = list(cands)
    for f, idx in by_form.items():
        cue_labels = cued[f]
        if " " not in f and f in surnames and "PERSON" not in cue_labels:
            cue_labels = []  # "near Horton" after "Zurana Horton": the person's surname, not a place
            # (nor a team: "Gauff beat Sabalenka 6-2" after "Coco Gauff")
        votes = Counter(cands[i].label for i in idx if cands[i].label)
        if cue_labels:
            label = _cue_majority(cue_labels)
            if label == "PERSON" and " " not in f:
                cued_people.add(f)
            why = f"context cue ('{f}' next to a {label} cue word)"
        elif " " not in f and f in surnames:
            label, why = "PERSON", f"surname of {surnames[f]} in article"
        elif " " not in f and f in firsts and set(votes) <= {"PERSON", "ORG", "NORP"} and all(
                doc[_title_strip(doc, cands[i].start, cands[i].end) : cands[i].end].text == firsts[f].split()[0] for i in idx):
            label, why = "PERSON", f"first name of {firsts[f]} in article"  # "Wang" of "Foreign Minister Wang Yi"
        elif set(votes) == {"PERSON"} and is_place_word(f) and not f.endswith(("an", "ese", "ish", "i")):
            # "Kyiv says 40 drones downed": a capital or country the lexicon knows, written alone and
            # no one's surname here, is the place (or its government), not a person; demonyms excluded
            label, why = "GPE", f"'{f}' is a place in the lexicon, not a surname in article"
        elif votes:
            top = max(votes.values())
            label = next(cands[i].label for i in idx if votes.get(cands[i].label) == top)
            why = f"majority label of '{f}' in article ({top} of {sum(votes.values())})"
        else:
            continue
        for i in idx:
            c = cands[i]
            if c.label != label:
                was = c.label or "untagged"
                out[i] = replace(c, label=label, notes=c.notes + (f"label {label} (model said {was}): {why}",))
    out = _company_short_forms(doc, out, by_form, surnames, cued)
    return [c for c in _full_names_of_people(out, cued_people, by_form) if c.label]


def _company_short_forms(doc: Doc, cands: list[_Cand], by_form: dict[str, list[int]], surnames: dict[str, str],
                         cued: dict[str, list[str]]) -> list[_Cand]:
    """ORG for a company's short form: "Harlow shares fell", "Harlow's board", "pay Harlow a fee" in an
    article that names "Harlow Foods" (the model reads the word alone as a person or a place).

    The form is the first word(s) of exactly one organisation's name the article writes, and the
    rest of that name says what the company trades in or that it is a group ([company_word]: not
    "Washington Post", "Amazon Web Services"). Evidence that it is something else keeps it: a
    context cue for another label, a person's name it is part of, a place the lexicon knows, a
    mention the model took for a place, or one after a preposition of place ("in Washington")."""
    orgs = {f for f, idx in by_form.items() if " " in f and all(cands[i].label == "ORG" for i in idx)}
    if not orgs:
        return cands
    person_words = {w for f, idx in by_form.items() if " " in f and any(cands[i].label == "PERSON" for i in idx)
                    for w in f.split()}
    out = list(cands)
    for f, idx in by_form.items():
        if all(doc[cands[i].start : cands[i].end].text.isupper() for i in idx):
            continue  # "ABC" beside "ABC Entertainment Group": an acronym names its own body (the network)
        longer = [g for g in orgs if _company_short_form(f.split(), g.split())]
        if len(longer) != 1 or any(lab != "ORG" for lab in cued[f]) or f in surnames:
            continue
        if set(f.split()) & person_words or is_place_word(f) or any(
                cands[i].label in {"GPE", "LOC"} or _after_place_preposition(doc, cands[i]) for i in idx):
            continue
        full = next(doc[cands[i].start : cands[i].end].text for i in by_form[longer[0]])
        for i in idx:
            if cands[i].label != "ORG":
                why = f"label ORG (model said {cands[i].label or 'untagged'}): short form of {full} in article"
                out[i] = replace(cands[i], label="ORG", notes=cands[i].notes + (why,))
    return out


def _company_short_form(words: list[str], longer: list[str]) -> bool:
    """Whether folded name ``words`` open the company name ``longer``, whose other words all say what
    it trades in or that it is a group, or are a legal suffix ("harlow" of "harlow foods plc")."""
    cues = lexicons().cues
    rest = longer[len(words):]
    trade = cues.get("company_word", frozenset()) | cues.get("org_suffix", frozenset())
    return (bool(rest) and longer[: len(words)] == words and all(w in trade for w in rest)
            and any(w in cues.get("company_word", frozenset()) for w in rest))


def _after_place_preposition(doc: Doc, c: _Cand) -> bool:
    """Whether a mention is the object of a preposition of place ("in Washington", "near Harlow")."""
    s = c.start - 1
    while s >= 0 and doc[s].lower_ in _DETERMINERS:
        s -= 1
    return s >= 0 and doc[s].lower_ in _PLACE_PREPS


def _cue_majority(labels: list[str]) -> str | None:
    """The label most context cues of one surface form give (the first seen on a tie), or None."""
    return Counter(labels).most_common(1)[0][0] if labels else None


def _full_names_of_people(cands: list[_Cand], cued_people: set[str], by_form: dict[str, list[int]]) -> list[_Cand]:
    """"Duncan MacLeod" tagged ORG where "MacLeod, 71," is a person: two or three plain words ending in
    a surname a context cue (an age, a kin noun) shows the article writes alone as a person's are that person's full name, unless a word
    says organisation or place ("Morgan Stanley Foundation", "Port of Rotterdam")."""
    person_forms = {f for f in cued_people if all(cands[i].label == "PERSON" for i in by_form[f])}
    cues = lexicons().cues
    not_personal = cues["organisation"] | cues["place"] | cues["facility"] | cues.get("street", frozenset()) | _CONNECTORS
    out = list(cands)
    for f, idx in by_form.items():
        words = f.split()
        if not 2 <= len(words) <= 3 or words[-1] not in person_forms or any(
                w in not_personal or is_place_word(w) or is_generic_institution(w) or not w.isalpha() for w in words):
            continue
        for i in idx:
            if cands[i].label not in {"PERSON", ""}:
                why = f"label PERSON (model said {cands[i].label}): '{words[-1]}' is a person here and '{words[0]}' a given name"
                out[i] = replace(cands[i], label="PERSON", notes=cands[i].notes + (why,))
    return out


# ------------------------------------------------------------------ step 4: titles and roles


def _role_left(doc: Doc, name_start: int, inner_start: int) -> tuple[int, int] | None:
    """The title run ending right before a person name: "U.S. Secretary of State", "Kremlin spokesman"."""
    lex = lexicons()
    i = name_start - 1
    has_title = any(is_title_word(doc[j].text) for j in range(inner_start, name_start))
    while i >= 0:
        tok = doc[i]
        if tok.is_space or "\n" in tok.whitespace_:
            break
        if is_title_word(tok.text):
            has_title = True
        elif tok.lower_ in {"of", "for"} and i + 1 < name_start and doc[i + 1].text[:1].isupper() and i > 0 and (
            is_title_word(doc[i - 1].text) and not is_title_word(doc[i + 1].text)
        ):
            pass  # "Secretary of State", but "spokesman for Sen. Rubio": the spokesman's title is not his
        elif tok.lower_ in {"'s", "’s"} and i > 0 and doc[i - 1].ent_type_ in {"GPE", "ORG", "NORP"}:
            pass
        elif tok.lower_ in lex.title_modifiers:
            pass
        elif tok.text == "." and i > 0 and not doc[i - 1].whitespace_ and is_title_word(doc[i - 1].text + "."):
            pass  # "Lt. Gov.": the tokenizer split the abbreviation's period off; the rank stays in the title
        elif tok.text[:1].isupper() and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "PERSON", "ORDINAL"} and (
            tok.pos_ in {"PROPN", "ADJ", "NOUN"} or is_place_word(tok.text)
        ):
            pass
        else:
            break
        i -= 1
    start = i + 1
    # The run must end in a title word, or in "TITLE of Name" ("Secretary of State").
    if not has_title or start >= name_start:
        return None
    while start < name_start and not (
        is_title_word(doc[start].text) or doc[start].text[:1].isupper() or doc[start].lower_ in lex.title_modifiers
    ):
        start += 1
    last = name_start - 1
    if not is_title_word(doc[last].text):
        of_at = next((j for j in range(last, start - 1, -1) if doc[j].lower_ in {"of", "for"}), None)
        if of_at is None or of_at == start or not is_title_word(doc[of_at - 1].text):
            return None
    return start, name_start


def _role_appos(doc: Doc, root: Token, taken: set[int]) -> tuple[int, int] | None:
    """A title in apposition: "Dmitry Peskov, the Kremlin spokesman," or "the spokesman, Peskov"."""
    for child in root.children:
        if child.dep_ == "appos" and is_title_word(child.text) and child.i > root.i:
            s, e = child.left_edge.i, child.right_edge.i + 1
            s, e = _trim(doc, s, e)
            if 0 < e - s <= 8 and not any(i in taken for i in range(s, e)):
                return s, e
    head = root.head
    if (root.dep_ == "appos" and head.i < root.i and is_title_word(head.text) and head.text.islower()
            and root.doc[root.left_edge.i - 1].text == ","):
        s, e = _trim(root.doc, head.left_edge.i, head.i + 1)  # "A Red Crescent spokeswoman, Irina Babic":
        while s < e and root.doc[s].tag_ == "PRP$":  # the names in it say whose spokeswoman she is;
            s += 1  # "Their leader, Cllr Martin Hughes": a pronoun says nothing out of its sentence
        if 0 < e - s <= 8:
            return s, e
    return None


def _roles(doc: Doc, c: _Cand, name_start: int, reference: date | None, article_id: str,
           taken: set[int]) -> list[Role]:
    as_of = reference.isoformat() if reference else None
    out = []
    left = _role_left(doc, name_start, c.start)
    if left is not None and _subject_of_a_clause_on(doc[name_start : c.end].root, left):
        left = None
    appos = _role_appos(doc, doc[name_start : c.end].root, taken)
    for s, e in (found for found in (left, appos) if found is not None):
        if not _states_a_role(doc[s:e]):
            continue
        out.append(Role(doc[s:e].text, as_of, Span(article_id, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))))
    return out


def _subject_of_a_clause_on(name: Token, run: tuple[int, int]) -> bool:
    """"The federal judge Trump was referring to": the name is the subject of a clause on the title
    before it (a "that" left out), so the title is someone else's. The parse shows it either as a
    relative clause on the title or as the title and the name both hanging on the clause's verb."""
    verb = name.head
    if name.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "relcl" and run[0] <= verb.head.i < run[1]:
        return True
    title = name.doc[run[1] - 1]
    return title.head.i == verb.i and title.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}


def _states_a_role(words: SpacySpan) -> bool:
    """A form of address is no role ("Mrs.", "Dr."), and a run ending in one is another person's role
    ("spokesman for Mrs. Clinton": the spokesman's, not Mrs. Clinton's)."""
    courtesy = lexicons().courtesy_titles
    if words[-1].lower_ in courtesy:
        return False
    return any(is_title_word(t.text) and t.lower_ not in courtesy for t in words)


# ------------------------------------------------------------------ step 5: joining names


@dataclass(slots=True)
class _Group:
    """An article-local entity while it is being built (mutable only inside this module)."""

    kind: str
    members: list[tuple[_Cand, str]]  # candidate and how it joined
    roles: list[Role]

    def names(self, doc: Doc, starts: dict[int, int]) -> list[str]:
        return [strip_possessive(doc[starts.get(c.start, c.start) : c.end].text) for c, _ in self.members]


def _person_tokens(name: str) -> list[str]:
    """Name tokens without initials, in transliteration-key form."""
    words = [w for w in fold(name.replace(".", ". ")).replace("-", " ").split() if len(w) > 1]
    return [given_name_key(w) for w in words]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _join(doc: Doc, cands: list[_Cand], starts: dict[int, int]) -> list[_Group]:
    """Group cleaned candidates into article-local entities."""
    groups: dict[tuple[str, str], _Group] = {}
    order: list[tuple[str, str]] = []

    def add(key: tuple[str, str], c: _Cand, how: str) -> None:
        if key not in groups:
            groups[key] = _Group(key[0], [], [])
            order.append(key)
        groups[key].members.append((c, how))

    persons = [c for c in cands if c.label == "PERSON"]
    full: dict[str, list[str]] = defaultdict(list)  # surname key -> full-name keys
    full_name: dict[str, str] = {}
    introduced: dict[str, int] = {}  # full-name key -> token where it is first written
    for c in persons:
        toks = _person_tokens(doc[starts[c.start] : c.end].text)
        if len(toks) >= 2 and particle_surname(doc[starts[c.start] : c.end].text) is None:
            key = " ".join(toks)
            full_name.setdefault(key, strip_possessive(doc[starts[c.start] : c.end].text))
            introduced[key] = min(introduced.get(key, c.start), c.start)
            if key not in full[surname_of(toks)]:
                full[surname_of(toks)].append(key)
    formal = _formal_names(full)
    for short, long in formal.items():
        introduced[long] = min(introduced[long], introduced.pop(short))
        full[surname_of(short.split())] = [k for k in full[surname_of(short.split())] if k != short]
    # "Kim Jong Un" ... "Kim", "Wang Yi" ... "Wang": the first word of one full name, when it is no
    # given name the lexicon knows and no full name ends with it, is a surname written first
    first_of: dict[str, list[str]] = defaultdict(list)
    headline = _title_case_tokens(doc)
    titled = {" ".join(_person_tokens(doc[starts[c.start] : c.end].text)) for c in persons
              if _titled(doc, c, starts) and c.start not in headline}  # not "President Obama Overturns"
    for keys in full.values():
        for k in keys:
            if _plain_full_name(full_name[k]) and (k in titled or any(formal.get(t) == k for t in titled)):
                first_of[k.split()[0]].append(k)
    # the gender a title or a given name gives each full name ("Mr. Gary Gomes", "Catherine Gomes")
    gender_of: dict[str, str] = {}
    for c in persons:
        key = " ".join(_person_tokens(doc[starts[c.start] : c.end].text))
        key = formal.get(key, key)
        if (g := _title_gender(doc, c, starts) or gender_of_name(full_name.get(key, ""))) is not None:
            gender_of.setdefault(key, g)
    singles = []
    for c in cands:
        text = strip_possessive(doc[starts.get(c.start, c.start) : c.end].text)
        if c.label == "PERSON":
            toks = _person_tokens(text)
            if (rest := particle_surname(text)) is not None and _person_tokens(rest):
                singles.append((c, _person_tokens(rest)[-1]))  # "Bin Salman", "al-Sharaa": a surname
            elif len(toks) >= 2 and " ".join(toks) in formal:
                add(("PERSON", formal[" ".join(toks)]), c, f"short form of {full_name[formal[' '.join(toks)]]}")
            elif len(toks) >= 2:
                add(("PERSON", " ".join(toks)), c, "exact name")
            elif toks:
                singles.append((c, toks[0]))
        else:
            add((c.label, fold(text)), c, "exact name")
    established: dict[str, tuple[str, int]] = {}  # surname -> (full-name key, its first bare use)
    for c, tok in singles:
        keys = full.get(tok, [])
        if (g := _title_gender(doc, c, starts)) is not None:
            # "Ms. Gomes" beside "Gary Gomes" and "Catherine Gomes": only a namesake of her gender
            keys = [k for k in keys if gender_of.get(k, g) == g]
        # News introduces a person by full name before using the surname alone; a namesake written
        # in full only later ("his wife, Michele LaCalamita") cannot be who the surname meant before.
        before = [k for k in keys if introduced[k] < c.start]
        kept = established.get(tok)
        if len(keys) == 1:
            add(("PERSON", keys[0]), c, f"surname of {full_name[keys[0]]} seen in article")
            established.setdefault(tok, (keys[0], c.start))
        elif len(before) == 1:
            add(("PERSON", before[0]), c, f"surname of {full_name[before[0]]}, the only one so named before it")
            established.setdefault(tok, (before[0], c.start))
        elif kept is not None and kept[0] in keys and all(k == kept[0] or introduced[k] > kept[1] for k in before):
            # "His father, Ike Parsons LaRue" in an obituary of Fred LaRue: news keeps the bare
            # surname for the person it already meant and names the namesakes in full
            add(("PERSON", kept[0]), c, f"surname of {full_name[kept[0]]}, which it named before any namesake was introduced")
        elif not keys and not is_given_name(tok) and len(first_of.get(tok, [])) == 1:
            key = first_of[tok][0]
            add(("PERSON", key), c, f"first name of {full_name[key]}, the one titled full name it opens")
        elif len(keys) > 1:
            names = ", ".join(full_name[k] for k in keys)
            add(("PERSON", tok), c, f"exact name (ambiguous surname: {names} in article)")
        else:
            add(("PERSON", tok), c, "exact name")
    # Acronyms and short forms of longer names of the same kind ("US"/"United States",
    # "Treasury Department"/"US Treasury Department"), and tickers ("Orvane (NYSE: ORV)").
    ends = {c.end: k for k in order if k[0] == "ORG" for c, _ in groups[k].members}
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for key in order:
        kind, folded = key
        if kind == "PERSON":
            continue
        text = _surface(doc, groups[key].members[0][0])
        words = folded.split()
        targets = []
        for other in order:
            okind, ofolded = other
            if other == key or okind != kind or len(ofolded.split()) <= len(words):
                continue
            otext = _surface(doc, groups[other].members[0][0])
            if len(words) == 1 and text.replace(".", "").isupper() and len(text.replace(".", "")) >= 2 and (
                _initials(otext).upper() == text.replace(".", "")
            ):
                targets.append((other, f"acronym of {otext}"))
            elif kind not in {"GPE", "LOC", "NORP"} and ofolded.split()[-len(words):] == words and not any(
                ch.isdigit() for ch in " ".join(ofolded.split()[: -len(words)])
            ):  # "85th Academy Awards" is one ceremony, not the awards
                targets.append((other, f"short form of {otext}"))
            elif kind == "ORG" and org_without_suffix(ofolded.split()) == words:
                targets.append((other, f"short form of {otext}"))  # "Celtic" of "Celtic FC"
            elif kind == "ORG" and not text.isupper() and _company_short_form(words, ofolded.split()):
                targets.append((other, f"short form of {otext}"))  # "Harlow" of "Harlow Foods"
        if len(words) == 1 and folded.endswith("s") and (kind, folded[:-1]) in groups:
            targets = [((kind, folded[:-1]), f"plural of {_surface(doc, groups[(kind, folded[:-1])].members[0][0])}")]
        owners = {_ticker_owner(doc, c, ends) for c, _ in groups[key].members}
        if kind == "ORG" and len(owners) == 1 and None not in owners and owners != {key}:
            owner = next(iter(owners))
            targets = [(owner, f"ticker of {_surface(doc, groups[owner].members[0][0])}")]  # type: ignore[index]
        if len({t for t, _ in targets}) == 1:
            merged[key] = targets[0][0]
            target, how = targets[0]
            for c, _ in groups[key].members:
                groups[target].members.append((c, how))
    return [groups[k] for k in order if k not in merged]


def _ticker_owner(doc: Doc, c: _Cand, ends: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """The organisation a stock ticker is given for: "Orvane Pharmaceuticals (NYSE: ORV)", "Aldine
    Financial (Nasdaq: ALDF)": a word in capitals after an exchange's name and a colon, in brackets
    right after the company's name. The ticker is another name of the company, not a body of its own."""
    i = c.start
    if c.end - i != 1 or i < 3 or not doc[i].text.isalpha() or not doc[i].text.isupper():
        return None
    exchange, colon, bracket = doc[i - 2], doc[i - 1], doc[i - 3]
    closed = c.end < len(doc) and doc[c.end].text == ")"
    if colon.text != ":" or bracket.text != "(" or not closed or not exchange.text[:1].isupper() or not exchange.is_alpha:
        return None
    return ends.get(i - 3)


def _titled(doc: Doc, c: _Cand, starts: dict[int, int]) -> bool:
    """Whether a person's name is written with a title before it ("Foreign Minister Wang Yi",
    "leader Kim Jong Un"): inside the model's span or right before it."""
    s = starts.get(c.start, c.start)
    return s > c.start or (c.start > 0 and is_title_word(doc[c.start - 1].text))


def _title_gender(doc: Doc, c: _Cand, starts: dict[int, int]) -> str | None:
    """m/f when a gendered title stands right before the name ("Mr. Gomes", "Ms. Gomes", "Mrs.
    Clinton"), inside the model's span or just outside it; None otherwise."""
    s = starts.get(c.start, c.start)
    words = [t.text for t in doc[c.start : s]] or ([doc[c.start - 1].text] if c.start > 0 else [])
    genders = {lexicons().title_gender.get(fold(w)) for w in words} - {None}
    return genders.pop() if len(genders) == 1 else None


def _plain_full_name(name: str) -> bool:
    """Two or three capitalised words of letters ("Wang Yi", "Kim Jong Un"): the shape of a name a
    surname may open. Not "MacBook Pro", "BlackBerry Q10" or "Colts QB Andrew Luck", which the
    model takes for people."""
    words = name.split()
    return 2 <= len(words) <= 3 and particle_surname(name) is None and all(
        w.isalpha() and w.istitle() for w in words)


def _formal_names(full: dict[str, list[str]]) -> dict[str, str]:
    """Full-name keys written shorter, to the fuller key the article also writes: "tom whitaker" ->
    "thomas whitaker" (a short given name), "hillary clinton" -> "hillary rodham clinton" and "fred
    larue" -> "frederick cheney larue" (middle names left out, and a short given name). Joined only
    when one fuller name fits: beside two, the short one could be either."""
    out: dict[str, str] = {}
    for keys in full.values():
        for a in keys:
            fits = [b for b in keys if b != a and _shorter_form(a.split(), b.split())]
            widest = [b for b in fits if not any(o != b and _shorter_form(b.split(), o.split()) for o in fits)]
            if len(widest) == 1:
                out[a] = widest[0]
    return {a: b for a, b in out.items() if b not in out}


def _shorter_form(wa: list[str], wb: list[str]) -> bool:
    """Whether name words ``wa`` are ``wb`` written shorter: the same last word, the same given name
    or a short form of it, and the middle words of ``wa`` all among those of ``wb``, in order."""
    if len(wa) < 2 or len(wa) > len(wb) or wa[-1] != wb[-1]:
        return False
    if not (wa[0] == wb[0] or is_short_form(wa[0], wb[0])):
        return False
    if len(wa) == len(wb):
        return wa[1:] == wb[1:] and wa[0] != wb[0]
    rest = iter(wb[1:-1])
    return all(w in rest for w in wa[1:-1])


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


def _sentence_spans(doc: Doc, article_id: str) -> list[Span]:
    """The sentence span of every token, computed once per document."""
    out: list[Span] = []
    for sent in doc.sents:
        out.extend([Span(article_id, sent.start_char, sent.end_char)] * (sent.end - sent.start))
    return out


# Marks the tokenizer leaves glued to a name that opens a line: "-Craig Fehrman explains...",
# "•Putin said". They are list or byline punctuation, not part of the name.
_LEADING_MARKS = "-–—•*·"


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


def extract_entities(doc: Doc, article_id: str, reference: date | None) -> tuple[list[Mention], list[Entity]]:
    """Mentions of named entities and the article-local entities they join into.

    Roles are dated with ``reference`` (the article's reference date). Entity ids are
    ``record_id(article_id, canonical name, kind)``; mention ids hash the article and span.
    """
    cands = _consistent_labels(doc, _split_pairs(doc, _untagged_short_forms(doc, _grow_to_known(doc, _headline_names(doc, _clean(doc))))))
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
