"""`factcheck desk` over plain HTTP: the guards (secret, Host, Origin, POST only), what it serves, escaping, the
Content-Security-Policy, and decisions written by the locked review writer, nothing lost when two land at once."""

from __future__ import annotations

import base64
import hashlib
import http.client
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from factcheck.desk import DeskServer, start
from factcheck.desk.catalog import Catalog
from factcheck.engine import Settings, verify
from tests.conftest import HEADER, claims_yaml
from tests.test_review import added_lines

ARTICLE = """Товарооборот в 2023 году достиг $533 млн.

Эксперт: «нынешний товарооборот ($533 млн в 2024 году) мал». Перевозки: 5 млн т в 2023 году и 5 млн т в 2024 году.
"""
CLAIMS = claims_yaml(
    '- {id: t2023, metric: trade, period: "2023", value: "$533 млн", said_by: stat, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
    '- {id: t2024, metric: trade, period: "2024", value: "$533 млн", said_by: expert, '
    'quote: "нынешний товарооборот ($533 млн в 2024 году)"}\n'
    '- {id: c2023, metric: cargo, period: "2023", value: "5 млн т", said_by: stat, quote: "5 млн т в 2023 году"}\n'
    '- {id: c2024, metric: cargo, period: "2024", value: "5 млн т", said_by: stat, quote: "5 млн т в 2024 году"}\n'
).replace("  language: ru\n", "  language: ru\n  text: article.txt\n")


def make_claims(folder: Path, text: str = CLAIMS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DeskServer]:
    make_claims(tmp_path / "claims")
    server = start(Catalog((tmp_path / "claims",), Settings(detail=True), "Desk Editor"))
    yield server
    server.stop()


