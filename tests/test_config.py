from pathlib import Path

import pytest

from storyline.config import Settings, load_settings, rejects_path
from storyline.errors import ConfigError


def test_environment_overrides_defaults_and_flags_override_environment():
    env = {"STORYLINE_DB": "env.db", "STORYLINE_WORKERS": "3", "STORYLINE_RAW": "yes"}
    assert load_settings(env=env).db == "env.db"
    assert load_settings(env=env).workers == 3
    assert load_settings(env=env).raw is True
    assert load_settings(env=env, db="flag.db").db == "flag.db"
    assert load_settings(env={}) == Settings()


def test_bad_values_name_the_variable():
    with pytest.raises(ConfigError, match="STORYLINE_WORKERS"):
        load_settings(env={"STORYLINE_WORKERS": "many"})
    with pytest.raises(ConfigError, match="near_duplicate_threshold"):
        load_settings(env={}, near_duplicate_threshold=1.5)


def test_rejects_file_sits_next_to_the_store():
    assert rejects_path(load_settings(env={}, db="data/x.db")) == Path("data/x.rejects.tsv")
    assert rejects_path(load_settings(env={}, db="x.db", rejects="r.tsv")) == Path("r.tsv")
