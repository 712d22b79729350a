"""What a reporting verb reports: its content frames (a clausal complement, an object, a
prepositional object, a quotation next to it, a colon, a passive naming, a question or answer)
and where such content ends."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    ADDRESSEE_VERBS,
    DEMONSTRATIVES,
    EDGE_STRIP,
    MIN_QUOTE_WORDS,
    OWN_CONTENT_DEPS,
    QUOTE_CHARS,
    SUBJECT_DEPS,
    _clip_to_paragraph,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.cues import Cue, control_verbs, cue_lexicon
from storyline.analyze.attribution.prepositions import source_documents
from storyline.analyze.attribution.subjects import (
    _coordinated_cue, _relative_antecedent, clause_subject_after_preposition,
)
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


def _colon_content(verb: Token) -> tuple[int, int] | None:
    """'X stated Moscow's position: this would...' - an unquoted statement after a colon."""
    sent = verb.sent
    for t in sent:
        if t.i > verb.i and t.text == ":" and t.i < sent.end - 2:
            return _strip(doc_text(verb.doc), t.idx + 1, sent.end_char)
    return None


def _adjacent_region(
    doc: Doc, verb: Token, speaker: tuple[int, int] | None, regions: Sequence[QuoteRegion]
) -> QuoteRegion | None:
    """A quoted passage introduced by the cue ('said: "..."', 'said,“The...') or closed just before
    the reporting clause ('"...," Putin said')."""
    text = doc_text(doc)
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    clause_end = max(verb.idx + len(verb), speaker[1]) if speaker else verb.idx + len(verb)
    sent = verb.sent
    before = [r for r in regions if r.end <= clause_start]
    if before:
        r = before[-1]
        gap = text[r.end : clause_start]
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS and not _utterance(text, r, sent.start_char):
            gap = "x"
        if _ends_sentence(text, r) and any(c.dep_ in OWN_CONTENT_DEPS and c.i > verb.i for c in verb.children):
            # 'who he dubbed “the little senator.” He mocked Rubio for ...': a quotation closed by a
            # full stop ends its own sentence when the clause after it has content of its own
            # (a bare '“... missing.” Trump said.' still reports the quotation).
            gap = "x"
        if not gap.strip(EDGE_STRIP + ".") and "\n" not in gap:
            return r
    after = [r for r in regions if r.start >= clause_end]
    if after:
        r = after[0]
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS and not text[clause_end : r.start].rstrip().endswith(":"):
            return None
        gap = text[clause_end : r.start]
        # A sentence split right before an opening mark that follows a comma or colon is the
        # parser's, not the writer's ('telling the crowd, “Some people...”').
        introduced = gap.rstrip().endswith((",", ":"))
        between = [t for t in doc[verb.i + 1 : verb.i + 40] if clause_end <= t.idx < r.start]
        if any(t.pos_ == "VERB" and (t.lemma_.lower(), "VERB") in cue_lexicon() for t in between):
            return None  # 'urged women to vote, saying, “...”': the quotation is the nearer cue's
        head, _, tail = gap.partition("\n")
        # 'Breitbart News responded:¶“If there are people ...”': a colon ending the paragraph
        # introduces the quotation that opens the next one.
        colon_paragraph = head.rstrip().endswith(":") and not tail.strip() and len(head) <= 60
        if colon_paragraph or (r.start < sent.end_char + 2 or introduced) and "\n" not in gap and len(gap) <= 60:
            stripped = gap.strip(EDGE_STRIP + ".")
            if not stripped or gap.rstrip().endswith((":", ",")):
                return r
    return None




def _set_off_by_commas(verb: Token) -> bool:
    """Whether the reporting clause of ``verb`` (its subtree) stands between two commas."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[left].text if doc[left].text == "," else (doc[left - 1].text if left > 0 else "")
    after = doc[right].text if doc[right].text == "," else (doc[right + 1].text if right + 1 < len(doc) else "")
    return before == "," and after == ","


def _ends_sentence(text: str, r: QuoteRegion) -> bool:
    """A quotation whose last word inside the marks is followed by a full stop (the reporting
    clause of a quotation takes a comma: '“We won,” he said')."""
    inner = text[r.inner_start : r.end].rstrip(QUOTE_CHARS + "'\u2019 ")
    return inner.endswith(".") and not inner.endswith("..")


def _as_predicate(verb: Token) -> bool:
    """'described himself as a pro-life Catholic': an "as" phrase after the object predicates a
    view of it (on the verb or, in some parses, on the object)."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    holders = [verb] + objs[:1]
    if not objs:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i for h in holders for c in h.children):
        return True
    # "see the campaign of Donald Trump as most unfair", "see Mr. Kerry's determination to broker a
    # cease-fire as driven by ambition": the parser hangs the "as" phrase on a word inside the
    # object, or reads it as a subjectless adverbial clause ("as" + adjective); it still predicates
    # a view of the object.
    for t in [verb, *objs[0].subtree]:
        for c in t.children:
            if c.i <= objs[0].i or c.left_edge.lower_ != "as":
                continue
            if c.dep_ == "prep" and c.lower_ == "as":
                return True
            if c.dep_ == "advcl" and not any(g.dep_ in SUBJECT_DEPS for g in c.children):
                return True
    return False


