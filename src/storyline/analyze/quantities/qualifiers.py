"""The hedge or bound written right before a number ("about", "more than", "up to", "past"), and
the few qualifiers that are precise rather than hedges (``KEEP_QUALIFIER``: "only", "exactly").
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.lexicon import word_list
from storyline.analyze.quantities.units import _COUNT_NOUNS, _COUNT_SETTING_VERBS

# Qualifiers, longest first so "more than" wins over "more".
QUALIFIERS = sorted(
    ["around", "about", "approximately", "roughly", "some", "nearly", "almost", "over", "more than",
     "less than", "fewer than", "at least", "at most", "up to", "maximum", "minimum", "as many as",
     "as much as", "as few as", "under", "below", "above", "an estimated", "estimated", "just over",
     "just under", "close to", "closer to", "nearer to", "nearer", "upwards of", "no more than", "no fewer than", "no less than",
     "a maximum of", "a minimum of", "only", "exactly", "an additional", "another", "a total of",
     "in excess of", "well over", "nearly all of"],
    key=len, reverse=True,
)
KEEP_QUALIFIER = {"only", "exactly", "a total of", "an additional", "another"}  # precise, not hedges


def _qualifier(doc: Doc, first: int) -> tuple[int, str | None]:
    """A hedge or bound right before the number ("about", "more than"): (new first token, text)."""
    for q in QUALIFIERS:
        words = q.split()
        n = len(words)
        if first - n < 0:
            continue
        if [t.lower_ for t in doc[first - n : first]] == words:
            if (n == 1 and q in _GOVERNED_PREPS and first >= 2 and doc[first - 2].lemma_.lower() in _GOVERNED_PREPS[q]
                    and (q != "about" or doc[first - 2].pos_ == "NOUN")):
                # "sovereignty over three of the cays": the noun's own preposition, no bound ("about"
                # only after a noun: "polls show about 40 percent", "they worry about ..." as verbs)
                break
            if n == 1 and q == "over" and _over_places(doc, first - 1):
                break  # "drones destroyed over seven regions": where, no bound
            if n == 1 and q == "over" and _handing_over(doc, first - 1):
                break  # "would hand over 60 captured soldiers": the verb's particle, no bound
            if q == "up to" and _count_brought_up(doc, first - 2):
                break  # "bringing the total up to 145 million": the level the count reached, no bound
            if q == "up to" and _moved_up(doc, first - 2):
                break  # "was revised up to 3.4 percent": the verb's particle and its level, no bound
            if q in _DIFFERENCE_BOUNDS and first - n > 0 and doc[first - n - 1].like_num:
                break  # "78 votes, two more than 76 needed": a difference from 76, no bound on it
            if q in _NEGATED_BOUNDS and first - n > 0 and doc[first - n - 1].lower_ == "not":
                return first - n - 1, _NEGATED_BOUNDS[q]  # "possesses not more than 20": at most 20
            return first - n, q
    if first > 0 and doc[first - 1].lower_ in _CROSSED_BOUNDS and doc[first - 1].tag_ == "IN":
        return first - 1, doc[first - 1].lower_  # "take us past 20,000 staff": a bound crossed
    return first, None


# A comparative bound negated by "not" turns the other way ("not more than 20" is at most 20, never
# "more than 20"); it reads as the "no ..." bound of the same meaning, the form conflicts compare.
_NEGATED_BOUNDS = {"more than": "no more than", "less than": "no less than", "fewer than": "no fewer than",
                   "over": "no more than", "under": "no less than"}


# Comparatives that, right after a number, tell a difference rather than a bound: "two more than
# the 76 needed", "78, two more than 76 needed", "three fewer than 40": the number after them is a
# reference point (here exactly 76), not a figure of "more than 76".
_DIFFERENCE_BOUNDS = frozenset({"more than", "less than", "fewer than"})


# Bounds that may also follow what they bound ("20 warheads at most", "30 people at least").
_TRAILING_BOUNDS = frozenset({"at most", "at least"})


def _trailing_bound(doc: Doc, end: int) -> str | None:
    """"has 20 nuclear warheads at most, a think tank said": "at most" or "at least" right after the
    counted noun (or the number) bounds the figure as it would before it. It must close the phrase
    (punctuation, a conjunction or the sentence's end follow), so "40 tanks at least partly
    destroyed" or "5 drones at least 3 of which" keep their own reading."""
    if end + 2 >= len(doc):
        return None
    words = " ".join(t.lower_ for t in doc[end + 1 : end + 3])
    if words not in _TRAILING_BOUNDS:
        return None
    after = doc[end + 3] if end + 3 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "CCONJ" or after.is_sent_start):
        return None
    return words


