"""Attributions made by reporting verbs: the speaker (subject, name after a quote, relative
pronoun's antecedent) and the content (clausal complement, object, quotation next to it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    ADDRESSEE_VERBS,
    DEMONSTRATIVES,
    EDGE_STRIP,
    ISSUING_VERBS,
    MAX_SPEAKER_TOKENS,
    MIN_QUOTE_WORDS,
    OWN_CONTENT_DEPS,
    QUOTE_CHARS,
    SUBJECT_DEPS,
    _Found,
    _classify,
    _clip_to_paragraph,
    _region_at,
    _speaker_chars,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.cues import Cue, control_verbs, cue_lexicon, discourse_markers
from storyline.analyze.attribution.reporting_clauses import _bare_reporting_advcl, _compared_clause, _speaker_after_cue
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


def _subject(verb: Token) -> tuple[Token | None, str]:
    """The speaker token of a cue verb and how it was found."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], "agent of passive cue"
    text = doc_text(verb.doc)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # A subject across a paragraph break ("7:00 p.m.\n\nNevada's estimates are showing") is a
    # parse running a dateline into the sentence: use the last noun of its phrase on the verb's side.
    subjects = [_same_paragraph_head(c, verb, text) for c in subjects]
    subjects = [c for c in subjects if c is not None]
    if not subjects and verb.pos_ == "NOUN":
        # A cue verb mistagged as a noun ("Trump predicts that..."): its compound is the subject.
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    if subjects:
        # "Speaking in Salem, New Hampshire, Trump went after Bush": a place name misparsed as a
        # second subject stands further from the verb than the real one.
        before = [c for c in subjects if c.i < verb.i]
        after = [c for c in subjects if c.i > verb.i and c.pos_ in {"PROPN", "NOUN"}
                 and (c.right_edge.i + 1 >= len(c.doc) or c.doc[c.right_edge.i + 1].text in {".", ",", ";"})]
        if before and after and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "... the population was overwhelmingly white, said Alan Abramowitz, a demographer":
            # in an inverted reporting clause the name after the cue speaks; the clause before the
            # comma (which the parser may make a second subject) is what is said.
            return after[0], INVERTED_SUBJECT
        c = before[-1] if before else subjects[0]
        if c.ent_type_ in {"DATE", "TIME"} and c.i < verb.i:
            # "Saturday at the party convention Sen. Elizabeth Warren said": a date is never the
            # speaker; the name standing between it and the cue is.
            name = _name_before(verb)
            if name is None:
                return None, "the parse offered only a date as subject"
            return name, "name between a date read as subject and the cue"
        if _relative_antecedent(c) is not None:
            # "Smith, who said ...": the source in the text is the pronoun; the speaker it stands
            # for (the antecedent) is resolved from it (see _relative_antecedent).
            return c, "relative pronoun subject of cue"
        return c, "subject of cue"
    if verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}:
        if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "Mitt Romney, the 2012 Republican nominee, tweeted in response:": a past tense after
            # a name and its apposition, which the tagger read as a participle.
            name = _name_before(verb)
            if name is not None:
                return name, "name and apposition right before a past tense read as a participle"
        # "Asked if he was bullied, the candidate said no": the subject of the governing verb is the
        # one addressed by a passive participle, not its speaker (an agent is handled above).
        return None, "passive participle: the governing subject is the one addressed"
    cur = verb
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            # "began by saying", "punctuated his list by saying": the subject of the verb the
            # preposition attaches to says it.
            cur = cur.head.head
            for c in cur.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c, f"subject of governing verb '{cur.text}'"
        elif cur.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and cur.head is not cur:
            if cur.dep_ == "ccomp" and not _coordinated_cue(cur):
                break
            via_xcomp = cur.dep_ == "xcomp"
            inner = cur
            cur = cur.head
            # Only the verb the cue itself hangs on controls it: further up, a conjoined verb ("urged
            # the party to coalesce and tried to make the case") is the subject's own act.
            controlling = via_xcomp and inner.i == verb.i and cur.lemma_.lower() in control_verbs()
            controller = next((c for c in cur.children if c.dep_ == "dobj" and c.i < inner.i
                               and c.pos_ in {"NOUN", "PROPN", "PRON"}), None) if controlling else None
            if controller is not None and any(g.dep_ == "aux" and g.lower_ == "to" for g in inner.children):
                # "forced his rival, Hillary Clinton, to distance herself", "drove thousands of
                # Armenians to demand a referendum": the object of the governing verb is the one
                # who does what the infinitive says (object control), not its subject.
                return controller, f"object of governing verb '{cur.text}' (object control)"
            if via_xcomp and cur.pos_ == "ADJ" and cur.dep_ in {"acomp", "oprd"}:
                # "voters were more likely to say...", "was quick to embrace": the adjective's
                # subject is the copula's.
                cur = cur.head
            governing = [c for c in cur.children if c.dep_ in SUBJECT_DEPS or (via_xcomp and c.dep_ == "nsubjpass")]
            if governing:
                # "is expected to endorse": the passive subject of a raising verb is the one whose
                # stance the infinitive reports. "WASHINGTON — Sen. Bernie Sanders defended ...,
                # saying": a dateline or headline the parse made a second subject stands further
                # from the verb than the real one.
                nearest = [c for c in governing if c.i < cur.i]
                return (nearest[-1] if nearest else governing[0]), f"subject of governing verb '{cur.text}'"
        elif cur.dep_ == "relcl":
            return cur.head, "noun modified by the relative clause"
        elif cur.dep_ == "acl" and cur.tag_ == "VBG":
            issuer = cur.head.head
            if cur.head.dep_ == "dobj" and issuer.lemma_.lower() in ISSUING_VERBS:
                # "His office put out a statement saying ...": the statement speaks for whoever
                # issued it.
                by = next((c for c in issuer.children if c.dep_ in SUBJECT_DEPS), None)
                if by is not None:
                    return by, f"subject of '{issuer.text}', who issued the '{cur.head.text}'"
            return cur.head, "noun modified by the participle"
        else:
            break
    lead = _leading_noun_phrase(verb)
    if lead is not None:
        return lead, "noun phrase opening the clause (no subject in the parse)"
    if verb.tag_ in {"VBD", "VBZ"} and verb.dep_ in {"ROOT", "ccomp"}:
        name = _name_before(verb)
        if name is not None:
            return name, "person or organisation named right before the cue (no subject in the parse)"
    return None, "no subject"


SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})


INVERTED_SUBJECT = "subject after a cue that follows a comma (inverted reporting clause)"


MAX_APPOSITION_TOKENS = 12


EXPLETIVES = frozenset({"it", "there"})


def _name_before(verb: Token) -> Token | None:
    """'... at the party convention Sen. Elizabeth Warren (D-MA) said ...': the person or
    organisation name ending right before a finite cue (a parenthetical such as a party label
    skipped) when the parser attached it elsewhere. Returns the last token of the name."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k >= 1 and doc[k].text in {"\u201d", "''", '"'} and doc[k - 1].text == ",":
        k -= 1  # 'Washington, star of television's “Scandal,” thanked': the comma sits inside the mark
    if k >= 0 and doc[k].text == ",":
        # "Col. Steven H. Warren, a military spokesman in Baghdad, said", "Trump, in Kentucky,
        # said": an apposition or a place set off by commas stands between the name and the cue.
        j = k - 1
        while j >= 0 and k - j <= MAX_APPOSITION_TOKENS and doc[j].text != "," and not (
            doc[j].pos_ in {"VERB", "AUX"} or doc[j].is_space or doc[j].text in {".", ";", ":"}):
            j -= 1
        if j < 0 or doc[j].text != "," or j == k - 1:
            return None
        inner = doc[k - 1]
        if inner.pos_ == "PROPN" and inner.ent_type_ == "PERSON" and doc[j - 1].pos_ in {"NOUN", "PROPN"}:
            # "her senior policy adviser, Jake Sullivan, said": the name set off by commas after a
            # title is the speaker.
            return inner
        k = j - 1
    if k < 0 or doc[k].pos_ != "PROPN" or doc[k].ent_type_ not in SPEAKER_ENTITY_TYPES:
        return None
    return doc[k]


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Smith" in "Smith, who said ..."), or None when
    ``tok`` is not a relative pronoun. The pronoun is the source as the text gives it (annotation
    marks the word in the clause); the antecedent is who actually speaks, so speaker resolution and
    the speaker shown to users use it."""
    if tok.tag_ not in {"WP", "WDT"} or tok.lower_ not in RELATIVE_PRONOUNS:
        return None
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "relcl" and cur.head.i < tok.i and cur.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            return cur.head
        if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            return None
        cur = cur.head
    return None


