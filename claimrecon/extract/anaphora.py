"""Back-references to an armed group or a state force: "the group", "the militants", "it".

A text names a group once and then refers back to it: "the group", "the al-Qaeda-linked
group", "the militants", "the organisation" stand for an armed group, "the coalition" and
"the army" for a state force (the ``anaphors`` of the actors lexicon, each phrase with its
class). Both readers of the library meet them: an attribution ("the group claimed the
attack") and a speaker ("the group said in a statement ..."). This module is the one place
that decides what such a phrase stands for; each reader brings its own way of finding the
actors named in a sentence.

The scope is the sentence up to the phrase or, failing that, the nearest of the three
sentences before it that names an actor of the class. The phrase resolves when the actors
in scope are one family (the Islamic State and its Khorasan province are one); when two
groups are in scope, a group named only as another's ally ("X, which has links to Y") is
set aside first, and a parent named just before its affiliate ("the HZ Okvara Brigade")
names only the affiliate. It is ``sure`` when exactly one actor, not only one family, is in
scope. "this group" refers back as "the group" does; "the Movement of the Okvara Front" is a name.

May import: :mod:`.segment`, and :mod:`claimrecon.vocab` for its regex alternation.

Example:
    >>> anaphor_heads({"the group": "armed", "the armed forces": "state"})
    {'group': 'armed', 'forces': 'state'}
    >>> anaphor_kind(anaphor_heads({"the group": "armed"}), ["the", "jihadist", "group"])
    'armed'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.vocab import alternation

__all__ = [
    "ANAPHOR_MOD",
    "Named",
    "anaphor_heads",
    "anaphor_kind",
    "anaphor_re",
    "resolve",
]

# A modifier between "the" and a group word: "the al-Qaeda-linked group", "the Islamist
# militant group"; never a function word ("the attack on the group" is no anaphor).
ANAPHOR_MOD = (
    r"(?!(?:the|a|an|of|on|in|at|by|for|to|with|and|or|from|that|which|who|said|says"
    r"|its|their|this|these|those)(?![\w\-]))[\w'\u2019\-]+"
)
# The same words, for a phrase already cut into lower-cased tokens.
_NOT_MODIFIERS = frozenset(
    {"a", "an", "of", "on", "in", "at", "by", "for", "to", "with", "and", "or", "from",
     "that", "which", "who", "its", "their", "this", "these", "those", ","}
)  # fmt: skip
# "the group", and the demonstrative "this group": both name again a group named before.
_DETERMINERS = frozenset({"the", "this"})
_MAX_BACK = 3  # sentences before the phrase that may hold its actor
_LONG = 4000  # characters: a longer "sentence" is no text to look back across
_TIES = frozenset({"links", "link", "ties", "allegiance"})
_WORD = re.compile(r"[\w'\u2019\-]+|[^\w\s]")


class Named(Protocol):
    """An actor named in the text: where, and its canonical name."""

    @property
    def start(self) -> int: ...  # noqa: D102

    @property
    def end(self) -> int: ...  # noqa: D102

    @property
    def actor(self) -> str: ...  # noqa: D102


N = TypeVar("N", bound=Named)


def anaphor_heads(anaphors: dict[str, str]) -> dict[str, str]:
    """Map the last word of each back-reference to its class: "group" is armed."""
    heads: dict[str, str] = {}
    for phrase, kind in anaphors.items():
        words = phrase.lower().split()
        if words:
            heads.setdefault(words[-1], kind)
    return heads


def anaphor_re(heads: dict[str, str]) -> re.Pattern[str] | None:
    """A back-reference in running text: "the (al-Qaeda-linked) group", "this group"."""
    if not heads:
        return None
    # Heads are single words: longest first, so that no shorter one stops the match early.
    alt = alternation(heads, spaces=r"\ ")
    return re.compile(
        rf"(?<![\w\-])(?:the|this)\s+(?:{ANAPHOR_MOD}\s+){{0,3}}?(?:{alt})"
        r"(?![\w\-]|['\u2019]\w\w)"
        # "the Movement of the Okvara Front in Zelvania": a name, which a finder of names reads.
        r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
        re.IGNORECASE,
    )


def anaphor_kind(heads: dict[str, str], lows: Sequence[str]) -> str | None:
    """The class a phrase cut into lower-cased words refers back to, if it is one.

    "the al-Qaeda-linked group" is armed; "the attack on the group" is no back-reference.
    """
    if not 2 <= len(lows) <= 5 or lows[0] not in _DETERMINERS or lows[-1] not in heads:
        return None
    if any(w in _NOT_MODIFIERS or w == "the" for w in lows[1:-1]):
        return None
    return heads[lows[-1]]


def resolve(
    ctx: DocContext,
    sentence: Sentence,
    at: int,
    named: Sequence[N],
    mentions: Callable[[Sentence], Sequence[N]],
    of_kind: Callable[[str], bool],
    links: frozenset[str],
) -> tuple[str | None, bool]:
    """Return the actor a back-reference at ``at`` stands for, and whether it is sure.

    Args:
        ctx: The document.
        sentence: The sentence of the back-reference.
        at: Where the back-reference starts.
        named: The actors named in ``sentence``.
        mentions: The actors named in another sentence (the reader's own finder).
        of_kind: Whether an actor is of the class the phrase refers to.
        links: Words that tie a group to another as its ally ("linked", "loyal").

    Returns:
        The actor (``None`` when none or two families are in scope), and whether exactly
        one actor is in scope.
    """
    found = [n for n in named if n.end <= at and of_kind(n.actor)]
    if not found:
        found = _earlier(ctx, sentence, mentions, of_kind)
    found = _past_parents(ctx, found)
    if len({n.actor for n in found}) > 1:
        # "Al-Shabaab, which has links to al-Qaeda, ...": the group it is tied to is described.
        found = [n for n in found if not _tied_to(links, ctx.text, n.start)] or found
    actors = [n.actor for n in found]
    families = {ctx.lexicon.actors.family(a) for a in actors}
    return (actors[-1], len(set(actors)) == 1) if len(families) == 1 else (None, False)


def _earlier(
    ctx: DocContext,
    sentence: Sentence,
    mentions: Callable[[Sentence], Sequence[N]],
    of_kind: Callable[[str], bool],
) -> list[N]:
    """The actors of the class in the nearest of the sentences before that names one."""
    index = sentence.index
    while index > 0 and sentence.index - index < _MAX_BACK:
        index -= 1
        before = ctx.sentences[index]
        if len(before.text) > _LONG:
            break
        found = [n for n in mentions(before) if of_kind(n.actor)]
        if found:
            return found
    return []


def _past_parents(ctx: DocContext, found: list[N]) -> list[N]:
    """Leave out a parent named just before its affiliate: "the HZ Okvara Brigade".

    The parent's name modifies the affiliate's, so one actor is named, not two.
    """
    if len(found) < 2:
        return found
    family = ctx.lexicon.actors.family
    return [
        n
        for n, after in zip(found, [*found[1:], None], strict=True)
        if after is None
        or after.actor == n.actor
        or family(after.actor) != family(n.actor)
        or not ctx.text[n.end : after.start].isspace()
    ]


def _tied_to(links: frozenset[str], text: str, start: int) -> bool:
    """Say whether a tie names the actor as another's ally: "allied with X", "links to X".

    Or as what another is part of, in an aside on it ("X, a splinter group of Y") or
    told so ("X was part of Y").
    """
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 30), start)][-4:]
    if any(w in links or w in _TIES for w in before):
        return True
    if _PART_OF.search(text, max(0, start - 30), start) is not None:
        return True  # "X was part of Y until last year": Y is what X belonged to
    return _ASIDE_OF.search(text, max(0, start - 60), start) is not None


# "part of the ": a group named as the larger one another belongs or belonged to.
_PART_OF = re.compile(r"(?<![\w\-])part\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# ", a splinter group of ", ", an affiliate of the ": an aside that describes the name
# before it by the one after it.
_ASIDE_OF = re.compile(
    r"[\w\)],\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:of|to|with)\s+(?:the\s+)?$", re.IGNORECASE
)
