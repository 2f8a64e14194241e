"""The one resolver of back-references ("the group", "the coalition") for both readers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from claimrecon.extract.anaphora import anaphor_heads, anaphor_kind, anaphor_re, resolve
from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import Document
from claimrecon.vocab import Lexicon


@dataclass(frozen=True)
class _At:
    start: int
    end: int
    actor: str


# Invented groups with invented names: the resolver knows no names, only where they stand.
_GROUPS = {"Qarnat Front": "Qarnat Front", "Okvara Brigade": "Okvara Brigade"}


def _finder(ctx: DocContext) -> Callable[[Sentence], list[_At]]:
    def named(sentence: Sentence) -> list[_At]:
        return [
            _At(m.start(), m.end(), _GROUPS[m.group()])
            for m in re.finditer("|".join(_GROUPS), ctx.text[: sentence.end])
            if m.start() >= sentence.start
        ]

    return named


def _resolve(text: str, phrase: str) -> tuple[str | None, bool]:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    at = text.rindex(phrase)
    sentence = ctx.sentence_at(at)
    assert sentence is not None
    named = _finder(ctx)
    return resolve(ctx, sentence, at, named(sentence), named, lambda a: True, frozenset())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Qarnat Front attacked a base. The group said it had won.", ("Qarnat Front", True)),
        ("The Qarnat Front attacked. It rained. The group said so.", ("Qarnat Front", True)),
        (
            "The Qarnat Front and the Okvara Brigade fought. The group said so.",
            (None, False),
        ),
        (
            "The Okvara Brigade, which has links to the Qarnat Front, struck. The group said so.",
            ("Okvara Brigade", True),
        ),
        ("The Qarnat Front struck. One. Two. Three. The group said so.", (None, False)),
    ],
)
def test_a_back_reference_is_the_one_group_in_scope(
    text: str, expected: tuple[str | None, bool]
) -> None:
    assert _resolve(text, "The group") == expected


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("the group", "armed"),
        ("the al-qaeda-linked group", "armed"),
        ("the islamist militant group", "armed"),
        ("the coalition", "state"),
        ("the attack on the group", None),
        ("group", None),
        ("the leader of the group", None),
    ],
)
def test_a_phrase_is_a_back_reference_by_its_head(words: str, kind: str | None) -> None:
    heads = anaphor_heads(Lexicon.default().actors.anaphors)
    assert anaphor_kind(heads, words.split()) == kind
    pattern = anaphor_re(heads)
    assert pattern is not None
    found = pattern.fullmatch(words)
    assert (found is not None) == (kind is not None)
