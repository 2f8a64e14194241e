"""Groups the lexicon does not know, named as news names them: drawn with the claims they yield.

An affiliate named as its known parent and a region or a province ("<parent> in the
<Region>", "<parent> <Words> Province"), and a group the article defines by another name
("<Full Name> (<ACRONYM>)", "<ACRONYM>, the <Full Name>", "<X>, also known as <Y>") and
later names by either: each told in the frames of claims, blame and denial, with invented
names, so that no lexicon entry can help.
"""

from __future__ import annotations

import datetime
import functools

from hypothesis import assume, given
from hypothesis import strategies as st

from claimrecon import analyze
from claimrecon.extract.names import acronym_fits
from claimrecon.extract.places import gazetteer
from claimrecon.models import AttributionClaim, Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

# Invented words, in no lexicon and no gazetteer.
_WORDS = ("Qarnat", "Zelvani", "Tamrezi", "Hurdane", "Okvara", "Sabrun", "Vestal", "Korimo")
_PARENTS = (
    ("al-Qaeda", "al-Qaeda"),
    ("al Qaeda", "al-Qaeda"),
    ("the Islamic State", "Islamic State"),
    ("Islamic State", "Islamic State"),
)
_EVENTS = ("the attack", "Friday's bombing", "the hotel siege", "the raid on the base")
_FRAMES = (
    ("{n} claimed responsibility for {e}.", Stance.CLAIMED),
    ("{n} said it carried out {e}.", Stance.CLAIMED),
    ("Officials blamed {n} for {e}.", Stance.ASSERTED),
    ("The governor said {n} was behind {e}.", Stance.ASSERTED),
    ("{n} denied any involvement in {e}.", Stance.DENIED),
    ("{E} was claimed by {n}.", Stance.CLAIMED),
)
_HEADS = ("Brigade", "Front", "Movement", "Battalion", "Army")


def _framed(draw: st.DrawFn, name: str) -> tuple[str, Stance]:
    frame, stance = draw(st.sampled_from(_FRAMES))
    event = draw(st.sampled_from(_EVENTS))
    return capitalised(frame.format(n=name, e=event, E=capitalised(event))), stance


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


@st.composite
def affiliates(draw: st.DrawFn) -> AttributionCase:
    """A known parent and an invented region or province: the affiliate is the actor."""
    written, parent = draw(st.sampled_from(_PARENTS))
    first, second = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True))
    kind = draw(st.sampled_from(("in the", "of the", "province")))
    if kind == "province":
        tail, read = f" {first} {second} Province", f"{parent} {first} {second} Province"
    else:
        tail, read = f" {kind} {first} {second}", f"{parent} {kind} {first} {second}"
    if draw(st.booleans()):
        tail += f" ({_initials(f'{written} {tail}'.replace('the ', ''))})"
    text, stance = _framed(draw, written + tail)
    return text, frozenset({(read, stance)})


@st.composite
def parents_acting_somewhere(draw: st.DrawFn) -> AttributionCase:
    """A known parent and a country, compass words or a district: the parent, where it acts."""
    written, parent = draw(st.sampled_from(_PARENTS))
    place = f"{draw(st.sampled_from(_WORDS))} {draw(st.sampled_from(('District', 'Province')))}"
    where = draw(st.sampled_from(("of Iraq", "in the Philippines", "in the Middle East")))
    where = draw(st.sampled_from((where, f"in the {place}")))
    text, stance = _framed(draw, f"{written} {where}")
    return text, frozenset({(parent, stance)})


@st.composite
def parent_group_in_a_headline(draw: st.DrawFn) -> AttributionCase:
    """ "Al Qaeda group claims ..." over an article naming one affiliate: the affiliate."""
    written, parent = draw(st.sampled_from(_PARENTS[:2]))
    first, second = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True))
    affiliate = f"{parent} in the {first} {second}"
    kind = draw(st.sampled_from(("group", "affiliate", "branch")))
    headline = f"{capitalised(written)} {kind} claims responsibility for hotel siege"
    body = f"{written} in the {first} {second} has been active in the region since 2012."
    return f"{headline}\n\n{body}", frozenset({(affiliate, Stance.CLAIMED)})


