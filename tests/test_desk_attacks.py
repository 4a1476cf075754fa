"""The desk under attack: what a hostile claims file, a web page in the editor's browser, another user of the
machine or a misbehaving client can make it do. Each test is the minimal input of one attack; what held when
it was tried is in test_desk.py."""

from __future__ import annotations

import os
import socket
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.desk import DeskServer, start
from factcheck.desk.catalog import Catalog
from factcheck.desk.launch import Launcher
from factcheck.desk.pages import DESK_SCRIPT
from factcheck.engine import Settings
from factcheck.errors import UsageError
from factcheck.reporters.html_report import SCRIPT
from tests.test_desk import CLAIMS, claims_of, desk, make_claims, open_conflicts, request, secret_path

__all__ = ["desk"]  # the fixture, used by name

MARKER = "PRIVATE-LINE-7f3a"


def raw(server: DeskServer, data: bytes, wait: float = 10) -> bytes:
    """What the desk answers to exactly these bytes (up to the end of the connection)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as connection:
        connection.sendall(data)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def post_head(server: DeskServer, length: str) -> bytes:
    return (f"POST /{server.secret}/decide HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Origin: http://127.0.0.1:{server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {length}\r\nConnection: close\r\n\r\n").encode()


# --- a misbehaving client ------------------------------------------------------------------------------------


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", "٣"], ids=["letters", "negative", "exponent", "arabic"])
def test_a_length_that_is_not_digits_is_a_400_not_a_traceback(
        desk: DeskServer, length: str, capfd: pytest.CaptureFixture[str]) -> None:
    before = claims_of(desk).read_bytes()
    answer = raw(desk, post_head(desk, length) + b"f=x")
    assert answer.startswith(b"HTTP/1.0 400 ")
    assert claims_of(desk).read_bytes() == before
    assert "Traceback" not in capfd.readouterr().err


def test_a_quiet_or_slow_connection_is_closed_and_blocks_nobody(
        desk: DeskServer, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    default = getattr(desk.server.RequestHandlerClass, "timeout", None)
    assert default is not None and 0 < default <= 60  # the desk's own bound; shortened below to test it quickly
    monkeypatch.setattr(desk.server.RequestHandlerClass, "timeout", 0.5)
    path = claims_of(desk)
    before = path.read_bytes()
    with socket.create_connection(("127.0.0.1", desk.port), timeout=10) as quiet, \
            socket.create_connection(("127.0.0.1", desk.port), timeout=10) as slow:
        quiet.sendall(b"GET /")
        slow.sendall(post_head(desk, "500") + b"f=")  # promises 500 bytes, sends 2
        status, _, _ = request(desk, "GET", secret_path(desk, "digest"))
        assert status == 200  # served while both hang
        started = time.monotonic()
        assert quiet.recv(1024) == b"" and slow.recv(1024) == b""  # closed by the desk, not by our timeout
        assert time.monotonic() - started < 5
    assert path.read_bytes() == before
    assert "Traceback" not in capfd.readouterr().err


def test_the_servers_own_refusals_carry_the_security_headers(desk: DeskServer) -> None:
    answer = raw(desk, f"BREW /{desk.secret}/ HTTP/1.1\r\nHost: 127.0.0.1:{desk.port}\r\n\r\n".encode())
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 501 ")
    assert b"Content-Security-Policy: default-src 'none'" in head and b"X-Frame-Options: DENY" in head
    assert body == b"501 Not Implemented\n"


# --- a hostile claims file ------------------------------------------------------------------------------------


def hostile_desk(tmp_path: Path, text_line: str) -> DeskServer:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "private.txt").write_text(f"{MARKER} Товарооборот в 2023 году достиг $533 млн.\n", encoding="utf-8")
    make_claims(tmp_path / "claims", CLAIMS.replace("text: article.txt", text_line))
    return start(Catalog((tmp_path / "claims",), Settings(detail=True), "Ed"))


@pytest.mark.parametrize("named", ["../outside/private.txt", "{tmp}/outside/private.txt", "link.txt"],
                         ids=["relative", "absolute", "a link inside the paths"])
def test_an_article_text_outside_the_desks_folders_is_never_read(tmp_path: Path, named: str) -> None:
    if named == "link.txt":
        (tmp_path / "claims").mkdir()
        (tmp_path / "claims" / "link.txt").symlink_to(tmp_path / "outside" / "private.txt")
    server = hostile_desk(tmp_path, "text: " + named.format(tmp=tmp_path))
    try:
        name = str(tmp_path / "claims" / "claims.yaml")
        status, _, listing = request(server, "GET", secret_path(server, ""))
        assert status == 200 and "is outside the folders this desk may open" in listing
        status, _, page = request(server, "GET", secret_path(server, f"file?f={name}"))
        assert status == 404 and "its article text" in page and len(page.splitlines()) == 1
        before = Path(name).read_bytes()
        status, headers, _ = request(server, "POST", secret_path(server, "decide"), body={
            "f": name, "action": "accepted", "fingerprint": "000000000000"})
        assert status == 303 and "outside" in headers["location"]
        assert Path(name).read_bytes() == before
        for text in (listing, page):
            assert MARKER not in text
    finally:
        server.stop()


def test_a_home_folder_kept_in_git_does_not_open_the_whole_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dotfiles in git make the home folder a repository: its ~/.ssh is still no article of the desk's
    (tmp_path / ".git").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    server = hostile_desk(tmp_path, "text: ../outside/private.txt")
    try:
        status, _, listing = request(server, "GET", secret_path(server, ""))
        assert status == 200 and "is outside the folders this desk may open" in listing
        assert MARKER not in listing
    finally:
        server.stop()


def test_a_claims_file_that_links_outside_is_neither_read_nor_written(tmp_path: Path) -> None:
    elsewhere = tmp_path / "outside"
    make_claims(elsewhere)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "article.txt").write_text("x\n", encoding="utf-8")
    link = tmp_path / "claims" / "linked.yaml"
    link.symlink_to(elsewhere / "claims.yaml")
    before = (elsewhere / "claims.yaml").read_bytes()
    fingerprint = open_conflicts(elsewhere / "claims.yaml")[0]
    server = start(Catalog((tmp_path / "claims",), Settings(detail=True), "Ed"))
    try:
        status, _, page = request(server, "GET", secret_path(server, f"file?f={link}"))
        assert status == 404 and "the claims file" in page and "outside" in page
        status, headers, _ = request(server, "POST", secret_path(server, "decide"), body={
            "f": str(link), "action": "accepted", "fingerprint": fingerprint})
        assert status == 303 and "outside" in headers["location"]
        assert (elsewhere / "claims.yaml").read_bytes() == before
    finally:
        server.stop()


def test_an_article_elsewhere_in_the_repository_is_read(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    make_claims(tmp_path / "claims", CLAIMS.replace("text: article.txt", "text: ../articles/story.txt"))
    (tmp_path / "claims" / "article.txt").rename(tmp_path / "articles" / "story.txt")
    server = start(Catalog((tmp_path / "claims",), Settings(detail=True), "Ed"))
    try:
        status, _, page = request(server, "GET", secret_path(server, f"file?f={tmp_path / 'claims' / 'claims.yaml'}"))
        assert status == 200 and "Товарооборот в 2023 году достиг" in page
    finally:
        server.stop()


class _Markup(HTMLParser):
    """Every element, every attribute that could run code, and every script's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.active: list[tuple[str, str, str | None]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src", "action", "formaction")
                                         and (value or "").strip().lower().startswith(("javascript:", "data:"))):
                self.active.append((tag, name, value))

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def test_markup_in_every_field_of_a_claims_file_stays_text(tmp_path: Path) -> None:
    payload = '<img src=x onerror=alert(1)>"\'`javascript:alert(1)</script>'
    quoted = payload.replace('"', '\\"')
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "article.txt").write_text(f"Товарооборот {payload} в 2023 году достиг $533 млн. Он же {payload} в "
                                        "2023 году составил $540 млн.\n", encoding="utf-8")
    (folder / "claims.yaml").write_text(f'''factcheck: 1
article:
  title: "{quoted}"
  outlet: "{quoted}"
  url: "javascript:alert(1)"
  published: 2025-10-20
  language: ru
  text: article.txt
sources:
  stat: {{name: "{quoted}", role: "{quoted}", kind: official}}
metrics:
  trade: {{name: "{quoted}", unit: USD, flow: true}}
claims:
  - {{id: "t<b>1", metric: trade, period: "2023", value: "$533 млн", said_by: stat,
      quote: "Товарооборот {quoted} в 2023 году достиг $533 млн", note: "{quoted}"}}
  - {{id: t2, metric: trade, period: "2023", value: "$540 млн", said_by: stat,
      quote: "Он же {quoted} в 2023 году составил $540 млн"}}
reviews:
  - {{finding: "abcdef123456", rule: "{quoted}", status: accepted, by: "{quoted}", date: 2025-01-01,
      note: "{quoted}"}}
''', encoding="utf-8")
    server = start(Catalog((folder,), Settings(detail=True), payload))
    try:
        for page in ("", f"file?f={folder / 'claims.yaml'}"):
            status, _, document = request(server, "GET", secret_path(server, page))
            assert status == 200 and "onerror=alert(1)&gt;" in document
            markup = _Markup()
            markup.feed(document)
            assert markup.active == []
            assert all(script in (SCRIPT, DESK_SCRIPT) for script in markup.scripts) and markup.scripts
            assert not markup.tags & {"img", "iframe", "object", "embed", "base", "b"}
    finally:
        server.stop()


