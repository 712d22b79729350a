"""Boilerplate out of scraped plain text, with every cut kept so nothing is lost.

Scrapers that flatten a page to text leave the page furniture in: share buttons, newsletter boxes,
comment prompts, "latest stories" lists, syndicators' legal disclaimers, embed script URLs. They are
not part of the story and they poison every later stage (a headline list is read as sentences, a
disclaimer as a quote). The rules here look at one line and its neighbours, using only generic UI
vocabulary, so they carry over to sites never seen. When a rule is unsure it keeps the line: a lost
sentence of the story costs more than a stray button label.

Everything cut becomes a ``Removal`` whose ``at`` is its offset in the clean text, so ``restore``
rebuilds the input exactly and a user can always see what was taken out and why.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.ingest.lexicon import phrase_list, phrase_pattern
from storyline.ingest.metadata import byline_from_text
from storyline.records import Removal

__all__ = [
    "Cleaned",
    "LineStats",
    "candidate_lines",
    "clean_text",
    "leading_boilerplate_end",
    "looks_like_prose",
    "restore",
    "restore_some",
]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The clean text and the blocks cut from it, in text order."""

    text: str
    removed: tuple[Removal, ...]


# ---------------------------------------------------------------- line vocabulary

_I = re.IGNORECASE
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SOCIAL = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest",
    "tumblr", "threads", "bluesky", "mastodon", "flipboard", "pocket", "messenger", "email",
    "e-mail", "mail", "print", "sms", "copy link", "copy url", "share", "tweet", "more", "vk",
    "line", "viber", "skype", "digg", "mix", "weibo", "wechat",
)  # fmt: skip
_SOCIAL_ALT = "|".join(re.escape(s) for s in sorted(_SOCIAL, key=len, reverse=True))
# names that, standing alone on a line, can only be a button (not "More", "Line", "Threads", "Pocket")
_BUTTONS = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "tumblr",
    "bluesky", "mastodon", "flipboard", "email", "e-mail", "print", "copy link", "copy url", "share",
    "tweet", "messenger", "weibo", "wechat", "vk",
)  # fmt: skip
_BUTTONS_ALT = "|".join(re.escape(s) for s in sorted(_BUTTONS, key=len, reverse=True))

