"""Groups the lexicon has never heard of, by the shape of their names (attrgen18).

Names the lexicon does not know come in shapes its frames must read whole: a name in
quotation marks, straight or curly ("carried out by militants associated with 'X'"); an
acronym after a dash ("the Okvara Zelvan Front - OZF"); a name after a country's
possessive, another actor than the country ("orchestrated by Zelvania's QIA"); a name
with its group word before the event ("the involvement of the X Group in the attack").
And what is no group: a person after a group's possessive ("the Front's Karim Okvara"),
a region after a country's ("operating in Tunisia's North Okvara"), a word after a dash
that is not the name's acronym. A man speaking for a group the text names as an actor
speaks for it, whatever agency relays his words. Every case is read with a lexicon that
knows no group by name.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.names import name_grammar, names_in
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, SourceKind, Stance
from tests.builders import nameless_lexicon
from tests.strategies import read_attributions

_WORDS = ("Qarnat", "Zelvani", "Tamrezi", "Hurdane", "Okvara", "Sabrun")  # in no gazetteer
_HEADS = ("Brigade", "Front", "Movement", "Battalion", "Army", "Squad")
_COUNTRIES = ("Tunisia", "Kenya", "Peru", "Nepal")


def _read(text: str) -> set[tuple[str, Stance]]:
    return read_attributions(text, nameless_lexicon())


@st.composite
def _name(draw: st.DrawFn) -> str:
    """An invented name: two words, a word and a head, or a compound with a particle."""
    first, second = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True))
    shape = draw(st.sampled_from(("words", "head", "compound")))
    if shape == "words":
        return f"{first} {second}"
    if shape == "head":
        return f"{first} {second} {draw(st.sampled_from(_HEADS))}"
    return f"{first}-{draw(st.sampled_from(('e', 'ul', 'i')))}-{second}"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


_QUOTES = (("'", "'"), ('"', '"'), ("\u2018", "\u2019"), ("\u201c", "\u201d"))
# Frames with the actor after the cue: {q} is the quoted name.
_QUOTED_FRAMES = (
    ("Police said the bombing was carried out by militants associated with {q}.", Stance.ASSERTED),
    ("Police said the bombing was carried out by {q}.", Stance.ASSERTED),
    ("The minister blamed {q} for the bombing.", Stance.ASSERTED),
    ("The bombing was claimed by a group calling itself {q}.", Stance.CLAIMED),
)


@given(_name(), st.sampled_from(_QUOTES), st.sampled_from(_QUOTED_FRAMES))
def test_a_name_in_quotation_marks_is_read_whole(
    name: str, quotes: tuple[str, str], frame: tuple[str, Stance]
) -> None:
    opening, closing = quotes
    template, stance = frame
    text = template.format(q=f"{opening}{name}{closing}")
    assert _read(text) == {(name, stance)}, text


@given(_name(), st.sampled_from(_QUOTES))
def test_a_quoted_names_marks_are_not_its_own(name: str, quotes: tuple[str, str]) -> None:
    opening, closing = quotes
    text = f"Officials named the group {opening}{name}{closing} on Friday."
    grammar = name_grammar(nameless_lexicon())
    found = [n.name for n in names_in(grammar, text, 0, len(text))]
    assert name in found, (text, found)


_DASHES = (" - ", " \u2013", " \u2013 ", " \u2014 ")
_THEN = (
    ("{a} claimed responsibility for the bombing.", Stance.CLAIMED),
    ("Police blamed {a} for the bombing.", Stance.ASSERTED),
)


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(_HEADS),
    st.sampled_from(_DASHES),
    st.sampled_from(_THEN),
)
def test_an_acronym_after_a_dash_is_the_names(
    words: list[str], head: str, dash: str, then: tuple[str, Stance]
) -> None:
    name = f"{' '.join(words)} {head}"
    acronym = _initials(name)
    frame, stance = then
    text = (
        f"Gunmen linked to the {name}{dash}{acronym} killed 12 people at the market. "
        f"{frame.format(a=acronym)}"
    )
    found = _read(text)
    assert (name, stance) in found, text
    assert all(actor == name for actor, _ in found), text


@given(st.sampled_from(_WORDS), st.sampled_from(_HEADS), st.sampled_from(_DASHES))
def test_a_word_after_a_dash_that_is_no_acronym_of_the_name_is_not_taken(
    word: str, head: str, dash: str
) -> None:
    text = f"The bombing was claimed by the {word} {head}{dash}AFP reported on Friday."
    grammar = name_grammar(nameless_lexicon())
    spans = [(n.name, n.acronym) for n in names_in(grammar, text, 0, len(text))]
    assert (f"{word} {head}", None) in spans, (text, spans)


# A name of a group's form after a country's possessive: the country's agency, its group.
_POSSESSED_FRAMES = (
    ("The bombing was orchestrated by {c}'s {n}.", Stance.ASSERTED),
    ("The minister blamed {c}'s {n} for the bombing.", Stance.ASSERTED),
    ("Police said the bombing was carried out by {c}\u2019s {n}.", Stance.ASSERTED),
)


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("acronym", "head")),
    st.sampled_from(_COUNTRIES),
    st.sampled_from(_POSSESSED_FRAMES),
)
def test_a_group_after_a_countrys_possessive_is_the_actor_not_the_country(
    words: list[str], shape: str, country: str, frame: tuple[str, Stance]
) -> None:
    name = f"{' '.join(words)} Brigade"
    written = _initials(name) if shape == "acronym" else name
    template, stance = frame
    text = template.format(c=country, n=written)
    assert _read(text) == {(written, stance)}, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=3, unique=True),
    st.sampled_from(_HEADS),
)
def test_a_person_after_a_groups_possessive_is_not_the_actor(words: list[str], head: str) -> None:
    group = f"{words[0]} {head}"
    text = f"The bombing was claimed by the {group}'s Karim {words[1]}."
    assert _read(text) == {(group, Stance.CLAIMED)}, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=3, unique=True),
    st.sampled_from(_HEADS),
)
def test_a_groups_province_after_its_possessive_is_the_actor(words: list[str], head: str) -> None:
    province = f"{words[1]} Province"
    text = f"The bombing was claimed by the {words[0]} {head}'s {province}."
    assert _read(text) == {(province, Stance.CLAIMED)}, text


@given(st.sampled_from(_WORDS), st.sampled_from(_COUNTRIES))
def test_a_region_after_a_countrys_possessive_is_where_not_who(word: str, country: str) -> None:
    text = (
        f"A radical Islamist group operating in {country}'s North {word} took "
        "responsibility for the bombing."
    )
    assert all(f"North {word}" not in actor for actor, _ in _read(text)), text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("Group", "group", "militants")),
    st.sampled_from(("possible involvement of", "investigating the involvement of")),
)
def test_a_name_with_its_group_word_before_the_event_is_the_suspect(
    words: list[str], group: str, cue: str
) -> None:
    name = " ".join(words)
    text = f"Police are {cue} the {name} {group} in the bombing."
    assert _read(text) == {(name, Stance.SUSPECTED)}, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=3, unique=True),
    st.sampled_from(("Front", "Council", "Brigade")),
    st.sampled_from(("", " by the Velka news agency")),
)
def test_a_spokesman_for_a_group_the_text_names_speaks_for_it(
    words: list[str], head: str, relay: str
) -> None:
    claimant = f"{words[0]} {words[1]} {head}"
    acronym = _initials(claimant)
    text = (
        f"The {claimant} claimed responsibility for the bombing. A spokesman for the "
        f"{acronym} was quoted{relay} as saying that the attack was carried out by "
        f"militants of the {words[2]} Squad."
    )
    ctx = DocContext(Document(id="d", text=text), nameless_lexicon())
    claims = [c for s in ctx.sentences for c in find_attributions(ctx, s)]
    unit = [c for c in claims if c.actor == f"{words[2]} Squad"]
    assert unit, text
    assert all(c.source.kind is SourceKind.MILITANT for c in unit), text
    assert all((c.source.name or "").startswith("A spokesman for") for c in unit), text
