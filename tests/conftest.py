"""Shared test set-up: hypothesis profiles (HYPOTHESIS_PROFILE: dev, ci), a suite cache folder."""

from __future__ import annotations

import getpass
import os
import tempfile
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

# The suite keeps its own cache folder (claimrecon.files.cache_folder), one a machine and
# user, never the user's: the suite's workers, the command-line runs it starts and the Dask
# workers read the tables and compiled patterns one of them built, as a user's processes do
# (entries are keyed by the data and code that made them, so an older run's are never
# read). The cache's own tests point it at temporary folders.
os.environ.setdefault(
    "CLAIMRECON_CACHE_DIR",
    str(Path(tempfile.gettempdir()) / f"claimrecon-suite-cache-{getpass.getuser()}"),
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


# The fork server's preload for the SIGKILL test: importing it reads the package's data.
collect_ignore = ["ingest_child.py"]