_BUTTON_ROW_ITEM = rf"(share (on|via|to) )?({_BUTTONS_ALT})|copy (the )?(link|url)"
_SHARE = [
    re.compile(r"^click to (share|email|e-mail|print|post|tweet|pin|copy)\b.{0,80}$", _I),
    re.compile(r"^.{0,80}\(opens in (a )?new (window|tab)\)$", _I),
    re.compile(
        rf"^(share|share (this|the) (article|story|page|post|video)|share (on|via|to|with) ({_SOCIAL_ALT})"
        rf"|share this|tweet( this)?|print( this (article|page|story))?|email( this (article|page|story))?"
        rf"|e-mail|pin it|copy (the )?(link|url)|link copied|({_BUTTONS_ALT})|like this|like loading\W*"
        rf"|loading\W*|share (this )?(article|story) on|social sharing)\s*[:.…]*$",
        _I,
    ),
    re.compile(rf"^share (on|via) ({_SOCIAL_ALT})(\s*(,|and|/|\|)\s*({_SOCIAL_ALT}))*\s*$", _I),
    # a row of buttons flattened onto one line: "Share on Facebook Share on X Copy link"
    re.compile(rf"^({_BUTTON_ROW_ITEM})(\s*[,/|·•]?\s*({_BUTTON_ROW_ITEM}))+\W*$", _I),
]
_FOLLOW = re.compile(
    rf"^(follow|like|join) (us|[\w. ]{{1,40}}) on ({_SOCIAL_ALT}|google news|instagram|youtube|tiktok)"
    rf"([ ,/&|]+(and )?({_SOCIAL_ALT}|google news|instagram|youtube|tiktok))*"
    r"( (for|to get) (the )?(latest|more|breaking|all the latest)?\s?(news|updates|stories|coverage|alerts))?\W*$",
    _I,
)
# "Follow Al Jazeera English:", "Follow us": the label over a row of social icons the scrape dropped; only a
# whole line that ends there (a colon, or "us" alone), so a sentence that starts with "Follow" stays
_FOLLOW_LABEL = re.compile(r"^(follow|like|join) (us|[\w.'’& ]{1,40}?)( on)?\s*:$|^follow us\W*$", _I)
# "Follow AP's climate coverage at https://...": a promotion of the outlet's other pages
_FOLLOW_COVERAGE = re.compile(r"^(follow|read|see|find|get) (more of )?.{1,60}\b(coverage|updates|reporting|stories|news)( of .{1,40})? (at|on|here)\b.{0,12}\S+$", _I)
_NEWSLETTER = [
    re.compile(
        r"^(sign[- ]?up|subscribe|register|join|get|receive|enter your e-?mail|don'?t miss|stay (informed|updated|up to date))"
        r"\b.{0,120}\b(newsletters?|inbox|e-?mail (alerts|updates|briefing)|briefings?|digest)\b.{0,80}$",
        _I,
    ),
    re.compile(r"^.{0,60}\bour (free |daily |weekly )*newsletters?\b.{0,80}$", _I),
    # a promo box flattened with its label: "Newsletter: Get the day's top stories in your inbox ... Sign up here."
    re.compile(r"^newsletters?\s*[:|–—-]\s*\S.{0,160}$", _I),
    re.compile(
        r"^(sign[- ]?up|subscribe|register)\b.{0,40}\b(to get|to receive|for)\b.{0,60}"
        r"\b(e-?mails?|alerts|updates|notifications)\b.{0,80}$",
        _I,
    ),
    re.compile(r"^(subscribe|sign[- ]?up)( now| today| here| for free)?\W*$", _I),
    # the box's label left alone on its line ("NEWSLETTER"), and a mailing-list call ("Join the
    # example.org mailing list |"): a short line that is only the call
    re.compile(r"^newsletters?\W*$", _I),
    re.compile(r"^(join|subscribe to|sign up (for|to)) (the |our )?[\w.&'’ -]{0,40}\bmailing list\W*$", _I),
    re.compile(r"^click here to (subscribe|sign up|register)\b.{0,100}$", _I),
    re.compile(r"^(thank you|thanks) for (subscribing|signing up)\b.{0,80}$", _I),
    re.compile(r"^by (signing up|subscribing|clicking (sign up|subscribe)),? you agree\b.{0,200}$", _I),
    re.compile(r"^(your )?e-?mail( address)?\s*\*?:?$", _I),
    re.compile(r"^enter your e-?mail( address)?\b.{0,60}$", _I),
]
_COMMENT = [
    re.compile(
        r"^(leave a (comment|reply)|comments?|no comments?( yet)?|\d+ comments?|comments? \(\d+\)|add (a|your) comment|post a comment"
        r"|join the (conversation|discussion)|(show|view|load|hide|read|see) (all )?comments?|comments are closed"
        r"|be the first to comment|reply|report abuse|comment on this (article|story)|have your say|comments? \d{1,4})\W{0,3}$",
        _I,
    ),
    re.compile(r"^(sign|log) ?(in|up|on)( here)? to (comment|reply|join the (conversation|discussion)|post)\b.{0,160}$", _I),
    re.compile(r"^you must be (logged|signed) in to (post|leave|add) a comment\b.{0,40}$", _I),
    # the comment form's note under its e-mail field
    re.compile(r"^your e-?mail( address)? will not be (published|shared|displayed)\b.{0,60}$", _I),
    re.compile(r"^to (comment|leave a comment|join the discussion),? (please )?(sign|log) ?(in|up)\b.{0,80}$", _I),
    # a station's note over its comment box: "... is committed to providing a forum for civil and
    # constructive conversation.", "Please keep your comments respectful and relevant. You can review
    # our Community Guidelines by clicking here"
    re.compile(r"^.{0,60}\bis committed to (providing|offering) a forum for\b.{0,60}\b(conversation|discussion|debate)\W{0,3}$", _I),
    re.compile(r"^please keep (your |all )?comments\b.{0,160}$", _I),
    re.compile(r"^(you can )?(review|read|see) our community (guidelines|standards|rules)\b.{0,60}$", _I),
    # the call for readers' story ideas and tips under it: "If you would like to share a story idea,
    # please submit it here.", "Have a news tip? Send it to ..."
    re.compile(r"^if you (would like|want|wish) to (share|submit|send( us)?) a (story idea|news tip|tip)\b.{0,80}$", _I),
    re.compile(r"^(have|got) a (news |story )?(tip|story idea)\?.{0,100}$", _I),
]
_ACCOUNT = [
    re.compile(r"^(thank you|thanks) for registering\b.{0,120}$", _I),
    re.compile(r"^an account (was|is|has been) already registered\b.{0,160}$", _I),
    re.compile(r"^please check your (inbox|e-?mail)\b.{0,120}$", _I),
    re.compile(r"^(sign|log) ?(in|on) to (an|your) (existing )?accou?n?t?\b.{0,80}$", _I),
    re.compile(r"^(forgot|reset) (your )?password\??$", _I),
    re.compile(r"^(create|register) (an|a free|your) account\b.{0,80}$", _I),
    re.compile(r"^(already (have an account|a subscriber|registered)\??)( (sign|log) ?in\W*)?$", _I),
]
_RELATED_HEADING = re.compile(
    r"^(latest( stories| news| articles| posts| videos)?|related( stories| articles| news| content| coverage| posts| topics| reading)?"
    r"|read (more|also|next)|more (from|on|in|about) .{1,40}|more (stories|news|articles|headlines)"
    # the heading of a syndicating site's box of its source's headlines: "Read more from The
    # Washington Post" over three titles, none of them this story
    r"|read more (from|on|at|by) .{1,40}"
    r"|you (may|might) (also )?(like|be interested in|have missed)|recommended( for you| stories| reading)?"
    r"|most (read|popular|viewed|shared)( (from|on|in) .{1,40})?|trending( now| stories| news)?|see also|also read|don'?t miss"
    r"|top stories|editor'?s picks?|what to read next|popular( now| stories)?|in other news|further reading"
    r"|recent posts|other stories|more stories like this|up next|watch next|keep reading|(go to|watch|play) (the )?video)\s*:?$",
    _I,
)
_RELATED_INLINE = re.compile(
    r"^(read more|read also|also read|see also|related|more|recommended|watch|listen)\s*[:|»>–—-]\s*\S.{0,150}$", _I
)
# the label of a linked story run into its title with spaces alone; only labels no sentence opens with
_RELATED_SPACED = re.compile(r"^(?:see also|also see|also read|read also)\s+(?P<title>\S.{0,150})$", _I)
_LEGAL_HEADING = re.compile(r"^(legal )?disclaimer\s*:?\s*$", _I)
_LEGAL_LEAD = re.compile(r"^(legal )?disclaimer\s*:\s*\S", _I)
_LEGAL_BODY = re.compile(
    r"(provides? (the|this) information\W{0,3}(\"|“)?as is(\"|”)?\W{0,3}without warranty"
    r"|without warranty of any kind"
    r"|(do|does) not accept any responsibility or liability"
    r"|kindly contact the provider"
    r"|views (and opinions )?expressed (in this (article|content|piece)|herein) .{0,80}do not (necessarily )?reflect"
    r"|not (be )?(held )?(responsible|liable) for the (content|accuracy) of (this|the) (article|press release|information))",
    _I,
)
_LEGAL_HINTS = ("warrant", "liab", "responsib", "kindly contact", "expressed")  # cheap gate before _LEGAL_BODY
_URL_LINE = re.compile(r"^<?((https?:)?//|www\.)[^\s<>]+>?$", _I)
_EMBED_HOSTS = re.compile(
    r"^(https?:)?//(www\.)?(platform\.twitter\.com|twitter\.com|x\.com|pic\.twitter\.com|cdn\.syndication\.twimg\.com"
    r"|instagram\.com|connect\.facebook\.net|facebook\.com/plugins|youtube\.com/embed|youtube-nocookie\.com"
    r"|player\.vimeo\.com|tiktok\.com/embed|telegram\.org/js|assets\.pinterest\.com|platform\.linkedin\.com"
    r"|w\.soundcloud\.com|datawrapper\.dwcdn\.net|flo\.uri\.sh|public\.flourish\.studio|e\.infogram\.com"
    r"|googletagmanager\.com|google-analytics\.com|s\.imgur\.com|(embed|widgets?|players?)\.[\w.-]+)(?=[/:?#>]|$)",
    _I,
)
# An embedded social post as a page flattens it into text: the post's words ending in its picture
# link ("... every one of you. pic.twitter.com/hys5Tbv"), then its signature, a dash with the
# account's name, handle and day ("— Israel (@Israel) January 19, 2025"). Neither is the report's
# prose, and with no full stop of their own they run into the next paragraph's first sentence.
_POST_PICTURE_END = re.compile(r"(?:^|\s)pic\.twitter\.com/\w+$", _I)
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*\S.{0,80}\(@\w{1,30}\)\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})$"
)
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_SCRIPT_URL = re.compile(r"\.js([?#]\S*)?>?$", _I)
_COOKIE = [
    re.compile(r"\b(we|this (web)?site|our (web)?site|this page) uses? cookies\b", _I),
    re.compile(r"^.{0,80}\bcookie (policy|settings|preferences|consent|notice)\b.{0,120}$", _I),
    re.compile(r"^(accept|reject|allow|manage|decline)( all| necessary| essential)?( cookies)?\W*$", _I),
    re.compile(r"^by (continuing to )?(use|using|browse|browsing) (this|our) (web)?site\b.{0,200}$", _I),
    re.compile(r"^.{0,40}\bcookies (help|helps|allow|enable|are used to)\b.{0,80}\b(services?|experience|site|website|content)\b.{0,80}$", _I),
]
_SEPARATOR = re.compile(r"^[-–—_•|·=~]+$")
# A page's own code leaking into its copy: a style rule ("x .layout-ratio{ padding-bottom: 79.13%; }",
# "@media (min-width: 768px) { ... }") or a template placeholder the page never filled
# ("{{ articles_filter_1561_widget.title }}"). Prose has no "{ property: value; }" and no "{{ }}"; read as
# copy, a style rule's numbers come out as figures ("79.13 percent") and its words as sentences.
_STYLE_RULE = re.compile(r"^[.#@]?[\w-][^{}]*\{\s*(?:[.#]?[\w-]+[^{}]*\{\s*)?[a-z-]+\s*:\s*[^{};]+;")
_TEMPLATE_TAG = re.compile(r"^(?:\{\{.*\}\}|\{%.*%\})$")
# the same rules spread over lines, as a page's style sheet leaks once its braces are stripped: a selector
# opening a block (".bio-text, .twitter-bio {", "@media screen and (max-width: 600px) {") and one
# declaration a line ("font-size:15px;", "text-align: left;")
_STYLE_SELECTOR = re.compile(r"^(?:@media\b[^{}]*|[.#][\w-]+(?:[\s,>+~]*[.#]?[\w-]+)*)\s*\{$")
_STYLE_DECLARATION = re.compile(r"^-?[a-z]+(?:-[a-z]+)*\s*:\s*[^:;{}]{1,60}?;$")
_PHOTO_CREDIT = re.compile(
    r"^[(\[]?(photo|photograph|image|picture|pic|illustration|graphic|video|file photo|cover photo|main image|top image)s?"
    r"( credits?| courtesy| source)?\s*(:|/|\||©|by\b)\s*\S.{0,100}$",
    _I,
)
_CREDIT_ONLY = re.compile(r"^(\(|\[)?(©|\(c\)|credit:|copyright ©?)\s*\S.{0,60}(\)|\])?$", _I)
_ADVERT = re.compile(
    r"^(advertisement|advertisment|sponsored( content)?|ad|ads|paid content|promoted( content)?"
    r"|(story|article) continues (below|after) (this )?(advertisement|ad)|scroll (down )?to continue( reading)?"
    r"|continue reading( below)?|skip (the )?ad|ad feedback|report this ad|hide (this )?ads?|close ad|remove ads"
    # an ad slot's name left by the scrape: "Top Header Ad", "Sidebar ad", "Inline Ad 2"
    r"|((top|bottom|header|footer|sidebar|side|inline|mid|middle|in-article|sticky|leaderboard|banner)\s+){1,3}ad( \d{1,2})?)\W*$",
    _I,
)
_NAVIGATION = re.compile(
    r"^(skip to (main )?(content|navigation|search)|back to top|go to top|menu|search|close|home|toggle navigation"
    r"|open menu|close menu|next article|previous article|prev|next|listen to (this )?article(\s*\d+ min\w*)?"
    r"|audio|font size|text size|print article|save( article| for later)?|bookmark|gift (this )?article"
    r"|reuse this content|reprints( and| &) permissions|purchase licensing rights|report (an error|a correction|a typo)"
    r"|(is this page useful|was this (article|page) (useful|helpful))\??( yes( no)?)?)\W*$",
    _I,
)
_COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright)\s*(\d{4}[-–]?\d{0,4})?.{0,100}\ball rights reserved\b.{0,240}$|^all rights reserved\W*$"
    # the licence sentence a wire service appends to its copyright line
    r"|^(this|the) (material|article|content|story) may not be (re)?published\b.{0,160}$"
    # a syndication note that ends in the copyright line: "... republished here under a licence. All
    # rights reserved. © 2026 Wire Media Ltd."
    r"|^.{0,200}\ball rights reserved\W{1,3}(©|\(c\)|copyright\b).{0,100}$",
    _I,
)
# The note on where this copy comes from, often with the author's biography in the same paragraph
# ("Stephen Bryen is a former US deputy undersecretary of defense. This article was originally
# published on his Substack newsletter. It is republished with permission."): about the copy, not
# the story, and read as a claim or a list of names if kept. Only notes about "this article" count.
_AUTHOR_NOTE = re.compile(
    r"\b(this|the above) (article|story|piece|column|report|commentary|op-ed|essay|analysis) (was|is|has been)"
    r" (originally |first )?(published|produced|written|posted)\b.{0,200}"
    r"\b(republished|reproduced|reprinted|with permission|syndication|under (a|an) licen[cs]e)\b"
    r"|^(the )?views expressed (here |herein |in this (article|column|piece) )?(are|is) (solely |entirely )?"
    r"(those )?of the (author|writer)s?\b"
    r"|\. views expressed (here |herein |in this (article|column|piece) )?(are|is) (solely |entirely )?"
    r"(those )?of the (author|writer)s?\b"
    # a syndication note that names no licence: "This article has been syndicated from AFP." and
    # the host's disclaimer beside it, "The views expressed do not necessarily reflect those of
    # this publication." Only notes about this copy, and only the host's own views, count
    r"|^(this|the above) (article|story|piece|column|report|content) (was|is|has been) (syndicated|distributed|supplied)"
    r" (from|by|via|through) [^.]{1,80}\.?\s*($|(the )?(views|opinions) expressed)"
    r"|^(the )?(views|opinions) expressed (here |herein |in this (article|column|piece|story) )?(do|does) not necessarily"
    r" (reflect|represent) (those|the views|the (editorial )?(position|policy|views)) of (this|the) (publication|website|site|newspaper|publisher|editors?)\b"
    # the host's notes on how it took the copy: "This story is published from a wire agency feed
    # without modifications to the text.", "This article was translated from German." (alone on
    # its line: "The report was translated from German by the embassy and shows ..." is prose)
    r"|^(this|the above) (article|story|piece|report|content) (is|was|has been) (auto-generated and )?published"
    r" from an? (wire|news|syndicated) (agency )?feed\b"
    r"|^(this|the above) (article|story|piece|report|interview) (is|was|has been) translated from [A-Z][a-z]+"
    r"( by [^.]{1,40})?\.?$",
    _I,
)
# a cheap substring gate before the author-note pattern: each of its branches holds one of these
_AUTHOR_NOTE_WORDS = ("publish", "expressed", "syndicated", "distributed", "supplied", "translated")
# An outlet's notes on its own copy, closing a wire story: the agencies it drew on ("Source: Al Jazeera
# and news agencies", "Sources: Reuters, AFP"), its standards ("Our Standards: The Thomson Reuters
# Trust Principles.") and its funders ("The Associated Press receives financial support for global
# health coverage in Africa. The AP is solely responsible for all content."). Read as text they give
# the outlet a claim and its principles a name; only a line of capitalised names after "Source:"
# counts, so "Source: the ministry said" or a chart's "Source: Ministry of Health data" stay. Its
# self-description too ("The Associated Press is an independent global news organization dedicated
# to factual reporting."): a capitalised name, "is a/an ... news organization/agency ... dedicated
# to", which a story about a newsroom does not write as a line of its own.
_OUTLET_NOTE = re.compile(
    r"^our (editorial )?standards\s*:.{0,80}$"
    r"|^(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,5}\s+is\s+an?\s+[\w ,-]{0,60}?"
    r"\b(?:news|media)\s+(?:organi[sz]ation|agency|cooperative|co-operative|outlet|service)\s+dedicated\s+to\b.{0,300}$"
    r"|^sources?\s*:\s*(?:(?-i:[A-Z])[\w.&'’-]*(?:,?\s+|$))+(?:(?:and|&)\s+(?:other\s+)?(?:news\s+)?agencies\.?)?$"
    r"|\breceives? (?:financial )?support\b.{0,200}\bis solely responsible for all content\.?$",
    _I,
)
# "© Agence France-Presse", "Copyright 2026 Example Media": a copyright sign and a name, nothing else
_COPYRIGHT_NAME = re.compile(r"^(©|\(c\)|copyright\b)\s*(©\s*)?(\d{4}[-–]?\d{0,4},?\s*)?([A-Z][\w&.'’-]*\s*){1,6}\.?$")

