"""The desk in a real browser: headless Chromium driven through chromedriver (the W3C WebDriver protocol over
HTTP, spoken with urllib: nothing is downloaded). Skipped only where Chromium or its driver is not installed.

An editor accepts a finding with a note and the claims file changes by exactly the review's lines; two
browsers deciding at once lose nothing. With FACTCHECK_UPDATE_SCREENSHOTS=1 the screenshots in docs/ are
taken again (docs/desk-desktop.png at 1280x800, docs/desk-phone.png at 390x844).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.desk import DeskServer, start
from factcheck.desk.catalog import Catalog
from factcheck.engine import Settings, verify
from factcheck.loader import load_claims_file
from tests.conftest import PROJECT
from tests.test_desk import make_claims
from tests.test_review import added_lines

DRIVER = shutil.which("chromedriver") or next(
    (path for path in ("/usr/lib/chromium/chromedriver",) if Path(path).is_file()), None)
BROWSER = next((path for path in ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser")
                if Path(path).is_file()), None) or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(DRIVER is None or BROWSER is None,
                                reason="no headless Chromium and chromedriver installed (.ci/run installs them)")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Browser:
    """One headless Chromium session, driven with the few WebDriver commands these tests need."""

    def __init__(self, driver: str, width: int = 1280, height: int = 800) -> None:
        self.driver = driver
        arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", f"--window-size={width},{height}", "--force-device-scale-factor=1"]
        capabilities = {"browserName": "chrome", "goog:chromeOptions": {"binary": BROWSER, "args": arguments}}
        created = self._call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = f"/session/{created['sessionId']}"

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        request = urllib.request.Request(self.driver + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())["value"]

    def command(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._call(method, self.session + path, body)

    def open(self, url: str) -> None:
        self.command("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return str(self.command("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def type(self, css: str, text: str) -> None:
        element = self.find(css)
        self.command("POST", f"/element/{element}/click")
        self.command("POST", f"/element/{element}/value", {"text": text})

    def click(self, css: str) -> None:
        self.command("POST", f"/element/{self.find(css)}/click")

    def run(self, script: str, *args: object) -> Any:
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait_for(self, script: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.run(script)
            except urllib.error.HTTPError:  # the page is between two documents
                value = None
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for: {script}")

    def viewport(self, width: int, height: int) -> None:
        """Exactly this viewport (a window's size would include what the window itself takes)."""
        self.command("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride", "params": {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}})

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.command("GET", "/screenshot")))

    def close(self) -> None:
        self.command("DELETE", "")


