"""The shape of pasted text: its lines normalised, the lines no cleanup may touch, and the
body put back together with its paragraph breaks."""

from __future__ import annotations

import itertools
import re

from ..markdown_lines import OUTSIDE, fence_states
from ..textdecode import normalize_newlines
from .textfold import ends_sentence

# Spaces a web page uses that are not the ordinary space; the byte-order mark is never text.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ", "\ufeff": ""})
STRUCTURAL = re.compile(r"^\s*(?:[-*+•]\s|\d+[.)]\s|>|\||#{1,6}\s|```|~~~|\s{4})")


def normalize_lines(text: str, keep_hard_breaks: bool = False) -> list[str]:
    """Lines with no-break spaces made plain and trailing spaces trimmed (a Markdown hard
    break, two trailing spaces, is kept when ``keep_hard_breaks``)."""
    lines = []
    for line in normalize_newlines(text).translate(_SPACES).split("\n"):
        stripped = line.rstrip()
        if keep_hard_breaks and stripped and line.endswith("  "):
            stripped += "  "
        lines.append(stripped)
    return lines


def protected_lines(lines: list[str]) -> set[int]:
    """Lines inside fenced code blocks (fences included) and Markdown table rows."""
    protected: set[int] = set()
    for index, (line, state) in enumerate(zip(lines, fence_states(lines), strict=True)):
        stripped = line.strip()
        if state != OUTSIDE or (
            stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2
        ):
            protected.add(index)
    return protected


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether the text was wrapped at a fixed width: the lines inside its blocks are short
    and mostly stop mid-sentence. (Paragraph-per-line text ends nearly every line with a
    full stop.)"""
    inner = [line for block in blocks for line in block[:-1] if not STRUCTURAL.match(line)]
    if len(inner) < 2 or any(len(line) > 100 for line in inner):
        return False
    return sum(ends_sentence(line) for line in inner) < len(inner) / 2


def assemble_body(lines: list[str], keep: set[int], *, markdown: bool) -> str:
    """The kept lines, blank-line runs collapsed. In plain text each line is its own paragraph,
    unless the text is hard-wrapped (then the lines of a block are one paragraph)."""
    blocks: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if index in keep:
            blocks[-1].append(line)
        elif blocks[-1] and not line.strip():
            blocks.append([])
    blocks = [block for block in blocks if block]
    if not markdown and not _hard_wrapped(blocks):
        split: list[list[str]] = []
        for block in blocks:
            split.append([block[0]])
            for previous, line in itertools.pairwise(block):
                if STRUCTURAL.match(line) and STRUCTURAL.match(previous):
                    split[-1].append(line)
                else:
                    split.append([line])
        blocks = split
    text = "\n\n".join("\n".join(block) for block in blocks)
    return text + "\n" if text else ""
