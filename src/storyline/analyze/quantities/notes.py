"""The marks a figure's ``reason`` carries for the linker (``storyline.link.conflicts`` compares
figures by them): an updated count ("the toll rose to 17"), a count of the dead, a share, a figure
speaking again of an earlier one; and the notes for updates and deaths.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import word_list, word_sections
from storyline.records import Quantity

UPDATE_MARK = "updated count"  # in a figure's reason: it gives the new state of a count
DEATH_MARK = "counts the dead"  # in a figure's reason: the people it counts died (figure_death_words.txt)
MISSING_MARK = "counts the missing"  # in a figure's reason: the people it counts are missing
DISPLACED_MARK = "counts the displaced"  # in a figure's reason: the people it counts fled or were displaced
SHARE_MARK = "ratio"  # in a figure's reason: a share of a population ("four in 10 voters")
POPULATION_MARK = "a share of"  # in a figure's reason: "about half of voters", "62% of children": of whom
ANTECEDENT_MARK = "speaks again of"  # in a figure's reason, before the earlier figure's text in quotes
PERIOD_MARK = "a rate per"  # in a figure's reason, before the period it is a rate over ("a rate per day")
SET_ASIDE_MARK = "set aside by the speaker"  # in a figure's reason: "17 people, not 15": the value corrected
CHANGE_MARK = "a change by"  # in a figure's reason: the size of a move ("shares fell 9%"), not a level
PART_MARK = "a part"  # in a figure's reason: "In Manabi alone, 646 died": the count of one part of the whole
POSSIBLE_MARK = "a possible count"  # in a figure's reason: "the toll could rise to 240": a fear, no count
EARLIER_MARK = "an earlier count"  # in a figure's reason: "a previous toll indicated 1,037": superseded, no claim
PROPOSED_MARK = "a proposed figure"  # in a figure's reason: "two members voted to cut the rate to 3.75%": a proposal, no level
SCOPE_MARK = "where they were"  # in a figure's reason: "241 people on board": a part of a disaster's toll
TOTAL_MARK = "a running total"  # in a figure's reason: "a total of 69 were freed so far", "199 drowned since 2014"
# modals of possibility: "could rise to 240", "240 people may have died" say what might be, not what is
_POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
# words of fear before a state: "130 feared dead", "are feared drowned": what a source fears, no count
_FEAR_WORDS = frozenset({"feared"})
_REACHING = frozenset({"reach", "top", "pass", "surpass", "exceed"})


def set_aside(tok: Token) -> bool:
    """"The RSF said it had freed 17 people, not 15", "the toll was 30, not 40": a number after ", not"
    that follows a figure of its sentence is the value the speaker corrects (someone else's, or an
    earlier one). It stays a figure of the text, but no figure the speaker gives: attributed to
    them, it would show them claiming the very count they dispute."""
    doc = tok.doc
    j = tok.i - 1
    if j >= 0 and doc[j].is_currency:
        j -= 1  # "$2 million, not $3 million"
    if j < 2 or doc[j].lower_ != "not" or doc[j - 1].text != ",":
        return False
    return any(t.like_num for t in doc[max(tok.sent.start, j - 6) : j - 1])


def _update_note(carrier: Token | None) -> str:
    """'; updated count ('rose to')' when the figure is the new state of a count ("the death toll
    rose to 17", "stands at 40,000", "has reached 300"), which updates an earlier figure rather than
    disputing it (lexicons/figure_update_verbs.txt); '' otherwise."""
    if carrier is None:
        return ""
    verbs = word_list("figure_update_verbs.txt")
    if carrier.dep_ == "pobj" and carrier.head.lower_ in {"to", "at"} and carrier.head.dep_ == "prep":
        verb = carrier.head.head
        if verb.lemma_.lower() in verbs:
            return f"; {UPDATE_MARK} ('{verb.text} {carrier.head.text}')"
    if carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in verbs & _REACHING:
        return f"; {UPDATE_MARK} ('{carrier.head.text}')"
    return ""


def _counting_verb(doc: Doc, last: int, carrier: Token | None,
                   preps: frozenset[str] = frozenset({"to", "at"})) -> Token | None:
    """The verb whose clause holds the figure: "could *rise* to 240", "240 people may have *died*",
    "*registered* 646 fatalities" (through ``preps`` for a figure in a prepositional phrase); None
    when the figure is no argument of a verb."""
    number = doc[last]
    counted = carrier if carrier is not None and carrier.i > last else (
        number.head if number.dep_ == "nummod" else number)
    if counted.dep_ == "pobj" and counted.head.dep_ == "prep" and counted.head.lower_ in preps:
        verb = counted.head.head
    elif counted.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        verb = counted.head
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _feared(doc: Doc, last: int, carrier: Token | None, verb: Token | None) -> Token | None:
    """The word of fear that makes a count a fear: "130 feared dead", "40 migrants feared drowned"
    (right after the number or its noun, as headlines write it) or "60 people are feared dead" (the
    verb whose clause holds the count); None otherwise."""
    ends = {last} | ({carrier.i} if carrier is not None and carrier.i > last else set())
    for k in sorted(ends):
        if k + 1 < len(doc) and doc[k + 1].lower_ in _FEAR_WORDS:
            return doc[k + 1]
    return verb if verb is not None and verb.lower_ in _FEAR_WORDS else None


def _possible_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; a possible count ('could')' when the verb whose clause holds the figure takes a modal of
    possibility: "police say the toll could rise to 240", "it was possible 240 people may have
    died". Officials give such a figure beside their confirmed count ("154 confirmed dead") as the
    worst they fear; it neither updates the count nor disputes another source's, and the linker
    compares it with none (``link.conflicts.figure_key``). A count "feared dead" is such a fear
    too: "130 feared dead after two boats capsized" is how many were aboard and not yet found, not
    a toll a later "52 bodies found" disputes; '' otherwise."""
    verb = _counting_verb(doc, last, carrier)
    if (fear := _feared(doc, last, carrier, verb)) is not None:
        return f"; {POSSIBLE_MARK} ('{fear.text}')"
    if verb is None:
        return ""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS), None)
    return f"; {POSSIBLE_MARK} ('{modal.text}')" if modal is not None else ""


