"""Format 1.2: `factcheck: 1.2`, shares of a claim of another period, fiscal periods (spelling rows are in
tests/test_spellings.py)."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import check_file, select_rules
from factcheck.findings import Finding
from factcheck.loader import load_claims_file
from tests.conftest import Writer

HOUSING = """\
factcheck: 1.2
article: {title: T, published: 2025-10-01, language: ru}
sources:
  city: {name: Мэрия, kind: official}
metrics:
  housing: {name: Ввод жилья, unit: "кв. м", flow: true}
claims:
  - {id: plan, metric: housing, period: "2025", kind: target, value: "650 тыс. кв. м", said_by: city}
  - {id: built, metric: housing, period: "2025-01/2025-08", value: "503,68 тыс. кв. м", said_by: city}
  - {id: share, metric: housing, period: "2025-01/2025-08", share: "SHARE", of: plan, said_by: city}
"""


def findings_of(path: Path, rule: str) -> list[Finding]:
    findings, _ = check_file(load_claims_file(path), None, select_rules(), {})
    return [finding for finding in findings if finding.rule == rule]


def test_a_file_may_say_factcheck_1_2(write: Writer) -> None:
    assert load_claims_file(write(HOUSING.replace("SHARE", "77,5%"))).claims_by_id["share"].of_claim == "plan"


def test_a_share_of_a_year_plan_by_august_is_checked_against_the_plan_and_the_part_for_its_own_period(
    write: Writer,
) -> None:
    # 503,68 of 650 is 77.43..77.55% strictly, 76.90..78.09% loosely: 76,1% cannot hold
    (finding,) = findings_of(write(HOUSING.replace("SHARE", "76,1%")), "share-mismatch")
    assert sorted(ref.id for ref in finding.claims) == ["built", "plan", "share"]
    assert "of housing for 2025 by 2025-01/2025-08" in finding.message


def test_a_share_of_a_year_plan_that_its_figures_give_passes(write: Writer) -> None:
    assert findings_of(write(HOUSING.replace("SHARE", "77,5%")), "share-mismatch") == []


def test_a_share_of_a_plan_is_not_compared_with_a_share_of_the_month_whole(write: Writer) -> None:
    # 77,5% of the year's plan and 100% of the months' own figure are shares of two wholes
    text = HOUSING.replace("SHARE", "77,5%") + (
        '  - {id: all, metric: housing, period: "2025-01/2025-08", share: "100%", of: built, said_by: city}\n'
    )
    assert findings_of(write(text), "share-mismatch") == []
