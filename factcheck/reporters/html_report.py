"""The editors' HTML report: one self-contained page (styles and script inline, nothing fetched).

The article with every figure highlighted by status, the findings linking to their figures with the
arithmetic, and the sources table. Status is never told by colour alone: each has a symbol, a word for
screen readers and its own underline style.

Data from a claims file or an article is written only through the escaping module's HTML policy (controls and
bidirectional controls shown, markup and quotes escaped, in text and in every attribute), and the page carries
a strict Content-Security-Policy: nothing may load, and only its own inline style and script (allowed by their
SHA-256 hashes, computed as the page is rendered) may run, so even a forged value could not act.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Callable

from factcheck.escaping import html_line, html_text
from factcheck.findings import ClaimRef, Finding
from factcheck.report_page import Decision, MarkedFigure, ReportPage
from factcheck.sourcing import SourcingRow

SYMBOLS = {"error": "✖", "warning": "▲", "info": "ℹ", "reviewed": "◆", "consistent": "✓", "uncurated": "?"}
MEANING = {
    "error": "error: part of a finding",
    "warning": "warning: part of a finding",
    "info": "note: part of a finding",
    "reviewed": "reviewed: an editor decided on its findings",
    "consistent": "consistent: no finding",
    "uncurated": "uncurated: no claim covers this figure",
}

STYLE = """
:root { --ink: #1a1a1a; --muted: #4b5563; --line: #d1d5db; --paper: #ffffff; --accent: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--paper); }
.skip { position: absolute; left: -999px; top: 0; background: #000; color: #fff; padding: .5em 1em; }
.skip:focus { left: 0; z-index: 10; }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
.meta { color: var(--muted); margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 1rem 0 .5rem; }
.counts li { border: 1px solid var(--line); border-radius: .5rem; padding: .25rem .75rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; color: var(--muted); font-size: .9rem; padding: 0;
          list-style: none; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1.5rem; align-items: start; }
.article-text p { margin: 0 0 1rem; }
mark.fig { color: inherit; border-radius: .2rem; padding: 0 .15rem; cursor: pointer; text-decoration-thickness: 2px;
           text-underline-offset: .2em; text-decoration-line: underline; }
mark.fig:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
mark.fig:target, mark.fig.selected { outline: 3px solid var(--accent); }
.tag { font-size: .75em; vertical-align: super; margin-left: .1em; }
.status-error { background: #fde2e1; text-decoration-style: solid; text-decoration-color: #b91c1c; }
.status-warning { background: #fef3c7; text-decoration-style: dashed; text-decoration-color: #92400e; }
.status-info { background: #dbeafe; text-decoration-style: dotted; text-decoration-color: #1e40af; }
.status-reviewed { background: #e5e7eb; text-decoration-style: double; text-decoration-color: #374151; }
.status-consistent { background: #dcfce7; text-decoration-style: solid; text-decoration-color: #166534;
                     text-decoration-thickness: 1px; }
.status-uncurated { background: #f3e8ff; text-decoration-style: wavy; text-decoration-color: #6b21a8; }
.badge { display: inline-block; border-radius: .3rem; padding: 0 .4rem; font-weight: 600; }
#inspector { position: sticky; top: 1rem; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem;
             background: #f9fafb; max-height: calc(100vh - 2rem); overflow: auto; }
#inspector h2 { margin-top: 0; font-size: 1.05rem; }
.details[hidden] { display: none; }
.finding { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .4rem; padding: .5rem 1rem;
           margin: 1rem 0; }
.finding.status-error { border-left-color: #b91c1c; background: #fff; }
.finding.status-warning { border-left-color: #92400e; background: #fff; }
.finding.status-info { border-left-color: #1e40af; background: #fff; }
.finding.status-reviewed { border-left-color: #374151; background: #fff; }
.finding h3 { margin: .25rem 0; font-size: 1.05rem; }
.finding:target { outline: 3px solid var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .3rem .4rem; }
.table-wrap { overflow-x: auto; }
.fingerprint, .help { color: var(--muted); font-size: .9rem; }
.decide { font-size: .9rem; }
.decide p { margin: .25rem 0 0; font-weight: 600; }
.decide ul { margin: .25rem 0; padding-left: 1.25rem; }
.decide code { overflow-wrap: anywhere; }
a { color: var(--accent); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 60rem) {
  .layout { grid-template-columns: 1fr; }
  #inspector { position: static; max-height: none; }
}
@media print {
  .skip, #inspector { display: none; }
  .layout { display: block; }
  mark.fig { background: none; }
  .finding { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

SCRIPT = """
(function () {
  var inspector = document.getElementById('inspector');
  var placeholder = document.getElementById('inspector-empty');
  function show(number) {
    document.querySelectorAll('#inspector .details').forEach(function (d) { d.hidden = true; });
    document.querySelectorAll('mark.fig.selected').forEach(function (m) { m.classList.remove('selected'); });
    var details = document.getElementById('details-' + number);
    var mark = document.getElementById('fig-' + number);
    if (!details || !mark) { return; }
    if (placeholder) { placeholder.hidden = true; }
    details.hidden = false;
    mark.classList.add('selected');
    mark.setAttribute('aria-expanded', 'true');
  }
  document.querySelectorAll('mark.fig').forEach(function (mark) {
    mark.setAttribute('aria-controls', 'inspector');
    mark.setAttribute('aria-expanded', 'false');
    mark.addEventListener('click', function () { show(mark.dataset.figure); });
    mark.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(mark.dataset.figure); }
    });
  });
  function fromHash() {
    var match = /^#fig-(\\d+)$/.exec(window.location.hash);
    if (match) { show(match[1]); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  if (inspector) { inspector.hidden = false; }
  document.body.dataset.ready = 'true';
})();
"""


def _e(text: object) -> str:
    """Data in an element or an attribute: one line, controls shown, markup and quotes escaped."""
    return html_line(text)


def content_security_policy(*, scripts: tuple[str, ...], styles: tuple[str, ...] = (STYLE,),
                            served: bool = False) -> str:
    """Nothing loads from anywhere; the page's own styles and scripts run by their hashes.

    A page the desk serves (`served`) may also ask the desk for news and post its forms to it, and may not be
    framed; a report file posts nothing anywhere.
    """
    allowed = [f"style-src {' '.join(map(_source_hash, styles))}"]
    if scripts:
        allowed.append(f"script-src {' '.join(map(_source_hash, scripts))}")
    if served:
        return "; ".join(["default-src 'none'", *allowed, "connect-src 'self'", "form-action 'self'",
                          "base-uri 'none'", "frame-ancestors 'none'"])
    return "; ".join(["default-src 'none'", *allowed, "base-uri 'none'", "form-action 'none'"])


def _source_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


# how each count is named, singular and plural ("1 uncurated figure", "2 notes")
COUNT_NAMES = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes"),
               "reviewed": ("reviewed", "reviewed"), "uncurated": ("uncurated figure", "uncurated figures")}


def noun(count: int, kind: str) -> str:
    """What a count counts, in the right number."""
    singular, plural = COUNT_NAMES[kind]
    return singular if count == 1 else plural


Actions = Callable[[Finding, tuple[Decision, ...]], str]


def render_page(page: ReportPage, title: str, language: str, *, actions: Actions | None = None,
                banner: str = "", styles: tuple[str, ...] = (), scripts: tuple[str, ...] = (),
                body_data: str = "", beside: bool = False) -> str:
    """The whole HTML document.

    The desk serves the same page: `actions` renders a finding's decisions as controls (the report shows the
    commands instead), `banner` goes first in the body, `styles` and `scripts` follow the page's own, and
    `body_data` is the body's data attributes, written already escaped; `beside` puts the findings in a column
    beside the article (the desk) instead of after it.
    """
    page_scripts = ((SCRIPT,) if page.article is not None else ()) + scripts
    policy = content_security_policy(scripts=page_scripts, styles=(STYLE, *styles), served=actions is not None)
    parts = [
        "<!doctype html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(policy)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style>",
        *(f"<style>{style}</style>" for style in styles),
        "</head>",
        f"<body{body_data}>",
        '<a class="skip" href="#findings">Skip to the findings</a>',
        banner,
        _header(page),
        "<main>",
    ]
    if page.article is not None and beside:
        parts += ['<div class="layout beside">', _article(page), '<div class="side">', _inspector(page),
                  _findings(page, actions), "</div></div>"]
    elif page.article is not None:
        parts += ['<div class="layout">', _article(page), _inspector(page), "</div>", _findings(page, actions)]
    else:
        parts.append('<p class="meta">No article text was given: the findings and sources alone. '
                     "Give <code>article.text</code> or <code>--text</code> to see the article.</p>")
        parts.append(_findings(page, actions))
    parts += [_sources(page.sources), "</main>"]
    if page.article is not None:
        parts.append(f"<script>{SCRIPT}</script>")
    parts += [f"<script>{script}</script>" for script in scripts]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _header(page: ReportPage) -> str:
    report = page.report
    counts = report.counts()
    reviewed = sum(1 for f in report.findings if f.reviewed)
    figures = Counter(figure.status for figure in page.figures)
    shown = [(severity, count) for severity, count in counts.items() if count or severity == "error"]
    shown.append(("reviewed", reviewed))
    if page.article is not None:
        shown.append(("uncurated", figures.get("uncurated", 0)))
    items = [
        f'<li class="count status-{kind}"><span aria-hidden="true">{SYMBOLS[kind]}</span> '
        f"<strong>{count}</strong> {_e(noun(count, kind))}</li>"
        for kind, count in shown
    ]
    legend = "".join(f'<li><span class="badge status-{status}">{SYMBOLS[status]}</span> {_e(MEANING[status])}</li>'
                     for status in MEANING)
    return (
        f"<header><h1>{_e(page.title)}</h1>"
        f'<p class="meta">factcheck {_e(report.version)} · {_e(", ".join(report.files))}</p>'
        f'<ul class="counts" aria-label="Findings by severity">{"".join(items)}</ul>'
        f'<ul class="legend" aria-label="What the highlights mean">{legend}</ul></header>'
    )


def _article(page: ReportPage) -> str:
    assert page.article is not None
    text = page.article.text
    pieces: list[str] = []
    position = 0
    for figure in page.figures:
        pieces.append(html_text(text[position : figure.start]))
        pieces.append(_mark(figure, page))
        position = figure.end
    pieces.append(html_text(text[position:]))
    body = "".join(pieces)
    paragraphs = [p.strip().replace("\n", "<br>") for p in body.split("\n\n") if p.strip()]
    if paragraphs and (heading := _HEADING.match(paragraphs[0])) and _same_title(heading.group(1), page.title):
        paragraphs = paragraphs[1:]  # the draft's own headline: the page's title already says it
    rendered = [
        f'<h3 class="subhead">{heading.group(1)}</h3>' if (heading := _HEADING.match(p)) else f"<p>{p}</p>"
        for p in paragraphs
    ]
    return ('<section id="article" aria-labelledby="article-title"><h2 id="article-title">Article</h2>'
            '<div class="article-text">' + "".join(rendered) + "</div></section>")


_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.DOTALL)  # a Markdown heading of the draft


def _same_title(heading: str, title: str) -> bool:
    """Whether a rendered heading (no figure marked in it) is the title, spaces and case aside."""
    return "<" not in heading and " ".join(heading.split()).casefold() == " ".join(_e(title).split()).casefold()


def _mark(figure: MarkedFigure, page: ReportPage) -> str:
    row = next((r for r in page.sources if r.claim == figure.claim), None)
    tooltip = MEANING[figure.status]
    if row is not None:
        cites = f", cites {row.cites}" if row.cites else ", cites nobody"
        said = f"said by {row.said_by} ({row.said_by_kind}){cites}"
        tooltip = f"{row.claim}: {row.figure} ({row.period}), {said} — {tooltip}"
    return (
        f'<mark class="fig status-{figure.status}" id="fig-{figure.number}" data-figure="{figure.number}" '
        f'data-status="{figure.status}" tabindex="0" role="button" title="{_e(tooltip)}">{_e(figure.text)}'
        f'<span class="tag" aria-hidden="true">{SYMBOLS[figure.status]}</span>'
        f'<span class="sr"> ({_e(MEANING[figure.status])})</span></mark>'
    )


def _inspector(page: ReportPage) -> str:
    findings = {f.fingerprint: f for f in page.report.findings}
    blocks = []
    for figure in page.figures:
        row = next((r for r in page.sources if r.claim == figure.claim), None)
        lines = [f"<h3>{_e(figure.text)} <span class=\"badge status-{figure.status}\">{SYMBOLS[figure.status]} "
                 f"{_e(figure.status)}</span></h3>"]
        if row is None:
            lines.append("<p>No claim's quote covers this figure: add a claim for it.</p>")
        else:
            lines.append(f"<p><strong>{_e(row.claim)}</strong>: {_e(row.figure)} = {_e(row.interval)}, "
                         f"{_e(row.metric)}, {_e(row.period)} ({_e(row.kind)})</p>")
            lines.append(f"<p>Said by {_e(row.said_by)} ({_e(row.said_by_kind)}); "
                         f"{'cites ' + _e(row.cites) if row.cites else 'cites nobody'}. Claims file line "
                         f"{row.line}.</p>")
        for fingerprint in figure.findings:
            finding = findings[fingerprint]
            lines.append(f'<p><a href="#finding-{_e(fingerprint)}">{_e(finding.severity.value)} '
                         f"{_e(finding.rule)}</a>: {_e(finding.message)}</p>")
        blocks.append(f'<div class="details" id="details-{figure.number}" hidden>{"".join(lines)}</div>')
    return ('<aside id="inspector" aria-live="polite" aria-label="The selected figure" hidden>'
            '<h2>Figure</h2><p id="inspector-empty">Select a highlighted figure (click, or Tab and Enter) to see '
            f"its claim, sourcing and findings.</p>{''.join(blocks)}</aside>")


def _findings(page: ReportPage, actions: Actions | None) -> str:
    if not page.report.findings:
        return '<section id="findings"><h2>Findings</h2><p>No findings.</p></section>'
    return ('<section id="findings" aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>'
            + "".join(_finding(finding, page, actions) for finding in page.findings_in_order()) + "</section>")


def _decide(finding: Finding, page: ReportPage, actions: Actions | None) -> str:
    """The decide line: the exact command of each decision, or (in the desk) its controls."""
    decisions = page.decisions(finding)
    if not decisions:
        return ""
    if actions is not None:
        return f'<div class="decide">{actions(finding, decisions)}</div>'
    commands = "".join(f"<li>{_e(decision.label)}: <code>{_e(decision.command)}</code></li>" for decision in decisions)
    return f'<div class="decide"><p>Decide:</p><ul>{commands}</ul></div>'


def _finding(finding: Finding, page: ReportPage, actions: Actions | None) -> str:
    status = "reviewed" if finding.reviewed else finding.severity.value
    review = ""
    if finding.review is not None:
        r = finding.review
        note = f": {_e(r.note)}" if r.note else ""
        review = f"<p><strong>Reviewed</strong> ({_e(r.status)}) by {_e(r.by)}, {_e(r.date)}{note}</p>"
    claims = "".join(f"<li>{_claim(claim, page)}</li>" for claim in finding.claims)
    compared = "".join(
        f"<tr><th scope=\"row\">{_e(item.label)}</th><td>{_e(item.interval_text())}</td></tr>"
        for item in finding.compared
    )
    location = f"{finding.location.path}:{finding.location.line}:{finding.location.column}"
    return (
        f'<article class="finding status-{status}" id="finding-{_e(finding.fingerprint)}">'
        f'<h3><span class="badge status-{status}">{SYMBOLS[status]} {_e(finding.severity.value)}</span> '
        f"{_e(finding.rule)}</h3><p>{_e(finding.message)}</p>{review}"
        + (f"<ul>{claims}</ul>" if claims else "")
        + (f'<div class="table-wrap"><table><caption class="sr">Intervals compared</caption>{compared}</table></div>'
           if compared else "")
        + f'<p class="help">{_e(finding.help)}</p>'
        + _decide(finding, page, actions)
        + f'<p class="fingerprint">{_e(location)} · fingerprint <code>{_e(finding.fingerprint)}</code></p></article>'
    )


def _claim(claim: ClaimRef, page: ReportPage) -> str:
    figure = page.figure_of_claim(claim.id)
    label = f"{_e(claim.figure)} ({_e(claim.period)})"
    link = f'<a href="#fig-{figure.number}">{label}</a>' if figure is not None else label
    cites = f"cites {_e(claim.cites_name)}" if claim.cites_name else "cites nobody"
    quote = f" — «{_e(claim.quote)}»" if claim.quote else ""
    return (f"<strong>{_e(claim.id)}</strong>: {link}, said by {_e(claim.said_by_name)} ({_e(claim.said_by_kind)}), "
            f"{cites}{quote}")


def _sources(rows: tuple[SourcingRow, ...]) -> str:
    body = "".join(
        f"<tr><td>{_e(r.claim)}</td><td>{_e(r.figure)}</td><td>{_e(r.period)}</td><td>{_e(r.said_by)} "
        f"({_e(r.said_by_kind)})</td><td>{_e(r.cites or '—')}</td><td>{_e(', '.join(r.findings) or '—')}</td></tr>"
        for r in rows
    )
    return ('<section id="sources" aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2>'
            '<div class="table-wrap"><table><thead><tr><th scope="col">claim</th><th scope="col">figure</th>'
            '<th scope="col">period</th><th scope="col">said by</th><th scope="col">cites</th>'
            f'<th scope="col">findings</th></tr></thead><tbody>{body}</tbody></table></div></section>')
