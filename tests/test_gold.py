from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import GoldFormatError
from claimrecon.gold import (
    GoldSet,
    combine_gold,
    fold_actor,
    parse_gold,
    read_gold,
    report_to_gold,
    score,
    write_gold,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD_RAW: dict[str, Any] = json.loads((SEEDS / "gold.json").read_text())


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    return read_gold(SEEDS / "gold.json")


def variant(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(GOLD_RAW)
    raw.update(changes)
    return raw


def test_reads_the_seed_gold(gold: GoldSet) -> None:
    report = gold.to_report()
    assert len(report.documents) == 5
    assert len(report.claims) == 32
    assert len(report.events) == 7
    assert len(report.contradictions) == 4
    f15 = report.claim("f15")
    assert f15.quote == "including seven policemen"
    assert report.document(f15.span.doc).text[f15.span.start : f15.span.end] == f15.quote
    ambulance = next(e for e in report.events if e.id == "kabul-ambulance-bombing-2018-01-27")
    assert ambulance.date is not None and ambulance.date.isoformat() == "2018-01-27"
    assert set(ambulance.claims) == {"f05", "a02", "f08", "f09", "a05"}


def test_gold_scores_perfectly_against_itself(gold: GoldSet) -> None:
    scores = score(gold, gold.to_report())
    assert scores.figures.f1 == scores.attributions.f1 == 1.0
    assert scores.events_bcubed_f1 == 1.0
    assert (scores.event_dates.right, scores.event_dates.total) == (4, 4)
    assert scores.contradictions.f1 == 1.0
    assert scores.consistent_flagged == 0
    assert scores.missed == [] and scores.false_positives == []


def test_prediction_file_round_trips(gold: GoldSet, tmp_path: Path) -> None:
    path = tmp_path / "pred.json"
    write_gold(
        gold.to_report(),
        path,
        files={d.id: str(SEEDS / f"{d.id}.txt") for d in gold.data.documents},
    )
    # The files are named by absolute paths outside the prediction file's folder.
    again = read_gold(path, root=Path(os.path.commonpath([SEEDS.resolve(), tmp_path.resolve()])))
    assert sorted(again.to_report().claims, key=lambda c: c.id) == sorted(
        gold.to_report().claims, key=lambda c: c.id
    )
    assert score(gold, again).figures.f1 == 1.0
    # and against the gold's texts when the prediction file's documents are elsewhere
    raw = json.loads(path.read_text())
    for doc in raw["documents"]:
        doc["file"] = "missing.txt"
    assert score(gold, parse_gold(raw, texts=gold.texts)).attributions.f1 == 1.0


def test_missing_and_wrong_predictions_lower_the_scores(gold: GoldSet) -> None:
    raw = report_to_gold(gold.to_report())
    raw["claims"] = [c for c in raw["claims"] if c["id"] != "f07"]
    f02 = next(c for c in raw["claims"] if c["id"] == "f02")
    f02["low"] = f02["high"] = 9
    raw["contradictions"] = []
    scores = score(gold, parse_gold(raw, texts=gold.texts))
    assert scores.figures.found == 18 and scores.figures.gold == 20
    assert scores.figures.right == 18 and scores.figures.predicted == 19
    assert scores.figure_attributes["interval"].right == 18
    assert scores.contradictions.recall == 0.0
    assert any(m.startswith("f07 ") for m in scores.missed)
    assert "x1: " in "\n".join(scores.missed)
    assert "figures" in scores.format() and "missed:" in scores.format()


def test_distractors_are_false_positives_and_ignored_spans_are_not(gold: GoldSet) -> None:
    raw = report_to_gold(gold.to_report())
    text = gold.texts["002_144cc2e452955354"]
    for quote in ("a four hour battle", "there are less than 1,000 IS fighters"):
        start = text.index(quote)
        raw["claims"].append(
            {
                "id": f"p-{start}",
                "type": "figure",
                "doc": "002_144cc2e452955354",
                "quote": quote,
                "start": start,
                "end": start + len(quote),
                "metric": "count",
                "subject": "militants",
                "low": 4,
                "high": 4,
                "qualifier": "exact",
            }
        )
    scores = score(gold, parse_gold(raw, texts=gold.texts))
    assert scores.figures.predicted == 21  # the ignored one is left out of precision
    assert scores.false_positives == [
        "002_144cc2e452955354: count militants 4..4  «a four hour battle» (a distractor)"
    ]


def test_consistent_pairs_flagged_are_counted(gold: GoldSet) -> None:
    raw = report_to_gold(gold.to_report())
    raw["contradictions"].append(
        {"id": "bad", "kind": "figure", "sides": [["f05"], ["f08"]], "severity": "hard"}
    )
    raw["contradictions"].append({"id": "bad2", "kind": "figure", "claims": ["f03", "f10"]})
    scores = score(gold, parse_gold(raw, texts=gold.texts))
    assert scores.consistent_flagged == 2
    assert scores.contradictions.right == 4 and scores.contradictions.predicted == 6


@given(st.sets(st.integers(0, 31)))
def test_a_subset_of_gold_has_full_precision(keep: set[int]) -> None:
    gold = _cached_gold()
    raw = report_to_gold(gold.to_report())
    raw["claims"] = [c for i, c in enumerate(raw["claims"]) if i in keep]
    kept = {c["id"] for c in raw["claims"]}
    raw["contradictions"] = [
        x for x in raw["contradictions"] if all(c in kept for s in x["sides"] for c in s)
    ]
    scores = score(gold, parse_gold(raw, texts=gold.texts))
    assert scores.figures.precision == scores.attributions.precision == 1.0
    assert scores.figures.found + scores.attributions.found == len(keep)
    assert scores.contradictions.precision == 1.0
    assert scores.consistent_flagged == 0


_GOLD: list[GoldSet] = []


def _cached_gold() -> GoldSet:
    if not _GOLD:
        _GOLD.append(read_gold(SEEDS / "gold.json"))
    return _GOLD[0]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (variant(format="claimrecon-gold/2"), r"format: unknown format tag 'claimrecon-gold/2'"),
        ([], "format: unknown format tag 'list'"),
        (
            variant(claims=[{**GOLD_RAW["claims"][0], "quote": "no such words"}]),
            r"claims\[0\]: quote 'no such words' not found in document",
        ),
        (
            variant(claims=[{**GOLD_RAW["claims"][0], "start": 0, "end": 5}]),
            r"claims\[0\]: quote .* is not at 0..5",
        ),
        (
            variant(contradictions=[{"kind": "figure", "sides": [["f01"], ["zz"]]}]),
            r"contradictions\[0\]: unknown claim id 'zz'",
        ),
        (
            variant(claims=[{**GOLD_RAW["claims"][0], "event": "nowhere"}]),
            r"claims\[0\]\.event: unknown event 'nowhere'",
        ),
        (
            variant(claims=[{**GOLD_RAW["claims"][0], "metric": "eaten"}]),
            r"claims\.0\.figure\.metric: Input should be",
        ),
        (
            variant(claims=[GOLD_RAW["claims"][0], GOLD_RAW["claims"][0]]),
            r"claim ids used twice: \['f01'\]",
        ),
    ],
)
def test_bad_gold_files_name_the_place(raw: Any, message: str) -> None:
    with pytest.raises(GoldFormatError, match=message):
        parse_gold(raw, base=SEEDS, where="g.json")


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        read_gold(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(GoldFormatError, match=r"bad\.json: line 1 column 2: not JSON"):
        read_gold(tmp_path / "bad.json")
    (tmp_path / "g.json").write_text(
        json.dumps({"format": "claimrecon-gold/1", "documents": [{"id": "x", "file": "x.txt"}]})
    )
    with pytest.raises(GoldFormatError, match=r"documents\[0\]\.file: cannot read document"):
        read_gold(tmp_path / "g.json")


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("IS", "islamic state"),
        ("ISIL", "islamic state"),
        ("Daesh", "islamic state"),
        ("IS-K", "islamic state"),
        ("ISKP", "islamic state"),
        ("Islamic State Khorasan", "islamic state"),
        ("Haqqani network", "taliban"),
        ("Haqqani network (Taliban)", "taliban"),
        ("Taliban", "taliban"),
        ("al-Shabaab", "al shabaab"),
    ],
)
def test_fold_actor(name: str, folded: str) -> None:
    assert fold_actor(name) == folded


