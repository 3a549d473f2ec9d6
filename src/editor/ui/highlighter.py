"""Markdown highlighting that stays cheap on long articles.

Qt calls ``highlightBlock`` once per paragraph when the document is attached. On a
100,000-word article that is ~15,000 Python calls, so the first pass fully formats only the
paragraphs near the top; the rest get only their code-fence state (one string check) and are
formatted afterwards in small idle-time batches, visible ones first.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from ..core.bidi import BIDI_CONTROLS

IN_FENCE = 1
_FIRST_PASS_BLOCKS = 400
_IDLE_BATCH = 150

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_QUOTE = re.compile(r"^\s{0,3}>")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CODE = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*)(\))")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")
_URL = re.compile(r"<?https?://[^\s>)]+>?")
_CONTROLS = re.compile("[" + "".join(BIDI_CONTROLS) + "]")
_MARKUP_CHARS = frozenset("*_`[!<h#>-+|0123456789~")


def _format(color: str | None = None, *, bold: bool = False, italic: bool = False,
            background: str | None = None, family: str | None = None) -> QTextCharFormat:
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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)  # Qt defers the first full pass to the event loop
        self.palette = Palette(dark)
        self.show_controls = False
        self._deferring = True  # first pass: paragraphs past the limit are left for idle time
        self._force_full = False
        self._sweep = QTextCursor(document)  # moves with edits: where the idle pass has reached
        self._sweep_timer = QTimer(self)
        self._sweep_timer.setInterval(0)
        self._sweep_timer.timeout.connect(self._sweep_batch)

    # -- configuration --------------------------------------------------------------------
    def set_show_controls(self, show: bool) -> None:
        if show != self.show_controls:
            self.show_controls = show
            self.rehighlight()

    def set_dark(self, dark: bool) -> None:
        self.palette = Palette(dark)
        self.rehighlight()

    def rehighlight(self) -> None:
        self._force_full = True  # an explicit full rehighlight formats everything
        try:
            super().rehighlight()
        finally:
            self._force_full = False
        self._sweep_timer.stop()
        self._deferring = False

    def defer_next_load(self) -> None:
        """Call before replacing the whole text: the new text is formatted top-first again."""
        self._sweep_timer.stop()
        self._sweep.setPosition(0)
        self._deferring = True

    def highlight_visible(self, first: QTextBlock, last_number: int) -> None:
        """Format the visible paragraphs the idle pass has not reached yet."""
        if not self._deferring:
            return
        block = first
        self._force_full = True
        try:
            while block.isValid() and block.blockNumber() <= last_number:
                if self._is_deferred(block):
                    self.rehighlightBlock(block)
                block = block.next()
        finally:
            self._force_full = False

    def _is_deferred(self, block: QTextBlock) -> bool:
        return (self._deferring and not self._force_full
                and block.blockNumber() >= _FIRST_PASS_BLOCKS
                and block.position() >= self._sweep.position())

    # -- Qt entry point -------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        in_fence = previous == IN_FENCE
        if _FENCE.match(text):
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            self.setFormat(0, len(text), self.palette.code)
            return
        self.setCurrentBlockState(IN_FENCE if in_fence else 0)
        if self._is_deferred(self.currentBlock()):
            self._start_sweep()
            return  # formatted later, in idle time
        if in_fence:
            self.setFormat(0, len(text), self.palette.code)
        elif text:
            self._format_markdown(text)
        if self.show_controls:
            for match in _CONTROLS.finditer(text):
                self.setFormat(match.start(), 1, self.palette.control)

    def _format_markdown(self, text: str) -> None:
        palette = self.palette
        first = text.lstrip()[:1]
        if first == "#" and (heading := _HEADING.match(text)):
            self.setFormat(0, len(text), palette.heading)
            self.setFormat(0, heading.end(), palette.marker)
        elif first == ">" and _QUOTE.match(text):
            self.setFormat(0, len(text), palette.quote)
        elif first in "-*+0123456789" and first and (item := _LIST.match(text)):
            self.setFormat(0, item.end(), palette.marker)
        if not _MARKUP_CHARS.intersection(text):
            return  # most prose paragraphs: nothing inline to find
        for match in _STRONG.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), palette.strong)
            self._markers(match, palette.marker)
        for match in _EMPHASIS.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), palette.emphasis)
            self._markers(match, palette.marker)
        for match in _LINK.finditer(text):
            self.setFormat(match.start(2), match.end(2) - match.start(2), palette.link)
            self.setFormat(match.start(3), match.end() - match.start(3), palette.url)
            self.setFormat(match.start(), match.end(1) - match.start(), palette.marker)
        for match in _URL.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), palette.url)
        for match in _FOOTNOTE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), palette.marker)
        for match in _CODE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), palette.code)

    def _markers(self, match: re.Match[str], fmt: QTextCharFormat) -> None:
        width = len(match.group(1))
        self.setFormat(match.start(), width, fmt)
        self.setFormat(match.end() - width, width, fmt)

    # -- idle pass ------------------------------------------------------------------------
    def _start_sweep(self) -> None:
        if not self._sweep_timer.isActive():
            block = self.document().findBlockByNumber(_FIRST_PASS_BLOCKS)
            self._sweep.setPosition(block.position() if block.isValid() else 0)
            self._sweep_timer.start()

    def _sweep_batch(self) -> None:
        block = self.document().findBlock(self._sweep.position())
        self._force_full = True
        try:
            for _ in range(_IDLE_BATCH):
                if not block.isValid():
                    break
                self.rehighlightBlock(block)
                block = block.next()
        finally:
            self._force_full = False
        if block.isValid():
            self._sweep.setPosition(block.position())
        else:
            self._sweep_timer.stop()
            self._deferring = False

    @property
    def idle_pass_done(self) -> bool:
        return not self._deferring