# ---- newsroom trailers: who reported and edited the story, not the story
_CREDIT_ROLE = phrase_pattern("credit_roles.txt")
_STAFF_CREDIT_PART = re.compile(rf"^(and\s+)?{_CREDIT_ROLE}\s+by\s+(?P<names>\S.*)$", _I)
_NAME_GLUE = {"in", "and", "at", "from", "with", "for", "of", "the", "de", "da", "di", "del", "van", "von", "der", "den", "al", "el", "bin", "le", "la", "du", "staff"}  # fmt: skip
_CONTRIBUTED = re.compile(
    r"^[A-Z].{0,160}?\b(also )?contributed\s+(reporting|(additional |further )?reporting (to|for) (this|the) (report|story|article)"
    r"|to (this|the) (report|story|article))(\s+from\s+[A-Z][\w.'’-]*(,?\s+(and\s+)?[A-Z][\w.'’-]*){0,5})?\.?$"
)
# "Klein reported from Minneapolis.": where a co-writer filed from, under agency copy
_REPORTED_FROM = re.compile(r"^[A-Z][\w'’.-]+(\s+[A-Z][\w'’.-]+){0,3}\s+(also\s+)?reported\s+(this story\s+)?from\s+[A-Z][\w.'’-]*(,?\s+(and\s+)?[A-Z][\w.'’-]*){0,4}\.$")
_CONTACT_REPORTER = re.compile(
    r"^to contact the (reporters?|editors?|authors?|writers?)\b.{0,40}\b(story|article|report)\b\s*:?.{0,160}$", _I
)
# an agency's desk tag under its copy: initials of writer and editors ("ew-jm/bp", "burs-ach/sst")
_WIRE_TAG = re.compile(
    r"^(burs?-)?[a-z]{2,4}(-[a-z]{2,4})*/[a-z]{2,4}(/[a-z]{2,4})*"
    # the agencies a desk drew on, after its tag: "mkg/hc (Reuters, AFP, dpa)"
    r"(\s*\((?:[A-Za-z]{2,8}(?:,\s*|\s+and\s+|(?=\))))+\))?$"
    # the same initials in capitals, three groups or more so "AC/DC" or "HIV/AIDS" never match: "GMA/AB/SL"
    r"|^(?-i:[A-Z]{2,4}(/[A-Z]{2,4}){2,})$"
)
# A wire story's version note, the line under an "UPDATE 2-" headline that says what this version
# changed: "(Adds results delay, auditor statement, paragraphs 7-9)", "(Updates with closing prices)",
# "(Recasts with minister's comments)", "(Corrects spelling of name in paragraph 4)", "(Refiles to fix
# typo in headline)". It is the desk's note to clients, wholly in brackets and opening with an editing
# verb; left in, its words read as a report ("auditor statement ... adds results delay") and its
# paragraph numbers as figures. A note never ends as a sentence does ("(Updates are due later.)" stays).
_VERSION_NOTE = re.compile(
    r"^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|writes through|moves|removes"
    r"|fixes|inserts|deletes|clarifies|amends|replaces|tops)\b[^()]{0,200}(?<![.!?])\)$",
    _I,
)

