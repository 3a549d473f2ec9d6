"""The questions and messages a command puts to the writer, behind one replaceable object.

Commands (the document controller, import and export, proofreading) never open a message box,
a file dialog or a print dialog themselves: they call a ``Prompts``. The window gives them
``DialogPrompts``; tests give them a scripted stand-in, so no test patches a window method to
answer a dialog.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .file_dialogs import open_file_name, save_file_name

if TYPE_CHECKING:  # Qt's print support loads with the first print
    from PySide6.QtPrintSupport import QPrinter


class SaveChoice(enum.Enum):
    """The answer to "the article has unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts(Protocol):
    def save_changes(self) -> SaveChoice:
        """Unsaved changes are about to be dropped: save them, drop them, or stop?"""
        ...

    def ask(self, title: str, question: str) -> bool: ...

    def inform(self, title: str, message: str) -> None: ...

    def show_error(self, title: str, message: str) -> None: ...

    def open_path(self, title: str, folder: str | Path, filters: str) -> str:
        """A file to open ("" when the writer cancels)."""
        ...

    def save_path(self, title: str, suggested: str | Path, filters: str) -> str:
        """Where to write a file ("" when the writer cancels)."""
        ...

    def print_setup(self, printer: QPrinter) -> bool:
        """The print dialog for ``printer``: True to print (with the choices made in it)."""
        ...

    def print_preview(self, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        """The print preview of the pages ``paint`` lays out on ``printer``."""
        ...


class DialogPrompts(QObject):
    """Prompts as message boxes and file dialogs over ``owner`` (the window)."""

    def __init__(self, owner: QWidget | None) -> None:
        super().__init__(owner)
        self.owner = owner

    def save_changes(self) -> SaveChoice:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.owner,
            self.tr("Unsaved changes"),
            self.tr("The article has unsaved changes. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return SaveChoice.SAVE
        return SaveChoice.DISCARD if answer == buttons.Discard else SaveChoice.CANCEL

    def ask(self, title: str, question: str) -> bool:
        return QMessageBox.question(self.owner, title, question) == QMessageBox.StandardButton.Yes

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.owner, title, message)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.owner, title, message)

    def open_path(self, title: str, folder: str | Path, filters: str) -> str:
        return open_file_name(self.owner, title, folder, filters)

    def save_path(self, title: str, suggested: str | Path, filters: str) -> str:
        return save_file_name(self.owner, title, suggested, filters)

    def print_setup(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.owner)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_preview(self, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self.owner)
        dialog.paintRequested.connect(paint)
        dialog.exec()
