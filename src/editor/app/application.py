"""The Qt application: created once, recovers unsaved work, shows the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ..core.file_state import recovered_article
from ..core.journal import discard, find_orphans
from ..ui.app_settings import AppSettings
from ..ui.i18n import install_translations, ui_language
from ..ui.main_window import MainWindow
from ..ui.preview.engines import prepare_webengine
from ..ui.recovery_dialog import RecoveryDialog
from ..ui.theme import apply_application_theme
from .diagnostics import start_diagnostics
from .icon import APP_ID, app_icon
from .smoke import quit_for_smoke_test

logger = logging.getLogger(__name__)
_windows: list[MainWindow] = []  # top-level windows live as long as the application


def set_application_names() -> None:
    """Where QSettings() keeps the settings; may run before the application exists."""
    QCoreApplication.setApplicationName("Midad")
    QCoreApplication.setOrganizationName("Midad")
    QCoreApplication.setOrganizationDomain("midad.app")


def configure_application(app: QCoreApplication) -> None:
    set_application_names()
    install_translations(app, ui_language())
    if isinstance(app, QApplication):
        apply_application_theme(AppSettings.load().theme, app)  # before any dialog shows
        app.setWindowIcon(app_icon())
        app.setDesktopFileName(APP_ID)  # Wayland matches windows to the .desktop file by this


def new_window() -> MainWindow:
    window = MainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    _windows.append(window)
    window.show()
    return window


def recover_unsaved_work(parent: MainWindow | None = None) -> list[MainWindow]:
    """Offer the journals of crashed sessions; returns the windows opened for recovered work."""
    entries = find_orphans()
    if not entries:
        return []
    logger.info("Offering %d unsaved document(s) found in the recovery journal", len(entries))
    dialog = RecoveryDialog(entries, parent)
    answer = dialog.exec()
    if answer == RecoveryDialog.DISCARDED:
        for entry in entries:
            discard(entry)
        return []
    if answer != QDialog.DialogCode.Accepted:
        return []  # "ask me later": the journals stay
    windows = []
    for entry in dialog.chosen():
        window = new_window()
        window.document.load_recovered(recovered_article(entry.text, entry.document_path))
        discard(entry)  # the new window's journal now holds the text
        windows.append(window)
    for entry in dialog.declined():
        discard(entry)
    return windows


def run_application(argv: list[str], debug: bool = False) -> int:
    start_diagnostics(debug)  # the log, Qt's messages, unexpected errors shown in a dialog
    qt_args = [sys.argv[0], *[a for a in argv if a.startswith("-")]]
    set_application_names()
    if AppSettings.load().preview_engine != "textbrowser":
        prepare_webengine()  # before the application, or Qt cannot load it
    existing = QApplication.instance()  # a QCoreApplication to the type checker
    app = existing if isinstance(existing, QApplication) else QApplication(qt_args)
    configure_application(app)
    recovered = recover_unsaved_work()
    files = [a for a in argv if not a.startswith("-")]
    if files or not recovered:
        window = new_window()
        if files:
            window.document.open_path(files[0], confirm=False)
    quit_for_smoke_test(app)
    return app.exec()
