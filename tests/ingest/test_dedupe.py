"""Fingerprints and the near-duplicate verdict, on hand-written news paragraphs."""

from __future__ import annotations

from storyline.ingest.dedupe import (
    MIN_REVERSE,
    DuplicateVerdict,
    fingerprints,
    judge,
    shingle_hashes,
    winnow,
    words,
)
from storyline.store.base import DuplicateCandidate

STORY = (
    "The port authority said on Monday that cargo traffic through the northern terminal had fallen by "
    "nearly a third since the strike began, as dock workers entered the second week of a walkout over "
    "pay and automation. Union leaders told reporters that talks with the operators had broken down on "
    "Friday evening and that no new meeting had been scheduled. \"We will not accept machines replacing "
    "hundreds of jobs without guarantees,\" said Maria Lindqvist, who chairs the workers' committee. The "
    "operators, in a written statement, said they had offered a 4 percent raise and a retraining fund "
    "worth 12 million euros, and accused the union of refusing to negotiate in good faith. Shipping "
    "companies have begun diverting vessels to two smaller ports further south, where officials warned "
    "that storage yards were close to capacity. Economists estimate the dispute is costing the regional "
    "economy about 30 million euros a week. The transport minister is expected to meet both sides on "
    "Wednesday, according to a government spokesperson, who declined to say whether mediation would be "
    "proposed. Truck drivers queued for more than six hours outside the terminal gates on Sunday."
)

# The same story as a syndication partner ran it: curly quotes, other casing and spacing, wire
# dateline, newsletter and copyright boilerplate around it.
SYNDICATED = (
    "ROTTERDAM (Wire) —  The port authority said on Monday that cargo traffic through the northern "
    "terminal had fallen by nearly a third since the strike began, as dock workers entered the second "
    "week of a walkout over pay and automation.\n\nUnion leaders told reporters that talks with the "
    "operators had broken down on Friday evening and that no new meeting had been scheduled. “We will "
    "not accept machines replacing hundreds of jobs without guarantees,” said Maria Lindqvist, who chairs "
    "the workers’ committee. The operators, in a written statement, said they had offered a 4 percent "
    "raise and a retraining fund worth 12 million euros, and accused the union of refusing to negotiate "
    "in good faith. SHIPPING COMPANIES have begun diverting vessels to two smaller ports further south, "
    "where officials warned that storage yards were close to capacity. Economists estimate the dispute "
    "is costing the regional economy about 30 million euros a week. The transport minister is expected "
    "to meet both sides on Wednesday, according to a government spokesperson, who declined to say "
    "whether mediation would be proposed. Truck drivers queued for more than six hours outside the "
    "terminal gates on Sunday.\n\nSign up for our morning briefing to get the day's top stories in your "
    "inbox. (c) 2025 Wire Services. All rights reserved. Reporting by staff; editing by the desk."
)

# Another outlet's own report on the same strike: same topic, names and figures, different words.
OTHER_REPORT = (
    "Dock workers at the country's largest port stayed off the job for a ninth day on Tuesday, and "
    "ships were being turned away as the standoff over automated cranes deepened. Maria Lindqvist, "
    "head of the workers' committee, told a rally outside the terminal that members would stay out "
    "until operators put job guarantees in writing. Operators have proposed a pay rise of 4 percent "
    "together with a 12 million euro fund to retrain staff, an offer the union has called an insult. "
    "Customs data show container volumes down sharply this month, and the chamber of commerce put the "
    "weekly cost to local businesses at around 30 million euros. Several lines have rerouted cargo to "
    "smaller harbours in the south. The transport ministry confirmed that the minister would host both "
    "parties later this week but gave no details of a possible mediator. Queues of lorries stretched "
    "for kilometres along the access road."
)


def _containment(new: str, stored: str) -> float:
    own, theirs = set(fingerprints(new)), set(fingerprints(stored))
    return len(own & theirs) / len(own)


def _candidate(stored_id: str, new: str, stored: str) -> DuplicateCandidate:
    own, theirs = set(fingerprints(new)), set(fingerprints(stored))
    return DuplicateCandidate(stored_id, len(own & theirs), len(theirs))


def test_words_ignore_case_punctuation_and_quote_styles() -> None:
    assert words("“Don’t” SAY  it,\n\"they\" said.") == words("\"don't\" say it, “they” said")
    assert words("“Don’t” SAY it") == ["don", "t", "say", "it"]