def _utterance(text: str, r: QuoteRegion, sent_start: int) -> bool:
    """'"Okay," I said': a short quotation that opens its sentence and ends in the punctuation of
    speech inside the marks is something said, not a scare-quoted word inside a sentence."""
    # A stray mark the parser left at the sentence start (a quotation closed at the end of the
    # previous paragraph) does not stop the quotation from opening its sentence; the question or
    # exclamation mark may be counted inside the quotation's words ('“But why?” X asked').
    opens = not text[sent_start : r.start].strip(" \t\n\u00a0" + QUOTE_CHARS + "\u2018\u2019'")
    return opens and any(ch in ",?!" for ch in text[max(r.inner_start, r.inner_end - 1) : r.end])




# Object pronouns that name a person or group judged by a support/criticism cue ("denounced him").
# "it", "this" and "that" are left out: they stand for an earlier statement far more often than for
# a target, and a bare demonstrative is no usable content.
PERSON_OBJECTS = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"}


JUDGING_STANCES = {"support", "criticism"}


# Verbs that take a to-infinitive as a report ("pledged to oppose"), not as an aspect ("continue to").
NOT_REPORT_XCOMP = {"continue"}


def _object_before_infinitive(verb: Token, xcomp: Token) -> Token | None:
    """The noun object standing right before a to-infinitive the parser hung on the cue, when the
    cue does not make its object the infinitive's doer ("urged residents to stay", "forced her to
    resign" do: control_verbs.txt and verbs of address; "denied a motion to exclude", "rejected calls
    to resign" do not: the infinitive completes the noun)."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or verb.lemma_.lower() in control_verbs():
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < xcomp.i and c.pos_ == "NOUN"]
    if not objs or objs[-1].right_edge.i + 1 != xcomp.left_edge.i:
        return None
    return objs[-1]


def _object_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """Content that is not a clause: a to-infinitive ('vowed to protect'), an object ('criticized
    Clinton for ...'), a word standing for a statement ('he said that', 'what she believes'), or a
    prepositional object ('called for more flexibility')."""
    text = doc_text(verb.doc)
    to_inf = any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                 for c in verb.children)
    if cue.clause_only and not (_as_predicate(verb) or any(c.dep_ == "oprd" for c in verb.children)
                                or (cue.takes_infinitive and to_inf) or _document_finding(verb, cue)):
        return None, ""  # "see the campaign as unfair", "deemed the emails top secret" still state a view
    if verb.dep_ == "amod" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "Declared 2016 Presidential Candidates", "an ad focused on immigration": a participle
        # describing a noun states no one's view of an object.
        return None, ""
    if cue.prep_only:
        return _prep_content(verb, cue)
    if _adjectival_participle(verb):
        return None, ""  # "271 pledged delegates": a participle used as an adjective, misparsed as a verb
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if xcomps and cue.lemma not in NOT_REPORT_XCOMP:
        if (noun := _object_before_infinitive(verb, xcomps[0])) is not None:
            # "denied a defence motion to exclude emails": the infinitive says what the object
            # (a motion, a request, calls) asks for; the object with it is what is judged.
            return _strip(text, noun.left_edge.idx, xcomps[0].right_edge.idx + len(xcomps[0].right_edge)), \
                "object and the infinitive that completes it"
        return _strip(text, *_subtree_chars(xcomps[0])), "to-infinitive complement of cue"
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    # "called Trump unhinged", "called his actions “a crucial step”": naming verbs state a view of
    # their object through a second complement; without one the object is an addressee.
    naming = bool(objs) and (
        any(c.dep_ == "oprd" or (c.dep_ == "ccomp" and clause_subject_after_preposition(c) is None) for c in verb.children)
        or any(c.dep_ == "appos" for c in objs[0].children)
        or _as_predicate(verb)
    )
    gap = _object_gap(verb)
    if gap is not None:
        return gap, "noun the relative clause is about (the cue's object)"
    free = _free_relative_object(verb)
    if free is not None and not any(c.dep_ == "oprd" and c.i > verb.i for c in verb.children):
        # "to protest what it called a 'flagrant violation'": with a naming predicate the "what" is
        # only the thing named; the predicate is what the speaker said (the naming branch below).
        return (free.idx, free.idx + len(free)), "'what' that opens the cue's free relative clause"
    oprds = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if oprds and not objs:
        # "called both Trump and Clinton “crazy”", "called her “third-rate”": the parser often
        # folds the object into the predicate; the words from the cue to the end of the predicate
        # name who is called what.
        last = oprds[-1].right_edge
        return _strip(text, verb.doc[verb.i + 1].idx, last.idx + len(last), "\u201c\""), "object and predicate of naming cue"
    # "accused him of endangering ...": a person pronoun followed by the cue's own preposition
    # (an explicit prep= frame) is who the statement is about, and the phrase is what is said.
    charged = bool(objs) and objs[0].lower_ in PERSON_OBJECTS and "prep=" in cue.frames and any(
        c.dep_ == "prep" and c.lower_ in cue.preps and c.i > objs[0].i for c in list(verb.children) + list(objs[0].children))
    usable = bool(objs) and (
        objs[0].pos_ != "PRON" or naming or (cue.stance in JUDGING_STANCES and objs[0].lower_ in PERSON_OBJECTS) or charged
        or (objs[0].lower_ in STATEMENT_PRONOUNS and cue.stance not in JUDGING_STANCES and not _asks_who(verb))
    )
    if usable and (cue.lemma not in ADDRESSEE_VERBS or naming):
        if objs[0].lower_ in STATEMENT_PRONOUNS and not naming:
            # "he said that before": the word standing for the statement, not the adverbs after it
            return (objs[0].idx, objs[0].idx + len(objs[0])), "demonstrative object of cue (an earlier statement)"
        end_tok = _contiguous_end(verb, objs[0])
        as_clause = [c for c in verb.children if c.dep_ == "advcl" and c.i > objs[0].i and c.left_edge.lower_ == "as"]
        if naming and as_clause and as_clause[0].right_edge.i > end_tok.i:
            end_tok = as_clause[0].right_edge  # "see the campaign as most unfair": the predicate is its view
        how = "object and predicate of naming cue" if naming else "object of cue"
        return _strip(text, objs[0].left_edge.idx, end_tok.idx + len(end_tok)), how
    purposes = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and "for" in cue.preps
                and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if purposes:
        # "called for the US to step up its efforts": the parser hangs "for X to do Y" on the cue as
        # an adverbial clause; what is called for is that clause, without its "for".
        words = [t for t in purposes[0].subtree if not (t.dep_ == "mark" and t.head.i == purposes[0].i and t.lower_ == "for")]
        return _strip(text, words[0].idx, words[-1].idx + len(words[-1])), "'for ... to' clause of cue"
    return _prep_content(verb, cue)


def _document_finding(verb: Token, cue: Cue) -> bool:
    """'A survey by the organization in March found Mrs. Clinton with a lead', 'One influential 2009
    paper found improvements in math scores': a finding verb whose subject is a survey, study or
    report (lexicons/source_documents.txt) states its object as a finding, where a person who
    "found a job" does not."""
    if cue.stance != "evidence":
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and subj.lemma_.lower() in source_documents() and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _free_relative_object(verb: Token) -> Token | None:
    """'what she truly believes', 'That's what Clinton is promising them', 'what Bernie is talking
    about': the cue's object is the "what" that opens its clause (a free relative), standing for
    the thing said, which the text names only by that word."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in FREE_RELATIVES and c.i < verb.i:
            return c
        if c.dep_ == "prep" and c.i > verb.i and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children):
            # a stranded preposition ("talking about"): its object is the "what" before the verb
            first = verb.doc[verb.left_edge.i]
            if first.lower_ in FREE_RELATIVES and first.i < verb.i:
                return first
    return None


