"""Does learned trust move `best` closer to a later authoritative toll than the plain policies?

Run: python benchmarks/trust.py

Both splits of the real corpus are analysed (the documents only: this reads no gold
figure), each split as one corpus, as `real.py` does. For each attack, the predicted event
that holds most of the gold main event's claims (found by their quotes) stands for the
attack, and its GED-style `best` killed figure (people, or the sum over subjects that do not
nest) under each policy is compared with the reference toll of
`real/reference_tolls.json`. The error is |best - reference| / reference; an attack whose
event has no best counts as a miss for that policy. An attack with no reference toll yet is
left out and named.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path

import claimrecon
from claimrecon.exports import ged_rows
from claimrecon.gold import combine_gold, read_gold

HERE = Path(__file__).resolve().parent / "real"
POLICIES = ("ucdp", "acled", "truthfinder")


def main_event_of(report: claimrecon.Report, gold: dict, texts: dict[str, str]) -> str | None:
    """Return the predicted event holding most claims at the gold main event's quotes."""
    main = gold["events"][0]["id"]
    places = []
    for c in gold["claims"]:
        if c["event"] == main:
            at = texts[c["doc"]].find(c["quote"])
            if at >= 0:
                places.append((c["doc"], at, at + len(c["quote"])))
    by_claim = {e_claim: e.id for e in report.events for e_claim in e.claims}
    votes: Counter[str] = Counter()
    for claim in report.claims:
        s = claim.span
        if claim.id in by_claim and any(
            d == s.doc and s.start < end and start < s.end for d, start, end in places
        ):
            votes[by_claim[claim.id]] += 1
    return votes.most_common(1)[0][0] if votes else None


def run() -> dict[str, dict[str, int | None]]:
    reference = json.loads((HERE / "reference_tolls.json").read_text())["tolls"]
    results: dict[str, dict[str, int | None]] = {}
    for split in ("dev", "test"):
        folders = sorted(p.parent for p in (HERE / split).glob("*/gold.json"))
        golds = {f.name: json.loads((f / "gold.json").read_text()) for f in folders}
        combined = combine_gold([read_gold(f / "gold.json") for f in folders], where=split)
        documents = list(combined.documents())
        texts = {d.id: d.text for d in documents}
        report = claimrecon.analyze(documents)
        for name, gold in golds.items():
            if name not in reference:
                print(f"{name}: no reference toll in reference_tolls.json, left out")
                continue
            event = main_event_of(report, gold, texts)
            results[name] = {"reference": reference[name]["killed"]}
            for policy in POLICIES:
                rows = {r["relid"]: r for r in ged_rows(claimrecon.estimate(report, policy))}
                results[name][policy] = rows[event]["best"] if event in rows else None
    return results


def main() -> None:
    results = run()
    print(f"{'attack':28} {'reference':>9} " + " ".join(f"{p:>11}" for p in POLICIES))
    errors: dict[str, list[float]] = {p: [] for p in POLICIES}
    for name, row in results.items():
        ref = row["reference"]
        assert ref
        cells = []
        for p in POLICIES:
            best = row[p]
            err = 1.0 if best is None else abs(best - ref) / ref
            errors[p].append(err)
            cells.append(f"{best!s:>6} {err:4.2f}")
        print(f"{name:28} {ref:>9} " + " ".join(cells))
    print()
    for p in POLICIES:
        print(
            f"{p:12} mean relative error {statistics.mean(errors[p]):.3f}, "
            f"median {statistics.median(errors[p]):.3f}"
        )
    for p in POLICIES[:-1]:
        closer = sum(t < o for t, o in zip(errors["truthfinder"], errors[p], strict=True))
        farther = sum(t > o for t, o in zip(errors["truthfinder"], errors[p], strict=True))
        print(
            f"truthfinder vs {p}: closer in {closer}, farther in {farther}, equal in "
            f"{len(results) - closer - farther} of {len(results)} attacks"
        )


if __name__ == "__main__":
    main()
