"""The outline pane: the article's headings; a click moves the editor there, and the heading of
the section the cursor is in stays highlighted.

Cheap while typing: the headings are read again from the text only after typing pauses
(REFRESH_MS) and only while the pane is shown; the highlight moves only when the cursor changes
paragraph (after HIGHLIGHT_MS), by a binary search over the headings' lines.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTreeWidget, QTreeWidgetItem, QWidget

from ..core.outline import Heading, outline, section_at

REFRESH_MS = 500
HIGHLIGHT_MS = 120


class OutlinePane(QTreeWidget):
    jumped = Signal(int)  # the 0-based line the editor was moved to

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.headings: list[Heading] = []
        self._items: list[QTreeWidgetItem] = []
        self._stale = True
        self._cursor_line = -1
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setToolTip(self.tr("The article's headings: click one to go there"))
        self._refresh_timer = self._timer(REFRESH_MS, self.refresh)
        self._highlight_timer = self._timer(HIGHLIGHT_MS, self.highlight_current)
        editor.textChanged.connect(self._text_changed)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        self.itemClicked.connect(self._item_chosen)
        self.itemActivated.connect(self._item_chosen)

    def _timer(self, msec: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    # -- headings -------------------------------------------------------------------------
    def _text_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the headings from the editor's text and list them, nested by level."""
        self._refresh_timer.stop()
        self._stale = False
        headings = outline(self.editor.toPlainText())
        # Laid out like the article (an Arabic outline reads from the right in any interface).
        self.setLayoutDirection(self.editor.layoutDirection())
        if headings == self.headings and self._items:
            self.highlight_current()
            return
        self.headings = headings
        self.clear()
        self._items = []
        parents: list[tuple[int, QTreeWidgetItem]] = []  # (level, item) of the open branches
        for heading in headings:
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem([heading.text or self.tr("(untitled heading)")])
            item.setData(0, Qt.ItemDataRole.UserRole, heading.line)
            item.setToolTip(0, heading.text)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append((heading.level, item))
            self._items.append(item)
        self.expandAll()
        self._cursor_line = -1
        self.highlight_current()

    # -- following the cursor -------------------------------------------------------------
    def _cursor_moved(self) -> None:
        line = self.editor.textCursor().blockNumber()
        if line != self._cursor_line:
            self._highlight_timer.start()

    def current_index(self) -> int:
        """The heading of the section the editor's cursor is in (-1: before the first)."""
        return section_at(self.headings, self.editor.textCursor().blockNumber())

    def highlight_current(self) -> None:
        self._highlight_timer.stop()
        self._cursor_line = self.editor.textCursor().blockNumber()
        index = self.current_index()
        self.blockSignals(True)
        try:
            if 0 <= index < len(self._items):
                self.setCurrentItem(self._items[index])
                self.scrollToItem(self._items[index])
            else:
                self.setCurrentIndex(QModelIndex())  # no current item
                self.clearSelection()
        finally:
            self.blockSignals(False)
        self.viewport().update()

    # -- jumping --------------------------------------------------------------------------
    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item in self._items:
            self.jump_to(self._items.index(item))

    def jump_to(self, index: int) -> None:
        """Put the editor's cursor at the start of heading ``index`` and show it."""
        if self._refresh_timer.isActive():
            self.refresh()  # the text changed since the list was made
        if not 0 <= index < len(self.headings):
            return
        line = self.headings[index].line
        block = self.editor.document().findBlockByNumber(line)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()
        self.highlight_current()
        self.jumped.emit(line)
