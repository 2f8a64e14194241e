"""docs/contributing.md and .importlinter name every module of the package."""

from __future__ import annotations

import ast
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


def _said(doc: str) -> str | None:
    """Return what a module docstring says it may import, from those words on."""
    for paragraph in re.split(r"\n\s*\n", doc):
        found = re.search(r"(May import:|It may import)", paragraph)
        if found:
            return " ".join(paragraph[found.start() :].split())
    return None


def _imported(path: Path) -> set[str]:
    """Return the modules of the package ``path`` imports at run time (not for type hints)."""
    tree = ast.parse(path.read_text())
    hints = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in hints:
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimrecon"):
            module = (node.module or "").removeprefix("claimrecon").lstrip(".")
            names = [a.name for a in node.names if (PACKAGE / a.name).exists()]
            names += [a.name for a in node.names if (PACKAGE / f"{a.name}.py").exists()]
            found |= {module} if module else set(names)
        elif isinstance(node, ast.Import):
            found |= {
                a.name.removeprefix("claimrecon.")
                for a in node.names
                if a.name.startswith("claimrecon.")
            }
    return found


def _key(package: str, name: str) -> str:
    return f"{package}/{name}" if package else name


def test_each_module_says_what_it_may_import() -> None:
    said = {
        _key(package, name)
        for package, name in modules()
        if _said(ast.get_docstring(ast.parse((PACKAGE / package / f"{name}.py").read_text())) or "")
    }
    every = {_key(package, name) for package, name in modules()}
    assert every <= said, f"say what it may import: {sorted(every - said)}"


def _allowed(module: str, named: set[str], here: str) -> bool:
    """Say whether ``module`` is one of ``named``, inside one, or a sibling in ``here``."""
    return any(
        module == n or module.startswith(n + ".") or (here and module == f"{here}.{n}")
        for n in named
    )


def test_each_module_imports_only_what_its_docstring_allows() -> None:
    tops = {name for package, name in modules() if not package} | {
        package for package, _ in modules() if package
    }
    wrong = {}
    for package, name in modules():
        path = PACKAGE / package / f"{name}.py"
        said = _said(ast.get_docstring(ast.parse(path.read_text())) or "")
        if said is None or "any module" in said:
            continue
        named = set(re.findall(r"claimrecon\.([\w.]+)", said))
        named |= set(re.findall(r"`\.(\w+)`", said))  # :mod:`.scope`, a sibling
        named |= {w for w in re.findall(r"\w+", said) if w in tops}
        here = package.replace("/", ".")
        extra = sorted(m for m in _imported(path) if not _allowed(m, named, here))
        if extra:
            wrong[_key(package, name)] = extra
    assert not wrong, f"imports its docstring does not allow: {wrong}"
