"""Live preview: the HTML exporter's page, refreshed shortly after typing stops.

Rendering runs in a worker thread so a long article never blocks a keystroke: the page (only
the blocks that changed are rendered again) and the QTextDocument Qt builds from it, which is
most of Qt's cost; the GUI thread only swaps documents and lays out what is visible. A result
older than the latest request is dropped. Nothing remote is loaded and no script runs
(QTextBrowser has no script engine); links open in the system browser.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.article import Article
from ..core.export.incremental import IncrementalPreview
from .preview_requests import PreviewRequests, article_folder, render_safely

_QT_STYLE = """
body { font-family: 'Noto Sans Arabic', 'Amiri', serif; font-size: 15px; color: #1d1b18; }
h1, h2, h3 { color: #1d1b18; }
a { color: #8a3b12; }
blockquote { color: #5f5a52; margin-left: 24px; margin-right: 24px; }
code, pre { font-family: monospace; background-color: #f1ede4; }
th { background-color: #f1ede4; }
.article-subtitle, .article-byline { color: #5f5a52; }
"""


class PreviewDocument(QTextDocument):
    """A page as QTextBrowser shows it; loads only local images next to the article."""

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder

    def loadResource(self, kind: int, url: QUrl):
        """Never anything from the network, nor a file outside the article's folder."""
        if url.scheme() in ("", "file") and self.folder is not None:
            path = Path(url.toLocalFile() or url.path())
            if not path.is_absolute():
                path = self.folder / path
            if path.resolve().is_relative_to(self.folder.resolve()):
                return super().loadResource(kind, QUrl.fromLocalFile(str(path)))
        return None


def build_preview_document(html: str, folder: Path | None, font: QFont) -> PreviewDocument:
    """The page as a document, built on any thread and handed to the GUI thread."""
    document = PreviewDocument(folder)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_QT_STYLE)
    document.setHtml(html)  # PySide lets the GUI thread run meanwhile (the GIL is released)
    application = QCoreApplication.instance()
    if application is not None:
        document.moveToThread(application.thread())  # a no-op on the GUI thread itself
    return document


class PreviewPane(QTextBrowser):
    """The light engine: Qt's rich-text browser, fed the exporter's page adapted for it."""

    refreshed = Signal()

    def __init__(self, renderer: Callable[[Article], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Called on the worker thread only; it keeps each block's HTML for the next refresh.
        self.renderer = renderer or IncrementalPreview()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(_QT_STYLE)
        self._follow_fraction: float | None = None
        self._requests = PreviewRequests(self._prepare, self.show_document, self)
        self.schedule = self._requests.schedule
        self.refresh_now = self._requests.refresh_now

    def _prepare(self, article: Article) -> Callable[[], PreviewDocument]:
        folder, font = article_folder(article), QFont(self.document().defaultFont())
        return lambda: build_preview_document(render_safely(self.renderer, article), folder, font)

    def show_document(self, document: PreviewDocument) -> None:
        """Put a built page in place of the shown one, at the same scroll position."""
        bar = self.verticalScrollBar()
        keep = bar.value()
        old = self.document()
        document.setParent(self)  # ours now, not Python's
        self.setDocument(document)
        if isinstance(old, PreviewDocument):
            old.deleteLater()  # the first document belongs to the widget, which deletes it
        bar.setValue(keep if self._follow_fraction is None
                     else int(self._follow_fraction * bar.maximum()))
        self.refreshed.emit()

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
