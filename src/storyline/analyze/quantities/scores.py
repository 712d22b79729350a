"""Two numbers glued by a dash: a score or odds ("a 2-1 defeat", "20-1"), which is no figure, or a
vote tally ("voted 5-2"), whose numbers count votes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import word_sections
from storyline.analyze.quantities.numbers import _glued_dash, _value


def _score(tok: Token) -> bool:
    """"a 2-1 defeat", "odds of 20-1", "beat them 45-40": two numbers glued by a dash with the
    larger first are a score or odds, not a range (ranges run low-high: "30-60") and not a count.
    Vote tallies ("voted 5-2") are kept: a voting word makes them counts of votes."""
    doc = tok.doc
    i = tok.i
    if i + 2 < len(doc) and _glued_dash(doc, i + 1):
        a, b = i, i + 2
    elif i >= 2 and _glued_dash(doc, i - 1):
        a, b = i - 2, i
    else:
        return False
    va, vb = _value(doc[a]), _value(doc[b])
    if va is None or vb is None or va < vb:
        return False
    return _vote_tally(doc, i, i) is None


def _vote_nouns() -> frozenset[str]:
    """Nouns that make "N-M" before them a vote tally ("a 5-2 ruling"), lexicons/figure_vote_words.txt."""
    return word_sections("figure_vote_words.txt").get("nouns", frozenset())


def _vote_tally(doc: Doc, first: int, last: int) -> str | None:
    """"voted 6-3", "a 51-49 vote", "ruled 5-2": the tally "N-M" this number is half of, when a
    voting verb stands before it or a voting noun after it (lexicons/figure_vote_words.txt); None
    otherwise (a score, "beat Clemson 45-40", counts no votes)."""
    if first != last:
        return None
    if last + 2 < len(doc) and _glued_dash(doc, last + 1) and doc[last + 2].like_num:
        a, b = first, last + 2
    elif first >= 2 and _glued_dash(doc, first - 1) and doc[first - 2].like_num:
        a, b = first - 2, first
    elif (spelled := _spelled_tally(doc, first)) is not None:
        return spelled
    elif (sided := _sided_count(doc, first)) is not None:
        return sided
    else:
        return None
    words = word_sections("figure_vote_words.txt")
    before = doc[a - 1] if a > 0 else None
    after = doc[b + 1] if b + 1 < len(doc) else None
    if (before is not None and before.lemma_.lower() in words.get("verbs", frozenset())) or (
            after is not None and after.lower_ in words.get("nouns", frozenset())) or _vote_noun_before(doc, a):
        return f"{doc[a].text}-{doc[b].text}"
    return None


# How many words may stand between a voting noun and the tally it leads to ("a vote of", "the
# final tally came in at"): enough for a preposition and a short verb, too few to reach across clauses.
_VOTE_NOUN_REACH = 4


def _vote_noun_before(doc: Doc, a: int) -> bool:
    """"passed by a vote of 60-38", "the final tally came in at 232-197", "the vote was 5-4": a
    voting noun (lexicons/figure_vote_words.txt) a few words before the tally, with no punctuation
    between, names what the two numbers count. Wire copy writes the tally after its noun as often as
    before it ("a 60-38 vote"); read as a score, the larger-first pair was dropped as no figure."""
    nouns = word_sections("figure_vote_words.txt").get("nouns", frozenset())
    for j in range(a - 1, max(a - 1 - _VOTE_NOUN_REACH, -1), -1):
        tok = doc[j]
        if tok.is_punct:
            return False
        if tok.lower_ in nouns and tok.pos_ in {"NOUN", "PROPN"}:
            return True
        if tok.is_sent_start:
            return False
    return False


def _spelled_tally(doc: Doc, i: int) -> str | None:
    """"voted 212 to 187", "passed 231 to 198", "approved the call by 301 to 112": a tally written
    with "to" instead of a dash is one only right after a voting verb, or after "by" attached to
    one (lexicons/figure_vote_words.txt); "rose from 5 to 7" or "10 to 15 people" stay what they are."""
    if i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].like_num:
        a, b = i, i + 2
    elif i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].like_num:
        a, b = i - 2, i
    else:
        return None
    if b + 1 < len(doc) and doc[b + 1].is_alpha and doc[b + 1].pos_ in {"NOUN", "PROPN"} \
            and doc[b + 1].lower_ not in _vote_nouns():
        return None  # "approved 10 to 15 licences": a range of a counted thing
    verbs = word_sections("figure_vote_words.txt").get("verbs", frozenset())
    before = doc[a - 1] if a > 0 else None
    if before is not None and before.lower_ == "by":
        before = before.head if before.head.i < before.i else None
    if before is not None and before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() in verbs:
        return f"{doc[a].text}-{doc[b].text}"
    return None


def _sided_count(doc: Doc, i: int) -> str | None:
    """"by a recorded vote of 141 in favour to 4 against, with 18 abstentions": a bare number that
    names the side it was cast for ("N in favour", "N against" with no object of its own) counts
    votes, when its sentence speaks of a vote (a voting word of lexicons/figure_vote_words.txt or an
    abstention). Wire copy of UN and parliament votes writes tallies so, with no noun to count."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return None
    if nxt.lower_ == "in" and i + 2 < len(doc) and doc[i + 2].lower_ in {"favour", "favor"}:
        side = doc[i + 2]
    elif nxt.lower_ == "against" and not any(t.dep_ == "pobj" for t in nxt.children):
        side = nxt
    else:
        return None
    words = word_sections("figure_vote_words.txt")
    voting = words.get("verbs", frozenset()) | words.get("nouns", frozenset())
    sent = doc[i].sent
    if not any(t.lemma_.lower() in voting or t.lower_ in voting or t.lemma_.lower() == "abstention" for t in sent):
        return None
    return f"{doc[i].text} {doc[i + 1 : side.i + 1].text}"
