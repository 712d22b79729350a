"""Page furniture seen in real scraped articles (round 17): invented texts, one rule each."""

from storyline.ingest.clean import clean_text, restore


def _cut(text: str) -> tuple[str, list[tuple[str, str]]]:
    c = clean_text(text)
    assert restore(c) == text
    return c.text, [(r.reason, r.text) for r in c.removed]


def test_glued_list_mark_takes_its_titles_and_no_more():
    text = ("The river rose by three metres overnight.\n"
            "list of 3 itemsFlood barriers fail in the east\n"
            "Minister resigns over budget row\n"
            "Rail strike called off\n"
            "Officials Said The Water Would Recede\n"
            "Residents were moved to schools, officials said.\n")
    kept, cut = _cut(text)
    assert cut == [("related-links", "list of 3 itemsFlood barriers fail in the east\n"
                    "Minister resigns over budget row\nRail strike called off\n")]
    assert "Officials Said The Water Would Recede\n" in kept
    assert "Residents were moved to schools, officials said.\n" in kept


def test_ad_slot_labels():
    text = "The talks resumed on Monday.\n\nHide Ad\nSidebar Ad\n\nBoth sides sent delegations.\n"
    kept, cut = _cut(text)
    assert kept == "The talks resumed on Monday.\n\nBoth sides sent delegations.\n"
    assert [r for r, _ in cut] == ["advertisement"]


def test_counted_comment_heading_takes_the_comments_below():
    text = ("The ministry denied the report.\n\nIt said no aircraft flew there.\n\n"
            "More than 300 people have died since March.\n\nComments 2\n"
            "Wingnut_77 3 March 2019, 09:12\n\nnice try lol\n")
    kept, cut = _cut(text)
    assert kept.endswith("More than 300 people have died since March.\n")
    assert cut and cut[0][0] == "comment-prompt" and "nice try lol" in cut[0][1]


def test_comment_count_early_in_text_leaves_the_rest():
    text = "Comments 3\nThe ministry denied the report.\nIt said no aircraft flew there.\nA third line stays.\n"
    kept, _ = _cut(text)
    assert kept == "The ministry denied the report.\nIt said no aircraft flew there.\nA third line stays.\n"


def test_comment_form_note():
    kept, cut = _cut("A bomb went off at the station.\nYour email address will not be published.\n")
    assert kept == "A bomb went off at the station.\n"


def test_capital_desk_tag_newsletter_label_and_mailing_list():
    text = "Talks are due to resume in May.\nXYZ/QR/ST\nNEWSLETTER\nJoin the Example.org mailing list |\n"
    kept, cut = _cut(text)
    assert kept == "Talks are due to resume in May.\n"
    assert ("wire-tag", "XYZ/QR/ST\n") in cut


def test_two_part_slash_names_stay():
    kept, _ = _cut("The band played.\nHIV/AIDS\nThe clinic opened.\n")
    assert "HIV/AIDS\n" in kept


def test_desk_tag_with_agencies():
    kept, cut = _cut("The vote was postponed.\n\nabc/de (Reuters, AFP, dpa)\n")
    assert kept == "The vote was postponed.\n"
    assert cut[0][0] == "wire-tag"


def test_app_promotions_and_powered_by():
    text = ("Stay tuned with Example Daily Android App\nThe strike killed 13 people.\n"
            "Example App: Read the latest news. Download the Example app now to keep up with breaking news.\n"
            "Powered by Widgetco\n")
    kept, cut = _cut(text)
    assert kept == "The strike killed 13 people.\n"
    assert {r for r, _ in cut} == {"app-promo"}


def test_app_sentence_in_story_stays():
    text = "The ministry said it would get the app removed from stores.\nDownload speeds fell by half.\n"
    assert _cut(text)[0] == text


def test_trailing_dashed_headlines():
    text = ("The observatory put the toll at 40.\n"
            "- Why The Ceasefire Collapsed So Quickly\n- The Hidden Cost of Rebuilding After Floods\n"
            "- Column: What Voters Really Want From Leaders\n")
    kept, cut = _cut(text)
    assert kept == "The observatory put the toll at 40.\n"
    assert cut[0][0] == "related-links"


def test_dashed_points_of_the_story_stay():
    text = ("The plan has three parts:\n- a ceasefire from Monday\n- the release of prisoners\n"
            "- talks in Geneva within a month\n")
    assert _cut(text)[0] == text


def test_a_story_rendered_twice_keeps_one_copy_of_each_paragraph():
    first = "The commission said the final result would be announced on Thursday, a day later than planned."
    second = "Preliminary results showed no candidate with an absolute majority, which would force a run-off."
    short = "More to follow."
    text = f"{first}\n{second}\n{short}\n{first}\n{second}\n{short}\n"
    kept, cut = _cut(text)
    assert kept == f"{first}\n{second}\n{short}\n{short}\n"
    assert [reason for reason, _ in cut] == ["repeated-paragraph"]
    assert cut[0][1] == f"{first}\n{second}\n"


def test_a_list_of_videos_after_the_story_is_cut():
    text = ("Several crossings have been recorded by the agency in recent years.\n"
            "Go to video\nFloods: thousands evacuated along the river\n"
            "Go to video\nCourt hears challenge to asylum plan\n"
            "00:25\nCoastguard rescues 40 off the coast\n")
    kept, cut = _cut(text)
    assert kept == "Several crossings have been recorded by the agency in recent years.\n"
    assert [reason for reason, _ in cut] == ["related-links"]
