"""A hidden switch for packaging smoke tests: report what the started window shows, then quit.

With MIDAD_SMOKE_TEST_QUIT_AFTER_MS=N in the environment the event loop runs N ms, then one
JSON line goes to stdout (the open windows, their files and text sizes, the icon's sizes, the
shipped fonts, the UI direction) and the application quits. packaging/linux/smoke_test.sh uses
it on the built bundle; users never do.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

ENV_VAR = "MIDAD_SMOKE_TEST_QUIT_AFTER_MS"
# In a variable, not a literal: lupdate then leaves the probe out of Midad's own catalogue,
# which is asked before Qt's and would otherwise answer for qtbase_*.qm.
QT_CONTEXT = "QPlatformTheme"


def window_report(app: QApplication) -> dict:
    from ..ui.fonts import load_bundled_fonts
    from ..ui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    return {
        "platform": app.platformName(),
        "layout_direction": app.layoutDirection().name,
        # A string of Qt's own catalogue (qtbase_*.qm): shows whether it was found and loaded.
        "qt_cancel": QCoreApplication.translate(QT_CONTEXT, "Cancel"),
        "bundled_fonts": load_bundled_fonts(),
        "icon_sizes": sorted(size.width() for size in app.windowIcon().availableSizes()),
        "windows": [
            {
                "title": w.windowTitle(),
                "menus": [action.text() for action in w.menuBar().actions()],
                "visible": w.isVisible(),
                "path": str(w.document.path()) if w.document.path() else None,
                "article_title": w.document.current_article().metadata.title,
                "body_chars": len(w.editor.text()),
            }
            for w in windows
        ],
    }


def quit_for_smoke_test(app: QApplication) -> None:
    """Schedule the report-and-quit when the environment asks for it; otherwise do nothing."""
    value = os.environ.get(ENV_VAR)
    if value is None:
        return
    delay = int(value) if value.isdigit() else 0

    def report_and_quit() -> None:
        print(json.dumps(window_report(app), ensure_ascii=False), flush=True)
        app.quit()

    QTimer.singleShot(delay, report_and_quit)
