"""Which characters of a Markdown body are prose a reader sees, and which are syntax or code.

The body is cut into blocks (paragraphs, list items, headings...) at blank lines, so the editor
can re-check one changed block. Inside a block, everything that is not prose is replaced by
MASK in a copy of the same length, so offsets stay valid and no rule ever looks at code, URLs,
link targets, HTML tags, footnote labels or Markdown markers. Tracked changes (CriticMarkup,
core/review.py) are checked as accepted: deleted text and comments are masked too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markdown_lines import DELIMITER, OUTSIDE, fence_states
from ..review import COMMENT, DELETE, SUBSTITUTE, has_marks, parse_review

MASK = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: neither a letter, a digit, a space nor punctuation

_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])\s")

_LINE_PATTERNS = [
    # Block markers at the start of a line: headings, quotes, list bullets, task boxes.
    re.compile(r"^ {0,3}(?:>\s?)*(?:#{1,6}(?=\s|$)\s*|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)"),
    re.compile(r"^ {0,3}(?:>\s?)+"),
    # A nested list item's marker: CommonMark nests under the item's text, so at any indent.
    re.compile(r"^[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\]\s+)?"),
    re.compile(r"\s+#+\s*$"),  # closing hashes of an ATX heading
    re.compile(r"^ {0,3}(?:[-*_]\s*){3,}$"),  # thematic break
    re.compile(r"^ {0,3}(?:=+|-+)\s*$"),  # setext underline
    re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S.*$"),  # link reference definition
    re.compile(r"^ {0,3}\[\^[^\]\n]+\]:\s*"),  # footnote definition label
]
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_TABLE_PIPE = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")

_INLINE_PATTERNS = [
    re.compile(r"<!--.*?-->", re.S),
    # Raw HTML whose content is code, not prose.
    re.compile(r"<(pre|code|kbd|samp|script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I),
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # HTML tags
    re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>"),  # autolinks
    re.compile(
        r"(?:https?|ftp)://[^\s<>\"«»]+[^\s<>\"«».,،؛;:!?؟)\]]|www\.[^\s<>\"«»]+[^\s<>\"«».,،؛;:!?؟)\]]"
    ),
    # e-mail addresses (from the start of a run only: any other start would rescan the run)
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"\[\^[^\]\s]+\]"),  # footnote references
    re.compile(r"\\[!-/:-@\[-`{-~]"),  # backslash escapes: the backslash and what it escapes
    re.compile(r"\*+|(?<![^\W_])_+|_+(?![^\W_])|~~"),  # emphasis delimiters
]
# Link and image syntax: the brackets and the (target "title") or [label] go, the text stays.
_INLINE_LINK = re.compile(
    r"(!?\[)([^\[\]\n]*)(\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\))"
)
_REFERENCE_LINK = re.compile(r"(!?\[)([^\[\]\n]+)(\]\[[^\]\n]*\])")
_CODE_SPAN_TICKS = re.compile(r"`+")


@dataclass(frozen=True)
class Block:
    start: int  # offset of the block in the body
    text: str
    code: bool = False  # a fenced or indented code block: never checked


def split_blocks(body: str) -> list[Block]:
    """Cut a Markdown body into blocks at blank lines; fenced code (blank lines and all) is one."""
    blocks: list[Block] = []
    lines = body.split("\n")
    offset = 0
    current_start = -1
    current: list[str] = []
    previous_was_list = False

    def flush(code: bool = False) -> None:
        nonlocal current_start, current, previous_was_list
        if current:
            text = "\n".join(current)
            indented = all(_INDENTED.match(line) or not line.strip() for line in current)
            is_code = code or (indented and not previous_was_list)
            blocks.append(Block(current_start, text, is_code))
            if not is_code:
                # An indented block after a list item (or after a block indented under one)
                # continues the item: a paragraph or a deeper list, not code.
                previous_was_list = bool(_LIST_ITEM.match(current[0])) or (
                    previous_was_list and current[0][:1] in " \t"
                )
        current, current_start = [], -1

    in_fence = False
    spanning = _marks_over_blank_lines(body)
    for line, state in zip(lines, fence_states(lines), strict=True):
        if state == DELIMITER and not in_fence:  # an opening fence starts a code block
            flush()
            current_start = offset
            current.append(line)
            in_fence = True
        elif state != OUTSIDE:
            current.append(line)
            if state == DELIMITER:  # the closing fence ends it
                flush(code=True)
                in_fence = False
        elif not line.strip() and spanning and current and _inside(spanning, offset):
            current.append(line)  # a change over several paragraphs stays one block
        elif not line.strip():
            flush()
        else:
            if current_start < 0:
                current_start = offset
            current.append(line)
        offset += len(line) + 1
    flush(code=in_fence)
    return blocks


def _marks_over_blank_lines(body: str) -> list[tuple[int, int]]:
    """The spans of tracked changes and comments that run over a blank line: the blocks
    they cover are checked as one, so the mark is read whole (review.py)."""
    if "\n\n" not in body or not has_marks(body):
        return []
    return [
        (mark.start, mark.end)
        for mark in parse_review(body).marks
        if "\n\n" in body[mark.start : mark.end] or "\n \n" in body[mark.start : mark.end]
    ]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in spans)


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = MASK


def _mask_code_spans(text: str, chars: list[str]) -> None:
    position = 0
    while True:
        opening = _CODE_SPAN_TICKS.search(text, position)
        if opening is None:
            return
        ticks = opening.group()
        closing = re.compile(rf"(?<!`){ticks}(?!`)").search(text, opening.end())
        if closing is None:
            position = opening.end()
            continue
        _blank(chars, opening.start(), closing.end())
        position = closing.end()


def mask_block(text: str, markdown_blocks: bool = True) -> str:
    """``text`` with every non-prose character replaced by MASK (newlines are kept).

    ``markdown_blocks=False`` (metadata values) keeps line starts such as "1." or "#" as text.
    """
    chars = list(text)
    _mask_code_spans(text, chars)
    offset = 0
    lines = text.split("\n") if markdown_blocks else []
    is_table = any(_TABLE_SEPARATOR.match(line) for line in lines) and "|" in lines[0]
    for line in lines:
        for pattern in _LINE_PATTERNS:
            for match in pattern.finditer(line):
                _blank(chars, offset + match.start(), offset + match.end())
        if is_table:
            if _TABLE_SEPARATOR.match(line):
                _blank(chars, offset, offset + len(line))
            else:
                for match in _TABLE_PIPE.finditer(line):
                    _blank(chars, offset + match.start(), offset + match.end())
        offset += len(line) + 1
    visible = "".join(chars)
    for pattern in (_INLINE_LINK, _REFERENCE_LINK):
        for match in pattern.finditer(visible):
            _blank(chars, match.start(1), match.end(1))
            _blank(chars, match.start(3), match.end(3))
    visible = "".join(chars)
    for pattern in _INLINE_PATTERNS:
        for match in pattern.finditer(visible):
            _blank(chars, match.start(), match.end())
    if has_marks(text):
        _mask_review(text, chars)
    return "".join(chars)


def _mask_review(text: str, chars: list[str]) -> None:
    """Tracked changes are checked as they read once accepted: the marks, who made them and
    when, deleted and replaced text and comments are masked; inserted and new text stay."""
    for mark in parse_review(text).all_marks():
        if mark.kind in (DELETE, COMMENT):
            _blank(chars, mark.start, mark.end)
            continue
        close = mark.end - 3
        if mark.kind == SUBSTITUTE:
            _blank(chars, mark.start, close - len(mark.new))
        else:  # an insertion or a highlight
            _blank(chars, mark.start, mark.body_start)
        _blank(chars, close, mark.end)
