"""Round 10b's figure phenomena, drawn with invented places, speakers and numbers.

- a bare head ("cadets", "recruits", "trainees") takes the subject of the fuller noun with
  that head named earlier in the document ("police cadets", "army recruits"); with no fuller
  noun before it, or with another group named in full, it keeps its own reading.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.extract.numbers import spell
from claimrecon.models import Document, FigureClaim

PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]
FULLER = st.sampled_from(
    [
        ("police cadets", "cadets", "police"),
        ("police recruits", "recruits", "police"),
        ("police trainees", "trainees", "police"),
        ("army recruits", "recruits", "soldiers"),
        ("army cadets", "cadets", "soldiers"),
    ]
)
VERB = st.sampled_from([("were wounded", "wounded"), ("were killed", "killed"), ("died", "killed")])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])


def figures(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = extract(Document(id="d", text=text))
    return [
        (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
        for c in claims
        if isinstance(c, FigureClaim)
    ]


def number(n: int, words: bool) -> str:
    text = spell(n) if words and n <= 99 else str(n)
    return text[:1].upper() + text[1:]


@given(
    fuller=FULLER,
    verb=VERB,
    place=st.sampled_from(PLACES),
    n=st.integers(2, 400),
    words=st.booleans(),
    after=AFTER,
    gap=st.sampled_from(["", "The gate was shut for hours.\n\n"]),
)
def test_a_bare_head_takes_the_subject_of_its_fuller_noun(
    fuller, verb, place, n, words, after, gap
):
    phrase, head, subject = fuller
    text = (
        f"Gunmen stormed a training centre in {place} that houses hundreds of {phrase}.\n\n"
        f"{gap}{number(n, words)} {head} {verb[0]} in the attack{after}."
    )
    assert figures(text) == [(verb[1], subject, n, n)]


@given(
    fuller=FULLER,
    verb=VERB,
    place=st.sampled_from(PLACES),
    n=st.integers(2, 400),
    words=st.booleans(),
)
def test_a_bare_head_named_first_keeps_its_own_reading(fuller, verb, place, n, words):
    phrase, head, _ = fuller
    text = (
        f"{number(n, words)} {head} {verb[0]} in {place}.\n\n"
        f"The centre trains {phrase} from three provinces."
    )
    assert figures(text) == [(verb[1], "people", n, n)]


@given(
    verb=VERB,
    place=st.sampled_from(PLACES),
    n=st.integers(2, 400),
    words=st.booleans(),
)
def test_a_head_with_its_own_modifier_keeps_it(verb, place, n, words):
    text = (
        f"The academy in {place} trains police cadets.\n\n"
        f"{number(n, words)} army cadets {verb[0]} in the attack."
    )
    assert figures(text) == [(verb[1], "soldiers", n, n)]


KILLERS = st.sampled_from(["commandos", "police", "special forces", "troops", "soldiers"])
ATTACKERS = st.sampled_from(["gunmen", "attackers", "assailants", "militants"])
ONE = {
    "gunmen": "gunman",
    "attackers": "attacker",
    "assailants": "assailant",
    "militants": "militant",
}
STAND = st.sampled_from(
    ["made a last stand", "held out for hours", "were cornered", "were trapped upstairs"]
)
LINK = st.sampled_from(["before", "until", "when"])


@given(
    attackers=ATTACKERS,
    stand=STAND,
    link=LINK,
    killers=KILLERS,
    place=st.sampled_from(PLACES),
    n=st.integers(2, 12),
    words=st.booleans(),
)
def test_killed_them_ends_a_group_with_no_verb_of_its_own(
    attackers, stand, link, killers, place, n, words
):
    text = (
        f"In {place}, {number(n, words).lower()} {attackers} {stand} {link} {killers} killed them."
    )
    assert figures(text) == [("killed", "militants", n, n)]


@given(
    attackers=ATTACKERS,
    link=LINK,
    killers=KILLERS,
    hostages=st.sampled_from(["the guests", "several hostages", "the staff"]),
    n=st.integers(2, 12),
)
def test_killed_them_after_another_group_is_no_figure_of_the_first(
    attackers, link, killers, hostages, n
):
    text = f"{number(n, False)} {attackers} held {hostages} for hours {link} {killers} killed them."
    assert [f for f in figures(text) if f[0] == "killed"] == []


@given(
    attackers=ATTACKERS,
    closer=st.sampled_from(["to survive", "to be captured alive", "to be taken alive"]),
    speaker=st.sampled_from(["Police said", "Inspector Varnek said", "Officials in Dunmar said"]),
    n=st.integers(2, 40),
    words=st.booleans(),
    noun_after=st.booleans(),
)
def test_the_only_one_of_n_to_survive(attackers, closer, speaker, n, words, noun_after):
    group = f"{number(n, words).lower()} {attackers}" if noun_after else number(n, words).lower()
    one = ONE[attackers]
    text = f"{speaker} the {one} in custody, the only one of {group} {closer}, had confessed."
    got = figures(text)
    assert ("killed", "militants", n - 1, n - 1) in got
    assert ("count", "militants", n, n) in got


@given(
    victims=st.sampled_from([("passengers", "civilians"), ("policemen", "police")]),
    n=st.integers(2, 40),
    place=st.sampled_from(PLACES),
)
def test_the_only_one_of_n_victims_to_survive(victims, n, place):
    text = f"The driver was the only one of {n} {victims[0]} to survive the blast in {place}."
    assert figures(text) == [("killed", victims[1], n - 1, n - 1)]


FATE = st.sampled_from(
    [
        ("was killed", "killed"),
        ("had been killed by security forces", "killed"),
        ("blew himself up", "killed"),
        ("died", "killed"),
        ("was wounded", "wounded"),
        ("was injured", "wounded"),
        ("was arrested", "arrested"),
    ]
)


@given(
    first=FATE,
    second=FATE,
    noun=st.sampled_from([("attacker", "militants"), ("policeman", "police"), ("guard", "guards")]),
    join=st.sampled_from([" and", ", while", " while"]),
    before=st.sampled_from(["", "Governor Varnek said ", "Police in Okvara said "]),
)
def test_one_and_another_are_two(first, second, noun, join, before):
    if noun[1] != "militants" and "arrested" in (first[1], second[1]):
        return  # an arrest is of attackers or suspects
    if noun[1] != "militants" and "blew" in first[0] + second[0]:
        return  # a self-killing is an attacker's
    text = f"{before}one {noun[0]} {first[0]}{join} another {second[0]}."
    expected = (
        [(first[1], noun[1], 2, 2)]
        if first[1] == second[1]
        else [(first[1], noun[1], 1, 1), (second[1], noun[1], 1, 1)]
    )
    assert sorted(figures(text[0].upper() + text[1:])) == sorted(expected)


@given(
    place=st.sampled_from(PLACES),
    n=st.integers(5, 300),
    m=st.integers(5, 300),
    others=st.sampled_from(
        [
            ("More than {m} others were injured.", True),
            ("Another {m} were wounded.", True),
            ("{m} more were injured.", True),
            ("More than {m} people were injured.", False),
        ]
    ),
    after=st.sampled_from(["", ", officials said", ", citing hospital sources"]),
)
def test_others_wounded_make_a_casualty_toll_the_dead(place, n, m, others, after):
    text = (
        f"The number of casualties in the truck bomb blast in {place}, Dunmar has risen to "
        f"{n}{after}. {others[0].format(m=m)}"
    )
    got = [f[0] for f in figures(text)]
    assert got[0] == ("killed" if others[1] else "casualties")
