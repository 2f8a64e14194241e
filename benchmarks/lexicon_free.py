"""How much of dev's attributions the frames find without the actor's lexicon entry (on demand).

    python benchmarks/lexicon_free.py         # one line per dev actor, and the total
    python benchmarks/lexicon_free.py -v      # also the attributions still missed
    python benchmarks/lexicon_free.py --all   # every actor name removed at once
    python benchmarks/lexicon_free.py --strict  # whole pipeline, the gold's own name only

For each actor of dev's gold, every alias that folds to it is removed from the ``actors``
lexicon, dev is extracted again, and its gold attributions are counted as found when a
predicted attribution overlaps the gold span in the same document with the same actor, or
names it by one of its removed spellings (the frame found the group; without the lexicon it
can only write the name as the text does). This is how the reading would fare on a group
that the lexicon has never heard of. With ``--all``, every alias and every outlet of the
lexicon is removed at once and dev is extracted once: no actor is known, none can help
find another (a known group as subject of an aside, a known parent of an affiliate), as
in an article about a region the lexicon has never covered. Dev only: the test split is
blind.

With ``--strict``, documents go through the whole pipeline (:func:`claimrecon.analyze`, so
names are also resolved across an event's documents) and a gold attribution counts as
found only when the predicted actor folds to the gold's own name, as the scorer asks: an
acronym or a short form the text uses is found only if it was written as the group's full
name.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimrecon import analyze
from claimrecon.extract import extract
from claimrecon.gold import GoldAttribution, combine_gold, fold_actor, read_gold
from claimrecon.models import AttributionClaim
from claimrecon.vocab import Lexicon

HERE = Path(__file__).resolve().parent / "real" / "dev"


def _gold():  # type: ignore[no-untyped-def]
    folders = sorted(p.parent for p in HERE.glob("*/gold.json"))
    return combine_gold([read_gold(f / "gold.json") for f in folders], where=str(HERE))


def _without(lexicon: Lexicon, actor: str) -> tuple[Lexicon, set[str]]:
    """The lexicon without the aliases of ``actor`` (and of what folds to it)."""
    target = fold_actor(actor)
    data = lexicon.model_dump(mode="json")
    aliases = data["actors"]["aliases"]
    removed = {k for k, v in aliases.items() if fold_actor(v) == target or fold_actor(k) == target}
    data["actors"]["aliases"] = {k: v for k, v in aliases.items() if k not in removed}
    return Lexicon.model_validate(data), {fold_actor(k) for k in removed} | {target}


def _without_all(lexicon: Lexicon) -> tuple[Lexicon, dict[str, set[str]]]:
    """The lexicon without any actor name or outlet, and each actor's removed spellings."""
    data = lexicon.model_dump(mode="json")
    names: dict[str, set[str]] = defaultdict(set)
    for k, v in data["actors"]["aliases"].items():
        names[fold_actor(v)] |= {fold_actor(k), fold_actor(v)}
    data["actors"]["aliases"] = {}
    data["actors"]["outlets"] = {}
    return Lexicon.model_validate(data), names


def _attack(doc: str) -> str:
    """The attack a dev document reports: its folder's name, before the document's number."""
    return re.sub(r"-\d\d-.*$", "", doc)


def _read(docs, lexicon: Lexicon, strict: bool) -> list[AttributionClaim]:  # type: ignore[no-untyped-def]
    """The attribution claims of ``docs``: extracted one by one, or by the whole pipeline."""
    if strict:
        claims = analyze(docs, lexicon=lexicon).claims
    else:
        claims = [c for d in docs for c in extract(d, lexicon)]
    return [c for c in claims if isinstance(c, AttributionClaim)]


def _found(gold: GoldAttribution, preds: list[AttributionClaim], names: set[str]) -> bool:
    for p in preds:
        if p.span.doc != gold.doc or p.span.end <= (gold.start or 0):
            continue
        if p.span.start >= (gold.end or 0):
            continue
        if fold_actor(p.actor) in names or fold_actor(p.actor_text or "") in names:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--all", action="store_true", help="remove every actor name at once")
    parser.add_argument("--strict", action="store_true", help="whole pipeline, gold name only")
    args = parser.parse_args(argv)
    gold = _gold()
    docs = list(gold.documents())
    atts = [c for c in gold.data.claims if isinstance(c, GoldAttribution)]
    by_actor: dict[str, list[GoldAttribution]] = defaultdict(list)
    for a in atts:
        by_actor[fold_actor(a.actor)].append(a)
    base = Lexicon.default()
    total_found = total = 0
    if args.all:
        bare, spellings = _without_all(base)
        every = _read(docs, bare, args.strict)
    for actor, claims in sorted(by_actor.items()):
        if args.all:
            preds, names = every, spellings.get(actor, set()) | {actor}
        else:
            lexicon, names = _without(base, claims[0].actor)
            # The whole pipeline reads each event whole: every document of the actor's events.
            wanted = {c.doc for c in claims}
            if args.strict:
                attacks = {_attack(d) for d in wanted}
                wanted = {d.id for d in docs if _attack(d.id) in attacks}
            preds = _read([d for d in docs if d.id in wanted], lexicon, args.strict)
        if args.strict:
            names = {actor}
        hits = [c for c in claims if _found(c, preds, names)]
        total_found += len(hits)
        total += len(claims)
        print(f"{actor:40s} {len(hits):3d}/{len(claims):3d}")
        if args.verbose:
            for c in claims:
                if c not in hits:
                    print(f"    missed {c.id} {c.stance.value}: {c.quote[:90]!r}")
    print(f"{'all':40s} {total_found:3d}/{total:3d} = {total_found / max(total, 1):.3f}")
    if args.all:
        _report_unmatched(every, atts, spellings, verbose=args.verbose)
    return 0


def _report_unmatched(
    preds: list[AttributionClaim],
    atts: list[GoldAttribution],
    spellings: dict[str, set[str]],
    verbose: bool,
) -> None:
    """Count the predictions that match no gold attribution (a rough precision check)."""
    wrong = [
        p
        for p in preds
        if not any(
            _found(g, [p], spellings.get(fold_actor(g.actor), set()) | {fold_actor(g.actor)})
            for g in atts
        )
    ]
    print(f"{'predicted':40s} {len(preds):3d}, matching no gold attribution: {len(wrong)}")
    if verbose:
        for p in wrong:
            print(f"    unmatched {p.actor!r} {p.stance.value}: {p.quote[:90]!r}")


if __name__ == "__main__":
    raise SystemExit(main())
