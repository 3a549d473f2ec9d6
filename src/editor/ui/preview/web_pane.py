"""The full-browser preview engine (Qt WebEngine, Chromium), used when it is installed.

It shows the exporter's page exactly as a browser will (no QTextBrowser adaptations), with
scripts off, nothing loaded but inline data and files in the article's folder, and links opened
in the system browser. Import only after engines.prepare_webengine() ran.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
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

from ...core.article import Article
from ...core.export.html_writer import theme_colors
from ...core.export.incremental import IncrementalPreview
from .render_requests import PreviewRequests, article_folder, render_safely
from .text_document import local_file

logger = logging.getLogger(__name__)

# setHtml sends the page as a percent-encoded data: URL, which Chromium caps at 2 MB.
_SETHTML_LIMIT = 2_000_000
# Replaces the article's children that differ from the new ones (equal runs at the start and the
# end stay, so Chromium lays out only what changed), then lays out before we say it is shown.
_REPLACE_CHANGED = """function (html) {
  const article = document.querySelector('article');
  const template = document.createElement('template');
  template.innerHTML = html;
  const old = Array.from(article.childNodes), now = Array.from(template.content.childNodes);
  let start = 0;
  while (start < old.length && start < now.length && old[start].isEqualNode(now[start])) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start
         && old[old.length - 1 - end].isEqualNode(now[now.length - 1 - end])) end++;
  for (let i = start; i < old.length - end; i++) article.removeChild(old[i]);
  const before = end > 0 ? old[old.length - end] : null;
  for (let i = start; i < now.length - end; i++) article.insertBefore(now[i], before);
  return document.body.offsetHeight;
}"""
_OFF = (
    "JavascriptEnabled",
    "LocalContentCanAccessRemoteUrls",
    "PluginsEnabled",
    "NavigateOnDropEnabled",
    "AutoLoadIconsForPage",
    "ErrorPageEnabled",
)


class LocalOnly(QWebEngineUrlRequestInterceptor):
    """Blocks every request but inline data and files inside the article's folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None

    def allows(self, url: QUrl) -> bool:
        return url.scheme() == "data" or local_file(url, self.folder) is not None

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if not self.allows(info.requestUrl()):
            logger.debug("Preview request blocked: %s", info.requestUrl().toDisplayString())
            info.block(True)


class _Page(QWebEnginePage):
    """Keeps the preview on the article: links open outside, anchors scroll in place."""

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)  # Qt passes a QUrl; the signature also allows a string
        if kind != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            return True
        if url.hasFragment() and _without_fragment(url) == _without_fragment(self.url()):
            return True  # a footnote or heading anchor
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        return False


def _split_article(html: str) -> tuple[str | None, str]:
    """The page with its <article> emptied, and what the article holds (None: no article)."""
    start = html.find("<article>")
    end = html.rfind("</article>")
    if start < 0 or end < start:
        return None, html
    start += len("<article>")
    return html[:start] + html[end:], html[start:end]


def _without_fragment(url: QUrl) -> str:
    return url.toString().partition("#")[0]


class WebPreviewPane(QWebEngineView):
    """The browser engine: Chromium shows the page exactly as a browser will. A Preview
    (ui/preview/engines.py), as PreviewPane is."""

    refreshed = Signal()

    def __init__(
        self, renderer: Callable[[Article], str] | None = None, parent: QWidget | None = None
    ) -> None:
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
            QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True
        )
        self.setPage(page)
        self.theme = "light"
        self._last_article: Article | None = None
        page.setBackgroundColor(QColor(theme_colors(self.theme)["paper"]))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._follow_fraction: float | None = None
        self._scroll = QPointF()
        # The page around <article> (and the folder it loads from) as last loaded: when a new
        # page has the same, only the article is replaced.
        self._frame: tuple[str, Path | None] | None = None
        self._next_frame: tuple[str | None, Path | None] = (None, None)
        self.loadFinished.connect(self._loaded)
        self._requests = PreviewRequests(self._prepare, self.show_page, self)
        self.schedule = self._requests.schedule
        self.refresh_now = self._requests.refresh_now

    def set_zoom(self, percent: int) -> None:
        """Show the page at ``percent`` of its size (Chromium's zoom)."""
        self.setZoomFactor(percent / 100)

    def set_theme(self, theme: str) -> None:
        """Show the page in the export stylesheet's "light" or "dark" variant (its data-theme
        changes the page around the article: the next page loads whole)."""
        if theme == self.theme:
            return
        self.theme = theme
        if isinstance(self.renderer, IncrementalPreview):
            self.renderer.theme = theme
        self.page().setBackgroundColor(QColor(theme_colors(theme)["paper"]))
        if self._last_article is not None:
            self.refresh_now(self._last_article)

    def _prepare(self, article: Article) -> Callable[[], tuple[str, Path | None]]:
        folder = article_folder(article)
        self._last_article = article
        return lambda: (render_safely(self.renderer, article), folder)

    def show_page(self, page: tuple[str, Path | None]) -> None:
        html, folder = page
        frame, content = _split_article(html)
        if frame is not None and (frame, folder) == self._frame:
            # Same page around the article: swap the article in place, no reload (a reload
            # costs Chromium ~200 ms at 10,000 words; this keeps the scroll position too).
            self._script(
                f"({_REPLACE_CHANGED})({json.dumps(content)})", lambda _result: self._updated()
            )
            return
        # At most 12 bytes per character once percent-encoded: measure only when it may matter.
        if len(html) * 12 > _SETHTML_LIMIT and QUrl.toPercentEncoding(html).size() > _SETHTML_LIMIT:
            notice = self.tr(
                "This part of the article is too large for the web preview; "
                "choose the light preview in Settings."
            )
            html, frame = f'<p dir="auto">{escape(notice)}</p>', None
        self._frame = None  # until this page has loaded
        self._next_frame = (frame, folder)
        self._scroll = self.page().scrollPosition()
        self.guard.folder = folder
        base = QUrl.fromLocalFile(f"{folder}/") if folder is not None else QUrl("about:blank")
        self.setHtml(html, base)

    def _loaded(self, ok: bool) -> None:
        frame, folder = self._next_frame
        if not ok:  # also when a newer page interrupted it, which is normal while typing
            logger.debug("The web preview did not finish loading a page (folder: %s)", folder)
        self._frame = (frame, folder) if ok and frame is not None else None
        if self._follow_fraction is not None:
            fraction, self._follow_fraction = self._follow_fraction, None
            self.follow(fraction)
        else:
            self._script(f"window.scrollTo({self._scroll.x():.0f}, {self._scroll.y():.0f})")
        self.refreshed.emit()

    def _updated(self) -> None:
        if self._follow_fraction is not None:
            fraction, self._follow_fraction = self._follow_fraction, None
            self.follow(fraction)
        self.refreshed.emit()

    def follow(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor's cursor."""
        fraction = max(0.0, min(1.0, fraction))
        if self._follow_fraction is not None and abs(fraction - self._follow_fraction) < 0.002:
            return  # typing along one line: no message to the page per keystroke
        self._follow_fraction = fraction
        self._script(
            "window.scrollTo(0, (document.documentElement.scrollHeight - "
            f"window.innerHeight) * {self._follow_fraction:.4f})"
        )

    def _script(self, source: str, done: Callable[[object], None] | None = None) -> None:
        # The page's own scripts are off; ours run in a world of their own.
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld
        if done is None:
            self.page().runJavaScript(source, world)
        else:
            self.page().runJavaScript(source, world, done)

    def shutdown(self) -> None:
        self._requests.shutdown()