@given(st.one_of(affiliates(), parents_acting_somewhere(), parent_group_in_a_headline()))
def test_a_known_parent_opens_an_affiliate_s_name(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


@functools.cache
def _nameless() -> Lexicon:
    data = _LEXICON.model_dump(mode="json")
    data["actors"]["aliases"], data["actors"]["outlets"] = {}, {}
    return Lexicon.model_validate(data)


@given(
    st.sampled_from(("Al Qaeda", "Jamaat Okvara", "Harakat Sabrun")),
    st.lists(st.sampled_from(_WORDS[2:]), min_size=2, max_size=2, unique=True),
    st.sampled_from(("group", "affiliate", "branch")),
    st.sampled_from(("in the", "of the")),
)
def test_an_unknown_parent_s_group_in_a_headline_is_its_affiliate(
    parent: str, region: list[str], kind: str, link: str
) -> None:
    """With no name known, "X group claims" over "X in the <Region> said it ..." is one actor."""
    affiliate = f"{parent} {link} {' '.join(region)}"
    text = (
        f"{parent} {kind} claims responsibility for hotel siege\n\n"
        f"{affiliate} said it carried out the attack."
    )
    assert _read(text, _nameless()) == {(affiliate, Stance.CLAIMED)}


@st.composite
def invented_group(draw: st.DrawFn) -> tuple[str, str]:
    """An invented group's full name and its acronym (its words' initials).

    An acronym the lexicon already gives to a source ("VOA" is an outlet) names that
    source, not the invented group: those are not drawn.
    """
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3, unique=True))
    name = f"{' '.join(words)} {draw(st.sampled_from(_HEADS))}"
    acronym = _initials(name)
    assume(acronym.lower() not in _LEXICON.sources.nouns)
    return name, acronym


_DEFINITIONS = (
    "The {n} ({a}) has been active in the border region since 2015.",
    "{a}, the {n}, has fought the army for a decade.",
    "Little is known of the {n}, known by its acronym {a}, beyond its videos.",
    "The {n}, also known as {a}, was formed by a merger of three factions.",
)


@st.composite
def defined_then_named_short(draw: st.DrawFn) -> AttributionCase:
    """The article defines a group by its acronym, then names it by the acronym alone.

    The definition stands in no frame, before or after the claim: the acronym is the
    group, written under its full name.
    """
    name, acronym = draw(invented_group())
    definition = draw(st.sampled_from(_DEFINITIONS)).format(n=name, a=acronym)
    claim, stance = _framed(draw, acronym)
    order = (definition, claim) if draw(st.booleans()) else (claim, definition)
    return " ".join(order), frozenset({(name, stance)})


@st.composite
def defined_by_another_name(draw: st.DrawFn) -> AttributionCase:
    """ "X, also known as Jamaat Y": a later mention by the shorter name is X."""
    name, _ = draw(invented_group())
    other = f"Jamaat {draw(st.sampled_from(_WORDS))}"
    cue = draw(st.sampled_from(("also known as", "which calls itself", "known locally as")))
    definition = f"The {name}, {cue} {other}, has fought the army for a decade."
    claim, stance = _framed(draw, other)
    return f"{definition} {claim}", frozenset({(name, stance)})


@given(st.one_of(defined_then_named_short(), defined_by_another_name()))
def test_a_group_defined_in_the_article_is_one_actor(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


@given(invented_group())
def test_an_acronym_fits_the_initials_of_its_name(group: tuple[str, str]) -> None:
    name, acronym = group
    assert acronym_fits(acronym, name)
    assert not acronym_fits(acronym[::-1] + "X", name)


@st.composite
def coordinated_arabic_affiliates(draw: st.DrawFn) -> AttributionCase:
    """ "X and al-<Name> in the <Region> claimed": an Arabic name and a region is a group."""
    first, second, third = draw(
        st.lists(st.sampled_from(_WORDS), min_size=3, max_size=3, unique=True)
    )
    article = draw(st.sampled_from(("al ", "al-", "Al ", "el-")))
    link = draw(st.sampled_from(("in the", "of the")))
    affiliate = f"{article}{first} {link} {second} {third}"
    other = f"{third} {draw(st.sampled_from(_HEADS))}"
    template, stance = draw(
        st.sampled_from(
            (
                ("The {a} and {b} claimed responsibility for the attack.", Stance.CLAIMED),
                ("The attack was claimed by the {a} and {b}.", Stance.CLAIMED),
                ("Officials blamed the {a} and {b} for the attack.", Stance.ASSERTED),
            )
        )
    )
    text = template.format(a=other, b=affiliate)
    return text, frozenset({(other, stance), (affiliate, stance)})


@given(coordinated_arabic_affiliates())
def test_an_arabic_name_and_a_region_is_a_group_in_a_coordination(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _nameless()) == expected


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2, unique=True),
    st.sampled_from(("Splinter Group", "Splinter", "Affiliate", "Branch", "Offshoot")),
    st.sampled_from(("Claims Responsibility for Mosque Bombing", "claimed the attack.")),
)
def test_a_part_of_an_unknown_group_is_not_named_by_it(
    words: list[str], part: str, rest: str
) -> None:
    """ "Okvara Splinter Group Claims ...": the splinter is not the Okvara, nor its name."""
    assert _read(f"{' '.join(words)} {part} {rest}", _nameless()) == set()


