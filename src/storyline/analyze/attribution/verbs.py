"""Attributions made by reporting verbs: the speaker (subject, name after a quote, relative
pronoun's antecedent) and the content (clausal complement, object, quotation next to it)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    DEMONSTRATIVES,
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
    lost_clause_subject,
)
from storyline.analyze.attribution.contents import (
    JUDGING_STANCES,
    _adjacent_region,
    _adverbial_clause,
    _around_parenthetical,
    _as_predicate,
    _colon_content,
    _complements,
    _drop_trailing_coordinator,
    _names_a_time,
    _like_clause,
    _object_content,
    _passive_naming,
    _that_adverbial,
    _question_or_answer,
    _raising_content,
    inner_report_verb,
    _reported_main_clause,
    _runs_on,
    _set_off_by_commas,
    _stray_that_clause,
    _that_clause,
    reduced_relative,
)
from storyline.analyze.attribution.cues import (
    cue_lexicon, discourse_markers, in_set_phrase, may_be_cue, speech_verbs, verb_cue,
)
from storyline.analyze.attribution.estimates import ESTIMATE_AT_VERBS
from storyline.analyze.attribution.reporting_clauses import _bare_reporting_advcl, _compared_clause, _speaker_after_cue
from storyline.analyze.attribution.subjects import (
    BORROWED_FROM_REPORT,
    EXPLETIVES,
    INVERTED_SUBJECT,
    _experiencer,
    _imperative,
    _name_before,
    _relative_antecedent,
    _same_paragraph_head,
    _speaker_after_quote,
    _subject,
    quoted_as_relayer,
)
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


def _comment_on_the_claim(tok: Token) -> bool:
    """"..., a claim the army denied", "..., a figure the ministry disputed": a noun set off by a
    comma after the reported clause, with a relative clause of its own subject, is the writer's
    comment on what was said, not part of it."""
    if tok.pos_ == "VERB":
        # "..., a charge opposition leaders denied" parsed as a clause: a cue verb missing its
        # object (the noun it relativises), whose phrase opens with an article, is the same comment.
        first = next((t for t in tok.subtree if not t.is_punct), tok)
        return (first.i > 0 and tok.doc[first.i - 1].text == "," and first.lower_ in {"a", "an"}
                and (tok.lemma_.lower(), "VERB") in cue_lexicon()
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd"} for c in tok.children))
    if tok.pos_ != "NOUN" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children) for c in tok.children)


def _leading_time(verb: Token, head: Token) -> set[int]:
    """Time phrases the parser hung on the complement's verb though they date the saying: "said on
    Tuesday they had shot down a helicopter" (the content is "they had shot down..."). Only those
    between the cue and the complement's subject."""
    subject = next((c.i for c in head.children if c.dep_ in SUBJECT_DEPS), head.i)
    return {
        c.i for c in head.children
        if verb.i < c.i < subject
        and ((c.dep_ == "prep" and _names_a_time(c)) or (c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}))
    }


def _trailing_modifier_host(verb: Token) -> Token | None:
    """The verb of the clause a parenthetical cue follows when the parser hung the cue on a
    non-verbal modifier after it ("..., a survey found, the highest since 2022": 'found' on
    'highest', itself a modifier of 'rose'); None when the cue hangs on a verb, as it should."""
    head = verb.head
    if head.i <= verb.i or head.pos_ in {"VERB", "AUX"}:
        return None
    host = head.head
    if host.i < verb.i and host.pos_ in {"VERB", "AUX"} and head.dep_ in {"npadvmod", "advmod", "appos", "dobj", "attr"}:
        return host
    return None


