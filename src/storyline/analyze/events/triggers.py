"""Which tokens are event triggers, and which matches are no event here.

A token matches a lexicon entry by lemma, coarse part of speech, particle and context words; its
readings come most specific first, so a later one can stand in when the clause fails the first one's
need. The filters then drop what the words alone cannot: part of a name ("the Peace Corps"), inside a
time expression, a natural hazard's "attack", a threat nobody stated, a question asked, a comment
declined or asked for, a second trigger for the same event (an event noun and the verb carrying it),
a protest's topic.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.cues import speech_verbs
from storyline.analyze.event_words import trigger_family
from storyline.analyze.events.anaphora import refers_back
from storyline.analyze.events.lexicon import (
    CONFLICT_TYPES, TOPIC_TYPES, TriggerEntry, actor_nouns, comment_words, discourse_senses, naming_verbs,
    natural_hazards, nonviolent_objects, quantity_idioms, trigger_lexicon,
)
from storyline.analyze.events.syntax import (
    COMPOUND_HEADS, _carried, _carrier, _on_carrier, _relative_antecedent, _speaker_as_subject, _subject,
    _with_conjuncts,
)
from storyline.analyze.lexicon import word_list, word_sections
from storyline.analyze.modality import classify, comes_into_force, is_headline, noun_of_infinitive
from storyline.analyze.timenorm import MONTHS
from storyline.records import Mention, TimeRef

NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "LOC"}
# "nsubjpass": the passive subject is the verb's object ("a march ... was broken up by police")
GOVERNED_DEPS = {"xcomp", "ccomp", "dobj", "nsubjpass", "pcomp", "pobj", "prep", "acl", "attr", "oprd"}
# subordinators of a clause that sets the scene for the main one: "called off the walkout *after* the
# ministry agreed to raise pay" reports the calling off, the agreeing is its background; so is a
# condition ("will walk out *unless* management improves its offer")
BACKGROUND_MARKS = frozenset({"after", "before", "since", "because", "as", "when", "while", "once", "until",
                              "if", "unless"})
DEMAND_MODALS = {"must", "should"}
CLAUSE_CUES = frozenset({"@conflict", "@must", "@ultimatum", "@inf", "@force"})  # pseudo-lemmas of plover_triggers.tsv
SPEAKER_WORDS = {"i", "we", "it", "he", "she", "they"}
# relational objects: "X and Y signed a treaty / established ties" binds both of them
RELATION_OBJECTS = {"treaty", "agreement", "accord", "pact", "deal", "tie", "relation", "memorandum", "protocol"}


def _coarse_pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def _singular(word: str) -> str:
    """"talks" -> "talk", "strikes" -> "strike", "casualties" -> "casualty": the model keeps a
    capitalised word it tags as a proper noun ("Talks between X and Y were postponed" after a blank
    line, title-case headlines) as its own lemma, so the lexicon would miss it."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _match(tok: Token) -> TriggerEntry | None:
    """The token's first lexicon reading whose particle and context hold, if any."""
    return next(_readings(tok), None)


def named_again(tok: Token, found: dict[int, TriggerEntry]) -> TriggerEntry | None:
    """"Drevnia and Valmar agreed to exchange 46 prisoners ... The exchange is expected to take place
    on Sunday", "... the swap would go ahead within days": a definite event noun whose readings all
    need a context word it lacks here ("exchange of prisoners") names again an earlier event of its
    word family (event_words.py: "exchange", "swap") and type, so it takes that reading; the context
    was given where the act was first named."""
    pos = _coarse_pos(tok)
    if pos != "NOUN" or not refers_back(tok):
        return None
    entries = trigger_lexicon().get((tok.lemma_.lower(), pos)) or trigger_lexicon().get((tok.lower_, pos))
    if not entries or not all(e.context for e in entries):
        return None  # a word with a plain reading has already had its chance
    family = trigger_family(tok.text)
    for i in sorted((i for i in found if i < tok.i), reverse=True):
        earlier = tok.doc[i]
        if trigger_family(earlier.text) != family:
            continue
        same = next((e for e in entries if e.type == found[i].type and e.mode == found[i].mode), None)
        if same is not None:
            return same
    return None


# adverbs the parser gives for verb particles ("will walk *out* on Friday" as advmod, not prt)
ADVERB_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away"})


def _particle(c: Token) -> bool:
    """A verb particle, also when the parser made it an adverb right after its verb."""
    return c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == c.head.i + 1)


