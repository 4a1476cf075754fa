"""Reporters render the whole Report and decide nothing; the CLI picks rich output only for a terminal."""

from __future__ import annotations

import re

import pytest

from factcheck.engine import verify
from factcheck.reporters import renderer
from tests.conftest import SHIPPED_CLAIMS


def test_terminal_report_shows_claims_sourcing_intervals_and_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    report = verify([SHIPPED_CLAIMS], select=["change-mismatch"])
    plain = re.sub(r"\x1b\[[0-9;]*m", "", renderer("terminal")(report))
    assert "error change-mismatch" in plain
    assert "+62% from 2022 to 2023 does not match 3,2 млн тонн → 4,5 млн тонн" in plain
    assert "“объём перевозок по Срединному коридору вырос на 62% – до 4,5 млн тонн”" in plain
    assert "BAQ.KZ (outlet)" in plain and "Алмас Аубекеров (expert)" in plain
    assert "+61.5% to +62.5%" in plain and "3.15–3.25 Mt" in plain
    assert f"[{report.findings[0].fingerprint}]" in plain
    assert "\x1b[" in renderer("terminal")(report)  # coloured


def test_plain_text_is_one_line_per_finding_and_a_summary() -> None:
    report = verify([SHIPPED_CLAIMS])
    lines = renderer("text")(report).splitlines()
    assert len(lines) == len(report.findings) + 1
    one_line = re.compile(r"^\S+:\d+:\d+: (error|warning|info) [a-z-]+: .+ \[[0-9a-f]{12}\]$")
    assert all(one_line.match(line) for line in lines[:-1])
    assert lines[-1].startswith("5 errors, 10 warnings in 1 file")