# ---- the page's own date and reading time, flattened into the copy
_DATE_LABEL = re.compile(
    r"^((first|originally)\s+)?(published|posted|updated|last updated|last modified|modified|date|created)"
    r"(\s+(on|at))?\s*[:\-–—]?\s*",
    _I,
)
_DATE_TOKEN = re.compile(
    r"(\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d\d([:.]\d\d)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\.?"
    r"|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
    r"|[ap]\.?m\.?|[+-]\d\d:?\d\d|utc|gmt|at|on|of|ago|just|now|today|yesterday|an?|one"
    r"|(second|sec|minute|min|hour|hr|day|week|month|year)s?"
    r"|(first |originally )?(published|posted|updated|last updated|last modified|modified))\.?,?",
    _I,
)
_ZONE = re.compile(r"[A-Z]{2,5}[.,]?")  # time zones are written in capitals ("EST", "CET", "ET")
_DATE_SEPARATORS = re.compile(r"[\s|•·,/()–—-]+")
_READING_TIME = re.compile(
    r"^(\d{1,3}\s*(-|–)?\s*(min|mins|minutes?)\s*(read|reading|listen|watch)|(estimated )?reading time\s*:?\s*\d{1,3}\s*(min|mins|minutes?))\W*$",
    _I,
)

# ---- image captions left in pasted copy
# "Image caption," "Image source, EPA": the labels screen readers announce; a bare label owns the next line
_IMAGE_LABEL = re.compile(r"^(image|photo|picture|video|media|graphic)\s+(caption|source|credit|description)s?\s*[,:]\s*(?P<rest>.{0,250})$", _I)
# a line that ends with a photo credit ("... on Tuesday. (Photo by A. Brown/Getty Images)") is a caption
_CAPTION_CREDIT = re.compile(
    r"([(\[]\s*([A-Z][\w&.-]*\s+){0,3}(?i:photo|photograph|image|picture|pic|file photo|photo illustration|credit)s?"
    r"(\s+(?i:by)\b|\s*:|\s*/)\s*[^()\[\]]{2,80}[)\]]"
    r"|\s(?i:photograph|photo|image|picture)s?\s*:\s*[A-Z][^.!?:]{1,80})\s*$"
)

_CAPTION_WORDS = ("photo", "image", "picture", "pic", "credit")
# A wire picture's caption as Reuters sets it (``_WIRE_CAPTION_HINTS``: a cheap gate before the pattern,
# which is tried on every line): "FILE PHOTO: South Korean tanks fire ... April 21,
# 2017. REUTERS/Kim Hong-Ji/File Photo", "... August 23, 2016. Courtesy Ken Scar/Handout via REUTERS":
# it opens with "FILE PHOTO:" or ends with the agency's credit in capitals. Kept, its date (often years
# old) dated an undated report and its scene became events.
_WIRE_CAPTION = re.compile(
    r"^(?i:file photo)\s*:\s*\S.{0,400}$"
    r"|^.{10,400}(?:\b(?:REUTERS|AFP|EPA|AP)/[\w .'’-]{2,60}(?:/(?i:file photo|pool|handout))?|\bvia REUTERS)\s*$"
)
_WIRE_CAPTION_HINTS = ("reuters", "afp/", "epa/", "ap/", "file photo")  # in the lower-cased line

# ---- topic and tag links, feed footers, press-release contacts
_TOPIC_HEADING = re.compile(rf"^{phrase_pattern('topic_headings.txt')}\s*:?$", _I)
_TOPIC_INLINE = re.compile(rf"^{phrase_pattern('topic_headings.txt')}\s*:\s*\S.{{0,240}}$", _I)
_FEED_FOOTER = re.compile(r"^the post .{1,300} appeared first on .{1,120}$", _I)
_PRESS_CONTACT = re.compile(rf"^{phrase_pattern('press_contacts.txt')}\s*:?(\s*(?P<rest>.{{0,120}}))?$", _I)
_CONTACT_DETAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()-]{6,}\d|^(tel|telephone|phone|mobile|fax|e-?mail)\b", _I)
_END_MARKER = re.compile(r"^(#{3}|-+\s*ends?\s*-+|ends|-\s*30\s*-)$", _I)
_LINK_LABEL = re.compile(r"^.{1,120},\s*opens (in )?(a )?new (tab|window)$", _I)
# a promotion of the outlet's app: "Stay tuned with Example News Android App", "Example App: Read the
# latest news ... Download the Example app now to keep up with breaking news."
_APP_PROMO = re.compile(
    r"^(stay (tuned|connected|updated) with|download|get|install)\b.{0,60}\b(android|ios|iphone|mobile)?\s*app\W*$"
    r"|^.{0,200}\bdownload (the |our )?[\w ]{0,40}\bapp (now|today|for free)\b.{0,160}$",
    _I,
)
# the service that built a page or its widget: "Powered by Example", "Beta V.1.0 - Powered by automated
# translation"; a short line that ends there, never a sentence
_POWERED_BY = re.compile(r"^.{0,40}\bpowered by\s+[\w.&'’ -]{1,40}$", _I)
# A screen reader's mark over a box of headlines, glued by the scrape to the box's first title:
# "list of 4 itemsSomalia bans ..." (the mark's last word runs into a capital). Its count says how
# many titles the box holds.
_GLUED_LIST_MARK = re.compile(r"^list of (?P<n>\d{1,2}) items?(?=[\"'“‘(]?(?-i:[A-Z0-9]))", _I)

# Lines after these openers belong to the same widget while they stay short and unpunctuated.
_BOX_MAX_LINES = 12
_HEADLINE_MAX_LINES = 15
_HEAD_LINES = 6  # the page header (byline, date) stands in the first non-blank lines of the copy


def looks_like_prose(line: str) -> bool:
    """True for a line a writer composed: ends like a sentence and has a few words, or is long.

    Used to refuse the statistical "repeated line" cut, which only knows that a line recurs.
    """
    s = line.strip()
    if len(s) > 120:
        return True
    return bool(_SENTENCE_END.search(s)) and len(s.split()) >= 4


_LIST_MARK = re.compile(r"list of \d{1,2} items?|end of list", _I)


def _is_link_title(s: str) -> bool:
    """A list entry: a title-like line (no final full stop, colon or comma), not a paragraph."""
    if re.fullmatch(r"\d{1,2}[.)]?", s):
        return True  # the rank of a "most read" entry
    if _LIST_MARK.fullmatch(s):
        return True  # a screen reader's marks around a box of headlines: "list of 3 items", "end of list"
    if not 3 <= len(s) <= 160 or s[-1] in ".:;,…" or s.endswith(".”") or s.endswith('."'):
        return False
    first = s.lstrip("\"'“‘([")[:1]
    return first.isupper() or first.isdigit()


# The cut-off blurb a "Related Posts" box prints under each title ("Surgery at the hospital had to be
# cancelled 769 times last year…"): it ends in an ellipsis where the site truncated it.
_TRUNCATED_BLURB = re.compile(r"^\S.{9,300}(…|\.\.\.)$")


