"""Status bar: words, characters, reading time, cursor position, spelling state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..core.stats import TextStats, text_stats
from .background import Background

FAILURE_MESSAGE_MS = 10000
STATS_DELAY_MS = 400
# The cursor position is shown at most this long after the cursor moved, never on the
# keystroke's own path: re-laying out and painting the status bar cost about half a
# millisecond a key, as much as the bare editor's whole keystroke (bench/editor_speed.py).
POSITION_DELAY_MS = 60


class StatusBar(QStatusBar):
    stats_shown = Signal(object)  # the TextStats just shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.position = QLabel()
        self.spelling = QLabel()
        for label in (self.counts, self.position, self.spelling):
            self.addPermanentWidget(label)
        self._position = (1, 1)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self._show_position)
        self._show_position()
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
        """Show the cursor's position shortly (a throttle: steady typing updates it about
        every POSITION_DELAY_MS, the last position always shown)."""
        self._position = (line, column)
        if not self._position_timer.isActive():
            self._position_timer.start()

    def _show_position(self) -> None:
        line, column = self._position
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


class StatsCounter(QObject):
    """Counts the text shortly after typing pauses, in the background (a first count of a
    long article takes a few hundred ms), and hands the figures to ``show``."""

    def __init__(
        self,
        text: Callable[[], str],
        lang: Callable[[], str],
        show: Callable[[TextStats], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._text, self._lang, self._show = text, lang, show
        self._background = Background("stats", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STATS_DELAY_MS)
        self._timer.timeout.connect(self._count)

    def schedule(self, *_: object) -> None:
        self._timer.start()

    def _count(self) -> None:
        text, lang = self._text(), self._lang()
        self._background.submit(lambda: text_stats(text, lang), self._show)

    def shutdown(self) -> None:
        self._background.shutdown()
