"""The full-browser preview engine (Qt WebEngine, Chromium), used when it is installed.

It shows the exporter's page exactly as a browser will (no QTextBrowser adaptations), with
scripts off, nothing loaded but inline data and files in the article's folder, and links opened
in the system browser. Import only after preview_engines.prepare_webengine() ran.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from ..core.article import Article
from ..core.export.incremental import IncrementalPreview
from .preview_requests import PreviewRequests, article_folder, render_safely

# setHtml sends the page as a percent-encoded data: URL, which Chromium caps at 2 MB.
_SETHTML_LIMIT = 2_000_000
_OFF = ("JavascriptEnabled", "LocalContentCanAccessRemoteUrls", "PluginsEnabled",
        "NavigateOnDropEnabled", "AutoLoadIconsForPage", "ErrorPageEnabled")


class LocalOnly(QWebEngineUrlRequestInterceptor):
    """Blocks every request but inline data and files inside the article's folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None

    def allows(self, url: QUrl) -> bool:
        if url.scheme() == "data":
            return True
        if not url.isLocalFile() or self.folder is None:
            return False
        return Path(url.toLocalFile()).resolve().is_relative_to(self.folder.resolve())

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if not self.allows(info.requestUrl()):
            info.block(True)


class _Page(QWebEnginePage):
    """Keeps the preview on the article: links open outside, anchors scroll in place."""

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if kind != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            return True
        if url.hasFragment() and _without_fragment(url) == _without_fragment(self.url()):
            return True  # a footnote or heading anchor
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        return False


def _without_fragment(url: QUrl) -> str:
    return url.toString().partition("#")[0]


class WebPreviewPane(QWebEngineView):
    """Same interface as PreviewPane: schedule, refresh_now, follow, shutdown, refreshed."""

    refreshed = Signal()

    def __init__(self, renderer: Callable[[Article], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer or IncrementalPreview(for_qtextbrowser=False)
        profile = QWebEngineProfile()  # off the record: no cache or cookies on disk
        self.guard = LocalOnly(profile)
        profile.setUrlRequestInterceptor(self.guard)
        page = _Page(profile, self)
        profile.setParent(page)  # the page must go before its profile
        for name in _OFF:
            page.settings().setAttribute(getattr(QWebEngineSettings.WebAttribute, name), False)
        page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        self.setPage(page)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._follow_fraction: float | None = None
        self._scroll = QPointF()
        self.loadFinished.connect(self._loaded)
        self._requests = PreviewRequests(self._prepare, self.show_page, self)
        self.schedule = self._requests.schedule
        self.refresh_now = self._requests.refresh_now

    def _prepare(self, article: Article) -> Callable[[], tuple[str, Path | None]]:
        folder = article_folder(article)
        return lambda: (render_safely(self.renderer, article), folder)

    def show_page(self, page: tuple[str, Path | None]) -> None:
        html, folder = page
        if len(QUrl.toPercentEncoding(html)) > _SETHTML_LIMIT:
            notice = self.tr("This part of the article is too large for the web preview; "
                             "the light preview shows it.")
            html = f'<p dir="auto">{escape(notice)}</p>'
        self._scroll = self.page().scrollPosition()
        self.guard.folder = folder
        base = QUrl.fromLocalFile(f"{folder}/") if folder is not None else QUrl("about:blank")
        self.setHtml(html, base)

    def _loaded(self, _ok: bool) -> None:
        if self._follow_fraction is not None:
            self.follow(self._follow_fraction)
        else:
            self._script(f"window.scrollTo({self._scroll.x():.0f}, {self._scroll.y():.0f})")
        self.refreshed.emit()

    def follow(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor's cursor."""
        self._follow_fraction = max(0.0, min(1.0, fraction))
        self._script("window.scrollTo(0, (document.documentElement.scrollHeight - "
                     f"window.innerHeight) * {self._follow_fraction:.4f})")

    def _script(self, source: str) -> None:
        # The page's own scripts are off; ours run in a world of their own.
        self.page().runJavaScript(source, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def shutdown(self) -> None:
        self._requests.shutdown()