def _is_related_entry(s: str) -> bool:
    """A line of a box under a "Related Posts" heading: a title, a dashed title ("- Council asked to
    approve ...", whatever its capitals) or the truncated blurb under one. Such blurbs carry dated
    bylines ("10th March 2018 By ...") that would otherwise date the article and split its story."""
    if _is_link_title(s):
        return True
    m = _DASHED_TITLE.match(s)
    return (m is not None and _is_link_title(m["title"])) or _TRUNCATED_BLURB.match(s) is not None


def _closing_box(lines: Sequence[str]) -> bool:
    """Whether the lines after a related heading are a box that closes the page: its entries (titles,
    times such as "08:11", truncated blurbs) with, under a title, a whole-sentence blurb of the story
    it links to ("Read next" / "08:11" / "JFK investigation" / "Two witnesses testified on April 1,
    2025, ..." / "05:52" / a title cut off mid-word). Such blurbs tell of other stories and carry their
    dates, which would date the article. Only a box running to the end of the copy and ending in an
    entry is taken whole, and a blurb only between a title and another entry: a paragraph after a
    title that ends the page, or that another paragraph follows, is the story going on after the box."""
    if not lines or len(lines) > _HEADLINE_MAX_LINES or not _is_related_entry(lines[0]) or not _is_related_entry(lines[-1]):
        return False
    return all(_is_related_entry(s) or (len(s) <= 300 and _is_link_title(before) and _is_related_entry(after))
               for before, s, after in zip(lines, lines[1:], lines[2:]))


def _is_teaser(s: str) -> bool:
    """A short line of a newsletter or sign-up box (a product name or its one-line pitch)."""
    return len(s) <= 90 and not _SENTENCE_END.search(s) and not s.endswith((":", ";", ","))


# A sign-up box whose call and product name a layout put on two lines ("Sign up for Al Jazeera" over
# "Weekly Newsletter"): neither line alone says newsletter and sign-up, so _NEWSLETTER misses both.
_SIGN_UP_LEAD = re.compile(r"^(sign[- ]?up|subscribe|register)\b", _I)
_NEWSLETTER_NAME = re.compile(r"\b(newsletters?|briefings?|digest)\s*$", _I)


def _split_sign_up(first: str, second: str) -> bool:
    """Whether two consecutive short lines are one sign-up prompt: a call to sign up, then the name of
    what is signed up for (a title-like line ending in "Newsletter", "Briefing" or "Digest")."""
    return (_SIGN_UP_LEAD.match(first) is not None and _is_teaser(first) and _is_teaser(second)
            and _NEWSLETTER_NAME.search(second) is not None)


# The line under a byline that names the writer's outlet and post ("BBC News, Geneva", "Reuters,
# Nairobi", "The Guardian"): a few capitalised words, a comma, no sentence. Only on the very next
# line: after a blank line such a line may open the story ("Geneva, Switzerland" as a dateline).
_AFFILIATION = re.compile(r"(?:[A-Z][\w.&'’-]*\s?){1,4}(?:,\s*(?:[A-Z][\w.'’-]*\s?){1,3})?")


def _byline_affiliation(s: str) -> bool:
    """Whether a line right under a byline is the writer's outlet and post ("BBC News, Geneva"), or
    the writer's job ("Diplomatic correspondent", "Chief economics editor": a few words ending in a
    title of lexicons/byline_roles.txt)."""
    words = s.strip().rstrip(".").split()
    if 1 <= len(words) <= 5 and words[-1].lower().rstrip("s") in _BYLINE_ROLES and not _SENTENCE_END.search(s):
        return True
    return len(s) <= 60 and _AFFILIATION.fullmatch(s.strip()) is not None


_BYLINE_ROLES = frozenset(phrase_list("byline_roles.txt"))
_SECTION_LABELS = frozenset(phrase_list("section_labels.txt"))
# "This article was first published on March 18, 2026.": the page's note on its own history, with no
# outlet named (a credit, "originally published by ProPublica", is read by metadata and kept)
_FIRST_PUBLISHED = re.compile(
    r"^(?:this|the) (?:article|story|piece|report|column|interview) (?:was|has been) (?:first|originally) "
    r"(?:published|posted|printed|broadcast)(?: (?:on|at) [^.]{1,40})?\.?$",
    _I,
)


# The note on who wrote an opinion or analysis piece, closing the copy ("The writer is a former
# foreign minister of Ostrava.", "Miriam Hale is a senior analyst at the Centre for Strategic
# Studies.", "The opinions expressed here are those of the author, a columnist for Reuters."): about
# the writer, not the story; kept, it gives the story a post and a past of the writer's. Only among
# the last lines of the copy, where such notes stand, and only when the line speaks of "the writer"
# ("the author") or of the byline's own name.
_WRITER_NOTE_LINES = 3
_WRITER_NOTE = re.compile(
    r"^(the )?(writer|author|columnist)s? (is|was|are|were) (a|an|the)\b"
    r"|^(the )?(views|opinions)( and (views|opinions))? expressed (here|herein|in this (article|column|piece))? ?"
    r"(are|is) (solely |entirely )?(those )?of the (author|writer)s?\b",
    _I,
)


def _is_writer_note(s: str, author: str | None) -> bool:
    """Whether a closing line is the note on the piece's writer (see ``_WRITER_NOTE``)."""
    if len(s) > 300:
        return False
    if _WRITER_NOTE.match(s):
        return True
    return author is not None and re.match(rf"{re.escape(author)},? (is|was) (a|an|the)\b", s) is not None


def _match(patterns: Iterable[re.Pattern[str]], s: str) -> bool:
    return any(p.search(s) for p in patterns)


def _is_datelike(s: str) -> bool:
    """Whether ``s`` is only a date, time or age ("Tue 10 Mar 2026 14.05 GMT", "3 hours ago"), in any order.

    Every word must be date vocabulary, and a number or "today"/"yesterday" must be among them, so a
    phrase like "published by the ministry" never qualifies.
    """
    words = [w for w in _DATE_SEPARATORS.split(s.strip()) if w]
    if not words or len(words) > 14:
        return False
    if not any(ch.isdigit() for ch in s) and not re.search(r"\b(today|yesterday|just now)\b", s, _I):
        return False
    return all(_DATE_TOKEN.fullmatch(w) or _ZONE.fullmatch(w) for w in words)


def _is_page_date(s: str) -> bool:
    """A line that only states when the page was published or updated ("Published 3 hours ago",
    "Updated 10:45 AM EST, Tue March 3, 2026", "Last modified on Tue 10 Mar 2026 16.40 GMT")."""
    m = _DATE_LABEL.match(s)
    return bool(m) and m.end() < len(s) and _is_datelike(s[m.end() :])


def _is_bare_image_label(s: str) -> bool:
    """ "Image caption," with nothing after it: the caption itself is on the next line."""
    m = _IMAGE_LABEL.match(s)
    return bool(m) and not m["rest"]


_HEADER_SEGMENTS = re.compile(r"\s+[·|•]\s+|\s*\|\s*")


def _is_header_segments(s: str) -> bool:
    """A one-line page header: "Jane Doe · Example News · Posted: Mar 04, 2026 5:12 PM EST | Last Updated: March 4".

    Every segment is a date statement or a short capitalised label (a name, the outlet, a section),
    and at least one is a date statement.
    """
    segs = [x for x in _HEADER_SEGMENTS.split(s) if x]
    if len(segs) < 2 or not any(_is_page_date(x) or _is_datelike(x) for x in segs):
        return False
    return all(
        _is_page_date(x) or _is_datelike(x) or (len(x.split()) <= 5 and x[:1].isupper() and not _SENTENCE_END.search(x))
        for x in segs
    )