def request(server: DeskServer, method: str, path: str, *, body: dict[str, str] | None = None,
            host: str | None = None, origin: str | None = "own") -> tuple[int, dict[str, str], str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    headers = {"Host": host or f"127.0.0.1:{server.port}"}
    if origin is not None:
        headers["Origin"] = f"http://127.0.0.1:{server.port}" if origin == "own" else origin
    payload = None
    if body is not None:
        payload = urlencode(body).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8")
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, text


def secret_path(server: DeskServer, page: str = "") -> str:
    return f"/{server.secret}/{page}"


def claims_of(server: DeskServer) -> Path:
    (path,) = server.server.RequestHandlerClass.catalog.files().values()  # type: ignore[attr-defined]
    return Path(path)


def open_conflicts(path: Path) -> list[str]:
    return sorted(f.fingerprint for f in verify([path]).findings if f.rule == "period-conflict" and not f.reviewed)


def decide(server: DeskServer, fingerprint: str, action: str = "accepted", **overrides: str | None,
           ) -> tuple[int, dict[str, str], str]:
    name = str(claims_of(server))
    body = {"f": name, "action": action, "fingerprint": fingerprint, "note": "the article says why"}
    origin = overrides.pop("origin", "own")
    path = overrides.pop("path", None) or secret_path(server, "decide")
    return request(server, "POST", path, body=body, origin=origin, host=overrides.pop("host", None))


# --- the guards ---------------------------------------------------------------------------------------------


def test_the_desk_listens_on_the_loopback_only(desk: DeskServer) -> None:
    assert desk.server.server_address[0] == "127.0.0.1"
    assert desk.url == f"http://127.0.0.1:{desk.port}/{desk.secret}/" and len(desk.secret) >= 32


def test_without_the_secret_nothing_is_served(desk: DeskServer) -> None:
    for path in ("/", "/file", "/digest", f"/{desk.secret[:-1]}/", f"/x{desk.secret}/", f"/{desk.secret}"):
        status, _, text = request(desk, "GET", path)
        assert status == 403 and "secret" in text, path
        assert desk.secret not in text


def test_a_decision_without_the_secret_changes_nothing(desk: DeskServer) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    status, _, _ = decide(desk, open_conflicts(path)[0], path="/decide")
    assert status == 403 and path.read_bytes() == before


@pytest.mark.parametrize("origin", [None, "http://evil.example", "null", "http://127.0.0.1:1"],
                         ids=["no Origin", "another site", "an opaque origin", "another port"])
def test_a_decision_from_another_origin_changes_nothing(desk: DeskServer, origin: str | None) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    status, _, text = decide(desk, open_conflicts(path)[0], origin=origin)
    assert status == 403 and "from the desk's own page" in text
    assert path.read_bytes() == before


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1"])
def test_a_foreign_host_header_is_refused(desk: DeskServer, host: str) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    status, _, _ = request(desk, "GET", secret_path(desk), host=host.format(port=desk.port))
    assert status == 403
    status, _, _ = decide(desk, open_conflicts(path)[0], host=host.format(port=desk.port))
    assert status == 403 and path.read_bytes() == before


def test_localhost_by_name_is_the_desk_too(desk: DeskServer) -> None:
    status, _, _ = request(desk, "GET", secret_path(desk), host=f"localhost:{desk.port}")
    assert status == 200


def test_state_changes_only_by_post(desk: DeskServer) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    query = urlencode({"f": str(path), "action": "accepted", "fingerprint": open_conflicts(path)[0]})
    assert request(desk, "GET", secret_path(desk, f"decide?{query}"))[0] == 404
    for method in ("PUT", "DELETE", "PATCH"):
        assert request(desk, method, secret_path(desk, "decide"))[0] == 405
    assert path.read_bytes() == before


def test_no_file_outside_the_paths_is_served_or_written(desk: DeskServer, tmp_path: Path) -> None:
    outside = make_claims(tmp_path / "elsewhere")
    before = outside.read_bytes()
    for name in (str(outside), "../elsewhere/claims.yaml", "/etc/passwd", str(tmp_path / "claims" / "article.txt")):
        status, _, text = request(desk, "GET", secret_path(desk, "file?" + urlencode({"f": name})))
        assert status == 404 and "is not one of the desk's claims files" in text
        body = {"f": name, "action": "accepted", "fingerprint": open_conflicts(outside)[0]}
        status, headers, _ = request(desk, "POST", secret_path(desk, "decide"), body=body)
        assert status == 303 and "problem=" in headers["location"]
    assert outside.read_bytes() == before


# --- what it serves -----------------------------------------------------------------------------------------


def _hashes(document: str, tag: str) -> set[str]:
    return {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
            for body in re.findall(rf"<{tag}>(.*?)</{tag}>", document, re.DOTALL)}


@pytest.mark.parametrize("page", ["", "file?f={name}"])
def test_every_page_runs_under_a_strict_policy(desk: DeskServer, page: str) -> None:
    status, headers, document = request(desk, "GET", secret_path(desk, page.format(name=claims_of(desk))))
    assert status == 200
    policy = headers["content-security-policy"]
    assert policy.startswith("default-src 'none'; ") and "unsafe-inline" not in policy and "http" not in policy
    scripts = re.search(r"script-src ([^;]*)", policy)
    styles = re.search(r"style-src ([^;]*)", policy)
    assert scripts and styles
    assert _hashes(document, "script") <= set(scripts.group(1).split())
    assert _hashes(document, "style") <= set(styles.group(1).split())
    markup = re.sub(r"<(script|style)>.*?</\1>", "", document, flags=re.S)
    assert not re.search(r"<[^>]*\s(style|on\w+)=", markup), "an inline style or handler the policy would block"
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "same-origin"


def test_the_list_shows_errors_first_and_filters(desk: DeskServer) -> None:
    _, _, document = request(desk, "GET", secret_path(desk))
    badges = re.findall(r'<span class="badge status-(\w+)">', document)
    ranks = {"error": 0, "warning": 1, "info": 2, "reviewed": 3}
    assert badges[0] == "error" and "warning" in badges and badges == sorted(badges, key=ranks.__getitem__)
    _, _, filtered = request(desk, "GET", secret_path(desk, "?severity=warning"))
    assert set(re.findall(r'<span class="badge status-(\w+)">', filtered)) == {"warning"}
    _, _, by_rule = request(desk, "GET", secret_path(desk, "?rule=period-conflict&status=open"))
    assert len(re.findall(r'<span class="badge status-(error|warning)">', by_rule)) == 2
    assert "uncurated-figure" not in by_rule.split("</form>")[-1]


def test_every_text_is_escaped(tmp_path: Path) -> None:
    hostile = CLAIMS.replace('stat: {name: "Комитет по статистике"', 'stat: {name: "<script>alert(1)</script>"')
    make_claims(tmp_path / "claims", hostile)
    server = start(Catalog((tmp_path / "claims",), Settings(detail=True), '<img src=x onerror="alert(2)">'))
    try:
        for page in ("", f"file?f={tmp_path / 'claims' / 'claims.yaml'}"):
            _, _, document = request(server, "GET", secret_path(server, page))
            assert "<script>alert(1)" not in document and "<img src=x" not in document
            assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in document
        _, _, document = request(server, "GET", secret_path(server, f"file?f={tmp_path / 'claims' / 'claims.yaml'}"))
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    finally:
        server.stop()


def test_the_digest_follows_the_files(desk: DeskServer) -> None:
    first = request(desk, "GET", secret_path(desk, "digest"))[2]
    assert first == request(desk, "GET", secret_path(desk, "digest"))[2]
    path = claims_of(desk)
    path.write_text(path.read_text(encoding="utf-8") + "# an edit\n", encoding="utf-8")
    assert request(desk, "GET", secret_path(desk, "digest"))[2] != first


# --- decisions ----------------------------------------------------------------------------------------------


def test_accepting_adds_exactly_the_review_lines(desk: DeskServer) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    fingerprint = open_conflicts(path)[0]
    status, headers, _ = decide(desk, fingerprint)
    assert status == 303 and headers["location"].endswith(f"#finding-{fingerprint}")
    added = b"".join(added_lines(before, path.read_bytes())).decode()
    assert path.read_bytes().startswith(before)
    assert re.fullmatch(rf"reviews:\n  - finding: {fingerprint}\n    rule: period-conflict\n    status: accepted\n"
                        r'    by: "Desk Editor"\n    date: \d{4}-\d\d-\d\d\n    note: "the article says why"\n',
                        added.lstrip("\n")), added
    _, _, page = request(desk, "GET", headers["location"].split("#")[0])
    assert "recorded accepted by Desk Editor" in page


def test_reopen_and_a_refused_decision(desk: DeskServer) -> None:
    path = claims_of(desk)
    before = path.read_bytes()
    fingerprint = open_conflicts(path)[0]
    assert decide(desk, fingerprint)[0] == 303
    status, headers, _ = decide(desk, fingerprint)  # already reviewed: a message, no change
    assert status == 303 and "problem=" in headers["location"]
    assert decide(desk, fingerprint, action="reopen")[0] == 303
    assert path.read_bytes().rstrip(b"\n") == before.rstrip(b"\n") + b"\n\nreviews:"


def test_two_decisions_at_once_both_land(desk: DeskServer) -> None:
    path = claims_of(desk)
    first, second = open_conflicts(path)
    results: list[int] = []
    threads = [threading.Thread(target=lambda fp=fp: results.append(decide(desk, fp)[0])) for fp in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [303, 303]
    assert open_conflicts(path) == []
    assert {r.finding for r in __import__("factcheck.loader").loader.load_claims_file(path).reviews} == {first, second}


def test_who_decides_can_be_changed_once(desk: DeskServer) -> None:
    status, _, _ = request(desk, "POST", secret_path(desk, "editor"), body={"name": "A. Editor", "back": "/"})
    assert status == 303
    status, headers, _ = request(desk, "POST", secret_path(desk, "editor"), body={"name": "Someone Else"})
    assert "problem=" in headers["location"]
    path = claims_of(desk)
    decide(desk, open_conflicts(path)[0])
    assert 'by: "A. Editor"' in path.read_text(encoding="utf-8")
    status, _, _ = request(desk, "POST", secret_path(desk, "editor"), body={"name": "X"}, origin="http://evil.example")
    assert status == 403


def test_the_desk_command_refuses_paths_without_claims(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["desk", str(tmp_path), "--no-browser"])
    assert result.exit_code == 2 and result.stderr.startswith("factcheck: error: no claims files")
    assert HEADER  # the shared header is what these files are built from


def test_a_stale_review_is_moved_or_removed_from_the_desk(desk: DeskServer) -> None:
    path = claims_of(desk)
    fingerprint, cargo = open_conflicts(path)  # the trade conflict, and the cargo one (decided: no candidate)
    assert decide(desk, fingerprint)[0] == 303 and decide(desk, cargo)[0] == 303
    path.write_text(path.read_text(encoding="utf-8").replace('"$533 млн"', '"$534 млн"'), encoding="utf-8")
    (new,) = [f.fingerprint for f in verify([path]).findings
              if f.rule == "period-conflict" and not f.reviewed and "$534" in f.message]
    _, _, page = request(desk, "GET", secret_path(desk, "file?" + urlencode({"f": str(path)})))
    assert f'name="target" value="{new}"' in page and "Move it to" in page and "Remove it" in page
    before = path.read_bytes()
    name = str(path)
    status, _, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": name, "action": "move", "fingerprint": fingerprint, "target": new})
    assert status == 303
    assert path.read_bytes() == before.replace(fingerprint.encode(), new.encode())
    assert new not in open_conflicts(path)
    status, _, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": name, "action": "remove", "fingerprint": new})
    assert status == 303 and new in open_conflicts(path)


def test_the_desk_command_prints_its_address_and_stops_on_sigterm(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    make_claims(tmp_path / "claims")
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "desk", "claims", "--no-browser", "--by", "Ed"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.fullmatch(r"factcheck desk: http://127\.0\.0\.1:(\d+)/([\w-]+)/\n", first)
        assert match, first
        connection = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=30)
        connection.request("GET", f"/{match.group(2)}/")
        response = connection.getresponse()
        assert response.status == 200 and "claims/claims.yaml" in response.read().decode()
        connection.close()
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert err == "" and process.returncode in (0, 128 + signal.SIGTERM)


def test_no_form_field_reaches_a_response_header(desk: DeskServer) -> None:
    status, headers, _ = request(desk, "POST", secret_path(desk, "editor"),
                                 body={"name": "Ed", "back": f"/{desk.secret}/\r\nSet-Cookie: x=1"})
    assert status == 303 and headers["location"] == f"/{desk.secret}/" and "set-cookie" not in headers
    status, headers, _ = request(desk, "POST", secret_path(desk, "decide"), body={
        "f": str(claims_of(desk)), "action": "accepted", "fingerprint": "00\r\nSet-Cookie: y=2"})
    assert status == 303 and "set-cookie" not in headers and "\n" not in headers["location"]
