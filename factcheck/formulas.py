"""Formulas of derived metrics: `exports + imports`, `harvest / area`, parsed, dimension-checked and evaluated.

A formula is metric ids and numbers joined by `+ - * /` with parentheses. It is read by a small
recursive-descent parser over a bounded text (MAX_LENGTH characters, MAX_DEPTH levels of nesting), so reading
one is linear in its length and never exhausts the stack. Evaluation works on intervals: every term is the
interval of a stated figure, and the result is every value the terms allow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from factcheck.intervals import Interval
from factcheck.patterns import lazy

MAX_LENGTH = 1000  # a formula names a handful of metrics
MAX_DEPTH = 32  # parentheses and signs nested deeper than this are no formula a person writes

_SPACE = lazy(r"\s+")
_NUMBER = lazy(r"\d+(?:\.\d+)?(?![\w-])")
# Metric ids are slugs: a hyphen inside an id joins words ("uk-immigration"), so subtraction needs spaces.
_IDENTIFIER = lazy(r"[^\W\d]\w*(?:[-.]\w+)*|\d\w*(?:[-.]\w+)+|\d+[^\W\d]\w*(?:[-.]\w+)*")
_OPERATORS = {"+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "×": "*", "·": "*", "/": "/", "÷": "/"}


class FormulaError(ValueError):
    """A formula that cannot be read or does not balance its units; `offset` is where in its text."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True)
class Term:
    """A metric named in a formula, and where."""

    metric: str
    offset: int


@dataclass(frozen=True)
class Number:
    """A constant written in a formula."""

    value: Fraction
    offset: int


@dataclass(frozen=True)
class Negation:
    """A leading minus: `-a`."""

    operand: Node
    offset: int


@dataclass(frozen=True)
class Operation:
    """`left operator right`, operator one of + - * /."""

    operator: str
    left: Node
    right: Node
    offset: int


Node = Term | Number | Negation | Operation


@dataclass(frozen=True)
class Formula:
    """A parsed formula: its text as written and its tree."""

    text: str
    root: Node

    @property
    def terms(self) -> tuple[Term, ...]:
        """The metrics the formula names, in the order written (a metric may appear twice)."""
        found: list[Term] = []
        pending: list[Node] = [self.root]
        while pending:
            node = pending.pop()
            if isinstance(node, Term):
                found.append(node)
            elif isinstance(node, Negation):
                pending.append(node.operand)
            elif isinstance(node, Operation):
                pending += [node.right, node.left]
        return tuple(sorted(found, key=lambda term: term.offset))

    @property
    def metrics(self) -> tuple[str, ...]:
        """The distinct metric ids the formula names, in the order written."""
        return tuple(dict.fromkeys(term.metric for term in self.terms))

    @property
    def is_sum(self) -> bool:
        """Whether the formula only adds metrics (`a + b + c`): the whole then contains each term."""
        pending: list[Node] = [self.root]
        while pending:
            node = pending.pop()
            if isinstance(node, Operation) and node.operator == "+":
                pending += [node.left, node.right]
            elif not isinstance(node, Term):
                return False
        return True

    @staticmethod
    def sum_of(metrics: tuple[str, ...]) -> Formula:
        """The formula `a + b + ...` that v1's `parts: [a, b, ...]` means."""
        # built, not parsed: v1 metric ids may hold characters a formula cannot (spaces, '+')
        text = " + ".join(metrics)
        offsets = [sum(len(m) + 3 for m in metrics[:index]) for index in range(len(metrics))]
        root: Node = Term(metrics[0], 0)
        for metric, offset in zip(metrics[1:], offsets[1:], strict=True):
            root = Operation("+", root, Term(metric, offset), offset - 2)
        return Formula(text, root)


# ---------------------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class _Token:
    kind: str  # number | name | operator | ( | )
    text: str
    offset: int


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        char = text[position]
        if space := _SPACE.match(text, position):
            position = space.end()
        elif char in _OPERATORS:
            tokens.append(_Token("operator", _OPERATORS[char], position))
            position += 1
        elif char in "()":
            tokens.append(_Token(char, char, position))
            position += 1
        elif number := _NUMBER.match(text, position):
            tokens.append(_Token("number", number.group(0), position))
            position = number.end()
        elif name := _IDENTIFIER.match(text, position):
            tokens.append(_Token("name", name.group(0), position))
            position = name.end()
        elif char == ",":
            raise FormulaError("unexpected ','; write decimals in a formula with a point (0.5)", position)
        else:
            raise FormulaError(f"unexpected '{char}'; a formula holds metric ids, numbers, + - * / and "
                               "parentheses", position)
    return tokens


class _Parser:
    """One method per level of the grammar, each consuming tokens left to right.

    expression := product (('+' | '-') product)*; product := factor (('*' | '/') factor)*;
    factor := '-' factor | '(' expression ')' | number | metric id.
    """

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def expression(self, depth: int) -> Node:
        node = self.product(depth)
        while (token := self.peek()) is not None and token.kind == "operator" and token.text in "+-":
            self.index += 1
            node = Operation(token.text, node, self.product(depth), token.offset)
        return node

    def product(self, depth: int) -> Node:
        node = self.factor(depth)
        while (token := self.peek()) is not None and token.kind == "operator" and token.text in "*/":
            self.index += 1
            node = Operation(token.text, node, self.factor(depth), token.offset)
        return node

    def factor(self, depth: int) -> Node:
        token = self.peek()
        if token is None:
            raise FormulaError("the formula ends where a metric id or number is expected", len(self.text))
        if depth >= MAX_DEPTH:
            raise FormulaError(f"nested deeper than {MAX_DEPTH} levels; simplify the formula", token.offset)
        self.index += 1
        if token.kind == "operator" and token.text == "-":
            return Negation(self.factor(depth + 1), token.offset)
        if token.kind == "(":
            inner = self.expression(depth + 1)
            closing = self.peek()
            if closing is None or closing.kind != ")":
                where = len(self.text) if closing is None else closing.offset
                raise FormulaError(f"the parenthesis opened at character {token.offset + 1} is never closed", where)
            self.index += 1
            return inner
        if token.kind == "number":
            return Number(Fraction(token.text), token.offset)
        if token.kind == "name":
            return Term(token.text, token.offset)
        raise FormulaError(f"'{token.text}' where a metric id or number is expected", token.offset)