def _proposed_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; a proposed figure ('voted')' when the verb whose clause holds the figure is what someone
    voted, proposed or called to do (lexicons/figure_proposing_verbs.txt): "two members voted to cut
    the rate by 0.25% to 3.75%", "Republicans proposed cutting spending by $1 trillion". A minority's
    proposal is no level anyone reports; the linker keys it as a plan's figure, compared only with
    other proposals, never with the rate decided (``link.conflicts.figure_key``); '' otherwise."""
    verb = _counting_verb(doc, last, carrier, frozenset({"to", "at", "by"}))
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in word_list("figure_proposing_verbs.txt"):
        return ""
    if verb.head.lemma_.lower() == "vote" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and any(g.dep_ == "nummod" for g in c.children) for c in verb.head.children):
        return ""  # "the city council voted to pay $5.5 million": a body's vote decides; "two members voted" proposes
    return f"; {PROPOSED_MARK} ('{verb.head.text}')"


_GROUP_PRONOUNS = frozenset({"them", "us", "those", "these"})  # "N of them": a part of a group named elsewhere
# "the other two", "the remaining four", "two other diplomats": the rest of a group, the part not yet named
_REST_WORDS = frozenset({"other", "remaining"})
_REST_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})
# "10 more people", "two fewer seats": comparatives of the amount itself, an increment, not a subgroup
_AMOUNT_COMPARATIVES = frozenset({"more", "fewer", "less", "further"})


def _rest_of_group(doc: Doc, first: int, last: int) -> str | None:
    """The word ("other", "remaining") that makes a figure the rest of a group an earlier figure or
    list counts: "the other two expelled diplomats", "the remaining four hostages", "two other
    envoys". The six diplomats a report lists as four and "the other two" are one six, so "two" is
    no rival of another report's six. So is a count whose noun a comparative singles out against
    the rest of the group ("talks with two smaller parties", "three larger banks"): the count of
    those that are smaller or larger, never the whole another report counts ("four parties")."""
    before = doc[first - 1] if first >= 2 else None
    if before is not None and before.lower_ in _REST_WORDS and doc[first - 2].lower_ in _REST_DETERMINERS:
        return before.lower_
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.lower_ == "other":
        return after.lower_
    if (after is not None and after.tag_ == "JJR" and after.lower_ not in _AMOUNT_COMPARATIVES
            and last + 2 < len(doc) and doc[last + 2].pos_ == "NOUN"):
        return after.lower_
    return None


# where a crash or sinking's dead were: "241 people on board", "all 242 aboard", "34 on the ground";
# each word names the part ("board", "ground") the count is keyed by
_SCOPE_WORDS = {"aboard": "board", "onboard": "board"}
_SCOPE_OBJECTS = {"board": "board", "ground": "ground"}


def _scope(doc: Doc, last: int, carrier: Token | None) -> str | None:
    """The part of a disaster's dead a count is restricted to, written right after its noun or as
    its verb's complement: "killing 241 people on board" ('board'), "all 242 aboard died", "34 were
    on the ground" ('ground'). The toll counts both, so 241 on board is no rival of a toll of 274;
    two counts of those on board still dispute each other."""
    k = carrier.i if carrier is not None and carrier.i > last else last
    after = doc[k + 1:k + 4]
    if len(after) and after[0].lower_ in _SCOPE_WORDS:
        return _SCOPE_WORDS[after[0].lower_]
    if len(after) > 1 and after[0].lower_ == "on":
        obj = after[2] if after[1].lower_ == "the" and len(after) > 2 else after[1]
        if obj.lower_ in _SCOPE_OBJECTS and obj.dep_ != "compound":  # not "on the ground floor"
            return _SCOPE_OBJECTS[obj.lower_]
    verb = _counting_verb(doc, last, carrier)
    for c in verb.children if verb is not None else ():
        if c.i > k and c.lower_ in _SCOPE_WORDS:
            return _SCOPE_WORDS[c.lower_]
        if c.i > k and c.lower_ == "on" and c.dep_ == "prep":
            obj = next((o.lower_ for o in c.children if o.dep_ == "pobj"), "")
            if obj in _SCOPE_OBJECTS:
                return _SCOPE_OBJECTS[obj]
    return None


def _scope_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; where they were ('board')' for a count restricted to where its people were (``_scope``)."""
    scope = _scope(doc, last, carrier)
    return f"; {SCOPE_MARK} ('{scope}')" if scope is not None else ""


