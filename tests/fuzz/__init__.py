"""Hypothesis fuzz targets: brief in every test run, long on demand (FACTCHECK_FUZZ_EXAMPLES=100000)."""
