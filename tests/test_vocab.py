from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimrecon import Lexicon, LexiconError, SourceKind


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