def test_fingerprints_are_stable_across_runs() -> None:
    # Exact values: a change here changes every stored fingerprint, so stores would need re-indexing.
    assert fingerprints("The quick brown fox jumps over the lazy dog.") == [-8232846359298883469]
    assert shingle_hashes("one two") == [7648451083405162400]
    prints = fingerprints(STORY)
    assert len(prints) == 48
    assert prints[:2] == [-9198357278908112407, -9179461972754381688]
    assert prints == sorted(set(prints))
    assert all(-(2**63) <= h < 2**63 for h in prints)


def test_fingerprints_of_empty_and_short_texts() -> None:
    assert fingerprints("") == []
    assert fingerprints(" ... “ ” ") == []
    assert len(fingerprints("Ceasefire holds")) == 1
    assert fingerprints("Ceasefire holds") == fingerprints("ceasefire, HOLDS!")


def test_winnow_picks_window_minima() -> None:
    assert winnow([5, 3, 9, 1, 7, 8, 6, 2], window=3) == [1, 2, 3, 6]
    assert winnow([4, 2], window=6) == [2]
    assert winnow([], window=6) == []


def test_identical_text_is_fully_contained() -> None:
    assert _containment(STORY, STORY) == 1.0
    verdict = judge(fingerprints(STORY), [_candidate("a" * 16, STORY, STORY)], 0.8)
    assert verdict == DuplicateVerdict(
        "a" * 16, 1.0, f"copy of {'a' * 16}: 48 of this text's 48 fingerprints (100%) occur in it, "
        "100% of its 48 occur here (threshold 80%)"
    )


def test_syndicated_copy_with_other_boilerplate_is_a_duplicate() -> None:
    assert _containment(SYNDICATED, STORY) > 0.8
    verdict = judge(fingerprints(SYNDICATED), [_candidate("orig", SYNDICATED, STORY)], 0.8)
    assert verdict is not None and verdict.original_id == "orig" and verdict.direction == "contained"
    assert verdict.containment > 0.8 and verdict.reason.startswith("copy of orig:")


def test_cut_down_copy_is_contained_in_the_longer_original() -> None:
    half = STORY[: STORY.index(" Shipping companies")]
    assert _containment(half, STORY) >= 0.95
    verdict = judge(fingerprints(half), [_candidate("full", half, STORY)], 0.8)
    assert verdict is not None and verdict.direction == "contained" and verdict.containment >= 0.95
    assert verdict.reason.startswith("contained in full:")


def test_longer_text_containing_a_stored_shorter_one_says_so() -> None:
    half = STORY[: STORY.index(" Shipping companies")]
    candidate = _candidate("short", STORY, half)
    assert candidate.their_count >= MIN_REVERSE
    verdict = judge(fingerprints(STORY), [candidate], 0.8)
    assert verdict is not None and verdict.direction == "contains" and verdict.original_id == "short"
    assert verdict.reason.startswith("contains short:") and verdict.containment >= 0.95


def test_tiny_stored_text_never_makes_a_long_one_a_duplicate() -> None:
    assert judge(list(range(100)), [DuplicateCandidate("brief", 3, 3)], 0.8) is None


def test_different_reports_on_the_same_story_are_not_duplicates() -> None:
    assert _containment(OTHER_REPORT, STORY) < 0.1
    assert _containment(STORY, OTHER_REPORT) < 0.1
    assert judge(fingerprints(OTHER_REPORT), [_candidate("story", OTHER_REPORT, STORY)], 0.8) is None


def test_judge_picks_the_best_candidate_and_breaks_ties_by_id() -> None:
    own = list(range(10))
    candidates = [
        DuplicateCandidate("b", 9, 40),
        DuplicateCandidate("c", 10, 50),
        DuplicateCandidate("a", 10, 12),
    ]
    verdict = judge(own, candidates, 0.8)
    assert verdict is not None and (verdict.original_id, verdict.containment) == ("a", 1.0)
    assert judge(own, [DuplicateCandidate("b", 7, 40)], 0.8) is None
    twenty = list(range(20))
    contained, contains = DuplicateCandidate("f", 16, 100), DuplicateCandidate("r", 10, 10)
    verdict = judge(twenty, [contains, contained], 0.8)  # containing the new text beats being contained
    assert verdict is not None and (verdict.original_id, verdict.direction) == ("f", "contained")
    assert verdict.containment == 0.8
    assert judge([], candidates, 0.8) is None
