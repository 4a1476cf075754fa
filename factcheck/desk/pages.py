"""The desk's pages: the list of files and findings, and each file as the report shows it, with controls.

A file's page is the HTML report's page (one renderer for both) with the decide line rendered as forms.
Every text goes through the escaping module's HTML policy (`html_line`); the page carries no inline script or
style but its own, allowed by hash in the Content-Security-Policy that `policy()` writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlencode

from factcheck.desk.catalog import Listed
from factcheck.escaping import html_line
from factcheck.findings import Finding
from factcheck.report_page import Decision, ReportPage, page_title
from factcheck.reporters.html_report import SCRIPT, STYLE, SYMBOLS, content_security_policy, noun, render_page

DESK_STYLE = """
.deskbar { position: sticky; top: 0; z-index: 5; background: #111827; color: #f9fafb; }
.deskbar .inner { max-width: 72rem; margin: 0 auto; padding: .5rem 1.25rem; display: flex; flex-wrap: wrap;
                  gap: .5rem 1.25rem; align-items: center; }
.deskbar a { color: #bfdbfe; font-weight: 600; }
.deskbar .who { margin-left: auto; display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.deskbar input { font: inherit; padding: .2rem .4rem; border-radius: .3rem; border: 1px solid #6b7280; width: 11rem; }
.deskbar button { font: inherit; padding: .2rem .6rem; border-radius: .3rem; border: 0; background: #e5e7eb;
                  cursor: pointer; }
.notice { background: #ecfdf5; border: 1px solid #10b981; border-radius: .4rem; padding: .5rem 1rem;
          margin: 1rem auto 0; max-width: 69.5rem; }
.notice.problem { background: #fef2f2; border-color: #dc2626; }
#changed { background: #fffbeb; border-color: #d97706; }
form.act { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
form.act input[type=text] { flex: 1 1 100%; min-width: 0; font: inherit; padding: .35rem .5rem;
                            border: 1px solid #9ca3af; border-radius: .3rem; }
form.act button, .filters button { font: inherit; font-weight: 600; padding: .35rem .8rem; border-radius: .3rem;
                                   border: 1px solid transparent; cursor: pointer; }
form.act button.accept { background: #166534; color: #fff; }
form.act button.false-positive { background: #fff; color: #1e3a8a; border-color: #1e3a8a; }
form.act button.reopen, form.act button.remove { background: #fff; color: #7f1d1d; border-color: #7f1d1d; }
form.act button.move { background: #1d4ed8; color: #fff; }
form.act button:hover { filter: brightness(.92); }
button:focus-visible, a:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #f59e0b;
                                                                                  outline-offset: 2px; }
.commands summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters select { font: inherit; padding: .25rem; min-width: 9rem; }
.files td.num, .files th.num { text-align: right; }
.layout.beside { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
.layout.beside .side { position: sticky; top: 3.25rem; max-height: calc(100vh - 3.75rem); overflow: auto;
                       padding: 0 .25rem 1rem 0; }
.layout.beside #inspector { position: static; max-height: none; }
.layout.beside h2 { margin-top: .5rem; }
.layout.beside #findings h2 { margin-top: 0; }
.layout.beside #inspector { margin-bottom: 1rem; }
.layout.beside #inspector:has(#inspector-empty:not([hidden])) { display: none; }  /* until a figure is chosen */
.layout.beside .finding { margin: .75rem 0; }
@media (max-width: 60rem) {
  .layout.beside { grid-template-columns: 1fr; }
  .layout.beside .side { position: static; max-height: none; overflow: visible; }
}
.findings-list td:first-child { white-space: nowrap; }
header h1 { font-size: 1.4rem; }
.meta, .help, .fingerprint, .finding p, .finding li, .notice { overflow-wrap: anywhere; }
.legend { font-size: .8rem; }
@media (max-width: 40rem) {
  .deskbar { position: static; }
  .deskbar .inner { padding: .4rem .75rem; gap: .25rem .75rem; }
  .deskbar input { width: 8.5rem; }
  header, main { padding: .75rem; }
  .deskbar .who { margin-left: 0; }
  .findings-list thead { display: none; }
  .findings-list tr { display: block; border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .findings-list td { display: block; border: 0; padding: .1rem 0; }
  .files .wide { display: none; }
}
"""

DESK_SCRIPT = """
(function () {
  var body = document.body;
  var base = body.dataset.base;
  var seen = body.dataset.digest;
  var changed = document.getElementById('changed');
  function typing() {
    // a note typed and not yet sent, wherever the focus is now (a click on its button moves the focus first)
    return Array.prototype.some.call(document.querySelectorAll('input[type=text]'), function (input) {
      return input.value !== input.defaultValue;
    });
  }
  function poll() {
    fetch(base + 'digest', {cache: 'no-store', credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || data.digest === seen) { return; }
        if (typing()) { if (changed) { changed.hidden = false; } } else { window.location.reload(); }
      })
      .catch(function () {});
  }
  window.setInterval(poll, 2000);
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  body.dataset.deskReady = 'true';
})();
"""


def _e(text: object) -> str:
    """Data in an element or an attribute, by the report's policy: one line, controls shown, markup escaped."""
    return html_line(text)


def policy() -> str:
    """The Content-Security-Policy of every desk page: nothing but its own script and style, by hash."""
    return content_security_policy(scripts=(SCRIPT, DESK_SCRIPT), styles=(STYLE, DESK_STYLE), served=True)


class Pages:
    """Renders the desk's pages for one session: `base` is the secret path every link and form starts with."""

    def __init__(self, base: str) -> None:
        self.base = base

    def url(self, page: str, **query: str) -> str:
        """A link inside the desk (the query's values escaped for a URL; the result still needs _e in HTML)."""
        return self.base + page + (("?" + urlencode(query)) if query else "")

    def _bar(self, editor: str, editable: bool, here: str = "") -> str:
        who = f"Deciding as <strong>{_e(editor)}</strong>"
        if editable:
            who = (f'<form method="post" action="{_e(self.url("editor"))}" class="who">'
                   f'<label for="editor-name">Deciding as</label><input id="editor-name" type="text" name="name" '
                   f'value="{_e(editor)}" maxlength="80" required><button type="submit">Set once</button>'
                   f'<input type="hidden" name="back" value="{_e(here)}"></form>')
        else:
            who = f'<span class="who">{who}</span>'
        return (f'<nav class="deskbar" aria-label="Desk"><div class="inner"><a href="{_e(self.url(""))}">'
                f"factcheck desk</a>{who}</div></nav>")

    def _notices(self, notice: str, problem: str) -> str:
        parts = ['<p class="notice" id="changed" role="status" hidden>The files changed on disk: '
                 '<a href="">reload</a> to see them (your note is kept until then).</p>']
        if notice:
            parts.append(f'<p class="notice" role="status">{_e(notice)}</p>')
        if problem:
            parts.append(f'<p class="notice problem" role="alert">{_e(problem)}</p>')
        return "".join(parts)

    def _body(self, digest: str) -> str:
        return f' data-base="{_e(self.base)}" data-digest="{_e(digest)}"'

    # -- a file ----------------------------------------------------------------------------------------

    def file_page(self, name: str, page: ReportPage, language: str, editor: str, editable: bool, digest: str,
                  notice: str = "", problem: str = "") -> str:
        """The report's page of one claims file, its decide lines as forms."""
        here = self.url("file", f=name)

        def actions(finding: Finding, decisions: tuple[Decision, ...]) -> str:
            return self._forms(name, finding, decisions)

        banner = self._bar(editor, editable, here) + self._notices(notice, problem)
        title = page_title(Path(name), page)
        return render_page(page, f"{title} · desk", language, actions=actions, banner=banner,
                           styles=(DESK_STYLE,), scripts=(DESK_SCRIPT,), body_data=self._body(digest), beside=True)

    def _forms(self, name: str, finding: Finding, decisions: tuple[Decision, ...]) -> str:
        action = _e(self.url("decide"))
        hidden = f'<input type="hidden" name="f" value="{_e(name)}">'
        forms: list[str] = []
        choices = [d for d in decisions if d.action in ("accepted", "false-positive")]
        if choices:
            note_id = f"note-{_e(finding.fingerprint)}"
            buttons = "".join(f'<button type="submit" name="action" value="{_e(d.action)}" class="{_e(d.action)}'
                              f'{" accept" if d.action == "accepted" else ""}">{_e(d.label.capitalize())}</button>'
                              for d in choices)
            forms.append(f'<form method="post" action="{action}" class="act">{hidden}'
                         f'<input type="hidden" name="fingerprint" value="{_e(finding.fingerprint)}">'
                         f'<label class="sr" for="{note_id}">Note</label><input type="text" id="{note_id}" '
                         f'name="note" maxlength="500" placeholder="Note: why (shown with the finding)">'
                         f"{buttons}</form>")
        for decision in decisions:
            if decision in choices:
                continue
            target = (f'<input type="hidden" name="target" value="{_e(decision.target)}">'
                      if decision.target else "")
            forms.append(f'<form method="post" action="{action}" class="act">{hidden}'
                         f'<input type="hidden" name="fingerprint" value="{_e(decision.fingerprint)}">{target}'
                         f'<button type="submit" name="action" value="{_e(decision.action)}" '
                         f'class="{_e(decision.action)}">{_e(decision.label.capitalize())}</button></form>')
        commands = "".join(f"<li><code>{_e(d.command)}</code></li>" for d in decisions)
        return ("".join(forms) + '<details class="commands"><summary>The same from the command line</summary>'
                f"<ul>{commands}</ul></details>")

    # -- the list --------------------------------------------------------------------------------------

    def index_page(self, listing: Sequence[Listed], rows: Sequence[tuple[str, Finding]], chosen: dict[str, str],
                   editor: str, editable: bool, digest: str, notice: str = "", problem: str = "") -> str:
        """Every file with its counts, the filters, and the findings they leave, errors first."""
        rules = sorted({f.rule for item in listing if item.result for f in item.result.findings})
        options = {
            "severity": [("", "any severity"), ("error", "errors"), ("warning", "warnings"), ("info", "notes")],
            "status": [("", "any status"), ("open", "open"), ("reviewed", "reviewed")],
            "rule": [("", "any rule"), *((rule, rule) for rule in rules)],
            "file": [("", "any file"), *((item.name, item.name) for item in listing)],
        }
        selects = "".join(
            f'<label>{_e(key)}<select name="{_e(key)}" data-autosubmit>'
            + "".join(f'<option value="{_e(value)}"{" selected" if chosen.get(key, "") == value else ""}>'
                      f"{_e(label)}</option>" for value, label in values)
            + "</select></label>"
            for key, values in options.items()
        )
        filters = (f'<form class="filters" method="get" action="{_e(self.url(""))}" aria-label="Filter the '
                   f'findings">{selects}<button type="submit">Show</button></form>')
        body = "".join([
            "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>factcheck desk</title>", f"<style>{STYLE}</style>", f"<style>{DESK_STYLE}</style>", "</head>",
            f"<body{self._body(digest)}>", self._bar(editor, editable, self.url("")),
            self._notices(notice, problem), "<main>", "<h1>The desk</h1>",
            self._files(listing), '<section aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>',
            filters, self._rows(rows), "</section></main>", f"<script>{DESK_SCRIPT}</script>", "</body></html>\n",
        ])
        return body

    def _files(self, listing: Sequence[Listed]) -> str:
        if not listing:
            return "<p>No claims files were found under the paths this desk was started with.</p>"
        rows = []
        for item in listing:
            link = f'<a href="{_e(self.url("file", f=item.name))}">{_e(item.name)}</a>'
            if item.result is None:
                rows.append(f'<tr><td>{link}</td><td colspan="4">{_e(" ".join(item.problems))}</td></tr>')
                continue
            open_counts = Counter(f.severity.value for f in item.result.findings if not f.reviewed)
            reviewed = sum(1 for f in item.result.findings if f.reviewed)
            cells = "".join(f'<td class="num">{open_counts.get(level, 0)}</td>' for level in ("error", "warning"))
            rows.append(f'<tr><td>{link}</td><td class="wide">{_e(item.result.title)}</td>{cells}'
                        f'<td class="num">{reviewed}</td></tr>')
        return ('<section aria-labelledby="files-title"><h2 id="files-title">Files</h2><div class="table-wrap">'
                '<table class="files"><thead><tr><th scope="col">claims file</th><th scope="col" class="wide">'
                'article</th><th scope="col" class="num">open errors</th><th scope="col" class="num">open '
                'warnings</th><th scope="col" class="num">reviewed</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table></div></section>")

    def _rows(self, rows: Sequence[tuple[str, Finding]]) -> str:
        if not rows:
            return "<p>No findings match.</p>"
        body = []
        for name, finding in rows:
            status = "reviewed" if finding.reviewed else finding.severity.value
            word = noun(1, finding.severity.value)
            review = finding.review
            state = "open" if review is None else f"{review.status} by {review.by}"
            link = self.url("file", f=name) + f"#finding-{finding.fingerprint}"
            body.append(
                f'<tr><td><span class="badge status-{status}">{SYMBOLS[status]} {_e(word)}</span></td>'
                f'<td><a href="{_e(link)}">{_e(finding.message)}</a><br><span class="help">{_e(finding.rule)} · '
                f"{_e(finding.location.path)}:{finding.location.line}</span></td><td>{_e(state)}</td></tr>")
        return ('<div class="table-wrap"><table class="findings-list"><thead><tr><th scope="col">severity</th>'
                '<th scope="col">finding</th><th scope="col">decision</th></tr></thead><tbody>'
                + "".join(body) + "</tbody></table></div>")

