"""The shipped claims file of the seed article: the findings the newsroom must see."""

from __future__ import annotations

from factcheck.engine import verify
from factcheck.findings import Finding, Report
from tests.conftest import SEED_ARTICLE, SHIPPED_CLAIMS, needs_seed


def seed_report() -> Report:
    return verify([SHIPPED_CLAIMS])


def findings_of(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def claims_of(finding: Finding) -> set[str]:
    return {c.id for c in finding.claims}


def test_533_mln_for_both_2023_and_2024_is_a_period_conflict() -> None:
    (finding,) = [f for f in findings_of(seed_report(), "period-conflict") if "$533 млн" in f.message]
    assert finding.severity.value == "error"
    assert claims_of(finding) == {"trade-2023-lead", "trade-2023-stat", "trade-2024"}
    assert finding.message == (
        "$533 млн is given for both 2023 (trade-2023-lead, trade-2023-stat) and 2024 (trade-2024)."
    )
    aubekerov = next(c for c in finding.claims if c.id == "trade-2024")
    assert (aubekerov.said_by_name, aubekerov.said_by_kind) == ("Алмас Аубекеров", "expert")


def test_4_5_mt_for_both_2023_and_2024_is_a_period_conflict() -> None:
    (finding,) = [f for f in findings_of(seed_report(), "period-conflict") if "4,5 млн тонн" in f.message]
    assert finding.severity.value == "error"
    assert claims_of(finding) == {"cargo-2023", "cargo-2024"}


def test_62_percent_against_3_2_and_4_5_mt_is_a_change_mismatch() -> None:
    (finding,) = [f for f in findings_of(seed_report(), "change-mismatch") if "+62%" in f.message]
    assert finding.severity.value == "error"
    assert claims_of(finding) == {"cargo-growth-2023", "cargo-2022", "cargo-2023"}
    assert "+36.92% to +44.45%" in finding.message
    assert [c.label for c in finding.compared] == [
        "stated: +62%", "implied by the values", "2022: 3,2 млн тонн", "2023: 4,5 млн тонн",
    ]


def test_tripled_against_533_mln_is_a_change_mismatch_and_a_granularity_warning() -> None:
    report = seed_report()
    (mismatch,) = [f for f in findings_of(report, "change-mismatch") if "втрое" in f.message]
    assert mismatch.severity.value == "error"
    assert claims_of(mismatch) == {"trade-growth-2025-jan-aug", "trade-2024", "trade-2025-jan-aug"}
    (granularity,) = findings_of(report, "period-granularity")
    assert granularity.severity.value == "warning"
    assert claims_of(granularity) == {"trade-growth-2025-jan-aug"}
    assert "(8 months) with 2024 (12 months)" in granularity.message


def test_unsourced_figures_are_the_outlets_own() -> None:
    unsourced = {next(iter(claims_of(f))) for f in findings_of(seed_report(), "unsourced")}
    assert unsourced == {
        "trade-2023-lead", "cargo-growth-2023", "cargo-2023", "trade-goal-baq", "cargo-growth-2022", "cargo-2022",
        "cargo-2024", "btc-oil-2023", "btc-oil-target-2027",
    }


def test_the_seed_fails_the_build() -> None:
    assert seed_report().failing("error")


@needs_seed
def test_with_the_article_every_quote_is_found_and_every_figure_curated() -> None:
    report = verify([SHIPPED_CLAIMS], text=SEED_ARTICLE)
    assert "quote-not-found" in report.rules_run and "uncurated-figure" in report.rules_run
    assert findings_of(report, "quote-not-found") == []
    assert [f.message for f in findings_of(report, "uncurated-figure")] == []
    place = next(c for c in findings_of(report, "period-conflict")[0].claims if c.id == "trade-2023-lead")
    assert place.article_place is not None and place.article_place.paragraph == 1


@needs_seed
def test_every_quote_is_a_short_fragment_of_the_article() -> None:
    from factcheck.loader import load_claims_file

    for claim in load_claims_file(SHIPPED_CLAIMS).claims:
        assert claim.quote is not None and len(claim.quote) <= 140, claim.id