def _asks_who(verb: Token) -> bool:
    """'nobody knew who wrote it': a question about who made the statement reports none."""
    return verb.dep_ != "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP" for c in verb.children)


# Words that open a free relative clause standing for what is said ("what he said").
FREE_RELATIVES = frozenset({"what", "whatever"})

# A demonstrative object of a reporting verb ("he said that", "Politicians know this", "the media
# finally reported it") stands for a statement made earlier; PolNeAR marks the word as the content.
# Judgement cues are left out: there "it" and "this" more often stand for a thing than for a
# statement, and PERSON_OBJECTS covers their targets.
STATEMENT_PRONOUNS = frozenset({"that", "this", "it"})


def _adjectival_participle(verb: Token) -> bool:
    """'271 pledged delegates', 'the convention's pledged delegates': an -ed form between a
    number, determiner or possessive and the common noun it describes is an adjective, even when
    the parser makes the noun its object."""
    doc = verb.doc
    if verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    prev, nxt = doc[verb.i - 1], doc[verb.i + 1]
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    return (prev.pos_ in {"NUM", "DET"} or prev.tag_ in {"POS", "PRP$"}) and nxt.tag_ in {"NN", "NNS"} and nxt.head.i == verb.i


def _object_gap(verb: Token) -> tuple[int, int] | None:
    """'the increase he seeks', 'his businesses, which he defended': in a relative clause with its
    own subject, the cue's object is the noun the clause modifies (through the relative pronoun)."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return None
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}), None)
    if rel is None and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return None
    text = doc_text(verb.doc)
    last = rel if rel is not None else head
    return _clip_to_paragraph(text, *_strip(text, head.left_edge.idx, last.idx + len(last)), head.idx)


def _around_parenthetical(verb: Token, speaker: Token | None, before: tuple[int, int]) -> tuple[tuple[int, int], str]:
    """'The Russians, said Lavrov, would never agree to any such thing': a reporting clause set in
    commas inside the clause it reports; the content runs on past it to the end of that clause
    (one span, the reporting clause inside it). Else the clause before the reporting clause."""
    how = "clause before an inverted reporting clause"
    if speaker is None:
        return before, how
    doc = verb.doc
    comma = max(speaker.right_edge.i, verb.i) + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or not doc[comma + 1].is_lower:
        return before, how
    nxt = doc[comma + 1]
    if nxt.pos_ not in {"AUX", "VERB", "ADV", "PART"}:
        return before, how
    head = nxt if nxt.pos_ == "VERB" else nxt.head
    if head.i <= comma or head.pos_ not in {"VERB", "AUX"}:
        return before, how
    last = max(t.i for t in head.subtree if t.i > comma and not (t.dep_ in {"conj", "cc"} and t.head == head))
    text = doc_text(doc)
    end = _strip(text, before[0], doc[last].idx + len(doc[last]))[1]
    return (before[0], end), "clause around a parenthetical reporting clause"


def _names_a_time(prep: Token) -> bool:
    """'responded on Sunday', 'explained ... on Monday': a preposition whose object is a date or a
    time says when, never what was said."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} for o in objs)


