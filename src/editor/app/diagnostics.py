"""The window's diagnostics: the log set up, Qt's own messages logged, and an unexpected error
logged and shown in a dialog instead of going unseen on a terminal nobody watches."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QThread, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ..logsetup import configure_logging, current_log_file

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("editor.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
# Shows an unexpected error to the user: the traceback text and the log file (None: no file).
Show = Callable[[str, Path | None], None]


def start_diagnostics(debug: bool = False) -> Path | None:
    """Everything the window's start-up needs: returns the log file (None: none)."""
    path = configure_logging(debug=debug)
    install_qt_message_handler()
    install_excepthook()
    threading.excepthook = log_thread_exception
    return path


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings and debug output, into the log instead of onto stderr."""
    level = _QT_LEVELS.get(kind, logging.WARNING)
    category = getattr(context, "category", None)
    prefix = f"[{category}] " if category and category != "default" else ""
    qt_logger.log(level, "%s%s", prefix, message)
    if kind == QtMsgType.QtFatalMsg:  # Qt aborts next: make sure the record is written
        for handler in logging.getLogger().handlers:
            handler.flush()


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message)


def log_thread_exception(args: threading.ExceptHookArgs) -> None:
    """A thread that died of an exception (Midad's workers catch theirs; this is the rest)."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    logger.error(
        "Unexpected error in thread %s",
        name,
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


class ExceptHook:
    """sys.excepthook for the window: logs the error with its traceback and shows it.

    PySide6 hands an exception raised in a slot or an event handler to sys.excepthook and goes
    on; without this it would only be printed on a terminal. A dialog is shown once per place
    the error comes from (an error in a paint handler would otherwise reopen it at every
    repaint), never from a thread other than the GUI's, and never while one is open.
    """

    def __init__(self, show: Show | None = None) -> None:
        self.show = show or show_dialog
        self._shown: set[tuple[str, str, int]] = set()
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or not _on_gui_thread():
            return
        place = _origin(exc_type, tb)
        if place in self._shown:
            return
        self._shown.add(place)
        self._showing = True
        try:
            self.show("".join(traceback.format_exception(exc_type, exc, tb)), current_log_file())
        except Exception:  # the dialog itself failed: the log has the error already
            logger.exception("Could not show the unexpected error")
        finally:
            self._showing = False


def install_excepthook(show: Show | None = None) -> ExceptHook:
    hook = ExceptHook(show)
    sys.excepthook = hook
    return hook


def show_dialog(details: str, log_file: Path | None) -> None:
    from ..ui.error_dialog import UnexpectedErrorDialog

    UnexpectedErrorDialog(details, log_file, QApplication.activeWindow()).exec()


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and QThread.currentThread() == app.thread()


def _origin(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str, int]:
    last = traceback.extract_tb(tb)[-1:] if tb is not None else []
    if not last:
        return exc_type.__name__, "", 0
    return exc_type.__name__, last[0].filename, last[0].lineno or 0
