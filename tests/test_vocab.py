from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimrecon import Lexicon, LexiconError, SourceKind, Stance, vocab
from claimrecon.vocab import alternation, expand


def test_default_lexicon_is_cached_and_valid() -> None:
    assert Lexicon.default() is Lexicon.default()
    assert Lexicon.default().actors.canonical("ISIS") == "Islamic State"


def test_extend_merges_mappings_and_lists() -> None:
    base = Lexicon.default()
    lexicon = base.extend(
        {"sources": {"nouns": {"Civil Defence": "official"}, "reporting_verbs": ["tweeted"]}}
    )
    assert lexicon.sources.nouns["civil defence"] is SourceKind.OFFICIAL
    assert "tweeted" in lexicon.sources.reporting_verbs
    assert set(base.sources.nouns) < set(lexicon.sources.nouns)
    assert "civil defence" not in base.sources.nouns  # the original is untouched


def test_canonical_names_keep_their_case_on_extension() -> None:
    lexicon = Lexicon.default().extend(
        {"actors": {"affiliations": {"Katiba Example": "Example Front"}}}
    )
    assert lexicon.actors.family("Katiba Example") == "Example Front"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weather": {}}, "unknown lexicon sections"),
        ({"sources": {"colours": []}}, "unknown keys"),
        ({"sources": {"nouns": {"seer": "astrologer"}}}, "does not validate"),
        ({"sources": []}, "must be an object"),
    ],
)
def test_bad_extensions_are_lexicon_errors(data: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.default().extend(data)


def test_load_reads_json_files(tmp_path: Path) -> None:
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"sources": {"nouns": {"coast guard": "official"}}}))
    assert Lexicon.load([path]).sources.nouns["coast guard"] is SourceKind.OFFICIAL
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        Lexicon.load([tmp_path / "missing.json"])


def test_family_follows_chains_and_stops_on_cycles() -> None:
    actors = (
        Lexicon.default()
        .extend({"actors": {"affiliations": {"A": "B", "B": "C", "C": "A"}}})
        .actors
    )
    assert actors.family("A") in {"A", "B", "C"}


# --- one alternation of a lexicon's phrases ---------------------------------------------------

_PHRASE = st.lists(st.text(alphabet="ab.-'", min_size=1, max_size=4), min_size=1, max_size=3).map(
    " ".join
)


@given(st.lists(_PHRASE, max_size=6), st.randoms())
def test_an_alternation_matches_every_phrase_whole_with_any_spacing(phrases, rnd) -> None:
    pattern = alternation(phrases)
    shuffled = list(phrases)
    rnd.shuffle(shuffled)
    assert alternation(shuffled) == pattern
    for phrase in phrases:
        spaced = phrase.replace(" ", " \n\t ")
        # Longest first: the whole phrase is matched, never a shorter phrase it starts with.
        found = re.match(rf"(?:{pattern})", spaced)
        assert found is not None and len(found.group()) >= len(spaced)


def test_an_alternation_of_nothing_matches_nothing() -> None:
    assert re.search(alternation([]), "any text") is None
    assert re.search(alternation(["", "  "]), "any text") is None
    assert alternation([], never="(?!x)x") == "(?!x)x"


# --- patterns: a family of phrases written once ----------------------------------------------

PATTERN_CASES = [
    ("claimed by", ["claimed by"]),
    ("(accused|accuses) {actor} of", ["accused {actor} of", "accuses {actor} of"]),
    ("may (also|) have", ["may also have", "may have"]),
    ("(also |)have", ["also have", "have"]),
    ("have (also|)", ["have also", "have"]),
    ("(culprit|suspect)(s|)", ["culprits", "culprit", "suspects", "suspect"]),
    ("((has|had) denied|denies) it", ["has denied it", "had denied it", "denies it"]),
    ("(a|b) (c|d)", ["a c", "a d", "b c", "b d"]),
    ("said{aside} {whose}(claims|allegations)", ["said{aside} {whose}claims",
                                                 "said{aside} {whose}allegations"]),
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "phrases"), PATTERN_CASES)
def test_a_pattern_expands_to_its_phrases_in_order(pattern: str, phrases: list[str]) -> None:
    assert expand(pattern) == phrases


