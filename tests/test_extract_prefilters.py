"""The shortcuts of the attribution cues change no claim: tested through :func:`extract`.

The cues are scanned with shortcuts: the words each cue needs are tested before its
pattern runs, the cues that open with a placeholder are searched one by one, and the cues
a range holds are kept by the words it holds. A shortcut that turned a cue away would
lose a claim. These tests read cues written in forms their patterns match (other white
space, other capitals, letters that fold to the cue's under case-folding) and sentences
drawn from cue words, and compare the claims with the plain sentence's, or with those
another lexicon finds reading the same sentences in the reverse order.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import AttributionClaim, Document, Lexicon, extract

# Invented names, made known, so that the claims depend on the cues alone.
NAMES = {
    "actors": {"aliases": {"okvara front": "Okvara Front", "qarnat brigade": "Qarnat Brigade"}}
}
LEXICON = Lexicon.default().extend(NAMES)

# A sentence with its cue left out, and the cue: cues after the actor and before it.
CUES = [
    ("The Okvara Front {} the attack, officials said.", "is responsible for"),
    ("The attack was {} the Qarnat Brigade.", "claimed by"),
    ("The gunmen were {} the Qarnat Brigade, police said.", "members of"),
    ("Police said the bombing {} the Okvara Front.", "had the hallmarks of"),
    ("The bombing was {} the Okvara Front, the minister said.", "linked to"),
    ("The Qarnat Brigade {} the attack in a statement.", "claimed responsibility for"),
    ("The Okvara Front {} the bombing.", "denied any involvement in"),
]

FORMS = {
    "title case": str.title,
    "capitals": str.upper,
    "line breaks": lambda cue: cue.replace(" ", "\n"),
    "double spaces": lambda cue: cue.replace(" ", "  "),
}

PLAIN = "The Okvara Front is responsible for the attack."
# A long s (U+017F) matches "s" when the case is ignored, though it lowers to no "s": the
# cue's word test must not turn such a sentence away.
LONG_S = "The Okvara Front is re\u017fpon\u017fible for the attack."
# So do a dotted capital I (which lowers to two characters) and a dotless i.
DOTTED_I = "The Okvara Front is respons\u0130ble for the attack."
DOTLESS_I = "The Okvara Front is respons\u0131ble for the attack."


def _attributions(text: str, lexicon: Lexicon = LEXICON) -> list[tuple[str, str, int, int]]:
    claims = extract(Document(id="d", text=text), lexicon)
    return [
        (c.actor, c.stance.value, c.span.start, c.span.end)
        for c in claims
        if isinstance(c, AttributionClaim)
    ]


def _who(found: list[tuple[str, str, int, int]]) -> list[tuple[str, str]]:
    return [(actor, stance) for actor, stance, _, _ in found]


@pytest.mark.parametrize(
    ("sentence", "cue", "form"),
    [
        pytest.param(sentence, cue, form, id=f"{cue}-{form}")
        for sentence, cue in CUES
        for form in sorted(FORMS)
        # "IS" in capitals names the Islamic State: another sentence.
        if not (form == "capitals" and cue.startswith("is "))
    ],
)
def test_a_cue_in_another_form_gives_the_same_claims(sentence: str, cue: str, form: str) -> None:
    plain = _attributions(sentence.format(cue))
    assert plain  # every cue here gives a claim
    assert _who(_attributions(sentence.format(FORMS[form](cue)))) == _who(plain)


@pytest.mark.parametrize("text", [LONG_S, DOTTED_I, DOTLESS_I])
def test_letters_folded_by_case_are_not_turned_away(text: str) -> None:
    assert _who(_attributions(text)) == _who(_attributions(PLAIN)) != []


# Phrases of cues, parts of them, invented names and punctuation: sentences drawn from
# them hold many combinations of a cue's words, present or missing, in and out of order.
_POOL = [
    *("claimed responsibility for", "said its fighters carried out", "was behind"),
    *("is responsible for", "denied any involvement in", "blamed", "were not involved"),
    *("said", "claimed", "the", "was", "has", "by", "responsibility", "its fighters"),
    *("the attack", "the bombing", "in a statement", "the Okvara Front", "Qarnat Brigade"),
    *("police said", "officials", ",", ".", "\u201c", "\u201d", "respons\u0130ble for"),
]
_SENTENCES = st.lists(st.sampled_from(_POOL), min_size=2, max_size=12).map(" ".join)


# A second lexicon of the same words, which reads the drawn sentences in another order.
OTHER = Lexicon.default().extend(NAMES)


@settings(deadline=None)
@given(st.lists(_SENTENCES, min_size=2, max_size=10))
def test_sentences_read_alike_in_any_order(sentences: list[str]) -> None:
    # What a lexicon keeps of the cues it has scanned serves every document read with it:
    # read in order by one lexicon and in the reverse order by another, each after all
    # that was drawn before, a sentence gets the same claims.
    forward = [_attributions(sentence, OTHER) for sentence in sentences]
    backward = [_attributions(sentence) for sentence in reversed(sentences)]
    assert forward == backward[::-1]
