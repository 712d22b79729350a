"""Step 4: titles stripped from person names and kept as dated roles.

"U.S. Secretary of State Marco Rubio", "Dmitry Peskov, the Kremlin spokesman,": the title run
before a name, or a title in apposition to it, is the person's role, not part of the name. The
label step strips titles the same way (``_title_strip``), so "President Putin" and "Putin" vote
as one form.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.analyze.entities.candidates import _trim
from storyline.analyze.entities.common import _CONNECTORS, _Cand
from storyline.analyze.names import is_place_word, is_title_word, lexicons
from storyline.records import Role, Span


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
