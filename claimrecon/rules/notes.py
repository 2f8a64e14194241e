"""Rules that note without contradicting: revised figures and self-interested sources.

May import: :mod:`.engine` and :mod:`.registry`, and the wording, vocab and models modules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from claimrecon.models import AttributionClaim, FigureClaim, Note, SourceKind
from claimrecon.rules.engine import EventContext
from claimrecon.rules.registry import rule
from claimrecon.wording import agree, figure_words, metric_words, participle, subject_words

__all__ = ["revision", "self_interest"]


@rule("revision", kind="figure", severity="soft")
def revision(ctx: EventContext) -> Iterator[Note]:
    """Note a figure that updates an earlier one: an update, not a contradiction."""
    figures = ctx.figures
    current = {c.id for c in ctx.current_figures}
    for old in figures:
        standing = _standing_updates(ctx, old, current)
        for new in standing:
            if ctx.bounds(old) == ctx.bounds(new) and old.subject is new.subject:
                continue
            if old.subject is not new.subject or old.metric is not new.metric:
                # "Initially 30 people", then "56 worshippers": a larger count of a
                # narrower or wider group, or of a part of the metric, completes it.
                yield ctx.note(
                    [old.id, new.id],
                    f"{ctx.label(new)} {ctx.agree(new, 'gives')} {figure_words(new.figure)} "
                    f"{subject_words(new.subject)} {participle(new.metric)}, more than the "
                    f"provisional {figure_words(old.figure)} {subject_words(old.subject)} "
                    f"{participle(old.metric)} given by {ctx.label(old)}; an update, not a "
                    "contradiction.",
                )
                continue
            how = "revises" if new.revision else "completes" if old.provisional else "updates"
            yield ctx.note(
                [old.id, new.id],
                f"{ctx.label(new)} {ctx.agree(new, how)} the number of "
                f"{subject_words(new.subject)} {participle(new.metric)} from "
                f"{figure_words(old.figure)} (given by {ctx.label(old)}) to "
                f"{figure_words(new.figure)}; an update, not a contradiction.",
            )


_NOTED = 3
"""How many standing updates a figure is noted against, at most."""


def _standing_updates(ctx: EventContext, old: FigureClaim, current: set[str]) -> list[FigureClaim]:
    """Return the figures still standing that update ``old``, a few at most.

    "15 so far", "rose to 21", "now 25": the 15 is noted against the figures still
    standing, not against every step between. Candidates come largest first, so the
    search stops after a few standing updates: a figure a thousand others complete
    needs no thousand notes, and the rule stays linear in the figures.
    """
    standing: list[FigureClaim] = []
    earlier: list[FigureClaim] = []
    seen: set[str] = set()
    for new in ctx.update_candidates(old):
        if new.id in seen:
            continue
        seen.add(new.id)
        if not ctx.updates(old, new) or ctx.updates(new, old):
            continue
        if new.id in current:
            standing.append(new)
        else:
            earlier.append(new)
        if len(standing) >= _NOTED or len(earlier) >= 4 * _NOTED:
            break
    return sorted(standing or earlier[:_NOTED], key=lambda c: c.id)


@rule("self-interest", kind="other", severity="soft")
def self_interest(ctx: EventContext) -> Iterator[Note]:
    """Note figures and claims of responsibility from the perpetrator itself."""
    by_speaker: dict[str, list[FigureClaim | AttributionClaim]] = defaultdict(list)
    for claim in ctx.claims:
        if ctx.self_interested(claim):
            by_speaker[_speaker(ctx, claim)].append(claim)
    for speaker, claims in sorted(by_speaker.items()):
        said: list[str] = []
        for claim in claims:
            if isinstance(claim, AttributionClaim):
                text = f"claims responsibility for {claim.actor}"
            else:
                text = (
                    f"says {figure_words(claim.figure)} {subject_words(claim.subject)} "
                    f"{metric_words(claim.metric)}"
                )
            if text not in said:
                said.append(text)
        plural = ctx.plural(speaker.split(" (", 1)[0])
        yield ctx.note(
            [c.id for c in claims],
            f"{speaker} {agree('speaks', plural=plural)} for the perpetrator "
            f"({'; '.join(agree(s, plural=plural) for s in said)}); a perpetrator's "
            "own claims and figures are often inflated.",
        )


def _speaker(ctx: EventContext, claim: FigureClaim | AttributionClaim) -> str:
    """Return who speaks for the perpetrator: the source, or the claimant it reports."""
    if isinstance(claim, AttributionClaim) and claim.source.kind is not SourceKind.MILITANT:
        # "IS claimed the attack", in a reporter's words: IS is the one speaking.
        return f"{claim.actor} (as reported by {ctx.label(claim)})"
    return ctx.label(claim)
