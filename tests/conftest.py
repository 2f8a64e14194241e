"""Shared test set-up: hypothesis profiles (HYPOTHESIS_PROFILE: dev, ci), no cache folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50, deadline=None)
# CI's draw is sized to keep the suite within five minutes on two cores. Serially it took
# 5 min 44 s at 200 examples (round four), 5 min 4 s at 100 (round eight), 5 min 42 s at 80
# (round twelve), 5 min 55 s at 60 and 5 min 31 s at 40 (round fourteen). Since round fifteen
# the suite runs on every core (pytest-xdist, pyproject's addopts): 3 min 44 s at 40.
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The suite runs without the cache folder (claimrecon.files.cache_folder): the user's is never
# touched, child processes inherit the setting, and no process spends its exit writing a
# table. The cache's own tests point it at temporary folders.
os.environ.setdefault("CLAIMRECON_CACHE_DIR", "")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


# The fork server's preload for the SIGKILL test: importing it reads the package's data.
collect_ignore = ["ingest_child.py"]