def _is_staff_credit(s: str) -> bool:
    """A newsroom credit line: "(Reporting by A in Kyiv; Editing by B and C)", every part "<role> by <names>".

    The names must read as names (capitalised words, with the small words names and places use),
    so a sentence such as "Reporting by the agency found that ..." is never taken.
    """
    body = s.strip().strip("()[]").strip().rstrip(".")
    if not body or len(body) > 400:
        return False
    for part in re.split(r"\s*;\s*", body):
        m = _STAFF_CREDIT_PART.match(part)
        if not m:
            return False
        words = re.findall(r"[^\W\d_][\w'’.-]*", m["names"])
        if not words or len(words) > 16:
            return False
        if any(w[0].islower() and w.lower() not in _NAME_GLUE for w in words):
            return False
    return True


def _line_rule(s: str) -> str | None:
    """The rule a single stripped line triggers on its own, or None."""
    n = len(s)
    if n == 0:
        return None
    if _END_MARKER.match(s):
        return "separator"
    if _SEPARATOR.match(s):
        return "separator"
    if not any(ch.isalnum() or ch in _QUOTE_MARKS for ch in s):
        # emoji with no words ("❤️🎗️", an embedded post's first line): no prose, and with
        # no full stop it runs into the next paragraph's first sentence; a lone quotation mark
        # may open the quote below it and is kept
        return "symbols-only"
    if (_TEMPLATE_TAG.match(s) or ("{" in s and (_STYLE_RULE.match(s) or _STYLE_SELECTOR.match(s)))
            or (s.endswith(";") and _STYLE_DECLARATION.match(s))):
        return "page-code"
    if _URL_LINE.match(s):
        url = s.strip("<>")
        if _SCRIPT_URL.search(url) or _EMBED_HOSTS.match(url if "//" in url else "//" + url):
            return "embed-url"
        return None
    if n > 300:
        return None
    if _match(_SHARE, s):
        return "share-button"
    if _FOLLOW.match(s) or _FOLLOW_LABEL.match(s) or (_FOLLOW_COVERAGE.match(s) and not _SENTENCE_END.search(s)):
        return "social-follow"
    if _match(_COMMENT, s):
        return "comment-prompt"
    if _match(_ACCOUNT, s):
        return "account-prompt"
    if _match(_NEWSLETTER, s):
        return "newsletter-prompt"
    if _RELATED_HEADING.match(s) or (_RELATED_INLINE.match(s) and not _SENTENCE_END.search(s)):
        return "related-links"
    if (m := _RELATED_SPACED.match(s)) and _is_link_title(m["title"]):
        return "related-links"  # "See also  Pure Water Seller Sells ...": a link's title after the label, no colon
    if _LEGAL_HEADING.match(s) or _LEGAL_LEAD.match(s):
        return "legal-disclaimer"
    if _match(_COOKIE, s):
        return "cookie-notice"
    if _ADVERT.match(s):
        return "advertisement"
    if _NAVIGATION.match(s):
        return "navigation"
    if _COPYRIGHT.match(s) or _COPYRIGHT_NAME.match(s):
        return "copyright-notice"
    if _OUTLET_NOTE.search(s):
        return "outlet-note"
    if any(w in s.lower() for w in _AUTHOR_NOTE_WORDS) and _AUTHOR_NOTE.search(s):
        return "author-note"
    low = s.lower()  # cheap substring gates before the costlier patterns below
    if (
        (" by " in low and _is_staff_credit(s))
        or ("contribut" in low and _CONTRIBUTED.match(s))
        or _CONTACT_REPORTER.match(s)
        or _REPORTED_FROM.match(s)
    ):
        return "staff-credit"
    if _WIRE_TAG.match(s):
        return "wire-tag"
    if _POST_SIGNATURE.match(s) or _POST_PICTURE_END.search(s):
        return "embedded-post"
    if _VERSION_NOTE.match(s) or _FIRST_PUBLISHED.match(s):
        return "version-note"
    if _is_page_date(s):
        return "page-date"
    if _READING_TIME.match(s):
        return "reading-time"
    if (_IMAGE_LABEL.match(s) or (any(w in low for w in _CAPTION_WORDS) and _CAPTION_CREDIT.search(s))
            or (any(h in low for h in _WIRE_CAPTION_HINTS) and _WIRE_CAPTION.match(s))):
        return "image-caption"
    if _TOPIC_HEADING.match(s) or (_TOPIC_INLINE.match(s) and not _SENTENCE_END.search(s)):
        return "related-links"
    if _FEED_FOOTER.match(s):
        return "feed-footer"
    if _PRESS_CONTACT.match(s) and (not _PRESS_CONTACT.match(s)["rest"] or _CONTACT_DETAIL.search(s)):
        return "press-contact"
    if _LINK_LABEL.match(s):
        return "navigation"
    if _GLUED_LIST_MARK.match(s):
        return "related-links"
    if (_APP_PROMO.match(s) and " app" in low) or (_POWERED_BY.match(s) and not _SENTENCE_END.search(s)):
        return "app-promo"
    if (_PHOTO_CREDIT.match(s) or _CREDIT_ONLY.match(s)) and _is_credit(s):
        return "photo-credit"
    return _bar_joined_rule(s)


def _bar_joined_rule(s: str) -> str | None:
    """"Follow us on Telegram | Read more: UAE mediation in Ukraine war": page furniture of several
    kinds flattened onto one line, bar-separated. The line goes when every part is furniture on its
    own (the first part's rule names it); a sentence with a bar in it keeps its words."""
    if "|" not in s:
        return None
    parts = [p.strip() for p in s.split("|")]
    if not all(parts):
        return None
    rules = [_line_rule(p) for p in parts]
    return rules[0] if all(rules) else None


_CREDIT_WORDS = {
    "via", "by", "for", "of", "and", "courtesy", "the", "de", "van", "von", "da", "photo", "photos", "file",
    "handout", "image", "images", "supplied", "screenshot", "screengrab", "credit", "credits", "source", "pool",
}  # fmt: skip


def _is_credit(s: str) -> bool:
    """A credit names a source ("Photo: Reuters/Jane Doe"); a caption describes a scene, so it has verbs.

    Counted crudely: a credit has at most one lower-case word outside the usual credit vocabulary.
    """
    if _SENTENCE_END.search(s):
        return False
    rest = re.split(r"[:©|]|\bby\b", s, maxsplit=1)[-1]
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    lower = [w for w in words if w[0].islower() and w.lower() not in _CREDIT_WORDS]
    return len(words) <= 8 and len(lower) <= 1


def _is_truncated_label(s: str) -> bool:
    """A share-button label cut short by the scraper ("LinkedI", "Faceboo", "Emai")."""
    low = s.lower()
    return 1 <= len(low) <= 12 and " " not in low and any(lab.startswith(low) for lab in _SOCIAL)


# ---------------------------------------------------------------- classification


