from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimrecon
from claimrecon import Document, Lexicon
from claimrecon.extract.segment import DocContext, split_paragraphs, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two died. Five were hurt.", ["Two died.", "Five were hurt."]),
        (
            "Gen. John Smith said two died. Police agreed.",
            ["Gen. John Smith said two died.", "Police agreed."],
        ),
        ("The U.S. army said so. It did.", ["The U.S. army said so.", "It did."]),
        ('"It is over," he said. "We won."', ['"It is over," he said.', '"We won."']),
        ("Was it IS? Nobody knows! Maybe.", ["Was it IS?", "Nobody knows!", "Maybe."]),
        (
            "Headline without a stop\nBody text. More.",
            ["Headline without a stop", "Body text.", "More."],
        ),
        ("at 5 p.m. local time. Then", ["at 5 p.m. local time.", "Then"]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("ends in lower case. then goes on", ["ends in lower case. then goes on"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_paragraphs_are_lines() -> None:
    text = "Title\n\n  First para. Two.  \nSecond"
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["Title", "First para. Two.", "Second"]
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 1, 2]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"')A1\u201d\u2019")), max_size=300))
def test_sentences_are_ordered_slices_of_the_text(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for i, s in enumerate(sentences):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last_end
        assert s.index == i
        last_end = s.end


def _lines_run(function: Callable[[str], object], text: str) -> int:
    """Count the lines of claimrecon's own code that ``function(text)`` runs.

    An operation count, not a time: it does not depend on the machine or its load. Work
    inside a regular expression or a string method counts as one line; the benchmark
    ``benchmarks/adversarial.py`` times those.
    """
    package = str(Path(claimrecon.__file__).parent)
    lines = 0

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal lines
        lines += event == "line"
        return local

    def enter(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        return local if frame.f_code.co_filename.startswith(package) else None

    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        function(text)
    finally:
        sys.settrace(previous)
    return lines


@settings(max_examples=30)
@given(
    st.text(alphabet=st.sampled_from(list("ab .!?\n\"')A1\u201d\u2019")), min_size=1, max_size=6)
    | st.sampled_from([".", ". ", "a", "!?", "Gen. ", "U.S. ", '"x." ', "a. b ", "Aa."])
)
def test_sentence_splitting_does_linear_work(unit: str) -> None:
    # Long runs of punctuation, abbreviations and spaces once made splitting quadratic:
    # four times the text may cost four times the lines run, and no more.
    small = _lines_run(split_sentences, unit * 500)
    large = _lines_run(split_sentences, unit * 2000)
    assert large <= 4.4 * small + 200


def test_context_finds_the_sentence_of_an_offset() -> None:
    doc = Document(id="d", text="One died.  Two died.\nThree.")
    ctx = DocContext(doc, Lexicon.default())
    assert ctx.sentence_at(0) is not None and ctx.sentence_at(0).text == "One died."
    assert ctx.sentence_at(12) is not None and ctx.sentence_at(12).text == "Two died."
    assert ctx.sentence_at(9) is None  # the space between two sentences
    assert ctx.sentence_at(999) is None
    assert [s.text for s in ctx.paragraph(1)] == ["Three."]
    assert ctx.text == doc.text


# --- hard-wrapped wire copy: a sentence runs on across single line breaks --------------------

_WORDS = st.sampled_from(
    ["gunmen", "killed", "the", "hotel", "guards", "in", "of", "Friday", "officials", "said"]
)
_SENTENCE = st.builds(
    lambda first, words, end: " ".join([first, *words]) + end,
    st.sampled_from(["The", "Officials", "Gunmen", "He"]),
    st.lists(_WORDS, min_size=4, max_size=30),
    st.sampled_from([".", "!", ".\u201d"]),
)


def _wrap(text: str, width: int) -> str:
    """Break ``text`` at white space into lines of at most ``width`` characters."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


@given(
    st.lists(_SENTENCE, min_size=2, max_size=6),
    st.integers(48, 80),
    st.sampled_from(["", "Hotel siege ends in capital\n", "* Army says siege over\n"]),
    st.sampled_from(["", "CAPITAL, Nov 20 ", "TOWN (Reuters) - "]),
)
def test_a_hard_wrapped_sentence_is_one_sentence(
    sentences: list[str], width: int, headline: str, dateline: str
) -> None:
    body = [_wrap(dateline + sentences[0], width), *(_wrap(s, width) for s in sentences[1:])]
    text = headline + "\n".join(body)
    # Wrapped text shows itself by lines that run on in lower case; one alone could be a
    # headline's, so two or more make a text wrapped.
    assume(sum(line[:1].islower() for line in text.split("\n")) >= 2)
    found = [" ".join(s.text.split()) for s in split_sentences(text)]
    expected = [headline.strip()] if headline else []
    assert found == [*expected, dateline + sentences[0], *sentences[1:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single line opening in lower case runs on; a blank line ends the paragraph
        ("Gunmen killed\ntwo guards.", ["Gunmen killed\ntwo guards."]),
        ("Gunmen killed\n\ntwo guards.", ["Gunmen killed", "two guards."]),
        # an abbreviation at the end of a line is no stop
        (
            "A U.N. official said U.N.\npeacekeepers left.",
            ["A U.N. official said U.N.\npeacekeepers left."],
        ),
        # a line opening in capitals after one that is not wrapped: a headline's end
        (
            "Attack on hotel\nOfficials said two died.",
            ["Attack on hotel", "Officials said two died."],
        ),
    ],
)
def test_lines_run_on_only_in_wrapped_text(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_a_kept_reading_drops_its_words_once_the_claims_are_read() -> None:
    # The words of each sentence are shared while the claims are read, then dropped from
    # the kept reading (they are most of what the garbage collector walks); reading the
    # document again reads them again and finds the same claims.
    from claimrecon.extract import doc_context, extract
    from claimrecon.extract.actors import _ActorsMemo
    from claimrecon.extract.sources import _SourcesMemo

    lexicon = Lexicon.default()
    doc = Document(
        id="zelvania-words",
        text="Okvara Front claimed the attack in Dunmar, police said. "
        'Twelve people were killed, "a dark day," the mayor of Velka said.',
    )
    first = extract(doc, lexicon)
    ctx = doc_context(doc, lexicon)
    assert ctx.memo(_ActorsMemo).tokens == {}
    assert ctx.memo(_ActorsMemo).present == {}
    assert ctx.memo(_SourcesMemo).tokens == {}
    assert ctx.memo(_ActorsMemo).discovered is not None  # the rest of the reading is kept
    assert extract(doc, lexicon) == first
    assert first


# --- attrw11, wave 11: a page that lost the space after its stops --------------------------
_LOWER_WORDS = st.sampled_from(("airport", "injured", "bombing", "attack", "online"))
_OPENERS = st.sampled_from(("The", "In", "Mr", "He", "Okvara", "Dunmar"))


@given(_LOWER_WORDS, st.sampled_from((".", "!", "?", ".\u201d")), _OPENERS)
def test_a_stop_with_no_space_before_a_capitalised_word_ends_a_sentence(
    word: str, stop: str, opener: str
) -> None:
    text = f"Gunmen struck the Velka {word}{stop}{opener} said two died in Zelvania."
    assert [s.text for s in split_sentences(text)] == [
        f"Gunmen struck the Velka {word}{stop}",
        f"{opener} said two died in Zelvania.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Army said two died.",  # a dotted acronym closes no lower case word
        "He lives in St.Petersburg now.",  # an abbreviation with a capital
        "Visit okvara.com for more.",  # a stop before lower case
        "The code A.B.C was read.",
    ],
)
def test_a_stop_inside_a_word_with_no_lower_case_pair_before_it_does_not_split(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


# Pages copied without their paragraph breaks run sentences together: "the airport.The
# blast". A stop after a word of small letters, right before a capitalised word, ends a
# sentence; abbreviations, initials, acronyms and numbers do not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He ordered the attack on the airport.The blast left 36 dead.",
            ["He ordered the attack on the airport.", "The blast left 36 dead."],
        ),
        (
            "It was a response to \u201ccrimes in Okvara\u201d.Similar attacks would follow.",
            ["It was a response to \u201ccrimes in Okvara\u201d.", "Similar attacks would follow."],
        ),
        ("Was it over?Nobody knew.", ["Was it over?", "Nobody knew."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
        ("Mr.Dunmar and St.Velka spoke.", ["Mr.Dunmar and St.Velka spoke."]),
        ("The ISIS.The group.", ["The ISIS.The group."]),
        ("It rose by 3.5 points.", ["It rose by 3.5 points."]),
    ],
)
def test_sentences_run_together(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


_WORDS = st.sampled_from(["bombs", "hit", "the", "market", "in", "Zelvania", "police", "said"])
_OPENERS = st.sampled_from(["The", "Police", "Okvara", "Witnesses", "Dunmar"])


@given(st.lists(st.tuples(_OPENERS, st.lists(_WORDS, min_size=1, max_size=6)), min_size=1))
def test_sentences_run_together_split_as_spaced_ones(
    parts: list[tuple[str, list[str]]],
) -> None:
    sentences = [" ".join([opener, *words]) + "." for opener, words in parts]
    # A sentence whose last word is a name ("... in Zelvania.") still ends with small letters.
    assert [s.text for s in split_sentences("".join(sentences))] == [
        s.text for s in split_sentences(" ".join(sentences))
    ]
