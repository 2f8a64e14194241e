r"""Defaults for the command line from ``[tool.claimrecon]`` or a ``claimrecon.toml``.

The nearest folder, from the current one up, that holds a ``claimrecon.toml`` (its keys
at the top level) or a ``pyproject.toml`` with a ``[tool.claimrecon]`` table gives the
defaults; a flag on the command line wins over it. The keys:

| key | value | flag |
|---|---|---|
| `lexicon` | list of JSON files, relative to the configuration file | `--lexicon` |
| `policy` | a policy's registered name | `--policy` |
| `rules` | the names of the only rules to run | `--rule` |
| `disable` | the names of rules not to run | `--disable` |
| `tolerance` | a fraction (`0.1`), or `{relative = 0.1, absolute = 1}` | `--tolerance` |
| `plugins` | modules to import, which register rules and policies | `--plugin` |

May import: the errors and models modules.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "claimrecon.toml").write_text('policy = "ibc"\ndisable = ["revision"]\n')
    >>> found = find_config(folder)
    >>> found.values["policy"], found.values["disable"]
    ('ibc', ['revision'])
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimrecon.errors import InputError
from claimrecon.models import ABOUT_TOLERANCE, Tolerance

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the backport, on Python 3.10
    import tomli as tomllib

__all__ = ["KEYS", "Config", "apply_config", "find_config", "read_config"]

KEYS = ("lexicon", "policy", "rules", "disable", "tolerance", "plugins")
"""The keys a configuration may hold."""

_LISTS = ("lexicon", "rules", "disable", "plugins")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Config:
    """Defaults read from a file, and the file (for messages and relative paths)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)


def find_config(start: Path) -> Config:
    """Return the configuration nearest ``start``, going up; an empty one if there is none.

    Raises:
        InputError: If the file found is not TOML or holds an unknown key or a bad value.
    """
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / "claimrecon.toml"
        if own.is_file():
            return read_config(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            found = read_config(project)
            if found.values:
                return found
    return Config()


def read_config(path: Path) -> Config:
    """Read a ``claimrecon.toml``, or the ``[tool.claimrecon]`` table of a ``pyproject.toml``.

    Raises:
        InputError: If the file is not TOML or holds an unknown key or a bad value.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the configuration: {exc}", where=str(path)) from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimrecon", {})
        table = "[tool.claimrecon]"
    else:
        table = "the file"
    if not isinstance(data, dict):
        raise InputError(f"{table} is not a table", where=str(path))
    for key, value in data.items():
        if key not in KEYS:
            raise InputError(
                f"unknown key {key!r} in {table}; known: {', '.join(KEYS)}", where=str(path)
            )
        if key in _LISTS and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise InputError(f"{key!r} must be a list of strings", where=str(path))
    if "policy" in data and not isinstance(data["policy"], str):
        raise InputError("'policy' must be a string", where=str(path))
    logger.debug("configuration from %s", path)
    return Config(path, dict(data))


def _tolerance(value: Any, where: str) -> Tolerance:
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return Tolerance(relative=value)
        if isinstance(value, dict):
            return Tolerance(**value)
    except (TypeError, ValidationError) as exc:
        raise InputError(f"'tolerance' is not a tolerance: {exc}", where=where) from exc
    raise InputError("'tolerance' must be a fraction or a table", where=where)


def apply_config(args: argparse.Namespace, config: Config) -> None:
    """Fill the options the command line left unset from ``config``; import the plugins.

    Raises:
        InputError: If a plugin cannot be imported or the tolerance is not one.
    """
    values, where = config.values, str(config.path)
    base = config.path.parent if config.path else Path.cwd()
    plugins = list(getattr(args, "plugins", []) or values.get("plugins", []))
    _import_plugins(plugins, base)
    if not hasattr(args, "policy"):
        return  # a command without analysis options: schema, rules, report
    args.policy = args.policy or values.get("policy", "ucdp")
    if not args.lexicon:
        args.lexicon = [str(base / p) for p in values.get("lexicon", [])]
    args.rules = args.rules or values.get("rules", [])
    args.disable = args.disable or values.get("disable", [])
    if args.tolerance is not None:
        args.tolerance = Tolerance(relative=args.tolerance)
    elif "tolerance" in values:
        args.tolerance = _tolerance(values["tolerance"], where)
    else:
        args.tolerance = ABOUT_TOLERANCE


def _import_plugins(names: list[str], base: Path) -> None:
    # A user's module beside the configuration (or in the current folder) is importable
    # even when the program runs as an installed script.
    for folder in (str(base), str(Path.cwd())):
        if folder not in sys.path:
            sys.path.append(folder)
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            raise InputError(f"cannot import the plugin {name!r}: {exc}") from exc