# --- round 12: transliterated names, counts before a name, attackers of a group ----------

# Invented words with the shape of a participle: a name's part, never a tie, after a
# particle ("Jaish-e-Mohammed" beside "Qaeda-Linked").
_ED_WORDS = ("Zelvamed", "Okvahmed", "Qarnaeed", "Tamrezed")
_GLUES = ("-e-", "-i-", "-ul-", "-e- ", "-i- ")


@st.composite
def transliterated_group(draw: st.DrawFn) -> tuple[str, str]:
    """ "Okvara-e-Zelvamed", "Sabrun-i- Qarnaeed Front": the name as written and as read.

    A line break may have cut the name after its particle ("-e- "): it is read whole.
    """
    first = draw(st.sampled_from(_WORDS))
    glue = draw(st.sampled_from(_GLUES))
    last = draw(st.sampled_from(_ED_WORDS))
    head = draw(st.sampled_from(("", " Front", " Brigade")))
    written = f"{first}{glue}{last}{head}"
    return written, written.replace("- ", "-")


@given(transliterated_group(), st.sampled_from(_FRAMES), st.sampled_from(_EVENTS))
def test_a_participle_shaped_part_after_a_particle_is_the_name_s(
    group: tuple[str, str], frame: tuple[str, Stance], event: str
) -> None:
    written, name = group
    template, stance = frame
    text = template.format(n=written, e=event, E=capitalised(event))
    assert _read(text, _nameless()) == {(name, stance)}


_COUNTS = ("Four", "Six", "Thirty-two", "Twelve", "Two")


@given(
    st.sampled_from(_COUNTS),
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True),
    st.sampled_from(_HEADS),
    st.sampled_from(("gunmen", "militants", "attackers")),
    st.sampled_from(("stormed the hotel", "attacked the base", "opened fire on the crowd")),
)
def test_a_count_opening_a_sentence_is_not_the_name_s(
    count: str, words: list[str], head: str, noun: str, act: str
) -> None:
    """ "Four Okvara Zelvani Brigade gunmen stormed ...": the group is the brigade."""
    name = f"{' '.join(words)} {head}"
    assert _read(f"{count} {name} {noun} {act}.", _nameless()) == {(name, Stance.ASSERTED)}


@st.composite
def attackers_of_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "Terrorists of the Zelvania-based X outfit attacked ...": the attackers are X's."""
    name = (
        draw(st.sampled_from(_WORDS))
        + draw(st.sampled_from(("-e-", "-ul-")))
        + draw(st.sampled_from(_WORDS))
    )
    acronym = draw(st.sampled_from(("", " (OZM)")))
    noun = draw(st.sampled_from(("Terrorists", "Militants", "Gunmen", "Fighters")))
    link = draw(st.sampled_from(("of", "from", "belonging to")))
    based = draw(st.sampled_from(("", "Zelvania-based ", "the Zelvania-based ", "the ")))
    head = draw(st.sampled_from(("", " outfit", " group", " militant group")))
    act = draw(st.sampled_from(("attacked an army camp", "stormed the base at dawn")))
    return f"{noun} {link} {based}{name}{acronym}{head} {act}.", frozenset(
        {(name, Stance.ASSERTED)}
    )


@given(attackers_of_a_group())
def test_the_group_attackers_come_from_is_theirs(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _nameless()) == expected
    assert _read(text.replace("Okvara", "Ghazni").replace("Zelvani", "Herat")) == (
        {(a.replace("Okvara", "Ghazni").replace("Zelvani", "Herat"), s) for a, s in expected}
    )