def _prep_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """The object of one of the cue's content prepositions ("talked about X", "argued against X")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in cue.preps
             and not _names_a_time(c)]
    if cue.prep_only:
        # "referred the measure to a subcommittee", "spoke words of comfort to the families": a
        # preposition after a plain object of a cue that never reports one says where the object
        # goes (an act of handing over), not what was said ("referred to the report" still is). The
        # object of a multiword cue is the cue's own ("cast doubt on X", "poured cold water on X").
        own = set(cue.lemma.split()[1:])
        preps = [c for c in preps if not any(
            o.dep_ == "dobj" and verb.i < o.i < c.i and not any(w.lemma_.lower() in own for w in o.subtree)
            for o in verb.children)]
    if not preps:
        # "is reminding Clinton's campaign about state election laws", "asked him about X": the
        # parser often hangs the cue's preposition on the addressee it follows.
        objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
        preps = [c for o in objs[:1] for c in o.children if c.dep_ == "prep" and c.i > o.i and c.lower_ in cue.preps]
    if preps and any(g.dep_ in {"pobj", "pcomp"} for g in preps[0].children):
        return _strip(doc_text(verb.doc), *_subtree_chars(preps[0])), f"'{preps[0].lower_}' object of cue"
    return None, ""


def _contiguous_end(verb: Token, first: Token) -> Token:
    """Last token of the run that starts at ``first`` and stays in ``verb``'s own clause: it stops
    before a conjoined or adverbial clause of the verb ("praised X and said Y") or a preposition
    with a reporting gerund ("... by saying Y", "... before claiming Y"), so one cue's content never
    swallows the next cue."""
    stop_deps = {"advcl", "conj", "cc", "punct"}
    lex = cue_lexicon()
    # "ordered a recount after the party alleged ...": a preposition that opens a clause ends the run
    openers = {subj.head.i for c in verb.children if (subj := clause_subject_after_preposition(c)) is not None}
    # "denied the report after lawmakers accused ...": a clause on the verb ends the run where its
    # first word stands, not at its verb, or the run would stop inside it ("the report after lawmakers")
    openers |= {c.left_edge.i for c in verb.children if c.dep_ in stop_deps and c.left_edge.i > first.i}
    end = first
    for t in verb.doc[first.i : verb.sent.end]:
        if (t.head.i == verb.i and t.dep_ in stop_deps and t.i > first.i) or t.i in openers:
            break
        if t.head.i == verb.i and t.dep_ == "prep" and t.lower_ in GERUND_REPORT_PREPS and t.i > first.i and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" and (g.lemma_.lower(), "VERB") in lex for g in t.children):
            # "distanced himself from X by saying ...": the gerund is a report of its own ("thanked
            # him for taking steps" keeps its reason: "for" is not among these prepositions).
            break
        if not (t.i == verb.i or verb in t.ancestors):
            break
        end = t
    return end


# Prepositions of means and time that introduce a second act of the same speaker ("by saying",
# "before claiming", "after praising", "without naming").
GERUND_REPORT_PREPS = frozenset({"by", "before", "after", "while", "without"})


_BOUNDARY = re.compile(r"[.!?;]|\n")


def _runs_on(text: str, region: QuoteRegion, end: int, verb: Token, speaker: tuple[int, int] | None) -> bool:
    """Whether a clause that opens with a closed quotation goes on past it as one clause (a mixed
    quote): no sentence boundary after the closing mark, and, for a clause before the cue, no
    overlap with the reporting clause."""
    if not region.closed or end <= region.end or _BOUNDARY.search(text[region.end : end]):
        return False
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    return region.start > verb.idx or end <= clause_start


def _that_clause(tok: Token) -> bool:
    """A clause opened by the conjunction "that" (attached as a noun's clause when the cue verb is
    mistagged as a noun: "Trump predicts that ...")."""
    return tok.dep_ in {"acl", "relcl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _that_adverbial(verb: Token, tok: Token) -> bool:
    """"The ministry said in a statement, according to Xinhua, that ships had intruded": a phrase
    set between the cue and its "that" clause makes the parser hang the clause on the cue as an
    adverbial. A "that" clause after a reporting verb is its complement unless "so" or "such"
    makes it one of purpose or result ("spoke slowly so that ...")."""
    if tok.dep_ != "advcl" or tok.i < verb.i:
        return False
    marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks:
        return False
    between = tok.doc[verb.i + 1 : marks[0].i]
    before = tok.doc[marks[0].i - 1] if marks[0].i > 0 else None
    if any(t.lower_ in {"so", "such"} for t in between):
        return False  # "spoke so loudly that everyone heard": a result, not what was said
    return before is None or before.lower_ not in {"now", "except", "given", "in"}


def _that_after_according(verb: Token) -> list[Token]:
    """'said in a statement, according to Xinhua, that the ships had left': the parser may hang the
    cue's "that" clause on the interposed "according to" phrase; it is the cue's complement."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i > verb.i):
        out += [d for d in prep.subtree if d.dep_ in {"pcomp", "advcl", "ccomp"}
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == d.left_edge.i for m in d.children)]
    return out[:1]


