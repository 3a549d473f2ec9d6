"""Bringing text in and sending articles out: import, smart paste as a new article, export.

The work is core functions (import_file, paste_as_article, export_article); this class adds
the dialogs around them and hands results to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from ..core.bidi import isolate_auto, isolate_ltr
from ..core.errors import ArticleError
from .core_messages import core_error_message
from .file_dialogs import open_file_name, save_file_name
from .import_report import ImportReportDialog

if TYPE_CHECKING:
    from ..core.importing.result import ImportResult
    from .main_window import MainWindow

# The importers and exporters (python-docx among them, ~0.2 s) are imported when first used,
# not when the window starts.


class Transfer(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_dialog(self) -> None:
        if not self.window.confirm_discard():
            return
        path = open_file_name(
            self.window,
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
            self.window.show_error(self.tr("Cannot import"), core_error_message(exc))
            return False
        self._show_imported(result, path.name, path)
        return True

    def paste_as_new_article(self) -> None:
        """Turn the clipboard (a web page's text or HTML) into a clean new article."""
        from ..core.importing.importer import paste_as_article

        if not self.window.confirm_discard():
            return
        mime = QApplication.clipboard().mimeData()
        result = paste_as_article(
            mime.text() if mime.hasText() else "", mime.html() if mime.hasHtml() else None
        )
        self._show_imported(result, self.tr("the clipboard"))

    def _show_imported(self, result: ImportResult, source: str, path: Path | None = None) -> None:
        self.window.load_imported(result.article, path)
        self.show_report(result, source)

    def show_report(self, result: ImportResult, source: str) -> None:
        ImportReportDialog(result, source, self.window).exec()

    def export_dialog(self, fmt: str) -> Path | None:
        from ..core.export.service import FORMATS, default_output_path

        article = self.window.current_article()
        source = article.source.path or Path.home() / ((article.metadata.slug or "article") + ".md")
        suggested = default_output_path(Path(source), fmt)
        filters = {
            "html": self.tr("Web pages (*.html)"),
            "docx": self.tr("Word documents (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
        }
        path = save_file_name(self.window, self.tr("Export Article"), suggested, filters[fmt])
        if not path:
            return None
        if not Path(path).suffix:
            path += FORMATS[fmt]
        return self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> Path | None:
        """Export the article as it stands (unsaved edits included); offer to open the result."""
        from ..core.export.service import export_article

        try:
            written = export_article(self.window.current_article(), fmt, path)
        except ArticleError as exc:
            self.window.show_error(self.tr("Cannot export"), core_error_message(exc))
            return None
        self.window.status.showMessage(
            self.tr("Exported to %1").replace("%1", isolate_ltr(str(written))), 8000
        )
        question = self.tr("Exported to “%1”. Open it now?").replace(
            "%1", isolate_auto(written.name)
        )
        if self.window.ask(self.tr("Export finished"), question):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written