@pytest.fixture(scope="module")
def driver() -> Iterator[str]:
    assert DRIVER is not None
    port = _free_port()
    process = subprocess.Popen([DRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/status", timeout=5) as response:
                if json.loads(response.read())["value"]["ready"]:
                    break
        except OSError:
            time.sleep(0.2)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DeskServer]:
    make_claims(tmp_path / "claims")
    server = start(Catalog((tmp_path / "claims",), Settings(detail=True), "A. Editor"))
    yield server
    server.stop()


def _claims(server: DeskServer) -> Path:
    (path,) = server.server.RequestHandlerClass.catalog.files().values()  # type: ignore[attr-defined]
    return Path(path)


def _page(server: DeskServer) -> str:
    return server.url + "file?f=" + urllib.parse.quote(str(_claims(server)), safe="")


def _open_findings(path: Path) -> list[str]:
    return [f.fingerprint for f in verify([path]).findings if f.rule == "period-conflict" and not f.reviewed]


def _form(fingerprint: str) -> str:
    return f"#finding-{fingerprint} form.act"


def test_an_editor_accepts_a_finding_with_a_note(driver: str, desk: DeskServer) -> None:
    path = _claims(desk)
    before = path.read_bytes()
    fingerprint = _open_findings(path)[0]
    browser = Browser(driver)
    try:
        browser.open(_page(desk))
        browser.wait_for("return document.body.dataset.deskReady === 'true'")
        browser.type(f"{_form(fingerprint)} input[name=note]", "Эксперт оговорился; в тексте сказано")
        browser.click(f"{_form(fingerprint)} button[value=accepted]")
        notice = browser.wait_for("var n = document.querySelector('p.notice:not([hidden])'); "
                                  "return n && n.textContent;")
        assert f"recorded accepted by A. Editor for {fingerprint}" in notice
        added = b"".join(added_lines(before, path.read_bytes())).decode()
        assert path.read_bytes().startswith(before)
        lines = [line for line in added.splitlines() if line]
        assert lines[:5] == ["reviews:", f"  - finding: {fingerprint}", "    rule: period-conflict",
                             "    status: accepted", '    by: "A. Editor"']
        assert lines[5].startswith("    date: ") and lines[6:] == ['    note: "Эксперт оговорился; в тексте сказано"']
        # the finding now shows its review, and reopens with one button
        badge = browser.wait_for(f"var f = document.getElementById('finding-{fingerprint}'); "
                                 "return f && f.className;")
        assert "status-reviewed" in badge
        browser.click(f"{_form(fingerprint)} button[value=reopen]")
        browser.wait_for("var n = document.querySelector('p.notice:not([hidden])'); "
                         "return n && n.textContent.indexOf('removed the review') >= 0;")
        assert not load_claims_file(path).reviews
    finally:
        browser.close()


def test_two_browsers_deciding_at_once_lose_nothing(driver: str, desk: DeskServer) -> None:
    path = _claims(desk)
    first, second = _open_findings(path)
    browsers = [Browser(driver), Browser(driver)]
    try:
        for browser, fingerprint in zip(browsers, (first, second), strict=True):
            browser.open(_page(desk))
            browser.wait_for("return document.body.dataset.deskReady === 'true'")
            browser.type(f"{_form(fingerprint)} input[name=note]", f"decided in browser for {fingerprint}")
        clicks = [threading.Thread(target=browser.click, args=(f"{_form(fingerprint)} button[value=accepted]",))
                  for browser, fingerprint in zip(browsers, (first, second), strict=True)]
        for click in clicks:
            click.start()
        for click in clicks:
            click.join()
        for browser in browsers:
            browser.wait_for("var n = document.querySelector('p.notice:not([hidden])'); return n && n.textContent;")
        reviews = {r.finding: r.note for r in load_claims_file(path).reviews}
        assert reviews == {first: f"decided in browser for {first}", second: f"decided in browser for {second}"}
        assert _open_findings(path) == []
    finally:
        for browser in browsers:
            browser.close()


def test_the_page_follows_changes_on_disk(driver: str, desk: DeskServer) -> None:
    path = _claims(desk)
    browser = Browser(driver)
    try:
        browser.open(_page(desk))
        browser.wait_for("return document.body.dataset.deskReady === 'true'")
        browser.run("document.body.dataset.marker = 'old page'; return true;")
        fingerprint = _open_findings(path)[0]
        from factcheck.review_writer import record_decision

        desk_catalog = desk.server.RequestHandlerClass.catalog  # type: ignore[attr-defined]
        record_decision(path, fingerprint, "false-positive", "CLI Editor", None, desk_catalog._live)
        badge = browser.wait_for(f"return document.body.dataset.marker !== 'old page' && "
                                 f"document.getElementById('finding-{fingerprint}').className;")
        assert "status-reviewed" in badge
    finally:
        browser.close()


# the desktop keeps the article in view and scrolls the findings' column; a phone scrolls the page
SHOW_THE_FORM = """
var form = document.querySelector(arguments[0]);
var finding = form.closest('article.finding');
var side = document.querySelector('.layout.beside .side');
window.scrollTo(0, 0);
if (side && getComputedStyle(side).position === 'sticky') {
  side.scrollTop += form.getBoundingClientRect().bottom - window.innerHeight + 70;
} else {
  window.scrollTo(0, form.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 120);
}
return true;
"""


def test_screenshots_at_desktop_and_phone_widths(driver: str, desk: DeskServer, tmp_path: Path) -> None:
    update = bool(os.environ.get("FACTCHECK_UPDATE_SCREENSHOTS"))
    sample = PROJECT / "docs" / "sample" / "claims.yaml"
    server = start(Catalog((sample.relative_to(PROJECT),) if Path.cwd() == PROJECT else (sample,),
                           Settings(detail=True), "A. Editor")) if update else desk
    try:
        for name, width, height in (("desk-desktop.png", 1280, 800), ("desk-phone.png", 390, 844)):
            browser = Browser(driver, width, height)
            try:
                browser.viewport(width, height)
                browser.open(_page(server))
                browser.wait_for("return document.body.dataset.deskReady === 'true'")
                # an editor about to accept the first error: the note typed, its buttons in view
                form = "article.finding.status-error form.act"
                browser.type(f"{form} input[name=note]", "the expert misspoke; the text says so")
                browser.run(SHOW_THE_FORM, form)
                target = (PROJECT / "docs" / name) if update else tmp_path / name
                browser.screenshot(target)
                assert target.read_bytes().startswith(b"\x89PNG")
                width_shown = browser.run("return document.documentElement.clientWidth;")
                assert width_shown == width
                overflow = browser.run("return document.documentElement.scrollWidth - "
                                       "document.documentElement.clientWidth;")
                assert overflow <= 0, "the page scrolls sideways"
            finally:
                browser.close()
    finally:
        if server is not desk:
            server.stop()
