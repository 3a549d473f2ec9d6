"""Helpers for driving real widgets: Arabic typing without QTest.keyClicks (it aborts on Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press/release pair per character, carrying the character as event text."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(widget, event)


class ScriptedPrompts:
    """The window's questions answered by the test (editor.ui.prompts.Prompts): unsaved changes
    are dropped, questions answered No, file dialogs cancelled; what was said is kept."""

    def __init__(self) -> None:
        from editor.ui.prompts import SaveChoice

        self.save_choice = SaveChoice.DISCARD
        self.answer = False
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.told: list[str] = []
        self.chosen_path = ""
        self.print_accepted = False  # the print dialog's answer
        self.print_file = ""  # where the print dialog sends the pages (a PDF file), if set
        self.printers: list[object] = []  # the printers the print and preview dialogs were given
        self.previewed_pages = 0  # pages the print preview painted

    def save_changes(self):  # type: ignore[no-untyped-def]
        return self.save_choice

    def ask(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def inform(self, title: str, message: str) -> None:
        self.told.append(message)

    def show_error(self, title: str, message: str) -> None:
        self.errors.append(message)

    def open_path(self, title: str, folder: object, filters: str) -> str:
        return self.chosen_path

    def save_path(self, title: str, suggested: object, filters: str) -> str:
        return self.chosen_path

    def print_setup(self, printer) -> bool:  # type: ignore[no-untyped-def]
        """The print dialog: the chosen printer is a PDF file (``print_file``), when set."""
        self.printers.append(printer)
        if self.print_file:
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.print_file)
        return self.print_accepted

    def print_preview(self, printer, paint) -> None:  # type: ignore[no-untyped-def]
        """The preview lays the pages out as Qt's preview window would (on a PDF printer, as
        the offscreen platform has no other)."""
        self.printers.append(printer)
        if self.print_file:
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.print_file)
        self.previewed_pages = paint(printer)
