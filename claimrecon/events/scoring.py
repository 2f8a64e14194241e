"""Whether two mentions can be one event: refusals, a weighted score and its evidence.

May import: :mod:`.mentions`, and the extract and models modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimrecon.events.mentions import _SITE_DAYS, _kinds_agree, _Mention, _near, _overlap
from claimrecon.extract import relation
from claimrecon.models import EventKind, Place


def _located(m: _Mention) -> list[Place]:
    """Return a mention's resolved places, leaving out those named only in a dateline."""
    return [g for p, g in zip(m.places, m.geo, strict=True) if g.resolved and p not in m.weak]


_COARSE = frozenset({"country", "division"})
"""Places too large to say that two reports tell one event by themselves."""


def _unknown(m: _Mention) -> set[str]:
    """Return the names of a mention's places that the gazetteer does not know."""
    return {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}


def _fine_names(m: _Mention) -> set[str]:
    """Return the names of a mention's places finer than a country, but a dateline's."""
    return {
        p.lower()
        for p, g in zip(m.places, m.geo, strict=True)
        if g.level != "country" and p not in m.weak
    }


def _spelled_alike(a: _Mention, b: _Mention) -> str | None:
    """Return a place finer than a country both name, one of them unknown to the gazetteer.

    A small place's name is one place in both reports when one of them does not know it,
    or knows it elsewhere only for want of the country around it (a village resolved to
    a namesake abroad in a report that names no country).
    """
    shared = sorted((_unknown(a) & _fine_names(b)) | (_fine_names(a) & _unknown(b)))
    return shared[0] if shared else None


def _place_pairs(a: _Mention, b: _Mention) -> list[tuple[Place, Place]]:
    """Return the pairs of resolved places to compare: cities if both name one."""
    ra, rb = _located(a), _located(b)
    fine_a = [g for g in ra if g.level not in _COARSE]
    fine_b = [g for g in rb if g.level not in _COARSE]
    if fine_a and fine_b:
        return [(x, y) for x in fine_a for y in fine_b]
    return [(x, y) for x in ra for y in rb]


def _place_relation(a: _Mention, b: _Mention) -> tuple[str, bool] | None:
    """Say how two mentions' places are one place, and whether finer than a country.

    Places the gazetteer resolved decide: two mentions that each name a city must name
    cities that are one place (the same, or within reach of each other); otherwise one
    must contain the other ("Kabul" in "Afghanistan"). A name the gazetteer does not know
    confirms only by its spelling. A city named only in a dateline counts as its country.
    """
    shared = _spelled_alike(a, b)
    if shared:
        return f"same place, {shared}", True
    pairs = _place_pairs(a, b)
    for x, y in pairs:
        words = relation(x, y)
        if words is not None:
            return words, x.level not in _COARSE and y.level not in _COARSE
    if not pairs and (a.weak or b.weak) and a.within & b.within:
        return f"in {sorted(a.within & b.within)[0]} (a dateline)", False
    return None


def _day_like(m: _Mention) -> bool:
    """Say whether a mention is dated to the day, or reported within a few days."""
    return m.rank == 0 or (m.date is None and m.reported is not None)


def _places_agree(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str]
) -> tuple[str, bool] | None:
    if not _located(a) or not _located(b):
        shared = _spelled_alike(a, b)
        return (f"same place, {shared}", True) if shared else ("no place to compare", False)
    found = _place_relation(a, b)
    if found is not None:
        return found
    # Beyond the gazetteer, a place counts as compatible when the other document names
    # it too ("Dahyan" and "Saada" in two reports that both mention both).
    if any(p in names_b for p in a.places) and any(p in names_a for p in b.places):
        return "each report names the other's place", False
    return None


def _may_meet(a: _Mention, b: _Mention, same_doc: bool) -> bool:
    """Say whether two mentions' documents, dates and kinds allow them to be one event.

    An undated mention may meet any date; only the score decides.
    """
    if a.doc == b.doc and not same_doc:
        return False
    dated = a.window is not None and b.window is not None
    if dated and not _overlap(a.window, b.window) and not _siege_days(a, b):
        return False
    return _kinds_agree(a.kind, b.kind) or _one_site_hit(a, b)


