"""`factcheck check ARTICLE`: extract and verify in memory, findings located in the article itself.

Nothing is written: the draft `extract` would write is rendered, loaded with the core loader and checked by the
same pipeline as `verify`, then every finding about claims is moved to the place of its first claim's quote in
the article, and the guesses it rests on are named by their line in the article.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.engine import FileResult, Run, Settings, check_claims_file, report_of, select_rules
from factcheck.findings import Finding, Location
from factcheck.model import ClaimsFile

DRAFT_NAME = "extracted-claims.yaml"  # the draft's name in messages; it is never written


def check_article(
    article_path: Path, settings: Settings, *, language: str = "auto", published: datetime.date | None = None,
    outlet: str | None = None, fail_on: str = "error",
) -> Run:
    """The run `verify` would give on the article's raw draft, with findings located in the article."""
    from factcheck.claims_writer import article_reference, render_claims_file
    from factcheck.extract import extract
    from factcheck.loader import load_claims_text

    article = ArticleText.read(article_path)
    extraction = extract(article, language=language, published=published, outlet=outlet)
    rendered = render_claims_file(extraction, article_reference(article_path, None), datetime.date.today())
    claims_file = load_claims_text(Path(DRAFT_NAME), rendered)
    rules = select_rules(settings.select, settings.ignore)
    result = check_claims_file(claims_file, article, settings, rules)
    located = tuple(_in_article(finding, claims_file, article) for finding in result.findings)
    result = dataclasses.replace(result, path=str(article_path), findings=located)
    return Run(report_of([result], rules, fail_on), (result,))


def _in_article(finding: Finding, claims_file: ClaimsFile, article: ArticleText) -> Finding:
    """The finding at its first claim's quote in the article; each guess named by its line there."""
    message = finding.message
    location = finding.location
    for number, reference in enumerate(finding.claims):
        claim = claims_file.claims_by_id.get(reference.id)
        span = article.find_quote(claim.quote) if claim is not None and claim.quote else None
        if claim is None or span is None:
            continue
        place = article.place(span[0])
        message = re.sub(rf"'{re.escape(claim.id)}' in line {claim.position.line}\b",
                         f"'{claim.id}' (line {place.line} of the article)", message)
        if number == 0 or location.path != str(article.path):
            location = Location(str(article.path), place.line, place.column)
    return dataclasses.replace(finding, location=location, message=message, claims_file=str(article.path))


__all__ = ["DRAFT_NAME", "FileResult", "check_article"]
