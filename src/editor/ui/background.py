"""Running work off the GUI thread and getting the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class Background(QObject):
    """A one-thread worker: jobs run in order; each callback runs on the GUI thread."""

    _finished = Signal(object, object)  # callback, result

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        if self._closed:
            return
        future = self._executor.submit(work)
        if done is not None:
            future.add_done_callback(lambda f: self._relay(f, done))

    def run(self, work: Callable[[], Any], timeout: float | None = None) -> Any:
        """Run ``work`` on the worker (after what is queued) and wait for its result."""
        return self._executor.submit(work).result(timeout=timeout)

    def _relay(self, future: Future[Any], done: Callable[[Any], None]) -> None:
        try:
            result = future.result()
        except Exception:  # the GUI goes on; the next request tries again
            return
        if not self._closed:
            self._finished.emit(done, result)

    def _deliver(self, done: Callable[[Any], None], result: Any) -> None:
        if not self._closed:
            done(result)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
