"""The Dask engine on a real two-process LocalCluster: the same report as one process.

Apart from tests/test_dask.py (the synchronous scheduler and the command line), so that the
suite's workers, which take a module each, run the two at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask")  # listed in the test extra: skipped only outside it

import pyarrow.parquet as pq
from distributed import Client, LocalCluster

from claimrecon import dask as engine

from .newsgen import generate, single, write_jsonl


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A local cluster of two worker processes, shared by this module's tests that need one.

    Not Dask's default client: the other tests run on the synchronous scheduler, which
    would otherwise hand their shuffles to this cluster.
    """
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def test_two_worker_processes_give_the_single_process_report(
    tmp_path: Path, client: Client
) -> None:
    # 2,000 reports (580 KB, as the Dask issue asks): 322 events told by three or more of them
    # and 904 contradictions.
    documents = generate(2000)
    # Two shards, so that a glob is read and each shard is cut into byte ranges.
    write_jsonl(documents[:1000], tmp_path / "a.jsonl")
    write_jsonl(documents[1000:], tmp_path / "b.jsonl")
    analysis = engine.analyze(
        [str(tmp_path / "*.jsonl")],
        client,
        workdir=tmp_path / "work",
        partition_bytes=48 * 1024,
    )
    with client.as_current():
        analysis.to_parquet(tmp_path / "out")
    # Asked of the scheduler directly: scheduler_info() returns a cache that the
    # client's periodic refresh may have emptied of workers on a loaded machine.
    workers = len(client.nthreads())
    got = engine.read_report(tmp_path / "out")
    expected = single(documents)
    assert workers == 2
    assert analysis.stats["partitions"] >= 6
    # The corpus is one where grouping has work to do across documents.
    sizes = Counter(len(e.documents) for e in expected.events)
    assert sum(n for size, n in sizes.items() if size >= 3) >= 250
    assert len(expected.contradictions) >= 800
    assert {e.id: e.claims for e in got.events} == {e.id: e.claims for e in expected.events}
    assert got.contradictions == expected.contradictions
    assert got.estimates == expected.estimates
    assert got == expected


def test_byte_ranges_without_a_line_start_on_two_workers(tmp_path: Path, client: Client) -> None:
    # Ranges of 200 bytes over lines of 230 to 500: some hold no line start and extract
    # nothing. Every line is read once, and every partition of every table has the schema
    # of the others: an empty one once wrote untyped columns, and a later stage's merge
    # read its columns as objects, not the strings of its meta (a warning, an error here).
    documents = generate(4, seed=7)
    path = write_jsonl(documents, tmp_path / "c.jsonl")
    analysis = engine.analyze([path], client, workdir=tmp_path / "work", partition_bytes=200)
    with client.as_current():
        analysis.to_parquet(tmp_path / "out")
    got = engine.read_report(tmp_path / "out")
    assert analysis.stats["partitions"] > analysis.stats["documents"] == len(documents)
    assert [d.id for d in got.documents] == sorted(d.id for d in documents)
    assert got == single(documents)
    for folder in (*(tmp_path / "out").iterdir(), *(tmp_path / "work").iterdir()):
        schemas = {
            tuple((c.name, str(c.type)) for c in pq.read_schema(f))
            for f in folder.glob("*.parquet")
        }
        assert len(schemas) <= 1, folder.name