def _classify(lines: Sequence[str], repeated: Callable[[str], bool] | None) -> list[str | None]:
    """A rule name for each line to cut, None for each line to keep (blank lines are decided later)."""
    stripped = [ln.strip() for ln in lines]
    reasons: list[str | None] = [_line_rule(s) for s in stripped]
    nonblank = [i for i, s in enumerate(stripped) if s]
    order = {i: k for k, i in enumerate(nonblank)}

    def following(i: int) -> Iterator[int]:
        for k in range(order[i] + 1, len(nonblank)):
            yield nonblank[k]

    for i, j in zip(nonblank, nonblank[1:]):
        if reasons[i] is None and reasons[j] is None and _split_sign_up(stripped[i], stripped[j]):
            reasons[i] = reasons[j] = "newsletter-prompt"

    for i in nonblank:
        rule = reasons[i]
        if rule == "share-button":
            # truncated labels and bare network names sitting right after a share button
            for j in following(i):
                if reasons[j] is None and _is_truncated_label(stripped[j]):
                    reasons[j] = "share-button"
                    continue
                break
        elif rule == "newsletter-prompt":
            taken = 0
            for j in following(i):
                if taken >= _BOX_MAX_LINES:
                    break
                if reasons[j] in (None, "separator") and _is_teaser(stripped[j]):
                    reasons[j] = reasons[j] or "newsletter-prompt"
                    taken += 1
                    continue
                break
        elif rule == "image-caption" and _is_bare_image_label(stripped[i]):
            # a bare "Image caption," label: the caption is the next line
            for j in following(i):
                if reasons[j] is None and len(stripped[j]) <= 250:
                    reasons[j] = "image-caption"
                break
        elif rule == "staff-credit" and _CONTACT_REPORTER.match(stripped[i]):
            for j in following(i):
                if reasons[j] is None and len(stripped[j]) <= 160 and _CONTACT_DETAIL.search(stripped[j]):
                    reasons[j] = "staff-credit"
                    continue
                break
        elif rule == "press-contact":
            taken = 0
            for j in following(i):
                s_j = stripped[j]
                if taken >= _BOX_MAX_LINES or reasons[j] not in (None, "press-contact"):
                    break
                if not (_CONTACT_DETAIL.search(s_j) or (_is_teaser(s_j) and len(s_j) <= 80)):
                    break
                reasons[j] = "press-contact"
                taken += 1
        elif rule == "related-links" and (_RELATED_HEADING.match(stripped[i]) or _TOPIC_HEADING.match(stripped[i])):
            taken = 0
            closing = _closing_box([stripped[j] for j in following(i)])
            for j in following(i):
                if taken >= _HEADLINE_MAX_LINES or reasons[j] is not None or not (closing or _is_related_entry(stripped[j])):
                    break
                reasons[j] = "related-links"
                taken += 1
        elif rule == "related-links" and (m := _GLUED_LIST_MARK.match(stripped[i])):
            # the box's other titles, no more than its count says
            taken = 1
            for j in following(i):
                if taken >= int(m["n"]) or reasons[j] is not None or not _is_link_title(stripped[j]):
                    break
                reasons[j] = "related-links"
                taken += 1
        elif rule == "comment-prompt" and _COMMENT_COUNT.match(stripped[i]):
            _take_comment_section(stripped, reasons, nonblank, order[i])
        elif rule == "legal-disclaimer" and _LEGAL_HEADING.match(stripped[i]):
            _take_wrapped(stripped, reasons, i, "legal-disclaimer", heading=True)

    # the page's header flattened into the copy: a byline and a bare date line stand among the first lines
    # (counted among the lines no rule cut: share buttons and menus often stand above them)
    author: str | None = None
    for i in [i for i in nonblank if reasons[i] is None][:_HEAD_LINES]:
        if len(stripped[i]) <= 120:
            if (_is_datelike(stripped[i]) and re.search(r"\d{4}", stripped[i])) or _is_header_segments(stripped[i]):
                reasons[i] = "page-date"
            elif stripped[i].rstrip(":").strip().lower() in _SECTION_LABELS:
                reasons[i] = "section-label"  # "ANALYSIS" above the headline
            elif (name := byline_from_text(stripped[i])) is not None:
                reasons[i] = "byline"
                author = author or name
                if i + 1 < len(stripped) and reasons[i + 1] is None and _byline_affiliation(stripped[i + 1]):
                    reasons[i + 1] = "byline"  # "By Nadia Feroz" over "BBC News, Geneva"

    _take_trailing_headlines(stripped, reasons, nonblank)

    for i in [i for i in nonblank if reasons[i] is None][-_WRITER_NOTE_LINES:]:
        if _is_writer_note(stripped[i], author):
            reasons[i] = "author-note"

    # disclaimers without a heading, possibly hard-wrapped over many short lines
    hinted = [any(h in stripped[i].lower() for h in _LEGAL_HINTS) for i in nonblank]
    for k, i in enumerate(nonblank):
        if reasons[i] is not None or not any(hinted[k : k + 3]):
            continue
        window = " ".join(stripped[j] for j in nonblank[k : k + 3])
        m = _LEGAL_BODY.search(window)
        if m and m.start() < len(stripped[i]):
            _take_wrapped(stripped, reasons, i, "legal-disclaimer", heading=False)

    if repeated is not None:
        for i in nonblank:
            s = stripped[i]
            if reasons[i] is None and len(s) <= _MAX_CANDIDATE and not looks_like_prose(s) and repeated(s):
                reasons[i] = "repeated-line"
    _take_repeated_paragraphs(stripped, reasons, nonblank)
    return reasons


_REPEATED_PARAGRAPH_MIN = 60  # characters: a sentence, never a label or a one-word line


def _take_repeated_paragraphs(stripped: Sequence[str], reasons: list[str | None], nonblank: Sequence[int]) -> None:
    """Cut a paragraph that repeats, word for word, one kept earlier in the same copy: a page that
    renders its story twice (its main and its mobile text) comes out of the scrape with every
    paragraph twice, and each figure, quote and event of the second copy would be read again. A
    story never prints one of its sentences twice; a pull quote that does is the same words again."""
    seen: set[str] = set()
    for i in nonblank:
        if reasons[i] is not None or len(stripped[i]) < _REPEATED_PARAGRAPH_MIN:
            continue
        if stripped[i] in seen:
            reasons[i] = "repeated-paragraph"
        else:
            seen.add(stripped[i])


# "Comments 1", "3 Comments", "Comments (2)": the heading of the readers' comments under a story
_COMMENT_COUNT = re.compile(r"^(comments?\s*\(?\d{1,4}\)?|\d{1,4} comments?)\W{0,3}$", _I)
_COMMENT_SECTION_MAX = 40  # lines


def _take_comment_section(stripped: Sequence[str], reasons: list[str | None], nonblank: Sequence[int], k: int) -> None:
    """Cut the readers' comments under a counted "Comments" heading: every line after it to the end.

    Only when the heading stands in the second half of the copy, few lines follow and the first is
    no sentence, as in a comment section: a count heading in the middle of a long text is left with the text after it.
    """
    rest = nonblank[k + 1 :]
    # a comment opens with its writer and time ("reader_77 3 March 2019, 09:12"), not with a sentence
    if k < len(nonblank) // 2 or not rest or len(rest) > _COMMENT_SECTION_MAX or looks_like_prose(stripped[rest[0]]):
        return
    for j in rest:
        if reasons[j] is None:
            reasons[j] = "comment-prompt"


# a headline list the scrape left at the end of the copy, one dashed title a line: "- Why the Talks
# Failed, According to Those Who Were There"
_DASHED_TITLE = re.compile(r"^[-–—•*]\s+(?P<title>\S.{2,160})$")


def _is_dashed_title(s: str) -> bool:
    """A dashed line whose words are mostly capitalised, ending without a full stop: a headline, not a point."""
    m = _DASHED_TITLE.match(s)
    if not m or not _is_link_title(m["title"]):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", m["title"]) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _take_trailing_headlines(stripped: Sequence[str], reasons: list[str | None], nonblank: Sequence[int]) -> None:
    """Cut a run of three or more dashed headlines (``_is_dashed_title``) that closes the copy."""
    run: list[int] = []
    for i in reversed(nonblank):
        if reasons[i] is not None and not run:
            continue  # furniture the other rules already cut below the list
        if reasons[i] is None and _is_dashed_title(stripped[i]):
            run.append(i)
            continue
        break
    if len(run) >= 3:
        for i in run:
            reasons[i] = "related-links"


def _continues_into(prev: str, prev_reason: str | None) -> bool:
    """Whether ``prev`` is an earlier, hard-wrapped line of the sentence on the next line."""
    return bool(prev) and prev_reason is None and len(prev) <= 100 and not _SENTENCE_END.search(prev)


def _take_wrapped(stripped: Sequence[str], reasons: list[str | None], i: int, rule: str, *, heading: bool) -> None:
    """Cut a paragraph that starts at (or, hard-wrapped, runs through) line ``i``.

    A hard-wrapped paragraph is a run of non-blank lines of similar, modest length; it ends at a
    blank line, a long line, or a line another rule claims.
    """
    start = i
    if not heading:
        # walk back over the earlier lines of the same wrapped sentence
        while start > 0 and _continues_into(stripped[start - 1], reasons[start - 1]):
            start -= 1
    reasons[i] = rule
    for j in range(start, i):
        reasons[j] = rule
    j = i + 1
    if heading:
        while j < len(stripped) and not stripped[j]:
            j += 1  # the paragraph may stand after a blank line under its heading
    limit = j + 25
    while j < len(stripped) and j < limit and stripped[j] and reasons[j] is None and len(stripped[j]) <= 400:
        reasons[j] = rule
        j += 1


