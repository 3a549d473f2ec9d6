"""Markdown highlighting that formats only what is on screen.

QSyntaxHighlighter calls Python once per paragraph of the whole document when text is loaded:
~15,000 calls for a 100,000-word article, most of a second before the first paint. Instead,
this formatter applies character formats straight to the layouts of the *visible* paragraphs,
just before they are painted, and re-formats a paragraph when its text changes. Each block
remembers (in its user state) a stamp of the text it was formatted for: nothing is done twice.
Code fences are the one construct that spans paragraphs; their positions are indexed once
and re-indexed only when a fence line or the number of paragraphs changes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from ..core.bidi import BIDI_CONTROLS
from ..core.markdown_lines import FENCE

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_QUOTE = re.compile(r"^\s{0,3}>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CODE = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*)(\))")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")
_URL = re.compile(r"<?https?://[^\s>)]+>?")
_CONTROLS = re.compile("[" + "".join(BIDI_CONTROLS) + "]")
_MARKUP_CHARS = frozenset("*_`[<h")
_MAX_EAGER_BLOCKS = 50


def _format(
    color: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    background: str | None = None,
    family: str | None = None,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if family:
        fmt.setFontFamilies([family])
    return fmt


class Palette:
    """Formats for one theme; dark and light differ only in colours."""

    def __init__(self, dark: bool = False) -> None:
        self.heading = _format("#7fb3ff" if dark else "#1a4f8b", bold=True)
        self.marker = _format("#8a8f98")
        self.strong = _format(bold=True)
        self.emphasis = _format(italic=True)
        self.code = _format("#e6a06b" if dark else "#a0452a", family="monospace")
        self.link = _format("#6cc3ff" if dark else "#0b6bcb")
        self.url = _format("#7a808a")
        self.quote = _format("#a9b3bd" if dark else "#55606b", italic=True)
        self.control = _format("#ffffff", background="#b45f06")


def markdown_spans(
    text: str, palette: Palette, in_fence: bool, show_controls: bool = False
) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, length, format) runs for one paragraph; later runs win where they overlap."""
    spans: list[tuple[int, int, QTextCharFormat]] = []
    add = spans.append
    if in_fence or FENCE.match(text):
        add((0, len(text), palette.code))
    elif text:
        first = text.lstrip()[:1]
        if first == "#" and (heading := _HEADING.match(text)):
            add((0, len(text), palette.heading))
            add((0, heading.end(), palette.marker))
        elif first == ">" and _QUOTE.match(text):
            add((0, len(text), palette.quote))
        elif first and first in "-*+0123456789" and (item := _LIST.match(text)):
            add((0, item.end(), palette.marker))
        if _MARKUP_CHARS.intersection(text):
            for pattern, fmt in ((_STRONG, palette.strong), (_EMPHASIS, palette.emphasis)):
                for match in pattern.finditer(text):
                    width = len(match.group(1))
                    add((match.start(), match.end() - match.start(), fmt))
                    add((match.start(), width, palette.marker))
                    add((match.end() - width, width, palette.marker))
            for match in _LINK.finditer(text):
                add((match.start(), match.end(1) - match.start(), palette.marker))
                add((match.start(2), match.end(2) - match.start(2), palette.link))
                add((match.start(3), match.end() - match.start(3), palette.url))
            for pattern, fmt in (
                (_URL, palette.url),
                (_FOOTNOTE, palette.marker),
                (_CODE, palette.code),
            ):
                for match in pattern.finditer(text):
                    add((match.start(), match.end() - match.start(), fmt))
    if show_controls:
        for match in _CONTROLS.finditer(text):
            add((match.start(), 1, palette.control))
    return spans


def _same_formats(
    ours: list[QTextLayout.FormatRange], shown: list[QTextLayout.FormatRange]
) -> bool:
    return len(ours) == len(shown) and all(
        a.start == b.start and a.length == b.length and a.format == b.format
        for a, b in zip(ours, shown, strict=True)
    )


# Extra formats for a paragraph: (start, length, format) spans.
Decorations = Callable[[QTextBlock], list[tuple[int, int, QTextCharFormat]]]


