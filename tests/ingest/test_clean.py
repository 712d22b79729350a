from __future__ import annotations

import pytest

from storyline.ingest.clean import (
    Cleaned,
    LineStats,
    candidate_lines,
    clean_text,
    leading_boilerplate_end,
    looks_like_prose,
    restore,
    restore_some,
)
from storyline.ingest.metadata import title_from_plaintext

PARA_A = "The ministry said on Tuesday that the convoy had reached the city after a two-day delay."
PARA_B = "Officials expect further deliveries next week if the road stays open to traffic."


def _wrap(line: str) -> str:
    return f"{PARA_A}\n\n{line}\n\n{PARA_B}\n"


def _cut_reasons(text: str) -> list[str]:
    return [r.reason for r in clean_text(text).removed]


# ---------------------------------------------------------------- must cut

CUT_CASES = [
    ("Click to share on X (Opens in new window)", "share-button"),
    ("Click to email a link to a friend (Opens in new window)", "share-button"),
    ("Share this article", "share-button"),
    ("Share on Facebook", "share-button"),
    ("Tweet", "share-button"),
    ("Print", "share-button"),
    ("Follow us on Twitter and Facebook", "social-follow"),
    ("Sign up for one of our free newsletters", "newsletter-prompt"),
    ("Get the latest headlines delivered to your inbox every morning", "newsletter-prompt"),
    ("Subscribe to our daily newsletter.", "newsletter-prompt"),
    ("Leave a comment", "comment-prompt"),
    ("Sign in to comment", "comment-prompt"),
    ("12 Comments", "comment-prompt"),
    ("You must be logged in to post a comment.", "comment-prompt"),
    ("An account was already registered with this email. Please check your inbox.", "account-prompt"),
    ("https://platform.twitter.com/widgets.js", "embed-url"),
    ("https://cdn.example-widgets.net/loader.js?v=3", "embed-url"),
    ("//www.instagram.com/embed.js", "embed-url"),
    ("We use cookies to improve your experience on our site.", "cookie-notice"),
    ("Accept all cookies", "cookie-notice"),
    ("-", "separator"),
    ("Photo: Reuters/Jane Doe", "photo-credit"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Skip to main content", "navigation"),
    ("© 2025 Example Media Ltd. All rights reserved.", "copyright-notice"),
    ("Read more: Ceasefire talks stall in the capital", "related-links"),
    # newsroom trailers
    ("Reporting by Jane Doe; Editing by John Smith", "staff-credit"),
    ("(Reporting by Olena Marchenko in Kyiv; Additional reporting by Dmitri Volkov; Editing by Lisa Brandt and Hugh Lawson)", "staff-credit"),
    ("Associated Press writer Kevin Osei in Denver contributed to this report.", "staff-credit"),
    ("Jane Doe in London contributed reporting.", "staff-credit"),
    ("To contact the reporter on this story: Jane Doe in London at jdoe@example.net", "staff-credit"),
    ("ew-jm/bp", "wire-tag"),
    ("burs-ach/sst", "wire-tag"),
    (
        "Copyright 2026 The Example Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed without permission.",
        "copyright-notice",
    ),
    ("© Agence France-Presse", "copyright-notice"),
    # the page's date and reading time flattened into the copy
    ("Published 3 hours ago", "page-date"),
    ("Updated 10:45 AM EST, Tue March 3, 2026", "page-date"),
    ("Last modified on Tue 10 Mar 2026 16.40 GMT", "page-date"),
    ("Published 14 May 2026 | Updated 15 May 2026", "page-date"),
    ("4 min read", "reading-time"),
    ("Reading time: 6 minutes", "reading-time"),
    # captions, tags, feed footers, press-release contacts, link labels
    ("Image source, EPA", "image-caption"),
    ("A man cools off in a fountain on Tuesday. (Photo by Alex Brown/Getty Images)", "image-caption"),
    ("Soldiers patrol the border near the town. (AP Photo/Jane Doe)", "image-caption"),
    ("Nurses on a ward in the capital. Photograph: Jane Wells/The Daily Example", "image-caption"),
    ("Tags: heatwave, health, weather", "related-links"),
    ("The post Talks collapse in Geneva appeared first on Example Herald.", "feed-footer"),
    ("Media enquiries: press@ministry.example.org", "press-contact"),
    ("Purchase Licensing Rights, opens new tab", "navigation"),
    ("Reuse this content", "navigation"),
    ("Cookies help us deliver our services.", "cookie-notice"),
    ("Klein reported from Minneapolis.", "staff-credit"),
    ("Follow AP’s climate coverage at https://apnews.example.com/hub/climate", "social-follow"),
    ("Social Sharing", "share-button"),
    ("###", "separator"),
    ("-ENDS-", "separator"),
    ("Share on Facebook Share on X Copy link", "share-button"),
    ("Facebook | WhatsApp | Email | Copy link", "share-button"),
    ("Follow us on Telegram for the latest updates", "social-follow"),
    ("Click here to subscribe to our daily briefing", "newsletter-prompt"),
    ("Sign up here.", "newsletter-prompt"),
    ("Subscribe now", "newsletter-prompt"),
    ("Comments (12)", "comment-prompt"),
    ("This article was originally published on the author's blog. It is republished with permission.", "author-note"),
    ("Jan Varga is a senior fellow at the Orvala Institute. This article was first published on his newsletter "
     "and is republished with permission.", "author-note"),
    ("This article was produced by Meridian Wire and is republished under a syndication agreement. Views expressed "
     "are those of the author.", "author-note"),
    ("Views expressed are those of the author.", "author-note"),
    ("This story was first published by Example Wire and is republished under a licence. All rights reserved. "
     "© 2026 Example Wire Ltd.", "copyright-notice"),
    # furniture of several kinds flattened onto one bar-separated line
    ("Follow us on Telegram | Read more: UAE mediation in Ukraine war", "social-follow"),
    ("Share on Facebook | Read more: Ceasefire talks resume in Doha", "share-button"),
]


@pytest.mark.parametrize(("line", "reason"), CUT_CASES)
def test_boilerplate_line_is_cut_with_its_rule(line: str, reason: str) -> None:
    cleaned = clean_text(_wrap(line))
    assert cleaned.text == f"{PARA_A}\n\n{PARA_B}\n"
    assert [r.reason for r in cleaned.removed] == [reason]
    assert cleaned.removed[0].text.strip() == line
    assert cleaned.removed[0].at == len(PARA_A) + 2


# ---------------------------------------------------------------- must keep

KEEP_CASES = [
    "Follow us on Telegram | The ministry said the convoy had reached the city.",
    "Brent crude rose 2% | WTI fell 1%",
    "There are different possible explanations.",
    "Maria Zakharova",
    "“We will not retreat,” the commander said.",
    "The company said readers could sign up for its newsletter to receive updates on the recall.",
    "Several users left a comment under the minister's post calling for his resignation.",
    "He urged supporters to share the video on Facebook before it was taken down.",
    "The regulator said the website uses cookies to track visitors without consent.",
    "Asia Times senior correspondent Stephen Bryen is a former US deputy undersecretary of defense.",
    "The newspaper said the letter was republished with permission from the family.",
    "Officials said the views expressed in the leaked memo were those of the author alone.",
    "Here is the official Treasury Department statement (in part):",
    "Looking aheadThe Russian army is making modest progress in Ukraine.",
    "https://www.defense.gov/News/Releases/Release/Article/12345/",
    "Print media reported the figures first, according to the union.",
    "Comments from the minister came after the vote.",
    "No comment was made by the embassy on Friday.",
    "Related reports said the bridge had been closed since Monday.",
    "Reporting by the agency found that 40 people had died in the floods.",
    "Heavy rain contributed to the crash, police said.",
    "Officials said staff shortages contributed to this report's delays.",
    "Published figures show a 3% rise in prices since January.",
    "Updated guidance was issued to hospitals on Tuesday.",
    "Updated at 10:45 the forecast showed rain.",
    "Topics discussed included trade and security.",
    "Contact with the crew was lost at 3 a.m.",
    "The post office in the village reopened on Monday.",
    "He said the photos, taken in 2019, showed the site. (The ministry disputes this.)",
    "A quarter of readers read 4 min read articles.",
    "Copyright law was at the centre of the case.",
    "Jane Doe contributed reporting from Kyiv, where the army said 40 people died.",
    "Reuters reported from Kyiv that 12 people had died.",
    "Follow the money, the prosecutor told the jury",
    "Share prices fell on Monday, and copy traders lost money.",
    "Click here, the instructions said, to subscribe the device to the network; officials called it a scam.",
    "Follow us on the road to Kherson, the soldiers told reporters on Tuesday, and then they drove away.",
]


@pytest.mark.parametrize("line", KEEP_CASES)
def test_real_content_line_is_kept(line: str) -> None:
    text = _wrap(line)
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert cleaned.text == text


# ---------------------------------------------------------------- block context


def test_truncated_share_labels_after_buttons_are_cut() -> None:
    block = (
        "Click to share on LinkedIn (Opens in new window)\nLinkedI\n"
        "Click to share on WhatsApp (Opens in new window)\nWhatsAp\nClick to print (Opens in new window)\nPrin\n"
    )
    cleaned = clean_text(f"{PARA_A}\n{block}")
    assert cleaned.text == f"{PARA_A}\n"
    assert [r.reason for r in cleaned.removed] == ["share-button"]
    assert cleaned.removed[0].text == block


def test_lone_short_word_without_share_buttons_is_kept() -> None:
    text = f"{PARA_A}\nReddi\n{PARA_B}\n"
    assert clean_text(text).text == text


def test_newsletter_box_teasers_are_cut_until_prose() -> None:
    text = (
        f"{PARA_A}\nGet our newsletters\n-\nMorning Briefing\nThe five stories you need before breakfast\n"
        f"Weekend Reads\nLong reads for slow Sundays\n{PARA_B}\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == f"{PARA_A}\n{PARA_B}\n"
    assert {r.reason for r in cleaned.removed} == {"newsletter-prompt", "separator"}
    assert all(r.at == len(PARA_A) + 1 for r in cleaned.removed)


def test_related_heading_takes_short_headlines_but_not_next_paragraph() -> None:
    text = (
        f"{PARA_A}\nMore from World\nFloods displace thousands in the delta\n\n"
        f"Why the central bank kept rates on hold\n{PARA_B}\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == f"{PARA_A}\n{PARA_B}\n"
    assert cleaned.removed[0].reason == "related-links"
    assert "Why the central bank" in cleaned.removed[0].text


def test_hard_wrapped_legal_disclaimer_is_cut_whole() -> None:
    disclaimer = (
        "Legal Disclaimer:\nNewswire Corp provides the\ninformation “as is” without warranty of any kind. We do not accept\n"
        "any responsibility or liability for the accuracy, content, images,\n"
        "videos, licenses, completeness, legality, or reliability of the information\n"
        "contained in this article.\n"
    )
    cleaned = clean_text(f"{PARA_A}\n{disclaimer}")
    assert cleaned.text == f"{PARA_A}\n"
    assert [(r.reason, r.text) for r in cleaned.removed] == [("legal-disclaimer", disclaimer)]


def test_disclaimer_without_heading_is_found_by_its_wording() -> None:
    text = (
        f"{PARA_A}\n\nThe publisher provides the information as is without warranty of any kind and\n"
        "accepts no liability for errors.\n\n" + PARA_B + "\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == f"{PARA_A}\n\n{PARA_B}\n"
    assert [r.reason for r in cleaned.removed] == ["legal-disclaimer"]


def test_trailing_cut_leaves_no_dangling_blank_lines() -> None:
    cleaned = clean_text(f"{PARA_A}\n\nLeave a comment")
    assert cleaned.text == f"{PARA_A}\n"
    assert cleaned.removed[0].text == "\nLeave a comment"
    assert cleaned.removed[0].at == len(PARA_A) + 1


def test_leading_cut_takes_following_blank_lines() -> None:
    cleaned = clean_text(f"Share this\n\n{PARA_A}\n")
    assert cleaned.text == f"{PARA_A}\n"
    assert cleaned.removed[0].at == 0


def test_removal_offsets_point_into_clean_text() -> None:
    last = "The convoy is due to return to the capital once the drivers have rested."
    text = f"{PARA_A}\n\nhttps://platform.twitter.com/widgets.js\n\n{PARA_B}\n\nhttps://platform.twitter.com/widgets.js\n\n{last}\n"
    cleaned = clean_text(text)
    assert [r.at for r in cleaned.removed] == [len(PARA_A) + 2, len(PARA_A) + len(PARA_B) + 4]
    assert cleaned.text[cleaned.removed[1].at :] == f"{last}\n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "Leave a comment",
        f"{PARA_A}\r\n\r\nTweet\r\n\r\n{PARA_B}\r\n",
        f"\n\nShare\n\n{PARA_A}\n-\n\n\nComments\nNo comment\n\n",
        f"{PARA_A}\nSign up for our newsletter\nDaily Brief\n\n{PARA_B}",
    ],
)
def test_restore_rebuilds_the_input_exactly(text: str) -> None:
    assert restore(clean_text(text)) == text


def test_restore_on_hand_built_cleaned() -> None:
    from storyline.records import Removal

    cleaned = Cleaned("AC", (Removal(1, "b", "x"), Removal(1, "B", "y"), Removal(2, "D", "z")))
    assert restore(cleaned) == "AbBCD"


# ---------------------------------------------------------------- repeated lines


def test_repeated_short_line_is_cut_but_repeated_prose_is_kept() -> None:
    recurring = {"Exclusive to Example Daily", PARA_B}
    cleaned = clean_text(f"{PARA_A}\nExclusive to Example Daily\n{PARA_B}\n", repeated=recurring.__contains__)
    assert cleaned.text == f"{PARA_A}\n{PARA_B}\n"
    assert [r.reason for r in cleaned.removed] == ["repeated-line"]


def test_looks_like_prose() -> None:
    assert looks_like_prose("There are different possible explanations.")
    assert not looks_like_prose("Exclusive to Example Daily")
    assert not looks_like_prose("Done.")


# ---------------------------------------------------------------- the bundled samples


def test_sample_000_keeps_dateline_and_loses_embeds(seed_texts: dict[str, str]) -> None:
    raw = seed_texts["000_8b652497d7afaf90"]
    _, body = title_from_plaintext(raw)
    cleaned = clean_text(body)
    assert cleaned.text.startswith("17.10.2025 U.S. President Donald Trump")
    assert "widgets.js" not in cleaned.text
    assert "Leave a comment" not in cleaned.text
    assert "The Russian leader said he and Trump both agreed" in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["embed-url"] * 3 + ["comment-prompt"]
    assert restore(cleaned) == body


def test_sample_001_loses_furniture_and_keeps_story(seed_texts: dict[str, str]) -> None:
    raw = seed_texts["001_6a2d32f898ed2bf5"]
    _, body = title_from_plaintext(raw)
    cleaned = clean_text(body)
    text = cleaned.text
    for gone in (
        "Latest stories",
        "US FDA won't tell you if a contaminated factory made your pills",
        "Sign up for one of our free newsletters",
        "Start your day right with Asia Times' top stories",
        "A weekly roundup",
        "Click to share on",
        "LinkedI\n",
        "Prin\n",
        "Legal Disclaimer",
        "without warranty",
        "kindly contact the provider",
        "An account was already registered",
        "No comment",
    ):
        assert gone not in text, gone
    for kept in (
        "There are different possible explanations.\n",
        "Maria Zakharova\n",
        "Here is the official Treasury Department statement (in part):",
        "Most likely, to really work, beyond the mapping",
        "A big-picture notion is that Russia is trying to support",
        "Looking aheadThe Russian army",
    ):
        assert kept in text, kept
    # the author's note (biography and where the copy first ran) is about the copy, not the story
    note = next(r for r in cleaned.removed if r.reason == "author-note")
    assert note.text.startswith("Asia Times senior correspondent Stephen Bryen is a former US deputy undersecretary")
    assert "It is republished with permission." in note.text
    assert text.endswith("by the parties involved in the conflict.\n")
    assert restore(cleaned) == body


# ---------------------------------------------------------------- LineStats


def test_linestats_counts_each_line_once_per_article() -> None:
    stats = LineStats(width=1 << 12)
    for _ in range(3):
        stats.add("example.com", "Exclusive to Example Daily\nExclusive to Example Daily\nOther line here")
    stats.add("other.org", "Exclusive to Example Daily")
    assert stats.count("example.com", "Exclusive to Example Daily") == 3
    assert stats.repeated("example.com", "Exclusive to Example Daily")
    assert not stats.repeated("example.com", "Exclusive to Example Daily", min_articles=4)
    assert stats.count("other.org", "Exclusive to Example Daily") == 1
    assert not stats.repeated("other.org", "Exclusive to Example Daily")
    assert stats.articles == 4


def test_linestats_memory_is_fixed_whatever_the_corpus() -> None:
    stats = LineStats(width=1 << 10, depth=4)
    before = stats.nbytes
    for i in range(2000):
        stats.add(f"site{i % 7}.com", f"Line number {i}\nShared footer line\n")
    assert stats.nbytes == before == 4 * (1 << 10) * 4
    assert stats.count("site0.com", "Shared footer line") >= 286  # never an undercount
    assert stats.predicate("site0.com")("Shared footer line")


def test_linestats_is_deterministic_and_mergeable() -> None:
    a, b = LineStats(width=1 << 12), LineStats(width=1 << 12)
    a.add("s", "Footer text")
    b.add("s", "Footer text")
    b.add("s", "Footer text")
    assert (a.table == LineStats(width=1 << 12).table).sum() < a.table.size  # something was counted
    a.merge(b)
    assert a.count("s", "Footer text") == 3
    with pytest.raises(ValueError):
        a.merge(LineStats(width=1 << 10))


def test_candidate_lines_skip_prose_and_duplicates() -> None:
    text = f"Share this\n{PARA_A}\nShare this\n\n  Daily Brief  \n"
    assert candidate_lines(text) == ["Share this", "Daily Brief"]


OTHER_SITE_BLOCKS = [
    ("Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...", {"share-button"}),
    ("Related Topics\nUkraine war\nRussia", {"related-links"}),
    ("Most Read\n1\nFloods hit the delta\n2\nBank holds rates", {"related-links"}),
    ("You may also like\nInside the race to rebuild the grid\nThe town that refused to leave", {"related-links"}),
    ("Subscribe\nEnter your email address\nBy signing up, you agree to our Terms of Use.", {"newsletter-prompt"}),
    ("This website uses cookies. By continuing to browse this site, you agree to our use of cookies.\nAccept", {"cookie-notice"}),
    ("Advertisement\nScroll to continue reading", {"advertisement"}),
    ("Join the conversation\nComments are closed.", {"comment-prompt"}),
    ("Listen to this article\nFollow us on Google News", {"navigation", "social-follow"}),
    ("Explore more on these topics\nInterest rates\nInflation", {"related-links"}),
    ("Most Read from Example News\nWhy the yen matters again\nThe fund with a new problem", {"related-links"}),
    (
        "To contact the reporter on this story:\nJon Smith in Singapore at jsmith@example.net\n\n"
        "To contact the editors responsible for this story:\nAlex Long at along@example.net",
        {"staff-credit"},
    ),
    ("Image caption,\nFirefighters battle the blaze near the village on Monday", {"image-caption"}),
    ("Media enquiries\nJane Doe, press officer\n+44 20 7946 0000\npress@ministry.example.org", {"press-contact"}),
    ("https://www.youtube.com/embed/abc123", {"embed-url"}),
]


@pytest.mark.parametrize(("block", "reasons"), OTHER_SITE_BLOCKS)
def test_other_sites_widgets_are_cut_whole(block: str, reasons: set[str]) -> None:
    cleaned = clean_text(_wrap(block))
    assert cleaned.text == f"{PARA_A}\n\n{PARA_B}\n"
    assert {r.reason for r in cleaned.removed} == reasons


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Firefighters work at the site of a drone strike in Kyiv",
        "Discussion",
        "More",
    ],
)
def test_captions_credits_and_ambiguous_words_are_kept(line: str) -> None:
    assert clean_text(_wrap(line)).removed == ()


