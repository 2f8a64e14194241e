"""Groups named by reference or as a modifier (round 8), drawn by a grammar with their claims.

A group's own claim or denial in its relative clause ("X, the terror outfit which has
claimed", "X, a group tied to Y, which denied": never Y); a back-reference some sentences
after the name ("this group", "the terror outfit", "they" in a relative clause: "which they
claimed to have carried out"); the actor as a modifier ("the second successful X attack", "a
suicide bomber from the group X blew himself up"), and its traps ("a former X commander");
an aside between a group and "and" ("X, a splinter group of Y, and Z both claimed"). Each is
told with known groups and invented ones (found by the document's own frames), at other
distances, with other descriptions, verbs and events.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised, unknown_group

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_GROUPS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Islamic State", "Islamic State"),
    ("Lashkar-e-Taiba", "Lashkar-e-Taiba"),
)
_PARENTS = ("al-Qaeda", "the Taliban", "the Islamic State")
_EVENTS = ("the attack", "Friday's bombing", "the twin blasts", "the hotel siege")
_FILLERS = (
    "Its leaders live abroad.",
    "Schools in the district were closed on Monday.",
    "The wounded were taken to two hospitals.",
)
_MAIN = ("is based in the north", "operates along the border", "was formed in 2012")


def _last(text: str) -> set[tuple[str, Stance]]:
    """The claims of the last sentence, read with the whole document before it."""
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    last = ctx.sentences[-1]
    return {(c.actor, c.stance) for c in find_attributions(ctx, last)}


@st.composite
def _group(draw: st.DrawFn) -> tuple[str, str]:
    return draw(st.one_of(st.sampled_from(_GROUPS), unknown_group()))


@st.composite
def own_relative_clause(draw: st.DrawFn) -> AttributionCase:
    """ "X, (the <description>|a group tied to Y,) which claimed E, <main clause>."."""
    written, name = draw(_group())
    lead = draw(
        st.sampled_from(
            (
                "",
                " the terror outfit",
                " the militant group",
                " an armed movement",
                f" a group tied to {draw(st.sampled_from(_PARENTS))},",
            )
        )
    )
    pronoun = draw(st.sampled_from(("which", "that")))
    verb, stance = draw(
        st.sampled_from(
            (
                ("has claimed responsibility for", Stance.CLAIMED),
                ("claimed", Stance.CLAIMED),
                ("has denied any role in", Stance.DENIED),
            )
        )
    )
    event = draw(st.sampled_from(_EVENTS))
    main = draw(st.sampled_from(_MAIN))
    text = f"{capitalised(written)},{lead} {pronoun} {verb} {event}, {main}."
    return text, frozenset({(name, stance)})


@given(own_relative_clause())
def test_own_relative_clause(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


def test_a_relative_clause_of_assertion_is_the_narrators() -> None:
    # Only a group's own claim or denial is read from its relative clause.
    assert _last("Boko Haram, which was formed in 2002, operates along the border.") == set()


@st.composite
def back_reference_later(draw: st.DrawFn) -> AttributionCase:
    """A group claims one event; zero to two sentences later "this group" claims another."""
    written, name = draw(_group())
    first = f"{capitalised(written)} claimed an attack on a police station in May."
    between = draw(st.lists(st.sampled_from(_FILLERS), max_size=2, unique=True))
    ref = draw(
        st.sampled_from(("This group", "The group", "The terror outfit", "The militant group"))
    )
    also = draw(st.sampled_from(("", " also", " has")))
    event = draw(st.sampled_from(_EVENTS))
    last = f"{ref}{also} claimed responsibility for {event}."
    return " ".join([first, *between, last]), frozenset({(name, Stance.CLAIMED)})


@given(back_reference_later())
def test_back_reference_later(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


@st.composite
def pronoun_in_a_relative_clause(draw: st.DrawFn) -> AttributionCase:
    """ "X released a video of the attack, which they claimed to have carried out"."""
    written, name = draw(st.sampled_from(_GROUPS))
    pronoun = draw(st.sampled_from(("it", "they")))
    tail = draw(
        st.sampled_from(
            (
                f"a video of the attack, which {pronoun} claimed to have carried out",
                f"photos of five men who {pronoun} said were behind the bombing",
                f"details of a man {pronoun} claim carried out the bombing",
            )
        )
    )
    text = f"{capitalised(written)} has released {tail}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(pronoun_in_a_relative_clause())
def test_pronoun_in_a_relative_clause(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


def test_police_and_their_pronoun_name_no_group() -> None:
    assert _last("Police arrested a man they said carried out the attack.") == set()


@st.composite
def actor_as_a_modifier(draw: st.DrawFn) -> AttributionCase:
    """The actor of an event or of its attacker: "the second deadly X attack", "a bomber from X"."""
    written, name = draw(_group())
    bare = written.removeprefix("the ")
    intro = f"{capitalised(written)} claimed an attack on a hotel in May."
    ordinal = draw(st.sampled_from(("second", "third", "latest")))
    adjective = draw(st.sampled_from(("", " successful", " deadly", " audacious")))
    bomber = draw(st.sampled_from(("a suicide bomber", "militants", "gunmen", "an attacker")))
    source = draw(st.sampled_from(("from", "belonging to", "from the group")))
    act = draw(st.sampled_from(("blew himself up", "stormed the gate", "opened fire on guards")))
    last = draw(
        st.sampled_from(
            (
                f"It was the {ordinal}{adjective} {bare} attack in a month.",
                f"Police said {bomber} {source} {bare} {act}.",
            )
        )
    )
    return f"{intro} {last}", frozenset({(name, Stance.ASSERTED)})


@given(actor_as_a_modifier())
def test_actor_as_a_modifier(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


@given(st.sampled_from(_GROUPS), st.sampled_from(("stormed", "attacked", "bombed")))
def test_a_former_members_deed_is_not_the_groups(group: tuple[str, str], act: str) -> None:
    written = group[0].removeprefix("the ")
    for text in (
        f"A former {written} commander {act} the village.",
        f"A former commander of {written} {act} the village.",
    ):
        assert _last(text) == set(), text


@st.composite
def aside_before_and(draw: st.DrawFn) -> AttributionCase:
    """ "X, a splinter group of Y, and Z both claimed": X and Z claim, Y does not."""
    first, first_name = draw(unknown_group())
    second, second_name = draw(st.sampled_from(_GROUPS))
    parent = draw(st.sampled_from(_PARENTS))
    aside = draw(
        st.sampled_from(
            (
                f"a recently formed splinter group of {parent}",
                f"a faction of {parent} in the north",
                f"an offshoot of {parent}",
            )
        )
    )
    verb = draw(st.sampled_from(("both claimed credit for", "claimed")))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{first}, {aside}, and {second} {verb} {event}."
    return text, frozenset({(first_name, Stance.CLAIMED), (second_name, Stance.CLAIMED)})


@given(aside_before_and())
def test_aside_before_and(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


@st.composite
def its_claim_kept(draw: st.DrawFn) -> AttributionCase:
    """ "X maintained its claim (of responsibility)": the group's claim, told again."""
    written, name = draw(_group())
    when = draw(st.sampled_from(("", " on Sunday", " later")))
    verb = draw(st.sampled_from(("maintained", "repeated", "reiterated", "stood by", "issued")))
    tail = draw(st.sampled_from(("", " of responsibility for the attack", " on Telegram")))
    text = f"{capitalised(written)}{when} {verb} its claim{tail}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(its_claim_kept())
def test_its_claim_kept(case: AttributionCase) -> None:
    text, expected = case
    assert _last(text) == expected, text


def test_a_states_claim_is_no_claim_of_the_attack() -> None:
    assert _last("Kenya maintained its claim that local networks were behind it.") == set()


@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(("Soldiers later killed ten militants", "Police arrested five men")),
    st.sampled_from(("who they said", "they said")),
)
def test_another_voices_pronoun_names_no_group(
    group: tuple[str, str], clause: str, said: str
) -> None:
    # The pronoun is the soldiers' or the police's: no claim of the group named before.
    intro = f"{capitalised(group[0])} attacked the village on Friday."
    text = f"{intro} {clause} {said} carried out the attack."
    assert _last(text) == set(), text
