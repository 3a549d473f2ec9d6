"""The article's headings, for the outline pane: ATX (``## Title``) and setext (a line
underlined with ``===`` or ``---``), never inside fenced code."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .markdown_lines import OUTSIDE, fence_states

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
# A line that is not paragraph text, so a "---" under it is no setext underline.
_NOT_PARAGRAPH = re.compile(r" {0,3}(?:[-*+>]|\d{1,9}[.)]|#{1,6}(?:[ \t]|$))|    |\t")


@dataclass(frozen=True)
class Heading:
    line: int  # 0-based line of the body where the heading starts (the text, for setext)
    level: int  # 1–6
    text: str


def _atx_text(raw: str | None) -> str:
    return _CLOSING_HASHES.sub("", raw or "").strip()


def outline(body: str) -> list[Heading]:
    """The headings of a Markdown body, in order."""
    lines = body.split("\n")
    states = fence_states(lines)
    headings: list[Heading] = []
    for number, line in enumerate(lines):
        if states[number] != OUTSIDE:
            continue
        atx = _ATX.match(line)
        if atx:
            headings.append(Heading(number, len(atx.group(1)), _atx_text(atx.group(2))))
            continue
        underline = _SETEXT.match(line)
        if underline and number > 0 and states[number - 1] == OUTSIDE:
            above = lines[number - 1]
            taken = headings and headings[-1].line == number - 1
            if (
                above.strip()
                and not taken
                and not _NOT_PARAGRAPH.match(above)
                and not _SETEXT.match(above)
            ):
                level = 1 if underline.group(1)[0] == "=" else 2
                headings.append(Heading(number - 1, level, above.strip()))
    return headings


def section_at(headings: list[Heading], line: int) -> int:
    """The index of the heading whose section holds ``line`` (0-based), or -1 before the first."""
    return bisect.bisect_right([heading.line for heading in headings], line) - 1
