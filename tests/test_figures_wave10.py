"""Wave 10's figure phenomena, drawn with invented places, speakers and numbers.

- the wounded told as hospital intake: persons taken in for care ("were rushed to the
  hospital", "have been transported for medical treatment", "were admitted with wounds",
  "received injuries"), or, active, the object of the intake ("sent nearly 40 others to
  hospital", "put 12 in hospital"), are wounded; attackers who rush into a building and
  the dead whose bodies are taken to hospital are not;
- a toll told as a state at a time after its noun ("the death toll as of Tuesday stood at
  14") is a toll: the time opens no new clause;
- a rising toll's earlier value ("raised the death toll from 11 to 14") is a figure of its
  own, no update; the later one is the update;
- persons "fatally shot" or "fatally stabbed" (and a verb "fatally shooting") are killed.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised as capital
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
SPEAKERS = st.sampled_from(
    ["the health minister of {place}", "a spokesman for the {place} police", "officials in {place}"]
)
# (the noun after the number, the subject it gives)
NOUNS = st.sampled_from(
    [("people", "people"), ("civilians", "civilians"), ("students", "civilians"), ("", "people")]
)
AUXILIARIES = st.sampled_from(["were", "have been", "had been", "were later", "were all"])
# an intake verb and where the hurt were taken
INTAKES = st.sampled_from(
    [
        "admitted to hospital",
        "admitted to the {place} General Hospital",
        "admitted to two local clinics",
        "rushed to hospital",
        "rushed to the hospital",
        "taken to hospitals across {place}",
        "taken to the main hospital in {place}",
        "transported for medical treatment",
        "transported to hospitals",
        "evacuated to medical facilities in {place}",
        "airlifted to a trauma centre",
        "taken for treatment",
        "treated at local hospitals",
        "admitted with wounds",
        "admitted with gunshot wounds",
        "hospitalised with serious injuries",
    ]
)


@given(st.integers(2, 400), st.booleans(), NOUNS, AUXILIARIES, INTAKES, PLACES, SPEAKERS)
def test_persons_taken_in_for_care_are_wounded(
    n: int,
    words: bool,
    noun: tuple[str, str],
    aux: str,
    intake: str,
    place: str,
    speaker: str,
) -> None:
    head, subject = noun
    who = speaker.format(place=place)
    counted = f"{number(n, words)} {head}".rstrip()
    text = f"{capital(who)} said {counted} {aux} {intake.format(place=place)}."
    assert read(text) == [("wounded", subject, n, n)]


@given(st.integers(2, 400), st.booleans(), st.sampled_from(["received", "suffered"]), PLACES)
def test_persons_who_received_injuries_are_wounded(
    n: int, words: bool, verb: str, place: str
) -> None:
    text = f"The blast in {place} killed 12 people. {capital(number(n, words))} {verb} injuries."
    assert read(text) == [("killed", "people", 12, 12), ("wounded", "people", n, n)]


ACTIVE = st.sampled_from(
    [
        "sent {n} others to the hospital",
        "sent {n} others to hospital",
        "sent nearly {n} people to hospitals in {place}",
        "put {n} in hospital",
        "left {n} others in hospital",
    ]
)


@given(st.integers(2, 400), st.booleans(), ACTIVE, PLACES)
def test_the_object_of_an_intake_is_wounded(n: int, words: bool, active: str, place: str) -> None:
    object_ = active.format(n=number(n, words), place=place)
    text = f"The explosion in {place} killed 12 people on Monday and {object_}, officials said."
    assert read(text) == [("killed", "people", 12, 12), ("wounded", "people", n, n)]


@given(st.integers(2, 30), st.booleans(), PLACES)
def test_attackers_rushing_in_and_the_dead_taken_in_are_no_wounded(
    n: int, words: bool, place: str
) -> None:
    rushed = f"{capital(number(n, words))} gunmen rushed into the hospital in {place}."
    assert read(rushed) == [("count", "militants", n, n)]
    bodies = f"The bodies of {number(n, words)} people were taken to the hospital in {place}."
    assert read(bodies) == [("killed", "people", n, n)]


TOLLS = st.sampled_from(["the death toll", "the toll", "the number of dead", "the death count"])
TIMES = st.sampled_from(
    ["as of Tuesday", "as of Monday night", "as of noon on Friday", "as at Sunday evening"]
)
STATES = st.sampled_from(["stood at", "was", "had risen to", "had reached", "was put at"])


@given(st.integers(2, 400), st.booleans(), TOLLS, TIMES, STATES, PLACES, SPEAKERS)
def test_a_toll_told_at_a_time_is_a_toll(
    n: int, words: bool, toll: str, time: str, state: str, place: str, speaker: str
) -> None:
    who = speaker.format(place=place)
    text = f"{capital(who)} said {toll} {time} {state} {number(n, words)}."
    assert read(text) == [("killed", "people", n, n)]


RISES = st.sampled_from(
    [
        "{who} raised the death toll from {a} to {b}",
        "{who} raised the toll from {a} to {b} on Tuesday",
        "The death toll has risen from {a} to {b}, {who} said",
        "The toll in {place} climbed from {a} to {b}, {who} said",
    ]
)


@given(st.integers(2, 200), st.integers(1, 200), st.booleans(), RISES, PLACES, SPEAKERS)
def test_a_rising_tolls_earlier_value_is_a_figure_of_its_own(
    a: int, rise: int, words: bool, frame: str, place: str, speaker: str
) -> None:
    b = a + rise
    who = speaker.format(place=place)
    said = frame.format(who=who, a=number(a, words), b=number(b, words), place=place)
    found = read_figures(capital(said) + ".", Lexicon.default())
    got = [(f.metric.value, f.subject.value, f.low, f.high, f.revision) for f in found]
    assert got == [("killed", "people", a, a, False), ("killed", "people", b, b, True)]


@given(
    st.integers(2, 400),
    st.booleans(),
    st.sampled_from(["shot", "stabbed"]),
    st.booleans(),
    NOUNS,
    PLACES,
)
def test_persons_fatally_shot_or_stabbed_are_killed(
    n: int, words: bool, verb: str, active: bool, noun: tuple[str, str], place: str
) -> None:
    head, subject = noun
    counted = f"{number(n, words)} {head}".rstrip()
    text = (
        f"A gunman in {place} fatally {verb} {counted}."
        if active and head
        else f"Police in {place} said {counted} were fatally {verb}."
    )
    assert read(text) == [("killed", subject, n, n)]


SIEGES = st.sampled_from(
    [
        "The death toll from a devastating {h}-hour siege by Okvaran gunmen at a hotel in "
        "{place}'s capital has climbed to {n}",
        "The death toll in the horrific attack that shook {place} minutes after the parade "
        "climbed to {n} on Monday",
        "The toll from the attack on the market that rebels carried out in {place} rose to {n}",
    ]
)


@given(st.integers(2, 400), st.booleans(), st.integers(2, 72), SIEGES, PLACES)
def test_a_toll_read_past_a_long_modifier(
    n: int, words: bool, hours: int, frame: str, place: str
) -> None:
    text = frame.format(h=hours, n=number(n, words), place=place) + ", officials said."
    assert read(text) == [("killed", "people", n, n)]
