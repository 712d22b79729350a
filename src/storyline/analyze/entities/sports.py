"""Context cues that a name is a team or a club (ORG), which the model reads as a person or a place.

Sport news names sides in results, signings, roles and plural verbs ("Arsenal beat Chelsea 2-0",
"United have won"); these rules read the parse for them, for ``cues._cue_label``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.entities.common import _Cand, _HYPHENS, _score_at
from storyline.analyze.names import fold, is_given_name, is_place_word


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
