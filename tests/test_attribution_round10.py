"""Attribution phenomena of round 10 (attrib), drawn by a grammar with the claims each yields.

A count with no article before a group's attackers ("four X gunmen were among the dead"), but
not a year ("in 2014 X ...") nor a state's strength ("3,000 Zelvanian troops"). A speaker after
a quotation whose aside names his group with its acronym in brackets ("..., Karim Dunmar, a
commander in the X (XP) militant group told reporters"): the group claims. A group telling
the act of its own people told by a tie or a count ("fighters loyal to it attacked", "only
two of its fighters were involved"), but not their fighting at large. A headline that names
the group's event with no article, as a noun phrase alone ("X attack on school in
Velmar") or after "from" ("Death toll from X attack on school rises to 21"), in Title Case
or not; not a plural of attacks at large. An accusation told by its tail ("accused X and Y of
being responsible for", "of having carried out", "suspect X of being involved in"), and a
group's reason told in the present ("said the attack is revenge for"). Known groups under
their spellings, invented people and places, other numbers, tenses and sentence positions.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Taliban", "Taliban"),
    ("ISIS", "Islamic State"),
    ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"),
)
_COUNTS = ("Four", "Two", "At least three", "Five", "7", "About a dozen")
_ATTACKERS = ("attackers", "gunmen", "suicide bombers", "assailants")
_AFTER = (
    "were among the dead",
    "were killed by the security forces",
    "stormed the Velmar hotel",
    "had entered the Ostrin campus before dawn",
)


@st.composite
def counted_attackers(draw: st.DrawFn) -> AttributionCase:
    """ "Four X gunmen were among the dead": a count of a group's attackers, no article."""
    written, name = draw(st.sampled_from(_KNOWN))
    count = draw(st.sampled_from(_COUNTS))
    noun = draw(st.sampled_from(_ATTACKERS))
    after = draw(st.sampled_from(_AFTER))
    lead = draw(st.sampled_from(("", "Police in Velmar said ", "On Monday, ")))
    if lead:
        count = count[0].lower() + count[1:] if not count[0].isdigit() else count
    text = f"{lead}{count} {written} {noun} {after}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(counted_attackers())
