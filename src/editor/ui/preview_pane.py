"""Live preview: the HTML exporter's page, refreshed shortly after typing stops.

Rendering runs in a worker thread so a long article never blocks a keystroke; a result that
is older than the latest request is dropped. Nothing remote is loaded and no script runs
(QTextBrowser has no script engine); links open in the system browser.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.article import Article
from ..core.export.preview import preview_html
from .background import Background

DEBOUNCE_MS = 350
_QT_STYLE = """
body { font-family: 'Noto Sans Arabic', 'Amiri', serif; font-size: 15px; color: #1d1b18; }
h1, h2, h3 { color: #1d1b18; }
a { color: #8a3b12; }
blockquote { color: #5f5a52; margin-left: 24px; margin-right: 24px; }
code, pre { font-family: monospace; background-color: #f1ede4; }
th { background-color: #f1ede4; }
.article-subtitle, .article-byline { color: #5f5a52; }
"""


class PreviewPane(QTextBrowser):
    refreshed = Signal()

    def __init__(self, renderer: Callable[[Article], str] = preview_html,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(_QT_STYLE)
        self._folder: Path | None = None
        self._pending: Callable[[], Article] | None = None
        self._sequence = itertools.count(1)
        self._latest = 0
        self._worker = Background("preview", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render_pending)
        self._follow_fraction: float | None = None

    # -- requests -------------------------------------------------------------------------
    def schedule(self, article: Callable[[], Article]) -> None:
        """Ask for a refresh after typing pauses; repeated calls restart the wait.

        Takes a function, not an article: the article is built once when the wait ends,
        never on the keystroke path.
        """
        self._pending = article
        self._timer.start()

    def refresh_now(self, article: Article) -> None:
        self._pending = lambda: article
        self._render_pending()

    def _render_pending(self) -> None:
        provider, self._pending = self._pending, None
        if provider is None:
            return
        self._timer.stop()
        article = provider()
        self._folder = Path(article.source.path).parent if article.source.path else None
        number = next(self._sequence)
        self._latest = number
        self._worker.submit(lambda: self._render(article),
                            lambda html, n=number: self._show(n, html))

    def _render(self, article: Article) -> str:
        try:
            return self.renderer(article)
        except Exception as exc:  # a preview failure must never take the editor down
            return f"<p>{type(exc).__name__}: {exc}</p>"

    def _show(self, number: int, html: str) -> None:
        if number != self._latest:
            return  # a newer render is on its way
        bar = self.verticalScrollBar()
        keep = bar.value()
        self.setHtml(html)
        bar.setValue(keep if self._follow_fraction is None
                     else int(self._follow_fraction * bar.maximum()))
        self.refreshed.emit()

    # -- following the editor -------------------------------------------------------------
    def follow(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor's cursor."""
        self._follow_fraction = max(0.0, min(1.0, fraction))
        bar = self.verticalScrollBar()
        bar.setValue(int(self._follow_fraction * bar.maximum()))

    # -- safety ---------------------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl):
        """Only local images next to the article; never anything from the network."""
        if url.scheme() in ("", "file") and self._folder is not None:
            path = Path(url.toLocalFile() or url.path())
            if not path.is_absolute():
                path = self._folder / path
            if path.resolve().is_relative_to(self._folder.resolve()):
                return super().loadResource(kind, QUrl.fromLocalFile(str(path)))
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.shutdown()