def _readings(tok: Token) -> Iterator[TriggerEntry]:
    """Every lexicon reading of the token whose particle and context hold, most specific first: when
    the first one's need fails in the clause, the next may hold ("ordered troops to withdraw" moves no
    troops, but is still an order)."""
    pos = _coarse_pos(tok)
    if pos is None:
        return
    lexicon = trigger_lexicon()
    entries = lexicon.get((tok.lemma_.lower(), pos)) or lexicon.get((tok.lower_, pos))
    if not entries and tok.pos_ == "PROPN" and not tok.ent_type_:
        entries = lexicon.get((_singular(tok.lower_), pos))
    if not entries or _occurring(tok):
        return
    # "called X on Tuesday" is no "call on": a preposition whose object is a date is no particle
    child_words = {c.lower_ for c in tok.children if _particle(c) or (c.dep_ == "prep" and not _of_time(c))}
    # "calling for donors to move quickly": the parser makes "for" the mark of the clause the verb
    # governs; right after the verb it is still the verb's preposition
    child_words |= {m.lower_ for c in tok.children if c.dep_ in {"ccomp", "advcl", "xcomp"}
                    for m in c.children if m.dep_ == "mark" and m.i == tok.i + 1 and m.lower_ == "for"}
    # a coordinated clause is no context of this verb: "talks ended without a deal, and the workers will
    # strike" ends no strike
    # nor is a preposition of time: "fired its coach on Sunday" fires on no one
    # nor is an adverb "on" of time with no object: "fired a shot over the bar early on" fires on no one
    child_lemmas = {c.lemma_.lower() for c in tok.children
                    if not (c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX")) and not _of_time(c)
                    and not _time_adverb_on(c)}
    for g in tok.children:
        if g.dep_ == "prep":
            child_lemmas |= {p.lemma_.lower() for p in g.children if p.dep_ == "pobj"}
            # "walked out of the talks", "pulled out of the deal": a compound preposition whose object
            # hangs on its second word
            child_lemmas |= {p.lemma_.lower() for h in g.children if h.dep_ == "prep"
                             for p in h.children if p.dep_ == "pobj"}
        elif g.dep_ == "dobj":
            for obj in _with_conjuncts(g):  # "photographs and other intelligence"
                child_lemmas.add(obj.lemma_.lower())
                # "a state of emergency", "700 kg of medicine": the "of" noun names what is acted on
                child_lemmas |= {p.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in c.children if p.dep_ == "pobj"}
                if obj.lemma_.lower() in COMPOUND_HEADS:
                    # "ended mediation efforts": the effort's kind is the object that counts
                    child_lemmas |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}}
    for c in tok.children:  # "allowed a UN convoy to enter": the one let in is parsed as the infinitive's subject
        if c.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            child_lemmas |= {g.lemma_.lower() for g in c.children if g.dep_ == "nsubj" and g.i < c.i}
    for c in tok.children:  # "the union said it would strike": the pronoun's speaker is who strikes
        if c.pos_ == "PRON" and (speaker := _speaker_as_subject(c)) is not None:
            child_lemmas.add(speaker.lemma_.lower())
    # "called the strike a war crime": a verb with an object predicate names what its object is and
    # carries no event of it, so only a verb without one does
    if (tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
            and not any(c.dep_ in {"prt", "oprd"} for c in tok.head.children)):
        child_lemmas.add("^" + tok.head.lemma_.lower())  # "called a strike": the verb carrying the noun
    elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # "the union called the strike a success": who names it still tells which strike it is
        child_lemmas |= {c.lemma_.lower() for c in tok.head.children if c.dep_ == "nsubj"}
    # "the trial was adjourned", "the trial, in which ..., has been postponed to Dec. 14": the subject of a
    # passive verb is what the verb acts on, carried as its object is in "adjourned the trial"
    if (tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB"
            and not any(c.dep_ in {"prt", "oprd"} for c in tok.head.children)):
        child_lemmas.add("^" + tok.head.lemma_.lower())
    # "called for a national strike next week": what a call demands is carried as a call carries it
    if (tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB"
            and tok.head.head.lemma_.lower() == "call"):
        child_lemmas.add("^call")
    if (carrier := _on_carrier(tok)) is not None:
        child_lemmas.add("^" + carrier.lemma_.lower())  # "went on strike": the state the verb puts its subject in
    if any(e.context & CLAUSE_CUES for e in entries):
        child_lemmas |= _clause_cues(tok)
    # "called it off" is no phone call: a particle the lexicon knows for this verb makes another verb,
    # so the particle-less readings do not apply even when the phrasal one's context fails
    phrasal = {c.lower_ for c in tok.children if _particle(c)} & {e.particle for e in entries if e.particle}
    for entry in entries:
        if entry.particle is not None and entry.particle not in child_words:
            continue
        # "called off the search for dozens of migrants" is no "call for": once the verb's own particle
        # makes it a phrasal verb, a preposition after its object is the object's, not the verb's
        if entry.particle is not None and phrasal and entry.particle not in phrasal:
            continue
        if entry.particle is None and phrasal:
            continue
        if entry.context and not entry.context & child_lemmas:
            continue
        yield entry


def _time_adverb_on(tok: Token) -> bool:
    """"Early on", "later on": a bare "on" the parser hangs on the verb as an adverb,
    with no object of its own and no particle reading, tells when; it is no "on" of a target that a
    context word ("fired on", lexicons/plover_triggers.tsv) asks for."""
    if tok.dep_ != "advmod" or tok.lower_ != "on" or any(c.dep_ == "pobj" for c in tok.children):
        return False
    return any(c.dep_ == "advmod" for c in tok.children)  # "early on": the adverb of time it carries