def _denied_act(verb: Token, lex: dict) -> bool:
    """"His government has denied targeting opponents": a stance verb in the gerund complement of a
    denial is what the speaker denies having done, not a stance they take; the denial reports it.
    An infinitive ("refused to endorse Trump") is a stance taken by declining, and stays."""
    if verb.dep_ not in {"xcomp", "ccomp"} or verb.tag_ != "VBG" or verb.head.pos_ != "VERB":
        return False
    governing = lex.get((verb.head.lemma_.lower(), "VERB"))
    own = lex.get((verb.lemma_.lower(), "VERB"))
    return (governing is not None and governing.stance == "denial" and own is not None
            and own.stance not in {"neutral", "distancing", "argument", "concession", "estimate", "evidence"}
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _withheld_statement(verb: Token, lex: dict) -> bool:
    """"The airline refused to say how many passengers were affected", "declined to confirm the
    figure": a plain speech verb in the to-infinitive of a refusal (lexicons/refusal_cues.txt) is
    what the speaker did not say; the refusal is the attribution (stance "refusal"), and a second
    record would tell an analyst the airline said something. A stance verb ("refused to endorse
    Trump") is a position taken by declining, and stays (see _denied_act)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in word_list("refusal_cues.txt"):
        return False
    own = lex.get((verb.lemma_.lower(), "VERB"))
    return (own is not None and own.stance == "neutral"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrast_clause(tok: Token) -> bool:
    """"Organisers estimated the crowd at 50,000, while police put it at 12,000": an adverbial
    clause opened by "while"/"whereas" sets another party's view beside the cue's."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)


def _contrasting_report(tok: Token) -> bool:
    """"Police said about 8,000 people took part, while the union put the crowd at more than
    50,000": a contrast clause with a report of its own (a cue verb or an estimate "put X at N",
    with its subject) is another party's statement set beside the first; it ends the first
    content, and is found as a report of its own."""
    if not _contrast_clause(tok) or not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    if tok.lemma_.lower() in ESTIMATE_AT_VERBS and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
        return True
    return may_be_cue(tok.lemma_.lower()) and verb_cue(tok) is not None


def _before_closing_reporting_clause(verb: Token, start: int, end: int) -> int:
    """'Russian forces are advancing, the institute assessed on Sunday.': when the sentence's full
    stop hangs on the reported clause, that clause's extent runs over the reporting clause that
    closes the sentence; nothing but punctuation after it, the content ends where it begins."""
    doc = verb.doc
    left, right = verb.left_edge, verb.right_edge
    after = doc[right.i + 1 : verb.sent.end]
    if start < left.idx < end and all(t.is_punct or t.is_space for t in after):
        return min(end, left.idx)
    return end


def _closing_report(verb: Token) -> bool:
    """"The plan would cut the deficit by half, critics say, the Daily Courier reported": the parser
    hangs the parenthetical reporting clause on the one that closes the sentence, a verb of saying
    with its own subject between the two. That closing clause is a second report (the outlet's)
    and no part of what the parenthetical's speaker said, whose content ends where its clause
    begins."""
    head = verb.head
    return head.lemma_.lower() in _OUTLET_REPORT_VERBS and any(
        c.dep_ in {"nsubj", "nsubjpass"} and verb.right_edge.i < c.i < head.i for c in head.children)


# verbs by which an outlet closes a sentence of someone else's report ("..., critics say, the Courier
# reported"); any other verb ("..., Taylor warned, supporters plan to leave", "laws were thought to be
# safe") is the sentence's own clause, which the parenthetical interrupts
_OUTLET_REPORT_VERBS = frozenset({
    "report", "say", "write", "add", "note", "state", "tell", "claim", "argue", "insist", "announce", "explain",
    "declare", "reply", "respond", "warn", "confirm", "acknowledge", "admit", "allege", "assert", "contend",
    "maintain", "comment", "tweet", "post", "quote", "cite",
})


def _framed_by_attempt(verb: Token) -> bool:
    """'attempted to claim', 'tried to argue': the reporter distances itself from the claim."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"attempt", "try", "seek"}


# Stances of cues that vouch for a clause in "As X reported/noted/predicted, ...": statements and
# findings. "As she campaigns across the state" and "as voters backed him" are times, not sources.
VOUCHING_STANCES = frozenset({"neutral", "distancing", "estimate", "evidence", "argument", "warning", "concession"})


def _clause_before_adverbial(verb: Token) -> Token | None:
    """The clause a parenthetical reporting clause reports when the parser hung it on the adverbial
    clause that follows it ("X fired two missiles, the JCS said, days before the drills were due"):
    the clause before the cue that the adverbial clause hangs on, or that hangs on it when the parser
    made the adverbial clause the root. None when the cue's head is no such clause."""
    host = verb.head
    if host.i < verb.i or not _adverbial_clause(host):
        return None
    if host.head.i < verb.i and host.head.pos_ in {"VERB", "AUX"}:
        return host.head
    return next((c for c in host.children if c.i < verb.i and c.dep_ in {"ccomp", "advcl", "conj", "parataxis"}
                 and c.pos_ in {"VERB", "AUX"}), None)


def _quotation_after_lead(text: str, content: tuple[int, int], regions: Sequence[QuoteRegion],
                          how: str) -> tuple[tuple[int, int], str]:
    """'Grant was blunt: “We ran out of money,” she said': the parser makes the whole sentence the
    cue's complement, but the clause before the colon is the writer's lead-in and the quotation it
    introduces is what was said. A partial quotation with no colon ('Cruz will “leave here with
    momentum,” he said') keeps its clause."""
    s, e = content
    for r in regions:
        if r.closed and s < r.start and r.inner_end - 2 <= e <= r.end + 1 and r.inner_end > r.inner_start:
            lead = text[s : r.start].rstrip()
            if lead.endswith(":") and "\n" not in lead:
                return (r.inner_start, r.inner_end), how + " (the quotation a lead-in clause and colon introduce)"
    return content, how


def _speaker_apposition(subj: Token | None, comp: Token) -> set[int]:
    """"Olsen died at her home in Bergen, her son, Henrik, said": the parser hangs the speaker
    set off by commas before the cue on the complement's last noun as an apposition, so the
    content would run over the one who says it. The apposition holding the speaker (the outermost
    one under the complement) is left out of what is said."""
    if subj is None or not comp.is_ancestor(subj):
        return set()
    outer = None
    tok = subj
    while tok.i != comp.i:
        if tok.dep_ == "appos":
            outer = tok
        tok = tok.head
    return {outer.i} if outer is not None else set()


def _participle_modifier(verb: Token) -> bool:
    """"the ruling coalition", "the governing party", "the leading candidate": an -ing participle
    set before a noun as its modifier names what the noun is, not a report by anyone. After a
    closing quotation ('... corruption." Slovakia's ruling coalition rejected ...') it had read as a
    cue with the quotation as what was said and the possessive before it as the speaker. An -ing
    right after a noun that is not part of the same phrase opens a clause of its own ('a campaign
    dubbing GOP candidates as ...', parsed as a modifier of "candidates") and keeps its reading."""
    if not (verb.tag_ == "VBG" and verb.dep_ in {"amod", "compound"} and verb.head.i > verb.i
            and verb.head.pos_ in {"NOUN", "PROPN"}):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is None or before.pos_ not in {"NOUN", "PROPN"} or before.head.i == verb.head.i


def _passive_circumstance(verb: Token, comp: Token) -> bool:
    """'a new wave of cases was reported starting July 22': after a passive cue whose subject is
    what was reported, a bare present participle ("starting", "following", "spreading") tells when or
    how the thing reported came about, not words anyone said; a participle of saying ("was heard
    saying that...") still carries the report."""
    return (comp.tag_ == "VBG" and any(c.dep_ == "nsubjpass" for c in verb.children)
            and comp.lemma_.lower() not in speech_verbs())


def _verb_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    # Impressions whose complement verb the lexicon lists ("seemed to recognize the significance",
    # "don't seem to take the argument seriously"), keyed by that verb: kept only when the verb
    # makes no report of its own in its frame (then the impression is the one attribution there).
    deferred: dict[tuple[int, int], list[_Found]] = defaultdict(list)
    for verb in doc:
        if not may_be_cue(verb.lemma_.lower()):
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
        if _participle_modifier(verb):
            continue  # "Slovakia's ruling coalition": a participle naming a kind of noun reports nothing
        nested = _region_at(regions, verb.idx) is not None  # a report inside a quotation
        cue = verb_cue(verb)
        if cue is None:
            continue
        if in_set_phrase(verb):
            continue  # "That said, a loss here would hurt her": the writer's turn, no one's report
        if not cue.allows_object(verb) or not cue.allows_particle(verb):
            continue
        named = _passive_naming(verb) if cue.naming else None
        if cue.needs_as and not _as_predicate(verb) and named is None:
            continue
        if reduced_relative(verb):
            continue
        subj, subj_how = _subject(verb)
        if _denied_act(verb, lex) or _withheld_statement(verb, lex):
            continue
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
            judged = _raising_content(verb, defer=False)
            if judged is not None:
                holder = _experiencer(verb)
                inner = inner_report_verb(verb)
                (found if inner is None else deferred[(verb.i, inner.i)]).append(
                    _Found(content=judged, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                           stance=cue.stance, speaker=_speaker_chars(holder) if holder is not None else None,
                           speaker_head=holder.i if holder is not None else None, kind="indirect",
                           reason="subject and complement of an appearance verb; speaker: "
                           + ("the one it seems so to ('to' phrase)" if holder is not None else "none (an impression)"),
                           cue_token=verb.i)
                )
                if inner is None:
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
        comps = [c for c in comps if not _comment_on_the_claim(c)] if len(comps) > 1 else comps
        if comps:
            skip = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS} | _leading_time(verb, comps[0])
            skip |= {c.i for c in comps[0].children if _comment_on_the_claim(c) or _contrasting_report(c)}
            skip |= _speaker_apposition(subj, comps[0])
            if _that_adverbial(verb, comps[0]):
                # "said in a statement, according to Xinhua, that ...": what the parser hung on the
                # clause before its "that" is the interposed phrase, not what was said.
                mark = next(c for c in comps[0].children if c.dep_ == "mark" and c.lower_ == "that")
                skip |= {c.i for c in comps[0].children if c.i < mark.i}
            s, e = _subtree_chars(comps[0], skip)
            if (lost := lost_clause_subject(verb, comps[0])) is not None:
                s = min(s, lost.left_edge.idx)
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
            set_in = [c for c in verb.children if c.dep_ == "parataxis" and comps[0].right_edge.i < c.left_edge.i
                      and c.i < verb.i and c.lemma_.lower() in speech_verbs() and _closing_report(c)]
            if set_in and in_region is None:
                # "The plan would cut the deficit, critics say, the Daily Courier reported": the outlet
                # reports the critics' report, whose reporting clause is part of what it passes on.
                e = max(e, set_in[-1].right_edge.idx + len(set_in[-1].right_edge))
            content, how = _drop_trailing_coordinator(text, *_strip(text, s, e)), "clausal complement of cue"
            if split:
                how = "clausal complement split around the cue (content spans both parts)"
        if content is None and cue.raising:
            content, how = _like_clause(verb)
        if content is None:
            # A participle set off by a comma ("plans to cut jobs, a source said, declining to be
            # named") is an aside, not the cue's complement.
            bare = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                    and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and c.pos_ in {"VERB", "AUX"}
                    and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
                    and not _passive_circumstance(verb, c)]
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
            # A contrasting clause hung on the cue after them ("..., while police put the figure
            # at 12,000") is someone else's statement, not part of the valuation.
            right = [t for c in verb.children if c.i > verb.i and c.dep_ != "punct" and not _contrast_clause(c)
                     for t in c.subtree]
            right.sort(key=lambda t: t.i)
            content = _strip(text, right[0].idx, right[-1].idx + len(right[-1]))
            how = "object and valuation of an estimate cue"
        parenthetical = verb.dep_ == "parataxis" or _bare_reporting_advcl(verb)
        if parenthetical and subj is not None and (subj.lower_, cue.lemma) in discourse_markers() and not any(
                c.dep_ in OWN_CONTENT_DEPS for c in verb.children):
            continue  # "You know, our middle class is disappearing": a discourse marker, not a report
        trailing = _trailing_modifier_host(verb)
        if content is None and parenthetical and subj is not None and trailing is not None:
            # "Output rose to 27.7 million bpd, a Reuters survey found, the highest since 2022": the
            # parser hung the reporting clause on a modifier after it; the clause that modifier
            # belongs to is what is reported (one span over both parts, as for a split).
            s0, e0 = _subtree_chars(trailing, {verb.i})
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), trailing.idx)
            how = "clause the reporting clause is set into (hung on a trailing modifier)"
        reported = _clause_before_adverbial(verb) if content is None and parenthetical and subj is not None else None
        if reported is not None:
            # "North Korea fired two missiles on Sunday night, the JCS said, days before the allies
            # were due to start drills": the parser hung the reporting clause on the adverbial clause
            # after it; the clause before it is what is reported, and the adverbial clause the writer's
            s0, e0 = _subtree_chars(reported, {verb.head.i})
            if s0 < verb.head.left_edge.idx < e0:
                # the sentence's final stop hangs on the reported clause, past the adverbial clause
                # and the reporting clause set into it: the content ends where they begin
                e0 = verb.head.left_edge.idx
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), reported.idx)
            how = "clause before the cue (the adverbial clause after it is the writer's)"
        if content is None and parenthetical and subj is not None and verb.head.i > verb.i:
            # "The Russians, said Lavrov, would never agree": the cue interrupts its own content.
            s0, e0 = _subtree_chars(verb.head)
            if _closing_report(verb):
                e0 = verb.left_edge.idx  # "..., critics say, the Daily Courier reported": not their words
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
            how = "clause interrupted by the cue"
        if (content is None and parenthetical and subj is not None and verb.head.i < verb.i
                and verb.head.pos_ in {"VERB", "AUX"} and not nested):
            # "Turnout was high, officials said." / "X had two interviews, officials said, the first
            # in May": the reporting clause is appended to (or set into) the clause it reports.
            s0, e0 = _subtree_chars(verb.head, {verb.i})
            if speaker is not None and s0 < speaker[0] < e0 and subj.head.i < verb.i:
                # "..., a person familiar with the matter said": a source phrase the parser hung
                # inside the clause it reports ends that clause; what follows is the reporting clause.
                e0 = speaker[0]
            e0 = _before_closing_reporting_clause(verb, s0, e0)
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
                content, how = _reported_main_clause(verb, cue)
        if content is None and not nested and subj is not None:
            content, how = _compared_clause(verb)
        if content is None:
            content, how = _question_or_answer(verb)
        if content is None:
            # A subject borrowed from the governing verb ("he said, referring to X") does not make the
            # quotation next to that verb this cue's content.
            own = None if subj_how.startswith(("subject of governing verb", BORROWED_FROM_REPORT)) else speaker
            region = _adjacent_region(doc, verb, own, regions)
            if region is not None:
                content, how = (region.inner_start, region.inner_end), "quotation next to the cue"
        if content is None and not nested:
            content, how = _object_content(verb, cue)
            if content is not None:
                # "The union listed its demands in a statement:¶• “A raise ...”": a parse run across
                # a line break hangs the next paragraph (a list item, a quotation) on the object;
                # an object never leaves its cue's paragraph.
                content = _strip(text, *_clip_to_paragraph(text, *content, verb.idx))
            if how.startswith("object and predicate of naming") and stance == "demand":
                # "called him a loser" characterises; "called for X" demands. A cue of any other
                # stance keeps it: "dismissed the claims as fabrications" still denies them.
                stance = "neutral"
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
            content, how = _quotation_after_lead(text, content, regions, how)
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
                relayed_by=_speaker_text(text, quoted_as_relayer(verb)),
            )
        )
    cues = {f.cue_token for f in found}
    for (verb_i, inner_i), impressions in sorted(deferred.items()):
        if verb_i not in cues and inner_i not in cues:
            found += impressions
    return found


def _speaker_text(text: str, tok: Token | None) -> str | None:
    """The phrase a token heads, as written (None for no token)."""
    if tok is None:
        return None
    s, e = _speaker_chars(tok)
    return text[s:e]