# ---------------------------------------------------------------- assembly


def _regions(reasons: Sequence[str | None], blank: Sequence[bool]) -> list[str | None]:
    """Extend cuts to the blank lines around them so the clean text keeps one paragraph break.

    Blank lines between two cut lines go with the cut. Blank lines between kept text and a cut go
    with the cut only when the cut runs to an edge of the text (no dangling blank lines at the
    ends), or when blank lines on the cut's other side already separate the kept paragraphs.
    """
    out = list(reasons)
    n = len(out)
    kept_after = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        kept_after[k] = kept_after[k + 1] or (not blank[k] and reasons[k] is None)
    a = 0
    while a < n:
        if not blank[a]:
            a += 1
            continue
        b = a
        while b < n and blank[b]:
            b += 1
        left = out[a - 1] if a > 0 else None
        right = out[b] if b < n else None
        reason: str | None = None
        if left is not None and (right is not None or b == n):
            reason = left  # inside a cut region, or trailing blanks after a final cut
        elif right is not None and (a == 0 or not kept_after[b]):
            reason = right  # leading blanks before a first cut, or blanks before a final cut
        elif left is not None:  # a cut, these blanks, then kept text
            k = a - 1
            while k >= 0 and out[k] is not None:
                k -= 1
            if k < 0 or blank[k]:
                reason = left
        for k in range(a, b):
            out[k] = reason
        a = b
    return out


def clean_text(text: str, *, repeated: Callable[[str], bool] | None = None) -> Cleaned:
    """Cut boilerplate lines from scraped text; ``repeated`` says whether a line recurs site-wide.

    The input is not normalised: ``restore`` rebuilds it exactly, whatever its line endings.
    """
    lines = text.splitlines(keepends=True)
    if not lines:
        return Cleaned(text, ())
    blank = [not ln.strip() for ln in lines]
    reasons = _regions(_classify(lines, repeated), blank)

    kept: list[str] = []
    size = 0
    removed: list[Removal] = []
    pending: list[str] = []  # leading blank lines of a cut, waiting for the rule that follows
    cur_reason: str | None = None
    cur_at = 0
    cur_text: list[str] = []

    def flush() -> None:
        nonlocal cur_reason, cur_text
        if cur_reason is not None and cur_text:
            removed.append(Removal(at=cur_at, text="".join(cur_text), reason=cur_reason))
        cur_reason, cur_text = None, []

    for ln, rule, is_blank in zip(lines, reasons, blank):
        if rule is None:
            flush()
            kept.append(ln)
            size += len(ln)
            continue
        if is_blank:
            if cur_reason is None:
                pending.append(ln)
            else:
                cur_text.append(ln)
            continue
        if rule != cur_reason:
            flush()
            cur_reason, cur_at = rule, size
            cur_text = pending + [ln]
            pending = []
        else:
            cur_text.append(ln)
    flush()
    if pending:  # blank lines claimed by a cut that never came (cannot happen, but never lose text)
        kept.extend(pending)
    return Cleaned("".join(kept), tuple(removed))


def restore(cleaned: Cleaned) -> str:
    """The text before cleaning: every removed block put back where it stood."""
    parts: list[str] = []
    pos = 0
    for r in cleaned.removed:
        parts.append(cleaned.text[pos : r.at])
        parts.append(r.text)
        pos = r.at
    parts.append(cleaned.text[pos:])
    return "".join(parts)


def restore_some(cleaned: Cleaned, reasons: Iterable[str]) -> str:
    """The clean text with only the blocks cut for ``reasons`` put back.

    The metadata rules read the byline and date lines that the cleaner took out of the copy; this
    gives them those lines where they stood, without the rest of the page furniture.
    """
    wanted = frozenset(reasons)
    return restore(Cleaned(cleaned.text, tuple(r for r in cleaned.removed if r.reason in wanted)))


def leading_boilerplate_end(text: str) -> int:
    """The offset where the first line that no rule would cut starts (0 when the text opens with one).

    Pasted pages often open with "Skip to main content", "Menu", "Search": the headline stands after them.
    """
    pos = 0
    for ln in text.splitlines(keepends=True):
        s = ln.strip()
        if s and _line_rule(s) is None:
            return pos
        pos += len(ln)
    return pos


# ---------------------------------------------------------------- batch statistics

_MAX_CANDIDATE = 200  # longer lines are prose; only short lines can be site furniture


def candidate_lines(text: str) -> list[str]:
    """The distinct short non-prose lines of a text (stripped, first-seen order) worth counting site-wide.

    Prose lines are never cut as repeated, so counting them would only crowd the sketch.
    """
    seen: dict[str, None] = {}
    for ln in text.splitlines():
        s = ln.strip()
        if 2 <= len(s) <= _MAX_CANDIDATE and s not in seen and not looks_like_prose(s):
            seen[s] = None
    return list(seen)


class LineStats:
    """How many articles of each site contain a given short line, in a fixed amount of memory.

    A count-min sketch: ``depth`` rows of ``width`` counters, each line hashed (blake2b, so counts do
    not depend on the process) to one counter per row; the estimate is the smallest of its
    counters. It never undercounts and, with conservative update, rarely overcounts; its size does
    not grow with the corpus. Two sketches of the same shape can be merged (``merge``), so workers
    can count their shares of a batch apart.
    """

    __slots__ = ("depth", "width", "table", "articles")

    def __init__(self, width: int = 1 << 18, depth: int = 4) -> None:
        if width <= 0 or width & (width - 1) or not 1 <= depth <= 8:
            raise ValueError("LineStats width must be a power of two and depth between 1 and 8")
        self.width = width
        self.depth = depth
        self.table = np.zeros((depth, width), dtype=np.uint32)
        self.articles = 0

    @property
    def nbytes(self) -> int:
        return int(self.table.nbytes)

    def _cells(self, site: str | None, line: str) -> np.ndarray:
        key = f"{(site or '').lower()}\x1f{line.strip()}".encode("utf-8")
        digest = hashlib.blake2b(key, digest_size=4 * self.depth).digest()
        idx = np.frombuffer(digest, dtype="<u4").astype(np.int64) & (self.width - 1)
        return idx

    def add_lines(self, site: str | None, lines: Iterable[str]) -> None:
        """Count each distinct line once for one article."""
        rows = np.arange(self.depth)
        for line in dict.fromkeys(s.strip() for s in lines):
            if not line or len(line) > _MAX_CANDIDATE:
                continue
            cols = self._cells(site, line)
            current = self.table[rows, cols]
            low = current.min()
            # conservative update: raise only the counters that hold the minimum
            self.table[rows, cols] = np.maximum(current, low + 1)
        self.articles += 1

    def add(self, site: str | None, text: str) -> None:
        """Count the candidate lines of one article's text."""
        self.add_lines(site, candidate_lines(text))

    def count(self, site: str | None, line: str) -> int:
        """The estimated number of articles of ``site`` holding ``line`` (never an undercount)."""
        cols = self._cells(site, line)
        return int(self.table[np.arange(self.depth), cols].min())

    def repeated(self, site: str | None, line: str, min_articles: int = 3) -> bool:
        s = line.strip()
        if not s or len(s) > _MAX_CANDIDATE:
            return False
        return self.count(site, s) >= min_articles

    def predicate(self, site: str | None, min_articles: int = 3) -> Callable[[str], bool]:
        """The ``repeated`` callable ``clean_text`` takes, bound to one site."""
        return lambda line: self.repeated(site, line, min_articles)

    def merge(self, other: LineStats) -> None:
        """Add another sketch's counts (same shape) into this one."""
        if other.table.shape != self.table.shape:
            raise ValueError("LineStats.merge needs sketches of the same width and depth")
        np.add(self.table, other.table, out=self.table)
        self.articles += other.articles
