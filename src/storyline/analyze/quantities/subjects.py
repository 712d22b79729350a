"""The noun phrase a figure describes (its ``subject``), where the parse or the words show it: the
object an estimate sizes, the subject of a clause that reaches or changes to the figure, a rate
phrase ("earnings per share of"), and whose figure it is ("Okoro had 50.3 percent").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.estimates import estimate_verb_of
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.currencies import _currency_code
from storyline.analyze.quantities.notes import _REACHING
from storyline.analyze.quantities.numbers import SCALES
from storyline.analyze.quantities.phrases import _PLURAL_NOUN_TAGS, _head_phrase, _phrase, _subject_verb

_HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}

# Plural nouns that name a measure, not a thing counted, so that "rose to 600 points" still reads
# the clause subject as what was measured.
_MEASURE_NOUNS = frozenset({"points", "degrees", "percent", "cents", "pence"})
# Words before a name that leave out the verb of the clause before: "Okoro had 50.8 percent and
# Nwosu 47.9 percent" (gapping), so the name is whose the figure is.
_GAPPING_LINKS = frozenset({"and", ",", "while", "whereas", "but", ";"})


def _subject(doc: Doc, carrier: Token | None) -> str | None:
    """The noun phrase the figure describes, where the parse shows it.

    'estimate the arsenal at around 4,000 units' -> the verb's object; 'casualties rose to 300' /
    'the toll stands at 50' / 'the death toll is 12' -> the clause subject.
    """
    if carrier is None:
        return None
    cur = carrier
    measures = word_list("figure_measure_nouns.txt")
    if cur.dep_ == "conj" and cur.head.i < cur.i:
        # a range's second end carries the noun and the parser coordinates it with the first end
        # ("at between 800 million and 1.1 billion dollars") or with the noun the range sizes
        # ("sales of 14 billion to 14.5 billion dollars"): the attachment is the first end's
        if cur.head.like_num or cur.head.lower_ in SCALES:
            cur = cur.head
        elif cur.head.pos_ == "NOUN" and (cur.head.lemma_.lower() in measures or cur.head.lower_ in measures):
            return _head_phrase(cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
            and (cur.head.head.lemma_.lower() in measures or cur.head.head.lower_ in measures):
        return _head_phrase(cur.head.head)  # "a loss of 31 million euros", "tariffs of 25 percent"
    if cur.dep_ in {"npadvmod", "dobj"} and cur.head.pos_ == "VERB" \
            and cur.head.lemma_.lower() in word_list("figure_change_verbs.txt") | word_list("figure_cost_verbs.txt") \
            and (_is_amount(cur) or _currency_code(cur.text) is not None):
        # "Consumer prices rose 2.8%", "Its shares jumped 7.5%": the amount sizes the change of
        # the clause subject (lexicons/figure_change_verbs.txt); "the closure is costing shippers 80
        # million euros a day": what the clause subject costs (lexicons/figure_cost_verbs.txt)
        subj = [c for c in cur.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
        if subj:
            return _phrase(subj[0])
    if (cur.dep_ in {"npadvmod", "pobj", "dobj"} and cur.head.lower_ == "worth" and cur.head.dep_ == "amod"
            and cur.head.head.pos_ in {"NOUN", "PROPN"} and cur.head.head.i < cur.head.i):
        # "duties on a list of goods worth $18 billion", "signed contracts worth $2 billion": the amount
        # is what the noun "worth" hangs on is worth, the thing an analyst compares across reports
        return _phrase(cur.head.head, before=cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ == "at" and (holder := _holder_name(cur.head.head)) is not None:
        return holder  # "with Diaz at 44 percent and Fletcher at 42 percent": each name's share
    if cur.dep_ == "pobj" and cur.head.lower_ == "at" and cur.head.head.dep_ == "dobj" \
            and cur.head.head.pos_ == "NOUN" and cur.head.head.head.pos_ == "VERB" and cur.head.head.i < cur.head.i \
            and (_is_amount(cur) or _currency_code(cur.text) is not None):
        # "estimated losses at 2.4 trillion rupiah", "valued the firm at $2 billion": the parser
        # hangs the "at" amount on the verb's object, which is what the amount sizes (an amount is
        # no place; "at 40 locations", a count noun, is left alone)
        return _phrase(cur.head.head, before=cur.head)
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        verb = _compared_copula(cur.head) or cur.head.head
        if cur.head.lower_ in {"at", "to", "as"} and (estimate := estimate_verb_of(cur.head)) is not None:
            verb = estimate  # "put the number of people forced from their homes at 9,000", "closer to 1,000"
        if verb.pos_ in {"VERB", "AUX"}:
            # "rose $1.42, or 1.6%, to $90.81": an object that is itself an amount is the change,
            # not the thing measured, so the clause subject is.
            if cur.tag_ in _PLURAL_NOUN_TAGS and _currency_code(cur.text) is None and cur.lower_ not in _MEASURE_NOUNS:
                # "consulted at four public meetings", "steered 17 contracts to three firms": a
                # count noun after the preposition says itself what is counted; it is a place or a
                # goal of the verb, not a level its subject reached. Only an estimate ("put the
                # arsenal at 4,000 units") names what it sizes, as an object that is no count itself.
                counted_obj = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i and c.pos_ in {"NOUN", "PROPN"}
                               and not any(g.dep_ == "nummod" for g in c.children)]
                return _phrase(counted_obj[0]) if counted_obj and cur.head.lower_ == "at" else None
            # "which it put at 2.1 billion dollars", "measured it at magnitude 6.6": a pronoun names
            # nothing an analyst can compare
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i and not _is_amount(c)
                    and c.pos_ != "PRON" and c.tag_ not in {"WDT", "WP"}]
            if any(c.dep_ == "dobj" and c.i < cur.i and (c.pos_ == "PRON" or c.tag_ in {"WDT", "WP"})
                   for c in verb.children) and cur.head.lower_ in {"at", "to"}:
                return None
            if objs and cur.head.lower_ in {"at", "to"}:
                return _phrase(objs[0], before=cur.head)
            subj = [c for c in _subject_verb(verb).children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
            if cur.head.lower_ in {"at", "to", "by", "above", "below", "past", "beyond", "under", "toward", "towards", "near"}:
                # "the toll rose above 2,000", "inflation fell below 2%": a bound the subject crossed
                # the parser may give the verb a dateline as a second subject ("ANKARA, Feb 8 (AP) -
                # The death toll ... rose to 2,300"): the first that is not all dateline
                return next((p for c in subj if (p := _phrase(c)) is not None), None)
    if cur.dep_ in {"attr", "dobj"} and cur.head.lemma_ in {"be", "reach", "total", "number", "exceed", "hit"} | _REACHING:
        subj = [c for c in cur.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj and subj[0].pos_ != "PRON":
            return _phrase(subj[0])
    if cur.dep_ == "dobj" and cur.head.pos_ == "VERB":
        # "Trump won 99 delegates", "Gazprom holds 40 percent": whose they are, when a name says so
        subj = [c for c in cur.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].ent_type_ in _HOLDER_LABELS:
            return _phrase(subj[0])
    return None


# "the figure is closer to 600", "the real toll is nearer 900": a source saying what a figure is near
_NEARNESS = frozenset({"closer", "nearer", "close", "near"})


def _compared_copula(prep: Token) -> Token | None:
    """The copula of "X is closer to N" whose subject X the figure sizes: the militia "says the
    figure is closer to 600" gives its own value of the figure, as "the figure is 600" would.
    None when the preposition hangs on no such word."""
    word = prep.head
    if word.lower_ in _NEARNESS and word.dep_ in {"acomp", "advmod"} and word.head.lemma_ == "be":
        return word.head
    return None


def _per_measure(doc: Doc, first: int) -> str | None:
    """"earnings per share of 2.10 to 2.25 dollars", "output per worker of 41 units": the figure
    right after "MEASURE per NOUN of" sizes the whole rate phrase; None otherwise. Read off the
    words, since the parser hangs "per" and "of" anywhere in a coordination ("... dollars and
    earnings per share of 2.10")."""
    if first < 4 or doc[first - 1].lower_ != "of" or doc[first - 3].lower_ != "per":
        return None
    noun, measure = doc[first - 2], doc[first - 4]
    if noun.pos_ != "NOUN":
        return None
    measures = word_list("figure_measure_nouns.txt")
    if measure.pos_ != "NOUN" or (measure.lemma_.lower() not in measures and measure.lower_ not in measures):
        return None
    return doc_text(doc)[measure.idx : noun.idx + len(noun)]


def _holder_name(tok: Token) -> str | None:
    """The proper name ``tok`` heads ("Fletcher", "Amara Nwosu"), without what hangs off it; None
    when ``tok`` is no name of a person, group or place."""
    if tok.pos_ != "PROPN" or not (tok.ent_type_ in _HOLDER_LABELS or tok.tag_ == "NNP"):
        return None
    first = tok
    while first.i > 0 and tok.doc[first.i - 1].pos_ == "PROPN" and tok.doc[first.i - 1].head.i in {tok.i, first.i}:
        first = tok.doc[first.i - 1]
    return doc_text(tok.doc)[first.idx : tok.idx + len(tok)]


def _name_before(doc: Doc, j: int) -> int | None:
    """The first token of the proper name that ends at token ``j`` (a person, group or place), or
    None when no such name ends there."""
    if j < 0 or doc[j].pos_ != "PROPN" or doc[j].ent_type_ in {"DATE", "TIME", "MONEY"}:
        return None
    k = j
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if not any(doc[t].ent_type_ in _HOLDER_LABELS for t in range(k, j + 1)):
        return None
    return k


def _named_holder(doc: Doc, first: int) -> str | None:
    """Whose figure it is, read off the words right before it, since parsers tend to attach the
    name to another clause:

    - "Okoro had 50.3 percent", "Nwosu won 48.1 percent": name + a having verb
      (lexicons/figure_holder_verbs.txt);
    - "with Diaz at 44 percent and Fletcher at 42 percent": name + "at";
    - "... and opposition leader Amara Nwosu 47.9 percent": gapping, a name after a conjunction
      with the verb of the clause before left out (title words before the name allowed)."""
    if first < 2:
        return None
    before = doc[first - 1]
    if before.lower_ == "at" or (before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() in word_list("figure_holder_verbs.txt")):
        k = _name_before(doc, first - 2)
        if k is None or _modifies_noun_before(doc, k):
            return None
        return doc_text(doc)[doc[k].idx : before.idx].rstrip()
    k = _name_before(doc, first - 1)
    if k is None:
        return None
    m = k
    while m > 0 and k - m < 3 and doc[m - 1].pos_ in {"NOUN", "ADJ"} and doc[m - 1].text.islower():
        m -= 1  # "opposition leader Amara Nwosu": a title before the name
    if m == 0 or doc[m - 1].lower_ not in _GAPPING_LINKS:
        return None
    return doc_text(doc)[doc[k].idx : before.idx + len(before)]


# Prepositions that hang a name on the noun phrase before it: "the Civic Union led by Anton
# Kessler", "the Social Democrats of Prime Minister Marta Ilves".
_POSTMODIFIER_LINKS = frozenset({"by", "of"})


def _modifies_noun_before(doc: Doc, k: int) -> bool:
    """Whether the name starting at token ``k`` (title words before it allowed) is only part of a
    modifier of an earlier noun phrase ("the Civic Union led by former finance minister Anton
    Kessler took 29.4%", "the Social Democrats of outgoing Prime Minister Marta Ilves won 22.1%"):
    the figure is then the party's, not its leader's, and the name right before the verb is no
    holder of it."""
    m = k
    while m > 0 and k - m < 3 and doc[m - 1].pos_ in {"NOUN", "ADJ"} and doc[m - 1].text.islower():
        m -= 1
    return m > 0 and doc[m - 1].lower_ in _POSTMODIFIER_LINKS


def _is_amount(tok: Token) -> bool:
    """A number, a percent or a sum of money standing as a phrase head ("$1.42", "5%", "300")."""
    return tok.like_num or tok.lower_ in {"%", "percent", "pct"} or tok.ent_type_ in {"MONEY", "PERCENT", "CARDINAL"}
