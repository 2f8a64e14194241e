"""Groups the lexicon has never heard of, known by their description (lexfree16).

A text often tells what a name is once, in a description, and then names the group in
frames that only a known group is read in ("the Okvara Front attack on the market"). The
description makes the name a group's for the whole document, as the lexicon would:
before the name ("the militant group (known as) X", "the Okvara-linked group X"), after
it ("the X jihadist group", "X Islamist group"), or in an apposition or a copula ("X, a
splinter group of Y", "X is a Zelvan militant group"). A kind is no name ("a Zelvan
militant group"), nor a man described by his role in a group ("X, a spokesman of the
militant group"). A describing word at a name's end is not the name's ("the Okvara
Islamist group"), and a compound's first element stands for the compound the document
names even when the lexicon does not know it ("Okvara-e-Zelva ... Okvara claimed").
Every case is read with a lexicon that knows no group by name.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.names import name_grammar, names_in
from claimrecon.models import Stance
from tests.builders import nameless_lexicon
from tests.strategies import read_attributions

_WORDS = ("Qarnat", "Zelvani", "Tamrezi", "Hurdane", "Okvara", "Sabrun")  # in no gazetteer
_HEADS = ("Brigade", "Front", "Movement", "Battalion", "Army", "Falcons")


def _read(text: str) -> set[tuple[str, Stance]]:
    return read_attributions(text, nameless_lexicon())


@st.composite
def _name(draw: st.DrawFn) -> str:
    """An invented name of two words, or of a word and a head: no group form needed."""
    first, second = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True))
    return f"{first} {draw(st.sampled_from((second, *_HEADS)))}"


# Descriptions of the name {n}, in sentences that tell no act of it.
_DESCRIBED = (
    "Officials say the militant group known as {n} has grown in the region.",
    "Officials say the armed group {n} has grown in the region.",
    "Officials say the Velka-linked group {n} has grown in the region.",
    "Members of the {n} jihadist group live in the hills.",
    "The {n} militant group has grown in the region.",
    "The {n} group has grown in the region.",
    "{n}, a splinter group of the Velka Front, has grown in the region.",
    "{n}, a Velka-affiliated faction, has grown in the region.",
    "{n} is a Zelvan militant group that has grown in the region.",
)
# Frames that read a known group only: the name modifies the event.
_LATER = (
    "The {n} attack on the market killed 12 people.",
    "The death toll from Friday's {n} attack on the market rose to 12.",
)


@given(_name(), st.sampled_from(_DESCRIBED), st.sampled_from(_LATER))
def test_a_name_described_as_a_group_is_read_where_a_known_group_is(
    name: str, described: str, later: str
) -> None:
    bare = later.format(n=name)
    assert _read(bare) == set(), bare  # without the description the name is no one's
    text = f"{described.format(n=name)} {bare}"
    assert (name, Stance.ASSERTED) in _read(text), text


# A kind, a man described by his role, a one-word name before a bare group noun (a
# company's, a family's), a part named by its leader: no name of a group.
_NOT_DESCRIBED = (
    "Police said a {n} militant group was active in the region.",
    "{n}, a spokesman of the militant group, spoke to reporters.",
    "The {n} group has grown in the region.",
    "The {n} faction of the Velka Front has grown in the region.",
)


@given(
    st.sampled_from(_WORDS),
    st.sampled_from(("", " Okvara")),
    st.sampled_from(_NOT_DESCRIBED),
    st.sampled_from(_LATER),
)
def test_a_kind_or_a_member_described_is_no_group(
    word: str, surname: str, described: str, later: str
) -> None:
    if "group has" in described:
        surname = ""  # "the Okvara Sabrun group" is a group's name
    name = f"{word}{surname}"
    text = f"{described.format(n=name)} {later.format(n=name)}"
    assert _read(text) == set(), text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("Islamist", "Jihadist", "Separatist", "Islamists")),
    st.sampled_from(("group", "outfit", "militants")),
)
def test_a_describing_word_at_a_names_end_is_not_the_names(
    words: list[str], describing: str, noun: str
) -> None:
    text = f"The gunmen came from the {' '.join(words)} {describing} {noun}."
    grammar = name_grammar(nameless_lexicon())
    assert [n.name for n in names_in(grammar, text, 0, len(text))] == [" ".join(words)], text


@given(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS),
    st.sampled_from(("e", "ul", "i")),
    st.sampled_from(
        (
            ("{s} has claimed responsibility for the attack.", Stance.CLAIMED),
            ("Police blamed {s} for the attack on the market.", Stance.ASSERTED),
        )
    ),
)
def test_a_first_element_stands_for_an_unknown_compound_the_document_names(
    first: str, second: str, particle: str, later: tuple[str, Stance]
) -> None:
    full = f"{first}-{particle}-{second}"
    frame, stance = later
    text = f"The gunmen came from the {full} militant group. {frame.format(s=first)}"
    found = _read(text)
    assert (full, stance) in found, text
    assert all(actor == full for actor, _ in found), text


# An outlet tied to a group the lexicon does not know: the group, and the outlet speaking
# for it. (the phrase, with {g} the group and {o} the outlet)
_TIED_OUTLETS = (
    "The {g}-affiliated news agency {o}",
    "The {g}-linked {o} news agency",
    "The {g}-run radio station {o}",
    "The {o} news agency, which is affiliated with {g},",
    "The {g}-affiliated {o} News Agency",
)
_OUTLET_SAYS = (
    ("{p} said its fighters carried out the attack on the market.", Stance.CLAIMED),
    ("{p} said the attack on the market was carried out by a soldier of the caliphate.",
     Stance.CLAIMED),
)  # fmt: skip


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("", " Front")),
    st.sampled_from(_TIED_OUTLETS),
    st.sampled_from(_OUTLET_SAYS),
    st.booleans(),
)
def test_an_outlet_tied_to_an_unknown_group_speaks_for_it(
    words: list[str], head: str, tied: str, says: tuple[str, Stance], again: bool
) -> None:
    group, outlet = f"{words[0]}{head}", words[1]
    frame, stance = says
    text = frame.format(p=tied.format(g=group, o=outlet))
    if again:  # named once with its tie, then alone
        text = f"{text} {frame.format(p=outlet)}"
    assert _read(text) == {(group, stance)}, text


@given(st.sampled_from(_WORDS), st.sampled_from(_TIED_OUTLETS))
def test_an_outlet_tells_no_more_than_its_groups_own_claims(word: str, tied: str) -> None:
    outlet = "Sabrun" if word != "Sabrun" else "Okvara"
    text = (
        f"{tied.format(g=word, o=outlet)} published a video of the market. "
        f"The attack was reported by {outlet}."
    )
    assert _read(text) == set(), text


# A suspicion told by "suspect", a noun that names a man as often as a group.
_SUSPECT_FRAMES = (
    "The minister confirmed {n} was the prime suspect in the attack on the market.",
    "{n} became a suspect in the attack after a caller claimed it.",
    "Officials said {n} remains the main suspect in the bombing.",
)


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3, unique=True),
    st.sampled_from(("acronym", "head", "person")),
    st.sampled_from(_SUSPECT_FRAMES),
)
def test_a_suspect_of_a_groups_form_is_a_group_and_a_mans_name_no_one(
    words: list[str], form: str, frame: str
) -> None:
    if form == "acronym":
        name = "".join(w[0] for w in words) + "F"  # "QZF"
    elif form == "head":
        name = f"{' '.join(words)} Front"
    else:
        name = " ".join(words[:2])  # "Qarnat Zelvani", a man's name
    text = frame.format(n=name)
    expected = set() if form == "person" else {(name, Stance.SUSPECTED)}
    assert _read(text) == expected, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2, unique=True),
    st.sampled_from(("Front", "Brigade", "")),
    st.sampled_from(("Museum Attack", "Zelvan Market Bombing", "Terror Attack")),
    st.sampled_from(("As Toll Rises", "On Market In Dunmar Rises To 12", "In Dunmar")),
)
def test_a_title_case_headline_going_on_past_its_event_ends_the_name_before_it(
    words: list[str], head: str, event: str, rest: str
) -> None:
    # A name of a group's form, as a title-case headline asks: a head, or an acronym.
    name = f"{' '.join(words)} {head}" if head else "".join(w[0] for w in words) + "ZF"
    text = f"Officials Blame {name} For {event} {rest}"
    assert _read(text) == {(name, Stance.ASSERTED)}, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("Lashkar", "Jaish", "Tehreek")),
    st.sampled_from(("e", "i")),
)
def test_a_particle_glued_to_the_second_word_only_is_in_the_name(
    words: list[str], first: str, particle: str
) -> None:
    """ "Lashkar e-Okvara": the compound is one name, as "Lashkar-e-Okvara" is."""
    other, second = f"{words[0]} Network", f"{first} {particle}-{words[1]}"
    text = f"Agencies gathered inputs on the involvement of {other} and {second} in the attack."
    grammar = name_grammar(nameless_lexicon())
    assert [n.name for n in names_in(grammar, text, 0, len(text))][-2:] == [other, second], text
    assert _read(text) == {(other, Stance.SUSPECTED), (second, Stance.SUSPECTED)}, text


@given(
    _name(),
    st.sampled_from(("conducted", "launched", "mounted", "executed", "carried out")),
    st.sampled_from(("the attack on the market", "Friday's bombing", "the deadly raid")),
    st.sampled_from(("Officials said", "The minister believes", "Police say")),
)
def test_the_verbs_of_carrying_out_an_attack_find_an_unknown_name(
    name: str, verb: str, event: str, speaker: str
) -> None:
    """ "X conducted the attack" finds X as "X carried out the attack" does."""
    text = f"{speaker} {name} {verb} {event}."
    found = _read(text)
    assert {actor for actor, _ in found} == {name}, text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("-e-", " Front", "")),
    st.sampled_from(
        (
            "The {n} said one of its suicide bombers had carried out the attack on the market.",
            "{n} said one of its fighters carried out Friday's bombing.",
        )
    ),
)
def test_a_group_telling_its_members_act_is_read_by_its_form(
    words: list[str], form: str, frame: str
) -> None:
    """ "X said one of its suicide bombers carried out the attack": X's form, not a man's."""
    name = f"{words[0]}{form}{words[1]}" if form == "-e-" else f"{' '.join(words)}{form}"
    text = frame.format(n=name)
    assert _read(text) == ({(name, Stance.CLAIMED)} if form else set()), text


@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("Highlands", "Valley Emirate", "Hills")),
    st.booleans(),
)
def test_a_documents_own_group_and_a_region_name_its_affiliate(
    words: list[str], region: str, particle: bool
) -> None:
    """ "the Okvara Front ... Okvara Front in the Zelvani Highlands": the affiliate."""
    parent = f"{words[0]} Front"
    tail = f" in the {words[1]} {region}" if particle else ""
    text = (
        f"The {parent} claimed the bombing. "
        f"Officials suggest {parent}{tail} had sanctioned the attack."
    )
    assert _read(text) == {
        (parent, Stance.CLAIMED),
        (f"{parent}{tail}", Stance.SUSPECTED),
    }, text


@given(
    _name(),
    st.sampled_from(("assault on a luxury hotel", "attack on the market", "bombing")),
    st.sampled_from(("", "bloody ", "deadly ")),
)
def test_a_name_claiming_the_event_it_modifies_is_its_claim(
    name: str, event: str, adjective: str
) -> None:
    """ "a bloody Okvara Front-claimed assault": the group's claim, by its name's place."""
    text = f"At least 18 people were killed in a {adjective}{name}-claimed {event} in Dunmar."
    assert _read(text) == {(name, Stance.CLAIMED)}, text
