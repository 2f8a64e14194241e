from __future__ import annotations

import ast
from pathlib import Path

import claimrecon


def test_all_matches_the_imported_names() -> None:
    tree = ast.parse(Path(claimrecon.__file__).read_text())
    imported = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assigned = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id != "__all__"
    }
    assert sorted(claimrecon.__all__) == claimrecon.__all__
    assert set(claimrecon.__all__) == imported | assigned


def test_every_public_name_resolves() -> None:
    for name in claimrecon.__all__:
        assert getattr(claimrecon, name) is not None