def _siege_days(a: _Mention, b: _Mention) -> bool:
    """Say whether two days a few days apart may date one event at one named site.

    A siege runs for days: one report dates it by the day it began ("stormed the
    Marigold mall on Saturday"), another by the day it ended ("the siege at Marigold
    ended on Tuesday").
    """
    return a.rank == 0 and b.rank == 0 and _one_siege(a, b)


def _one_siege(a: _Mention, b: _Mention) -> bool:
    """Say whether two mentions a few days apart may tell one siege at one site.

    Both name the site by its proper name, or both tell an event that runs for days
    ("the hostage crisis at a Zelvanian dam", "the siege of the dam ended") and name the
    same target.
    """
    same_site = bool(a.sites & b.sites) or (
        a.siege and b.siege and a.target is not None and _same_target(a, b)
    )
    return same_site and _near(a.window, b.window, _SITE_DAYS)


def _same_target(a: _Mention, b: _Mention) -> bool:
    return a.target == b.target or a.target in b.aliases or b.target in a.aliases


# An attack and an operation may be one event told two ways: gunmen's "raid on a mall",
# or the forces' operation at the site under attack.
_HIT_AND_OPERATION = frozenset({EventKind.ATTACK, EventKind.OPERATIONS})


def _one_site_hit(a: _Mention, b: _Mention) -> bool:
    """Say whether an attack and an operation hit one named site: one event, told two ways.

    "Gunmen stormed a mall" and "a raid on a mall": the kinds differ, the site does not.
    """
    return (
        frozenset({a.kind, b.kind}) == _HIT_AND_OPERATION
        and a.target is not None
        and _same_target(a, b)
    )


def _related_target(a: _Mention, b: _Mention) -> bool:
    return a.target in b.related or b.target in a.related


# The score two mentions need to be merged, and what each agreement adds to it. The
# weights make the merges of the first round's rules and no more: the same target and
# overlapping dates (3 + 1); the same day in one city without a target on one side
# (2 + 2); a related target needs a place or a shared actor or figures besides the date.
MERGE_SCORE = 4.0


_WEIGHTS = {
    "same day": 2.0,
    "dates overlap": 1.0,
    "fine place": 2.0,
    "coarse place": 1.0,
    "named place": 0.5,
    "same target": 3.0,
    "related target": 1.5,
    "site name": 2.0,
    "actor": 1.0,
    "figure": 0.5,
    "other actors": -2.0,
}


_MAX_SHARED_FIGURES = 3


@dataclass
class _Score:
    """Why two mentions may be one event: the sum of weighted agreements and their words."""

    value: float = 0.0
    why: list[str] = field(default_factory=list)

    def add(self, weight: str, words: str) -> None:
        self.value += _WEIGHTS[weight]
        self.why.append(words)


def _date_score(a: _Mention, b: _Mention, score: _Score) -> bool:
    """Score the dates; say whether both are dated."""
    if a.window is None or b.window is None:
        score.why.append("undated")
        return False
    if not _overlap(a.window, b.window):
        score.add("dates overlap", "days of one siege")
    elif _day_like(a) and _day_like(b):
        score.add("same day", "same day")
    else:
        score.add("dates overlap", "dates overlap")
    return True


def _place_score(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], score: _Score
) -> bool | None:
    """Score the places; say whether they are one place finer than a country (None: refused)."""
    found = _places_agree(a, b, names_a, names_b)
    if found is None:
        return None
    words, fine = found
    if fine:
        score.add("fine place", words)
    elif words == "each report names the other's place":
        score.add("named place", words)
    elif words != "no place to compare":
        score.add("coarse place", words)
    else:
        score.why.append(words)
    return fine


def _target_score(a: _Mention, b: _Mention, day: bool, fine: bool, score: _Score) -> bool:
    """Score the targets; say whether they allow one event."""
    if a.target is None or b.target is None:
        score.why.append("a target on one side only")
        return True
    if _same_target(a, b):
        score.add("same target", f"target {a.target!r} in both")
        return True
    if _related_target(a, b):
        score.add("related target", f"targets {a.target!r} and {b.target!r} name one site")
        return True
    if a.sites & b.sites:
        return True  # "the Sunrise mall" and "the Sunrise hotel": one named site
    # Two reports' main events on the same day in one city are one event, whatever each
    # names as hit first: "a hotel" and "a cafe" of one siege.
    if a.main and b.main and day and fine:
        score.why.append(f"main event of both reports ({a.target}, {b.target})")
        return True
    return False


