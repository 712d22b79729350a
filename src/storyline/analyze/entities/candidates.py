"""Step 1: candidate mentions from the model's spans, cleaned, grown and completed.

The model's spans run across line breaks and into lower-case words, keep determiners, possessives
and match scores, and take a capitalised sentence-opening common word for a name. The cleaning here
cuts and trims them and drops junk (a person's name followed by "Hospital" becomes the building).
Then a name the model tagged only in part grows to the form the article writes whole elsewhere, and
a company's short form the model left untagged becomes a candidate whose label ``labels`` decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from storyline.analyze.datelines import dateline_end
from storyline.analyze.entities.common import (
    INSTRUMENT_CODE, LABELS, _CONNECTORS, _Cand, _DETERMINERS, _HYPHENS, _is_name_token, _key, _score_at,
)
from storyline.analyze.entities.shapes import _company_short_form
from storyline.analyze.names import fold, is_institution_word, is_junk_name, lexicons, strip_possessive
from storyline.analyze.nlp import doc_text


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


# Time zones written after a clock time ("shortly after 10 a.m. (0800 GMT)"): the model reads them
# as organisations
_TIME_ZONES = frozenset({"GMT", "UTC", "CET", "CEST", "EET", "EEST", "BST", "EST", "EDT", "CST", "CDT", "MST",
                         "MDT", "PST", "PDT", "IST", "JST", "KST", "AEST", "AEDT", "MSK", "WIB", "HKT", "SGT"})


# "before Feb 24, the anniversary": a date the model takes for a law or an event is no name
_CALENDAR_DATE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?")


def _time_zone(doc: Doc, start: int, end: int) -> bool:
    """"0800 GMT", "10 a.m. EDT", "14:05 GMT": a zone's letters right after a number, a clock time or
    a clock's "a.m."/"p.m." (a live page's time stamps)."""
    if end - start != 1 or doc[start].text not in _TIME_ZONES or start == 0:
        return False
    before = doc[start - 1]
    return before.like_num or before.lower_ in {"a.m.", "p.m.", "am", "pm"} or _CLOCK.fullmatch(before.text) is not None


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _lone_title_modifier(doc: Doc, start: int, end: int) -> bool:
    """"Interior ministry gives lower figure" (a live page's heading), "Foreign ministry officials":
    a lone title modifier (lexicons/entities_title_modifiers.txt) capitalised before a lower-case
    office word is the first word of a heading or sentence naming a ministry, no name of its own
    ("the Navy said" keeps its Navy)."""
    return (end - start == 1 and doc[start].lower_ in lexicons().title_modifiers and end < len(doc)
            and doc[end].is_lower and doc[end].lower_ in _OFFICE_WORDS)


_OFFICE_WORDS = frozenset({"ministry", "ministries", "minister", "ministers", "department", "secretary", "office"})


def _title_modifiers_at_end(doc: Doc, start: int, end: int) -> int:
    """"Qalati Foreign Minister Yusuf al-Marri", read by the model as "Qalati Foreign" and a person:
    capitalised words that open a title (lexicons/entities_title_modifiers.txt: Foreign, Interior)
    ending a span right before the title's head word belong to the title, not the name."""
    modifiers = lexicons().title_modifiers
    e = end
    while e - 1 > start and doc[e - 1].text.istitle() and doc[e - 1].lower_ in modifiers and e < len(doc) \
            and doc[e].text.istitle() and doc[e].lower_ in {"minister", "secretary", "ministry", "department"}:
        e -= 1
    return e


# Labels the model gives a company's name run on into its officer's office and name ("Nordhavn Chief
# Executive Mette Kjaer" read as a work of art): never a person's, so the words before the office
# name the company (a place or a nationality keeps its label).
_OFFICE_SPLIT_LABELS = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "LAW", "FAC", "GPE", "NORP"})


