"""Status bar: words, characters, reading time, cursor position, spelling state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..core.stats import TextStats

FAILURE_MESSAGE_MS = 10000


class StatusBar(QStatusBar):
    stats_shown = Signal(object)  # the TextStats just shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.position = QLabel()
        self.spelling = QLabel()
        for label in (self.counts, self.position, self.spelling):
            self.addPermanentWidget(label)
        self.show_position(1, 1)
        self.show_spelling(False)

    def show_stats(self, stats: TextStats) -> None:
        self.counts.setText(
            self.tr("%n word(s)", "", stats.words)
            + " · "
            + self.tr("%n character(s)", "", stats.characters)
            + " · "
            + self.tr("%n min read", "", stats.reading_minutes)
        )
        self.stats_shown.emit(stats)

    def show_position(self, line: int, column: int) -> None:
        self.position.setText(
            self.tr("Line %1, Column %2").replace("%1", str(line)).replace("%2", str(column))
        )

    def show_job_failure(self, _worker: str = "") -> None:
        """A background job (counting, proofreading, preview) failed; the log has why."""
        self.showMessage(
            self.tr("A background task failed; the details are in the log file."),
            FAILURE_MESSAGE_MS,
        )

    def show_spelling(self, active: bool) -> None:
        self.spelling.setText(self.tr("Spelling: on") if active else self.tr("Spelling: off"))