def test_a_count_of_a_groups_attackers_needs_no_article(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(("2014", "1998", "2021")), st.sampled_from(_ATTACKERS))
def test_a_year_before_a_groups_name_is_no_count(year: str, noun: str) -> None:
    # The name is still read by the attacker frame with its act, so only the span may not
    # open at the year.
    ctx = DocContext(Document(id="d", text=f"In {year} ISIS {noun} were seen in Velmar."), _LEXICON)
    quotes = [c.quote for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert not any(q.startswith(year) for q in quotes), quotes


@given(st.sampled_from(("3,000", "About 500", "Two")), st.sampled_from(("troops", "forces")))
def test_a_count_of_a_states_troops_is_no_attribution(count: str, noun: str) -> None:
    assert _read(f"{count} US {noun} are deployed in Velmar.") == set()


_GROUPS_WITH_ACRONYMS = (
    ("Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan"),
    ("al-Shabaab", "AS", "al-Shabaab"),
    ("Jamaat-ul-Ahrar", "JuA", "Jamaat-ul-Ahrar"),
    ("Boko Haram", "BH", "Boko Haram"),
)
_QUOTES = (
    "We carried out the attack on the Velmar school",
    "Our fighters stormed the Ostrin barracks",
    "Our four suicide attackers carried out the attack today",
)


@st.composite
def quote_then_speaker_with_acronym(draw: st.DrawFn) -> AttributionCase:
    """ "<quote>," Karim Dunmar, a commander in the X (XP) group, told AFP: X claims."""
    written, acronym, name = draw(st.sampled_from(_GROUPS_WITH_ACRONYMS))
    quote = draw(st.sampled_from(_QUOTES))
    person = draw(st.sampled_from(("Karim Dunmar", "Abu Zelvani", "Omar Okvara")))
    role = draw(st.sampled_from(("a commander in the", "a spokesman for the", "a leader of the")))
    kind = draw(st.sampled_from(("", " militant group", " group")))
    verb = draw(st.sampled_from((" told AFP", ", told AFP", ", said", " said by telephone")))
    text = f'"{quote}," {person}, {role} {written} ({acronym}){kind}{verb}.'
    return text, frozenset({(name, Stance.CLAIMED)})


@given(quote_then_speaker_with_acronym())
def test_a_speakers_group_with_its_acronym_in_brackets_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


_SPEAKING = (
    ("Islamic State", "Islamic State"),
    ("The Taliban", "Taliban"),
    ("Al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
)
# (the group's own people, singular or not)
_OWN_PEOPLE = (
    ("fighters loyal to it", False),
    ("militants loyal to their movement", False),
    ("only two of its fighters", False),
    ("three of its men", False),
)
_OWN_ACTS = (
    ("was responsible for the attack", "were responsible for the attack"),
    ("carried out the bombing", "carried out the bombing"),
    ("attacked the police college", "attacked the police college"),
    ("was involved", "were involved"),
    ("was involved in the raid", "were involved in the raid"),
)


@st.composite
def own_people_told(draw: st.DrawFn) -> AttributionCase:
    """ "X said its cell in Velmar, which ..., was responsible": X claims through its people."""
    written, name = draw(st.sampled_from(_SPEAKING))
    when = draw(st.sampled_from(("", " on Tuesday", " in a statement")))
    verb = draw(st.sampled_from(("said", "claimed", "announced")))
    people, single = draw(st.sampled_from(_OWN_PEOPLE))
    act = draw(st.sampled_from(_OWN_ACTS))[0 if single else 1]
    text = f"{written}{when} {verb} {people} {act}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(own_people_told())
def test_a_group_telling_its_own_peoples_act_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(
    st.sampled_from(_SPEAKING),
    st.sampled_from(("fighting across the province", "talks with the elders")),
)
def test_own_people_involved_in_something_else_is_no_claim(group: tuple, what: str) -> None:
    written, _ = group
    assert _read(f"{written} said its fighters were involved in {what}.") == set()


_HEADLINE_GROUPS = (
    ("Taliban", "Taliban"),
    ("ISIS", "Islamic State"),
    ("Boko Haram", "Boko Haram"),
    ("Al-Shabaab", "al-Shabaab"),
)
_BODY = "\n\nGunmen stormed the campus in Velmar on Wednesday, officials said."


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


@st.composite
def headline_event(draw: st.DrawFn) -> AttributionCase:
    """ "X attack on school in Velmar", "Death toll from X bombing on campus rises to 21"."""
    written, name = draw(st.sampled_from(_HEADLINE_GROUPS))
    event = draw(st.sampled_from(("attack", "bombing", "assault", "raid")))
    target = draw(st.sampled_from(("on university", "on school in Velmar", "at Ostrin church")))
    form = draw(st.sampled_from(("alone", "toll", "after")))
    if form == "alone":
        line = f"{written} {event} {target}"
    elif form == "toll":
        line = f"Death toll from {written} {event} {target} rises to 21"
    else:
        line = f"Curfew in Velmar after {written} {event} {target}"
    if draw(st.booleans()):
        line = _title(line)
    return line + _BODY, frozenset({(name, Stance.ASSERTED)})


@given(headline_event())
def test_a_headline_names_the_groups_event_without_an_article(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(_HEADLINE_GROUPS), st.sampled_from(("attacks", "bombings")))
def test_a_headline_of_attacks_at_large_names_no_event(group: tuple, event: str) -> None:
    written, _ = group
    assert _read(f"{written} {event} on schools in Velmar" + _BODY) == set()


_ACCUSED = (
    ("Zelvania", "Zelvania"),
    ("the Okvara Front", "Okvara Front"),
    ("al-Shabaab", "al-Shabaab"),
    ("the Taliban", "Taliban"),
    ("Israel", "Israel"),
)
_ACCUSERS = ("Iran", "The interior minister of Velmar", "Dunmar's Revolutionary Guard Corps")


@st.composite
def accusation_with_its_tail(draw: st.DrawFn) -> AttributionCase:
    """ "Velmar accused X (and Y) of being responsible for the bombing": X (and Y) blamed."""
    accuser = draw(st.sampled_from(_ACCUSERS))
    first = draw(st.sampled_from(_ACCUSED))
    # The second of two coordinated names is one the lexicon knows: two unknown names in a
    # row are the names' frames' to find, not the accusation's.
    known = [a for a in _ACCUSED[2:] if a[1] != first[1]]
    second = draw(st.sampled_from([*known, None]))
    aux, verb, stance = draw(
        st.sampled_from(
            (
                ("", "accused", Stance.ASSERTED),
                ("has ", "accused", Stance.ASSERTED),
                ("", "suspects", Stance.SUSPECTED),
            )
        )
    )
    tail = draw(
        st.sampled_from(
            (
                "of being responsible for the twin blasts",
                "of having carried out Sunday's bombing",
                "of being involved in the attack on the shrine",
            )
        )
    )
    actors = first[0] if second is None else f"{first[0]} and {second[0]}"
    text = f"{accuser} {aux}{verb} {actors} {tail}."
    names = {first[1]} | ({second[1]} if second else set())
    return text, frozenset((n, stance) for n in names)


@given(accusation_with_its_tail())
def test_an_accusation_is_read_by_its_tail(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(
    st.sampled_from(_SPEAKING),
    st.sampled_from(
        ("is revenge for", "is in revenge for", "is a reaction to", "is a response to")
    ),
    st.sampled_from(("the attack", "Friday's bombing", "the assault on the Velmar base")),
)
def test_a_groups_reason_in_the_present_claims(group: tuple, reason: str, event: str) -> None:
    written, name = group
    text = f"{written} said {event} {reason} the killing of its commanders."
    assert _read(text) == {(name, Stance.CLAIMED)}, text