def _office_inside(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """"Nordhavn Chief Executive Mette Kjaer" (WORK_OF_ART): the token range of a capitalised company
    office (lexicons/entities_cues.txt [company_office], with the title modifiers before it) inside a
    span the model did not read as a person, after a capitalised word and followed by capitalised
    words only (the officer's name). A company's name is not a title: the span is the company, the
    office, then a person."""
    if label not in _OFFICE_SPLIT_LABELS or end - start < 2:
        return None
    offices = lexicons().cues.get("company_office", frozenset())
    modifiers = lexicons().title_modifiers
    for k in range(start + 1, end):
        if not doc[k].text.istitle():
            continue
        j = next((k + n for n in (3, 2, 1) if k + n <= end and " ".join(t.lower_ for t in doc[k : k + n]) in offices), None)
        if j is None or j == end:
            # only a company's office with its officer's name after it: a bare title word ends many
            # a body's own name ("Surgeon General", "Notre Dame", "Hollywood Reporter")
            continue
        while k > start and doc[k - 1].text.istitle() and doc[k - 1].lower_ in modifiers:
            k -= 1  # "Nordhavn Deputy Chief ..." keeps the modifier with the office
        if k == start or not doc[k - 1].text[:1].isupper():
            # "Prime Minister Anthony Albanese": no company before the office; "Office of the
            # President": the office is part of the body's own name
            return None
        if all(t.text.istitle() and t.is_alpha for t in doc[j:end]):
            return k, j
        return None
    return None


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
            e = _title_modifiers_at_end(doc, s, e)
            if s >= e:
                continue
            text = strip_possessive(doc[s:e].text)
            if is_junk_name(text) or _capitalised_common_noun(doc, s, e) or _common_word_opening(doc, s, e, label, lower_words) \
                    or _time_zone(doc, s, e) or _CALENDAR_DATE.fullmatch(text) or _lone_title_modifier(doc, s, e):
                continue
            note = () if (s, e) == (start, end) or doc[start].lower_ in _DETERMINERS else (
                f"span trimmed from '{doc[start:end].text}'",)
            if e - s == 1 and INSTRUMENT_CODE.fullmatch(doc[s].text) and label != "ORG":
                note += (f"'{doc[s].text}' has the shape of a stock's instrument code (model said {label})",)
                label = "ORG"
            if (office := _office_inside(doc, s, e, label)) is not None:
                k, j = office
                why = (f"'{doc[k:j].text}' inside '{doc[s:e].text}': a company, its office and its officer",)
                cands.append(_Cand(s, k, label if label in {"GPE", "NORP"} else "ORG", note + why))
                if j < e:
                    cands.append(_Cand(j, e, "PERSON", note + why))
                continue
            if label == "PERSON" and (given := _given_names_after_courtesy(doc, s)) < s:
                note += (f"'{doc[given:s].text}' between the form of address and '{doc[s:e].text}' is part of the name",)
                s = given
            if label == "PERSON" and (glued := _hyphenated_given_name_end(doc, e)) is not None:
                note += (f"'{doc[s:e].text}' runs on to '{doc[s:glued].text}' (a given name of two syllables)",)
                e = glued
            if label == "PERSON" and (named := _names_a_building(doc, e)) is not None:
                note += (f"'{doc[s:named[0]].text}' names the {doc[named[0] - 1].text} after it",)
                e, label = named
            cands.append(_Cand(s, e, label, note))
    return cands


# lower-case words glued after a name with a hyphen that make it a modifier, not a longer name
# ("Trump-backed", "Putin-era", "Merkel-style")
_COMPOUND_SUFFIXES = frozenset({"led", "backed", "era", "style", "born", "based", "owned", "linked", "like", "type",
                                "free", "run", "made", "friendly", "allied", "aligned", "leaning", "appointed",
                                "supported", "controlled", "held", "funded", "brokered", "sponsored", "esque", "ism",
                                "ist", "ite", "ian"})


def _given_names_after_courtesy(doc: Doc, s: int) -> int:
    """Where a person's name starts when the model left out the given names between a form of
    address and the rest ("Shri Harish Chandra Mehra" tagged "Chandra Mehra"): up to two capitalised
    proper nouns right after a courtesy title (lexicons/entities_titles.txt) are the name's own."""
    courtesy = lexicons().courtesy_titles
    k = s
    while k > 0 and s - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].lower_ not in courtesy:
        k -= 1
    return k if 0 < k < s and doc[k - 1].lower_ in courtesy else s


def _hyphenated_given_name_end(doc: Doc, e: int) -> int | None:
    """The end of a person's name whose given name is written with a hyphen and a lower-case second
    syllable ("Park Min-jae", "Lee Seung-woo", "Kim Jong-un"), which the model cuts at the hyphen;
    not a name made a modifier ("a Trump-backed candidate", "Putin-era laws")."""
    if e + 1 >= len(doc) or doc[e].text not in _HYPHENS or doc[e - 1].whitespace_ or doc[e].whitespace_:
        return None
    tail = doc[e + 1]
    if not (tail.is_alpha and tail.text.islower() and 2 <= len(tail.text) <= 5) or tail.lower_ in _COMPOUND_SUFFIXES:
        return None
    after = doc[e + 2] if e + 2 < len(doc) else None
    if after is not None and not tail.whitespace_ and after.is_alpha:
        return None  # the word goes on
    if after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"} and after.text[:1].islower():
        return None  # "a Lee-led coalition": a modifier of the noun after it
    return e + 2


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