def _occurring(verb: Token) -> bool:
    """"The first exchange is due to take place on Thursday in the town of Tina": a verb whose object
    is a bare "place" tells that its subject occurs, and does no act of its own; the phrases around
    it ("in the town") are where its subject happens, no town taken."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not any(d.dep_ in {"det", "poss", "amod"} for d in c.children)
        for c in verb.children)


def _of_time(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Tuesday", "at dawn")."""
    return prep.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} for p in prep.children)


def _demanded_subject(clause: Token) -> Token | None:
    """The subject of a that-clause voiced as an obligation ("Y must release Z"), unless it is the speaker."""
    if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ in SPEAKER_WORDS:
        return None
    return subj


def _clause_cues(tok: Token) -> set[str]:
    """Pseudo-lemmas (see plover_triggers.tsv) for what the clause governed by ``tok`` says."""
    cues: set[str] = set()
    for child in tok.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and _conflict_act(child):
            cues.add("@conflict")
        if child.dep_ == "ccomp" and child.pos_ == "VERB" and _foretold(child):
            if _conflict_act(child):
                cues.add("@conflict")  # "warned that police would arrest anyone who marched"
            if _conditional(child):
                cues.add("@ultimatum")  # "warned they would resign if their pay was not raised"
        if child.dep_ == "ccomp" and _demanded_subject(child) is not None:
            cues.add("@must")
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            cues.add("@inf")  # "his call to ban imports"
    if tok.dep_ == "nsubj" and (noun := noun_of_infinitive(tok.head)) is not None and noun.i == tok.i:
        cues.add("@inf")  # the same, parsed with the noun as the infinitive's subject
    if tok.dep_ in {"nsubj", "nsubjpass"} and comes_into_force(tok.head):
        cues.add("@force")  # "the duty will take effect on June 1"
    return cues


CONDITION_MARKS = frozenset({"if", "unless"})


def _conditional(clause: Token) -> bool:
    """A clause with a condition of its own ("... if their pay was not raised", "unless talks resume")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in clause.children)


FORETELLING_AUX = frozenset({"will", "would", "shall", "could", "might", "may", "'ll", "wo"})


def _foretold(clause: Token) -> bool:
    """A that-clause told as what will or could happen ("would arrest", "will strike"): only such a
    clause states an act the speaker holds over someone; "warned that the attack had killed 12"
    reports one that happened."""
    return any(c.dep_ == "aux" and c.lower_ in FORETELLING_AUX for c in clause.children)


def _conflict_act(verb: Token) -> bool:
    """Whether a complement clause is a conflictual act (ASSAULT, COERCE, SANCTION, MOBILIZE, PROTEST,
    THREATEN) that someone does: "vowed to *attack*", "warned that police would *arrest*"; not one
    denied ("vowed not to strike first" promises restraint) nor one nature does ("warned that the
    storm would destroy homes" foresees a danger, no one's threat)."""
    entry = _match(verb)
    if entry is None or entry.type not in CONFLICT_TYPES:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not _done_by_nature(verb, True)


def _inside_name(tok: Token, mentions: Sequence[Mention]) -> bool:
    """'Summit County', 'Compass Call', 'Operation Desert Storm': a trigger word inside a name is no event.

    A named EVENT ("the Tet Offensive") counts only when the word itself is capitalized mid-sentence:
    "the Paris attacks" may be tagged EVENT too, and those attacks are real events.
    """
    if tok.ent_type_ in NAME_LABELS:
        return True
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not is_headline(tok.sent) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in tok.children):
        # "Compass Call's mission" where the recognizer missed the name: proper nouns together (a
        # title-case headline capitalises every word, "Trump-Putin Summit Called Off", so not there)
        return True
    named = tok.text[:1].isupper() and tok.i != tok.sent.start
    if named and tok.ent_type_ == "EVENT":
        return True
    if named and _capitalised_verb_in_name(tok):
        return True
    for m in mentions:
        if m.span.start <= tok.idx < m.span.end and (m.label in NAME_LABELS or (named and m.label == "EVENT")):
            return True
    return False


SENTENCE_OPENERS = frozenset({'"', "“", "'", "‘", ":", "—", "–", "-", "(", "["})


def _capitalised_verb_in_name(tok: Token) -> bool:
    """'The "Fight for $15" movement', 'Fight for $15 organizing director Kendall Fells': a verb
    capitalised in the middle of a running sentence is a word of a name (a movement, a campaign, a
    slogan) the recognizer missed, not an act. A capital after a quote mark, colon or dash may start
    quoted speech ('he said: "Fight back"'), so there it counts only when the quotation closes within
    a few words and a noun follows, which makes the quoted words a label ('the "Fight for $15"
    movement'). Title-case headlines capitalise every word and are left to the other checks."""
    if tok.pos_ != "VERB" or is_headline(tok.sent):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.is_alpha:  # "the Fight for Fair Rent group"; after a capital it may be an unmarked headline
        return prev.text.islower()  # ("Clinton Calls ISIS Violence 'Genocide'"), left to the other checks
    if prev.text not in SENTENCE_OPENERS:
        return prev.text in {",", "”", "’"}
    if prev.text not in {'"', "“", "'", "‘"}:
        return False
    for t in tok.doc[tok.i + 1: min(tok.i + 7, tok.sent.end)]:
        if t.text in {'"', "”", "'", "’"}:
            nxt = tok.doc[t.i + 1] if t.i + 1 < tok.sent.end else None
            return nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}
        if t.text in {".", "!", "?", ","}:
            return False
    return False


