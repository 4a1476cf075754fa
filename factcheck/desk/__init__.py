"""The editors' desk: a local web page to decide findings beside the article (`factcheck desk`).

Imported only by the `desk` command. Its one door to the engine is `catalog.py` (which files, their results
and decisions); `pages.py` renders, with the report's own renderer; `server.py` serves, and guards.
"""

from factcheck.desk.server import DeskServer, start

__all__ = ["DeskServer", "start"]