# --- another user of the machine ----------------------------------------------------------------------------


def test_the_browser_is_opened_without_the_secret_in_its_command_line(
        desk: DeskServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import webbrowser

    opened: list[str] = []
    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    launcher = Launcher(desk.url)
    try:
        assert launcher.open()
        (address,) = opened
        assert desk.secret not in address and address.startswith("file://")
        page = launcher.page
        assert os.stat(page).st_mode & 0o077 == 0 and os.stat(page.parent).st_mode & 0o077 == 0
        assert f'content="0;url={desk.url}"' in page.read_text(encoding="utf-8")
    finally:
        launcher.close()
    assert not launcher.folder.exists()


def test_two_tabs_naming_the_decider_at_once_leave_one_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    import factcheck.desk.catalog

    def slow(name: str) -> str:  # widens the window between the check and the change
        time.sleep(0.2)
        return name

    monkeypatch.setattr(factcheck.desk.catalog, "checked_name", slow)
    catalog = Catalog((tmp_path,), Settings(), "Ed")
    refused: list[str] = []

    def rename(name: str) -> None:
        try:
            catalog.rename_editor(name)
        except UsageError as error:
            refused.append(str(error))

    tabs = [threading.Thread(target=rename, args=(name,)) for name in ("Ann", "Bob")]
    for tab in tabs:
        tab.start()
    for tab in tabs:
        tab.join()
    assert len(refused) == 1 and refused[0] == f"this desk decides as {catalog.editor} until it is restarted"


def test_a_claims_file_deleted_or_broken_while_the_desk_runs(desk: DeskServer) -> None:
    path = claims_of(desk)
    fingerprint = open_conflicts(path)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text("factcheck: [\n", encoding="utf-8")  # a half-saved file
    status, _, listing = request(desk, "GET", secret_path(desk, ""))
    assert status == 200 and "YAML syntax" in listing
    status, headers, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": str(path), "action": "accepted", "fingerprint": fingerprint})
    assert status == 303 and "problem=" in headers["location"]
    assert path.read_text(encoding="utf-8") == "factcheck: [\n"
    path.unlink()
    status, _, page = request(desk, "GET", secret_path(desk, f"file?f={path}"))
    assert status == 404 and "is not one of the desk's claims files" in page
    status, headers, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": str(path), "action": "accepted", "fingerprint": fingerprint})
    assert status == 303 and "problem=" in headers["location"] and not path.exists()
    path.write_text(text, encoding="utf-8")  # saved again: the desk decides on it as before
    status, headers, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": str(path), "action": "accepted", "fingerprint": fingerprint})
    assert status == 303 and "notice=" in headers["location"] and fingerprint not in open_conflicts(path)


def test_a_real_browser_follows_the_private_page_to_the_desk(desk: DeskServer) -> None:
    import subprocess

    from tests.test_desk_browser import BROWSER

    if BROWSER is None:
        pytest.skip("no headless Chromium installed (.ci/run installs it)")
    launcher = Launcher(desk.url)
    try:
        # a loaded machine may need longer than a short virtual-time budget to follow the page: a longer one each try
        for budget in (5000, 15000, 30000):
            shown = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu",
                                    f"--virtual-time-budget={budget}", "--dump-dom", launcher.page.as_uri()],
                                   capture_output=True, text=True, timeout=120)
            if '<nav class="deskbar"' in shown.stdout:
                break
    finally:
        launcher.close()
    assert '<nav class="deskbar"' in shown.stdout and "<h1>The desk</h1>" in shown.stdout


def test_no_answer_of_the_desk_can_be_framed_or_leak_its_address(desk: DeskServer) -> None:
    answers = [
        request(desk, "GET", secret_path(desk, "")),  # a page
        request(desk, "GET", "/"),  # a refusal
        request(desk, "POST", secret_path(desk, "editor"), body={"name": "Ed", "back": ""}),  # a redirect
        request(desk, "GET", secret_path(desk, "digest")),
    ]
    assert [status for status, _, _ in answers] == [200, 403, 303, 200]
    for _, headers, _ in answers:
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "same-origin"
        assert headers["cache-control"] == "no-store"