def campaign_gathering(tok: Token, entry: TriggerEntry, mentions: Sequence[Mention]) -> bool:
    """"Trump's rallies", "a Clinton rally", "Trump told a North Carolina rally": a gathering noun read
    as a protest only by its plain reading (no "protest", "opposition", "staged" in its context) is a
    speaker's own event when a named person owns it or a verb of saying addresses it, the way
    candidates hold campaign rallies; it is no demonstration against anyone. A protest context word
    still makes it one ("an opposition rally", "staged a rally")."""
    if entry.type != "PROTEST" or entry.context or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    people = [(m.span.start, m.span.end) for m in mentions if m.label == "PERSON"]
    for c in tok.children:
        if c.dep_ in {"poss", "compound", "amod"} and c.i < tok.i and (
                c.ent_type_ == "PERSON" or any(a <= c.idx < b for a, b in people)):
            return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"tell", "address"}


def _names_or_describes(tok: Token) -> bool:
    """A trigger word used to name or describe, not to report an event.

    - a naming verb as a participle on a noun or with a predicate: "a class called 'Perception'",
      "Trump called Clinton a liar" (lexicons/naming_verbs.txt);
    - a present participle describing a noun: "their investigating abilities", "a negotiating
      team" say what something is for, not that anything happened;
    - an event noun as the predicate of "be": "he was a very big threat to progressives"
      characterises its subject (the events it may stand for are reported by their own words);
    - an event noun in an idiom of quantity or degree: "we lost a great deal", "a good deal of"
      (lexicons/quantity_idioms.txt);
    - a bare singular event noun between "in" and "for": "freed 16 captives in exchange for 30
      prisoners" says what the freeing was traded for; the trade is the freeing and the release
      named after "for", not a third act (``_trade_idiom``).
    """
    if _trade_idiom(tok):
        return True
    if tok.pos_ == "NOUN" and " ".join(t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1]) in quantity_idioms():
        holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "made a great deal with Mexico"
        if not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for h in holders for c in h.children):
            return True
    # a particle makes another verb: "called off Friday's walkout" (parsed as "called X Y") names nothing
    if tok.pos_ == "VERB" and tok.lemma_.lower() in naming_verbs() and not any(c.dep_ == "prt" for c in tok.children):
        # A proper noun on either side is more likely a misparse of "Trump called Putin" (the small
        # model reads it as a name followed by its label) than a naming.
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
            return True
        if any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"} for c in tok.children):
            return True
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}


def _trade_idiom(tok: Token) -> bool:
    """"in exchange for", "in return for": a singular noun with no determiner of its own, object of
    "in" and holding a "for" phrase, is a preposition in all but spelling."""
    return (tok.tag_ == "NN" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children))


RELATIVE_WORDS = frozenset({"that", "which"})


def misread_plural(verb: Token) -> bool:
    """"The ceasefire talks that Meravia had scheduled ...", "the air strikes that the army announced
    hit two depots": the small model reads a plural event noun followed by a relative clause as a
    verb in the present whose subject is the bare noun before it. Such a word is a plural noun when
    it has a noun reading, its "subject" is a common noun right before it with a determiner (no
    actor: "the minister talks to reporters" stays a verb) and a relative pronoun follows it, also one
    taken for "that" opening a clause when that clause lacks its object (the relative's gap)."""
    if verb.tag_ != "VBZ" or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return False
    subject, after = verb.doc[verb.i - 1], verb.doc[verb.i + 1]
    if subject.dep_ != "nsubj" or subject.head.i != verb.i or subject.tag_ != "NN" or subject.ent_type_:
        return False
    if subject.lemma_.lower() in actor_nouns() or not any(c.dep_ == "det" for c in subject.children):
        return False
    if after.lower_ not in RELATIVE_WORDS:
        return False
    if after.dep_ == "mark" and any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass"} for c in after.head.children):
        return False  # "the report warns that troops will stay": a that-clause with its object, no gap
    return (_singular(verb.lower_), "NOUN") in trigger_lexicon()


def _inside_time(tok: Token, times: Sequence[TimeRef]) -> bool:
    """'Thursday, March 14': a word of a time expression is no event (the month is no march). The
    model does not always tag a date it reads inside a longer phrase ("on the night of March 7-8"
    leaves "March" untagged), so a capitalised month name inside a time span counts whatever its tag;
    an event noun a time phrase names ("the night of the attack") keeps its own reading."""
    if not any(t.span.start <= tok.idx < t.span.end for t in times):
        # an article with no date to anchor to keeps no "In March" as a time; the model's date tag
        # on a month name still says it is the calendar's
        return _month_name(tok) and tok.ent_type_ == "DATE"
    return tok.ent_type_ in {"DATE", "TIME"} or _month_name(tok)


