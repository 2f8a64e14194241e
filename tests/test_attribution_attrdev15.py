"""Attribution phenomena of round 15 (attrdev15), drawn by grammars with the claims each yields.

A group that says why the attack was made claims it: "X said the attack had been carried
out as retribution for ...", "came in retaliation for", "was launched in response to", "was
meant to avenge". Its statement may be placed in an aside naming an outlet with its acronym
in brackets ("in a statement posted on the Velka News Agency (VNA) website that"). A
group's men who are the object of a killing or an arrest are its victims ("troops killed
ten Okvara fighters"), unless a relative clause after them tells their own act ("police
arrested two Okvara gunmen who had stormed the church"): then the group is named as the
attacker. Invented names of groups, known groups, and other tenses and word orders.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_INVENTED = (
    ("the Okvara Brigade", "Okvara Brigade"),
    ("the Zelvani Front", "Zelvani Front"),
    ("the Hurdane Movement", "Hurdane Movement"),
)
_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Taliban", "Taliban"),
)
_EVENTS = ("the attack", "the bombing", "Friday's attack", "the assault")
_MOTIVES = (
    "the offensive in Dunmar",
    "Velka's military role in Zelvania",
    "the killing of its leaders",
)


@st.composite
def motive_stated(draw: st.DrawFn) -> AttributionCase:
    """ "X said the attack had been carried out as retribution for ...": the group's claim."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    said = draw(st.sampled_from(("said", "says")))
    aside = draw(
        st.sampled_from(
            (
                " ",
                " in a statement that ",
                " in a statement posted online that ",
                " in a statement posted on the Velka News Agency (VNA) website that ",
                " in a message on the Dunmar Voice (DV) channel that ",
            )
        )
    )
    event = draw(st.sampled_from(_EVENTS))
    be = draw(st.sampled_from(("was", "had been")))
    act = draw(st.sampled_from(("carried out ", "launched ", "")))
    why = draw(
        st.sampled_from(
            (
                "as retribution for",
                "in retribution for",
                "as revenge for",
                "in revenge for",
                "in retaliation for",
                "as a response to",
                "in response to",
                "as a reaction to",
            )
        )
    )
    motive = draw(st.sampled_from(_MOTIVES))
    text = f"{capitalised(written)} {said}{aside}{event} {be} {act}{why} {motive}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(motive_stated())
def test_a_group_stating_the_attacks_motive_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def motive_by_other_verbs(draw: st.DrawFn) -> AttributionCase:
    """ "X said the attack came in retaliation for", "was meant to avenge": a claim too."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    event = draw(st.sampled_from(_EVENTS))
    told = draw(
        st.sampled_from(
            (
                "came in retaliation for the offensive in Dunmar",
                "came in response to the offensive in Dunmar",
                "came as revenge for the raids",
                "was meant to avenge the killing of its leaders",
                "had been carried out to avenge the killing of its leaders",
                "was intended to avenge the raids",
            )
        )
    )
    return f"{capitalised(written)} said {event} {told}.", frozenset({(name, Stance.CLAIMED)})


@given(motive_by_other_verbs())
def test_a_motive_told_by_other_verbs_is_the_groups_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(
    st.sampled_from(_EVENTS),
    st.sampled_from(("was carried out in revenge for", "came in retaliation for")),
)
def test_a_motive_told_by_no_group_names_no_one(event: str, told: str) -> None:
    """Police saying why the attack was made name no perpetrator."""
    assert _read(f"Police said {event} {told} the raids.") == set()


_MEN = ("fighters", "gunmen", "militants")
_KNOWN_MEN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Daesh", "Islamic State"),
)


@st.composite
def men_who_attacked(draw: st.DrawFn) -> AttributionCase:
    """ "Police arrested two X gunmen who had stormed the church": the attackers are X's."""
    written, name = draw(st.sampled_from(_KNOWN_MEN))
    forces = draw(st.sampled_from(("Police", "Security forces", "Troops", "Dunmar soldiers")))
    done = draw(st.sampled_from(("killed", "arrested", "captured", "shot dead")))
    count = draw(st.sampled_from(("two ", "at least ten ", "")))
    men = draw(st.sampled_from(_MEN))
    rel = draw(st.sampled_from(("who", "that")))
    had = draw(st.sampled_from(("", "had ")))
    act = draw(st.sampled_from(("stormed", "attacked", "raided")))
    place = draw(st.sampled_from(("the church in Okvara", "a prison in Velka", "the hotel")))
    text = f"{forces} {done} {count}{written} {men} {rel} {had}{act} {place}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(men_who_attacked())