def _that_conjunct(verb: Token, tok: Token) -> bool:
    """'said that China "will defend its sovereignty," but that it remained committed to dialogue':
    a clause opened by "that" can only be a complement, so one the parser joined to the cue itself
    is the cue's second complement (the content runs on to its end)."""
    return (tok.dep_ == "conj" and tok.i > verb.i and tok.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == tok.left_edge.i for c in tok.children)
            and any(c.dep_ == "ccomp" for c in verb.children))


_TRAILING_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or)$", re.IGNORECASE)


def _drop_trailing_coordinator(text: str, start: int, end: int) -> tuple[int, int]:
    """'the city was safe and': a complement whose conjoined verb the parser moved elsewhere keeps
    the dangling coordinator; it belongs to no statement."""
    m = _TRAILING_COORDINATOR.search(text, start, end)
    return (start, m.start()) if m and m.end() == end else (start, end)


def reduced_relative(verb: Token) -> bool:
    """"A 30-day ceasefire agreed last week has largely held", "The deal agreed in Doha calls for a
    truce": a participle modifying its noun ("agreed" = "that was agreed"), which the parser made
    the main verb with the real main clause as its complement. A finite complement clause always has
    a subject; one that opens with a tense auxiliary ("has", "was") or with its own finite verb
    ("calls", "remained") and has none is the noun's own predicate, so nothing is reported. Modals
    are left alone: headlines drop the subject after a cue ("PM says will not resign")."""
    if verb.tag_ not in {"VBD", "VBN"} or not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children):
        return False
    if sum(c.dep_ == "ccomp" for c in verb.children) > 1:
        return False  # "said the inquiry had nothing to do with it, had started after ...": one clause, elided
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or any(g.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl"} for g in c.children):
            continue
        first = c.left_edge
        if first.dep_ in {"aux", "auxpass"} and first.head.i == c.i and first.tag_ in {"VBZ", "VBP", "VBD"}:
            return True
        if first.i == c.i and c.tag_ in {"VBZ", "VBP", "VBD"}:
            return True
    return False


# Conjunctions that open a clause of time, cause or concession, never a report's content
ADVERBIAL_MARKS = frozenset({"before", "after", "while", "because", "since", "until", "although", "though",
                             "once", "whereas"})


def _adverbial_clause(clause: Token) -> bool:
    """A clause opened by a conjunction of time, cause or concession (``ADVERBIAL_MARKS``)."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


# The subject of an absolute phrase; the parser often reads "her voice breaking" as a noun phrase
# ("voice" a compound of "breaking", "her" its possessive).
_ABSOLUTE_SUBJECT_DEPS = SUBJECT_DEPS | {"compound", "poss"}


def _absolute_clause(clause: Token) -> bool:
    """"..., Moro said in a televised address, her voice breaking", "the mayor said, his hands
    shaking": a present participle with a subject of its own and no auxiliary or conjunction, set off
    by a comma, is an absolute phrase on how the words were spoken, never what was said; the parser
    hangs it on the cue as a complement, which takes the speaker's content from the quote before."""
    if clause.tag_ != "VBG":
        return False
    doc = clause.doc
    first = min((t.i for t in clause.subtree if not t.is_punct), default=clause.i)
    return (first > 0 and doc[first - 1].text == ","
            and any(c.dep_ in _ABSOLUTE_SUBJECT_DEPS and c.i < clause.i for c in clause.children)
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children))