def _month_name(tok: Token) -> bool:
    """A capitalised month name ("March", "May"), which in a time span is the calendar's, not a verb's."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in MONTHS


def _done_by_nature(tok: Token, harm: bool = True) -> bool:
    """'The quake struck', 'the storm killed 12', 'the heat will ease': what nature, disease or an
    accident does is no PLOVER event, which codes what actors do to each other
    (lexicons/natural_hazards.txt). For a verb of no harm (``harm`` false) only its own subject
    counts: a subject borrowed from a conjoined clause is too often a misparse ("said the drought
    had destroyed the harvest and demanded compensation")."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        # "a lightning strike", "storm damage": a harm noun whose compound names a hazard is the
        # hazard's doing, not an attack
        return harm and any(c.dep_ == "compound" and c.lemma_.lower() in natural_hazards() for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not harm:
        return any(_is_hazard(s) for s in subjects)
    subjects += [s for s in (_subject(tok),) if s is not None]
    # "A magnitude 6.9 earthquake struck ..., killing 120": the parser may split the phrase into two
    # subjects of one verb ("magnitude", "earthquake"); either may name the hazard
    subjects += [c for s in list(subjects) for c in s.head.children
                 if c.dep_ == "nsubj" and c.i != s.i and c.head.pos_ in {"VERB", "AUX"}]
    # "destroyed by Hurricane Lena": the agent of a passive, named or not
    subjects += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # "the 2022 floods, which killed 1,700 people": the noun a relative pronoun stands for
    subjects += [a for s in list(subjects) if (a := _relative_antecedent(s)) is not None]
    return any(_is_hazard(s) for s in subjects)


def _is_hazard(subject: Token) -> bool:
    hazards = natural_hazards()
    # "A magnitude 6.9 earthquake struck ..., killing 40": the parser may make the measure the head
    # and the hazard its apposition
    return subject.lemma_.lower() in hazards or any(
        c.dep_ in {"compound", "appos"} and c.lemma_.lower() in hazards for c in subject.children)


def _agentless_harm_in_disaster(tok: Token, disaster: bool) -> bool:
    """'2,152 people had been killed' in a report on an earthquake: a passive harm verb naming no
    one who did it, in an article whose lead reports a natural disaster, counts the disaster's
    victims; an actor's attack names its doer or is reported as one ("strikes killed 40")."""
    if not disaster or tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    # "rose to 614, with about 3,200 people injured": the absolute "with" names who was hurt, as a
    # passive's subject does
    absolute = tok.dep_ in {"pcomp", "advcl"} and tok.head.lower_ == "with"
    # a number the parser made the subject of an elided passive ("and more than 5,000 injured") does nothing
    if any(c.dep_ == "agent" or (c.dep_ == "nsubj" and not c.like_num and not absolute) for c in tok.children):
        return False
    # "the toll had risen to 1,037, and that nearly 5,000 people had been injured": a conjoined passive
    # of its own needs no help from the verb it is joined to
    if absolute or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.dep_ == "acl":
        return True
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":  # "2,152 killed and more than 5,000 injured"
        return _agentless_harm_in_disaster(tok.head, disaster)
    return False


# what breaks out that is no natural hazard: "the outbreak of the border war", "an outbreak of violence"
_HOSTILITIES = frozenset({"war", "fighting", "violence", "hostilities", "conflict", "clash", "unrest", "riot",
                          "insurgency", "rebellion", "protest"})


def disaster_lead(doc: Doc) -> bool:
    """Whether the article's headline or lead (its first two sentences) names a natural hazard. An
    outbreak of war or violence ("Since the outbreak of the border war in March 2024, more than 3,000
    civilians have been killed") is none: its dead were killed by someone."""
    hazards = natural_hazards()
    for n, sent in enumerate(doc.sents):
        if n >= 2:
            break
        if any(t.lemma_.lower() in hazards and t.pos_ in {"NOUN", "PROPN"} and not _of_hostilities(t) for t in sent):
            return True
    return False


def _of_hostilities(noun: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _HOSTILITIES for o in p.children) for p in noun.children)


def _stated(noun: Token) -> bool:
    """A threat or warning someone made: with a possessor ("Iran's threat"), an infinitive ("a threat
    to close the strait"), a that-clause, an "against" target ("death threats against judges"), or
    a verb of making it (lexicons/statement_verbs.txt: "made a threat", "issued a warning"). The
    verb "threaten" itself needs to say what it threatens (``_says_what``)."""
    if noun.pos_ == "VERB":
        return _says_what(noun)
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in actor_nouns() or (
                c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} and _asks_for(noun))):
            return True  # "union demands", "the US demand for a ceasefire": who made it ("AI demand surges": no one)
        if c.dep_ in {"acl", "relcl", "ccomp"} and (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                                    or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ == "against":
            return True
    verb = _carrier(noun)
    # "made a threat", "the threat was made by phone"
    return verb is not None and noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in word_list("statement_verbs.txt")


def _asks_for(noun: Token) -> bool:
    """"the EU demand for talks", "a demand that he resign": the noun says what is asked."""
    return any((c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in {"acl", "ccomp"}) for c in noun.children)


def _says_what(verb: Token) -> bool:
    """A verb of threatening that says what is threatened: an object ("threatened further action"),
    an infinitive ("threatened to strike"), a that-clause, a "with" phrase ("threatened him with
    arrest") or a passive subject whose agent is someone, not a force ("threatened by budget cuts",
    lexicons/nonviolent_objects.txt, natural_hazards.txt). "Leeds threatened late on" states
    nothing anyone will do."""
    forces = nonviolent_objects() | natural_hazards()
    for c in verb.children:
        if c.dep_ == "agent" and any(p.dep_ == "pobj" and p.lemma_.lower() in forces for p in c.children):
            return False
    return any(c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ == "with")
               for c in verb.children)