def _part_note(doc: Doc, last: int, carrier: Token | None, first: int | None = None) -> str:
    """'; a part ('Manabi')' when the clause of the figure singles out a place or group with "alone":
    "In Manabi alone, the agency registered 646 fatalities", "Pedernales alone accounted for 200
    deaths". Such a count is a part of the whole a story's other tolls count, so it disputes none of
    them; the linker compares it only with counts of the same part (``link.conflicts.figure_key``)."""
    if last + 2 < len(doc) and doc[last + 1].lower_ == "of" and doc[last + 2].lower_ in _GROUP_PRONOUNS:
        # "we traced them, killed 10 of them", "54 were wounded, 11 of them seriously": a part of a
        # group named elsewhere (the attackers, the wounded), never a rival count of the story's toll
        return f"; {PART_MARK} ('{doc[last + 2].lower_}')"
    if first is not None and (rest := _rest_of_group(doc, first, last)) is not None:
        return f"; {PART_MARK} ('{rest}')"
    verb = _counting_verb(doc, last, carrier, frozenset({"to", "at", "for"}))
    if verb is None:
        return ""
    for tok in verb.subtree:
        if tok.lower_ == "alone" and tok.dep_ == "advmod" and tok.head.pos_ in {"PROPN", "NOUN"}:
            return f"; {PART_MARK} ('{tok.head.text}')"
    return ""