@functools.cache
def _knowing_acronyms() -> Lexicon:
    """The lexicon, knowing invented groups by their acronyms only."""
    data = _LEXICON.model_dump(mode="json")
    data["actors"]["aliases"] |= {"ozf": "Okvara Zelvan Front", "qhb": "Qarnat Hurdane Brigade"}
    return Lexicon.model_validate(data)


@given(
    st.sampled_from(
        (
            ("Okvara Zelvani Front", "OZF", "Okvara Zelvan Front"),
            ("Okvara Zelvan Forces", "OZF", "Okvara Zelvan Front"),
            ("Qarnat al-Hurdane Battalion", "QHB", "Qarnat Hurdane Brigade"),
        )
    ),
    st.sampled_from(_FRAMES),
    st.sampled_from(_EVENTS),
    st.sampled_from(("", "the ")),
)
def test_a_known_acronym_names_the_spelling_before_its_bracket(
    group: tuple[str, str, str], frame: tuple[str, Stance], event: str, article: str
) -> None:
    """ "the Okvara Zelvan Forces (OZF)": a variant of the name, the acronym's group."""
    written, acronym, actor = group
    template, stance = frame
    text = template.format(n=f"{article}{written} ({acronym})", e=event, E=capitalised(event))
    assert _read(capitalised(text), _knowing_acronyms()) == {(actor, stance)}


@given(
    st.sampled_from(("a", "a small", "a heavily armed", "the same")),
    st.sampled_from(("band", "group", "cell", "unit")),
    st.sampled_from(("rebels", "guerrillas", "gunmen", "fighters")),
    st.sampled_from(("launched the attack", "stormed the school", "attacked the village")),
)
def test_a_quantity_of_a_group_s_attackers_is_theirs(
    det: str, body: str, noun: str, act: str
) -> None:
    """ "a small band of Taliban rebels launched the attack": the Taliban's."""
    text = f"The general said {det} {body} of Taliban {noun} {act} at dawn."
    assert _read(text) == {("Taliban", Stance.ASSERTED)}


@given(
    st.sampled_from(("Suicide Bombers", "SUICIDE bombers", "Suicide bombers", "Gunmen")),
    st.sampled_from(
        (
            "{a} behind Deadly Cathedral Attack",
            "{a} attacked a mosque in the city on Friday.",
            "Officials said the blasts were the handiwork of {a}.",
        )
    ),
)
def test_attackers_in_capitals_are_no_name(attackers: str, template: str) -> None:
    """A headline's or a shout's capitals make no group of "Suicide Bombers"."""
    assert _read(template.format(a=attackers), _nameless()) == set()


@given(
    st.sampled_from(("carried out by", "attacked by", "stormed by")),
    st.sampled_from(("gunmen", "militants", "assailants", "suicide bombers")),
    st.sampled_from(("linked to", "loyal to", "affiliated with")),
    st.sampled_from((("the Islamic State", "Islamic State"), ("al-Shabaab", "al-Shabaab"))),
)
def test_attackers_tied_to_a_group_in_an_agent_are_its(
    cue: str, noun: str, link: str, group: tuple[str, str]
) -> None:
    """ "carried out by gunmen linked to X": the attackers' tie names their group."""
    written, actor = group
    text = f"The school was {cue} {noun} {link} {written} on Friday."
    assert _read(text) == {(actor, Stance.ASSERTED)}


@given(st.sampled_from(("gunmen", "militants", "assailants")))
def test_attackers_from_a_country_in_an_agent_name_no_state(noun: str) -> None:
    """ "carried out by gunmen from Pakistan": where they come from, not the state's act."""
    assert _read(f"The attack was carried out by {noun} from Pakistan.") == set()


@given(
    st.sampled_from(("Shiite", "Alawite", "Ismailite")),
    st.sampled_from(("power", "heartland", "community")),
)
def test_a_creed_before_a_noun_is_no_actor(creed: str, noun: str) -> None:
    """ "the first such assault by the extremists in the Shiite power": an adjective."""
    text = (
        "Five of the men who launched an attack in the capital previously fought for the "
        "Okvara Front, the ministry said Thursday, acknowledging the first such assault by "
        f"the extremists in the {creed} {noun}."
    )
    doc = Document(id="d", text=text, published=datetime.date(2017, 6, 8), outlet="Okvara Times")
    claims = analyze([doc], lexicon=_nameless()).claims
    assert {c.actor for c in claims if isinstance(c, AttributionClaim)} == set()
