"""The GED and ACLED tables: their columns against the datasets' published lists, and rows."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

import claimrecon
from claimrecon import exports
from claimrecon.cli import main
from claimrecon.eventdata import (
    ACLED_COLUMNS,
    ACLED_TYPES,
    GED_COLUMNS,
    GED_TYPES,
    acled_rows,
    ged_rows,
)
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    Estimate,
    Event,
    Figure,
    FigureClaim,
    Place,
    Report,
    Span,
    Stance,
)

ROOT = Path(__file__).resolve().parent.parent

# The columns of the UCDP Georeferenced Event Dataset's CSV release, in order: the 49
# columns of GED 23.1 onwards (the GED codebook's variable list). Checked against two
# published headers (docs/exports.md cites them): a sample of the 23.1 release as an R
# package ships it (49 columns, id, relid, year, active_year, code_status, ... in this
# order), and the header of the UCDP Candidate 26.0.7 CSV as a client pins it, column for
# column. Typed here, not downloaded: tests use no network.
GED_CODEBOOK = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

# ACLED's export columns, in order, since ACLED's change of 20 March 2023 (which removed
# data_id, event_id_no_cnty and iso3, and added disorder_type, civilian_targeting and
# tags): checked against the header of a CSV exported from ACLED (the 31 columns below,
# column for column) and the column list of ACLED's R package, acledR.
ACLED_EXPORT = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip


def _in_order(columns: tuple[str, ...], published: tuple[str, ...]) -> bool:
    positions = [published.index(c) for c in columns if c in published]
    return len(positions) == len(columns) and positions == sorted(positions)


def test_ged_columns_are_the_codebooks_in_its_order() -> None:
    assert _in_order(GED_COLUMNS, GED_CODEBOOK), set(GED_COLUMNS) - set(GED_CODEBOOK)
    asked = {"id", "date_start", "date_end", "type_of_violence", "side_a", "side_b",
             "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
             "high", "country", "adm_1", "latitude", "longitude", "where_prec",
             "number_of_sources", "source_article"}  # fmt: skip
    assert asked <= set(GED_COLUMNS)


def test_acled_columns_are_acleds_in_its_order() -> None:
    assert _in_order(ACLED_COLUMNS, ACLED_EXPORT), set(ACLED_COLUMNS) - set(ACLED_EXPORT)
    asked = {"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
             "admin1", "location", "latitude", "longitude", "fatalities", "source",
             "source_scale", "notes"}  # fmt: skip
    assert asked <= set(ACLED_COLUMNS)


def _claim(n: int, subject: str, start: int) -> FigureClaim:
    return FigureClaim(
        span=Span(doc="d", start=start, end=start + 1),
        quote=f"{n} {subject} killed in a suicide bombing",
        metric="killed",
        subject=subject,
        figure=Figure.exact(n),
    )


def _attack(**event: object) -> Report:
    police, civilians = _claim(3, "police", 0), _claim(5, "civilians", 10)
    claimed = AttributionClaim(
        span=Span(doc="d", start=20, end=21), quote="", actor="Taliban", stance=Stance.CLAIMED
    )
    ids = (police.id, civilians.id, claimed.id)
    estimates = tuple(
        Estimate(event="e", metric="killed", subject=s, low=n, best=n, high=n, policy="ucdp")
        for s, n in (("police", 3), ("civilians", 5))
    )
    kabul = Place(name="Kabul", country="AF", division="13", latitude=34.5, longitude=69.2,
                  level="city")  # fmt: skip
    fields = {"id": "e", "kind": "attack", "claims": ids, "place": kabul, "location": "Kabul"}
    return Report(
        claims=(police, civilians, claimed),
        events=(Event(**{**fields, **event}),),
        estimates=estimates,
    )


def test_a_month_is_a_window_from_its_first_to_its_last_day() -> None:
    report = _attack(date=dt.date(2024, 2, 1), date_precision=DatePrecision.MONTH)
    [row] = ged_rows(report)
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("2024-02-01", "2024-02-29", 4)
    [acled] = acled_rows(report)
    # ACLED codes a date known to the month by the month's middle day.
    assert (acled["event_date"], acled["time_precision"]) == ("2024-02-15", 3)


def test_ged_codes_the_government_as_side_a_and_splits_the_deaths() -> None:
    [row] = ged_rows(_attack(date=dt.date(2024, 2, 3), date_precision=DatePrecision.DAY))
    assert row["type_of_violence"] == 1
    assert (row["side_a"], row["side_b"]) == ("Government of Afghanistan", "Taliban")
    assert (row["deaths_a"], row["deaths_b"], row["deaths_civilians"], row["deaths_unknown"]) == (
        3, 0, 5, 0,
    )  # fmt: skip
    assert (row["low"], row["best"], row["high"]) == (8, 8, 8)
    # The first-level division by its name, as GED writes it: Kabul province.
    assert (row["adm_1"], row["where_prec"], row["geom_wkt"]) == ("Kabul", 1, "POINT (69.2 34.5)")


def test_acled_takes_the_weapon_from_the_quotes_and_the_victims_from_the_estimates() -> None:
    [row] = acled_rows(_attack())
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence", "Suicide bomb",
    )  # fmt: skip
    assert (row["actor1"], row["actor2"]) == ("Taliban", "Police Forces of Afghanistan")
    assert row["fatalities"] == 8
    assert row["event_date"] is None and "unknown date" in row["notes"]


def test_deaths_are_left_empty_when_the_parts_exceed_the_whole() -> None:
    report = _attack()
    everyone = Estimate(event="e", metric="killed", subject="people", low=4, best=4, high=4,
                        policy="ucdp")  # fmt: skip
    report = report.model_copy(update={"estimates": (*report.estimates, everyone)})
    [row] = ged_rows(report)
    assert row["best"] == 4 and row["deaths_a"] is None and row["deaths_unknown"] is None


@pytest.mark.parametrize("fmt, columns", [("ged", GED_COLUMNS), ("acled", ACLED_COLUMNS)])
def test_the_seeds_open_in_pandas_with_the_documented_columns(
    fmt: str, columns: tuple, capsys
) -> None:
    assert main(["analyze", str(ROOT / "seeds"), "--format", fmt]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert tuple(frame.columns) == columns
    assert len(frame) == 8
    docs = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    assert all(f"`{c}`" in docs for c in columns)
    if fmt == "ged":
        kabul = frame[frame["relid"].str.startswith("ev-kabul-ministry")].iloc[0]
        assert kabul["country"] == "Afghanistan" and kabul["date_start"] == "2018-05-30"
        assert kabul["side_b"] == "Islamic State"


def test_to_csv_refuses_an_unknown_table() -> None:
    with pytest.raises(ValueError, match="no table 'gdelt'"):
        exports.to_csv(Report(), "gdelt")


@pytest.mark.parametrize(
    "rows, types", [(ged_rows, GED_TYPES), (acled_rows, ACLED_TYPES)], ids=["ged", "acled"]
)
def test_every_filled_cell_has_the_type_the_codebook_gives(rows, types) -> None:
    report = claimrecon.analyze(claimrecon.read_documents([ROOT / "seeds"]))
    filled = 0
    for row in rows(report):
        for column, value in row.items():
            if value is not None:
                filled += 1
                # bool is an int in Python; no cell is a flag.
                assert type(value) is types[column], (column, value)
    assert filled > 8 * len(types) // 2


def test_a_ged_id_is_an_integer_above_geds_own_and_relid_keeps_the_event() -> None:
    report = _attack(date=dt.date(2024, 2, 3), date_precision=DatePrecision.DAY)
    [row] = ged_rows(report)
    [again] = ged_rows(report)
    assert row["id"] == again["id"] and row["id"] > 10**6
    assert row["relid"] == "e"