# words that make a count a running total when they modify its verb: "so far", "to date", "in all"
_TOTAL_ADVERBS = frozenset({"altogether", "cumulatively"})
_TOTAL_PREP_OBJECTS = {"to": frozenset({"date"}), "in": frozenset({"total", "all"})}
# words a figure's own number may be written with, between "a total of" and its digits
_NUMBER_WORDS = frozenset({"about", "some", "around", "nearly", "almost", "over", "more", "than", "at", "least",
                           "roughly", "approximately", "just", "under", "fewer", "less", "up"})


def _since_start(verb: Token) -> str | None:
    """What a running total counts from: "have drowned on this route since 2014" ('2014'), "have
    been killed since the beginning of the war" ('the beginning of the war'). A clause ("have died since the
    storm hit") is left out: it is as often the very event all of a story's tolls count."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return " ".join(t.text for t in obj.subtree)
    return None


_PERIOD_UNITS = frozenset({"day", "week", "month", "year"})
_PERIOD_PREPS = frozenset({"in", "during", "over", "throughout"})


def _over_a_period(prep: Token) -> str | None:
    """The period a count was summed over when a verb's phrase gives its length: "killed in the
    11-day bombardment", "died during three weeks of fighting", "over two weeks of strikes". A toll
    of a campaign of many days sums its days' tolls, as one "so far" does; "killed in an explosion"
    counts one blow."""
    if prep.dep_ != "prep" or prep.lower_ not in _PERIOD_PREPS:
        return None
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        return None
    counted = [c for c in obj.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _PERIOD_UNITS]
    if obj.lemma_.lower() in _PERIOD_UNITS and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        counted.append(obj)  # "three weeks of fighting"
    if not any(any(n.dep_ == "nummod" for n in unit.children) for unit in counted):
        return None
    return " ".join(t.text for t in obj.subtree).replace(" - ", "-")


def _total_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; a running total ('so far')' when the figure counts everything since some start up to the
    time of its report: "a total of 69 hostages have been released", "58 hostages have been released
    so far", "to date", "in all"; with the start when its clause names one, '; a running total since
    ('2014')': "at least 199 people have drowned on this route since 2014"; with the period it was
    summed over when its clause gives one a length, '; a running total over ('the 11-day
    bombardment')' (``_over_a_period``). Such a count sums the
    stages ("24 hostages were freed on Friday") and grows with each, so it disputes neither a stage
    nor a total of another day; the linker compares it only with totals from the same start reported
    the same day (``link.conflicts.figure_key``); '' otherwise."""
    j = last
    while j > doc[last].sent.start and (doc[j - 1].like_num or doc[j - 1].text in {",", "-"}
                                        or doc[j - 1].lower_ in _NUMBER_WORDS):
        j -= 1
    before = [t.lower_ for t in doc[max(doc[last].sent.start, j - 2) : j]]
    cue = "a total of" if before == ["total", "of"] else "cumulative" if before[-1:] == ["cumulative"] else None
    verb = _counting_verb(doc, last, carrier)
    if verb is not None:
        if (start := _since_start(verb)) is not None:
            return f"; {TOTAL_MARK} since ('{start}')"
        if (period := next((p for c in verb.children if (p := _over_a_period(c)) is not None), None)) is not None:
            return f"; {TOTAL_MARK} over ('{period}')"
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ == "so" for g in c.children):
                cue = cue or "so far"
            elif c.dep_ == "advmod" and c.lower_ in _TOTAL_ADVERBS:
                cue = cue or c.lower_
            elif c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in _TOTAL_PREP_OBJECTS.get(c.lower_, ())
                                          for o in c.children):
                cue = cue or f"{c.lower_} {next(o.lower_ for o in c.children if o.dep_ == 'pobj')}"
    return f"; {TOTAL_MARK} ('{cue}')" if cue else ""