# Kinds of place an act happens over ("shot down over five districts"): "over" a count of them on a
# verb says where, not "more than"
_AREAS = frozenset({"region", "province", "district", "area", "city", "town", "village", "territory", "oblast",
                    "county", "state", "country", "sea", "zone"})


def _over_places(doc: Doc, over: int) -> bool:
    """"47 drones had been destroyed over seven regions": "over" as a preposition of the verb whose
    object is a count of places; "over 40 countries joined" (a bound on the number) is not."""
    tok = doc[over]
    if tok.dep_ != "prep" or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _AREAS for c in tok.children)


# Verbs that take "over" as their particle of transfer ("handed over 12 hostages", "turned over 40
# suspects", "signed over the deeds"): right after one, "over" before a number is that particle, not
# "more than". Not "took over" ("took over 30 villages" may be seized villages or more than 30).
_OVER_PARTICLE_VERBS = frozenset({"hand", "turn", "sign"})


def _handing_over(doc: Doc, over: int) -> bool:
    """"the rebels would hand over 60 captured soldiers": "over" right after a verb of handing over,
    however the parser labels it (it often makes it a bound of the number)."""
    if over < 1:
        return False
    verb = doc[over - 1]
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _OVER_PARTICLE_VERBS


# Nouns naming a count that a verb of setting it can bring "up to" a new level ("bringing the total
# up to 145 million", "pushed the toll up to 40"): with them "up to" is the verb's goal, no bound.
_BROUGHT_UP_NOUNS = _COUNT_NOUNS | frozenset({"toll", "figure", "estimate"})


def _count_brought_up(doc: Doc, up: int) -> bool:
    """"bringing the total number of affected people up to 145 million": "up to" right after the
    object of a verb that sets a count (bring, raise, push...) names the level the count reached,
    a precise figure; "affects up to 70 million customers" (no such object in between) keeps its
    bound "at most"."""
    if up < 1:
        return False
    prev = doc[up - 1]
    if prev.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ"}:
        return False
    for tok in [prev, *list(prev.ancestors)[:4]]:
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _COUNT_SETTING_VERBS:
            return tok.lemma_.lower() in _BROUGHT_UP_NOUNS and tok.i < up
    return False


# Verbs whose "up to" is a bound while the move is only possible ("fines can go up to $10,000") but
# the level reached once it has happened: "deaths have gone up to 622", "prices went up to $4".
_DONE_UP_VERBS = frozenset({"go"})


def _moved_up(doc: Doc, up: int) -> bool:
    """"GDP was revised up to 3.4 percent", "growth should pick up to 5.4 percent", "the jobless
    rate shot sharply up to 6%": "up" right after a verb that takes it as its particle of movement
    (lexicons/figure_up_verbs.txt; an adverb may come between) makes "up to" the verb's goal, the
    level reached, not the bound "at most". The parser labels that "up" a particle or, as often, a
    bound of the number, so the word before it decides; "affects up to 70 million" keeps its bound."""
    k = up - 1
    while k >= 0 and doc[k].pos_ == "ADV" and doc[k].lower_.endswith("ly"):
        k -= 1
    if k < 0:
        return False
    verb = doc[k]
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in word_list("figure_up_verbs.txt") or (lemma in _DONE_UP_VERBS and verb.tag_ in {"VBD", "VBN"})


# Prepositions of a bound crossed ("rose past 20,000", "beyond 5,000"), qualifiers only as
# prepositions: "the past three years" (an adjective) is a period.
_CROSSED_BOUNDS = frozenset({"past", "beyond"})

# Nouns whose own preposition is a word that is also a bound: after them "over", "under" and "about" open
# the noun's complement ("won sovereignty over three of the cays", "control over 12 districts",
# "the dispute over two islands", "authority under two treaties"), so they qualify no number.
_GOVERNED_PREPS = {
    "over": frozenset({"sovereignty", "control", "authority", "jurisdiction", "power", "influence", "dispute",
                       "row", "clash", "fight", "battle", "talk", "negotiation", "tension", "victory", "win",
                       "claim", "right", "rights", "say", "standoff", "feud", "spat", "quarrel"}),
    "under": frozenset({"obligation", "commitment", "right", "rights"}),
    # "a comedy film about two journalists", "a book about three brothers", "questions about 300
    # missing files": works and words whose topic follows "about" count their topic, not "roughly"
    "about": frozenset({"film", "movie", "comedy", "drama", "documentary", "book", "novel", "story", "series",
                        "song", "article", "question", "concern", "worry", "fear", "warning", "complaint",
                        "rumour", "rumor", "joke", "debate", "dispute", "talk"}),
}
