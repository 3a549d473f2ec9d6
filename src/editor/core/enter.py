"""What Enter and Shift+Enter type, so that what the writer sees is what the Markdown means.

In Markdown a single line break does not end a paragraph: two lines the writer separated with
one Enter are exported as one paragraph. So in the editor:

- Enter ends the paragraph: it types the blank line Markdown needs ("\\n\\n"). A heading ends
  the same way.
- Shift+Enter breaks the line inside the paragraph: a Markdown hard break (two spaces at the
  end of the line, rendered as <br />; a backslash at the end of the line is one too).
- In a list item Enter starts the next item at the same indent ("- ", or the next number);
  Enter on an empty item ends the list (the marker goes, leaving the blank line that ends it);
  on an empty nested item it steps out one level instead: the item becomes the next item of
  the list around it, as word processors do.
  Shift+Enter continues the item on a new line, indented to its text.
- In a block quote Enter starts a new paragraph of the quote (">" then "> "); Enter on an empty
  quote line ends the quote; Shift+Enter is a hard break inside the quote.
- Inside fenced code, on a fence line, in a table row or an HTML block, and with the cursor at
  the start of a line (before its text), Enter is a plain line break: nothing is added.

Only typing changes: a file whose lines are separated by single line breaks is never rewritten.
Everything here works on one line of text and its column, without Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .bidi import ALM, LRM, RLM
from .markdown_lines import FENCE

HARD_BREAK = "  "  # two trailing spaces: python-markdown's <br />

_MARKS = RLM + LRM + ALM  # a paragraph's direction mark, kept at its start
_LIST_ITEM = re.compile(r"([ \t]*)([-*+]|(\d{1,9})([.)]))([ \t]+|$)")
_QUOTE = re.compile(r"(?: {0,3}>[ ]?)+")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_PLAIN_LINES = re.compile(r" {0,3}[|<]")  # table rows and HTML blocks go on line by line
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


@dataclass(frozen=True)
class LineEdit:
    """Replace ``line[start:end]`` with ``text``; the cursor goes to the end of ``text``.

    ``start`` may be negative: it then reaches back over the line break into the previous line
    (-1 is the line break itself).
    """

    start: int
    end: int
    text: str


def _marks_length(line: str) -> int:
    length = 0
    while length < len(line) and line[length] in _MARKS:
        length += 1
    return length


def _around(line: str, column: int, floor: int) -> tuple[int, int]:
    """The columns around ``column`` with the spaces on either side of it (not below
    ``floor``): what a break replaces, so no line ends or starts with stray spaces."""
    start = column
    while start > floor and line[start - 1] in " \t":
        start -= 1
    end = column
    while end < len(line) and line[end] in " \t":
        end += 1
    return start, end


def _outer_item(indent: str, above: Iterable[str]) -> str | None:
    """The marker, with its indent, of the next item of the list around a nested item
    indented by ``indent``: found among the lines ``above`` (nearest first)."""
    width = len(indent.expandtabs(4))
    for seen, text in enumerate(above):
        if seen > 500:
            break
        item = _LIST_ITEM.match(text[_marks_length(text) :])
        if item is None:
            if text.strip() and not text[:1].isspace():
                break  # a paragraph at the margin: the list above is not ours
            continue
        outer = item.group(1)
        if len(outer.expandtabs(4)) < width:
            marker = item.group(2)
            if item.group(3) is not None:
                marker = str(int(item.group(3)) + 1) + item.group(4)
            return outer + marker + " "
    return None


def enter_edit(
    line: str,
    column: int,
    *,
    previous: str = "",
    in_code: bool = False,
    shift: bool = False,
    above: Iterable[str] = (),
) -> LineEdit:
    """The edit Enter (or Shift+Enter, ``shift``) makes at ``column`` of ``line``.

    ``previous`` is the line above (empty at the top); ``in_code`` says the line is inside a
    fenced code block; ``above`` gives the lines above, nearest first, read only as far as
    needed (to step out of a nested list).
    """
    plain = LineEdit(column, column, "\n")
    marks = _marks_length(line)
    body = line[marks:]
    if in_code or FENCE.match(body) or _PLAIN_LINES.match(body):
        return plain
    if not line[marks:column].strip():
        return plain  # at the start of the line: push it down, as a plain editor does

    quote = _QUOTE.match(body)
    if quote:
        prefix = line[: marks + quote.end()]
        content_start = len(prefix)
        if not line[content_start:].strip():  # an empty quote line ends the quote
            bare_above = previous.strip() and not previous.strip(" >" + _MARKS)
            return LineEdit(-(len(previous) + 1) if bare_above else 0, len(line), "\n")
        if column < content_start:
            return plain
        start, end = _around(line, column, content_start)
        if shift:
            return LineEdit(start, end, HARD_BREAK + "\n" + prefix)
        return LineEdit(start, end, "\n" + prefix.rstrip() + "\n" + prefix)

    item = _LIST_ITEM.match(body)
    if item and not _THEMATIC_BREAK.match(body):
        indent, marker, number, delimiter = (
            item.group(1),
            item.group(2),
            item.group(3),
            item.group(4),
        )
        content_start = marks + item.end()
        if column < content_start:
            return plain
        if not line[content_start:].strip():
            outer = _outer_item(indent, above) if indent else None
            if outer is not None and not shift:  # an empty nested item steps out one level
                return LineEdit(0, len(line), line[:marks] + outer)
            return LineEdit(0, len(line), "\n")  # an empty item ends the list
        start, end = _around(line, column, content_start)
        spacing = item.group(5) or " "
        if shift:
            width = len(indent) + len(marker) + len(spacing)
            return LineEdit(start, end, HARD_BREAK + "\n" + " " * width)
        if number is not None:
            marker = str(int(number) + 1) + delimiter
        return LineEdit(start, end, "\n" + indent + marker + spacing)

    start, end = _around(line, column, marks)
    if shift and not _HEADING.match(body):
        return LineEdit(start, end, HARD_BREAK + "\n")
    return LineEdit(start, end, "\n\n")