BAD_PATTERNS = [
    ("(a|b", "never closed"),
    ("a) b", "closes no group"),
    ("a|b", "outside a group"),
    ("(a) b", "two alternatives"),
    ("() b", "two alternatives"),
    ("(a|)", "may be empty"),
    ("", "is empty"),
    ("   ", "is empty"),
    ("(also )? have", "optional part"),
]


@pytest.mark.parametrize(("pattern", "message"), BAD_PATTERNS)
def test_a_malformed_pattern_is_a_lexicon_error_naming_it(pattern: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        expand(pattern)
    with pytest.raises(LexiconError, match=r"(?s)floods\.json: section 'actors'.*agent_cues"):
        Lexicon.default().extend({"actors": {"agent_cues": {pattern: "claimed"}}}, "floods.json")
    with pytest.raises(LexiconError, match=re.escape(repr(pattern))):
        Lexicon.default().extend({"figures": {"zero_words": [pattern]}})


def test_patterns_are_written_out_before_any_reader_sees_them() -> None:
    lexicon = Lexicon.default().extend(
        {
            "actors": {"agent_cues": {"(blamed|faulted) {actor} for": "asserted"}},
            "figures": {"zero_words": ["(zero|nil)"], "qualifiers": {"(roughly|nearly)": "about"}},
        }
    )
    cues = lexicon.actors.agent_cues
    assert cues["blamed {actor} for"] == cues["faulted {actor} for"] == Stance.ASSERTED
    assert not any("(" in cue for cue in cues)
    assert lexicon.figures.zero_words[-1] == "nil"
    assert "(zero|nil)" not in lexicon.figures.zero_words
    assert set(lexicon.figures.qualifiers) >= {"roughly", "nearly"}
    # A phrase already listed is not repeated; the dump validates again to the same lexicon.
    again = lexicon.extend({"figures": {"zero_words": ["(zero|nil|no)"]}})
    assert again.figures.zero_words.count("no") == 1
    assert Lexicon.model_validate(again.model_dump(mode="json")) == again


def test_names_as_written_are_never_patterns() -> None:
    lexicon = Lexicon.default().extend({"actors": {"aliases": {"okvara front (of)": "Okvara"}}})
    assert lexicon.actors.canonical("Okvara Front (OF)") == "Okvara"


def test_the_builtin_lexicon_holds_phrases_only() -> None:
    lexicon = Lexicon.default()
    for name, section in lexicon:
        for field, value in section:
            if field not in section.literal and isinstance(value, (list, dict)):
                assert not any(isinstance(p, str) and re.search(r"[()|]", p) for p in value), (
                    f"{name}.{field}"
                )


_WORD = st.text(alphabet="abz{}'-", min_size=1, max_size=4)
_ALTERNATIVES = st.lists(st.one_of(_WORD, st.just("")), min_size=2, max_size=3)


@given(_WORD, st.lists(st.tuples(_ALTERNATIVES, st.sampled_from(["", " ", "x "])), max_size=3))
def test_a_pattern_expands_to_the_product_of_its_alternatives(head, groups) -> None:
    pattern = head + "".join(f"({'|'.join(alts)}){after}" for alts, after in groups)
    parts = [[head]] + [[alt + after for alt in alts] for alts, after in groups]
    expected = [" ".join("".join(choice).split()) for choice in itertools.product(*parts)]
    assert expand(pattern) == expected


def _written(tree: Any) -> tuple[str, list[str]]:
    """A generated pattern tree as a pattern and the phrases it stands for, untidied.

    A string is text, a tuple a sequence (the product of its parts), a list a group (the
    alternatives one after the other).
    """
    if isinstance(tree, str):
        return tree, [tree]
    parts = [_written(t) for t in tree]
    if isinstance(tree, list):
        return "(" + "|".join(p for p, _ in parts) + ")", [x for _, xs in parts for x in xs]
    products = itertools.product(*(xs for _, xs in parts))
    return "".join(p for p, _ in parts), ["".join(c) for c in products]


_TREE = st.recursive(
    st.one_of(_WORD, st.just(" ")),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3),
        st.lists(inner, min_size=1, max_size=3).map(tuple),
        st.lists(inner, min_size=1, max_size=2).map(lambda alts: [*alts, ""]),
    ),
    max_leaves=8,
)


