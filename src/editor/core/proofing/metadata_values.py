"""Where the text of each checked metadata field sits inside the raw front matter.

Findings in metadata must point into the file like the body's do, so values are located on
their lines rather than taken from the parsed YAML: a plain or quoted scalar on the key's line,
block-scalar lines, and list items (``- tag`` or ``[a, b]``). Escaped quoted strings are
skipped: their characters do not map one to one onto the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHECKED_FIELDS = ("title", "subtitle", "summary", "category", "tags")

_KEY = re.compile(r"^([^\s#:][^:]*?):(?:[ \t]+|$)")
_ITEM = re.compile(r"^(\s*-\s+)(.*)$")
_COMMENT = re.compile(r"\s+#.*$")


@dataclass(frozen=True)
class ValuePiece:
    field: str
    start: int  # offset in the file text
    text: str


def _scalar(field: str, value: str, offset: int) -> list[ValuePiece]:
    """Pieces of a one-line value starting at ``offset``."""
    if not value.strip() or value.strip()[0] in "|>&*!":
        return []
    lead = len(value) - len(value.lstrip())
    value, offset = value.strip(), offset + lead
    if value[0] in "\"'":
        closing = value.find(value[0], 1)
        inner = value[1:closing] if closing > 0 else ""
        if not inner or "\\" in inner or (value[0] == "'" and "''" in value):
            return []
        return [ValuePiece(field, offset + 1, inner)]
    if value[0] == "[":
        pieces, position = [], 1
        body = value[1 : value.rfind("]")] if "]" in value else value[1:]
        for item in body.split(","):
            pieces.extend(_scalar(field, item, offset + position))
            position += len(item) + 1
        return pieces
    plain = _COMMENT.sub("", value)
    return [ValuePiece(field, offset, plain)] if plain else []


def value_pieces(yaml_text: str, yaml_offset: int) -> list[ValuePiece]:
    """The checkable pieces of the front matter whose YAML text starts at ``yaml_offset``."""
    pieces: list[ValuePiece] = []
    field: str | None = None
    offset = yaml_offset
    for line in yaml_text.split("\n"):
        key = _KEY.match(line)
        if key:
            field = key.group(1).strip()
            if field in CHECKED_FIELDS:
                pieces.extend(_scalar(field, line[key.end() :], offset + key.end()))
        elif field in CHECKED_FIELDS and line.strip() and line[:1] in " \t-":
            item = _ITEM.match(line)
            if item:
                pieces.extend(_scalar(field, item.group(2), offset + item.end(1)))
            else:
                stripped = _COMMENT.sub("", line.strip())
                pieces.append(ValuePiece(field, offset + len(line) - len(line.lstrip()), stripped))
        elif line.strip() and not line.startswith((" ", "\t", "#")):
            field = None
        offset += len(line) + 1
    return [piece for piece in pieces if piece.text.strip()]