class MarkdownHighlighter(QObject):
    """Formats the paragraphs of one document as they become visible or change."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self.document = document
        self.palette = Palette(dark)
        self.show_controls = False
        self._fences: list[int] | None = None  # block numbers of fence lines, sorted
        self._block_count = document.blockCount()
        self._decorations: list[Decorations] = []
        self._busy = False
        self._generation = 0  # bumped to invalidate every paragraph's formats at once
        # Bumped whenever paragraphs may need formatting that the edit itself did not do (a
        # bulk change, formats forgotten): what is on screen must be looked at again.
        self.changes = 0
        document.contentsChange.connect(self._contents_changed)

    # -- configuration --------------------------------------------------------------------
    def add_decorations(self, decorations: Decorations) -> None:
        """Merge extra underlines (proofreading findings) with the Markdown formats."""
        self._decorations.append(decorations)

    def set_show_controls(self, show: bool) -> None:
        if show != self.show_controls:
            self.show_controls = show
            self.invalidate()

    def set_dark(self, dark: bool) -> None:
        self.palette = Palette(dark)
        self.invalidate()

    def invalidate(self) -> None:
        """Forget every paragraph's formats; visible ones are redone at the next paint."""
        self._generation += 1
        self.changes += 1

    # -- formatting -----------------------------------------------------------------------
    def _stamp(self, block: QTextBlock) -> int:
        # The text's hash and the formatter generation, packed into the block's user state.
        # (Block revisions are not enough: edits inside one edit block share a revision.)
        return (hash(block.text()) + self._generation) & 0x3FFFFFFF

    def is_formatted(self, block: QTextBlock) -> bool:
        return block.userState() == self._stamp(block)

    def format_blocks(self, first: QTextBlock, last_number: int) -> bool:
        """Format the paragraphs from ``first`` to block number ``last_number`` that need it;
        False when called back while formatting (nothing done)."""
        if self._busy:
            return False
        self._busy = True
        try:
            block = first
            while block.isValid() and block.blockNumber() <= last_number:
                if block.userState() != self._stamp(block):
                    self.format_block(block)
                block = block.next()
        finally:
            self._busy = False
        return True

    def format_block(self, block: QTextBlock) -> None:
        ranges = []
        spans = markdown_spans(
            block.text(), self.palette, self.in_fence(block.blockNumber()), self.show_controls
        )
        for decorations in self._decorations:
            spans.extend(decorations(block))
        for start, length, fmt in spans:
            format_range = QTextLayout.FormatRange()
            format_range.start, format_range.length, format_range.format = start, length, fmt
            ranges.append(format_range)
        block.setUserState(self._stamp(block))  # first: marking dirty re-enters via repaint
        layout = block.layout()
        shown = layout.formats()
        if (ranges or shown) and not _same_formats(ranges, shown):
            # Only when they differ: new formats make Qt resolve the paragraph's fonts again
            # (typing at the end of a paragraph mostly leaves its formats as they were).
            layout.setFormats(ranges)
            self.document.markContentsDirty(block.position(), block.length())

    # -- code fences ----------------------------------------------------------------------
    def in_fence(self, block_number: int) -> bool:
        """Inside a fenced code block: an odd number of fence lines above this paragraph."""
        if self._fences is None:
            self._fences = [
                block.blockNumber() for block in self._blocks() if FENCE.match(block.text())
            ]
        return bisect.bisect_left(self._fences, block_number) % 2 == 1

    def _update_fences(self, first: QTextBlock, last: QTextBlock, shift: int) -> None:
        """Keep the fence index in step with an edit of paragraphs ``first``..``last`` (which
        stood at ``first``..``last - shift`` before): renumber the fences below, re-read the
        edited ones. Only when the edit changes how many fences are above the paragraphs below
        (their odd/even count) do those go in or out of code and need formatting again."""
        start, end = first.blockNumber(), last.blockNumber()
        fences = self._fences
        if fences is None:
            return  # not read yet: in_fence reads them all
        low = bisect.bisect_left(fences, start)
        high = bisect.bisect_right(fences, end - shift)
        edited = []
        block = first
        while block.isValid():
            if FENCE.match(block.text()):
                edited.append(block.blockNumber())
            if block == last:
                break
            block = block.next()
        fences[low:] = edited + [number + shift for number in fences[high:]]
        if (high - low) % 2 != len(edited) % 2:
            self.invalidate()  # paragraphs below have gone in or out of code

    def _blocks(self) -> Iterator[QTextBlock]:
        block = self.document.firstBlock()
        while block.isValid():
            yield block
            block = block.next()

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        count = self.document.blockCount()
        first = self.document.findBlock(position)
        last = self.document.findBlock(position + added)
        shift = count - self._block_count  # paragraphs added (or, negative, removed)
        self._block_count = count
        if self._fences is not None and first.isValid():
            self._update_fences(first, last if last.isValid() else self.document.lastBlock(), shift)
        # Typed edits are on screen: format them now, not after a flash of plain text. A bulk
        # change (a whole new text, a large paste) is left to the visible-paragraph pass.
        if (
            first.isValid()
            and last.blockNumber() - first.blockNumber() <= _MAX_EAGER_BLOCKS
            and not self._busy
        ):
            self.format_blocks(first, last.blockNumber() if last.isValid() else first.blockNumber())
        else:
            self.changes += 1