@given(_TREE)
def test_a_nested_pattern_expands_as_its_groups_say(tree) -> None:
    pattern, phrases = _written(tree)
    # Spaces are tidied in what a group writes out; a phrase without one is left alone.
    expected = [" ".join(p.split()) for p in phrases] if "(" in pattern else phrases
    assume(all(p.strip() for p in expected))
    assert expand(pattern) == expected


@given(_WORD, st.tuples(_WORD, _WORD), st.sampled_from(["(", ")", "|"]))
def test_a_pattern_missing_a_sign_is_an_error(head, alternatives, sign) -> None:
    pattern = f"{head} ({'|'.join(alternatives)}) {head}"
    broken = (
        pattern[::-1].replace(sign, "", 1)[::-1] if sign == ")" else pattern.replace(sign, "", 1)
    )
    with pytest.raises(LexiconError, match="does not validate"):
        Lexicon.default().extend({"sources": {"reporting_verbs": [broken]}})


def test_the_data_files_patterns_write_out_no_phrase_twice() -> None:
    # A list drops a repeat and a mapping keeps the later value: in the built-in files
    # either is a family written twice by mistake.
    data = Path(__file__).resolve().parent.parent / "claimrecon" / "data"
    patterns = 0
    for name, section in Lexicon.default():
        raw = json.loads((data / f"{name}.json").read_text(encoding="utf-8"))
        for field, entries in raw.items():
            if field in section.literal or not isinstance(entries, (list, dict)):
                continue
            if not all(isinstance(e, str) for e in entries):
                continue
            phrases = [p for e in entries for p in expand(e)]
            assert len(phrases) == len(set(phrases)), f"{name}.{field}"
            patterns += sum(bool(re.search(r"[()|]", e)) for e in entries)
    assert patterns > 100


def test_a_bad_pattern_in_the_builtin_files_names_the_file(tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "actors.json").write_text(json.dumps({"agent_cues": {"(blamed|faulted": "asserted"}}))
    monkeypatch.setattr(vocab.resources, "files", lambda package: tmp_path)
    with pytest.raises(LexiconError, match=r"(?s)data/actors\.json.*agent_cues.*never closed"):
        vocab._default_lexicon.__wrapped__()  # the loader itself, the cached lexicon untouched


# --- attrw11, wave 11: an alias's particles joined by a hyphen or a space ---------------------
_STEMS = st.sampled_from(("okvar", "zelva", "dunmar", "velka", "lashkar", "jaish"))
_JOINED = st.sampled_from(("al", "e", "ul"))


@given(_STEMS, _JOINED, _STEMS, st.sampled_from(("-", " ")), st.sampled_from(("-", " ")))
def test_spellings_join_a_particle_either_way(first, particle, last, before, after) -> None:
    written = f"{first}{before}{particle}{after}{last}"
    act = Lexicon.default().actors.model_copy(
        update={"aliases": {f"{first}-{particle}-{last}": "Okvara Front"}}
    )
    spellings = act.spellings()
    # "okvar-e zelva", hyphen before and space after, is no spelling news uses.
    expected = None if (before, after) == ("-", " ") else "Okvara Front"
    assert spellings.get(written) == expected


def test_spellings_keep_the_lexicons_own_actor_and_leave_other_words() -> None:
    act = Lexicon.default().actors.model_copy(
        update={"aliases": {"al-zelva": "Zelva Front", "al zelva": "Dunmar Army", "is-k": "IS-K"}}
    )
    spellings = act.spellings()
    assert spellings["al zelva"] == "Dunmar Army"  # listed itself: its own actor
    assert spellings["al-zelva"] == "Zelva Front"
    assert "is k" not in spellings  # "is" is not a particle
