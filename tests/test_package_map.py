"""docs/contributing.md and .importlinter name every module of the package."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import claimrecon

PACKAGE = Path(claimrecon.__file__).parent
ROOT = PACKAGE.parent
MAP = (ROOT / "docs" / "contributing.md").read_text()
NAMED = set(re.findall(r"`([\w/]+)`", MAP))


def modules() -> list[tuple[str, str]]:
    """Return each module as (package or "", name), the package's face as "__init__"."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found.append(("", parts[0]) if len(parts) == 1 else ("/".join(parts[:-1]), parts[-1]))
    return found


def test_the_map_names_every_module() -> None:
    missing = [
        f"{package}/{name}" if package else name
        for package, name in modules()
        if name != "__init__"
        and (f"{package}/{name}" if package else name) not in NAMED
        and not (package and name in NAMED)
    ]
    assert not missing, f"add to docs/contributing.md: {missing}"


def test_every_module_of_the_package_has_a_layer() -> None:
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    layers = config["importlinter:contract:layers"]["layers"]
    placed = set(re.findall(r"claimrecon\.(\w+)", layers))
    top = {name if not package else package.split("/")[0] for package, name in modules()}
    assert top - {"__init__"} <= placed, f"add to .importlinter: {top - placed - {'__init__'}}"
