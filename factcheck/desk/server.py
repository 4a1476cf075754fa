"""The desk's HTTP server: the standard library's, in a thread, bound to 127.0.0.1, guarded on every request.

Why the standard library: the desk serves a handful of pages to one browser on the same machine, and what
keeps it safe is a few explicit checks that no framework makes by default (the Host header against DNS
rebinding, a per-session secret in every path, Origin on every POST, a strict Content-Security-Policy); with
`http.server` they are all in `_guarded`, in view, and nothing is installed.

Every request must name the session's secret as its first path segment; a state-changing request must be a
POST whose Origin is the desk's own; the Host must be 127.0.0.1:PORT or localhost:PORT. Anything else gets
403 (or 405) and changes nothing.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from factcheck.desk.catalog import Catalog, chosen_findings
from factcheck.desk.pages import Pages, policy
from factcheck.errors import InputError, UsageError

MAX_FORM_BYTES = 64 * 1024
# a connection that sends nothing (or sends slowly) is closed after this long, so idle or slowloris connections
# never pile up threads; the browser opens a new one for its next request
CONNECTION_SECONDS = 15
_HEX = re.compile(r"[0-9a-f]{6,64}")
_SAFE_PATH = re.compile(r"[A-Za-z0-9/_.~?=&%+-]*")
FILTERS = ("severity", "rule", "status", "file")


@dataclass
class DeskServer:
    """A running desk: where to open it, and how to stop it."""

    server: ThreadingHTTPServer
    thread: threading.Thread
    secret: str

    @property
    def port(self) -> int:
        """The port the desk listens on (127.0.0.1 only)."""
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        """The address to open: the secret is part of it."""
        return f"http://127.0.0.1:{self.port}/{self.secret}/"

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def start(catalog: Catalog, port: int = 0) -> DeskServer:
    """Serve the catalog on 127.0.0.1 (a random free port unless one is given), in a thread of its own."""
    secret = secrets.token_urlsafe(24)
    handler = type("DeskHandler", (_Handler,), {"catalog": catalog, "secret": secret,
                                                 "pages": Pages(f"/{secret}/")})
    server = _Server(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="factcheck-desk", daemon=True)
    thread.start()
    return DeskServer(server, thread, secret)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """One line on the editor's terminal, never a traceback (and nothing of the request: it holds the secret)."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (TimeoutError, ConnectionError)):
            return  # a client that went quiet or away: nothing to say
        sys.stderr.write(f"factcheck desk: a request failed ({type(error).__name__}); the desk goes on\n")


