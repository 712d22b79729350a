"""Who speaks in a reporting verb's clause: its subject, or what stands in for one (a name
after the quotation, a relative pronoun's antecedent, the noun phrase opening the clause, the
experiencer of "it seems to X")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    DEMONSTRATIVES,
    ISSUING_VERBS,
    MAX_SPEAKER_TOKENS,
    SUBJECT_DEPS,
    misparsed_finite_modifier,
)
from storyline.analyze.attribution.cues import control_verbs, cue_lexicon
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


_AGE = re.compile(r"^(the|a|an)\s+\d+-years?-old$", re.IGNORECASE)


def _age_description(tok: Token) -> bool:
    """"The 54-year-old, who moved to the island in 1998, said": the tagger reads an age as a date,
    but "the N-year-old" standing alone is a person, the news way of calling someone again."""
    doc = tok.doc
    return bool(_AGE.match(doc[tok.left_edge.i : tok.i + 1].text))


_SHARE_WORDS = frozenset({"%", "percent", "per cent", "pct"})


def _subject(verb: Token) -> tuple[Token | None, str]:
    """The speaker token of a cue verb and how it was found. A time is never a speaker: "expected
    by the end of November" names no agent, and "May 29, after which he will be ..." no one who
    says anything."""
    subj, how = _subject_token(verb)
    if subj is not None and _names_a_time_only(subj):
        return None, f"a time is never a speaker (the parse offered '{subj.text}': {how})"
    return subj, how


_MARGIN_NOUNS = frozenset({"margin", "majority", "vote", "tally"})


def _margin(verb: Token, obj: Token) -> bool:
    """"The court ruled by six votes to three", "judges ruled by a majority of four to one": a "by"
    phrase that counts votes, on a verb with a subject of its own, is the margin the parser took for a
    passive agent; the subject speaks."""
    counted = obj.lemma_.lower() in _MARGIN_NOUNS or any(c.dep_ == "nummod" for c in obj.children)
    return counted and any(c.dep_ == "nsubj" for c in verb.children)


def _names_a_time_only(tok: Token) -> bool:
    """Whether a speaker candidate is a time phrase ("the end of November", "May 29", "Monday"):
    its head is a date or time, and no age stands for a person ("the 54-year-old")."""
    return tok.ent_type_ in {"DATE", "TIME"} and not _age_description(tok)


_RELATIVE_OPENERS = frozenset({"what", "which", "that", "who", "whom", "whatever"})


def reduced_passive_belief(verb: Token) -> bool:
    """Whether a belief cue is a participle describing the noun before it: "dozens of people thought
    to be migrants", "the number of missing, believed to be in the hundreds". The tagger reads the
    participle as a past tense and the noun as its subject, which makes the noun the believer; but
    these verbs take a to-infinitive with no object only in the passive (passive_belief_participles.txt),
    so with no auxiliary and the noun (or its comma) right before it, no believer is named."""
    if verb.lower_ not in word_list("passive_belief_participles.txt") or verb.i == 0:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    to_inf = any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                 for c in verb.children)
    before = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.right_edge.i in {before, verb.i - 1}), None)
    if not to_inf or subject is None or subject.pos_ == "PRON":
        return False  # "He thought to gather ...": a pronoun heads no reduced relative
    # "what many people believed to be a campaign killer": the object fronted in a relative clause;
    opener = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    # the subject there is the believer; "but that the number of missing, believed ...": a "that"
    # opening a clause (its mark) fronts nothing
    return opener is None or opener.lower_ not in _RELATIVE_OPENERS or opener.dep_ == "mark"


def _subject_token(verb: Token) -> tuple[Token | None, str]:
    quoted = _quoted_as_cue(verb)
    if quoted is not None:
        return quoted, "passive subject of the quoting cue '... was quoted as saying' (the one quoted)"
    if reduced_passive_belief(verb):
        return None, "a participle describing the noun before it ('people thought to be migrants'): no believer named"
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and not _names_a_time_only(objs[0]) and not _margin(verb, objs[0]):
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
        # a share or a bare number after the cue is what is said ("the operator, Brastenergo, says
        # 40%"), never who says it
        after = [c for c in subjects if c.i > verb.i and c.pos_ in {"PROPN", "NOUN"} and c.lower_ not in _SHARE_WORDS
                 and (c.right_edge.i + 1 >= len(c.doc) or c.doc[c.right_edge.i + 1].text in {".", ",", ";"})]
        if before and after and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "... the population was overwhelmingly white, said Alan Abramowitz, a demographer":
            # in an inverted reporting clause the name after the cue speaks; the clause before the
            # comma (which the parser may make a second subject) is what is said.
            return after[0], INVERTED_SUBJECT
        c = before[-1] if before else subjects[0]
        if c.ent_type_ in {"DATE", "TIME"} and c.i < verb.i and not _age_description(c):
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
    opened = clause_subject_after_preposition(verb)
    if opened is not None:
        return opened, f"noun after '{opened.head.text}', which opens the cue's clause (the parse read it as an object)"
    if misparsed_finite_modifier(verb):
        # "The UN envoy for Yemen, Hans Grundberg, called on all sides to ...": a past tense right
        # after a name and its apposition, which the parser hung on the apposition as a modifier.
        name = _name_before(verb)
        if name is not None:
            return name, "name and apposition right before a past tense read as a modifier"
    if verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}:
        if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "Mitt Romney, the 2012 Republican nominee, tweeted in response:": a past tense after
            # a name and its apposition, which the tagger read as a participle.
            name = _name_before(verb)
            if name is not None:
                return name, "name and apposition right before a past tense read as a participle"
            citer = verbless_citer(verb)
            if citer is not None:
                return citer, "noun opening a sentence with no verb of its own, whose 'citing' phrase the cue follows"
        # "Asked if he was bullied, the candidate said no": the subject of the governing verb is the
        # one addressed by a passive participle, not its speaker (an agent is handled above).
        return None, "passive participle: the governing subject is the one addressed"
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        # "freed detainees were seen embracing relatives", "waited ... before being told to go
        # home": the subject of a passive cue (its own or one it would borrow from the verb it is
        # joined to) is the one seen or told; with no agent, no one in the text is the speaker.
        return None, "passive cue without an agent: its subject is the one addressed or seen"
    aside = _reporting_clause_before(verb)
    if aside is not None:
        subj, how = _subject(aside)
        if subj is not None:
            return subj, f"{BORROWED_FROM_REPORT} '{aside.text}' the participle follows"
    cur = verb
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            # "began by saying", "punctuated his list by saying": the subject of the verb the
            # preposition attaches to says it.
            prep = cur.head
            cur = cur.head.head
            quoted = _quoted_as(prep, cur)
            if quoted is not None:
                return quoted, f"{'passive subject' if quoted.dep_ == 'nsubjpass' else 'object'} of '{cur.text} ... as' (the one quoted)"
            for c in cur.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c, f"subject of governing verb '{cur.text}'"
        elif cur.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and cur.head is not cur:
            citer = verbless_citer(cur) if cur is verb else None
            if citer is not None:
                return citer, "noun opening a sentence with no verb of its own, which the 'citing' phrase follows"
            if cur.dep_ == "ccomp" and not _coordinated_cue(cur):
                break
            via_xcomp = cur.dep_ == "xcomp"
            inner = cur
            cur = cur.head
            nearer = _subordinate_conjunct_subject(inner, cur) if inner.dep_ == "conj" else None
            if nearer is not None:
                return nearer, f"subject of '{nearer.head.text}', the clause the cue is joined to"
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
    appended = _appended_source_phrase(verb)
    if appended is not None:
        return appended, "noun phrase between a comma and an appended cue (the parse read it as an apposition)"
    if verb.tag_ in {"VBD", "VBZ"} and verb.dep_ in {"ROOT", "ccomp"}:
        name = _name_before(verb)
        if name is not None:
            return name, "person or organisation named right before the cue (no subject in the parse)"
    swallowed = _subject_in_opening_participle(verb)
    if swallowed is not None:
        return swallowed, "noun phrase after an opening participle's phrase (the parse read it as an apposition there)"
    return None, "no subject"


# Words that open a clause as well as a phrase ("after the vote", "after the party alleged ...").
_CLAUSE_OPENING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def clause_subject_after_preposition(verb: Token) -> Token | None:
    """"The court ordered a recount after the opposition alleged that votes were missing": "after"
    opens a clause, whose subject the parser took for the preposition's object, leaving a finite
    verb with no subject that it hangs on the main verb (as an adverbial or even a complement).
    The object of a clause-opening preposition on the same head, ending right before the verb, is
    the verb's subject; None otherwise."""
    if verb.i == 0 or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.head is verb:
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl"} for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_OPENING_PREPOSITIONS or prep.i > verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i == verb.i - 1 and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
            return obj
    return None


SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})


INVERTED_SUBJECT = "subject after a cue that follows a comma (inverted reporting clause)"


MAX_APPOSITION_TOKENS = 12


EXPLETIVES = frozenset({"it", "there"})


def _subordinate_conjunct_subject(conj: Token, head: Token) -> Token | None:
    """"Sterling fell after the Bank of England held rates and said it would wait": a verb joined by
    "and" right after a subordinate clause with its own subject continues that clause (the parser
    joins it to the main verb); its speaker is the subordinate clause's subject. Only a clause
    opened by a subordinator and ending right before the "and" counts."""
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < conj.i), None)
    if cc is None or cc.i == 0 or conj.doc[cc.i - 1].text in {",", ";", ":"}:
        return None
    for sub in head.children:
        if sub.dep_ != "advcl" or not (head.i < sub.i < cc.i) or sub.right_edge.i != cc.i - 1:
            continue
        if not any(c.dep_ == "mark" for c in sub.children):
            continue
        subj = next((c for c in sub.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    return None


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
        if inner.pos_ == "PROPN" and inner.ent_type_ in SPEAKER_ENTITY_TYPES and doc[j - 1].pos_ in {"NOUN", "PROPN"}:
            # "her senior policy adviser, Jake Sullivan, said": the name set off by commas after a
            # title is the speaker. The tagger's type for a lone given name is unreliable ("her
            # son, Henrik, said" reads Henrik as an organisation); any speaker type names the role.
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
            return _described_person(cur.head) if tok.lower_ in {"who", "whom"} else cur.head
        if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            return None
        cur = cur.head
    return None


def _described_person(noun: Token) -> Token:
    """"A diplomat familiar with the case, who asked ...": the parser hangs a "who" clause on the
    last noun before it, but a thing named in the phrase describing a person ("familiar with the
    case", "close to the talks", "briefed on the plan") is never the one "who" stands for; the
    person that phrase describes is."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.ent_type_ in SPEAKER_ENTITY_TYPES:
        return noun
    head = noun.head.head
    while head.pos_ in {"ADJ", "VERB"} and head.dep_ in {"amod", "acl"} and head.head.i < head.i:
        head = head.head
    return head if head is not noun.head.head and head.pos_ in {"NOUN", "PROPN"} else noun


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


def _subject_in_opening_participle(verb: Token) -> Token | None:
    """"Speaking to reporters after the verdict, Yameen's legal team, led by ..., said he would
    appeal": a cue with no subject whose sentence opens with a participle's phrase; the parser hung
    the subject on the phrase's last noun as an apposition. The participle's subject is the cue's, so
    the noun set off by a comma at the end of that phrase, the last such before the cue, speaks.
    Tried last: a name right before the cue, its apposition set off by commas, is read first."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for opening in verb.children:
        if opening.dep_ != "advcl" or opening.tag_ not in {"VBG", "VBN"} or opening.i != verb.sent.start:
            continue
        # the subject itself, not an apposition of it ("Senator X, the minority leader")
        appositions = [t for t in opening.subtree if t.dep_ == "appos" and t.head.dep_ != "appos"
                       and t.pos_ in {"NOUN", "PROPN"} and t.i < verb.i and t.left_edge.i > 0
                       and t.doc[t.left_edge.i - 1].text == ","]
        if appositions:
            return appositions[-1]
    return None


BORROWED_FROM_REPORT = "subject of the reporting clause"


def _reporting_clause_before(verb: Token) -> Token | None:
    """"The lender plans to cut 2,000 jobs, a source with knowledge of the plan said, declining to
    be named": a participle right after a reporting clause and its comma goes with that clause
    (who declined to be named is the source), wherever the parser hung it. Returns the reporting
    verb, or None."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    cue = doc[verb.i - 2]
    if verb.head.i == cue.i:
        return None  # hung on the reporting verb itself: the governing-verb rule reads it
    if cue.tag_ not in {"VBD", "VBZ"} or cue.dep_ not in {"parataxis", "advcl", "ccomp", "conj", "ROOT"}:
        return None
    if cue_lexicon().get((cue.lemma_.lower(), "VERB")) is None:
        return None
    return cue


def _quoted_as(prep: Token, governing: Token) -> Token | None:
    """"Deputy Minister Pavel Sorokin was quoted by Interfax as saying that ...", "she was cited
    as saying": the passive subject of a verb of quoting, whose "as" phrase holds the cue, is the
    one who spoke (the agent, when named, only passed it on: see quoted_as_relayer). In the active
    voice ("Interfax quoted Deputy Minister Pavel Sorokin as saying ...") the one quoted is the
    object before the "as", and the subject only passed the words on."""
    if prep.lower_ != "as" or governing.lemma_.lower() not in QUOTING_VERBS:
        return None
    passive = next((c for c in governing.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    return next((c for c in governing.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _as_saying(verb: Token) -> Token | None:
    """The "as" of a quoting verb's "as saying" phrase ("was quoted as saying"), if it has one."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 and any(g.dep_ == "pcomp" for g in c.children)), None)


def saying_reports(verb: Token) -> bool:
    """"The minister was quoted by Interfax as saying that the talks would resume": the clause hangs
    on "saying", which reports it; the learned layer adds no second attribution on the quoting verb
    around it (its content was "as saying that ...", by the minister). The rules keep their reading
    of the active "Interfax quoted the minister as saying ...": the nested report by the agency
    (skipping it there cost the check set's content F1 0.1)."""
    as_prep = _as_saying(verb)
    return as_prep is not None and any(c.dep_ == "ccomp" for g in as_prep.children if g.dep_ == "pcomp"
                                       for c in g.children)


def _quoted_as_cue(verb: Token) -> Token | None:
    """"The talks will resume, Peskov was quoted as saying by TASS": when the quoting verb itself is
    the cue (the words stand before it, so they hang on "quoted", not on "saying"), its passive
    subject is the one who spoke, as with "saying" (``_quoted_as``); it is no agentless passive with
    no speaker, and its agent, if any, only passed the words on (``quoted_as_relayer``)."""
    if _as_saying(verb) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def quoted_as_relayer(verb: Token) -> Token | None:
    """The agent of "was quoted by Interfax as saying", or the subject of "Interfax quoted the
    minister as saying": the outlet that passed the words on. For the quoting verb as the cue
    ("..., Peskov was quoted as saying by TASS"), its agent or the "by" phrase of its "saying"."""
    as_prep = _as_saying(verb)
    if as_prep is not None and _quoted_as_cue(verb) is not None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = agent or next((p for g in as_prep.children if g.dep_ == "pcomp" for p in g.children
                            if p.dep_ in {"prep", "agent"} and p.lower_ == "by"), None)
        return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in QUOTING_VERBS:
        return None
    quoting = verb.head.head
    agent = next((c for c in quoting.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((g for g in agent.children if g.dep_ == "pobj"), None)
    if _quoted_as(verb.head, quoting) is None or any(c.dep_ == "nsubjpass" for c in quoting.children):
        return None
    return next((c for c in quoting.children if c.dep_ == "nsubj"), None)


QUOTING_VERBS = frozenset({"quote", "cite"})


def verbless_citer(verb: Token) -> Token | None:
    """"The Washington Post, citing three U.S. officials, reported on Tuesday that ...": with a
    phrase between the cue and its date, the parser may leave the sentence without a verb, rooting
    it on the opening noun, hanging "citing" on that noun and reading the finite cue as a reduced
    relative on the cited object ("officials reported on Tuesday"). A sentence has a main verb, so
    the cue after the cited phrase is it, and the root noun before both is the one citing and
    reporting. Given the "citing" participle or that cue, returns the root noun, else None."""
    tok = verb
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        tok = tok.head.head  # the cue read as a modifier of what is cited: go to the "citing"
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in QUOTING_VERBS or tok.dep_ not in {"advcl", "acl"}:
        return None
    root = tok.head
    if root.dep_ != "ROOT" or root.pos_ not in {"NOUN", "PROPN"} or root.i > tok.i:
        return None
    return root


SOURCE_PHRASE_PREPOSITIONS = frozenset({"of", "in", "with", "for", "at", "to", "from", "on", "close"})


def _appended_source_phrase(verb: Token) -> Token | None:
    """'Velmont is in talks to buy rival Oxbridge Biologics, a person familiar with the matter
    said, speaking on condition of anonymity': an anonymous or described source appended after the
    clause it reports, which the parser read as an apposition to the clause's last noun, leaving
    the cue (a parenthetical) with no subject. When a finite parenthetical cue follows, after a
    comma, one noun phrase (a source description may carry "familiar with", "close to", "at", "for"
    phrases) whose root the parser hung before the comma, that phrase is the speaker. Returns the
    phrase's root, so the whole description is the speaker as written."""
    if verb.dep_ != "parataxis" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.head.i > verb.i:
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and doc[k].text != ",":
        if doc[k].is_punct or doc[k].is_space or doc[k].pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"}:
            return None
        k -= 1
    chunk = list(doc[k + 1 : verb.i])
    if doc[k].text != "," or not chunk or len(chunk) > 10:
        return None
    if not all(t.pos_ in SUBJECT_CHUNK_POS or (t.pos_ == "ADP" and t.lower_ in SOURCE_PHRASE_PREPOSITIONS) for t in chunk):
        return None
    roots = [t for t in chunk if not (k < t.head.i < verb.i)]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"} or roots[0].head.i > k:
        return None
    return roots[0]


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