def _about_comment(tok: Token) -> bool:
    """"Declined to comment", "refused to elaborate", "declined comment", "a request for comment",
    "asked for an interview": what is refused or asked for is a comment (lexicons/event_comment_words.txt),
    newsroom routine that PLOVER does not code (CAMEO 011 "decline comment" falls with the statements)."""
    words = comment_words()
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() in words:
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children):
            return True
    return False


GIVING_VERBS = frozenset({"offer", "give", "provide"})


def _gives_information(tok: Token, entry_type: str) -> bool:
    """"Did not offer details", "without offering specifics": an offer whose object is a piece of
    information (lexicons/event_information_nouns.txt) is a statement, not an AGREE; "declined to offer
    his own figure" refuses a statement the way "declined to comment" does, not a demand (REJECT)."""
    info = word_list("event_information_nouns.txt")

    def gives(verb: Token) -> bool:
        return verb.lemma_.lower() in GIVING_VERBS and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in info for c in verb.children)

    if entry_type == "AGREE":
        return tok.pos_ == "VERB" and gives(tok)
    if entry_type == "REJECT":
        return any(c.dep_ == "xcomp" and gives(c) for c in tok.children)
    return False


QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "which"})


def _asks_for_something(verb: Token) -> bool:
    """A request, not a question: an infinitive ("asked supporters to run"), a "for" phrase ("asked
    for help"), a that-clause ("asked that he resign") or a thing asked ("asked permission")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "ccomp" and not any(g.lower_ in QUESTION_WORDS for g in c.subtree if g.i < c.i):
            return any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in {"question", "questions"}:
            return True
    return False


# object pronouns that stand for people ("attacks us", "slammed him")
PERSONAL_OBJECTS = frozenset({"me", "us", "you", "him", "her", "them"})


# harm verbs a named person uses of words far more often than of force (see _verbal_attack)
_WORDED_ATTACKS = frozenset({"attack", "slam", "blast", "assail"})


def _verbal_attack(tok: Token, sources: Sequence[str], targets: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """"Trump attacked Cruz over his tax plan": a word of violence between named people, in a
    sentence with no sign of violence, is a verbal attack (lexicons/verbal_attacks.txt). So is one
    whose object is a thing only words can attack ("councillors attacked the plan"), whoever acts."""
    words = word_sections("verbal_attacks.txt")
    if _spoken_harm(tok, words.get("spoken", frozenset())) or _said_in_words(tok, words.get("media", frozenset())):
        return True
    calm = not any(t.lemma_.lower() in words["violence"] for t in tok.sent if t.i != tok.i)
    # "hit back at his critics", "fired back at Trump's comments": any harm verb answering words
    if tok.pos_ == "VERB" and _answers_back(tok, words.get("criticised", frozenset()) | {"issue"}):
        return calm
    if tok.lemma_.lower() not in words["verbal"] and _singular(tok.lower_) not in words["verbal"]:
        return False
    # "attacked the plan as a false economy": a thing only words can attack (section [criticised])
    said_of = [o for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for o in _with_conjuncts(c)]
    if tok.dep_ in {"relcl", "acl"} and tok.pos_ == "VERB":
        said_of.append(tok.head)  # "the courts, which players have attacked as too slow"
    if tok.pos_ == "VERB" and said_of and all(o.lemma_.lower() in words.get("criticised", ()) for o in said_of):
        return calm
    # "none of his rivals attacked him over the issue": what the act is over is a thing only words
    # can attack (or "issue", "remarks" as its plural), so the act is words
    criticised = words.get("criticised", frozenset()) | {"issue"}
    if tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "over" and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in criticised or _singular(o.lower_) in criticised)
                for o in c.children) for c in tok.children):
        return calm
    if tok.pos_ == "VERB" and _characterises(tok):
        return calm
    people = {m.entity_id or m.text for m in mentions if m.label == "PERSON"}
    # "Trump relentlessly attacks us": a named person's act against a personal pronoun, in a sentence
    # with no sign of violence, is words; an army's or a gunman's names no person
    if (tok.pos_ == "VERB" and sources and set(sources) <= people and not targets
            and any(c.dep_ == "dobj" and c.lower_ in PERSONAL_OBJECTS for c in tok.children)):
        return calm
    # "Sanders attacked the big banks", "Trump attacked the media": a named person's attack on an
    # object that is no place, in a sentence with no sign of violence, is words; a gunman is rarely
    # named in the sentence that tells of the attack, and his target would be a place or a person.
    # Not "fight", "hit" or "target": a leader resolving "to fight ISIS" or a hacker "targeting
    # celebrities" is no one speaking
    places = {m.entity_id or m.text for m in mentions if m.label in {"GPE", "LOC", "FAC"}}
    if (tok.pos_ == "VERB" and tok.lemma_.lower() in _WORDED_ATTACKS and sources and set(sources) <= people
            and not set(targets) & (places | people)
            and any(c.dep_ == "dobj" and c.lower_ not in PERSONAL_OBJECTS for c in tok.children)):
        return calm
    sides = len(set(sources)) + len(set(targets) - set(sources))  # "X and Y clashed": two sides, no target
    if not sources or sides < 2 or not set(sources) <= people or not set(targets) <= people:
        return False
    return calm


def _answers_back(verb: Token, criticised: frozenset[str]) -> bool:
    """"Pike hit back at his critics", "fired back at Trump's comments", "hit back on Friday, saying
    it was satire": a harm verb with "back" and no object of its own is a reply, and
    it is one in words when what it answers is said (an "at" object that is a claim, a thing only
    words attack or a holder of views, or one its clause says spoke: "critics who said ...") or when
    the verb goes on with a speech verb ("saying", "insisting"). "Israel hit back at Hamas with air
    strikes" answers no words and stays an attack."""
    if not any(c.dep_ in {"advmod", "prt"} and c.lower_ == "back" for c in verb.children):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    said = criticised | word_list("claim_nouns.txt") | word_list("viewpoint_holders.txt")
    answered = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children
                if p.dep_ == "pobj"]
    if any(p.lemma_.lower() in said or _singular(p.lower_) in said or any(
            r.dep_ in {"relcl", "acl"} and r.lemma_.lower() in speech_verbs() for r in p.children)
           for p in answered):
        return True
    return any(c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in speech_verbs()
               for c in verb.children)


