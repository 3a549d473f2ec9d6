"""Find and replace bar under the editor: plain, whole-word, regex and Arabic-aware search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.search import Match, SearchError, SearchOptions, expand_replacement, find_all
from .core_messages import core_error_message


class FindBar(QWidget):
    """Searches the editor it is given; all matches are tinted, the current one selected."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.matches: list[Match] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Find"))
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.case_sensitive = QCheckBox(self.tr("Match case"))
        self.whole_word = QCheckBox(self.tr("Whole words"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.arabic_aware = QCheckBox(self.tr("Ignore tashkeel and hamza forms"))
        self.arabic_aware.setChecked(True)
        self.arabic_aware.setToolTip(
            self.tr("Ignore tashkeel and tatweel; treat ا أ إ آ, ى ي and ة ه as the same letter")
        )
        self.count = QLabel()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace All"))
        self.close_button = QPushButton(self.tr("Close"))
        self._build()
        self._connect()

    def _build(self) -> None:
        top = QHBoxLayout()
        widget: QWidget
        for widget in (
            self.query,
            self.previous_button,
            self.next_button,
            self.count,
            self.close_button,
        ):
            top.addWidget(widget)
        middle = QHBoxLayout()
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            middle.addWidget(widget)
        bottom = QHBoxLayout()
        for widget in (self.arabic_aware, self.whole_word, self.case_sensitive, self.regex):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for row in (top, middle, bottom):
            layout.addLayout(row)

    def _connect(self) -> None:
        self.query.textChanged.connect(self.refresh)
        for box in (self.case_sensitive, self.whole_word, self.regex, self.arabic_aware):
            box.toggled.connect(self.refresh)
        self.query.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.hide_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide_bar)

    # -- searching ------------------------------------------------------------------------
    def options(self) -> SearchOptions:
        return SearchOptions(
            self.case_sensitive.isChecked(),
            self.whole_word.isChecked(),
            self.regex.isChecked(),
            self.arabic_aware.isChecked(),
        )

    def show_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.refresh()

    def hide_bar(self) -> None:
        self.hide()
        self.editor.setExtraSelections([])
        self.editor.setFocus()

    def refresh(self) -> None:
        try:
            self.matches = find_all(self.editor.toPlainText(), self.query.text(), self.options())
        except SearchError as exc:
            self.matches = []
            self.count.setText(core_error_message(exc))
            self._tint()
            return
        self.count.setText(
            self.tr("%n match(es)", "", len(self.matches)) if self.query.text() else ""
        )
        self._tint()

    def _tint(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fde68a"))
        fmt.setForeground(QColor("#1d1b18"))  # dark text on the yellow, in a dark editor too
        selections = []
        for match in self.matches[:2000]:  # tinting more would only slow the editor down
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(match)
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _cursor(self, match: Match) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def find_next(self) -> bool:
        return self._go(forward=True)

    def find_previous(self) -> bool:
        return self._go(forward=False)

    def _go(self, forward: bool) -> bool:
        if not self.matches:
            return False
        cursor = self.editor.textCursor()
        here = cursor.selectionEnd() if forward else cursor.selectionStart()
        if forward:
            target = next((m for m in self.matches if m.start >= here), self.matches[0])
        else:
            target = next((m for m in reversed(self.matches) if m.end <= here), self.matches[-1])
        self.editor.setTextCursor(self._cursor(target))
        self.editor.ensureCursorVisible()
        return True

    # -- replacing ------------------------------------------------------------------------
    def _replacement_for(self, match: Match, text: str) -> str:
        if self.regex.isChecked():
            return expand_replacement(self.replacement.text(), match, text)
        return self.replacement.text()

    def replace_current(self) -> bool:
        cursor = self.editor.textCursor()
        current = next(
            (
                m
                for m in self.matches
                if (m.start, m.end) == (cursor.selectionStart(), cursor.selectionEnd())
            ),
            None,
        )
        if current is None:
            return self.find_next()
        try:
            replacement = self._replacement_for(current, self.editor.toPlainText())
        except SearchError as exc:  # e.g. \3 in a pattern with two groups
            self.count.setText(core_error_message(exc))
            return False
        cursor.insertText(replacement)
        self.refresh()
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns (and shows) how many were replaced."""
        self.refresh()
        text = self.editor.toPlainText()
        matches = list(self.matches)
        if not matches:
            return 0
        try:  # worked out before any change, so a bad replacement changes nothing
            replacements = [self._replacement_for(match, text) for match in matches]
        except SearchError as exc:
            self.count.setText(core_error_message(exc))
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        # from the end, so earlier offsets stay valid
        for match, replacement in reversed(list(zip(matches, replacements, strict=True))):
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self.refresh()
        self.count.setText(self.tr("Replaced %n match(es)", "", len(matches)))
        return len(matches)
