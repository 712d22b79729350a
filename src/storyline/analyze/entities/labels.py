"""Step 3, per article: one label for each surface form of a name.

Context cues decide first (``cues``), then PERSON for the surname of a full PERSON name no cue says
is something else (and for the first word of one titled full name), a place the lexicon knows, then
the majority of the model's labels. A company's short form is ORG unless something says it is a
place or a person, and a full name ending in a surname a cue showed to be a person's is PERSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from storyline.analyze.entities.common import _CONNECTORS, _Cand, _DETERMINERS, _key
from storyline.analyze.entities.cues import _PLACE_PREPS, _cue_label
from storyline.analyze.entities.headlines import _title_case_tokens
from storyline.analyze.entities.roles import _title_strip
from storyline.analyze.entities.shapes import _company_short_form, _plain_full_name
from storyline.analyze.names import (
    is_generic_institution, is_given_name, is_place_word, is_title_word, lexicons, surname_of,
)


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
    demonyms = _places_of_demonyms(cands, forms, by_form)
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
        elif f in demonyms and not set(votes) <= {"GPE", "LOC"} and not ("PERSON" in votes and is_given_name(f)):
            # "Morvakia denied ..." beside "Morvakian President Lukas Brenner": the place whose
            # people the article names, though the model read an unknown country as a person or a body
            label, why = "GPE", f"'{f}' is the place of '{demonyms[f]}' in article"
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


def _places_of_demonyms(cands: list[_Cand], forms: list[str], by_form: dict[str, list[int]]) -> dict[str, str]:
    """One-word forms that are the place of a one-word demonym the article writes and the model (or
    a cue) tagged NORP: "Morvakia" of "Morvakian", "Ostrana" of "Ostranan", "Velmor" of "Velmorese",
    "Kharam" of "Kharami", by form, with the demonym (a form the model tagged NORP itself only when it
    ends in -ia: "Taldoria" of "Taldorian"). The demonym adds -n, -an, -ian, -ese, -i or -ish
    to the place's name, or puts one of them for its last vowel ("Corvino"/"Corvinian"). A name ending
    in a consonant that the model read as a person's is kept out of -an and -ian ("Orwell" of
    "Orwellian", "Jordan" of "Jordanian": a person's adjective has that shape too)."""
    norp = {forms[i] for i, c in enumerate(cands) if c.label == "NORP" and " " not in forms[i]}
    if not norp:
        return {}
    out: dict[str, str] = {}
    for f, idx in by_form.items():
        if " " in f or len(f) < 4 or not f.isalpha():
            continue
        person = any(cands[i].label == "PERSON" for i in idx)
        if f in norp:  # "Taldoria" beside "Taldorian", both tagged NORP; not "Serb" of "Serbian" (a people)
            shapes = {f + "n"} if f.endswith("ia") else set()
        elif f[-1] in "aeiouy":
            shapes = {f + "n"} | {f[:-1] + end for end in ("an", "ian", "ese", "i", "ish")}
        else:
            shapes = {f + end for end in ("ese", "i")} | (set() if person else {f + "an", f + "ian"})
        if found := sorted(shapes & norp):
            out[f] = found[0]
    return out


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
    people = {f: set(f.split()) for f, idx in by_form.items() if " " in f and any(cands[i].label == "PERSON" for i in idx)}
    out = list(cands)
    for f, idx in by_form.items():
        if all(doc[cands[i].start : cands[i].end].text.isupper() for i in idx):
            continue  # "ABC" beside "ABC Entertainment Group": an acronym names its own body (the network)
        longer = [g for g in orgs if _company_short_form(f.split(), g.split())]
        if len(longer) != 1 or any(lab != "ORG" for lab in cued[f]) or f in surnames:
            continue
        # the words of other people's names; a short form the model took for a person itself ("Safe
        # Harbour" of "Safe Harbour Trust") is no person's name unless a given name opens it
        person_words = {w for g, words in people.items() if g != f for w in words}
        if (f in people and is_given_name(f.split()[0])) or set(f.split()) & person_words or is_place_word(f) or any(
                cands[i].label in {"GPE", "LOC"} or _after_place_preposition(doc, cands[i]) for i in idx):
            continue
        full = next(doc[cands[i].start : cands[i].end].text for i in by_form[longer[0]])
        for i in idx:
            if cands[i].label != "ORG":
                why = f"label ORG (model said {cands[i].label or 'untagged'}): short form of {full} in article"
                out[i] = replace(cands[i], label="ORG", notes=cands[i].notes + (why,))
    return out


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
