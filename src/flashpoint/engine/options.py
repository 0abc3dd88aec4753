"""The CLI options that choose an engine, shared by `extract` and `ingest`."""

from __future__ import annotations

import click

from . import ENGINES


def engine_options(func):
    options = [
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="local: this machine (--n-process processes); ray: a Ray cluster (the ray extra), "
                          "--n-process actors, each loading the model once."),
        click.option("--address", default=None,
                     help="With --engine ray: the cluster (auto, host:port or ray://host:port; default: RAY_ADDRESS, else a new local one)."),
        click.option("--parquet", "parquet", type=click.Path(file_okay=False), default=None,
                     help="With --engine ray: also write the records to Parquet files under this directory, partitioned by publication date."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def check(engine: str, address: str | None, parquet: str | None) -> None:
    if engine != "ray" and (address or parquet):
        raise click.UsageError("--address and --parquet go with --engine ray")


def ray_kwargs(stages: str | None, n_process: int, batch_size: int, address: str | None, parquet: str | None,
               max_bytes: int, input_format: str | None, quiet: bool) -> dict:
    names = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    return {"stages": names, "workers": n_process, "batch_size": batch_size, "address": address, "parquet": parquet,
            "max_bytes": max_bytes, "input_format": input_format, "quiet": quiet}
