"""formula-mismatch: a derived metric whose formula, for one period, does not give its stated figure.

What it checks:
    A metric with a `formula` (net migration = immigration - emigration, yield = harvest / area) or with
    `parts` (turnover = exports + imports, the formula "exports + imports"): for each period where the file
    states the metric and every term of its formula, of one kind, the formula computed on the terms' intervals
    must overlap the stated figure. For a sum whose stated terms cannot be negative, the terms the file does
    state must not already exceed the whole, even when some are missing. Shares of one whole add up the same
    way: the share of a sum is the sum of its terms' shares (16.6% plug-ins + 9.1% hybrids = 25.7% electrified).

Why it matters:
    Exports and imports that add up to more (or less) than the turnover quoted beside them, or a yield that
    the harvest and the area cannot give, mean one of the figures is wrong.

Example:
    metrics:
      trade: {name: Turnover, unit: USD, flow: true, formula: "exports + imports"}
      exports: {name: Exports, unit: USD, flow: true}
      imports: {name: Imports, unit: USD, flow: true}
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}
      - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat}
      - {id: i, metric: imports, period: "2023", value: "$203 млн", said_by: stat}
    error formula-mismatch: For 2023, exports + imports = $412 млн + $203 млн gives 614 mln–616 mln USD, not
    $533 млн (t).

Passes:
    metrics:
      trade: {name: Turnover, unit: USD, flow: true, formula: "exports + imports"}
      exports: {name: Exports, unit: USD, flow: true}
      imports: {name: Imports, unit: USD, flow: true}
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}
      - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat}
      - {id: i, metric: imports, period: "2023", value: "$121 млн", said_by: stat}

Tolerance:
    The formula is computed on intervals, so the rounding of every term carries through; only a result
    outside the whole's interval is reported. Terms and whole of different kinds (actual segments against an
    analysts' estimate of the total) are never compared. Its former id `parts-sum-mismatch` still selects,
    configures and reviews it.

How to silence:
    Correct a figure, or remove the `formula` (or `parts`) if the metrics are not an exact decomposition.

"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.findings import Compared, Finding, Severity
from factcheck.formulas import Formula, evaluate
from factcheck.intervals import Interval
from factcheck.model import Claim, Metric
from factcheck.rules.base import Context, restatements

ID = "formula-mismatch"
ORDER = 70
SEVERITY = Severity.ERROR
ALIASES = ("parts-sum-mismatch",)
_HUNDRED = Fraction(100)


def check(ctx: Context) -> Iterator[Finding]:
    """For each stated figure of a derived metric, compute its formula on the stated terms of that period."""
    metrics = ctx.claims_file.metrics
    for metric in metrics.values():
        formula = metric.formula
        if formula is None or metric.unit is None:
            continue
        # a whole stated twice (the same total in the lead and in the body) is one figure: one finding
        for wholes in restatements(ctx.values_of(metric, kinds=("actual", "estimate", "target", "forecast"))):
            period, kind = wholes[0].period, wholes[0].kind
            if period is None:
                continue
            terms: dict[str, list[Claim]] = {}
            for metric_id in formula.metrics:
                stated = restatements(ctx.values(metrics[metric_id], period, kinds=(kind,)))
                if stated:
                    terms[metric_id] = stated[0]
            first_terms = {metric_id: group[0] for metric_id, group in terms.items()}
            mismatches = [(whole, found) for whole in wholes
                          if (found := _compare(ctx, metric, formula, whole, first_terms)) is not None]
            if not mismatches:
                continue
            message, compared, _ = mismatches[0][1]
            # the statements of the whole that the terms contradict, and every statement of each term
            listed = [*(stated_whole for stated_whole, _ in mismatches),
                      *(claim for metric_id in formula.metrics for claim in terms.get(metric_id, ()))]
            yield ctx.finding(
                ID, SEVERITY, listed, message,
                "Check the terms and the whole against their sources, and that the formula is the metric's "
                "definition.",
                compared, replaces=[[stated_whole, *found[2]] for stated_whole, found in mismatches],
            )
    yield from _shares(ctx)


def _shares(ctx: Context) -> Iterator[Finding]:
    """Shares of one whole add up as the figures they stand for: a sum's share is the sum of its terms' shares."""
    by_subject: dict[tuple[object, ...], Claim] = {}
    for claim in ctx.claims:
        if claim.form == "share" and claim.share is not None and claim.period is not None:
            by_subject.setdefault(_share_subject(ctx, claim, claim.metric.id), claim)
    for key, whole in by_subject.items():
        formula = whole.metric.formula
        if formula is None or not formula.is_sum:
            continue
        rest = key[1:]  # the same whole, period and kind
        keys = {m: (m, *rest) for m in formula.metrics}
        terms = {m: by_subject[key] for m, key in keys.items() if key in by_subject}
        values = {m: c.share for m, c in terms.items() if c.share is not None}
        assert whole.share is not None
        if not values or len(values) != len(terms):
            continue
        ordered = [terms[m] for m in formula.metrics if m in terms]
        stated_terms = list(values.values())
        total = sum(stated_terms[1:], stated_terms[0])
        complete = len(terms) == len(formula.metrics)
        if complete and total.overlaps(whole.share):
            continue
        if not complete and not _partial_exceeds(stated_terms, total, whole.share):
            continue
        verb = "add up to" if complete else "already exceed"
        yield ctx.finding(
            ID, SEVERITY, [whole, *ordered],
            f"For {whole.period_text}, the shares of {rest[0]} of {' + '.join(c.metric.id for c in ordered)} = "
            f"{' + '.join(c.text for c in ordered)} {verb} {_per_cent(total)}, not {whole.text} ({whole.id}).",
            "Check the shares against their sources, and that the formula is the metric's definition.",
            [Compared(f"sum of the shares {whole.period_text}", total.scaled(_HUNDRED), "per cent"),
             Compared(f"{whole.id}: {whole.text}", whole.share.scaled(_HUNDRED), "per cent")],
        )


def _share_subject(ctx: Context, share: Claim, metric_id: str) -> tuple[object, ...]:
    assert share.period is not None
    return metric_id, ctx.whole_metric(share), share.period.start, share.period.end, share.kind


def _per_cent(share: Interval) -> str:
    return Compared("", share.scaled(_HUNDRED), "per cent").interval_text()


def _compare(ctx: Context, metric: Metric, formula: Formula, whole: Claim,
             terms: dict[str, Claim]) -> tuple[str, list[Compared], list[Claim]] | None:
    """The message, the intervals compared and the terms used, when the stated terms contradict the whole."""
    assert whole.amount is not None and metric.unit is not None
    stated = whole.amount.scaled(metric.unit.factor)
    values = {metric_id: base for metric_id, claim in terms.items() if (base := _in_base_units(claim)) is not None}
    if len(values) != len(terms) or not values:
        return None
    complete = len(terms) == len(formula.metrics)
    if complete:
        computed = evaluate(formula, values)
        if computed is None or computed.overlaps(stated):
            return None
        verb = "gives"
    elif formula.is_sum:
        stated_terms = list(values.values())
        computed = sum(stated_terms[1:], stated_terms[0])
        if not _partial_exceeds(stated_terms, computed, stated):
            return None
        verb = "already exceeds"
    else:
        return None
    ordered = [terms[m] for m in formula.metrics if m in terms]
    names = formula.text if complete else " + ".join(c.metric.id for c in ordered)
    figures = _figures(formula, terms) if complete else " + ".join(c.text for c in ordered)
    shown = computed.scaled(1 / metric.unit.factor)
    stated_whole = ctx.compared(f"{whole.period_text}: {whole.text}", whole.amount, whole)
    computed_whole = ctx.compared(
        f"{formula.text if complete else 'sum of the stated terms'} {whole.period_text}", shown, whole
    ).next_to(stated_whole)
    message = (f"For {whole.period_text}, {names} = {figures} {verb} {computed_whole.interval_text()}, "
               f"not {whole.text} ({whole.id})." if complete else
               f"For {whole.period_text}, {names} = {figures}, which {verb} {whole.text} ({whole.id}).")
    return message, [computed_whole, stated_whole], ordered


def _in_base_units(claim: Claim) -> Interval | None:
    amount, unit = claim.amount, claim.metric.unit
    if amount is None or unit is None:
        return None
    return amount.scaled(unit.factor)


def _figures(formula: Formula, terms: dict[str, Claim]) -> str:
    """The formula with each metric id replaced by its figure as written: `$400 млн + $200 млн`."""
    text, shift = formula.text, 0
    for term in formula.terms:
        figure = terms[term.metric].text
        start = term.offset + shift
        text = text[:start] + figure + text[start + len(term.metric):]
        shift += len(figure) - len(term.metric)
    return text


def _partial_exceeds(amounts: list[Interval], total: Interval, whole: Interval) -> bool:
    nonnegative = all(a.low is not None and a.low >= 0 for a in amounts)
    return nonnegative and total.low is not None and whole.high is not None and total.low > whole.high
