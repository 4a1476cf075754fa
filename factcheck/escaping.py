r"""What text from a claims file, an article or the command line may become in each output: one policy per format.

Every formatter, error message and page renders data only through these functions, so no quote, name, note,
id, path or message can act on whoever reads the output:

- one-line formats (plain text, terminal, GitHub, error messages) fold each line break (LF, CR, CRLF, U+0085,
  U+2028, U+2029) into one space, so data never starts a line of its own;
- every other control character (C0, C1, DEL, so every escape sequence) is shown as `\x1b`, and every
  bidirectional control as `U+202E`, so nothing clears a screen, forges a hyperlink or reorders what is read;
- a line an output starts with data never reads as a GitHub Actions workflow command (`::` or the older
  `##[`, which the runner also reads after leading spaces);
- GitHub workflow commands escape data by GitHub's rules, so data can neither end its command nor start one;
- JSON writes those characters as `\u202e` escapes (the same data); XML keeps only what XML 1.0 can hold;
  HTML escapes every character that could open markup or end an attribute.

Identifiers (claim, metric and source ids, review fingerprints) are refused at load when `identifier_problem`
finds something in them: an id is printed in many places, and it should read the same in all of them.
"""

from __future__ import annotations

import re

from factcheck.patterns import lazy

# The `lazy` patterns serve loading, JSON and XML: compiled on first use, not on every start (a big character
# class takes milliseconds to compile). Plain text output needs only the others.

# the line breaks Unicode and YAML know; a CRLF pair is one break
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# bidirectional controls: embeddings, overrides, isolates, marks (the "Trojan Source" characters)
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# controls a reader must see: C0 but line breaks, DEL, C1 but NEL, and the bidirectional controls
_HIDDEN = re.compile(f"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f{_BIDI}]")
# what an identifier may not hold: the above, TAB and every line break
_NOT_IN_IDENTIFIERS = lazy(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
# the start of a line the GitHub Actions runner would run as a command (`::name ...`, `##[name]`, after any
# spaces), or could once the line goes on: any leading colon
_COMMAND_START = re.compile(r"^(\s*)(:|#(?=#\[))")
# what JSON may hold raw but no reader should meet raw: DEL, C1, the separators JavaScript reads as line ends, bidi
_JSON_HIDDEN = lazy(f"[\x7f-\x9f\u2028\u2029{_BIDI}]")
# what XML 1.0 cannot hold at all (its Char production): C0 but TAB, LF, CR; surrogates; U+FFFE, U+FFFF
_NOT_XML = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# what could open markup or end an attribute value, as `html.escape(quote=True)` writes it
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def shown(char: str) -> str:
    r"""A hidden character as a reader sees it: `\x1b` for a control, `U+202E` for a bidirectional control."""
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"U+{code:04X}"


def visible(text: str) -> str:
    r"""Every control and bidirectional control shown as `\x1b` / `U+202E`; line breaks, TAB and all else kept."""
    return _HIDDEN.sub(lambda match: shown(match[0]) if match[0] != "\t" else "\t", text)


def one_line(text: object) -> str:
    """Data for a one-line format (plain text, terminal, messages): line breaks as one space, controls shown."""
    folded = _LINE_BREAK.sub(" ", str(text))
    return _HIDDEN.sub(lambda match: shown(match[0]), folded)


def line_start(text: object) -> str:
    r"""One-line data that begins a line: as `one_line`, and never read as a workflow command (`\x3a:error`).

    A leading `:` is shown even alone, since a line goes on after the data: a path `:` followed by `:9:5` would
    start `::`.
    """
    return _COMMAND_START.sub(lambda match: match[1] + shown(match[2]), one_line(text), count=1)


def literal(text: object) -> str:
    r"""Data shown character for character on one line: line breaks too as `\n`, `U+2028`, controls as `\x1b`."""
    return one_line(_LINE_BREAK.sub(lambda match: "".join(_NAMED_BREAKS[char] for char in match[0]), str(text)))


def identifier_problem(text: str) -> str | None:
    r"""What makes `text` unfit for an identifier (`a line break (\n)`, `a control character (\x1b)`), or None."""
    found = _NOT_IN_IDENTIFIERS.search(text)
    if found is None:
        return None
    char = found[0]
    if char in _NAMED_BREAKS:
        return f"a line break ({_NAMED_BREAKS[char]})"
    return f"{'a bidirectional control' if ord(char) > 0xFF else 'a control character'} ({shown(char)})"


_NAMED_BREAKS = {"\n": "\\n", "\r": "\\r", "\x85": "\\x85", "\u2028": "U+2028", "\u2029": "U+2029"}


def github_data(text: object) -> str:
    """A workflow command's message: one line, controls shown, then `%`, CR and LF escaped as GitHub reads them."""
    return one_line(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: object) -> str:
    """A workflow command's property value (file, title): as a message, and `:` and `,` escaped too."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def json_document(rendered: str) -> str:
    r"""A JSON document with DEL, C1, line separators and bidirectional controls written as `\u202e`.

    The same data for every JSON reader (these characters occur only inside strings, where the escape means the
    character itself), but a person viewing the file in a terminal or an editor sees them instead of obeying
    them. `json.dumps` already writes C0 controls so.
    """
    return _JSON_HIDDEN.sub(lambda match: f"\\u{ord(match[0]):04x}", rendered)


def xml_text(text: object) -> str:
    """Text XML 1.0 can hold: controls and bidirectional controls shown, what XML cannot hold at all shown too.

    ElementTree escapes markup (`<`, `&`, quotes) itself but writes any character it is given, which makes a
    document no parser accepts; this leaves it only characters XML allows.
    """
    return _NOT_XML.sub(lambda match: shown(match[0]), visible(str(text)))


def xml_line(text: object) -> str:
    """One-line text (a name, a message, an attribute) that XML 1.0 can hold."""
    return _NOT_XML.sub(lambda match: shown(match[0]), one_line(text))


def html_text(text: object) -> str:
    """Text or an attribute value for HTML: controls shown, then `&`, `<`, `>` and both quotes escaped."""
    return visible(str(text)).translate(_HTML)


def html_line(text: object) -> str:
    """One-line data for HTML (a name, an id, a message): line breaks folded, controls shown, escaped."""
    return one_line(text).translate(_HTML)