def parse_formula(text: str) -> Formula:
    """Read a formula; raise FormulaError (with the offset of the trouble) when it is not one."""
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula is longer than {MAX_LENGTH} characters; a formula names a few metrics")
    if not text.strip():
        raise FormulaError("the formula is empty; write it as metric ids joined by + - * /, e.g. \"exports + imports\"")
    parser = _Parser(text, _tokens(text))
    root = parser.expression(0)
    extra = parser.peek()
    if extra is not None:
        hint = "; an operator is missing" if extra.kind in ("name", "number", "(") else ""
        raise FormulaError(f"unexpected '{extra.text}'{hint}", extra.offset)
    return Formula(text, root)


# ---------------------------------------------------------------------------------------------------------
# Dimensions: `[mass]^1*[length]^-2`, as units carry them


Dimension = tuple[tuple[str, Fraction], ...]


def dimension_of(text: str) -> Dimension:
    """A unit's dimension string as sorted (base, power) pairs; '' is dimensionless."""
    powers: dict[str, Fraction] = {}
    for piece in filter(None, text.split("*")):
        base, _, power = piece.partition("^")
        powers[base] = powers.get(base, Fraction(0)) + Fraction(power or "1")
    return tuple(sorted((base, power) for base, power in powers.items() if power))


def _combine(left: Dimension, right: Dimension, sign: int) -> Dimension:
    powers = dict(left)
    for base, power in right:
        powers[base] = powers.get(base, Fraction(0)) + sign * power
    return tuple(sorted((base, power) for base, power in powers.items() if power))


def describe_dimension(dimension: Dimension) -> str:
    """`mass / length^2`, `currency_USD`, or `a pure number`."""
    if not dimension:
        return "a pure number"
    def name(base: str, power: Fraction) -> str:
        shown = base.strip("[]")
        return shown if abs(power) == 1 else f"{shown}^{abs(power)}"
    above = " * ".join(name(b, p) for b, p in dimension if p > 0) or "1"
    below = " * ".join(name(b, p) for b, p in dimension if p < 0)
    return f"{above} / {below}" if below else above


def formula_dimension(formula: Formula, dimension_of_metric: Callable[[str], Dimension]) -> Dimension:
    """The dimension the formula computes; raise FormulaError naming the term whose dimension does not fit."""

    def walk(node: Node) -> Dimension:
        if isinstance(node, Number):
            return ()
        if isinstance(node, Term):
            return dimension_of_metric(node.metric)
        if isinstance(node, Negation):
            return walk(node.operand)
        left, right = walk(node.left), walk(node.right)
        if node.operator in "*/":
            return _combine(left, right, 1 if node.operator == "*" else -1)
        if left != right:
            term = _first_term(node.right) or _first_term(node.left)
            named = f"'{term.metric}'" if term else "the right-hand side"
            raise FormulaError(
                f"{named} is {describe_dimension(right)} but is added to or subtracted from "
                f"{describe_dimension(left)}; terms of a sum need one dimension",
                term.offset if term else node.offset,
            )
        return left

    return walk(formula.root)


def _first_term(node: Node) -> Term | None:
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Term):
            return current
        if isinstance(current, Negation):
            pending.append(current.operand)
        elif isinstance(current, Operation):
            pending += [current.right, current.left]
    return None


# ---------------------------------------------------------------------------------------------------------
# Evaluation on intervals


def evaluate(formula: Formula, values: Mapping[str, Interval]) -> Interval | None:
    """Every value the formula can take when each metric lies in its interval (all in base units).

    None when the result is unbounded in a way interval arithmetic cannot carry (a product with an
    unbounded factor that may be negative, a division by an interval that holds zero).
    """

    def walk(node: Node) -> Interval | None:
        if isinstance(node, Number):
            return Interval(node.value, node.value)
        if isinstance(node, Term):
            return values.get(node.metric)
        if isinstance(node, Negation):
            inner = walk(node.operand)
            return None if inner is None else inner.scaled(Fraction(-1))
        left, right = walk(node.left), walk(node.right)
        if left is None or right is None:
            return None
        if node.operator == "+":
            return left + right
        if node.operator == "-":
            return left - right
        if node.operator == "*":
            return _product(left, right)
        return _quotient(left, right)

    return walk(formula.root)


def _product(left: Interval, right: Interval) -> Interval | None:
    if left.finite and right.finite:
        return left * right
    if _nonnegative(left) and _nonnegative(right):
        assert left.low is not None and right.low is not None
        high = None if left.high is None or right.high is None else left.high * right.high
        return Interval(left.low * right.low, high)
    return None


def _quotient(left: Interval, right: Interval) -> Interval | None:
    if right.low is None or right.high is None or right.low <= 0 <= right.high:
        return None  # an unbounded divisor, or one that may be zero
    if left.finite:
        return left / right
    if _nonnegative(left) and right.low > 0:
        assert left.low is not None
        return Interval(left.low / right.high, None if left.high is None else left.high / right.low)
    return None


def _nonnegative(interval: Interval) -> bool:
    return interval.low is not None and interval.low >= 0