def test_reporter_email_signup_is_cut() -> None:
    line = "Sign up to get an email from reporter Jane Doe when she publishes a new story."
    assert _cut_reasons(_wrap(line)) == ["newsletter-prompt"]


# ---------------------------------------------------------------- the page header in the copy


def test_byline_and_bare_date_in_head_are_cut_and_restorable() -> None:
    text = f"Share this article\nFacebook\nTwitter\n\nBy Hannah Keller\n\nTue 10 Mar 2026 14.05 GMT\n\n{PARA_A}\n\n{PARA_B}\n"
    cleaned = clean_text(text)
    assert cleaned.text == f"{PARA_A}\n\n{PARA_B}\n"
    assert [r.reason for r in cleaned.removed] == ["share-button", "byline", "page-date"]
    assert restore(cleaned) == text
    assert restore_some(cleaned, ["byline", "page-date"]) == f"By Hannah Keller\n\nTue 10 Mar 2026 14.05 GMT\n\n{PARA_A}\n\n{PARA_B}\n"


def test_date_line_deep_in_the_body_is_kept() -> None:
    # a bare date further down may head a live-blog entry: only the page header's date line goes
    lines = [f"Paragraph {k}: the officials met again and agreed to continue talks." for k in range(8)]
    text = "\n\n".join([*lines, "Tuesday 10 March 2026", PARA_B]) + "\n"
    assert clean_text(text).removed == ()


