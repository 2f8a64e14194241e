"""Attribution phenomena drawn by a grammar (tests/strategies.py), with the claims each yields."""

from __future__ import annotations

from hypothesis import given

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, attribution_sentences, unknown_actor_sentences

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline


def _read(text: str) -> set[tuple[str, object]]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@given(attribution_sentences)
def test_attribution_phenomena_yield_their_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(unknown_actor_sentences)
def test_unknown_actors_are_read_from_their_frame(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text