def test_men_killed_or_arrested_whose_relative_clause_tells_the_attack_are_its_attackers(
    case: AttributionCase,
) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(
    st.sampled_from(_KNOWN_MEN),
    st.sampled_from(("killed", "arrested")),
    st.sampled_from(_MEN),
    st.sampled_from(("in a raid on Okvara", "near the border", "on Monday")),
)
def test_men_killed_or_arrested_with_no_act_of_theirs_are_its_victims(
    named: tuple[str, str], done: str, men: str, where: str
) -> None:
    written, _ = named
    assert _read(f"Troops {done} three {written} {men} {where}.") == set()


@st.composite
def quoted_words_in_a_first_predicate(draw: st.DrawFn) -> AttributionCase:
    """ "X condemned the attack as “un-Islamic” and denied any involvement": X denies."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    verb = draw(st.sampled_from(("condemned", "denounced", "described", "called")))
    event = draw(st.sampled_from(_EVENTS))
    as_ = "" if verb == "called" else "as "
    opening, closing = draw(st.sampled_from((("\u201c", "\u201d"), ('"', '"'))))
    words = draw(st.sampled_from(("un-Islamic", "forbidden and unjustifiable", "a crime")))
    comma = draw(st.sampled_from(("", ",")))
    denial = draw(
        st.sampled_from(
            ("denied any involvement", "denied any role in it", "denied it was behind it")
        )
    )
    text = (
        f"{capitalised(written)} {verb} {event} {as_}{opening}{words}{closing}{comma} and {denial}."
    )
    return text, frozenset({(name, Stance.DENIED)})


@given(quoted_words_in_a_first_predicate())
def test_quoted_words_in_a_first_predicate_leave_the_denial_the_subjects(
    case: AttributionCase,
) -> None:
    text, expected = case
    assert _read(text) == expected, text


# A known compound joined by a particle, spelt with other vowels and spaces: the group the
# lexicon knows, even where its first word alone is a short form it knows too.
_COMPOUND_LEXICON = Lexicon.default().extend(
    {
        "actors": {
            "aliases": {
                "okvara-e-zelvani": "Okvara-e-Zelvani",
                "okvara": "Okvara-e-Zelvani",
                "dunmar-ul-velkani": "Dunmar-ul-Velkani",
            }
        }
    }
)


@given(
    st.sampled_from(
        (
            ("Okvara e Zelvany", "Okvara-e-Zelvani"),
            ("Okvara-i-Zelvaani", "Okvara-e-Zelvani"),
            ("Okvaara e Zilvani", "Okvara-e-Zelvani"),
            ("Dunmar ul Velkany", "Dunmar-ul-Velkani"),
        )
    ),
    st.sampled_from(
        (
            "{n} claimed responsibility for the attack.",
            "Officials believe {n} is responsible for the attack.",
            "Police blamed {n} for the attack.",
        )
    ),
)
def test_a_known_compound_spelt_another_way_is_the_known_group(
    named: tuple[str, str], frame: str
) -> None:
    written, actor = named
    found = _read(frame.format(n=written), _COMPOUND_LEXICON)
    assert {a for a, _ in found} == {actor}, frame.format(n=written)


@st.composite
def ties_denied(draw: st.DrawFn) -> AttributionCase:
    """ "X denied any links to the attack", "denied having any role in it": X denies."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    verb = draw(st.sampled_from(("denied", "denies", "has denied", "had denied")))
    event = draw(st.sampled_from(_EVENTS))
    told = draw(
        st.sampled_from(
            (
                f"any links to {event}",
                f"any ties with {event}",
                f"having any links to {event}",
                f"connections to {event}",
                f"having any role in {event}",
                f"having any involvement in {event}",
            )
        )
    )
    return f"{capitalised(written)} {verb} {told}.", frozenset({(name, Stance.DENIED)})


@given(ties_denied())
def test_a_group_denying_ties_to_the_attack_denies_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def attackers_who_joined(draw: st.DrawFn) -> AttributionCase:
    """ "The bomber had joined X in 2018", "the attackers previously fought for X": X's men."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    who = draw(
        st.sampled_from(("The bomber", "The attackers", "Both gunmen", "Five of the attackers"))
    )
    aux = draw(st.sampled_from(("", "had ", "had previously ", "previously ")))
    verb = draw(st.sampled_from(("joined", "fought for", "fought alongside")))
    rest = draw(st.sampled_from((" in 2018, police said", ", the ministry said", "")))
    return f"{who} {aux}{verb} {written}{rest}.", frozenset({(name, Stance.ASSERTED)})


@given(attackers_who_joined())
def test_attackers_who_joined_or_fought_for_a_group_are_its(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(("fought with Dunmar troops", "joined the crowd", "joined the queue")))
def test_attackers_who_joined_no_group_name_no_one(told: str) -> None:
    assert _read(f"The gunmen {told} before the raid.") == set()
