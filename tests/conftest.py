"""Shared test set-up: hypothesis profiles (HYPOTHESIS_PROFILE: dev, ci) and a cache folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50, deadline=None)
# CI draws more examples than a developer's run, within the suite's five minutes on two
# cores (at 200 the grammars of the fourth round took it to 5 min 44 s; at 100 the eighth
# round's took it to 5 min 4 s; at 80 the twelfth round's took it to 5 min 42 s).
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The suite keeps its compiled caches (claimrecon.files.cache_folder) in a folder of its own,
# never the user's: child processes inherit the variable, and every run starts cold.
if "CLAIMRECON_CACHE_DIR" not in os.environ:
    os.environ["CLAIMRECON_CACHE_DIR"] = tempfile.mkdtemp(prefix="claimrecon-tests-")
    # Registered before the package's own exit handlers, so it runs after them (last in, first
    # out): the regex table written at exit goes into the folder before it is removed.
    atexit.register(shutil.rmtree, os.environ["CLAIMRECON_CACHE_DIR"], ignore_errors=True)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


# The fork server's preload for the SIGKILL test: importing it reads the package's data.
collect_ignore = ["ingest_child.py"]
