"""Rules about attribution: who did it.

Actors are compared by family (:meth:`claimrecon.vocab.ActorLexicon.family`): the Islamic
State and its Khorasan province are one perpetrator, the Haqqani network and the Taliban
another.

May import: :mod:`.engine` and :mod:`.registry`, and the connected, wording, vocab,
compiled and models modules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from claimrecon import compiled
from claimrecon.connected import components
from claimrecon.models import AttributionClaim, Contradiction, Severity, SourceKind, Stance
from claimrecon.rules.engine import EventContext
from claimrecon.rules.registry import rule
from claimrecon.vocab import Lexicon, alternation, per_lexicon

__all__ = ["attribution_conflict", "stance_words"]

_FIRM = (Stance.CLAIMED, Stance.ASSERTED)


def stance_words(ctx: EventContext, claim: AttributionClaim) -> str:
    """Return what a claim says of its actor: "claims responsibility", "believes it was X"."""
    actor = claim.actor
    speaker = ctx.source_name(claim)
    own = claim.source.name is not None and ctx.family(speaker) == ctx.family(actor)
    if claim.stance is Stance.CLAIMED:
        return "claims responsibility" if own else f"says {actor} claimed responsibility"
    if claim.stance is Stance.ASSERTED:
        return f"says {actor} did it"
    if claim.stance is Stance.BELIEVED:
        return f"believes {actor} did it"
    if claim.stance is Stance.SUSPECTED:
        return f"suspects {actor}"
    return "denies responsibility" if own else f"says {actor} denies responsibility"


def _side(ctx: EventContext, claims: Sequence[AttributionClaim]) -> str:
    """Say what each speaker of a side says, each speaker and stance once."""
    said: list[str] = []
    for claim in claims:
        words = f"{ctx.label(claim)} {ctx.agree(claim, stance_words(ctx, claim))}"
        if words not in said:
            said.append(words)
    return "; ".join(said)


def _named_jointly(left: Sequence[AttributionClaim], right: Sequence[AttributionClaim]) -> bool:
    """Say whether one claim of each side names the two actors together, with one stance."""
    return any(
        a.span.doc == b.span.doc
        and a.stance == b.stance
        and a.span.start < b.span.end
        and b.span.start < a.span.end
        for a in left
        for b in right
    )


def _perpetrator_sides(
    ctx: EventContext, named: dict[str, list[AttributionClaim]]
) -> list[list[str]]:
    """Return the families named as perpetrator, grouped into sides of co-perpetrators.

    Every family named for the event is one side of a single conflict ("the Islamic State
    claimed it; officials blamed Ukraine"), except families one text names together with
    one stance ("blamed Israel and the United States"), or that a text naming one ties to
    the other ("the Zelva-linked Okvara Front"), which are one side. Families are joined
    pairwise only through the claims that name them and their texts, so the cost is the
    number of families squared, a handful an event.
    """
    families = sorted(named)
    jointly = [
        (first, second)
        for i, first in enumerate(families)
        for second in families[i + 1 :]
        if _named_jointly(named[first], named[second])
        or _tied(ctx, named, first, second)
        or _tied(ctx, named, second, first)
        or _claimants_own(named[first], named[second])
        or _claimants_own(named[second], named[first])
    ]
    return sorted(components(families, jointly))


def _claimants_own(named: Sequence[AttributionClaim], claimant: Sequence[AttributionClaim]) -> bool:
    """Say whether an actor is named only by a claimant's own words: its fighter or unit.

    "The Zelvan Front claimed the bombing ... it said the attack was carried out by Abu
    Okvar al-Dunmari": a militant speaker, in a text where another actor claims the
    attack, that names who carried it out tells the claimant's own account of its men, no
    rival perpetrator. Every claim naming the actor must be such, none the actor's own.
    """
    claimed = {c.span.doc for c in claimant if c.stance is Stance.CLAIMED}
    return bool(named) and all(
        c.source.kind is SourceKind.MILITANT
        and c.stance is Stance.ASSERTED
        and c.span.doc in claimed
        for c in named
    )


@per_lexicon
def _tie_words(lexicon: Lexicon) -> tuple[str, str]:
    """Return the lexicon's ties of two groups: glued to a name, and between two names.

    The first are ``link_words`` ("the Zelva-linked Okvara Front", "linked to Zelva"); the
    second ``group_ties`` and a noun of ``member_nouns`` after an article ("the Okvara
    Front, a breakaway faction of the Zelva"): see
    :attr:`~claimrecon.vocab.ActorLexicon.group_ties`.
    """
    act = lexicon.actors
    links = alternation(w.lower() for w in act.link_words)
    members = alternation(w.lower() for w in act.member_nouns)
    between = alternation(w.lower() for w in act.group_ties)
    under = rf"(?:{between}|(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{members})\s+(?:of|for))"
    return links, under


def _names(ctx: EventContext, family: str, claims: list[AttributionClaim]) -> str:
    """Return a pattern of the names a family goes by: its claims' actors and their aliases."""
    canonical = {family, *(c.actor for c in claims)}
    folded = {n.casefold() for n in canonical}
    aliases = {a for a, n in ctx.lexicon.actors.aliases.items() if n.casefold() in folded}
    # Longest first, then in order: the same names give the same pattern in every process
    # (a set's order changes with the string hashes), which the table of compiled
    # patterns keeps once.
    names = sorted({*canonical, *aliases}, key=lambda n: (-len(n), n))
    return "|".join(_short_in_capitals(n) for n in names)


def _short_in_capitals(name: str) -> str:
    """The pattern of one name; a short alias counts only in capitals, as the extractor reads it.

    The lexicon keeps its aliases in lower case: "is" is the Islamic State only as "IS",
    and an acronym of three letters opens with a capital ("JeM", "TTP"), never "jem".
    """
    if len(name) > 3:
        return re.escape(name)
    if len(name) < 3:
        return f"(?-i:{re.escape(name.upper())})"
    return f"(?-i:{re.escape(name[0].upper())})(?i:{re.escape(name[1:])})"


def _tied(
    ctx: EventContext, named: dict[str, list[AttributionClaim]], larger: str, group: str
) -> bool:
    """Say whether a text naming ``group`` ties it to ``larger``: one side, not rivals.

    "The Zelva-linked Okvara Front", "the Okvara Front, which is aligned with Zelva", "the
    Okvara Front, a breakaway faction of the Zelva", "the Okvara Front carried out the
    attack with the help of the Zelva": a group the texts tie to another is its ally,
    branch or partner, whichever of them is named for the attack. The ties are the
    lexicon's (see :func:`_tie_words`).
    """
    big, small = _names(ctx, larger, named[larger]), _names(ctx, group, named[group])
    links, under = _tie_words(ctx.lexicon)
    tie = compiled.compile(
        rf"\b(?:{big})[-\s](?:{links})\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?(?:{small})\b"
        rf"|\b(?:{small})\b[^.;]{{0,40}}?\b(?:{links})\s+(?:to|with|by)\s+(?:the\s+)?(?:{big})\b"
        rf"|\b(?:{small})\b[^.;]{{0,60}}?\b{under}\s+(?:the\s+)?(?:{big})\b"
        rf"|\b(?:{small}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{big})-(?:{links})\b",
        re.IGNORECASE,
    )
    # "A little-known group claiming links to Zelva": the description the claim named it by.
    described = compiled.compile(
        rf"\b(?:links?|ties|{links}|tied)\s+(?:to|with)\s+(?:the\s+)?(?:{big})\b", re.IGNORECASE
    )
    if any(c.actor_text and described.search(c.actor_text) for c in named[group]):
        return True
    for doc_id in sorted({c.span.doc for c in named[group]}):
        document = ctx.document(doc_id)
        if document is not None and tie.search(document.text):
            return True
    return False


@rule("attribution-conflict", kind="attribution", severity="hard")
def attribution_conflict(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag different perpetrators named for one event, or a denial of a named one.

    A description of the attackers ("unknown gunmen") names no perpetrator.
    """
    named: dict[str, list[AttributionClaim]] = defaultdict(list)
    denied: dict[str, list[AttributionClaim]] = defaultdict(list)
    for claim in ctx.attributions:
        if ctx.generic(claim.actor):
            continue  # "gunmen" names no group to rival one
        family = ctx.family(claim.actor)
        (denied if claim.stance is Stance.DENIED else named)[family].append(claim)
    yield from _perpetrator_conflict(ctx, _without_sponsors(ctx, named))
    yield from _denial_conflicts(ctx, named, denied)


@per_lexicon
def _countries(lexicon: Lexicon) -> frozenset[str]:
    """Return the names of states as a whole, folded: countries, not their forces."""
    organs = {w.casefold() for w in lexicon.actors.state_organs}
    plain = {s for s in lexicon.actors.state_actors if s.split()[-1].casefold() not in organs}
    return frozenset(n.casefold() for n in (*lexicon.events.capitals, *plain))


def _without_sponsors(
    ctx: EventContext, named: dict[str, list[AttributionClaim]]
) -> dict[str, list[AttributionClaim]]:
    """Leave out a state accused of backing a group that claims the attack: a sponsor.

    "The Dunmar-based Zelvan Front claimed the bombing; Okvara blamed Dunmar": a
    government that blames the country a claiming group is based in accuses it of
    backing the group, which does not exclude the group's own act. A state as a whole (a
    country, not its army or forces), named by accusation only, is no rival perpetrator
    of a group that the event's texts tie to it ("<country>-based", "based in
    <country>"), nor when every text that accuses it also tells a group's claim of the
    act ("Okvara accused Dunmar of being responsible ... it also confirmed that the
    Zelvan Front claimed it"): a text that holds both tells the state behind the group.
    A state blamed in a text that tells no group's claim, beside a group with no tie to
    it, stays a rival.
    """
    countries = _countries(ctx.lexicon)
    groups = [c for f, claims in named.items() if f.casefold() not in countries for c in claims]
    claiming = {c.span.doc for c in groups if c.stance is Stance.CLAIMED}

    def sponsor(family: str, claims: list[AttributionClaim]) -> bool:
        return (
            family.casefold() in countries
            and all(c.stance is not Stance.CLAIMED for c in claims)
            and (
                any(_based_in(ctx, family, c) for c in groups)
                or all(c.span.doc in claiming for c in claims)
            )
        )

    return {f: claims for f, claims in named.items() if not sponsor(f, claims)}


_NEAR = 250
"""How far around a group's claim its text is read for the country it is based in."""


def _based_in(ctx: EventContext, country: str, claim: AttributionClaim) -> bool:
    """Say whether the text around a group's claim bases the group in a country."""
    document = ctx.document(claim.span.doc)
    if document is None:
        return False
    text = document.text[max(0, claim.span.start - _NEAR) : claim.span.end + _NEAR]
    name = re.escape(country)
    tie = rf"\b{name}[-\s]based\b|\bbased\s+in\s+{name}\b"
    return re.search(tie, text, re.IGNORECASE) is not None


def _perpetrator_conflict(
    ctx: EventContext, named: dict[str, list[AttributionClaim]]
) -> Iterator[Contradiction]:
    """Yield the one conflict of the perpetrators named for an event, if two or more are."""
    sides = _perpetrator_sides(ctx, named)
    if len(sides) < 2:
        return
    claims = [[c for f in side for c in named[f]] for side in sides]
    # Two beliefs or suspicions are unlikely both right; a firm claim against anything
    # cannot both hold.
    firm = any(c.stance in _FIRM for side in claims for c in side)
    names = [" and ".join(side) for side in sides]
    yield ctx.contradiction(
        [[c.id for c in side] for side in claims],
        f"{'; '.join(_side(ctx, side) for side in claims)}; "
        f"{', '.join(names[:-1])} and {names[-1]} are different perpetrators: "
        "only one of them can have done it.",
        severity=None if firm else Severity.SOFT,
    )


def _denial_conflicts(
    ctx: EventContext,
    named: dict[str, list[AttributionClaim]],
    denied: dict[str, list[AttributionClaim]],
) -> Iterator[Contradiction]:
    """Yield a conflict for each group denied and named as perpetrator."""
    for family, denials in sorted(denied.items()):
        # A group's denial answers those who name it; a branch or splinter named in its
        # own name ("a splinter group claimed it") may have acted without it.
        actors = {_fold(ctx, c.actor) for c in denials}
        naming = [
            c
            for c in named.get(family, [])
            if _fold(ctx, c.actor) in actors and not _a_part_named(c)
        ]
        # A denial by a group that nobody names is no conflict.
        if not naming:
            continue
        firm = any(c.stance in _FIRM for c in naming)
        yield ctx.contradiction(
            [[c.id for c in denials], [c.id for c in naming]],
            f"{_side(ctx, denials)}; {_side(ctx, naming)}; the denial and the "
            f"attribution to {family} cannot both hold: either {family} took part or its "
            "denial is true.",
            severity=None if firm else Severity.SOFT,
        )


# "the handiwork of some local faction of the group": a part of the group, told by its noun.
_PART_OF = re.compile(
    r"(?<![\w\-])(?:faction|splinter|wing|cell|offshoot|branch|breakaway)s?"
    r"(?:\s+(?:group|unit)s?)?\s+(?:of|within|from)\s+$",
    re.IGNORECASE,
)


def _a_part_named(claim: AttributionClaim) -> bool:
    """Say whether a claim names a part of its actor ("a local faction of the Okvara Front").

    The part may have acted without the whole: the whole's denial does not answer it.
    """
    text = claim.actor_text
    at = claim.quote.rfind(text) if text else -1
    return at > 0 and _PART_OF.search(claim.quote, 0, at) is not None


def _fold(ctx: EventContext, actor: str) -> str:
    """Fold an actor's name for comparison: its lexicon name ("ISIS" is the Islamic State)."""
    return ctx.lexicon.actors.canonical(" ".join(actor.split())).casefold()