class _Refused(Exception):
    def __init__(self, status: HTTPStatus, why: str) -> None:
        super().__init__(why)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    catalog: Catalog
    secret: str
    pages: Pages
    server_version = "factcheck-desk"
    sys_version = ""
    timeout = CONNECTION_SECONDS

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal the desk was started from is the editor's, not a log."""

    # -- the guards ------------------------------------------------------------------------------------

    def _guarded(self, method: str) -> tuple[str, dict[str, str]]:
        """The page asked for and its query, once the request has passed every check; else _Refused."""
        port = self.server.server_address[1]  # type: ignore[index]  # an AF_INET server: (host, port)
        allowed = {f"127.0.0.1:{port}", f"localhost:{port}"}
        if self.headers.get("Host", "") not in allowed:
            raise _Refused(HTTPStatus.FORBIDDEN, "this desk answers only at 127.0.0.1 or localhost, on its port")
        parts = urlsplit(self.path)
        segments = parts.path.split("/", 2)
        given = segments[1].encode() if len(segments) == 3 and segments[0] == "" else b""
        if not hmac.compare_digest(given, self.secret.encode()):
            raise _Refused(HTTPStatus.FORBIDDEN, "open the desk with the address it printed (it holds the "
                                                 "session's secret)")
        if method == "POST":
            origin = self.headers.get("Origin", "")
            if origin not in {f"http://{host}" for host in allowed}:
                raise _Refused(HTTPStatus.FORBIDDEN, "a decision must come from the desk's own page")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        return segments[2], query

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The server's own refusals (a malformed request, an unknown method) as plain text, with the headers."""
        status = HTTPStatus(code)
        self.close_connection = True
        self._send(status, f"{status.value} {status.phrase}\n", "text/plain; charset=utf-8")

    def _refuse(self, refusal: _Refused) -> None:
        self._send(refusal.status, f"{refusal.status.value} {refusal.status.phrase}: {refusal}\n",
                   "text/plain; charset=utf-8")

    # -- the pages ---------------------------------------------------------------------------------------

    def do_GET(self) -> None:
        """The list, a file's page, or the digest the pages poll."""
        try:
            page, query = self._guarded("GET")
        except _Refused as refusal:
            self._refuse(refusal)
            return
        catalog, notice, problem = self.catalog, query.get("notice", ""), query.get("problem", "")
        try:
            if page == "":
                listing = catalog.listing()
                chosen = {key: query.get(key, "") for key in FILTERS}
                document = self.pages.index_page(listing, chosen_findings(listing, chosen), chosen, catalog.editor,
                                                 not catalog.editor_changed, catalog.digest(), notice, problem)
            elif page == "file":
                report_page, result = catalog.page(query.get("f", ""))
                document = self.pages.file_page(query.get("f", ""), report_page, result.language, catalog.editor,
                                                not catalog.editor_changed, catalog.digest(), notice, problem)
            elif page == "digest":
                self._send(HTTPStatus.OK, json.dumps({"digest": catalog.digest()}), "application/json")
                return
            else:
                self._send(HTTPStatus.NOT_FOUND, "404 Not Found\n", "text/plain; charset=utf-8")
                return
        except (InputError, UsageError) as error:
            self._send(HTTPStatus.NOT_FOUND, f"{error}\n", "text/plain; charset=utf-8")
            return
        self._send(HTTPStatus.OK, document, "text/html; charset=utf-8")

    def do_POST(self) -> None:
        """A decision, or who decides; then back to the page it came from (303)."""
        try:
            page, _ = self._guarded("POST")
            form = self._form()
        except _Refused as refusal:
            self._refuse(refusal)
            return
        if page == "decide":
            name = form.get("f", "")
            back = self.pages.url("file", f=name)
            chosen = (form.get("target") or form.get("fingerprint", "")).strip().lower()
            anchor = f"#finding-{chosen}" if _HEX.fullmatch(chosen) else ""
            try:
                done = self.catalog.decide(name, form.get("action", ""), form.get("fingerprint", ""),
                                           form.get("target", ""), form.get("note", ""))
            except (InputError, UsageError) as error:
                self._redirect(back + "&" + urlencode({"problem": str(error)}))
                return
            self._redirect(back + "&" + urlencode({"notice": done}) + anchor)
        elif page == "editor":
            back = form.get("back", "")
            if not back.startswith(self.pages.base) or "//" in back or not _SAFE_PATH.fullmatch(back):
                back = self.pages.base  # only a page of this desk, and nothing that could end the header
            try:
                self.catalog.rename_editor(form.get("name", ""))
            except UsageError as error:
                self._redirect(back + ("&" if "?" in back else "?") + urlencode({"problem": str(error)}))
                return
            self._redirect(back)
        else:
            self._send(HTTPStatus.NOT_FOUND, "404 Not Found\n", "text/plain; charset=utf-8")

    def do_PUT(self) -> None:
        """Only GET and POST exist here."""
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, "405 Method Not Allowed\n", "text/plain; charset=utf-8")

    do_DELETE = do_PATCH = do_PUT

    def _form(self) -> dict[str, str]:
        declared = self.headers.get("Content-Length") or "0"
        if not declared.isascii() or not declared.isdigit():
            raise _Refused(HTTPStatus.BAD_REQUEST, "a form says its length in digits")
        length = int(declared)
        if length > MAX_FORM_BYTES:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "a decision is a short form")
        if self.headers.get_content_type() != "application/x-www-form-urlencoded":
            raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "a decision is posted as a form")
        body = self.rfile.read(length)  # within CONNECTION_SECONDS, else the server drops the connection
        if len(body) != length:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the form ended before its stated length")
        raw = body.decode("utf-8", errors="replace")
        return {key: values[-1] for key, values in parse_qs(raw, keep_blank_values=True).items()}

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", location)
        self._security_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, text: str, content_type: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self._security_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _security_headers(self) -> None:
        self.send_header("Content-Security-Policy", policy())
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")  # "no-referrer" would make Origin "null"
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
