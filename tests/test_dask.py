from __future__ import annotations

import contextlib
import datetime as dt
import random
import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("dask")  # listed in the test extra: skipped only outside it

import dask
import dask.bag as db

import claimrecon
from claimrecon import dask as engine
from claimrecon.errors import InputError
from claimrecon.models import Document

from .newsgen import generate, single, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_the_seed_folder_on_the_local_scheduler(tmp_path: Path) -> None:
    with dask.config.set(scheduler="synchronous"):
        analysis = engine.analyze([SEEDS], workdir=tmp_path / "work")
        report = analysis.to_report()
        events = analysis.events.compute()
    expected = single(list(claimrecon.read_documents([SEEDS])))
    assert report == expected
    assert sorted(events["id"]) == sorted(e.id for e in expected.events)
    assert events["n_claims"].dtype == "Int64"
    analysis.close()
    assert not (tmp_path / "work").exists()


def _month_long(count: int, seed: int) -> list[Document]:
    """Reports over four months of three targets in three cities, some dated by a month.

    "in March" is a window of a month: linking cuts a block into weeks of window starts
    (tiles), and such a window reaches several of them.
    """
    rng = random.Random(seed)
    documents = []
    for i in range(count):
        published = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randrange(120))
        when = rng.choice([f"on {published - dt.timedelta(days=1):%A}", f"in {published:%B}"])
        target = rng.choice(["market", "mosque", "school"])
        city = rng.choice(["Kabul", "Mogadishu", "Maiduguri"])
        text = f"A bomb hit a {target} in {city} {when}, killing {rng.choice([5, 12])} people."
        documents.append(Document(id=f"m{i:03d}", text=text, published=published))
    return documents


def test_a_bag_of_documents(tmp_path: Path) -> None:
    # Half of it dated by a month: every pair of overlapping windows in a block is
    # compared once, whichever tiles the windows reach.
    documents = generate(60, seed=3) + _month_long(60, seed=11)
    bag = db.from_sequence(documents, npartitions=4)
    with dask.config.set(scheduler="synchronous"):
        analysis = engine.analyze(bag, workdir=tmp_path)
        report = analysis.to_report()
    expected = single(documents)
    assert 1 < analysis.stats["largest_tile"] < analysis.stats["mentions"] / 4
    published = {d.id: d.published for d in documents}
    # Events whose reports lie weeks apart: their windows were linked across tiles.
    spans = [
        max(published[d] for d in e.documents) - min(published[d] for d in e.documents)
        for e in expected.events
    ]
    assert sum(span >= dt.timedelta(days=14) for span in spans) >= 3
    assert report == expected


def test_copies_through_crowded_fingerprints_give_the_single_process_roots(
    tmp_path: Path,
) -> None:
    # A background paragraph most reports reuse makes fingerprints held by more documents
    # than a posting may pair: their pairs go through a hub, and are sent by the other one.
    documents = generate(160, seed=5, filler=3, background=0.6)
    bag = db.from_sequence(documents, npartitions=4)
    with dask.config.set(scheduler="synchronous"):
        report = engine.analyze(bag, workdir=tmp_path).to_report()
    expected = single(documents)
    pairs = {(p.first.doc, p.second.doc) for p in expected.passages}
    partners = Counter(d for pair in pairs for d in pair)
    assert max(partners.values()) > 64  # a hub: more partners than a posting may pair
    assert report.passages == expected.passages
    assert report.provenance == expected.provenance
    assert report == expected


def test_a_single_process_report_round_trips_through_parquet(tmp_path: Path) -> None:
    report = single(list(claimrecon.read_documents([SEEDS])))
    engine.write_parquet(report, tmp_path)
    assert engine.read_report(tmp_path) == report


def test_a_bad_line_names_the_file_and_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "Calm."}\n{"id": "b"}\n', encoding="utf-8")
    with (
        dask.config.set(scheduler="synchronous"),
        pytest.raises(InputError, match=r"bad\.jsonl: the line at byte 29: text"),
    ):
        engine.analyze([path], workdir=tmp_path / "work")


def test_a_missing_path_or_empty_glob_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        engine.analyze([tmp_path / "nope"])
    with pytest.raises(InputError, match="no file matches"):
        engine.analyze([str(tmp_path / "*.jsonl")])


def test_cli_dask_engine_writes_parquet(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # Dask's default dashboard port is held, as a notebook's own cluster often holds it: the
    # scheduler warns and takes another port, and the run must end with that warning shown
    # once (the command line once replayed it into its own record without end).
    with socket.socket() as holder:
        with contextlib.suppress(OSError):  # held by another process already: the same case
            holder.bind(("", 8787))
            holder.listen()
        done = _analyze_seeds_on_two_workers(out)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("Port 8787 is already in use") == 1, done.stderr
    assert engine.read_report(out) == single(list(claimrecon.read_documents([SEEDS])))


def _analyze_seeds_on_two_workers(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "claimrecon",
            "analyze",
            str(SEEDS),
            "--engine",
            "dask",
            "--workers",
            "2",
            "--format",
            "parquet",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=300,
    )


def test_cli_parquet_needs_a_folder_and_workers_need_dask(tmp_path: Path) -> None:
    from claimrecon.cli import main

    assert main(["analyze", str(SEEDS), "--format", "parquet"]) == 2
    assert main(["analyze", str(SEEDS), "--workers", "2"]) == 2
    (tmp_path / "x").write_text("taken", encoding="utf-8")
    assert main(["analyze", str(SEEDS), "--format", "parquet", "-o", str(tmp_path / "x")]) == 2
    assert main(["analyze", str(SEEDS), "--format", "parquet", "-o", str(tmp_path / "o")]) == 0
    assert len(engine.read_report(tmp_path / "o").events) > 0


def test_partitions_without_documents_are_read_like_the_others(tmp_path: Path) -> None:
    # Byte ranges shorter than a line: many hold no line start, and extract nothing. Eight
    # reports are cut into sixteen ranges, half of them empty, with copies across them:
    # each range costs the synchronous scheduler every stage's tasks, so no more are drawn.
    documents = generate(8, seed=7, filler=6, background=0.3)
    path = write_jsonl(documents, tmp_path / "c.jsonl")
    with dask.config.set(scheduler="synchronous"):
        analysis = engine.analyze([path], workdir=tmp_path / "work", partition_bytes=900)
        report = analysis.to_report()
    expected = single(documents)
    assert analysis.stats["partitions"] > analysis.stats["documents"]
    assert expected.passages  # copies are aligned across partitions, empty ones too
    assert report == expected


def test_cli_workers_start_without_the_profiler(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dask's profiler keeps a call tree a second in every worker for the last 1,000 s: a
    # worker's memory would grow with the run. The workers read the setting as they start.
    import distributed

    from claimrecon.cli import main

    seen: list[object] = []

    class Started(Exception):
        pass

    def cluster(*args: object, **kwargs: object) -> None:
        seen.append(dask.config.get("distributed.worker.profile.enabled"))
        raise Started

    monkeypatch.setattr(distributed, "LocalCluster", cluster)
    with pytest.raises(Started):
        main(["analyze", str(SEEDS), "--engine", "dask", "--workers", "1"])
    assert seen == [False]
    assert dask.config.get("distributed.worker.profile.enabled") is True  # only for them
