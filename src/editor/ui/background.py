"""Running work off the GUI thread and getting the result back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

logger = logging.getLogger(__name__)


class Background(QObject):
    """A one-thread worker: jobs run in order; each callback runs on the GUI thread.

    A job that raises is logged with its traceback and reported by ``failed`` (on the GUI
    thread); its callback is not called, and the worker goes on with the next jobs.
    """

    failed = Signal(str, object)  # the worker's name, the exception
    _finished = Signal(object, object)  # callback, result
    _failed = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        if self._closed:
            return
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._relay(f, work, done))

    def run(self, work: Callable[[], Any], timeout: float | None = None) -> Any:
        """Run ``work`` on the worker (after what is queued) and wait for its result; its
        exception, if any, is raised here for the caller to handle."""
        return self._executor.submit(work).result(timeout=timeout)

    def _relay(
        self, future: Future[Any], work: Callable[[], Any], done: Callable[[Any], None] | None
    ) -> None:
        if future.cancelled():  # shut down before it started
            return
        error = future.exception()
        if error is not None:  # the GUI goes on; the next request tries again
            logger.error(
                "Background job %s on the %s worker failed",
                _job_name(work),
                self.name,
                exc_info=error,
            )
            if not self._closed:
                self._failed.emit(self.name, error)
            return
        if done is not None and not self._closed:
            self._finished.emit(done, future.result())

    def _deliver(self, done: Callable[[Any], None], result: Any) -> None:
        if not self._closed:
            done(result)

    def _report(self, name: str, error: BaseException) -> None:
        if not self._closed:
            self.failed.emit(name, error)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


def report_failures(root: QObject, report: Callable[[str], None]) -> None:
    """Call ``report`` with the worker's name when a job of any worker under ``root`` fails
    (a window passes its status bar's message, so a failure is seen, not only logged)."""
    for worker in root.findChildren(Background):
        worker.failed.connect(lambda name, _error: report(name))


def _job_name(work: Callable[[], Any]) -> str:
    return getattr(work, "__qualname__", None) or repr(work)
