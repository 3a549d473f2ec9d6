"""Lists as CommonMark nests them, for python-markdown's block parser.

python-markdown nests a list only under four spaces; writers (and CommonMark, GitHub, every
modern editor) indent a sub-list under the text of its item: two spaces after "- ", three
after "1. ". This block processor replaces python-markdown's list processors with CommonMark's
rule: an item's content starts at its *content column* (marker, then one to four spaces), and a
line belongs to the item when it is indented to that column, is blank, or is a lazy
continuation of the item's paragraph. The item's lines, with that indentation removed, are
parsed again as blocks (so an item holds paragraphs, code, quotes and lists, nested to any
depth). A list is loose (its paragraphs in ``<p>``) when a blank line separates two of its
items or two blocks directly inside one item, as CommonMark says.

Runs after python-markdown's preprocessors: tabs are already spaces (tab stops of four), lines
of white space are empty.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension

from ..markdown_lines import FENCE

# A list marker at the start of a line: indentation, the marker, then spaces or the line's end.
_MARKER_STARTS = frozenset("-+*0123456789")
_MARKER = re.compile(r"( {0,3})([-+*]|(\d{1,9})([.)]))(?= |$)")
THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
ATX = re.compile(r" {0,3}#{1,6}(?: |$)")
QUOTE = re.compile(r" {0,3}>")


@dataclass
class _Marker:
    indent: int
    kind: str  # the bullet character, or the ordered delimiter "." or ")"
    number: int | None  # ordered lists only
    width: int  # the content column: where the item's text starts
    first: str  # the rest of the marker line, from the content column
    blank_start: bool  # nothing after the marker


def marker_at(line: str) -> _Marker | None:
    """The list marker ``line`` starts with (up to three spaces before it), if any."""
    if line.lstrip(" ")[:1] not in _MARKER_STARTS:
        return None  # most lines: text
    match = _MARKER.match(line)
    if match is None or THEMATIC_BREAK.match(line):
        return None
    indent = len(match.group(1))
    end = match.end()
    rest = line[end:]
    spaces = len(rest) - len(rest.lstrip(" "))
    number = int(match.group(3)) if match.group(3) is not None else None
    kind = match.group(4) or match.group(2)
    if not rest.strip():
        return _Marker(indent, kind, number, end + 1, "", True)
    if spaces > 4:  # the text is indented code: the content column is one space after the marker
        return _Marker(indent, kind, number, end + 1, line[end + 1 :], False)
    return _Marker(indent, kind, number, end + spaces, line[end + spaces :], False)


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def interrupts_paragraph(line: str) -> bool:
    """Whether ``line`` starts a block even right after a paragraph line."""
    if THEMATIC_BREAK.match(line) or ATX.match(line) or FENCE.match(line):
        return True
    if QUOTE.match(line):
        return True
    marker = marker_at(line)
    return marker is not None and not marker.blank_start and marker.number in (None, 1)


_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")


def lazy_line(line: str) -> str:
    """A lazy continuation line, as a container's content: still paragraph text when parsed.

    Indented as it was when that is four spaces or more (no marker nor block start then), and a
    would-be setext underline escaped: a lazy line never makes the paragraph a heading.
    """
    if _SETEXT_UNDERLINE.match(line):
        return "\\" + line.lstrip(" ")
    return line if indent_of(line) >= 4 else line.lstrip(" ")


@dataclass
class _Item:
    marker: _Marker
    lines: list[str] = field(default_factory=list)  # content, content column removed


@dataclass
class _List:
    items: list[_Item]
    end: int  # the index of the first line after the list (trailing blank lines excluded)
    loose: bool
    stop: int  # where the scan stopped (len(lines): the list may go on after them)


def _same_list(first: _Marker, other: _Marker) -> bool:
    return first.kind == other.kind and (first.number is None) == (other.number is None)


class FenceTracker:
    """Whether a line of an item's content is inside a fenced code block."""

    def __init__(self) -> None:
        self.fence = ""

    def feed(self, line: str) -> bool:
        """Feed one content line; True when it is part of a fenced block (fences included)."""
        match = FENCE.match(line)
        if self.fence:
            if (
                match is not None
                and match.group(1)[0] == self.fence[0]
                and len(match.group(1)) >= len(self.fence)
                and not line[match.end() :].strip()
            ):
                self.fence = ""  # the closing fence
            return True
        if match and not (match.group(1)[0] == "`" and "`" in line[match.end() :]):
            self.fence = match.group(1)
            return True
        return False


def scan_list(lines: list[str], start: int) -> _List | None:
    """The list starting at ``lines[start]``, or None when no list item starts there."""
    first = marker_at(lines[start])
    if first is None:
        return None
    items: list[_Item] = []
    gaps = False  # a blank line between two items
    index = start
    marker: _Marker | None = first
    while marker is not None:
        item = _Item(marker, [marker.first] if not marker.blank_start else [])
        items.append(item)
        index += 1
        fences = FenceTracker()
        in_fence = fences.feed(marker.first) if not marker.blank_start else False
        paragraph = not marker.blank_start and not in_fence and indent_of(marker.first) < 4
        paragraph = paragraph and not (
            ATX.match(marker.first) or THEMATIC_BREAK.match(marker.first)
        )
        blank_run = 0
        while index < len(lines):
            line = lines[index]
            if not line.strip():
                if marker.blank_start and not item.lines:
                    # An item can start with at most one blank line: this one stays empty.
                    while index < len(lines) and not lines[index].strip():
                        blank_run += 1
                        index += 1
                    break
                blank_run += 1
                item.lines.append("")
                paragraph = False
                index += 1
                continue
            if indent_of(line) < marker.width and marker_at(line) is not None:
                break  # the next item, or another list (never a lazy continuation in a list)
            if indent_of(line) >= marker.width:
                content = line[marker.width :]
                in_fence = fences.feed(content)
                heading = ATX.match(content) or THEMATIC_BREAK.match(content)
                code = indent_of(content) >= 4 and not paragraph
                paragraph = not in_fence and not heading and not code
                item.lines.append(content)
                blank_run = 0
                index += 1
                continue
            if paragraph and not interrupts_paragraph(line):
                item.lines.append(lazy_line(line))
                index += 1
                continue
            break
        # Blank lines at the end of an item belong between it and what follows.
        while item.lines and not item.lines[-1]:
            item.lines.pop()
        next_marker = marker_at(lines[index]) if index < len(lines) else None
        if next_marker is not None and _same_list(first, next_marker):
            gaps = gaps or blank_run > 0
            marker = next_marker
        else:
            marker = None
    end = index
    while end > start and not lines[end - 1].strip():
        end -= 1
    loose = gaps or any(_blank_between_blocks(item.lines) for item in items)
    return _List(items, end, loose, index)