SUBJECT_CHUNK_POS = {"NOUN", "PROPN", "NUM", "DET", "ADJ", "ADV", "PRON"}


def _leading_noun_phrase(verb: Token) -> Token | None:
    """'About 4 in 10 say they want...': poll phrasings often come out of the parser with no
    subject. When everything between the clause opening and a finite cue is one noun phrase, that
    phrase is the subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "ccomp", "dep"}:
        return None
    toks = list(verb.doc[verb.sent.start : verb.i])
    cut = max((k for k, t in enumerate(toks) if t.is_punct or t.is_space or t.pos_ in {"CCONJ", "SCONJ"}), default=-1)
    chunk = toks[cut + 1 :]
    if not chunk or len(chunk) > 8:
        return None
    if not all(t.pos_ in SUBJECT_CHUNK_POS or t.lower_ in {"of", "in"} for t in chunk[1:]) or chunk[0].pos_ not in SUBJECT_CHUNK_POS:
        return None
    heads = [t for t in chunk if t.pos_ in {"NOUN", "PROPN", "NUM"}]
    return heads[-1] if heads else None


def _same_paragraph_head(subj: Token, verb: Token, text: str) -> Token | None:
    """``subj`` when it stands in the verb's paragraph; otherwise the last noun of its phrase that
    does, or None."""
    lo, hi = sorted((subj.idx, verb.idx))
    if "\n" not in text[lo:hi]:
        return subj
    para_start = text.rfind("\n", 0, verb.idx) + 1
    inside = [t for t in subj.subtree if para_start <= t.idx < verb.idx and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return inside[-1] if inside else None


def _imperative(verb: Token) -> bool:
    """'Consider the numbers.', 'If you doubt it, compare my case to his.': a base form heading its
    sentence's main clause with no subject and no auxiliary is an instruction, not a report (a
    headline verb is inflected: "Trump Says ..."). Only what opens the clause may precede it: a
    subordinate clause, an adverb or an interjection set off before the verb."""
    if verb.tag_ not in {"VB", "VBP"} or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return False
    return all(c.dep_ in {"advcl", "advmod", "intj", "punct", "mark", "cc", "npadvmod"}
               for c in verb.children if c.i < verb.i)


def _framed_by_attempt(verb: Token) -> bool:
    """'attempted to claim', 'tried to argue': the reporter distances itself from the claim."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"attempt", "try", "seek"}


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
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i for h in holders for c in h.children)


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


def _object_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """Content that is not a clause: a to-infinitive ('vowed to protect'), an object ('criticized
    Clinton for ...'), or a prepositional object ('called for more flexibility')."""
    text = doc_text(verb.doc)
    to_inf = any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                 for c in verb.children)
    if cue.clause_only and not (_as_predicate(verb) or any(c.dep_ == "oprd" for c in verb.children)
                                or (cue.takes_infinitive and to_inf)):
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
        return _strip(text, *_subtree_chars(xcomps[0])), "to-infinitive complement of cue"
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    # "called Trump unhinged", "called his actions “a crucial step”": naming verbs state a view of
    # their object through a second complement; without one the object is an addressee.
    naming = bool(objs) and (
        any(c.dep_ in {"oprd", "ccomp"} for c in verb.children) or any(c.dep_ == "appos" for c in objs[0].children)
        or _as_predicate(verb)
    )
    gap = _object_gap(verb)
    if gap is not None:
        return gap, "noun the relative clause is about (the cue's object)"
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
    )
    if usable and (cue.lemma not in ADDRESSEE_VERBS or naming):
        end_tok = _contiguous_end(verb, objs[0])
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
    end = first
    for t in verb.doc[first.i : verb.sent.end]:
        if t.head.i == verb.i and t.dep_ in stop_deps and t.i > first.i:
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


