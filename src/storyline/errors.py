"""Storyline's exceptions: each says what failed, where, and what the user can do about it.

Library code raises these and never calls ``sys.exit``; the CLI turns them into a message and an
exit status. Per-item failures during ingest are caught by the runner and become ``Reject`` records,
so one bad file never stops a batch.
"""

from __future__ import annotations

import traceback


class StorylineError(Exception):
    """Base class. ``str(err)`` is a complete message fit to show a user."""


class InputError(StorylineError):
    """An input item cannot be read or parsed. ``origin`` locates it (path, path:line, archive!member)."""

    kind = "unreadable"

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class UnreadableInput(InputError):
    kind = "unreadable"


class EmptyInput(InputError):
    kind = "empty"


class BinaryInput(InputError):
    kind = "binary"


class EncodingProblem(InputError):
    kind = "encoding"


class OversizedInput(InputError):
    kind = "too-large"


class MalformedInput(InputError):
    kind = "malformed"


class TruncatedInput(InputError):
    kind = "truncated"


class StoreError(StorylineError):
    """The store cannot be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The store was written by a newer storyline than this one."""


class NotFound(StorylineError):
    """A requested record (article, entity, story) does not exist in the store."""


class ConfigError(StorylineError):
    """A setting (flag or STORYLINE_* variable) has a value storyline cannot use."""


class LexiconError(StorylineError):
    """A line of a packaged lexicon (analyze/lexicons/) cannot be read: says which file and line."""


class ModelUnavailable(StorylineError):
    """The spaCy pipeline named in the settings is not installed."""


class AnalysisTimeout(StorylineError):
    """The extractors ran past the per-article time budget (``analysis_timeout``)."""


class AnalysisFailed(StorylineError):
    """One text could not be analysed (``storyline analyze-text``); the message says why."""


def describe_unexpected(err: BaseException) -> str:
    """An unexpected exception and the line it was raised at, enough for a bug report. Used where a
    bug met on one input must cost that input, not the run (ingest, analysis)."""
    frames = traceback.extract_tb(err.__traceback__)
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(err).__name__}: {err}{where}"
