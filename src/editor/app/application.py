"""The Qt application: created once, shows the main window, runs the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..ui.main_window import MainWindow


def run_application(argv: list[str]) -> int:
    qt_args = [sys.argv[0], *[a for a in argv if a.startswith("-")]]
    app = QApplication.instance() or QApplication(qt_args)
    app.setApplicationName("Midad")
    app.setOrganizationName("Midad")
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = MainWindow()
    files = [a for a in argv if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    window.show()
    return app.exec()
