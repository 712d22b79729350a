"""Attribution round 9 (news of kinds nobody tuned on: press conferences, interviews, features,
court reports, live blogs, op-eds, British and European quote marks): speakers named again by
surname, transcript label, role or age; pronouns read by the conventions of reported speech;
interview answers; bylines; single quote marks; "that" clauses the parser hung elsewhere; live
blog time stamps; refusals. Values and offsets on small hand-built texts."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.attribution.learned import CueModel
from storyline.analyze.quotes import scan_quotes
from storyline.records import Mention, Span

AID = "a1"
OFF = CueModel(weights={}, filter_threshold=None, add_threshold=None)  # the hand rules alone


def _mention(text: str, surface: str, label: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    span = Span(AID, start, start + len(surface))
    return Mention(id=f"m{start}", span=span, sentence=span, text=surface, label=label, entity_id=entity)


def _quotes(nlp, text, mentions=()):
    return extract_quotes(nlp(text), AID, list(mentions), "Outlet", cue_model=OFF)


def _by_cue(quotes, lemma, nth=0):
    return [q for q in quotes if q.cue_lemma == lemma][nth]


# ---------------------------------------------------------------- names given again


def test_bare_surname_speaker_resolves_to_the_full_name(nlp):
    text = "Dr. Elena Ruiz told reporters the wave had peaked. Ruiz said admissions fell to 412 last week."
    quotes = _quotes(nlp, text, [_mention(text, "Elena Ruiz", "PERSON", "e-ruiz")])
    said = _by_cue(quotes, "say")
    assert (said.speaker, said.speaker_span.start, said.speaker_span.end) == ("Ruiz", 51, 55)
    assert said.speaker_entity == "e-ruiz" and "'Ruiz' -> 'Elena Ruiz'" in said.speaker_reason


def test_surname_shared_by_two_people_stays_unresolved(nlp):
    text = "Kevin Marsh runs the hospital group. Ellen Marsh runs a petition. Marsh said the plan was flawed."
    men = [_mention(text, "Kevin Marsh", "PERSON", "e-kevin"), _mention(text, "Ellen Marsh", "PERSON", "e-ellen")]
    said = _by_cue(_quotes(nlp, text, men), "say")
    assert said.speaker == "Marsh" and said.speaker_entity is None


def test_transcript_label_in_capitals_is_a_direct_turn_of_the_named_person(nlp):
    text = "Later the finance chief, Pieter Smit, joined us.\n\nSMIT: I want to add one thing on investment today."
    quotes = _quotes(nlp, text, [_mention(text, "Pieter Smit", "PERSON", "e-smit")])
    turn = _by_cue(quotes, ":")
    assert (turn.speaker, turn.kind, turn.speaker_entity) == ("SMIT", "direct", "e-smit")
    assert (turn.span.start, turn.span.end) == (56, 99)
    assert "transcript turn" in turn.reason
    want = _by_cue(quotes, "want")
    assert want.speaker == "I" and want.speaker_entity == "e-smit"


def test_role_description_resolves_to_the_person_given_that_role(nlp):
    text = ("The Scottish transport minister, Alasdair Kerr, visited the site in September.\n\n"
            "The minister said the bridge was exactly what rural Scotland needed.")
    said = _by_cue(_quotes(nlp, text, [_mention(text, "Alasdair Kerr", "PERSON", "e-kerr")]), "say")
    assert (said.speaker, said.speaker_span.start, said.speaker_span.end) == ("The minister", 80, 92)
    assert said.speaker_entity == "e-kerr"


def test_role_description_with_two_holders_stays_unresolved(nlp):
    text = ("The minister, Alasdair Kerr, met the finance minister, Kate Forbes, on Monday.\n\n"
            "The minister said the bridge was needed.")
    men = [_mention(text, "Alasdair Kerr", "PERSON", "e-kerr"), _mention(text, "Kate Forbes", "PERSON", "e-forbes")]
    said = _by_cue(_quotes(nlp, text, men), "say")
    assert said.speaker == "The minister" and said.speaker_entity is None


def test_age_description_is_a_speaker_and_names_the_person_before(nlp):
    text = ("Morag Sinclair runs the island's only shop. "
            "The 54-year-old, who moved to the island in 1998, said she feared rising prices.")
    quotes = _quotes(nlp, text, [_mention(text, "Morag Sinclair", "PERSON", "e-sinclair")])
    said = _by_cue(quotes, "say")
    assert (said.speaker, said.speaker_span.start, said.speaker_span.end) == ("The 54-year-old", 44, 59)
    assert said.speaker_entity == "e-sinclair"
    assert (said.text, said.span.start, said.span.end) == ("she feared rising prices", 99, 123)
    feared = _by_cue(quotes, "fear")
    assert feared.speaker == "she" and feared.speaker_entity == "e-sinclair"


# ---------------------------------------------------------------- pronouns


def test_pronoun_in_a_reports_clause_is_its_speaker(nlp):
    text = ("Judge Harold Brenner denied the motion. "
            "The first witness, Michael Tran, testified that he believed the accounts were false.")
    men = [_mention(text, "Harold Brenner", "PERSON", "e-judge"), _mention(text, "Michael Tran", "PERSON", "e-tran")]
    believed = _by_cue(_quotes(nlp, text, men), "believe")
    assert believed.speaker == "he" and believed.speaker_entity == "e-tran"
    assert "speaker of the report it is in" in believed.speaker_reason


def test_pronoun_in_the_clause_of_an_unnamed_speaker_is_not_given_to_a_named_one(nlp):
    text = ("Ravi Shah, an analyst at Jefferies, said the deal was unlikely. "
            "One investor said he believed talks would resume in the new year.")
    believed = _by_cue(_quotes(nlp, text, [_mention(text, "Ravi Shah", "PERSON", "e-shah")]), "believe")
    assert believed.speaker == "he" and believed.speaker_entity is None
    assert "One investor" in believed.speaker_reason


def test_pronoun_continues_the_subject_of_the_sentence_before_passing_over_the_wrong_gender(nlp):
    text = ("Duncan MacLeod said the ferry would stop in spring. "
            "His daughter, Kirsty, who helps on the boat, sees it differently. "
            "She said the bridge would let her children attend school on the mainland.")
    men = [_mention(text, "Duncan MacLeod", "PERSON", "e-duncan"), _mention(text, "Kirsty", "ORG", "e-kirsty")]
    said = _by_cue(_quotes(nlp, text, men), "say", 1)
    assert (said.speaker, said.speaker_span.start) == ("She", 118)
    assert said.speaker_entity == "e-kirsty"


def test_pronoun_after_an_unnamed_speaker_is_not_given_to_an_earlier_name(nlp):
    text = ('Deputy mayor Linda Foster told this newspaper the changes would save money. '
            'A nurse who works nights told me she would have to leave an hour earlier. '
            '"I already spend more time on the bus than with my kids," she said.')
    quotes = _quotes(nlp, text, [_mention(text, "Linda Foster", "PERSON", "e-foster")])
    said = [q for q in quotes if q.cue_lemma == "say" and q.kind == "direct"][0]
    assert said.speaker == "she" and said.speaker_entity is None
    assert "A nurse" in said.speaker_reason


def test_they_never_stands_for_the_i_of_an_earlier_report(nlp):
    text = ("Frank Fletcher spoke first.\n\nFLETCHER: I agree we need more housing. "
            "But families in Eastgate say they want no towers next to their homes.")
    quotes = _quotes(nlp, text, [_mention(text, "Frank Fletcher", "PERSON", "e-fl")])
    assert all(q.speaker_entity != "e-fl" for q in quotes if q.speaker in {"they", "families in Eastgate"})


# ---------------------------------------------------------------- interviews and op-eds


def test_i_in_an_interview_answer_is_the_interviewee(nlp):
    text = ("Annelies de Vries has run the port authority since 2021. She spoke with us last week.\n\n"
            "Q: Are you worried about losing jobs?\n\n"
            "A: Of course. I think the transition will create more jobs than we lose.")
    quotes = _quotes(nlp, text, [_mention(text, "Annelies de Vries", "PERSON", "e-dv")])
    think = _by_cue(quotes, "think")
    assert (think.speaker, think.speaker_span.start, think.speaker_entity) == ("I", 140, "e-dv")
    # the answer is the interviewee's own quotation now, so its "I" is that quotation's speaker
    assert "quotation of Annelies de Vries" in think.speaker_reason
    assert not [q for q in quotes if q.speaker == "Q"]  # the turn label is nobody
    (answer,) = [q for q in quotes if q.reason.startswith("interview answer")]
    assert (answer.speaker_entity, answer.cue, answer.kind) == ("e-dv", None, "direct")
    assert text[answer.span.start:answer.span.end] == "Of course. I think the transition will create more jobs than we lose."


def test_you_in_an_interview_question_is_the_interviewee(nlp):
    text = ("Annelies de Vries has run the port authority since 2021. She spoke with us last week.\n\n"
            "Q: You have said the port must shrink its oil business. How quickly?\n\n"
            "A: By 2035, I expect petroleum to be less than a third of our throughput.")
    quotes = _quotes(nlp, text, [_mention(text, "Annelies de Vries", "PERSON", "e-dv")])
    said = _by_cue(quotes, "say")
    assert (said.speaker, said.speaker_entity) == ("You", "e-dv")


def test_first_person_outside_quotations_is_the_bylined_author(nlp):
    text = "Opinion: Our city is failing its bus riders\n\nBy Marcus Bell\n\nI believe the council is wrong about the plan."
    quotes = _quotes(nlp, text, [_mention(text, "Marcus Bell", "PERSON", "e-bell")])
    believe = _by_cue(quotes, "believe")
    assert believe.speaker == "I" and believe.speaker_entity == "e-bell"
    assert not [q for q in quotes if q.cue_lemma == ":"]  # "Opinion:" is a page section, nobody's name


def test_section_word_with_an_owner_still_names_a_source(nlp):
    text = "WSJ editorial: Deport the governor before the primary season ends."
    [q] = [q for q in _quotes(nlp, text) if q.cue_lemma == ":"]
    assert (q.speaker, q.text) == ("WSJ editorial", "Deport the governor before the primary season ends")


# ---------------------------------------------------------------- quote marks


def test_single_quote_marks_open_and_close_regions_apostrophes_do_not():
    text = ("Ministers' plans don't work, said O'Brien. 'It's two buses for me,' she said. "
            "'At my age, that's the end of it.' In the '90s, rock.")
    assert [(r.start, r.end, text[r.inner_start : r.inner_end]) for r in scan_quotes(text)] == [
        (43, 67, "It's two buses for me"), (78, 112, "At my age, that's the end of it.")]


def test_single_marks_inside_double_quotes_are_not_regions():
    text = "\"In every school, teachers tell me, 'Please don't take this away,'\" Alvarez said."
    assert [(r.start, r.end) for r in scan_quotes(text)] == [(0, 67)]


def test_british_single_quotes_are_direct_and_continue(nlp):
    text = ("'Nobody goes into local government to close libraries,' she said. "
            "'But we have a legal duty to balance the books.'")
    said = [q for q in _quotes(nlp, text) if q.cue_lemma == "say"]
    assert [(q.kind, q.span.start, q.span.end, q.speaker) for q in said] == [
        ("direct", 1, 53, "she"), ("direct", 67, 113, "she")]


# ---------------------------------------------------------------- contents the parser split


def test_that_clause_after_an_according_to_phrase_is_the_cues_content(nlp):
    text = ("The ministry said in a statement, according to the official Xinhua news agency, "
            "that Philippine ships had intruded into waters around the shoal.")
    quotes = _quotes(nlp, text)
    said = _by_cue(quotes, "say")
    assert (said.text, said.span.start, said.span.end) == (
        "that Philippine ships had intruded into waters around the shoal", 80, 143)
    assert said.speaker == "The ministry" and said.relayed_by == "the official Xinhua news agency"
    assert _by_cue(quotes, "according to").speaker == "the official Xinhua news agency"


def test_second_that_clause_joined_to_the_cue_stays_in_the_content(nlp):
    text = ('Spokeswoman Mao Ning said on Monday that China "will firmly defend its sovereignty," '
            "but that it remained committed to dialogue.")
    said = _by_cue(_quotes(nlp, text), "say")
    assert (said.span.start, said.span.end) == (36, 127)
    assert said.text.endswith("but that it remained committed to dialogue")


def test_subject_cut_off_by_a_quote_mark_is_part_of_the_content(nlp):
    text = "Lorenzo Bassi, a local official, said residents of Ticino «feel forgotten by Bern»."
    said = _by_cue(_quotes(nlp, text), "say")
    assert (said.text, said.kind, said.span.start, said.span.end) == (
        "residents of Ticino «feel forgotten by Bern", "mixed", 38, 81)


# ---------------------------------------------------------------- live blogs and refusals


def test_live_blog_time_stamp_is_no_part_of_the_speaker(nlp):
    text = ("18:42 — The Environment Agency says 27 severe flood warnings remain in force. A spokeswoman "
            "said river levels on the Ouse were expected to peak overnight.\n\n"
            "18:15 — Northern Powergrid says about 41,000 homes are still without electricity.")
    says = [q for q in _quotes(nlp, text) if q.cue_lemma == "say" and q.span.start > 170]
    assert [(q.speaker, q.speaker_span.start) for q in says] == [("Northern Powergrid", 164)]


def test_declining_to_comment_is_a_refusal_not_a_denial(nlp):
    text = "NorthJet declined to comment. Costa denied that the squad was tired."
    quotes = _quotes(nlp, text)
    assert (_by_cue(quotes, "decline").stance, _by_cue(quotes, "deny").stance) == ("refusal", "denial")


def test_possessive_in_the_object_stands_for_the_clause_subject(nlp):
    text = "Sheffield City Council has defended its decision to close three branch libraries."
    quotes = _quotes(nlp, text, [_mention(text, "Sheffield City Council", "ORG", "e-council")])
    decision = _by_cue(quotes, "decision")
    assert (decision.speaker, decision.speaker_span.start, decision.speaker_entity) == ("its", 36, "e-council")


def test_name_the_tagger_called_an_organisation_is_a_person_when_called_by_surname(nlp):
    text = ("The minister, Alasdair Kerr, said no islander would pay a toll.\n\n"
            "Duncan MacLeod has run the ferry for forty years. MacLeod is unconvinced by the promise. "
            "He said he had heard ministers promise many things.")
    men = [_mention(text, "Alasdair Kerr", "PERSON", "e-kerr"), _mention(text, "Duncan MacLeod", "ORG", "e-macleod"),
           _mention(text, "MacLeod", "ORG", "e-macleod", 1)]
    said = [q for q in _quotes(nlp, text, men) if q.cue_lemma == "say" and q.speaker == "He"][0]
    assert said.speaker_entity == "e-macleod"


def test_infinitive_after_a_noun_object_completes_the_noun(nlp):
    text = ("U.S. District Judge Harold Brenner denied a defence motion to exclude emails that prosecutors "
            "say show Whitaker discussing the accounts with Hale.")
    denied = _by_cue(_quotes(nlp, text), "deny")
    assert (denied.text, denied.span.start, denied.span.end, denied.kind) == (
        "a defence motion to exclude emails that prosecutors say show Whitaker discussing the accounts with Hale",
        42, 145, "topic")


def test_infinitive_after_an_addressee_stays_the_content(nlp):
    text = "The mayor urged residents to stay indoors until the storm passes."
    urged = _by_cue(_quotes(nlp, text), "urge")
    assert (urged.text, urged.span.start) == ("to stay indoors until the storm passes", 26)


def test_they_is_never_a_single_earlier_speaker(nlp):
    text = ('"We will win North Dakota," said Jason Miller, a senior adviser to Cruz. '
            "The delegates are sought after because they are free to support any candidate.")
    men = [_mention(text, "Jason Miller", "PERSON", "e-miller")]
    support = [q for q in _quotes(nlp, text, men) if q.speaker == "they"]
    assert support and all(q.speaker_entity != "e-miller" for q in support)


def test_pronoun_in_a_share_speakers_report_is_not_the_share(nlp):
    text = "Ellen Hart chairs the group. 60 percent of members said she should resign."
    men = [_mention(text, "Ellen Hart", "PERSON", "e-hart")]
    resign = [q for q in _quotes(nlp, text, men) if q.speaker == "she"]
    assert all("60 percent" not in q.speaker_reason for q in resign)


def test_pronoun_after_a_definite_description_falls_back_to_the_person_named(nlp):
    text = ("Sen. Bernie Sanders spoke in Vermont on Monday. The Vermont senator has won three states. "
            "He said he would stay in the race until the convention.")
    men = [_mention(text, "Bernie Sanders", "PERSON", "e-sanders")]
    said = _by_cue(_quotes(nlp, text, men), "say")
    assert (said.speaker, said.speaker_entity) == ("He", "e-sanders")


def test_pronoun_after_an_indefinite_description_names_nobody(nlp):
    text = ("Mayor Anna Berg opened the bridge on Monday. A retired teacher was standing on the bank. "
            "He said he would never use it.")
    men = [_mention(text, "Anna Berg", "PERSON", "e-berg")]
    said = _by_cue(_quotes(nlp, text, men), "say")
    assert said.speaker == "He" and said.speaker_entity is None
    assert "A retired teacher" in said.speaker_reason


def test_quotation_paragraph_after_narration_is_the_narrated_persons(nlp):
    text = ("The last ferryman\n\n"
            "Duncan MacLeod has carried passengers across the loch for forty years. "
            "On a grey morning he stood at the wheel and looked across at the new piers.\n\n"
            "\u201cWhen my father ran this crossing, there were two hundred people on the island. Now there are sixty.\n\n"
            "\u201cBut a bridge doesn't know anybody.\u201d\n\n"
            "He fell silent as the boat bumped against the slipway.")
    men = [_mention(text, "Duncan MacLeod", "PERSON", "e-macleod")]
    [q] = [q for q in _quotes(nlp, text, men) if q.cue is None]
    assert (q.kind, q.speaker, q.speaker_entity, q.span.start) == ("direct", "he", "e-macleod", 168)
    assert q.text.endswith("But a bridge doesn't know anybody.")


def test_quotation_paragraph_after_another_speakers_report_is_left_alone(nlp):
    text = ("The council convener, Fiona Grant, said the crossing cost too much to run.\n\n"
            "\u201cWe looked at every option and a new ferry would have cost almost as much as the bridge.\u201d")
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.cue is None]


def test_result_clause_after_so_is_not_what_was_said(nlp):
    text = "He spoke so loudly that everyone in the hall heard him."
    assert not [q for q in _quotes(nlp, text) if "everyone" in q.text]


def test_that_clause_hung_on_according_to_is_the_cues_content(nlp):
    text = "The ministry said in a statement, according to Xinhua, that the ships had left."
    said = _by_cue(_quotes(nlp, text), "say")
    assert (said.text, said.span.start, said.span.end, said.relayed_by) == (
        "that the ships had left", 55, 78, "Xinhua")


# ---- estimates given as "X put the toll at N" (lead, session 7)

def test_put_the_toll_at_a_number_is_an_estimate_by_the_subject(nlp):
    text = "The agency said 212 people had died. The Red Crescent put the toll at 230."
    qs = extract_quotes(nlp(text), "a", [], None)
    est = [q for q in qs if q.cue_lemma == "put"]
    assert len(est) == 1 and est[0].stance == "estimate"
    assert text[est[0].span.start:est[0].span.end] == "the toll at 230"
    assert est[0].speaker == "The Red Crescent"


def test_a_report_ends_at_the_semicolon_before_another_sources_estimate(nlp):
    text = "Organisers said 120,000 people took part in Paris; the Interior Ministry put the figure at 38,000."
    qs = sorted(extract_quotes(nlp(text), "a", [], None), key=lambda q: q.span.start)
    assert [(q.cue_lemma, text[q.span.start:q.span.end]) for q in qs] == [
        ("say", "120,000 people took part in Paris"), ("put", "the figure at 38,000")]


def test_put_without_a_figure_is_no_report(nlp):
    text = "The minister put the plan on hold at 10 a.m."
    assert [q for q in extract_quotes(nlp(text), "a", [], None) if q.cue_lemma == "put"] == []


def test_attempted_to_reported_by_the_learned_layer_is_distancing(nlp):
    text = ("Russian Presidential Aide Yuriy Ushakov attempted to obfuscate Russia's deliberate attacks on "
            "civilians and civilian infrastructure.")
    qs = [q for q in extract_quotes(nlp(text), "a", [], None) if q.cue_lemma == "attempt"]
    assert [q.stance for q in qs] == ["distancing"]


def test_a_learned_only_cue_is_no_rule_cue(nlp):
    from storyline.analyze.attribution.cues import cue_lexicon, learned_stances
    assert ("attempt", "VERB") not in cue_lexicon() and learned_stances()[("attempt", "VERB")] == "distancing"


def test_an_estimate_of_a_figure_is_a_statement_not_a_topic(nlp):
    text = "Analysts estimate the arsenal at around 4,000 units. The ministry put the figure at 2,500."
    qs = extract_quotes(nlp(text), "a", [], None)
    assert sorted((q.cue_lemma, q.kind) for q in qs) == [("estimate", "indirect"), ("put", "indirect")]


def test_a_report_without_evidence_is_distancing(nlp):
    text = "State media said, without providing evidence, that the drones had come from the west."
    qs = [q for q in extract_quotes(nlp(text), "a", [], None) if q.cue_lemma == "say"]
    assert [q.stance for q in qs] == ["distancing"]
    plain = "State media said that the drones had come from the west."
    assert [q.stance for q in extract_quotes(nlp(plain), "a", [], None)] == ["neutral"]


def test_it_reporting_continues_the_organisation_the_sentence_before_named(nlp):
    text = ("NorthJet Airways cancelled 40 flights on Monday. It said the strike had left it no choice.\n\n"
            "The ministry of health published new figures. It said 120 people were in hospital.")
    quotes = _quotes(nlp, text, [_mention(text, "NorthJet Airways", "ORG", "e-nj")])
    its = [q for q in quotes if q.speaker == "It"]
    assert [q.speaker_entity for q in its] == ["e-nj", None]  # the ministry names no entity: left alone
