"""Extract's name for the not-a-figure reader, which lives in `factcheck.not_figures` (shared with verify)."""

from factcheck.not_figures import (
    compound_spans,
    day_date_spans,
    inside,
    misprints,
    not_figure_spans,
    publication_date,
)

__all__ = ["compound_spans", "day_date_spans", "inside", "misprints", "not_figure_spans", "publication_date"]