def _characterises(verb: Token) -> bool:
    """"Sanders attacked Clinton as being too cozy with Wall Street", "slammed the ruling as a
    disgrace", "blasted Rubio as weak": a harm verb that says what its object is (an "as" phrase
    with a predicate) is words about it, whoever acts. "As part of an offensive" says why, and "as
    they marched" (a clause) says when; neither describes the object."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        if any(g.dep_ == "pobj" and g.lemma_.lower() in {"part", "result", "retaliation", "revenge"}
               for g in c.children):
            continue
        if any(g.dep_ in {"pobj", "pcomp", "amod", "acomp"} for g in c.children):
            return True
    return False


def _spoken_harm(tok: Token, spoken: frozenset[str]) -> bool:
    """"His verbal assault on the nominee", "a rhetorical attack", "a war of words": a harm noun whose
    own modifier says it was made of words (lexicons/verbal_attacks.txt, section [spoken]) is a verbal
    attack whatever word of violence it is, since the modifier itself rules force out."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    for c in tok.children:
        if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in spoken:
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in spoken for p in c.children):
            return True
    return False


def _said_in_words(tok: Token, media: frozenset[str]) -> bool:
    """"A speech attacking the nominee", "the ad attacks Clinton's record": a harm verb done by a thing
    made of words (lexicons/verbal_attacks.txt, section [media]), the noun its participle describes or
    its own subject, can only be a verbal attack."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in media:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in media for c in tok.children)


def _binds_pair(verb: Token) -> bool:
    """'X and Y signed a treaty / upgraded their ties': a relation signed or set up by a conjoined
    subject binds its members to each other (CAMEO 057, 050), so both are actor and recipient."""
    subj = _subject(verb) if verb.pos_ == "VERB" else None
    return subj is not None and bool(subj.conjuncts) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RELATION_OBJECTS for c in verb.children)


def _is_duplicate(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> bool:
    """'sent aid' or 'threatened a threat': a noun that repeats the type of the verb carrying it.

    Also 'halted aid', 'lifted the curfew': the verb's entry names the noun in its context, so the
    verb and its object are one event (SANCTION, RETREAT) and the noun is no event of its own.
    A protest called off stays one ('called off a march planned for Sunday'): the verb is the
    organisers' concession (CONCEDE), the march an event an earlier report announced, whose status
    changed; halting aid or suspending talks is the sanction itself.
    """
    if tok.dep_ == "nsubj" and tok.head.i in found and found[tok.head.i].type == entry.type:
        # "Israeli strikes killed 40", "drone strikes hit two refineries": an event noun that is the
        # subject of a verb of its own type is that act, which the verb reports with its victims and
        # whose doer its subject's modifiers name ("Israeli")
        return True
    if _motive_of_same_act(tok, entry, found):
        return True
    node = _carried(tok)
    head = node.head
    if head.i != node.i and head.i in found and node.dep_ in {"dobj", "attr"}:
        verb = found[head.i]
        if verb.type == entry.type:
            return True
        # "lifted the state of emergency": the noun's "of" phrase may be what the verb's context names
        named = {tok.lemma_.lower()} | {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                        for p in c.children if p.dep_ == "pobj"}
        if named & verb.context:
            return verb.type != "CONCEDE" or classify(tok, (), None, None).value != "cancelled"
    return False


def _motive_of_same_act(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> bool:
    """"Unions will hold a general strike in protest", "workers walked out in protest": a bare noun
    after "in" names the motive of its verb's act; when that act (the verb, or the event noun the verb
    carries) is already an event of the same type, the motive is the same event, not a second one.
    ("Shopkeepers closed their shops in protest" keeps its protest: closing shops is no event.)"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or tok.tag_ != "NN":
        return False
    if any(True for _ in tok.children):
        return False
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    acts = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(a.i in found and found[a.i].type == entry.type for a in acts)


