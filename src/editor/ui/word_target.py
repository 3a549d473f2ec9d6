"""The article's word-count target: a small dialog to set it, and its progress in the status bar.

The target lives in the front matter (``word-target``, see core.targets); setting it is a details
edit like any other, so it marks the article modified and Undo takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.targets import MAX_WORD_TARGET


def grouped(number: int) -> str:
    """1234 → "1,234"."""
    return f"{number:,}"


class WordTargetDialog(QDialog):
    def __init__(
        self, target: int | None, words: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word Target"))
        self.spin = QSpinBox(self)
        self.spin.setRange(0, MAX_WORD_TARGET)
        self.spin.setSingleStep(100)
        self.spin.setSpecialValueText(self.tr("No target"))
        self.spin.setValue(target or 0)
        self.spin.setGroupSeparatorShown(True)
        note = QLabel(
            self.tr(
                "How many words the article should have. It is kept in the "
                "article's file; 0 removes the target."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Target"), self.spin)
        if words is not None:
            form.addRow(self.tr("Now"), QLabel(self.tr("%n word(s)", "", words), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def target(self) -> int | None:
        return self.spin.value() or None


class WordTargetStatus(QLabel):
    """ "1,234 / 1,500 words" in the status bar; hidden when the article has no target. A click
    opens the Word Target dialog."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.words: int | None = None
        self.target: int | None = None
        self.hide()

    def show_progress(self, words: int | None, target: int | None) -> None:
        self.words, self.target = words, target
        if not target:
            self.hide()
            return
        shown = "…" if words is None else grouped(words)
        self.setText(self.tr("%1 / %2 words").replace("%1", shown).replace("%2", grouped(target)))
        if words is not None:
            percent = round(100 * words / target)
            self.setToolTip(self.tr("%1% of the word target").replace("%1", str(percent)))
            reached = words >= target
            self.setStyleSheet("color: #1e7d32; font-weight: bold" if reached else "")
        self.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
