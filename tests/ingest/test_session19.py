"""Session 19's cleaning rules: a "Read next" box closing a page, whose entries carry a time, a
title and a whole-sentence blurb of the linked story, is cut whole (its blurb's date dated a
prisoner-release report to another story's day); a station's comment policy and call for story
ideas; a wire picture's caption. Invented text."""

from storyline.ingest.clean import clean_text, restore

STORY = ("The release of the detainees was delayed again on Sunday.\n"
         "Officials said the handover would resume once the lists were agreed.\n")


def _cut_after_the_story(tail: str) -> set[str]:
    """The reasons the lines after the story were cut for, once checked that all of them were and
    that the text restores."""
    text = STORY + tail
    c = clean_text(text)
    assert restore(c) == text
    assert c.text == STORY
    return {r.reason for r in c.removed}


def test_closing_box_with_times_titles_and_sentence_blurbs_is_cut():
    box = ("Read next\n"
           "08:11\n"
           "Harbour inquiry\n"
           "Two engineers testified before the council on April 1, 2025, urging a new inquiry into the collapse.\n"
           "05:52\n"
           "The ministry confirmed on Tuesday that the bri\n")
    assert _cut_after_the_story(box) == {"related-links"}
    assert [r.text for r in clean_text(STORY + box).removed] == [box]


def test_paragraphs_after_a_mid_page_box_are_kept():
    # the story goes on after the box: two paragraphs in a row are copy, not blurbs
    text = ("Read next\n"
            "Harbour inquiry\n"
            "The handover resumed on Monday after the lists were agreed.\n"
            "Officials said 40 detainees were freed.\n")
    c = clean_text(text)
    assert "The handover resumed on Monday" in c.text
    assert "Officials said 40 detainees were freed." in c.text


def test_a_stations_comment_policy_and_tip_call_are_cut():
    footer = ("Channel 9 News is committed to providing a forum for civil and constructive conversation.\n\n"
              "Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here\n\n"
              "If you would like to share a story idea, please submit it here.\n")
    assert _cut_after_the_story("\n" + footer) == {"comment-prompt"}


def test_a_sentence_about_comments_in_the_story_is_kept():
    text = STORY + "Please keep in mind that the minister's comments came before the vote.\n"
    assert clean_text(text).text == text


def test_a_wire_pictures_caption_is_cut():
    captions = ("FILE PHOTO: Marines land on a beach during a joint exercise near Arvale, March 3, 2017.   "
                "REUTERS/Ann Lee/File Photo\n"
                "The two flags fly side by side at the base, August 23, 2016. Courtesy Tom Reed/Handout via REUTERS\n")
    assert _cut_after_the_story(captions) == {"image-caption"}


def test_a_sentence_naming_reuters_is_kept():
    text = STORY + "The figures were first reported by REUTERS.\n"
    assert clean_text(text).text == text


def test_a_link_title_after_see_also_without_a_colon_is_cut():
    assert _cut_after_the_story("See also  Harbour Ferry Operator Sells Fleet To Pay Debts\n") == {"related-links"}


def test_a_sentence_opening_with_see_also_is_kept():
    text = STORY + "See also the ministry's earlier statement on the lists.\n"
    assert clean_text(text).text == text
