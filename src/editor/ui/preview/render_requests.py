"""Debounced preview refreshes whose work runs off the GUI thread; the latest request wins.

Shared by both preview engines (QTextBrowser and Qt WebEngine): a pane says how to prepare a
job on the GUI thread (reading widget state) and how to show its result there.

The wait after the last keystroke adapts to what a refresh costs (issue 20): a paragraph patch
of a long article takes a few milliseconds, so the preview follows within about a tenth of a
second; a refresh that keeps the GUI thread busy (a whole page imported into the light
preview: 25-45 ms at 10,000 words) waits longer, up to DEBOUNCE_MS, so that steady typing is
not interrupted by it. A result older than the latest request is dropped (never shown).
"""

from __future__ import annotations

import functools
import itertools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ...core.article import Article
from ..background import Background

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 350  # the longest wait after the last keystroke
MIN_DEBOUNCE_MS = 50  # the shortest: a burst of keys still makes one refresh
FIRST_DEBOUNCE_MS = 150  # until a refresh after typing has been timed
# The wait is MIN_DEBOUNCE_MS + these times the recent cost of a refresh (milliseconds on the
# GUI thread weigh more: a key pressed meanwhile waits for them; the worker's only delay it).
GUI_COST_WEIGHT = 4
WORKER_COST_WEIGHT = 1

# Called on the GUI thread with the article; returns the job the worker thread runs.
Prepare = Callable[[Article], Callable[[], Any]]


class PreviewRequests(QObject):
    def __init__(
        self, prepare: Prepare, show: Callable[[Any], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._show = show
        self._pending: Callable[[], Article] | None = None
        self._sequence = itertools.count(1)
        self._latest = 0
        self._worker = Background("preview", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIRST_DEBOUNCE_MS)
        self._timer.timeout.connect(self._typing_paused)
        self._costs: tuple[float, float] | None = None  # recent (GUI, worker) ms of a refresh

    def delay_ms(self) -> int:
        """How long a refresh waits after the last request (see the module's docstring)."""
        return self._timer.interval()

    def record_cost(self, gui_ms: float, worker_ms: float) -> None:
        """Take the cost of a refresh just shown into the wait of the next ones (an average
        that follows the recent refreshes, so one slow page does not slow every later one)."""
        if self._costs is None:
            gui, worker = gui_ms, worker_ms
        else:
            gui = 0.5 * self._costs[0] + 0.5 * gui_ms
            worker = 0.5 * self._costs[1] + 0.5 * worker_ms
        self._costs = (gui, worker)
        wait = MIN_DEBOUNCE_MS + GUI_COST_WEIGHT * gui + WORKER_COST_WEIGHT * worker
        self._timer.setInterval(int(min(DEBOUNCE_MS, max(MIN_DEBOUNCE_MS, wait))))

    def schedule(self, article: Callable[[], Article]) -> None:
        """Ask for a refresh after typing pauses; repeated calls restart the wait.

        Takes a function, not an article: the article is built once when the wait ends,
        never on the keystroke path.
        """
        self._pending = article
        self._timer.start()

    def waiting(self) -> bool:
        """Whether a request waits for typing to pause."""
        return self._pending is not None

    def refresh_now(self, article: Article) -> None:
        self._pending = lambda: article
        self._start_pending()

    def _typing_paused(self) -> None:
        self._start_pending(timed=True)

    def _start_pending(self, timed: bool = False) -> None:
        """Start the pending refresh; ``timed``: its cost sets the wait of the next ones (a
        refresh after typing, not a new article or a changed setting shown at once)."""
        provider, self._pending = self._pending, None
        if provider is None:
            return
        self._timer.stop()
        start = time.perf_counter()
        job = self._prepare(provider())
        number = next(self._sequence)
        self._latest = number
        prepared = time.perf_counter() - start
        self._worker.submit(
            _timed(job, lambda: number == self._latest),
            functools.partial(self._deliver, number, prepared if timed else None),
        )

    def _deliver(self, number: int, prepared: float | None, done: tuple[Any, float] | None) -> None:
        if done is None or number != self._latest:  # a newer one is on its way: dropped
            return
        result, worker_seconds = done
        start = time.perf_counter()
        self._show(result)
        shown = time.perf_counter() - start
        if prepared is not None:
            self.record_cost((prepared + shown) * 1000, worker_seconds * 1000)

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        """Stop; ``last`` runs on the worker thread after its jobs (to free what it owns)."""
        self._timer.stop()
        if last is not None:
            self._worker.run(last)
        self._worker.shutdown()


def _timed(
    job: Callable[[], Any], current: Callable[[], bool]
) -> Callable[[], tuple[Any, float] | None]:
    """``job`` returning its result with the seconds it took (run on the worker); None, without
    running it, when a newer request came while it waited in the queue (cancelled)."""

    def timed() -> tuple[Any, float] | None:
        if not current():
            return None
        start = time.perf_counter()
        result = job()
        return result, time.perf_counter() - start

    timed.__qualname__ = getattr(job, "__qualname__", "preview job")
    return timed


def render_safely(renderer: Callable[[Article], str], article: Article) -> str:
    """The page, or a one-line error page: a preview failure never takes the editor down."""
    try:
        return renderer(article)
    except Exception as exc:
        logger.exception("The preview could not be rendered")
        return f"<p>{type(exc).__name__}: {exc}</p>"


def article_folder(article: Article) -> Path | None:
    """The folder relative images are read from, or None for an unsaved article."""
    return article.source.path.parent if article.source.path else None
