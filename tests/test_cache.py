"""Built tables kept across processes: read back equal, never stale, never a damaged entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimrecon.files import CACHE_ENV, built_once, cache_folder, content_key

ROOT = Path(__file__).resolve().parent.parent

TABLE = {"zelvania": (("Zelvania", 1, "ZV", None, 1.5, -2.25, "city", 15000, True),)}


class _Builder:
    """A table's builder that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_then_read_back_equal(folder: Path) -> None:
    build = _Builder(TABLE)
    first = built_once("places", content_key("v1"), build)
    again = built_once("places", content_key("v1"), build)
    assert first == again == TABLE and build.calls == 1
    assert len(list(folder.glob("places-*.marshal"))) == 1


def test_another_key_is_built_again_and_only_a_few_older_entries_are_kept(
    folder: Path,
) -> None:
    built_once("other", content_key("v1"), _Builder(1))
    for version in range(6):
        build = _Builder({"okvara": (version,)})
        assert built_once("places", content_key(f"v{version}"), build) == {"okvara": (version,)}
        assert build.calls == 1
    assert len(list(folder.glob("places-*.marshal"))) == 4  # the newest and three others
    assert len(list(folder.glob("other-*.marshal"))) == 1  # another table's is kept
    build = _Builder(None)
    assert built_once("places", content_key("v5"), build) == {"okvara": (5,)}
    assert build.calls == 0


def test_a_changed_data_file_changes_the_key(tmp_path: Path) -> None:
    data = tmp_path / "towns.json"
    data.write_text('{"Dunmar": 1}')
    before = content_key(data, "code")
    data.write_text('{"Dunmar": 2}')
    assert content_key(data, "code") != before
    assert content_key(data, "code") == content_key(data, "code")
    assert content_key(data, "other code") != content_key(data, "code")


@pytest.mark.parametrize("where", [-1, 5, len(b"claimrecon-cache/1\n") + 3])
def test_a_damaged_entry_is_built_again_never_served(folder: Path, where: int) -> None:
    built_once("places", content_key("v1"), _Builder(TABLE))
    (entry,) = folder.glob("places-*.marshal")
    data = bytearray(entry.read_bytes())
    data[where] ^= 0xFF
    entry.write_bytes(bytes(data))
    build = _Builder(TABLE)
    assert built_once("places", content_key("v1"), build) == TABLE
    assert build.calls == 1
    assert built_once("places", content_key("v1"), build) == TABLE
    assert build.calls == 1  # the rebuilt entry is whole again


def test_a_truncated_entry_is_built_again(folder: Path) -> None:
    built_once("places", content_key("v1"), _Builder(TABLE))
    (entry,) = folder.glob("places-*.marshal")
    entry.write_bytes(entry.read_bytes()[:-4])
    build = _Builder(TABLE)
    assert built_once("places", content_key("v1"), build) == TABLE and build.calls == 1


def test_an_unwritable_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # a folder inside a file
    build = _Builder(TABLE)
    assert built_once("places", content_key("v1"), build) == TABLE
    assert built_once("places", content_key("v1"), build) == TABLE
    assert build.calls == 2


def test_an_empty_setting_switches_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_folder() is None
    build = _Builder(TABLE)
    built_once("places", content_key("v1"), build)
    built_once("places", content_key("v1"), build)
    assert build.calls == 2


def test_no_key_means_no_entry(folder: Path) -> None:
    build = _Builder(TABLE)
    built_once("places", None, build)
    built_once("places", None, build)
    assert build.calls == 2 and not folder.exists()


def test_a_value_marshal_cannot_write_is_returned_and_not_kept(folder: Path) -> None:
    value = {"when": object()}
    assert built_once("places", content_key("v1"), lambda: value) is value
    assert not list(folder.glob("*"))


def test_the_user_cache_folder_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_folder() == Path("/somewhere/cache/claimrecon")


CHILD = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from claimrecon.files import built_once, content_key
    table = {f"town {n}": (n, n / 7, None, "city") for n in range(20_000)}
    print(json.dumps(built_once("towns", content_key("v1"), lambda: table) == table))
    """
)


def test_processes_building_at_once_all_get_the_table_and_leave_one_whole_entry(
    folder: Path,
) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ROOT)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, CACHE_ENV: str(folder)},
        )
        for _ in range(3)
    ]
    said = [json.loads(child.communicate(timeout=120)[0]) for child in children]
    assert said == [True] * 3
    assert len(list(folder.glob("towns-*.marshal"))) == 1
    assert not list(folder.glob(".*.tmp"))
    build = _Builder(None)
    table = built_once("towns", content_key("v1"), build)
    assert build.calls == 0 and len(table) == 20_000  # type: ignore[arg-type]
