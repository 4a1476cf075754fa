"""Guards on the architecture: every rule registered and documented; layers import one way; one YAML module."""

from __future__ import annotations

import ast
import json
import pkgutil
from pathlib import Path

import pytest

import factcheck
import factcheck.rules
from factcheck.findings import Severity
from factcheck.rules import RULES, RULES_BY_ID
from factcheck.rules.base import DOC_HEADINGS, Rule
from factcheck.units import compile_unit_index

PACKAGE = Path(factcheck.__file__).parent


def test_every_rule_is_one_module_named_after_it() -> None:
    modules = {m.name for m in pkgutil.iter_modules(factcheck.rules.__path__)} - {"base"}
    assert modules == {rule_id.replace("-", "_") for rule_id in RULES_BY_ID}
    assert len({rule.order for rule in RULES}) == len(RULES), "two rules share an ORDER"
    former = [alias for rule in RULES for alias in rule.aliases]
    assert len(set(former)) == len(former) and not set(former) & set(RULES_BY_ID)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_is_documented_like_a_linter_rule(rule: Rule) -> None:
    assert rule.doc.splitlines()[0] == f"{rule.id}: {rule.summary}."
    assert rule.summary and not rule.summary.startswith(rule.id)
    for heading in DOC_HEADINGS:
        assert rule.section(heading), f"{rule.id}: empty or missing '{heading}'"
    assert isinstance(rule.default_severity, Severity)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_loader_touches_yaml() -> None:
    users = {p.name for p in PACKAGE.rglob("*.py") if any(n.split(".")[0] == "yaml" for n in _imports(p))}
    assert users == {"loader.py"}


def test_dependencies_point_one_way() -> None:
    for path in (PACKAGE / "rules").glob("*.py"):
        forbidden = {n for n in _imports(path) if n in ("factcheck.engine", "factcheck.cli", "factcheck.loader")
                     or n.startswith("factcheck.reporters")}
        assert not forbidden, f"{path.name} imports {forbidden}"
    for path in (PACKAGE / "reporters").glob("*.py"):
        allowed = ("factcheck.findings", "factcheck.reporters", "factcheck.sourcing", "factcheck.intervals",
                   "factcheck.report_page", "factcheck.escaping",  # the one escaping policy of every format
                   "factcheck.rules")  # rule metadata only: ids, summaries, documentation
        wrong = {n for n in _imports(path) if n.startswith("factcheck") and not n.startswith(allowed)}
        assert not wrong, f"{path.name} imports {wrong}"
    domain = ("intervals.py", "periods.py", "lexicon.py", "units.py", "quantities.py", "model.py", "article.py",
              "findings.py")
    for name in domain:
        wrong = {n for n in _imports(PACKAGE / name) if n.startswith(("factcheck.rules", "factcheck.engine",
                                                                    "factcheck.cli", "factcheck.reporters"))}
        assert not wrong, f"{name} imports {wrong}"


def test_plain_verify_does_not_import_rich_or_pint() -> None:
    import subprocess
    import sys

    code = ("import sys; from factcheck.engine import verify; from factcheck.reporters import renderer;"
            "from pathlib import Path; r = verify([Path(sys.argv[1])]); renderer('text')(r);"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'pint')))")
    claims = PACKAGE.parent / "claims"
    out = subprocess.run([sys.executable, "-c", code, str(claims)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_shipped_unit_index_matches_pint() -> None:
    shipped = json.loads((PACKAGE / "unit_index.json").read_text(encoding="utf-8"))
    assert shipped == compile_unit_index(), (
        "unit_index.json is stale: regenerate it with `python -m factcheck.units`"
    )


def test_readme_starts_with_a_two_command_quickstart_and_lists_every_rule() -> None:
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in quickstart.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 2
    assert "factcheck verify" in commands[0] and "pytest" in commands[1]


def test_the_documented_example_claims_file_loads(tmp_path: Path) -> None:
    from factcheck.loader import load_claims_file

    doc = (PACKAGE.parent / "docs" / "claims-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "aliyev-visit.md").write_text("товарооборот достиг $533 млн", encoding="utf-8")
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    claims_file = load_claims_file(path)
    assert {c.form for c in claims_file.claims} == {"value", "change", "bound"}
    assert claims_file.reviews[0].status == "accepted"
