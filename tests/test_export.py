"""Exports read back with standard readers (pandas, pyarrow, csv, json)."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from .conftest import IRAN_PAKISTAN


@pytest.fixture(scope="module")
def store(tmp_path_factory, pipeline):
    from flashpoint import Pipeline, open_store, service

    s = open_store(str(tmp_path_factory.mktemp("export") / "store.db"))
    assert service.ingest([str(IRAN_PAKISTAN)], s, pipeline=Pipeline(nlp=pipeline.nlp)).stored == 2
    yield s
    s.close()


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("out")


def test_gdelt_has_61_columns_in_gdelt_order(store, out):
    from flashpoint.export import GDELT_COLUMNS, export

    path = out / "events.tsv"
    n = export(store, "gdelt", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) > 10
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[26:31] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    df = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert df.shape[1] == 61 and df["GlobalEventID"].is_unique
    strike = df[(df.SQLDATE == "20240116") & (df.Actor1CountryCode == "IRN") & (df.ActionGeo_CountryCode == "PK")  # FIPS 10-4
                & df.EventRootCode.isin(["18", "19"])]
    assert len(strike) >= 1
    row = strike.iloc[0]
    assert row.QuadClass == "4" and float(row.GoldsteinScale) < 0 and row.MonthYear == "202401" and row.Year == "2024"
    assert row.ActionGeo_FullName.startswith("Balochistan") and row.NumSources == "2"
    assert row.EventCode.startswith(row.EventRootCode) and row.DATEADDED == "20240119000000"


def test_acled_csv(store, out):
    from flashpoint.export import ACLED_COLUMNS, export

    path = out / "acled.csv"
    n = export(store, "acled", path)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(df.columns) == list(ACLED_COLUMNS) and len(df) == n > 0
    for column in ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                   "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"):
        assert column in df.columns
    assert set(df.event_type) <= {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
                                  "Strategic developments"}
    pak = df[(df.event_date == "2024-01-16") & (df.country == "Pakistan")]
    assert len(pak) >= 1
    strike = pak.iloc[0]
    assert (strike.event_type, strike.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert strike.disorder_type == "Political violence" and strike.admin1 == "Balochistan" and strike.time_precision == "1"
    assert "Iran" in strike.actor1 and strike.actor2 == "Jaish al-Adl" and strike.source == "Reuters; EFSAS"
    assert df.event_id_cnty.is_unique and all(df.year.str.fullmatch(r"\d{4}"))


def test_acled_type_table():
    from flashpoint.export import acled_types

    assert acled_types({"event_type": "ASSAULT", "mode": "aerial"})[1:] == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_types({"event_type": "ASSAULT", "mode": "firearms"})[1:] == ("Battles", "Armed clash")
    assert acled_types({"event_type": "ASSAULT", "mode": "firearms", "recipient": {"sector": "CVL"}})[1] == "Violence against civilians"
    assert acled_types({"event_type": "PROTEST"})[1:] == ("Protests", "Peaceful protest")
    assert acled_types({"event_type": "PROTEST", "mode": "riot"})[1] == "Riots"
    assert acled_types({"event_type": "COERCE", "mode": "arrest"}) == ("Strategic developments", "Strategic developments", "Arrests")
    assert acled_types({"event_type": "CONSULT"}) is None


def test_plover_jsonl(store, out):
    from flashpoint.export import export

    path = out / "events.plover.jsonl"
    n = export(store, "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == n > 10
    for r in records:
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "text", "quad_code", "event_scale"} <= set(r)
        assert isinstance(r["event"], list) and isinstance(r["actor"], list) and isinstance(r["context"], list)
    strike = next(r for r in records if r["date"] == "2024-01-16" and r["event"] == ["ASSAULT"] and r["mode"] == ["aerial"])
    assert strike["actor"][0]["code"] == "IRN" and strike["recipient"][0]["identifier_text"] == "Jaish al-Adl"
    assert strike["event_loc"]["country_code"] == "PAK" and strike["quad_code"] == 4
    assert pd.read_json(path, lines=True).shape[0] == n


def test_csv_and_parquet_agree(store, out):
    from flashpoint.export import FLAT_COLUMNS, export

    n_csv = export(store, "csv", out / "events.csv")
    n_pq = export(store, "parquet", out / "events.parquet")
    with open(out / "events.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pq.read_table(out / "events.parquet")
    df = pd.read_parquet(out / "events.parquet")
    assert n_csv == n_pq == len(rows) == table.num_rows == len(df) > 10
    assert list(rows[0]) == list(FLAT_COLUMNS) == table.column_names
    assert str(table.schema.field("goldstein").type) == "double" and pa.types.is_list(table.schema.field("sources").type)
    assert [r["id"] for r in rows] == list(df["id"])
    strike = df[(df["date"] == "2024-01-16") & (df["mode"] == "aerial")].iloc[0]
    assert strike.actor_country == "IRN" and strike.location_country == "PAK" and list(strike.sources) == ["Reuters", "EFSAS"]
    assert json.loads(next(r for r in rows if r["id"] == strike.id)["sources"]) == ["Reuters", "EFSAS"]


def test_unknown_format(store, out):
    from flashpoint.errors import FlashpointError
    from flashpoint.export import export

    with pytest.raises(FlashpointError) as info:
        export(store, "xlsx", out / "x")
    assert info.value.code == "bad-option"


def test_gdelt_geography_uses_fips_country_codes():
    from flashpoint.export import _fips

    # FIPS 10-4 differs from ISO for many countries GDELT users filter on
    assert (_fips("PAK"), _fips("IRN"), _fips("DEU"), _fips("SYR"), _fips("IRQ")) == ("PK", "IR", "GM", "SY", "IZ")
    assert _fips(None) == "" and _fips("XXX") == ""
