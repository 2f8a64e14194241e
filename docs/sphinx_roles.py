"""A griffe extension for the API reference: Sphinx roles in docstrings become links.

The docstrings say :class:`Report` and :func:`~claimrecon.estimates.estimate`, which read
well in ``help()``; mkdocstrings would show them as literal text. Once the package is
loaded, each role becomes an autorefs cross-reference when its name resolves in the
object's scope or as a full path, and plain code otherwise; and each ``Example:`` section
becomes ``Examples:``, which griffe renders as code with its prompts.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

# Google style's "Example:" is an admonition to griffe, whose Markdown turns the doctest's
# ">>>" into nested quotes; "Examples:" is the section griffe renders as code.
_EXAMPLE = re.compile(r"(\s*)Example:[ \t]*")

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")


def _examples(text: str) -> str:
    """Rename each ``Example:`` section holding a doctest to ``Examples:``."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        found = _EXAMPLE.fullmatch(line)
        if not found:
            continue
        indent = len(found.group(1))
        body = []
        for following in lines[i + 1 :]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            body.append(following)
        if any(b.lstrip().startswith(">>>") for b in body):
            lines[i] = f"{found.group(1)}Examples:"
    return "\n".join(lines)


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx cross-reference roles in every docstring of a package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstrings of the whole package, once every module is loaded."""
        known: set[str] = set()
        objects = list(_walk(pkg, known))
        for obj in objects:
            if obj.docstring is not None:
                text = _examples(obj.docstring.value)
                obj.docstring.value = _ROLE.sub(
                    lambda m, o=obj: _link(o, m.group(2), bool(m.group(1)), known), text
                )


def _walk(obj: griffe.Object, known: set[str]) -> Any:
    known.add(obj.path)
    yield obj
    for member in obj.members.values():
        if member.is_alias:
            known.add(member.path)
            continue
        yield from _walk(member, known)  # type: ignore[arg-type]


def _link(obj: griffe.Object, name: str, short: bool, known: set[str]) -> str:
    target = _resolve(obj, name, known)
    shown = name.rsplit(".", 1)[-1] if short else name
    if target is None:
        return f"`{shown}`"
    # Optional: an object the reference pages do not show stays code, without a warning.
    return f'<autoref identifier="{target}" optional><code>{shown}</code></autoref>'


def _resolve(obj: griffe.Object, name: str, known: set[str]) -> str | None:
    name = name.strip().removesuffix("()")
    if name in known:
        return name
    first, _, rest = name.partition(".")
    try:
        base = obj.resolve(first)
    except Exception:  # griffe's NameResolutionError, or a member it cannot follow
        return None
    target = f"{base}.{rest}" if rest else base
    return target
