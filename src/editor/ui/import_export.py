"""Bringing text in and sending articles out: import, smart paste as a new article, export,
print and print preview.

The work is core functions (import_file, paste_as_article, export_article) and the page
renderer (``editor.render.pdf``, for PDF and printing); this class adds the questions around
them (through ``Prompts``: file, print and preview dialogs) and hands imported articles to the
document controller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from ..core.bidi import isolate_auto, isolate_ltr
from ..core.errors import ArticleError
from .core_messages import core_error_message, core_text
from .document_controller import DocumentController
from .import_report import ImportReportDialog
from .prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..core.export.service import ExportOptions
    from ..core.importing.result import ImportResult

# The importers and exporters (python-docx among them, ~0.2 s) are imported when first used,
# not when the window starts.


class ImportExportCommands(QObject):
    failed = Signal(str, str)  # title, message: an import or export failed (and said so)
    status_message = Signal(str, int)

    def __init__(
        self, document: DocumentController, prompts: Prompts, window: QWidget | None = None
    ) -> None:
        super().__init__(window)
        self.document = document
        self.prompts = prompts
        self.window = window  # the import report's parent
        self.page_digits = "western"  # PDF and print page numbers: "western" or "arabic-indic"

    def _fail(self, title: str, message: str) -> None:
        self.prompts.show_error(title, message)
        self.failed.emit(title, message)

    def import_dialog(self) -> None:
        if not self.document.confirm_discard():
            return
        path = self.prompts.open_path(
            self.tr("Import"),
            "",
            self.tr("Importable files (*.txt *.text *.html *.htm *.docx *.md);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Import a text, HTML or DOCX file as a new, unsaved article and show the report."""
        from ..core.importing.importer import import_file

        try:
            result = import_file(path)
        except ArticleError as exc:
            self._fail(self.tr("Cannot import"), core_error_message(exc))
            return False
        self._show_imported(result, path.name, path)
        return True

    def paste_as_new_article(self) -> None:
        """Turn the clipboard (a web page's text or HTML) into a clean new article."""
        from ..core.importing.importer import paste_as_article

        if not self.document.confirm_discard():
            return
        mime = QApplication.clipboard().mimeData()
        result = paste_as_article(
            mime.text() if mime.hasText() else "", mime.html() if mime.hasHtml() else None
        )
        self._show_imported(result, self.tr("the clipboard"))

    def _show_imported(self, result: ImportResult, source: str, path: Path | None = None) -> None:
        self.document.load_imported(result.article, path)
        self.show_report(result, source)

    def show_report(self, result: ImportResult, source: str) -> None:
        ImportReportDialog(result, source, self.window).exec()

    def export_dialog(self, fmt: str) -> Path | None:
        from ..core.export.service import FORMATS, default_output_path

        article = self.document.current_article()
        source = article.source.path or Path.home() / ((article.metadata.slug or "article") + ".md")
        suggested = default_output_path(Path(source), fmt)
        filters = {
            "html": self.tr("Web pages (*.html)"),
            "docx": self.tr("Word documents (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        path = self.prompts.save_path(self.tr("Export Article"), suggested, filters[fmt])
        if not path:
            return None
        if not Path(path).suffix:
            path += FORMATS[fmt]
        return self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> Path | None:
        """Export the article as it stands (unsaved edits included); offer to open the result."""
        from ..core.export.service import export_with_report

        try:
            report = export_with_report(
                self.document.current_article(), fmt, path, self._options(fmt)
            )
        except ArticleError as exc:
            self._fail(self.tr("Cannot export"), core_error_message(exc))
            return None
        written = report.path
        self.status_message.emit(
            self.tr("Exported to %1").replace("%1", isolate_ltr(str(written))), 8000
        )
        question = self.tr("Exported to “%1”. Open it now?").replace(
            "%1", isolate_auto(written.name)
        )
        if report.notices:  # what the export's readers will miss (a picture not found)
            question = "\n\n".join([*map(core_text, report.notices), question])
        if self.prompts.ask(self.tr("Export finished"), question):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def _options(self, fmt: str) -> ExportOptions:
        from ..core.export.service import ExportOptions

        if fmt != "pdf":
            return ExportOptions()
        from ..render.pdf import render_pdf  # Qt's page layout: loaded for the first PDF

        return ExportOptions(digits=self.page_digits, renderer=render_pdf)

    # -- printing -----------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        metadata = self.document.current_article().metadata
        printer.setDocName(metadata.title.strip() or self.tr("Article"))
        return printer

    def print_article(self) -> None:
        """File ▸ Print…: the system's print dialog, then the pages of the PDF export."""
        printer = self._printer()
        if self.prompts.print_setup(printer):
            self.print_to(printer)

    def print_preview(self) -> None:
        """File ▸ Print Preview: the pages as they will print, in Qt's preview window."""
        self.prompts.print_preview(self._printer(), self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Lay the article out on ``printer``'s pages and paint the chosen range; returns the
        number of pages painted (0 when the article cannot be printed, which is said)."""
        from PySide6.QtGui import QPainter

        from ..core.export.service import printable_document
        from ..render.pdf import ArticlePages

        try:
            document, notices = printable_document(self.document.current_article())
        except ArticleError as exc:
            self._fail(self.tr("Cannot print"), core_error_message(exc))
            return 0
        pages = ArticlePages(document, printer, self.page_digits)
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(self.tr("Cannot print"), self.tr("The printer could not be started."))
            return 0
        try:
            painted = pages.print_pages(painter, printer.fromPage(), printer.toPage())
        finally:
            painter.end()
        if notices:  # what the printed pages miss (a picture not found)
            self.status_message.emit(core_text(notices[0]), 8000)
        return painted
