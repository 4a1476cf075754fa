"""How a change is printed around its figure: its direction, its baseline, and the figures tied to it.

The reader asks its rule groups in the order of `_RULES`; the first that reads the figure decides how it is
printed, and points of a percentage are read last, on what it decided. Each group is a module of this package:

- `comparatives`: "на 5% меньше", "0.3% lower than", "меньше на 400 человек", "выше уровня 2023 года на 5%";
  `baselines`: the period a comparative or "on"/"против" names after the change ("than in 2023", "on August");
- `nouns`: "a 15.8% drop", "рост на 5%", "спад составил 2,6%";
- `verbs`: a Russian verb by lemma, a verb past its object, a period or a degree ("снизится на 3%", "cut
  spending by", "fell just 38%");
- `gapping`: clauses with no verb of their own ("а импорт — на 5%", "на 0,9 и 1%");
- `restatements`: the same change again (", or 30,000 units", "fell by 109,000 (0.4%)");
- `amounts`: an amount's sign, sign word, verb or comparative ("-1,500 births", "640 fewer births");
- `plans`: a plan carried out ("исполнен на 98,7%", "of its annual target");
- `parts`: a part of a whole whose whole is not named ("6.4 per cent or 9,120 units", "(12% share)", "на
  Ташкент приходится 22,65%"): a share, its whole guessed;
- `indexes`: indexes of Russian statistics ("104% к уровню прошлого года");
- `multipliers`: "в 2 раза", "three times higher"; `points`: "fell 0.2 points to 4.1%";
- `change_ends`: the start and the end of a change ("from", "to"), and the earlier rate a change by a percentage
  is set against ("grew 5.2%, down from 5.5%"); `ties`: a figure tied to the one before
  (its level in brackets, "Это на 5% больше");
- `shared`: the patterns and helpers the groups share.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.form_evidence import FormFound
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form import (
    amounts,
    change_ends,
    comparatives,
    gapping,
    indexes,
    multipliers,
    nouns,
    plans,
    restatements,
    verbs,
)
from factcheck.extract.readers.form.baselines import is_comparative_baseline, named_baseline
from factcheck.extract.readers.form.change_ends import (
    counts_sources,
    earlier_rate_ahead,
    printed_as_change_start,
    whole_of_change_start,
)
from factcheck.extract.readers.form.parts import WHOLE_GUESSED_CHECK, whole_of_part
from factcheck.extract.readers.form.plans import fulfils_plan, percent_of_plan, whole_of_plan
from factcheck.extract.readers.form.points import in_percentage_points
from factcheck.extract.readers.form.shared import is_percent, signed
from factcheck.extract.readers.form.ties import (
    AMOUNT_CHANGE,
    LEVEL,
    PREVIOUS_SENTENCE,
    PREVIOUS_SHARE,
    Tie,
    tie_of,
    whole_of_bracketed_share,
)
from factcheck.extract.readers.form.verbs import russian_verb_direction
from factcheck.figures import FoundFigure

__all__ = [
    "AMOUNT_CHANGE",
    "LEVEL",
    "PREVIOUS_SENTENCE",
    "PREVIOUS_SHARE",
    "WHOLE_GUESSED_CHECK",
    "Tie",
    "as_printed_change",
    "counts_sources",
    "earlier_rate_ahead",
    "fulfils_plan",
    "is_comparative_baseline",
    "named_baseline",
    "percent_of_plan",
    "printed_as_change_start",
    "read_form",
    "russian_verb_direction",
    "tie_of",
    "whole_of_bracketed_share",
    "whole_of_change_start",
    "whole_of_part",
    "whole_of_plan",
]

# A rule reads the figure in its sentence (which starts at the int) and returns it as printed, or None to pass it
# on to the next rule.
Rule = Callable[[Extraction, FoundFigure, int], FoundFigure | None]

# In this order: a rule that reads a figure hides it from every rule after it. The first two read every bound and
# every signed figure; `amounts.amount_change` every value that is an amount, not a percentage.
_RULES: tuple[Rule, ...] = (
    comparatives.bound_by_comparative,  # "меньше на 400 человек" is -400, "меньше 400 человек" a bound
    amounts.signed_amount,  # "(+535,000 students)", "-1,500 births"
    restatements.percentage_in_brackets,  # "fell by 109,000 (0.4%)"
    indexes.index_to_baseline,  # "104% к уровню прошлого года"
    plans.plan_carried_out,  # "исполнен на 98,7%", "расходная – на 55%": a level
    nouns.noun_of_change,  # "a 15.8% drop", "рост на 5%"
    nouns.noun_shifted_to,  # "Pay growth slowed to 4.1%", "Рост ВВП замедлился до 1,8%": the growth's size
    multipliers.factor_to_baseline,  # "в 11 раз меньше", "three times higher than"
    multipliers.ratio_as_level,  # "составило 1,2 раза": a level
    verbs.verb_of_change,  # "снизится на 3%", "fell just 38%", "выше уровня 2023 года на 5%", "упадут в 2 раза"
    restatements.restated_value,  # "gained $310, or 4.1 percent"
    nouns.noun_subject,  # "спад составил 2,6%", "прирост цен пришелся на сахар (6,1%)"
    gapping.coordinated_value,  # "сократились на 0,9 и 1%"
    restatements.restatement_ahead,  # "3.1 per cent or some 40,000 units up on 2023"
    restatements.restated_change,  # "на 190 тыс. человек, или на 10,1%"
    gapping.coordinated_past_baseline,  # "на 1,3% по сравнению с июнем и на 23,2% – с июлем"
    change_ends.earlier_rate,  # "grew 5.2%, down from 5.5% in the second quarter": the earlier change
    gapping.ranked_after_change,  # "rose 115 TWh, followed by China with 25 TWh, and Iran with 14 TWh"
    gapping.gapped_amount,  # "уменьшилась на 43 тыс. человек, за год — на 265 тыс."
    amounts.amount_change,  # "fell $3 billion", "640 fewer births", "минус 830 человек"; else a level
    verbs.falling_verb_with_object,  # "уступил импорту на 12%"
    gapping.gapped_factor,  # "на 6%, а по налогу на прибыль — в 2,5 раза"
    comparatives.percentage_before_comparative,  # "5% lower", "на 5% меньше"
    gapping.gapped_percentage,  # "снизились на 10%, автобусов - на 20%"
)


def as_printed_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure:
    """The figure with the form and direction its sentence gives it (a noun, a comparative, gapping, a bracket).

    What made it a change travels with it as `evidence`; its text is only how the claims file shows it.
    """
    printed = next((read for rule in _RULES if (read := rule(extraction, figure, sentence_start)) is not None),
                   figure)
    return in_percentage_points(extraction, printed) or printed


def read_form(figure: FoundFigure, share_of: str | None) -> FormFound:
    """What the figure's form rests on, once the sign reader and the share reader have read it.

    A percentage with no cue of change is a share when its whole is named, else its form is not said
    (`FormFound.NO_WHOLE`, a guess): even where a verb of change ends at it ("fell to 8.1%") it may be a share
    whose whole an earlier clause names ("plug-in hybrids grew to 7.9 per cent", of the market: measured on the
    tune split, the one such percentage not marked was wrong; restated as its count, "or 8,382 units", the
    `parts` group reads it as a share whose whole is guessed).
    """
    if figure.evidence is not None or (figure.form == "change" and signed(figure)):
        return FormFound.SIGN
    if figure.form != "value" or not is_percent(figure):
        return FormFound.PRINTED
    if share_of is not None:
        return FormFound.WHOLE_NAMED
    return FormFound.NO_WHOLE
