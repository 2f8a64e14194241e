"""Dev's events as the library groups them: gold events split or dated wrong (run on demand).

    python benchmarks/real_events.py            # every dev attack with a split or a date miss
    python benchmarks/real_events.py wagah-2014 # one attack, whether or not it misses

For each gold event it prints the predicted events its matched claims fell into (with the
documents and the number of claims of each), the predicted date against the gold date, and the
place, target and merge evidence of each predicted event. Reads the dev split only: the test
split is blind.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claimrecon
from claimrecon.gold import combine_gold, parse_gold, report_to_gold, score
from claimrecon.gold.schema import GoldAttribution, GoldFigure
from claimrecon.gold.scoring import _greedy_match, _same_actor, _same_figure

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real import attacks


def main(argv: list[str]) -> int:
    """Print dev's split gold events and date misses."""
    split = attacks("dev")
    gold = combine_gold(split.values(), where="benchmarks/real/dev")
    report = claimrecon.analyze(gold.documents())
    events = {e.id: e for e in report.events}
    g = gold.data
    predicted = parse_gold(report_to_gold(report), texts=gold.texts, where="predictions")
    pred = predicted.data
    gf = [c for c in g.claims if isinstance(c, GoldFigure)]
    pf = [c for c in pred.claims if isinstance(c, GoldFigure)]
    ga = [c for c in g.claims if isinstance(c, GoldAttribution)]
    pa = [c for c in pred.claims if isinstance(c, GoldAttribution)]
    matched = {**_greedy_match(gf, pf, _same_figure), **_greedy_match(ga, pa, _same_actor)}
    pred_by_id = {c.id: c for c in pred.claims}
    gold_by_id = {c.id: c for c in g.claims}
    wanted = set(argv)
    for name, gs in split.items():
        if wanted and name not in wanted:
            continue
        s = score(gs, predicted.restrict(gs.texts))
        lines = []
        for ge in gs.data.events:
            votes: Counter[str] = Counter()
            docs: dict[str, set[str]] = defaultdict(set)
            for gid, pid in matched.items():
                if gold_by_id[gid].event != ge.id:
                    continue
                pe = pred_by_id[pid].event or "~none"
                votes[pe] += 1
                docs[pe].add(gold_by_id[gid].doc)
            if not votes:
                if ge.date:
                    lines.append(f"  gold {ge.id} {ge.date}: no claim of it matched  DATE MISS")
                continue
            top = votes.most_common(1)[0][0]
            pdate = events[top].date.isoformat() if top in events and events[top].date else None
            prec = getattr(ge.date_precision, "value", None)
            n = {"day": 10, "month": 7, "year": 4}.get(prec or "", 0)
            date_ok = not ge.date or (pdate is not None and pdate[:n] == ge.date[:n])
            if len(votes) == 1 and date_ok and not wanted:
                continue
            mark = "" if date_ok else "  DATE MISS"
            lines.append(f"  gold {ge.id} {ge.date} ({prec}) {ge.location}{mark}")
            for pe, k in votes.most_common():
                e = events.get(pe)
                if e is None:
                    lines.append(f"    {pe}: {k} claims in {sorted(docs[pe])}")
                    continue
                place = e.place.name if e.place else None
                lines.append(
                    f"    {pe} {e.kind.value} {e.date} {e.location!r} place={place!r} "
                    f"target={e.target!r}: {k} claims in {sorted(docs[pe])}"
                )
                for ev in e.evidence:
                    lines.append(f"      evidence: {ev}")
        if lines:
            print(
                f"{name}: events {s.events_bcubed_f1:.2f} dates {s.event_dates.right}/"
                f"{s.event_dates.total}"
            )
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
