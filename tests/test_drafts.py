"""Draft gating: plain and Markdown drafts, positions in the source file, and drift between draft and claims."""

from __future__ import annotations

from pathlib import Path

from factcheck.article import ArticleText, visible_text
from factcheck.engine import verify
from tests.conftest import claims_yaml

CLAIM = ('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat, '
         'quote: "товарооборот достиг $533 млн"}\n')


def run(tmp_path: Path, draft: str, name: str = "draft.md") -> list[tuple[str, str, int, int, str]]:
    (tmp_path / name).write_text(draft, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(claims_yaml(CLAIM).replace("  language: ru\n", f"  language: ru\n  text: {name}\n"),
                      encoding="utf-8")
    report = verify([claims])
    return [(f.rule, Path(f.location.path).name, f.location.line, f.location.column, f.message)
            for f in report.findings if f.rule in ("quote-not-found", "uncurated-figure")]


def test_markdown_markup_is_not_part_of_what_is_matched(tmp_path: Path) -> None:
    draft = "# Итоги\n\nВ 2023 году **товарооборот** [достиг](https://stat.gov.kz/2023/533) *$533 млн*.\n"
    assert run(tmp_path, draft) == []


def test_uncurated_figure_points_at_the_draft_line_and_column(tmp_path: Path) -> None:
    draft = "В 2023 году товарооборот достиг $533 млн.\n\nЭкспорт вырос **на 12%**.\n"
    assert run(tmp_path, draft) == [
        ("uncurated-figure", "draft.md", 3, 17,
         "на 12% in the article (paragraph 2) is not covered by any claim's quote.")
    ]


def test_list_numbering_years_and_urls_are_not_figures(tmp_path: Path) -> None:
    draft = ("1. В 2023 году товарооборот достиг $533 млн.\n2. Подробнее: <https://example.org/2024/77>\n"
             "3) Отчёт за 2024-й год.\n")
    assert run(tmp_path, draft) == []


def test_an_edited_figure_fails_twice_old_quote_and_new_figure(tmp_path: Path) -> None:
    draft = "Сначала вводная фраза.\n\nВ 2023 году товарооборот достиг $540 млн по данным ведомства.\n"
    findings = run(tmp_path, draft)
    assert [f[:4] for f in findings] == [
        ("quote-not-found", "draft.md", 3, 1),
        ("uncurated-figure", "draft.md", 3, 33),
    ]
    assert findings[0][4] == (
        'The quote of t ("товарооборот достиг $533 млн") is not in the article text. The closest passage, at '
        'line 3, reads "В 2023 году товарооборот достиг $540 млн по данным ведомства.".'
    )


def test_a_quote_with_no_close_passage_points_at_the_claim(tmp_path: Path) -> None:
    findings = run(tmp_path, "Совсем другой текст без цифр.\n", name="draft.txt")
    assert [(rule, name, line) for rule, name, line, _, _ in findings] == [("quote-not-found", "claims.yaml", 15)]


def test_visible_text_maps_back_to_the_source() -> None:
    source = "**Товарооборот** достиг [$533 млн](http://x)"
    visible, offsets = visible_text(source, markdown=True)
    assert visible == "Товарооборот достиг $533 млн"
    assert source[offsets[visible.index("$")]] == "$"


def test_plain_text_is_read_as_written(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("*not emphasis* $533 млн", encoding="utf-8")
    assert ArticleText.read(path).visible == "*not emphasis* $533 млн"
