"""The real-news corpus guards the scores: none may fall more than 0.02 below scores.json.

A change that raises a score records it with ``python benchmarks/real.py --update``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "real.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


real = _load()
RECORDED = json.loads(real.SCORES.read_text())


@pytest.fixture(scope="module")
def results() -> dict[str, object]:
    return real.current()


@pytest.mark.parametrize("split", real.SPLITS)
def test_the_corpus_is_the_size_recorded(split: str) -> None:
    attacks = real.attacks(split)
    assert len(attacks) == RECORDED[split]["attacks"]
    assert sum(len(g.data.documents) for g in attacks.values()) == RECORDED[split]["documents"]


@pytest.mark.parametrize("split", real.SPLITS)
@pytest.mark.parametrize("measure", real.GUARDED)
def test_no_score_falls_below_the_record(results: dict, split: str, measure: str) -> None:
    now = real.headline(results[split].scores)[measure]
    assert now >= RECORDED[split][measure] - real.TOLERANCE, (
        f"{split} {measure} fell from {RECORDED[split][measure]} to {now}"
    )


@pytest.mark.parametrize("split", real.SPLITS)
def test_no_more_consistent_pairs_are_flagged(results: dict, split: str) -> None:
    now = real.headline(results[split].scores)["consistent_flagged"]
    assert now <= RECORDED[split]["consistent_flagged"]


def test_each_attack_belongs_to_one_wave_and_its_split() -> None:
    folders = {split: set(real.attacks(split)) for split in real.SPLITS}
    drawn = [name for wave in real.waves() for name in wave]
    assert len(drawn) == len(set(drawn))
    assert set(drawn) == folders["dev"] | folders["test"]


def test_a_wave_is_scored_alone_on_the_same_run(results: dict) -> None:
    printed = real.report_wave(results, len(real.waves()))
    assert printed.count("== wave") == 2
    assert "attributions" in printed and "documents" in printed
