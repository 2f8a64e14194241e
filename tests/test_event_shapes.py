"""Mentions of one shape are alike for ``may_link``: an engine that splits may compare one.

The Dask engine keeps one representative of each shape and decides its pairs for all the
mentions of that shape; if two mentions of one shape could be told apart by ``may_link``,
a pair would be lost and an event split that one process keeps whole.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from functools import cache

from claimrecon import extract_report
from claimrecon.events import Linkable, linkables, may_link

from .newsgen import generate


@cache
def _linkables(count: int) -> tuple[list[Linkable], dict[str, set[str]]]:
    report = extract_report(generate(count))
    claims = defaultdict(list)
    for claim in report.claims:
        claims[claim.span.doc].append(claim)
    found: list[Linkable] = []
    names: dict[str, set[str]] = {}
    for document in report.documents:
        links, places, _ = linkables(document, claims[document.id])
        found += links
        names[document.id] = set(places)
    # Each side sees the names of every document of its signature, as the engine gives it.
    by_signature: dict[str, set[str]] = defaultdict(set)
    for link in found:
        by_signature[link.signature] |= names[link.doc]
    return found, {f"{x.doc}#{x.key}": by_signature[x.signature] for x in found}


def test_mentions_of_one_shape_get_the_same_answer_from_may_link() -> None:
    # Generated reports of many overlapping events: reports of one day, target and place
    # that differ in the group they blame or the toll they give, beside reports of
    # neighbouring days that share a group or a toll with only some of them.
    found, names = _linkables(300)
    by_shape: dict[str, list[Linkable]] = defaultdict(list)
    for link in found:
        if link.start is not None:
            by_shape[link.shape].append(link)
    shared = [group for group in by_shape.values() if len(group) > 1]
    assert len(shared) >= 20
    compared = 0
    for group in shared:
        blocks = set(group[0].blocks)
        lo, hi = group[0].start, group[0].end
        others = [
            x
            for x in found
            if x.start is not None
            and blocks & set(x.blocks)
            and x.start <= hi
            and lo <= x.end
            and x.doc not in {m.doc for m in group}
        ]
        for other in others:
            answers = {
                may_link(
                    member,
                    other,
                    names[f"{member.doc}#{member.key}"],
                    names[f"{other.doc}#{other.key}"],
                )
                for member in group
            }
            compared += 1
            assert len(answers) == 1, (group[0].doc, other.doc)
    assert compared >= 200


def test_a_shape_holds_what_scores_a_pair() -> None:
    found, _ = _linkables(300)
    by_shape: dict[str, list[Linkable]] = defaultdict(list)
    for link in found:
        by_shape[link.shape].append(link)
    for group in by_shape.values():
        for a, b in itertools.combinations(group, 2):
            assert a.mention.actors == b.mention.actors
            assert a.mention.figures == b.mention.figures
            assert a.mention.main == b.mention.main
