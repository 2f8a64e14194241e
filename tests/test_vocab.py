from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Lexicon, LexiconError, SourceKind
from claimrecon.vocab import alternation


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
