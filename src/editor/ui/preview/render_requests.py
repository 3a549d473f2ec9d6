"""Debounced preview refreshes whose work runs off the GUI thread; the latest request wins.

Shared by both preview engines (QTextBrowser and Qt WebEngine): a pane says how to prepare a
job on the GUI thread (reading widget state) and how to show its result there.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ...core.article import Article
from ..background import Background

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 350

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
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_pending)

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

    def _start_pending(self) -> None:
        provider, self._pending = self._pending, None
        if provider is None:
            return
        self._timer.stop()
        job = self._prepare(provider())
        number = next(self._sequence)
        self._latest = number
        self._worker.submit(job, functools.partial(self._deliver, number))

    def _deliver(self, number: int, result: Any) -> None:
        if number == self._latest:  # else a newer one is on its way; this one is dropped
            self._show(result)

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        """Stop; ``last`` runs on the worker thread after its jobs (to free what it owns)."""
        self._timer.stop()
        if last is not None:
            self._worker.run(last)
        self._worker.shutdown()


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