def split_by_document(gold: GoldSet) -> list[GoldSet]:
    return [gold.restrict([doc.id]) for doc in gold.data.documents]


def test_restricting_to_a_document_keeps_only_what_concerns_it(gold: GoldSet) -> None:
    part = gold.restrict(["003_a7e790fbe98c4e62"])
    assert [d.id for d in part.data.documents] == ["003_a7e790fbe98c4e62"]
    assert part.data.claims and {c.doc for c in part.data.claims} == {"003_a7e790fbe98c4e62"}
    kept = {c.id for c in part.data.claims}
    assert {c.event for c in part.data.claims} == {e.id for e in part.data.events}
    for x in part.data.contradictions:
        assert len(x.groups) >= 2
        assert all(c in kept for side in x.groups for c in side)
    assert all(kept.issuperset(pair.claims) for pair in part.data.consistent)
    assert set(part.texts) == {"003_a7e790fbe98c4e62"}
    # A gold set scores perfectly against itself, part by part.
    assert score(part, part).figures.f1 == 1.0


def test_a_cut_keeps_a_contradiction_only_with_two_sides_left(gold: GoldSet) -> None:
    doc = {c.id: c.doc for c in gold.data.claims}
    parts = {part.data.documents[0].id: part for part in split_by_document(gold)}
    for x in gold.data.contradictions:
        for name, part in parts.items():
            sides_here = [side for side in x.groups if any(doc[c] == name for c in side)]
            kept = [y for y in part.data.contradictions if y.id == x.id]
            assert len(kept) == (1 if len(sides_here) >= 2 else 0)
            for y in kept:
                assert all(doc[c] == name for side in y.groups for c in side)


