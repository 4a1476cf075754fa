"""A draft's claim ids are never its metric ids: a share's `of` must name one whole.

Ids are cut to a length, so a long metric id with a period added can come out as the metric id itself; the
claims writer numbers such a claim on, as it numbers claims of one metric and period.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.claims_writer import render_claims_file
from factcheck.extract import extract
from factcheck.loader import load_claims_text

LONG_ID = "sales-of-new-battery-electric-passengers"  # 40 characters, the length ids are cut to


def test_a_claim_cut_to_its_metric_id_is_numbered_on_and_the_share_of_it_loads(tmp_path: Path) -> None:
    text = "Sales reached 120,000 in 2024. Electric cars took a market share of 15% in 2024.\n"
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    extraction = extract(ArticleText(Path("article.txt"), text), language="en", published=date(2025, 1, 20),
                         outlet="Outlet")
    level, share = extraction.figures
    assert share.share_of is not None
    # the level's metric gets an id of full length, and the share is of it: the claim id of the level, cut
    # to that length with its period, is the metric id
    extraction.metrics[LONG_ID] = extraction.metrics.pop(level.metric)
    extraction.figures[0] = dataclasses.replace(level, metric=LONG_ID)
    extraction.figures[1] = dataclasses.replace(share, share_of=LONG_ID)
    rendered = render_claims_file(extraction, "article.txt", date(2025, 1, 21))
    claims_file = load_claims_text(tmp_path / "claims.yaml", rendered)
    ids = [claim.id for claim in claims_file.claims]
    assert LONG_ID not in ids
    assert ids[0] == f"{LONG_ID}-2"
