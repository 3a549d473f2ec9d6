"""Live preview: the HTML exporter's page, refreshed shortly after typing stops.

Rendering runs in a worker thread so a long article never blocks a keystroke: the page (only
the blocks that changed are rendered again). The GUI thread imports a whole page into a
QTextDocument (20-35 ms at 10,000 words; on a worker thread it could deadlock with the window's
own text layout), or, while the writer types in a paragraph, only replaces that paragraph's
text (text_builder). A result older than the latest request is
dropped. Nothing remote is loaded and no script runs
(QTextBrowser has no script engine); links open in the system browser.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...core.article import Article
from ...core.export.html_writer import theme_colors
from ...core.export.incremental import IncrementalPreview
from .render_requests import PreviewRequests, article_folder, render_safely
from .text_builder import ParagraphPatch, PreviewBuilder, WholePage, apply_patch
from .text_document import PreviewDocument, build_preview_document, qt_style

__all__ = ["PreviewDocument", "PreviewPane", "build_preview_document"]


class PreviewPane(QTextBrowser):
    """The light engine: Qt's rich-text browser, fed the exporter's page adapted for it. A
    Preview (ui/preview/engines.py)."""

    refreshed = Signal()

    def __init__(
        self, renderer: Callable[[Article], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Called on the worker thread only; it keeps each block's HTML for the next refresh.
        self.renderer = renderer or IncrementalPreview()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.theme = "light"
        self._style = qt_style(self.theme)
        self.document().setDefaultStyleSheet(self._style)
        self._paint_paper()
        self._builder = PreviewBuilder()  # its update() runs on the worker thread
        self._shown_version = 0
        self._paragraphs: dict[int, int] = {}  # of the shown page, for patches
        self._whole_next = False  # the shown page missed a patch: import the next one whole
        self._last_article: Article | None = None
        self._follow_fraction: float | None = None
        self.zoom = 100  # percent (View ▸ Zoom)
        self._requests = PreviewRequests(self._prepare, self.show_update, self)
        self.schedule = self._requests.schedule
        self.refresh_now = self._requests.refresh_now

    def set_theme(self, theme: str) -> None:
        """Show the page in the export stylesheet's "light" or "dark" variant."""
        if theme == self.theme:
            return
        self.theme, self._style = theme, qt_style(theme)
        if isinstance(self.renderer, IncrementalPreview):
            self.renderer.theme = theme  # the page says data-theme, as the export does
        self._paint_paper()
        self._whole_next = True
        if self._last_article is not None:
            self.refresh_now(self._last_article)

    def _paint_paper(self) -> None:
        colors = theme_colors(self.theme)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colors["paper"]))
        palette.setColor(QPalette.ColorRole.Text, QColor(colors["ink"]))
        self.setPalette(palette)

    def _prepare(self, article: Article) -> Callable[[], WholePage | ParagraphPatch]:
        folder, font = article_folder(article), QFont(self.font())
        zoom = self.zoom / 100
        style = self._style
        self._last_article = article

        def job() -> WholePage | ParagraphPatch:
            html = render_safely(self.renderer, article)
            if self._whole_next:
                self._whole_next = False
                self._builder.forget()
            parts = getattr(self.renderer, "last_parts", None)  # IncrementalPreview's
            return self._builder.update(html, parts, folder, font, zoom, style)

        return job

    def show_update(self, update: WholePage | ParagraphPatch) -> None:
        """A new page, or one paragraph of the shown one, from the worker thread."""
        if isinstance(update, WholePage):
            self._paragraphs, self._shown_version = update.paragraphs, update.version
            self.show_document(update.document)
        elif update.base == self._shown_version and apply_patch(
            self.document(), self._paragraphs, update
        ):
            self._shown_version = update.version
            self.refreshed.emit()
        else:  # a dropped result came between: the next page comes whole
            self._whole_next = True
            if not self._requests.waiting() and self._last_article is not None:
                self.refresh_now(self._last_article)

    def show_document(self, document: QTextDocument) -> None:
        """Put a built page in place of the shown one, at the same scroll position."""
        bar = self.verticalScrollBar()
        keep = bar.value()
        old = self.document()
        ours = old.parent() is self  # the first one belongs to the widget, which deletes it
        document.setParent(self)  # ours now, not Python's
        self.setDocument(document)
        if ours:
            old.deleteLater()
        bar.setValue(
            keep if self._follow_fraction is None else int(self._follow_fraction * bar.maximum())
        )
        self.refreshed.emit()

    def set_zoom(self, percent: int) -> None:
        """Show the page's text at ``percent`` of its size; the page is built again."""
        if percent != self.zoom:
            self.zoom = percent
            if self._last_article is not None:
                self.refresh_now(self._last_article)

    # -- following the editor -------------------------------------------------------------
    def follow(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor's cursor."""
        self._follow_fraction = max(0.0, min(1.0, fraction))
        bar = self.verticalScrollBar()
        bar.setValue(int(self._follow_fraction * bar.maximum()))

    # -- links --------------------------------------------------------------------------
    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def shutdown(self) -> None:
        self._requests.shutdown()