_CLAUSE_LINKS = frozenset({"ccomp", "xcomp"})  # "announced that the toll was 2,946": the report holds the clause


def _dated_earlier(word: Token, earlier: frozenset[str]) -> bool:
    """Whether ``word`` dates a count or statement before its report ("previous", "earlier today"),
    not a span back from an event ("two days earlier", "a week prior")."""
    return word.lower_ in earlier and not any(t.like_num for t in word.subtree)


def _own_words(noun: Token) -> list[Token]:
    """The words of a noun's phrase, less the relative clauses on it ("the toll, which previously
    stood at 30"), which speak of another count."""
    out = [noun]
    for c in noun.children:
        if c.dep_ != "relcl":
            out.extend(_own_words(c))
    return out


def _superseded_by_report(verb: Token, word: Token, nouns: frozenset[str]) -> bool:
    """Whether an earlier-word on the verb that reports or gives a count says the count has been
    replaced: "previously" does ("It previously said 3,500 had died"), as does a past perfect ("had
    earlier put the number at 30") and a count or report that is itself the subject ("The toll
    reported by the ministry earlier today stated that ..."). "The institute said earlier this
    month that inflation rose to 4.9 percent" only dates the saying: its figure stands."""
    if word.lower_ != "earlier":
        return True
    if any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children):
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in nouns for c in verb.children)


_CONTRAST_LINKS = frozenset({"but", "yet"})


def _contrasted(conj: Token) -> bool:
    """Whether a conjunct is joined to the one before it by "but" or "yet" (the parser hangs the
    word on the first conjunct or on the second)."""
    return any(c.dep_ == "cc" and c.lower_ in _CONTRAST_LINKS for c in (*conj.children, *conj.head.children))


