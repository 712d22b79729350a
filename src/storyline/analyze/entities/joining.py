"""Step 5: cleaned candidates joined into article-local entities.

News introduces a name in full and then shortens it. Mentions join when the name is the same, a
surname of one full name (or of the one introduced before it, or of the person it already meant, or
of the namesake a gendered title chooses), a shorter form of a fuller name, a surname written first,
an acronym, a short form, the name without its legal suffix, a company's first word(s) or a ticker.
"""

from __future__ import annotations

import re

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.analyze.entities.common import INSTRUMENT_CODE, _Cand, _surface
from storyline.analyze.entities.headlines import _title_case_tokens
from storyline.analyze.entities.shapes import _company_short_form, _plain_full_name
from storyline.analyze.names import (
    fold, gender_of_name, given_name_key, is_given_name, is_short_form, is_title_word, lexicons, org_without_suffix,
    particle_surname, strip_possessive, surname_of,
)
from storyline.analyze.nlp import doc_text
from storyline.records import Role


@dataclass(slots=True)
class _Group:
    """An article-local entity while it is being built (mutable only inside this package)."""

    kind: str
    members: list[tuple[_Cand, str]]  # candidate and how it joined
    roles: list[Role]

    def names(self, doc: Doc, starts: dict[int, int]) -> list[str]:
        return [strip_possessive(doc[starts.get(c.start, c.start) : c.end].text) for c, _ in self.members]


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def _surname_first_shape(name: str) -> bool:
    """"Park Min-jae", "Lee Seung-woo": a given name of two syllables joined by a hyphen, the second in
    lower case, is the Korean shape, where the family name comes first ("Park said ...")."""
    return _HYPHENATED_GIVEN.fullmatch(name) is not None


def _person_tokens(name: str) -> list[str]:
    """Name tokens without initials, in transliteration-key form."""
    words = [w for w in fold(name.replace(".", ". ")).replace("-", " ").split() if len(w) > 1]
    return [given_name_key(w) for w in words]


def _ending_with(toks: list[str], full_name: dict[str, str], introduced: dict[str, int], start: int,
                 title_end: int) -> str | None:
    """The one longer full name introduced before ``start`` whose last words are ``toks``: "Sami Ben
    Amor" ... "Ben Amor", "Andres Manuel Lopez Obrador" ... "Lopez Obrador". News writes a compound
    surname alone after the full name, as it does a one-word surname; read as a full name of its own
    ("Ben" a given name) it would be a second person. A headline's short form looks at the whole
    text (the caller passes its end), as headlines name people before the story introduces them; a
    longer name only the headline gives is left out, as a headline's verb glued to a name ("Obama
    Nominates Regina Benjamin") makes one. None when no name, or two, end so."""
    n = len(toks)
    keys = [k for k in full_name if len(k.split()) > n and k.split()[-n:] == toks
            and title_end <= introduced.get(k, start) < start and not _BRACKETS.search(full_name[k])]
    return keys[0] if len(keys) == 1 else None


_BRACKETS = re.compile(r"[()\[\]]")  # "Network)-Wladimir Klitschko": scraped debris, no name


def _title_end(doc: Doc) -> int:
    """The token after the text's title: its first line when that has no full stop at its end ("Tunisia
    sets trial date for jailed opposition leader Ben Amor"); 0 when the text has none."""
    text = doc_text(doc)
    line = text.split("\n", 1)[0].rstrip()
    if not line or "\n" not in text or line[-1] in ".!?\"”":
        return 0
    return next((t.i for t in doc if t.idx >= len(line)), len(doc))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _join(doc: Doc, cands: list[_Cand], starts: dict[int, int]) -> list[_Group]:
    """Group cleaned candidates into article-local entities."""
    title_end = _title_end(doc)
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
            if (_plain_full_name(full_name[k]) and (k in titled or any(formal.get(t) == k for t in titled))
                    or _surname_first_shape(full_name[k])):
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
            elif len(toks) >= 2 and (longer := _ending_with(
                    toks, full_name, introduced, len(doc) if c.start < title_end else c.start, title_end)) is not None:
                add(("PERSON", longer), c, f"compound surname of {full_name[longer]}, introduced before it")
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
    right after the company's name; or an instrument code alone in brackets ("Nordhavn (NORD.CO)",
    common.INSTRUMENT_CODE). The ticker is another name of the company, not a body of its own."""
    i = c.start
    if c.end - i == 1 and i >= 1 and INSTRUMENT_CODE.fullmatch(doc[i].text) and doc[i - 1].text == "(" \
            and c.end < len(doc) and doc[c.end].text == ")":
        return ends.get(i - 1)
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