def _blank_between_blocks(lines: list[str]) -> bool:
    """Whether a blank line separates two blocks directly inside an item (lines: its content)."""
    if "" not in lines:
        return False  # most items: one paragraph
    index = 0
    seen_block = False
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if seen_block and index > 0 and not lines[index - 1].strip():
            return True
        seen_block = True
        index = _block_end(lines, index)
    return False


def _block_end(lines: list[str], index: int) -> int:
    """The index after the block starting at ``lines[index]`` (not counting blank lines after)."""
    line = lines[index]
    nested = scan_list(lines, index) if indent_of(line) < 4 else None
    if nested is not None:
        return nested.end
    if indent_of(line) >= 4:  # indented code runs on over blank lines while indented
        end = index + 1
        probe = end
        while probe < len(lines):
            if lines[probe].strip():
                if indent_of(lines[probe]) < 4:
                    break
                end = probe + 1
            probe += 1
        return end
    fences = FenceTracker()
    if fences.feed(line):
        index += 1
        while index < len(lines) and fences.fence:
            fences.feed(lines[index])
            index += 1
        return index
    if ATX.match(line) or THEMATIC_BREAK.match(line):
        return index + 1
    index += 1
    while index < len(lines) and lines[index].strip():
        if QUOTE.match(lines[index - 1]) and not QUOTE.match(lines[index]):
            if interrupts_paragraph(lines[index]):
                break
        elif interrupts_paragraph(lines[index]):
            break
        index += 1
    return index


class CommonMarkListProcessor(BlockProcessor):
    """Ordered and bullet lists, nested and continued as CommonMark does."""

    def __init__(self, parser: markdown.blockparser.BlockParser, prepare: Callable[[str], str]):
        super().__init__(parser)
        self.prepare = prepare  # what the item's text goes through before it is parsed

    def test(self, parent: etree.Element, block: str) -> bool:
        return marker_at(block.split("\n", 1)[0]) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        # Take python-markdown's blocks (cut at blank lines) until the list ends inside them:
        # joining them all would make every list cost the length of the rest of the text.
        taken = 1
        while True:
            lines = "\n\n".join(blocks[:taken]).split("\n")
            found = scan_list(lines, 0)
            assert found is not None  # test() saw a marker on the first line
            if found.stop < len(lines) or taken >= len(blocks):
                break
            following = blocks[taken].lstrip("\n").split("\n", 1)[0]
            if not following.startswith(" ") and marker_at(following) is None:
                break  # the next block neither continues an item nor adds one
            taken *= 2
        del blocks[:taken]
        first = found.items[0].marker
        tag = "ul" if first.number is None else "ol"
        element = etree.SubElement(parent, tag)
        if first.number is not None and first.number != 1:
            element.set("start", str(first.number))
        for item in found.items:
            li = etree.SubElement(element, "li")
            if not item.lines:
                continue
            text = self.prepare("\n".join(item.lines))
            self.parser.state.set("looselist" if found.loose else "list")
            try:
                self.parser.parseBlocks(li, text.split("\n\n"))
            finally:
                self.parser.state.reset()
        rest = "\n".join(lines[found.end :])
        if rest.strip():
            blocks[:0] = rest.split("\n\n")


class CommonMarkListExtension(Extension):
    """Lists, and markdown_blocks' fenced code, quotes and setext headings, in place of
    python-markdown's."""

    def __init__(self, prepare: Callable[[str], str], **kwargs: object) -> None:
        self.prepare = prepare
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        processors = md.parser.blockprocessors
        for name in ("indent", "olist", "ulist"):
            if name in processors:
                processors.deregister(name)
        if "defindent" in processors:  # def_list's: it would nest indented blocks under lists too
            processors["defindent"].ITEM_TYPES = ["dd"]  # type: ignore[attr-defined]
            processors["defindent"].LIST_TYPES = ["dl"]  # type: ignore[attr-defined]

        def prepare(text: str) -> str:
            if "\n" not in text and "```" not in text and "~~~" not in text:
                return text  # one line of text: nothing to separate
            text = self.prepare(text)
            if "```" in text or "~~~" in text:  # fenced code inside the item
                text = "\n".join(md.preprocessors["fenced_code_block"].run(text.split("\n")))
            return text

        # Above setext headings ("- foo\n---" is a list and a rule), below indented code.
        processors.register(CommonMarkListProcessor(md.parser, prepare), "olist", 65)
        from . import markdown_blocks  # it builds on this module's line rules

        markdown_blocks.register(md, prepare)