def _complements(verb: Token, speaker: tuple[int, int] | None) -> tuple[list[Token], bool]:
    """The cue's clausal complements that form its content, and whether the content is split
    around the reporting clause.

    A missed sentence break or a semicolon often hangs the previous clause on the cue as a second
    complement ("... the queue." Farage said the warning...); only the side not cut off by a
    sentence boundary is content. Complements on both sides with the reporting clause set off by
    commas ("It is no surprise, Mr. Garin said, that she won") are one split statement: its span
    covers both parts (and so the interjected clause), which is what a reader needs to see and
    what one Span can hold. A complement before the cue that is itself a report with its own
    content ("Six in 10 said X; 46 percent said Y") is a separate attribution, never part of this
    one's content. A second cue coordinated after the first ("said X and added Y") is a second
    report, never part of the first one's content."""
    lex = cue_lexicon()
    text = doc_text(verb.doc)
    comps = [c for c in verb.children if c.dep_ == "ccomp" or (verb.pos_ == "NOUN" and _that_clause(c))
             or _that_adverbial(verb, c) or _that_conjunct(verb, c)] + _that_after_according(verb)
    # "ordered a recount after the party alleged that ...": a clause opened by "after" is no content
    comps = [c for c in comps if clause_subject_after_preposition(c) is None]

    def own_report(c: Token) -> bool:
        # A cue verb that takes its own content ("Six in 10 said X; 46 percent said Y") is its own
        # attribution; a cue word used otherwise ("Malik likely raised less suspicion, Mr. Verdery
        # said") is just a verb of the reported clause.
        # A reporting clause set off by a comma after it ("Carter discussed how ..., the Times
        # reported.") still reports the whole clause, reports included.
        cue = lex.get((c.lemma_.lower(), "VERB"))
        return (cue is not None and cue.allows_object(c) and any(g.dep_ in SUBJECT_DEPS for g in c.children)
                and any(g.dep_ in {"ccomp", "xcomp", "dobj"} for g in c.children) and not appended)

    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    appended = text[:clause_start].rstrip(" " + QUOTE_CHARS + "'\u2019").endswith(",")
    before = [c for c in comps if c.i < verb.i and not own_report(c)]
    # '"It is with deep sorrow...," Moro said, her voice breaking': with a quotation closing just before
    # the reporting clause, the quotation is the content and an absolute phrase after the cue is the
    # writer's description. Without one ("officials said, prices rising") the parse is too unsure.
    quoted_before = text[:clause_start].rstrip().endswith(tuple(QUOTE_CHARS))
    after = [c for c in comps if c.i > verb.i and not _coordinated_cue(c)
             and not (quoted_before and _absolute_clause(c))]
    if before:
        # "the ceasefire took effect at midnight, Qatar said on Wednesday, a day before talks were due to
        # resume": with the content before the cue, a clause after it that a conjunction of time or
        # cause opens is the writer's, which the parser took for a second complement
        after = [c for c in after if not _adverbial_clause(c)]
    if not (before and after):
        return before + after, False
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    clause_end = max(verb.idx + len(verb), speaker[1]) if speaker else verb.idx + len(verb)
    left = [t for t in before[-1].subtree if t.idx + len(t) <= clause_start]
    right = [t for t in after[0].subtree if t.idx >= clause_end]
    before_end = left[-1].idx + len(left[-1]) if left else before[-1].idx
    after_start = right[0].idx if right else after[0].idx
    gap_before = text[before_end:clause_start].strip(" " + QUOTE_CHARS + "'")
    gap_after = text[clause_end:after_start].strip(" " + QUOTE_CHARS + "'")
    cut_before = bool(_BOUNDARY.search(gap_before))
    cut_after = bool(_BOUNDARY.search(gap_after))
    if cut_after and not cut_before:
        return before, False
    if not cut_before and gap_before == "," and gap_after.startswith(","):
        return before + after, True
    return after, False




