"""Shown when the window meets an unexpected error (a bug) instead of closing without a word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.bidi import RLM, isolate_ltr


class UnexpectedErrorDialog(QMessageBox):
    """Says that something went wrong, where the log file is, and shows the traceback on
    request; Open Log Folder shows the file to send with a report."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.setText(
            self.tr(
                "Midad ran into an unexpected problem. You can go on working, "
                "but save your article now in case it happens again."
            )
        )
        if log_file is not None:
            # The path, left to right, on a line that keeps the interface's side.
            side = RLM if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
            self.setInformativeText(
                self.tr("The details were written to the log file:")
                + "\n"
                + side
                + isolate_ltr(str(log_file))
            )
        else:
            self.setInformativeText(self.tr("Start Midad with --debug to see the details."))
        self.setDetailedText(details)  # a traceback: for whoever fixes it, not translated
        self.ok_button = self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(self.ok_button)
        self.folder_button = None
        if log_file is not None:
            self.folder_button = self.addButton(
                self.tr("Open Log Folder"), QMessageBox.ButtonRole.ActionRole
            )
            self.folder_button.clicked.connect(self.open_log_folder)

    def open_log_folder(self) -> bool:
        if self.log_file is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
