"""Every cue word `extract` reads lives in the lexicon: no regex under factcheck/extract/ spells a word itself.

A word spelled inside a pattern is a word the lexicon does not know: another reader misses it, its other
forms are forgotten, and nobody can see the whole vocabulary in one place. The guard reads the source of every
module under factcheck/extract/ and fails on a literal word (two or more letters) inside a pattern given to
the `re` module, outside escapes (`\\w`, `\\b`, `\\u2028`), flags and group syntax (`(?i)`, `(?:`,
`(?P<name>`), counted repeats and character classes (`[^\\W\\d]`, `[а-я]`), which spell no word.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

EXTRACT = Path(__file__).resolve().parent.parent / "factcheck" / "extract"
RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"})

# what in a pattern is syntax and spells no word: escapes, classes, group openers with their names, repeats
_SYNTAX = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\(\?P?<[A-Za-z_]\w*>|\(\?P=[A-Za-z_]\w*\)"
                     r"|\(\?(?:[aiLmsux]*(?:-[imsx]+)?[:)]|<[=!]|[=!>])|\{\d*,?\d*\}")
_WORD = re.compile(r"[^\W\d_]{2,}")


def words_in_pattern(pattern: str) -> list[str]:
    """The words a regular expression spells literally (an empty list for pure syntax)."""
    return _WORD.findall(_SYNTAX.sub(" ", pattern))


def _literal_parts(node: ast.expr, named: dict[str, ast.expr], seen: frozenset[str] = frozenset()) -> list[str]:
    """The string constants a pattern argument is written with: f-strings, concatenations, and the module's
    own constants it names (a pattern's piece kept in a variable is still a piece of the pattern)."""
    parts = []
    for part in ast.walk(node):
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            parts.append(part.value)
        elif isinstance(part, ast.Name) and part.id in named and part.id not in seen:
            parts += _literal_parts(named[part.id], named, seen | {part.id})
    return parts


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {target.id: statement.value for statement in tree.body if isinstance(statement, ast.Assign)
            for target in statement.targets if isinstance(target, ast.Name)}


def _patterns(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = _module_constants(tree)
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_FUNCTIONS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
            # a string built from the lexicon is joined from names, so only its own constants are read
            found += [(node.lineno, part) for part in _literal_parts(node.args[0], named)]
    return found


@pytest.mark.parametrize("module", sorted(EXTRACT.rglob("*.py")), ids=lambda path: path.name)
def test_no_word_is_spelled_inside_a_pattern(module: Path) -> None:
    spelled = [f"{module.name}:{line}: {', '.join(words)}"
               for line, pattern in _patterns(module) if (words := words_in_pattern(pattern))]
    assert not spelled, "words spelled in patterns (move them into factcheck/lexicon.py):\n" + "\n".join(spelled)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:\w+\s+){0,3}\d", []),
    (r"[^\W\d][\w-]*(?P<unit>\s*%)", []),
    (r"(?i)(?<![\d.])\u2028[а-яё]+", []),
    (r"\s+(?:in|for)\s+", ["in", "for"]),
    (r"прошл\w+\s+год\w*", ["прошл", "год"]),
    ("|", []),
])
def test_the_guard_tells_syntax_from_words(pattern: str, words: list[str]) -> None:
    assert words_in_pattern(pattern) == words


@given(st.lists(st.sampled_from([r"\w", r"\s+", r"\d{1,3}", "[a-z]", "(?:", ")", "|", "(?i)", r"\b", "*", "?"]),
                max_size=30))
def test_pure_syntax_never_counts_as_a_word(parts: list[str]) -> None:
    assert words_in_pattern("".join(parts)) == []