AS_OBJECTS = frozenset({"pobj", "pcomp", "amod", "acomp"})  # "as a lifeboat", "as empowering", "as impossible"


def _passive_naming(verb: Token) -> tuple[int, int] | None:
    """The name given by a passive participle of a naming cue: the object of its "as" phrase
    ("known as Super Tuesday", "referred to as the deadliest sniper") or its predicate ("a group
    called the We The People Foundation"). None for active uses ("called him a liar" is handled as
    a naming object) and for participles without a name."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "dobj"} for c in verb.children):
        return None
    passive = verb.dep_ in {"acl", "advcl"} or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if not passive:
        return None
    name: Token | None = None
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            name = next((g for g in c.children if g.dep_ in AS_OBJECTS), None)
        elif c.dep_ == "prep" and c.lower_ == "to":
            inner = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "as"), None)
            name = next((g for g in inner.children if g.dep_ in AS_OBJECTS), None) if inner is not None else name
        elif c.dep_ in {"oprd", "attr"}:
            name = c
        if name is not None:
            break
    if name is None:
        return None
    text = doc_text(verb.doc)
    s, e = _subtree_chars(name)
    judged = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if judged is not None and _relative_antecedent(judged) is None and judged.lower_ not in DEMONSTRATIVES:
        # "Mr. Sanders is seen as empowering regular voters": the view is of the subject, so the
        # content runs from the subject to the end of the name it is given.
        s = judged.left_edge.idx
    return _clip_to_paragraph(text, *_strip(text, s, e), name.idx)


def _raising_content(verb: Token, defer: bool = True) -> tuple[int, int] | None:
    """'Trump's supporters seemed equally unperturbed': the subject plus the complement of an
    appearance verb is the impression reported (PolNeAR: content, no source). With ``defer``, a
    complement verb the lexicon lists gives None (its own report is the attribution; see
    ``inner_report_verb``)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None and verb.dep_ == "conj":
        # "de Blasio, who has been squabbling with Airbnb and appeared to capitulate": a conjoined
        # appearance verb shares the subject of the verb it is joined to.
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "attr"} and c.i > verb.i), None)
    if subj is None or comp is None or subj.lower_ in DEMONSTRATIVES | {"there"}:
        return None
    if defer and inner_report_verb(verb) is not None:
        return None  # "She appeared to imply that...": the report is the inner cue's, with her as speaker
    text = doc_text(verb.doc)
    start = subj.left_edge.idx
    end_tok = comp.right_edge
    return _clip_to_paragraph(text, *_strip(text, start, end_tok.idx + len(end_tok)), verb.idx)


def inner_report_verb(verb: Token) -> Token | None:
    """'She appeared to imply that ...': the complement verb of an appearance verb that the lexicon
    lists, whose own report (with the appearance verb's subject as speaker) stands for the
    impression. Whether that verb makes a report in its frame is the verb rules' call: "Republicans
    don't seem to take Sanders' argument seriously" lists "take" (for "take issue"), which reports
    nothing there, and the impression is then the appearance verb's (verbs._verb_attributions)."""
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "attr"} and c.i > verb.i), None)
    if comp is not None and comp.pos_ == "VERB" and (comp.lemma_.lower(), "VERB") in cue_lexicon():
        return comp
    return None


def _like_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'It looks like the vote will be delayed', 'sounds as if they will settle': an appearance
    verb's clause opened by "like" / "as if" / "as though" (parsed as an adverbial clause) is the
    impression reported."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(
                g.dep_ == "mark" and g.lower_ in {"like", "if", "though"} for g in c.children):
            return _clip_to_paragraph(doc_text(verb.doc), *_subtree_chars(c), c.idx), \
                "clause opened by 'like' / 'as if' after an appearance verb"
    return None, ""


