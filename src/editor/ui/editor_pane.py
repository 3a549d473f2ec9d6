"""The Markdown editing pane: right-to-left by default, each paragraph in its own direction."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QMimeData, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QWidget

from ..core.bidi import LRM, RLM, Direction, flip_paragraph_direction
from ..core.enter import enter_edit
from ..core.importing.html_to_markdown import html_to_markdown
from .fonts import DEFAULT_EDITOR_FAMILY, DEFAULT_EDITOR_SIZE, load_bundled_fonts
from .highlighter import MarkdownHighlighter

# A line of ordinary Arabic prose, to measure a "character" by (the text column's width).
_MEASURE = "يحتاج الكاتب العربي إلى محرّر يفهم اتجاه النص من اليمين إلى اليسار، ولا يبعثر "

# With these a key is a command (Ctrl+Z; Cmd+Z on macOS, which Qt reports as Control).
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier

# The paragraph alignment that QPlainTextEdit lays every paragraph out with: see below.
PARAGRAPH_ALIGNMENT = Qt.AlignmentFlag.AlignJustify | Qt.AlignmentFlag.AlignAbsolute


def use_paragraph_directions(
    document: QTextDocument, flags: QTextOption.Flag | None = None
) -> None:
    """Lay each paragraph out in its own direction: right-to-left ones ragged on the left and
    flush right, left-to-right ones flush left; never justified.

    QPlainTextEdit lays every paragraph out with the document's one default text option (no
    per-block alignment) and leaves right-to-left paragraphs left-aligned (QTBUG-7516).
    With the direction left to each paragraph (Auto), Qt's line alignment
    (QTextEngine::alignLine) turns AlignJustify into AlignRight on a right-to-left line and
    leaves a left-to-right one at the left: the alignment follows each paragraph. Plain
    AlignJustify would also stretch every wrapped line to the full width, which pulls joined
    Arabic letters apart (Qt stretches Arabic at its joins) and opens wide gaps around Latin
    words. QTextEngine::justify stretches only when the horizontal alignment is exactly
    AlignJustify, so adding AlignAbsolute keeps the per-paragraph edge and drops the
    stretching (tests/test_editor_alignment.py checks both on laid-out lines).
    """
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(PARAGRAPH_ALIGNMENT)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if flags is not None:
        option.setFlags(flags)
    document.setDefaultTextOption(option)


def _lines_above(block: QTextBlock) -> Iterator[str]:
    block = block.previous()
    while block.isValid():
        yield block.text()
        block = block.previous()


class EditorPane(QPlainTextEdit):
    """Plain-text Markdown editor; see use_paragraph_directions for the alignment."""

    cursor_moved = Signal(int, int)  # 1-based line and column
    # After a paste: where the pasted text now is (start, end), and the clipboard's text and
    # HTML ("" when it had none), for offers to act on what was pasted.
    pasted = Signal(int, int, str, str)
    # The context menu about to open, and the text position under the mouse: receivers add
    # their actions to it (proofreading suggestions) or re-aim Qt's (the shared Undo).
    context_menu_opening = Signal(QMenu, int)
    # With a shared history, Undo and Redo keys ask for it instead of undoing the text alone.
    undo_requested = Signal()
    redo_requested = Signal()
    # Other paragraphs (or other lines of them) are on screen: scrolled, resized, edited in
    # bulk. Not emitted for a keystroke that leaves the view as it was.
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None, shared_history: bool = False) -> None:
        """``shared_history``: Undo and Redo belong to a history of more than the text (the
        article's details too); the keys emit ``undo_requested``/``redo_requested``."""
        super().__init__(parent)
        self.shared_history = shared_history
        load_bundled_fonts()
        self.document_direction = Direction.RTL
        self._show_controls = False
        self._pasting_plain = False
        self._configure_text_option()
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._font_family, self._font_size = DEFAULT_EDITOR_FAMILY, DEFAULT_EDITOR_SIZE
        self.zoom = 100  # percent of the chosen font size (View ▸ Zoom)
        self._column_chars: int | None = None  # distraction-free: the text column's width
        self.setFont(QFont(DEFAULT_EDITOR_FAMILY, DEFAULT_EDITOR_SIZE))
        self.setTabChangesFocus(False)
        self.highlighter = MarkdownHighlighter(self.document())
        self._formatted_view: tuple[int, ...] = ()  # what the last visible pass looked at
        self._cursor_width = self.cursorWidth()
        self._blink_on = True
        self._blink = QTimer(self)
        self._blink.setInterval(max(250, QApplication.cursorFlashTime() // 2))
        self._blink.timeout.connect(self._toggle_blink)
        self.cursorPositionChanged.connect(self._emit_cursor)
        self.updateRequest.connect(self._highlight_visible)

    # -- text -----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Replace the whole text (a new file): no undo history, highlighting top-first."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def text(self) -> str:
        return self.toPlainText()

    # -- appearance -----------------------------------------------------------------------
    def _configure_text_option(self) -> None:
        flags = QTextOption.Flag(0)
        if self._show_controls:
            flags = QTextOption.Flag.ShowTabsAndSpaces | QTextOption.Flag.ShowDefaultIgnorables
        use_paragraph_directions(self.document(), flags)

    def set_show_controls(self, show: bool) -> None:
        """Show bidi marks, no-break spaces and other invisible characters."""
        self._show_controls = show
        self._configure_text_option()
        self.highlighter.set_show_controls(show)

    def set_editor_font(self, family: str, size: int) -> None:
        self._font_family = family or DEFAULT_EDITOR_FAMILY
        self._font_size = size or DEFAULT_EDITOR_SIZE
        self._apply_font()

    def set_zoom(self, percent: int) -> None:
        """Draw the text at ``percent`` of the chosen font size (the setting is unchanged)."""
        self.zoom = percent
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self._font_family)
        font.setPointSizeF(self._font_size * self.zoom / 100)
        self.setFont(font)
        self._fit_text_column()

    # -- the text column (distraction-free writing) ---------------------------------------
    def set_text_column(self, chars: int | None) -> None:
        """Keep the text in a centred column about ``chars`` characters wide (None: the whole
        width). The margins take the text's background, so the column reads as a page."""
        self._column_chars = chars
        self.setAutoFillBackground(chars is not None)
        self._fit_text_column()

    def char_width(self) -> float:
        """The width of an average character of running Arabic text in the editor's font
        (the font's own average is a Latin one, much wider than joined Arabic letters)."""
        return self.fontMetrics().horizontalAdvance(_MEASURE) / len(_MEASURE)

    def text_column_width(self) -> int:
        return self.viewport().width()

    def _fit_text_column(self) -> None:
        if self._column_chars is None:
            self.setViewportMargins(0, 0, 0, 0)
            return
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        column = round(self.char_width() * self._column_chars) + 2 * int(
            self.document().documentMargin()
        )
        bar = self.verticalScrollBar()
        room = self.contentsRect().width() - (bar.width() if bar.isVisible() else 0)
        side = max(0, (room - column) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._column_chars is not None:
            self._fit_text_column()

    def set_dark(self, dark: bool) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22" if dark else "#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6" if dark else "#1d1b18"))
        self.setPalette(palette)
        self._fit_text_column()
        self.highlighter.set_dark(dark)
        self.refresh_visible_formats()

    def set_document_direction(self, direction: Direction) -> None:
        """The direction of the article as a whole (from its language)."""
        self.document_direction = direction
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if direction is Direction.RTL
            else Qt.LayoutDirection.LeftToRight
        )
        self.viewport().update()

    # -- direction commands ---------------------------------------------------------------
    def flip_paragraph_direction(self) -> None:
        """Toggle the current paragraph's direction with a leading RLM/LRM (kept in the text)."""
        cursor = self.textCursor()
        block = cursor.block()
        column = cursor.positionInBlock()
        flipped = flip_paragraph_direction(block.text(), self.document_direction)
        if flipped == block.text():
            return
        edit = QTextCursor(block)
        edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(flipped)
        cursor.setPosition(
            block.position() + min(column + len(flipped) - len(block.text()), len(flipped))
            if column
            else block.position()
        )
        self.setTextCursor(cursor)

    # -- paste ----------------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted HTML (a web page, Word, Google Docs) arrives as Markdown, not markup."""
        start = self.textCursor().selectionStart()
        html = source.html() if source.hasHtml() and not self._pasting_plain else ""
        markdown = html_to_markdown(html) if html else ""
        if markdown.strip():
            self.insertPlainText(markdown)
        else:
            super().insertFromMimeData(source)
        self.pasted.emit(
            start, self.textCursor().position(), source.text() if source.hasText() else "", html
        )

    def paste_plain(self) -> None:
        self._pasting_plain = True
        try:
            self.paste()
        finally:
            self._pasting_plain = False

    def insert_rlm(self) -> None:
        self.insertPlainText(RLM)

    def insert_lrm(self) -> None:
        self.insertPlainText(LRM)

    # -- status ---------------------------------------------------------------------------
    def _emit_cursor(self) -> None:
        cursor = self.textCursor()
        self.cursor_moved.emit(cursor.blockNumber() + 1, cursor.positionInBlock() + 1)
        self._update_blink()

    def visible_block_range(self) -> tuple[QTextBlock, int]:
        """The first visible paragraph and the number of the last one."""
        first = self.firstVisibleBlock()
        height = self.viewport().height()
        block, last = first, first.blockNumber()
        top = self.blockBoundingGeometry(first).translated(self.contentOffset()).top()
        while block.isValid() and top <= height:
            last = block.blockNumber()
            top += self.blockBoundingRect(block).height()
            block = block.next()
        return first, last

    def refresh_visible_formats(self) -> None:
        """Re-apply highlighting and underlines to the visible paragraphs that need it."""
        self._formatted_view = ()
        self._highlight_visible()

    def _highlight_visible(self) -> None:
        """Before a paint: format the visible paragraphs that need it. Typing formats its own
        paragraph as it changes (the highlighter's eager pass), so while the view shows the
        same paragraphs with the same number of lines, nothing else can need it and the walk
        over the visible paragraphs (run at every update request, twice a keystroke) is
        skipped."""
        first_block = self.firstVisibleBlock()
        if not first_block.isValid():
            return
        document = self.document()
        view = (
            first_block.blockNumber(),
            self.verticalScrollBar().value(),
            self.viewport().height(),
            document.blockCount(),
            int(document.documentLayout().documentSize().height()),
            self.highlighter.changes,
        )
        if view == self._formatted_view:
            return
        first, last = self.visible_block_range()
        if self.highlighter.format_blocks(first, last):
            self._formatted_view = view
            self.view_changed.emit()

    # -- Enter and Shift+Enter (editor.core.enter) ----------------------------------------
    def _enter_kind(self, event: QKeyEvent) -> bool | None:
        """None when the key is no Enter we handle, else whether it is Shift+Enter.
        (Ctrl+Enter and others go to Qt: a plain line break.)"""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or self.isReadOnly():
            return None
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return False
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            return True
        return None

    def press_enter(self, shift: bool = False) -> None:
        """Type what Enter (or Shift+Enter) means here, as one undo step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block = cursor.block()
        previous = block.previous()
        edit = enter_edit(
            block.text(),
            cursor.positionInBlock(),
            previous=previous.text() if previous.isValid() else "",
            in_code=self.highlighter.in_fence(block.blockNumber()),
            shift=shift,
            above=_lines_above(block),
        )
        cursor.setPosition(block.position() + edit.start)
        cursor.setPosition(block.position() + edit.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isprintable() and text and not event.modifiers() & _COMMAND_MODIFIERS:
            super().keyPressEvent(event)  # a typed character: no Enter, Undo or Redo to find
            return
        enter = self._enter_kind(event)
        if enter is not None:
            self.press_enter(shift=enter)
        elif self.shared_history and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif self.shared_history and event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_opening.emit(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- the empty-line cursor (QTBUG-76154) ----------------------------------------------
    # An empty paragraph has no strong character, so Qt places its cursor by the keyboard's
    # direction, usually on the left. In a right-to-left article we draw it on the right.
    def _cursor_on_empty_rtl_line(self) -> bool:
        return (
            self.document_direction is Direction.RTL
            and self.textCursor().block().length() == 1
            and not self.textCursor().hasSelection()
        )

    def _update_blink(self) -> None:
        wanted = self._cursor_on_empty_rtl_line() and self.hasFocus()
        if wanted and not self._blink.isActive():
            self._blink_on = True
            self._blink.start()
        elif not wanted and self._blink.isActive():
            self._blink.stop()

    def _toggle_blink(self) -> None:
        self._blink_on = not self._blink_on
        self.viewport().update(self._empty_line_cursor_rect().adjusted(-2, 0, 2, 0))

    def _empty_line_cursor_rect(self) -> QRect:
        rect = self.cursorRect()
        margin = int(self.document().documentMargin())
        x = self.viewport().width() - margin - self._cursor_width
        return QRect(x, rect.y(), self._cursor_width, rect.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        on_empty_rtl = self._cursor_on_empty_rtl_line()
        wanted_width = 0 if on_empty_rtl else self._cursor_width
        if self.cursorWidth() != wanted_width:
            self.setCursorWidth(wanted_width)
        super().paintEvent(event)
        if on_empty_rtl and self.hasFocus() and self._blink_on:
            painter = QPainter(self.viewport())
            painter.fillRect(self._empty_line_cursor_rect(), self.palette().text())
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update_blink()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update_blink()


FLIP_DIRECTION_SHORTCUT = QKeySequence("Ctrl+Shift+X")
