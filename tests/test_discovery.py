"""How a folder's YAML file is classified: a claims file, one that lost its `factcheck:` line, or something else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck import discovery

KEYS = ["factcheck", "claims", "article", "site_name", "on", "jobs", "'claims'", '"factcheck"', "claimsx"]
line = st.one_of(
    st.builds(lambda indent, key, rest: f"{indent}{key}:{rest}", st.sampled_from(["", " ", "  ", "\t"]),
              st.sampled_from(KEYS), st.text(alphabet=" abc:#-[]{}\"'", max_size=8)),
    st.text(alphabet=" abc:#-\t", max_size=12),
)


def _expected(lines: list[str]) -> str:
    """The classification read line by line: top-level keys only (no indentation), quotes allowed."""
    top = {text.split(":", 1)[0].strip("'\"") for text in lines if ":" in text and not text[:1].isspace()}
    if "factcheck" in top:
        return "claims"
    return "unversioned" if top & {"claims", "article"} else "other"


@given(st.lists(line, max_size=8))
def test_a_file_is_classified_by_its_top_level_keys(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert discovery._kind(path) == _expected(lines)