# Cue verbs that report only as "went on saying": in an "as" clause with no content of their own
# they are the time of the main clause ("as talks continue"), never a source vouching for it.
_ONGOING_VERBS = frozenset({"continue"})


def _reported_main_clause(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """'As Breitbart News reported, the White House was refusing...': a reporting clause opened by
    "as" vouches for the main clause it modifies, which is its content."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None, ""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None, ""
    if any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None, ""  # "as X said that...", "as she described the plan": the clause has its own content
    if any(c.dep_ == "nsubjpass" and c.pos_ != "PRON" for c in verb.children):
        # "The army withdrew as no new attacks were reported": a passive cue whose subject is what
        # was reported has its content in that subject; the "as" is causal, no source vouching for
        # the main clause ("as was reported", "as it was reported earlier" still vouch, and so does
        # "as he's often alleged", which the parser reads as a passive of "he is").
        return None, ""
    if verb.lemma_.lower() in _ONGOING_VERBS:
        # "further adjustments could follow as discussions continue": a bare "as ... continue(s)"
        # says while what goes on, not who vouches for the main clause ("he continued" reports only
        # with the words it goes on with)
        return None, ""
    if any(c.dep_ == "prep" and c.i > verb.i and c.lower_ in cue.preps and not _names_a_time(c)
           and any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in verb.children):
        # "confirmed the layoffs as unions warned of strikes": an "as" clause whose cue has its own
        # prepositional content is a time clause ("while unions warned of strikes"), no source
        # vouching for the main clause ("as X warned on Monday" still is: a date is no content).
        return None, ""
    text = doc_text(verb.doc)
    s, e = _subtree_chars(verb.head, {verb.i})
    as0, as1 = _subtree_chars(verb)
    # The main clause is what stands on the far side of the "as" clause ("But, as we learned in
    # Iowa, his lead could be tenuous": not the "But").
    s, e = (max(s, as1), e) if as1 <= verb.head.idx else (s, min(e, as0))
    s, e = _clip_to_paragraph(text, *_strip(text, s, e), verb.head.idx)
    if e <= s:
        return None, ""
    return (s, e), "main clause of an 'as' reporting clause"


ANSWER_WORDS = {"yes", "no", "so"}


BARE_QUESTION_WORDS = frozenset({"when", "why", "how", "where", "whether", "what", "who"})


def _question_or_answer(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'Asked if he was ever bullied' (an if/whether clause the parser made adverbial) and 'said no',
    'said so' (a one-word answer standing for a clause)."""
    text = doc_text(verb.doc)
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ in {"if", "whether"} for g in c.children):
            s, e = _subtree_chars(c)
            return _clip_to_paragraph(text, *_strip(text, s, e), c.idx), "if/whether clause of cue"
    if verb.lemma_.lower() in {"say", "answer", "reply"}:
        for c in verb.children:
            if c.i == verb.i + 1 and c.lower_ in ANSWER_WORDS and c.dep_ in {"intj", "dobj", "advmod", "ccomp"}:
                return (c.idx, c.idx + len(c)), "one-word answer of cue"
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (nxt is not None and nxt.lower_ in BARE_QUESTION_WORDS and nxt.head.i == verb.i
            and (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].is_punct)):
        # "Cook said Carter stopped the practice, but Cook did not say when.", "it did not explain
        # why": a bare question word stands for the question left unanswered.
        return (nxt.idx, nxt.idx + len(nxt)), "bare question word standing for the clause"
    return None, ""


def _stray_that_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'is telling customers at a popular breakfast spot that "I need you"': after a long
    addressee phrase the parser often hangs the that-clause on the last noun as a relative clause.
    A clause opened by the conjunction "that" (a relative clause has the pronoun "that", never the
    mark) inside the cue's own noun and prepositional phrases is the cue's content, unless the noun
    it hangs on is a claim the speaker answers ("pleaded not guilty to charges that he took bribes":
    lexicons/claim_nouns.txt), whose clause is the claim's own content."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in {"relcl", "acl", "ccomp"}:
            continue
        if t.head.lemma_.lower() in word_list("claim_nouns.txt"):
            continue
        if not any(g.dep_ == "mark" and g.lower_ == "that" and g.i < t.i for g in t.children):
            continue
        path, cur = [], t.head
        while cur.i != verb.i:
            path.append(cur)
            cur = cur.head
        if all(p.dep_ in {"dobj", "prep", "pobj", "appos", "compound", "npadvmod"} for p in path):
            text = doc_text(verb.doc)
            s, e = _subtree_chars(t)
            return _clip_to_paragraph(text, *_strip(text, s, e), t.idx), "'that' clause hung on the cue's addressee"
    return None, ""