_TRAILING_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or)$", re.IGNORECASE)


def _drop_trailing_coordinator(text: str, start: int, end: int) -> tuple[int, int]:
    """'the city was safe and': a complement whose conjoined verb the parser moved elsewhere keeps
    the dangling coordinator; it belongs to no statement."""
    m = _TRAILING_COORDINATOR.search(text, start, end)
    return (start, m.start()) if m and m.end() == end else (start, end)


def _coordinated_cue(tok: Token) -> bool:
    """'The mayor said the city was safe and added that...': the parser often makes the second
    cue a complement of the first; a subjectless cue verb right after "and"/"but" is a second
    report by the same speaker, never part of the first one's content."""
    if (tok.lemma_.lower(), "VERB") not in cue_lexicon() or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in tok.children):
        return False
    prev = tok.i - 1
    while prev >= 0 and tok.doc[prev].pos_ in {"ADV", "AUX", "PART"}:
        prev -= 1
    return prev >= 0 and tok.doc[prev].pos_ == "CCONJ"


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
    comps = [c for c in verb.children if c.dep_ == "ccomp" or (verb.pos_ == "NOUN" and _that_clause(c))]

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
    after = [c for c in comps if c.i > verb.i and not _coordinated_cue(c)]
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




def _speaker_after_quote(doc: Doc, verb: Token, regions: Sequence[QuoteRegion]) -> Token | None:
    """'"We were wrong," Ramos, 58, told AFP': a quotation before the reporting clause often wrecks
    the parse (the cue hangs on the quoted verb, its subject is a word of the quotation). The name
    phrase between the closing mark and the cue is the speaker; an apposition after a comma ("58",
    "the party's nominee") is left out. Returns the head of that name phrase."""
    before = [r for r in regions if r.end <= verb.idx]
    if not before:
        return None
    r = before[-1]
    words = [t for t in doc[verb.sent.start : verb.i] if t.idx >= r.end and not t.is_space]
    while words and (words[0].is_punct or words[0].lower_ in {"said", "says"}):
        words.pop(0)
    chunk: list[Token] = []
    for t in words:
        if t.text in {",", "(", "\u2014", "\u2013"}:
            break
        chunk.append(t)
    if not chunk or len(chunk) > MAX_SPEAKER_TOKENS or "\n" in doc_text(doc)[r.end : verb.idx]:
        return None
    if any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} or t.is_punct for t in chunk):
        return None
    heads = [t for t in chunk if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return heads[-1] if heads else None


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


def _raising_content(verb: Token) -> tuple[int, int] | None:
    """'Trump's supporters seemed equally unperturbed': the subject plus the complement of an
    appearance verb is the impression reported (PolNeAR: content, no source)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None and verb.dep_ == "conj":
        # "de Blasio, who has been squabbling with Airbnb and appeared to capitulate": a conjoined
        # appearance verb shares the subject of the verb it is joined to.
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "attr"} and c.i > verb.i), None)
    if subj is None or comp is None or subj.lower_ in DEMONSTRATIVES | {"there"}:
        return None
    if (comp.lemma_.lower(), "VERB") in cue_lexicon() and comp.pos_ == "VERB":
        return None  # "She appeared to imply that...": the report is the inner cue's, with her as speaker
    text = doc_text(verb.doc)
    start = subj.left_edge.idx
    end_tok = comp.right_edge
    return _clip_to_paragraph(text, *_strip(text, start, end_tok.idx + len(end_tok)), verb.idx)


def _experiencer(verb: Token) -> Token | None:
    """'To Brigid Harrison, Christie's stare seemed to reflect sadness', 'it seemed to many
    voters ...': the "to" phrase of an appearance verb names whose impression it is, and so the
    source. None when there is none (the impression is the writer's). A "to" phrase of the
    adjective ("appeared deferential to the president", "closer to victory") is the adjective's
    own argument, never the one who perceives."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}), None)
            if obj is not None and obj.lower_ not in DEMONSTRATIVES:
                return obj
    return None


def _reported_main_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'As Breitbart News reported, the White House was refusing...': a reporting clause opened by
    "as" vouches for the main clause it modifies, which is its content."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None, ""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None, ""
    if any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None, ""  # "as X said that...", "as she described the plan": the clause has its own content
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


# Stances of cues that vouch for a clause in "As X reported/noted/predicted, ...": statements and
# findings. "As she campaigns across the state" and "as voters backed him" are times, not sources.
VOUCHING_STANCES = frozenset({"neutral", "distancing", "estimate", "evidence", "argument", "warning", "concession"})


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
    mark) inside the cue's own noun and prepositional phrases is the cue's content."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in {"relcl", "acl", "ccomp"}:
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


def _verb_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for verb in doc:
        if (verb.lemma_.lower(), "VERB") not in lex:
            continue
        # "Trump predicts that...": a headline-style present tense is often tagged as a plural noun,
        # with the subject as its compound; a clause after it shows it is the verb.
        mistagged = verb.dep_ == "ROOT" and verb.pos_ == "NOUN" and (
            any(c.dep_ == "nsubj" for c in verb.children)
            or (any(c.dep_ == "ccomp" or _that_clause(c) for c in verb.children)
                and any(c.dep_ == "compound" and c.i < verb.i for c in verb.children))
        )
        if verb.pos_ not in {"VERB", "AUX"} and not mistagged:
            continue
        if text[max(0, verb.idx - 2) : verb.idx].endswith(("<", "</")):
            continue  # the name of a markup tag left in scraped text ("<tweet author=...>")
        nested = _region_at(regions, verb.idx) is not None  # a report inside a quotation
        cue = lex[(verb.lemma_.lower(), "VERB")]
        if not cue.allows_object(verb):
            continue
        named = _passive_naming(verb) if cue.naming else None
        if cue.needs_as and not _as_predicate(verb) and named is None:
            continue
        subj, subj_how = _subject(verb)
        if subj is None and _imperative(verb):
            continue  # "Compare my case to his.": an instruction to the reader reports no one's view
        content: tuple[int, int] | None = None
        how = ""
        post: Token | None = None
        if not nested and (subj is None or _region_at(regions, subj.idx) is not None):
            after = _speaker_after_quote(doc, verb, regions)
            post = _speaker_after_cue(doc, verb, regions) if after is None else None
            if after is not None:
                subj, subj_how = after, "name between the quotation and the cue"
            elif post is not None:
                subj, subj_how = post, "name right after a cue that follows a quotation (inverted reporting clause)"
            elif subj is not None:
                # A word of a quotation is never the speaker of a cue outside it; a name standing
                # before the cue (past an apposition that ends in a quoted title) may be.
                before_name = _name_before(verb)
                if before_name is not None and _region_at(regions, before_name.idx) is None:
                    subj, subj_how = before_name, "name right before the cue (the parse's subject was a quoted word)"
                else:
                    subj, subj_how = None, "the parse offered only a word inside a quotation as subject"
            if subj is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
                # "Clinton seemed ready to riff on it, telling the crowd, '...'": a participle
                # clause shares the subject of the sentence it is attached to in the text.
                root_subj = [c for c in verb.sent.root.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                             and _region_at(regions, c.idx) is None]
                if root_subj:
                    subj, subj_how = root_subj[-1], "subject of the sentence the participle clause follows"
        crosses = subj is not None and "\n" in text[min(subj.idx, verb.idx) : max(subj.idx, verb.idx)]
        if crosses and not subj_how.startswith("relative"):
            # "The Latest: Trump delivers defense ...\n\nDonald Trump has ..., saying": a speaker
            # found across a paragraph break (a headline or dateline the parse ran into the
            # sentence) is kept only as far as its phrase reaches into the cue's paragraph.
            subj = _same_paragraph_head(subj, verb, text)
            subj_how = subj_how if subj is not None else "the only subject stood in another paragraph"
        speaker = _speaker_chars(subj) if subj is not None else None
        if speaker is not None and subj.i < verb.i and speaker[1] > verb.idx:
            # An apposition the parser hung on the subject after the cue ("Francis spoke of the
            # malaise, the lack of jobs") is content, not part of the speaker.
            before = [t for t in subj.subtree if t.i < verb.i]
            speaker = _strip(text, before[0].idx, before[-1].idx + len(before[-1]), QUOTE_CHARS)
        if speaker is not None and _region_at(regions, subj.idx) is None:
            # '“That's a legitimate concern,” Sarandon, 69, said': a quotation the parser hung on
            # the name is what is said, never part of who says it.
            # As for a name between a quotation and its cue, an apposition after a comma
            # ("Sarandon, 69") is left out.
            closed = [r.end for r in regions if speaker[0] < r.end <= subj.idx]
            if closed:
                words = [t for t in subj.subtree if t.idx >= max(closed) and not t.is_space]
                cut = next((k for k, t in enumerate(words) if t.text == "," and t.i > subj.i), len(words))
                words = words[:cut]
                if words:
                    speaker = _strip(text, words[0].idx, words[-1].idx + len(words[-1]), QUOTE_CHARS)
        stance = "distancing" if _framed_by_attempt(verb) else cue.stance
        if cue.raising:
            judged = _raising_content(verb)
            if judged is not None:
                holder = _experiencer(verb)
                found.append(
                    _Found(content=judged, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                           stance=cue.stance, speaker=_speaker_chars(holder) if holder is not None else None,
                           speaker_head=holder.i if holder is not None else None, kind="indirect",
                           reason="subject and complement of an appearance verb; speaker: "
                           + ("the one it seems so to ('to' phrase)" if holder is not None else "none (an impression)"),
                           cue_token=verb.i)
                )
                continue
        if cue.raising and subj is not None and subj.lower_ in EXPLETIVES and subj.i < verb.i:
            # "It seems like ...", "it appeared that ...": the expletive subject of an appearance
            # verb is no one; the impression has no source in the text.
            subj, speaker, subj_how = None, None, "expletive subject of an appearance verb"
        if named is not None and not nested:
            # Only an agent ("seen by organizers as ...") names who calls it so.
            agent = subj if subj is not None and subj_how.startswith("agent") else None
            s0, e0, kind = _classify(text, *named, regions)
            found.append(
                _Found(content=(s0, e0), cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                       stance="neutral", speaker=_speaker_chars(agent) if agent is not None else None,
                       speaker_head=agent.i if agent is not None else None, kind=kind,
                       reason="name given by a passive naming participle; speaker: "
                       + ("its agent" if agent is not None else "none named"), cue_token=verb.i)
            )
            continue
        comps, split = _complements(verb, speaker)
        if subj_how == INVERTED_SUBJECT and not any(c.i > verb.i for c in comps):
            # The content is everything before the comma that precedes the cue, in its sentence
            # and paragraph (the parse made part of it a subject, or a complement).
            comps, split = [], False
            s0, e0 = _clip_to_paragraph(text, verb.sent.start_char, doc[verb.i - 1].idx, verb.idx)
            s0, e0 = _strip(text, s0, e0)
            if e0 > s0:
                content, how = _around_parenthetical(verb, subj, (s0, e0))
        if post is not None and subj is post:
            # The speaker stands after the cue, so the quotation before it is the content (the
            # parse's complements run through the misattached name), or else the clause before the
            # comma that opens the reporting clause.
            comps, split = [], False
            region = _adjacent_region(doc, verb, None, regions)
            if region is not None:
                content, how = (region.inner_start, region.inner_end), "quotation before an inverted reporting clause"
            elif doc[verb.i - 1].text == ",":
                s0, e0 = _strip(text, *_clip_to_paragraph(text, verb.sent.start_char, doc[verb.i - 1].idx, verb.idx))
                if e0 > s0:
                    content, how = _around_parenthetical(verb, subj, (s0, e0))
        # A parse running across a paragraph break hangs the previous paragraph's clause on the cue
        # ("...caucuses and primaries.”¶Cruz ... will do an excellent job, Blackwell maintains."):
        # that clause is not this cue's, but a complement in the cue's own paragraph still is.
        comps = [c for c in comps if _region_at(regions, c.idx) is not None
                 or "\n" not in text[min(verb.idx, c.idx) : max(verb.idx, c.idx)]]
        if comps:
            skip = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
            s, e = _subtree_chars(comps[0], skip)
            if len(comps) > 1:
                e = max(e, _subtree_chars(comps[-1], skip)[1])
            if s < verb.idx < comps[0].idx:
                # "which officials said will go...": the relative pronoun heads the complement but
                # stands before the cue; the content is what follows the cue.
                s = doc[verb.i + 1].idx if verb.i + 1 < len(doc) else s
            anchor = comps[0].idx
            in_region = _region_at(regions, anchor)
            if in_region is None:
                s, e = _clip_to_paragraph(text, s, e, anchor)
            elif s >= in_region.start - 2 and not _runs_on(text, in_region, e, verb, speaker):
                # A quoted complement ends where its quotation ends, even when the mark is missing;
                # a closed quotation that the clause runs on from ('"I held and hugged" grieving
                # families, he said') is a mixed quote and keeps the whole clause.
                e = min(e, in_region.inner_end)
            else:
                # Also a clause that opens before the quotation ('Cruz will “leave here with
                # momentum.”'): it never runs on into the next paragraph.
                s, e = _clip_to_paragraph(text, s, e, anchor)
            content, how = _drop_trailing_coordinator(text, *_strip(text, s, e)), "clausal complement of cue"
            if split:
                how = "clausal complement split around the cue (content spans both parts)"
        if content is None:
            bare = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                    and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and c.pos_ in {"VERB", "AUX"}]
            if bare:
                # "He said legalizing it could...": the parser made the complement clause an xcomp.
                s, e = _clip_to_paragraph(text, *_subtree_chars(bare[0]), bare[0].idx)
                content, how = _strip(text, s, e), "bare verbal complement of cue"
        passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if content is None and passive_subj and subj is not None and subj_how.startswith("agent"):
            ps = passive_subj[0]
            antecedent = _relative_antecedent(ps)
            if antecedent is not None:
                # "a plan that was rejected by the council": what is judged is the noun the
                # relative pronoun stands for, not an earlier sentence.
                content, how = _speaker_chars(antecedent), "antecedent of the relative subject of passive cue"
            elif ps.lower_ in DEMONSTRATIVES:
                prev = [s for s in doc.sents if s.end <= verb.sent.start]
                if prev:
                    content = _strip(text, prev[-1].start_char, prev[-1].end_char)
                    how = "passive cue with a demonstrative subject: content is the previous sentence"
            else:
                content, how = _strip(text, *_subtree_chars(ps)), "subject of passive cue"
        if (content is None and passive_subj and subj is None and cue.stance in JUDGING_STANCES
                and any(c.dep_ == "auxpass" for c in verb.children) and not nested):
            # "Clinton was booed at the debate", "a candidate who was lambasted": a judgement
            # received with no one named; what is judged is the passive subject.
            ps = passive_subj[0]
            judged = _relative_antecedent(ps) or ps
            if judged.lower_ not in DEMONSTRATIVES:
                content, how = _speaker_chars(judged), "subject of agentless passive judgement"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if content is None and objs and cue.stance == "estimate" and any(
            c.dep_ == "prep" and c.i > objs[0].i and (not cue.clause_only or c.lower_ == "at") for c in verb.children
        ):
            # "estimate the arsenal at around 4,000 units": object plus its valuation is the content.
            right = [t for t in verb.subtree if t.i > verb.i]
            content = _strip(text, right[0].idx, right[-1].idx + len(right[-1]))
            how = "object and valuation of an estimate cue"
        parenthetical = verb.dep_ == "parataxis" or _bare_reporting_advcl(verb)
        if parenthetical and subj is not None and (subj.lower_, cue.lemma) in discourse_markers() and not any(
                c.dep_ in OWN_CONTENT_DEPS for c in verb.children):
            continue  # "You know, our middle class is disappearing": a discourse marker, not a report
        if content is None and parenthetical and subj is not None and verb.head.i > verb.i:
            # "The Russians, said Lavrov, would never agree": the cue interrupts its own content.
            s0, e0 = _subtree_chars(verb.head)
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
            how = "clause interrupted by the cue"
        if (content is None and parenthetical and subj is not None and verb.head.i < verb.i
                and verb.head.pos_ in {"VERB", "AUX"} and not nested):
            # "Turnout was high, officials said." / "X had two interviews, officials said, the first
            # in May": the reporting clause is appended to (or set into) the clause it reports.
            s0, e0 = _subtree_chars(verb.head, {verb.i})
            if s0 < (speaker or (verb.idx, 0))[0]:
                content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
                how = "clause the reporting clause is appended to"
        if (content is None and parenthetical and subj is not None and verb.head.i < verb.i
                and not nested and _set_off_by_commas(verb)):
            # "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions ...": a
            # reporting clause set into a sentence the parser could not build around a verb; the
            # sentence around it is what is reported (one span over both parts, as for a split).
            s0, e0 = _subtree_chars(verb.head, {verb.i})
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
            how = "sentence the reporting clause is set into"
        if content is None and not nested:
            if cue.stance in VOUCHING_STANCES:
                content, how = _reported_main_clause(verb)
        if content is None and not nested and subj is not None:
            content, how = _compared_clause(verb)
        if content is None:
            content, how = _question_or_answer(verb)
        if content is None:
            # A subject borrowed from the governing verb ("he said, referring to X") does not make the
            # quotation next to that verb this cue's content.
            own = None if subj_how.startswith("subject of governing verb") else speaker
            region = _adjacent_region(doc, verb, own, regions)
            if region is not None:
                content, how = (region.inner_start, region.inner_end), "quotation next to the cue"
        if content is None and not nested:
            content, how = _object_content(verb, cue)
            if how.startswith("object and predicate of naming"):
                stance = "neutral"  # "called him a loser" characterises; "called for X" demands
        if content is None and not nested and not cue.clause_only:
            content, how = _stray_that_clause(verb)
        if content is None and verb.dep_ not in {"amod", "compound"}:
            # "Spanish-speaking voters: ..." - a participle inside a noun phrase introduces nothing.
            colon = _colon_content(verb)
            if colon is not None and colon[1] > colon[0]:
                content, how = colon, "statement after a colon"
        if content is None or content[1] <= content[0]:
            continue
        if speaker is not None and speaker[0] < content[1] and content[0] < speaker[1] and not parenthetical and not split:
            # The parse put the speaker inside its own content; not a usable attribution.
            continue
        if nested:
            # A report inside someone's quotation: its content stays the clause, never the quotation,
            # and ends where the quotation ends (the parse often runs it on into "... ," she said).
            outer = _region_at(regions, verb.idx)
            s, e = _strip(text, max(content[0], outer.inner_start), min(content[1], outer.inner_end), QUOTE_CHARS)
            if e <= s:
                continue
            kind = "indirect"
            how += " (reported inside a quotation)"
        else:
            s, e, kind = _classify(text, content[0], content[1], regions)
        found.append(
            _Found(
                content=(s, e),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=cue.lemma,
                stance=stance,
                speaker=speaker,
                speaker_head=subj.i if subj is not None else None,
                kind=kind,
                reason=f"{how}; speaker: {subj_how}",
                cue_token=verb.i,
            )
        )
    return found
