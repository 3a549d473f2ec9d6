"""Restart Midad (for a new interface language): close every window as the writer would, each
asking about unsaved work, then start the same command line again."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QMainWindow

logger = logging.getLogger(__name__)

Start = Callable[[str, list[str]], bool]


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process (``python -m editor``, the
    ``midad`` script, or a frozen bundle's own executable)."""
    arguments = list(getattr(sys, "orig_argv", sys.argv))[1:]
    return sys.executable, arguments


def restart_application(
    start: Start | None = None, quit_: Callable[[], None] | None = None
) -> bool:
    """Close all windows and start again; False (and nothing restarts) when the writer keeps a
    window open, e.g. cancels a Save question."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    app.closeAllWindows()
    if any(
        isinstance(widget, QMainWindow) and widget.isVisible() for widget in app.topLevelWidgets()
    ):
        return False
    program, arguments = restart_command()
    started = (start or QProcess.startDetached)(program, arguments)
    if not started:
        logger.warning("Cannot restart Midad: %s %s did not start", program, arguments)
    (quit_ or app.quit)()
    return bool(started)
