"""Atomic writes: a real process killed with SIGKILL at random moments leaves whole files.

The child writes version after version of a large file and of a folder of five tables,
announcing each version on stdout before writing it; the parent kills it after a random
number of announcements, so the kill lands somewhere inside a write (or between two).
Whatever the moment, the file is a whole version and the tables all come from one.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimrecon.files import atomic_folder, atomic_write, write_text_atomic

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("claims", "events", "contradictions", "estimates", "ged")

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from claimrecon.files import atomic_folder, atomic_write

    out, tables = Path(sys.argv[1]), Path(sys.argv[2])
    chunk = "x" * 65536
    for version in range(1, 1000):
        # Each chunk is announced once written, so a kill after a random number of
        # announcements lands inside a write.
        with atomic_write(out) as handle:
            handle.write('{"version": %d, "body": "' % version)
            for _ in range(16):
                handle.write(chunk)
                print("out", version, flush=True)
            handle.write('"}')
        with atomic_folder(tables) as tmp:
            for name in TABLES_HERE:
                with (tmp / (name + ".csv")).open("w") as table:
                    table.write("version,%d\\n" % version)
                    for _ in range(4):
                        table.write(chunk)
                        print("table", version, flush=True)
    """
).replace("TABLES_HERE", repr(TABLES))


def _version(path: Path) -> int:
    return int(json.loads(path.read_text(encoding="utf-8"))["version"])


def _table_versions(folder: Path) -> set[int]:
    found = set()
    for name in TABLES:
        first = (folder / f"{name}.csv").read_text(encoding="utf-8").split("\n", 1)[0]
        found.add(int(first.split(",")[1]))
    return found


@pytest.mark.parametrize("seed", range(20))
def test_sigkill_at_a_random_moment_leaves_whole_output(seed: int, tmp_path: Path) -> None:
    out, tables = tmp_path / "out.json", tmp_path / "tables"
    write_text_atomic(out, json.dumps({"version": 0, "body": ""}))
    with atomic_folder(tables) as tmp:
        for name in TABLES:
            (tmp / f"{name}.csv").write_text("version,0\n")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(script), str(out), str(tables)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    # 36 announcements a version: the kill lands in the first three versions, anywhere.
    announced = random.Random(seed).randint(1, 100)
    for _ in range(announced):
        assert child.stdout.readline().strip()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    version = _version(out)  # whole JSON, whatever the moment
    assert 0 <= version <= announced // 36 + 1
    [table_version] = _table_versions(tables)  # all five tables from one version
    assert table_version in (version, version - 1)
    # Only whole files and, at worst, the temporary file of the write that was cut.
    names = {p.name for p in tmp_path.iterdir()}
    assert {"out.json", "tables", "child.py"} <= names
    assert all(n.startswith(".") for n in names - {"out.json", "tables", "child.py"})


def test_an_error_while_writing_leaves_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old")
    with pytest.raises(OSError, match="disk full"), atomic_write(out) as handle:
        handle.write("new, half")
        raise OSError(28, "disk full")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_error_while_filling_tables_leaves_the_previous_set(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "claims.csv").write_text("old")
    with pytest.raises(RuntimeError), atomic_folder(folder) as tmp:
        (tmp / "claims.csv").write_text("new")
        raise RuntimeError("killed")
    assert [p.name for p in folder.iterdir()] == ["claims.csv"]
    assert (folder / "claims.csv").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_tables_replace_the_old_set_whole(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    for version in ("one", "two"):
        with atomic_folder(folder) as tmp:
            (tmp / f"{version}.csv").write_text(version)
    assert [p.name for p in folder.iterdir()] == ["two.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]