# Units of time: "ending months of negotiations" closes a span of talks that ran their course
SPAN_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})


def ends_a_span(tok: Token) -> bool:
    """"The sides exchanged prisoners, ending months of negotiations": a verb of ending whose object is
    a stretch of time ("months of talks") says the talks came to their close, not that one side broke
    them off (SANCTION needs a side that ends ties, aid or talks with another)."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SPAN_UNITS
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in tok.children)


def _governed(tok: Token, found: dict[int, TriggerEntry]) -> bool:
    """Whether another trigger governs this one inside its clause ("refused to *meet*", "urged X to
    *support*", "dismissed an *appeal*"): the governing event is the sentence's main one."""
    node = tok
    for _ in range(6):
        if node.dep_ not in GOVERNED_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in found:
            return True
    return False


def _protest_topic(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> bool:
    """'blocked roads *demanding* reforms', 'rallied to *demand*...': the demand voiced by a protest
    is its topic, not an event of its own (PLOVER manual 3.12.2), so the protest stays the main one."""
    return _voiced_by(tok, entry, found) is not None


def _voiced_by(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> int | None:
    """The protest trigger whose topic ``tok`` is (see ``_protest_topic``), if any."""
    if entry.type not in TOPIC_TYPES:
        return None
    node = tok
    for _ in range(4):
        if node.dep_ not in {"advcl", "xcomp", "acl", "relcl", "dobj", "pobj", "prep", "npadvmod"} or node.head.i == node.i:
            return None
        node = node.head
        if node.i in found and found[node.i].type == "PROTEST":
            return node.i
    return None


def voiced_protests(doc: Doc, found: dict[int, TriggerEntry]) -> set[int]:
    """Protest triggers that voice a demand or an accusation ("teachers marched to *demand* higher
    wages"): the topic confirms the word's protest reading, however ambiguous the word is alone."""
    return {p for i, e in found.items() if (p := _voiced_by(doc[i], e, found)) is not None}


def _background(tok: Token, found: dict[int, TriggerEntry]) -> bool:
    """Whether the trigger only sets the scene of another: it lies in a clause opened by "after",
    "because", "as"... (BACKGROUND_MARKS), or it is a participle clause of result under a trigger of the
    same type ("fired on the migrants, *killing* one": the killing is how the shooting ended). The
    sentence's main event is the one the clause hangs on."""
    entry = found.get(tok.i)
    if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and entry is not None and tok.head.i in found
            and found[tok.head.i].type == entry.type and not any(c.dep_ == "mark" for c in tok.children)):
        return True
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
    return False



def discourse_sense(doc: Doc, tok: Token, entry: TriggerEntry) -> tuple[TriggerEntry, str] | None:
    """The reading of a word whose sense is the report's topic ("the strike entered its third day":
    a walkout in a report on a labour dispute, a raid in one on a war), when the clause gave it only
    its plain reading and the report's cue words pick another (lexicons/event_discourse_senses.txt);
    with a note for the event's reason. None keeps ``entry``."""
    senses = discourse_senses().get(entry.lemma)
    if not senses or entry.context or entry.particle:
        return None
    votes = _sense_votes(doc, entry.lemma, senses)
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    if count < 2 or (len(ranked) > 1 and ranked[1][1] >= count) or best == entry.type:
        return None
    # of the lemma's readings of that type, the one whose clause context is most like the sense's cues
    # (a walkout, not a hunger strike)
    readings = [e for e in trigger_lexicon().get((entry.lemma, entry.pos), ()) if e.type == best]
    if not readings:
        return None
    reading = max(readings, key=lambda e: len(e.context & senses[best]))
    return replace(reading, context=frozenset()), f"sense of the report: {count} {best.lower()} cue words"


def _sense_votes(doc: Doc, lemma: str, senses: dict[str, frozenset[str]]) -> dict[str, int]:
    """How many words outside names the report holds of each sense's cues, counted once per report."""
    cache = doc.user_data.setdefault("storyline_sense_votes", {})
    if lemma not in cache:
        lemmas = [t.lemma_.lower() for t in doc if not t.ent_type_]
        cache[lemma] = {type_: sum(1 for w in lemmas if w in cues) for type_, cues in senses.items()}
    return cache[lemma]
