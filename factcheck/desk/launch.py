"""Opening the desk in the editor's browser without showing its secret to other users of the machine.

A browser started with the desk's address keeps it in its command line, which every local user can read
(`ps`, /proc/PID/cmdline) for as long as the browser runs. So the browser is given a file instead: a page,
readable by the editor alone, that sends it on to the address. The file is removed when the desk stops.
"""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from pathlib import Path


class Launcher:
    """A private page that leads to the desk's address; `open()` shows it in a browser, `close()` removes it."""

    def __init__(self, url: str) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="factcheck-desk-"))  # mode 0700: the editor's alone
        self.page = self.folder / "open-the-desk.html"
        address = html.escape(url, quote=True)
        content = ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                   f'<meta http-equiv="refresh" content="0;url={address}"><meta name="referrer" content="no-referrer">'
                   "<title>factcheck desk</title></head>\n"
                   f'<body><p><a href="{address}">Open the desk</a></p></body></html>\n')
        descriptor = os.open(self.page, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(content)

    def open(self) -> bool:
        """Show the page in the default browser; False when no browser could be started."""
        import webbrowser

        return webbrowser.open(self.page.as_uri())

    def close(self) -> None:
        """Remove the page and its folder."""
        shutil.rmtree(self.folder, ignore_errors=True)