def test_combining_the_parts_gives_the_whole_back(gold: GoldSet) -> None:
    parts = [gold.restrict(["000_fb2d3af77b1de7c0", "001_b69fd0fab81b4be5"])]
    parts.append(gold.restrict(["002_144cc2e452955354", "003_a7e790fbe98c4e62"]))
    parts.append(gold.restrict(["004_afb9ab6740bcbe61"]))
    whole = combine_gold(parts)
    assert {c.id for c in whole.data.claims} == {c.id for c in gold.data.claims}
    assert {e.id for e in whole.data.events} == {e.id for e in gold.data.events}
    assert set(whole.texts) == set(gold.texts)
    assert score(whole, gold).figures.f1 == 1.0


def test_combining_refuses_an_id_used_twice(gold: GoldSet) -> None:
    part = gold.restrict(["000_fb2d3af77b1de7c0"])
    with pytest.raises(GoldFormatError, match="document id '000_fb2d3af77b1de7c0' is used in"):
        combine_gold([part, part])


def test_combining_refuses_one_event_described_two_ways(gold: GoldSet) -> None:
    first = gold.restrict(["000_fb2d3af77b1de7c0"])
    event = first.data.events[0]
    raw = variant(
        documents=[d.model_dump() for d in gold.data.documents if d.id == "001_b69fd0fab81b4be5"],
        events=[{**event.model_dump(mode="json"), "location": "elsewhere"}],
        claims=[],
        contradictions=[],
        consistent=[],
        ignore=[],
        distractors=[],
    )
    second = parse_gold(raw, texts=gold.texts)
    with pytest.raises(GoldFormatError, match=f"event {event.id!r} is described differently"):
        combine_gold([first, second])
