"""The verb group that governs an expression, with a tense tag where one is plain: auxiliaries and
modals, negation, gerunds and untensed participles that take the tense of the verb above, infinitives,
schedules in the present or the past, conditionals, the backshift of reported speech, and times that
date a noun rather than their clause. ``as_scheduled`` is shared with the event extractor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.timex.governor import _governor, ahead_verbs, tenseless_verbs

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "'d"}
_PERFECT_AUX = {"have", "has", "had", "'ve"}
_PRESENT_AUX = {"is", "are", "am", "be", "being", "'s", "'re"}
_UNTENSED_AUX = {"being", "getting", "get"}
_NEGATIVE_SUBJECT = {"neither", "nor", "nobody", "none", "nothing", "no"}


def _governing_verb_group(doc: Doc, start: int, end: int) -> str:
    """The auxiliaries and verb that govern [start, end), with a tense tag where one is plain."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    root = span.root
    tok = _governor(doc, start, end) or root
    if as_scheduled(tok):
        tok = tok.head  # "will strike as planned on Monday": the strike is on Monday, not the plan
    noun_modifier = _dates_a_noun(doc, root, tok)
    words = [c.text for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG" and not words and ahead_verbs().get(tok.lemma_.lower()) == "onset":
        # "announced a tariff starting in November": when what the clause reports takes effect,
        # which follows the clause's own time rather than sharing its tense: the nearest November
        return f"{tok.text} (deadline)"
    # "will begin voting on Tuesday", "split off after voting in a January referendum": a gerund
    # without auxiliaries has no tense of its own and takes that of the verb it depends on
    for _ in range(4):
        # ... and so has a participle whose auxiliaries are themselves without tense ("is going to
        # start getting beat up in the spring", "being questioned on Monday")
        untensed = tok.tag_ == "VBN" and words and all(w.lower() in _UNTENSED_AUX for w in words)
        if (tok.tag_ != "VBG" or words) and not untensed or tok.dep_ in ("ROOT", "relcl", "ccomp"):
            break
        up = tok.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and up.dep_ in ("prep", "pcomp", "pobj", "mark"):
            up = up.head
        if up.i == tok.i or up.pos_ not in ("VERB", "AUX"):
            break
        tok = up
        words = [c.text for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not words and tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        # "will travel to Jordan on Friday and return on Saturday": a bare verb coordinated with
        # another shares its auxiliaries
        words = [c.text for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    lower = {w.lower() for w in words}
    # "could not be reached", and a negative subject: "neither he nor his family could be located"
    negated = any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _NEGATIVE_SUBJECT for t in c.subtree)
        for c in tok.children)
    if lower & _MODAL_AUX and not lower & _PERFECT_AUX and not (negated and lower & {"could", "would"}):
        # "could not be reached Tuesday", "would not comment Friday": a refusal or failure already
        # reported, not a prospect
        return " ".join(words + [tok.text, "(future)"])
    # "to be sentenced on Tuesday" is an infinitive, not a past (see below); "to have taken place on
    # April 9" is a past
    infinitive = "to" in lower and not lower & _PERFECT_AUX
    if (_past_verb(tok) and ahead_verbs().get(tok.lemma_.lower()) == "schedule" and lower and not noun_modifier
            and any(c.tag_ == "VBD" and c.dep_ == "auxpass" for c in tok.children)):
        # "the verdict, which was expected on Wednesday, has been delayed": a schedule reported in
        # the past may lie on either side of the reference, as with "was expected to be charged
        # Tuesday" below, so the nearest such day
        return " ".join(words + [tok.text, "(deadline)"])
    if not lower and _hypothetical_past(tok):
        # "relations would improve if he won the election on Nov. 8": the past of a condition under
        # "would" is a supposition about what lies ahead, not a report
        return f"{tok.text} (future)"
    if noun_modifier and _in_subject_of_saying(root, tok):
        # "the nominee for the Nov. 8 election later said": the past is the saying's, and what the
        # speaker's description dates may lie on either side of it: the nearest such day (the verb
        # is left out, as its past would otherwise still count)
        return "(deadline)"
    if tok.tag_ in ("VBD", "VBN") and not lower & _FUTURE_AUX and not infinitive:
        if tok.tag_ == "VBN" and lower and lower <= _PRESENT_AUX:
            if ahead_verbs().get(tok.lemma_.lower()) == "schedule":
                if noun_modifier and root.head.i != tok.i and root.head.head.i != tok.i:
                    # "a hearing on the January 8 riots is scheduled" schedules the hearing, not the
                    # riots the date names: the clause says nothing of the date's side ("a June summit
                    # is expected", where the dated noun is the subject, stays ahead)
                    return ""
                return " ".join(words + [tok.text, "(future)"])  # "is expected on Tuesday": a schedule
            return " ".join(words + [tok.text])  # present passive
        return " ".join(words + [tok.text, "(past)"])
    if noun_modifier:
        return " ".join(words + [tok.text])
    if tok.tag_ == "VB" and "to" in lower and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == tok.sent.start for c in tok.children):
        # "Parliament to vote on Friday": a to-infinitive whose subject opens the sentence, with no
        # finite verb before it, is the headline future ("is to vote"); "expects sales to rise" is
        # not one (the subject there follows the verb that governs the infinitive)
        return " ".join(words + [tok.text, "(future)"])
    if (tok.tag_ == "VB" and tok.dep_ in ("advcl", "acl") and tok.head.pos_ in ("ADJ", "NOUN", "PROPN")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        # "makes it impossible to start on Tuesday", the headline's "Hosepipe ban to start on Friday":
        # an infinitive hung on an adjective or a noun looks ahead of its clause, which is past only
        # where the adjective's copula or the verb above it is ("it was impossible to start Tuesday")
        above = tok.head.head if tok.head.head.i != tok.head.i else tok.head
        if any(c.dep_ in ("cop", "aux", "auxpass") and c.tag_ == "VBD" for c in tok.head.children) or _past_verb(above):
            return " ".join(words + [tok.text, "(deadline)"])
        return " ".join(words + [tok.text, "plans to"])
    # ... and so is one with its own subject ("expects most customers to be reconnected by Thursday"),
    # which the parser makes a clausal complement, and one under a verb of schedule that the parser
    # hangs on it as an adverbial clause ("tariffs that were set to take effect on Sunday")
    if (tok.dep_ in ("xcomp", "ccomp") or _scheduled_advcl(tok)) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "the bank said it expected to start cutting rates in the autumn": the past of "expected" is
        # the reported speech's, the expecting is the saying's, and what is expected lies ahead
        if _past_verb(tok.head) and not _backshifted(tok.head):
            # "was expected to be charged Tuesday", "were to be released late Wednesday": a plan
            # reported in the past may since have come to pass, so the nearest such day
            return " ".join(words + [tok.text, "(deadline)"])
        words.append("plans to")
    elif _scheduled_present(tok, lower):
        return " ".join(words + [tok.text, "(present)"])
    return " ".join(words + [tok.text])


def _scheduled_advcl(tok: Token) -> bool:
    """A to-infinitive the parser makes an adverbial clause of a verb of schedule (``schedule`` in
    lexicons/timex_ahead_verbs.tsv): "that were set to take effect on Sunday" is the complement
    "set to take effect", what is scheduled, not a purpose."""
    return tok.dep_ == "advcl" and ahead_verbs().get(tok.head.lemma_.lower()) == "schedule"


def _backshifted(verb: Token) -> bool:
    """An active simple past that only follows the tense of the verb of saying it is reported under
    ("said it expected...", "told reporters they hoped..."): in reported speech the past stands for
    the present at the time of the saying (the sequence of tenses), which news reports as it happens."""
    return (verb.tag_ == "VBD" and verb.dep_ == "ccomp" and not any(c.dep_ == "auxpass" for c in verb.children)
            and tenseless_verbs().get(verb.head.lemma_.lower()) == "reporting" and verb.head.tag_ in ("VBD", "VBZ"))


def _past_verb(tok: Token) -> bool:
    """A verb in a simple past ("was", "planned") or a past passive ("was scheduled")."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _dates_a_noun(doc: Doc, root: Token, verb: Token) -> bool:
    """The expression dates a noun, not its clause: "Friday's purchases", "a June agreement", "the
    attack on Tuesday is the latest" (the subject's time). Only a plain past or future of the clause
    then says on which side of the reference the noun lies; its present or an infinitive does not."""
    if root.dep_ == "poss" or (root.i + 1 < len(doc) and doc[root.i + 1].tag_ == "POS"):
        return True
    if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    up, steps = root.head, 0
    # spaCy makes a new Token object at each access: tokens are compared by index, not identity
    while up.i != verb.i and up.head.i != up.i and steps < 6:
        if up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("nsubj", "nsubjpass"):
            return True
        up, steps = up.head, steps + 1
    return False


def as_scheduled(verb: Token) -> bool:
    """"as planned", "as scheduled", "as expected": a participle after "as" with no subject of its
    own says the event of the verb it hangs on keeps to its schedule; a time parsed under it dates
    that event, and the participle's past tense is no tense of the event's."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX")
            and ahead_verbs().get(verb.lemma_.lower()) == "schedule"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def as_onset(verb: Token) -> bool:
    """"would impose a tariff starting March 1", "fares rise, beginning Monday": a participle of
    onset (``onset`` in lexicons/timex_ahead_verbs.tsv) hung on a verb, with no subject or object of
    its own, names when what that verb's clause reports takes effect; a time parsed under it dates
    that act, not an act of its own ("started a war on Monday" has an object and is one)."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.pos_ in ("VERB", "AUX")
            and ahead_verbs().get(verb.lemma_.lower()) == "onset"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children))


def _hypothetical_past(verb: Token) -> bool:
    """A simple past in an "if" clause whose main clause has "would", "could" or "might" without
    "have" (the second conditional): "if he won on Nov. 8, he would..." supposes, it does not
    report. "if he had won ..., he would have..." is the past it looks like, and is not matched."""
    if verb.tag_ != "VBD" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    head_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(head_aux & {"would", "could", "might", "'d"}) and "have" not in head_aux


def _in_subject_of_saying(root: Token, verb: Token) -> bool:
    """The expression stands inside the subject of a verb of saying ("the organiser of the May 3
    march told reporters"): the saying's tense dates the saying, not the speaker's description."""
    if tenseless_verbs().get(verb.lemma_.lower()) != "reporting":
        return False
    up, steps = root, 0
    while up.i != verb.i and up.head.i != up.i and steps < 8:
        if up.dep_ == "nsubj" and up.head.i == verb.i:
            return True
        up, steps = up.head, steps + 1
    return False


def _scheduled_present(tok: Token, aux: set[str]) -> bool:
    """A present-tense verb with a time adverbial states a schedule ("the trial begins Monday", "the
    deadline is Tuesday", "the leaders are meeting Friday"): the time is ahead, not behind. Verbs of
    saying in the present are the reporter's historical present ("says"), not a schedule, and a verb
    whose past looks like its present ("hit", "cut") may be past (``lexicons/timex_tense_verbs.tsv``)."""
    if tok.lemma_.lower() in tenseless_verbs() or tok.lower_ in tenseless_verbs():
        return False
    if tok.tag_ in ("VBZ", "VBP") and not aux:
        return True
    if _untagged_present(tok, aux):
        return True
    return tok.tag_ == "VBG" and bool(aux) and aux <= _PRESENT_AUX


def _untagged_present(tok: Token, aux: set[str]) -> bool:
    """A main verb tagged as a bare form (VB) with its own subject and no auxiliary is a present the
    tagger missed ("Voters in Kessar go to the polls on Sunday": a plural subject with a phrase
    between it and the verb): a bare form heads a clause with a subject only after a modal or "to",
    and an imperative has no subject."""
    return (tok.tag_ == "VB" and not aux and tok.dep_ == "ROOT"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))