def _gives_a_count(verb: Token, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a verb of [verbs] gives a count, which its subject or object names ("previously put
    the toll at 5,500", "the number had earlier stood at 30"); "had previously given $3 million to a
    group" is an act of its own, whose amount no later count replaces."""
    if verb.lemma_.lower() not in verbs:
        return False
    named = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if verb.dep_ == "relcl":
        named.append(verb.head)  # "the toll, which previously stood at 30"
    return any(n.lemma_.lower() in nouns for n in named)


def _earlier_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; an earlier count ('previous')' when the figure's report gives it as a count since replaced
    (lexicons/figure_earlier_counts.txt): the subject of a clause holding it is a count or report
    dated earlier ("A previous toll indicated that 1,037 people were killed", "Earlier reports
    indicated 217 fatalities", "The toll reported earlier today stated that 2,497 ...", "The
    previous death toll was 5,500"), or the verb that reports it or gives it is ("had previously
    announced that the toll was 2,946", "previously put the toll at 5,500"). Reports of a rising
    toll set the superseded count beside the new one ("rose to 2,681"); the linker compares it with
    none (``link.conflicts.figure_key``): it is no source's present count, so neither the new count
    of its own report nor another report's count disputes it; '' otherwise."""
    lists = word_sections("figure_earlier_counts.txt")
    words, nouns, verbs = lists["words"], lists["nouns"], lists["verbs"]
    figure = carrier if carrier is not None and carrier.i > last else doc[last]
    path = [figure, *figure.ancestors]
    for k, node in enumerate(path):
        on_path = path[k - 1] if k else None  # the token of the path the node holds the figure by
        for c in node.children:
            if c is on_path:
                continue
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in nouns:
                # the count or report a clause holding the figure stands on ("A previous toll indicated")
                if (found := next((t for t in _own_words(c) if _dated_earlier(t, words)), None)) is not None:
                    return f"; {EARLIER_MARK} ('{found.text}')"
            elif c.dep_ in {"advmod", "npadvmod"} and (
                    (on_path is not None and on_path.dep_ in _CLAUSE_LINKS) or _gives_a_count(node, verbs, nouns)):
                # "had previously announced that ...", "stated earlier today that ..." (the time noun
                # bearing the adverb)
                dated = [c] + [g for g in c.children if g.dep_ == "advmod"] if c.dep_ == "npadvmod" else [c]
                found = next((t for t in dated if _dated_earlier(t, words)), None)
                if found is not None and _superseded_by_report(node, found, nouns):
                    return f"; {EARLIER_MARK} ('{found.text}')"
        if node.dep_ in {"relcl", "advcl"} or (node.dep_ == "conj" and _contrasted(node)):
            # "the toll, which previously stood at 30, rose to 45": the clause dates 30 alone, as a
            # clause set against another by "but" dates only its own ("had earlier put it at 30,
            # but on Friday it rose to 45"); "...
            # would go ahead, although a union said 1,500": another source's clause is not dated
            break
    return ""


def _change_note(carrier: Token | None) -> str:
    """'; a change by ('fell')' when the figure is the size of a move of its subject: the amount of
    a verb of change ("shares fell 9%", "prices rose 2.8% in May", "cut the rate by a quarter of a
    point"; lexicons/figure_change_verbs.txt) or of a noun of change ("a 29 percent drop"), not its
    level. Two moves reported on two days are two moves, not two views of one figure; '' otherwise."""
    if carrier is None:
        return ""
    verb = carrier.head
    if (noun := _change_noun(carrier)) is not None:
        return f"; {CHANGE_MARK} ('{noun.text}')"
    if carrier.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "prep":
        verb = verb.head
    elif carrier.dep_ not in {"dobj", "npadvmod"}:
        return ""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in word_list("figure_change_verbs.txt"):
        return f"; {CHANGE_MARK} ('{verb.text}')"
    return ""


# nouns of change besides the verbs' own forms ("a 12% rise", "a drop of 29 percent"): what their
# figure sizes is a move too
_CHANGE_NOUNS = frozenset({"growth", "reduction", "cut", "hike"})


def _change_noun(carrier: Token) -> Token | None:
    """The noun of change a figure sizes: "posted a 29 percent *drop*", "a 12.5% *rise* in profit",
    "a *drop* of 29 percent" (the figure modifies it, or is its "of" object); None otherwise."""
    head = carrier.head
    if carrier.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif carrier.dep_ not in {"compound", "nmod", "amod"}:
        return None
    lemma = head.lemma_.lower()
    changes = head.pos_ == "NOUN" and (lemma in word_list("figure_change_verbs.txt") or lemma in _CHANGE_NOUNS)
    return head if changes else None


def _of_the_dead(counted: Token, nouns: frozenset[str]) -> bool:
    """Whether the counted people are what a noun of dying is of ("verified the deaths of six
    civilians", "the killing of 12 protesters"): the wording of a monitor or a court, which counts
    the dead as a toll does."""
    of = counted.head
    return (counted.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep"
            and of.head.lemma_.lower() in nouns and of.head.pos_ == "NOUN")


def _death_note(doc: Doc, last: int, carrier: Token | None, person_verb: Token | None,
                antecedent: Quantity | None) -> str:
    """'; counts the dead ('died')' when the people a figure counts died: the subject of a verb of
    dying, the object (or passive subject) of a verb of killing, or a count followed by "dead" or
    found, confirmed or left "dead" (lexicons/figure_death_words.txt), or a figure speaking again of
    such a count ("put the toll at 35"). A toll, "31 people had died" and "floods killed 34" are one
    measure to compare between sources; '' otherwise."""
    if antecedent is not None and DEATH_MARK in antecedent.reason:
        return f"; {DEATH_MARK} (as '{antecedent.text}')"
    words = word_sections("figure_death_words.txt")
    if person_verb is not None and person_verb.lower_ in words["state"]:
        return f"; {DEATH_MARK} ('{person_verb.text}')"
    counted = carrier if carrier is not None and carrier.i > last else doc[last]
    if _of_the_dead(counted, words["of"]):
        return f"; {DEATH_MARK} ('{counted.head.head.text} of')"
    verb = counted.head
    if verb.pos_ != "VERB" or verb.i == counted.i:
        return ""
    if counted.dep_ in {"nsubjpass", "dobj"} and any(
            c.dep_ in {"oprd", "acomp"} and c.lower_ in words["state"] for c in verb.children):
        # "one policeman was confirmed dead", "were found dead", "left 12 people dead": the state
        # the verb puts the counted people in
        return f"; {DEATH_MARK} ('{verb.text} dead')"
    lemma = verb.lemma_.lower()
    passive_headline = counted.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
    if (counted.dep_ == "nsubj" and lemma in words["die"]) or (
            lemma in words["kill"] and (counted.dep_ in {"dobj", "nsubjpass"} or passive_headline)):
        return f"; {DEATH_MARK} ('{verb.text}')"
    return ""


def _missing_note(doc: Doc, last: int, carrier: Token | None, person_verb: Token | None) -> str:
    """'; counts the missing' when the people a figure counts are missing: "35 missing", "40 missing
    migrants", "31 people were still missing", "30 are reported missing". Sources give this count
    after a shipwreck or a flood as they give the toll, and revise it as people are found, so the
    linker compares it as it does the dead (``link.conflicts.MISSING``); '' otherwise."""
    if person_verb is not None and person_verb.lower_ == "missing":
        return f"; {MISSING_MARK}"
    number = doc[last]
    counted = carrier if carrier is not None and carrier.i > last else (
        number.head if number.dep_ == "nummod" else number)  # "35 people": the noun the number counts
    if any(c.dep_ == "amod" and c.lower_ == "missing" for c in counted.children):
        return f"; {MISSING_MARK}"
    verb = counted.head.head if counted.head.dep_ in {"aux", "auxpass"} else counted.head  # parsed onto "were"
    if counted.dep_ in {"nsubj", "nsubjpass"} and verb.i != counted.i and (verb.lower_ == "missing" or any(
            c.lower_ == "missing" and c.dep_ in {"acomp", "oprd", "xcomp", "advmod"} for c in verb.children)):
        return f"; {MISSING_MARK}"  # "were still missing" (the parser may make "missing" the verb)
    return ""


def _displaced_note(doc: Doc, last: int, carrier: Token | None) -> str:
    """'; counts the displaced ('displaced')' when the people a figure counts were displaced: the
    subject or passive subject of a verb of displacement ("212,000 people have been displaced",
    "310,000 people had fled their homes") or the noun it follows ("245,000 people displaced as of
    21 March"; lexicons/figure_displaced_words.txt). Agencies and NGOs count the displaced of one
    crisis apart and dispute each other's counts, so the linker compares it as one measure
    (``link.conflicts.DISPLACED``). "64,300 displaced people" (the verb before the noun) only says
    who was counted: food reached them, the count is of those reached; '' otherwise."""
    words = word_list("figure_displaced_words.txt")
    number = doc[last]
    counted = carrier if carrier is not None and carrier.i > last else (
        number.head if number.dep_ == "nummod" else number)
    for c in counted.children:
        if c.dep_ == "acl" and c.i > counted.i and c.lemma_.lower() in words:
            return f"; {DISPLACED_MARK} ('{c.text}')"
    verb = counted.head
    if counted.dep_ in {"nsubj", "nsubjpass"} and verb.i != counted.i and verb.lemma_.lower() in words:
        return f"; {DISPLACED_MARK} ('{verb.text}')"
    if counted.dep_ == "nsubj" and verb.lemma_ == "be":
        state = next((c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() in words), None)
        if state is not None:
            return f"; {DISPLACED_MARK} ('{state.text}')"  # "are now displaced" parsed as an adjective
    return ""
