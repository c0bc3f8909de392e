"""Where the stages run: one machine (relradar.pipeline) or a Dask cluster (engines.dask)."""
