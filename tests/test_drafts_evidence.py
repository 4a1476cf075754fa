"""benchmarks/drafts.py --evidence: the breakdown by evidence reads articles one by one, so never the check split."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "drafts.py"


@pytest.mark.parametrize("split", [["--split", "check"], []])
def test_the_breakdown_by_evidence_refuses_any_split_but_tune(tmp_path: Path, split: list[str]) -> None:
    corpus, tools = tmp_path / "corpus", tmp_path / "tools"
    corpus.mkdir()
    tools.mkdir()
    (corpus / "split.yml").write_text("tune: [a]\ncheck: [b]\n", encoding="utf-8")
    (tools / "score-drafts.py").write_text("", encoding="utf-8")
    run = subprocess.run([sys.executable, str(BENCHMARK), "--corpus", str(corpus), *split, "--evidence"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "--evidence reads articles one by one: only with --split tune" in run.stderr