def _shared_score(a: _Mention, b: _Mention, score: _Score) -> None:
    """Score the site's name, the actors and the figures both reports give."""
    sites = sorted(a.sites & b.sites)
    if sites:
        score.add("site name", f"site {sites[0]!r} named in both")
    actors = sorted(a.actors & b.actors)
    if actors:
        score.add("actor", f"actor {actors[0]!r} in both")
    elif a.actors and b.actors:
        score.add("other actors", f"other actors ({sorted(a.actors)[0]}, {sorted(b.actors)[0]})")
    shared = len(a.figures & b.figures)
    if shared:
        for _ in range(min(shared, _MAX_SHARED_FIGURES)):
            score.value += _WEIGHTS["figure"]
        score.why.append(f"{shared} shared figure{'s' if shared > 1 else ''}")


def _untargeted_meet(a: _Mention, b: _Mention, dated: bool, day: bool, fine: bool) -> bool:
    """Say whether two mentions, one with no target, are one event.

    Only the same day in a place both name will do, or one city and a toll or group both give,
    told to the day in one report and to the month in the other ("the attacks on 13
    March that left 40 dead", "killed 40 people in the city in March"), or not dated at
    all in one of them; or the main story of both in one small place in one month.
    """
    if dated and a.sites & b.sites:
        return True  # "the siege at Sunrise" and "the Sunrise shopping mall"
    if _place_relation(a, b) is None:
        # A report that names no place the gazetteer knows ("at the border crossing here
        # on Sunday") meets another of the same day by a toll or a group both give.
        return day and _placeless(a, b) and bool(a.figures & b.figures or a.actors & b.actors)
    return _placed_meet(a, b, dated, day, fine)


def _placeless(a: _Mention, b: _Mention) -> bool:
    """Say whether one of two mentions names no place at all, known or not."""
    return not a.places or not b.places


def _placed_meet(a: _Mention, b: _Mention, dated: bool, day: bool, fine: bool) -> bool:
    """The rest of :func:`_untargeted_meet`, for two mentions whose places agree."""
    if not dated:
        # Nothing dates one of them, not even a publication day: one small place and a
        # toll both give ("the attack on the village that left 132 dead").
        return fine and bool(a.figures & b.figures)
    if day:
        return True
    if fine and a.main and b.main and _spelled_alike(a, b) is not None:
        # Two reports whose story is an attack in one small place (too small for the
        # gazetteer) in the same month: a follow-up months later dates it by its month.
        return True
    # A toll or a group both name ("claimed the killing of 20 in the capital in
    # November") in one city, or dates within a week.
    shared = bool(a.figures & b.figures) or bool(a.actors & b.actors)
    return fine and (shared or _within_week(a, b))


def _within_week(a: _Mention, b: _Mention) -> bool:
    """Say whether both mentions are dated within a week: "last weekend", "on Saturday"."""
    return all(
        m.window is not None and (m.window[1] - m.window[0]).days <= _WEEK_DAYS for m in (a, b)
    )


# A week's window, as "last week" or "the weekend" give it (a day's spills one more).
_WEEK_DAYS = 6


def _agreement(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], same_doc: bool = False
) -> _Score | None:
    """Return why two mentions can be one event and how strongly, or ``None``.

    Dates that cannot both hold, kinds that differ, places that are not one place and
    targets that name different sites refuse a pair; what agrees adds to its score (see
    ``_WEIGHTS``), and a pair scoring below :data:`MERGE_SCORE` is refused too. Without a
    target on one side, only the same day in one place will do; an undated mention needs
    the same target, a place and an actor in common.
    """
    if not _may_meet(a, b, same_doc):
        return None
    score = _Score()
    dated = _date_score(a, b, score)
    day = dated and _day_like(a) and _day_like(b)
    fine = _place_score(a, b, names_a, names_b, score)
    if fine is None or not _target_score(a, b, day, fine, score):
        return None
    _shared_score(a, b, score)
    if a.target is None or b.target is None:
        return score if _untargeted_meet(a, b, dated, day, fine) else None
    if not dated and not (a.actors & b.actors and a.places):
        return None
    return score if score.value >= MERGE_SCORE else None


def _compatible(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], same_doc: bool = False
) -> bool:
    return _agreement(a, b, names_a, names_b, same_doc) is not None
