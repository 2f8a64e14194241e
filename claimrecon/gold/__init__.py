"""Read, write and score the ``claimrecon-gold/1`` annotation format.

One format serves as gold (a hand annotation), as predictions (the library's output) and
as bootstrapped annotation (predictions corrected by hand). See ``GOLD.md`` in the
project's shared folder; the rules are restated in the docs' evaluation guide.

Scoring the library on an annotated corpus::

    import claimrecon
    from claimrecon.gold import read_gold, score

    gold = read_gold("seeds/gold.json")
    print(score(gold, claimrecon.analyze(gold.documents())).format())

The package, lowest first: ``schema`` (the format as pydantic models, and ``GoldSet``),
``io`` (read, check, combine and write files) and ``scoring`` (GOLD.md's scores). Import
from ``claimrecon.gold``: its names are the public ones.

May import: the modules of :mod:`claimrecon.gold`, and io.
"""

from claimrecon.gold.io import (
    combine_gold,
    format_partial_date,
    parse_gold,
    read_gold,
    report_to_gold,
    write_gold,
)
from claimrecon.gold.schema import (
    GoldAttribution,
    GoldContradiction,
    GoldDocument,
    GoldEvent,
    GoldFigure,
    GoldFile,
    GoldSet,
)
from claimrecon.gold.scoring import PRF, AttributeAccuracy, Scores, fold_actor, score
from claimrecon.io import GOLD_FORMAT

__all__ = [
    "GOLD_FORMAT",
    "PRF",
    "AttributeAccuracy",
    "GoldAttribution",
    "GoldContradiction",
    "GoldDocument",
    "GoldEvent",
    "GoldFigure",
    "GoldFile",
    "GoldSet",
    "Scores",
    "combine_gold",
    "fold_actor",
    "format_partial_date",
    "parse_gold",
    "read_gold",
    "report_to_gold",
    "score",
    "write_gold",
]