def test_name_with_role_in_head_is_a_byline() -> None:
    text = f"Thomas Reid, Economics Editor\n\n{PARA_A}\n"
    cleaned = clean_text(text)
    assert cleaned.text == f"{PARA_A}\n"
    assert [(r.reason, r.text) for r in cleaned.removed] == [("byline", "Thomas Reid, Economics Editor\n\n")]


def test_leading_boilerplate_end_skips_menus() -> None:
    text = "Skip to main content\nMenu\n\nSearch\nCentral bank holds rates\n\nBody.\n"
    assert text[leading_boilerplate_end(text) :].startswith("Central bank holds rates")
    assert leading_boilerplate_end("Headline\n") == 0


def test_one_line_page_header_with_segments_is_cut_in_head() -> None:
    header = "Maya Singh · Example News · Posted: Mar 04, 2026 5:12 PM EST | Last Updated: March 4"
    cleaned = clean_text(f"{PARA_A}\n\n{header}\n\n{PARA_B}\n")
    assert cleaned.text == f"{PARA_A}\n\n{PARA_B}\n"
    assert [(r.reason, r.text.strip()) for r in cleaned.removed] == [("page-date", header)]
    # a sentence with a middle dot is not a header
    prose = f"{PARA_A}\n\nThe vote · held on 4 March 2026 · was close, officials said.\n"
    assert clean_text(prose).removed == ()
