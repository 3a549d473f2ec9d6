"""Writing inline Markdown from formatted pieces of text (shared by the DOCX and HTML readers).

Text is escaped only where Markdown would otherwise read it as markup, so Arabic prose comes
out as it was written. Emphasis markers never sit against a space ("**word **" is not bold in
Markdown): the spaces move outside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_INLINE_SPECIAL = re.compile(r"([\\`*\[\]])")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")  # would open raw HTML
_UNDERSCORE_EDGE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # "_" not between word characters
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s)|(\d+)([.)])(?=\s))")
HARD_BREAK = "  \n"
_BACKTICK_RUN = re.compile(r"`+")


def fenced_code(code: str, language: str = "") -> str:
    """``code`` as a fenced block whose fence is longer than any backtick run inside it, with
    its ``language`` (a word, or nothing) after the opening fence."""
    longest = max((len(run) for run in _BACKTICK_RUN.findall(code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{code}\n{fence}"


_ALIGNMENT_RULES = {"": " --- |", "start": " :-- |", "end": " --: |", "center": " :-: |"}


def gfm_table(rows: list[list[str]], alignment: list[str] | None = None) -> str:
    """Rows of Markdown cell text (``|`` already escaped) as a GFM table, the first as header;
    short rows are padded to the widest. ``alignment`` gives each column's: "" (none),
    "start" (``:--``), "end" (``--:``) or "center"."""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    sides = (alignment or [])[:width]
    sides += [""] * (width - len(sides))
    lines.insert(1, "|" + "".join(_ALIGNMENT_RULES[side] for side in sides))
    return "\n".join(lines)


def escape_inline(text: str) -> str:
    """Escape characters that would start inline markup."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _TAG_START.sub("&lt;", text)
    return _UNDERSCORE_EDGE.sub(r"\\_", text)


def escape_line_start(line: str) -> str:
    """Escape a line start that Markdown would read as a heading, quote or list item."""
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(3) is not None:
        return f"{match.group(1)}{match.group(3)}\\{match.group(4)}{line[match.end() :]}"
    return f"{match.group(1)}\\{line[len(match.group(1)) :]}"


@dataclass(frozen=True)
class Piece:
    """A stretch of text with one formatting. ``markup`` pieces are already Markdown."""

    text: str
    bold: bool = False
    italic: bool = False
    markup: bool = False
    code: bool = False  # inline code: shown in backticks, never escaped or emphasised


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core or not marker:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def render_pieces(pieces: list[Piece]) -> str:
    """Merge neighbouring pieces of the same formatting, escape text, add emphasis markers."""
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and not piece.markup
            and not last.markup
            and (last.bold, last.italic, last.code) == (piece.bold, piece.italic, piece.code)
        ):
            merged[-1] = Piece(last.text + piece.text, piece.bold, piece.italic, code=piece.code)
        else:
            merged.append(piece)
    out = []
    for piece in merged:
        if piece.code:
            fence = "``" if "`" in piece.text else "`"
            out.append(f"{fence}{piece.text}{fence}")
            continue
        text = piece.text if piece.markup else escape_inline(piece.text)
        marker = "*" * ((2 if piece.bold else 0) + (1 if piece.italic else 0))
        if HARD_BREAK in text:  # emphasis cannot span a line break: close it on each line
            out.append(HARD_BREAK.join(_wrap(part, marker) for part in text.split(HARD_BREAK)))
        else:
            out.append(_wrap(text, marker))
    return "".join(out)


def link(text: str, url: str) -> str:
    """``[text](url)``; the URL in angle brackets when it has spaces or parentheses."""
    if not text.strip():
        return text
    if re.search(r"[\s()<>]", url):
        url = "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
    return f"[{text}]({url})"