# The parts of a dateline ("BRASTOV, Nov 13 (Continental Press) -"): the place in capitals it opens
# with, and the agency set in parentheses after the place or the date.
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\-]*[A-Z.](?: [A-Z][A-Z.'\-]*[A-Z.])*(?=[ ,(])")
_DATELINE_AGENCY = re.compile(r"\(([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)*)\)")


def _dateline_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Candidates for the names of a dateline the model left untagged: "DOVRAN, March 2 (Meridian
    Wire) -" names the place the story was filed from and the agency that filed it. Only a dateline
    that carries a date or an agency counts (a bare "UPDATE -" is no place). The candidates have no
    label of their own: the context cues of ``cues`` (a dateline's place, a dateline's agency) give
    it, and their form then labels the name wherever the article writes it ("produced by Meridian
    Wire": an agency, though the model read a person)."""
    text = doc_text(doc)
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    for para, end in _datelines(text):
        head = text[para:end]
        agency = _DATELINE_AGENCY.search(head)
        place = _DATELINE_PLACE.match(head)
        dated = agency is not None or any(ch.isdigit() for ch in head)
        found = [(agency.start(1), agency.end(1), "agency")] if agency is not None else []
        if place is not None and dated and (agency is None or place.end() <= agency.start()):
            found.append((place.start(), place.end(), "place"))
        for s, e, what in found:
            span = doc.char_span(para + s, para + e)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            out.append(_Cand(span.start, span.end, "", (f"untagged; the {what} of a dateline",)))
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda c: (c.start, c.end))


def _datelines(text: str) -> Iterator[tuple[int, int]]:
    """(paragraph start, dateline end) of each paragraph that opens with a dateline."""
    para = 0
    while para < len(text):
        end = dateline_end(text, para)
        if end is not None:
            yield para, end
        nl = text.find("\n", para)
        if nl < 0:
            return
        para = nl + 1


_NAME_JOINERS = frozenset({"of", "and", "&", "for", "de", "du", "van", "von"})


def _names_after_dateline(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Candidates for the name that opens a report after its dateline: "March 10 (Reuters) - Meridian
    Health Partners, which runs 14 hospitals, said ..." The model, reading the dateline and the name as
    one run, often leaves the name untagged, and the report then never names the company it is about.
    A run of capitalised proper nouns (with "of", "and" between two of them) right after the dateline,
    not inside a tagged name, is a candidate: ORG where its last word says it is a body
    (``_body_by_last_word``), else unlabelled, kept only where a context cue or the same name elsewhere
    in the article labels it."""
    text = doc_text(doc)
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    for _, end in _datelines(text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        i = span.start if span is not None else len(doc)
        while i < len(doc) and (doc[i].is_space or doc[i].is_punct) and doc[i].idx < end + 4:
            i += 1
        j = _proper_noun_run(doc, i, taken, _NAME_JOINERS)
        opens = i < len(doc) and doc[i].idx > 0 and text[doc[i].idx - 1].isspace()  # not "AFL-CIO"
        # a run that stops at a tagged name is a title of it ("President Barack Obama", "Sen. Ted Cruz")
        if j > i and i not in taken and opens and j not in taken:
            note = "untagged; the name opening a report after its dateline"
            out.append(_Cand(i, j, _body_by_last_word(doc[j - 1].text), (note,)))
    return sorted(out, key=lambda c: (c.start, c.end))


def _proper_noun_run(doc: Doc, i: int, taken: set[int], joiners: frozenset[str] = frozenset()) -> int:
    """The end of the run of capitalised proper nouns from token ``i`` that no candidate holds; a word
    of ``joiners`` before another proper noun ("Bank of England") stays inside, so a run that reaches a
    tagged name that way ends on it (the caller reads that as part of a longer name)."""
    def name_word(k: int) -> bool:
        return k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
    j = i
    while name_word(j) and j not in taken:
        j += 1
        if j < len(doc) and doc[j].lower_ in joiners and name_word(j + 1):
            j += 1
    return j


@cache
def _body_last_words() -> frozenset[str]:
    cues = lexicons().cues
    return frozenset().union(*(cues.get(section, frozenset()) for section in ("company_word", "charity_word", "org_suffix")))


def _body_by_last_word(word: str) -> str:
    """ORG for a name whose last word says it is a company, a charity or an institution ("Meridian
    Health Partners", "Harlow Foods", "the Interior Ministry", "Celtic FC"); "" (no label) otherwise."""
    return "ORG" if fold(word).strip(".") in _body_last_words() or is_institution_word(word) else ""


# Labels of names an untagged repeat may take: the model leaves "Armenia" untagged at the head of a
# sentence after a dateline's dash though it tags it two sentences on ("Foreign Minister Anna Feld of
# Armenia").
_REPEATED_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"})


def _untagged_repeats(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Candidates for a name the model tagged in one place and left untagged in another: a run of
    capitalised proper nouns (not inside a tagged name, not running into another capitalised word)
    written exactly as a name the article tags elsewhere. Without it the act whose party it is names
    that party by a bare string, which joins no report naming the tagged country or body. The
    candidate has no label of its own: the label step gives it its form's label in the article."""
    forms = {_key(doc[c.start : c.end].text) for c in cands if c.label in _REPEATED_LABELS}
    if not forms:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha:
            i += 1
            continue
        end = _proper_noun_run(doc, i, taken)
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[end] if end < len(doc) else None
        joined = (prev is not None and prev.text[:1].isupper() and prev.is_alpha and not tok.is_sent_start) or (
            nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha)
        if not joined and _key(doc[i:end].text) in forms:
            out.append(_Cand(i, end, "", ("untagged; written as a name the article tags elsewhere",)))
        i = end
    return sorted(out, key=lambda c: (c.start, c.end))
