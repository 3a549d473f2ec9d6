"""Which preview engine a window gets.

QTextBrowser always works and is the default (installers ship without Chromium). When Qt
WebEngine is installed (the ``webengine`` extra: PySide6-Addons) and was loaded before the
QApplication, "auto" uses it: it shows the page exactly as a browser will.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from ...core.article import Article
from .text_pane import PreviewPane

if TYPE_CHECKING:
    from .web_pane import WebPreviewPane

logger = logging.getLogger(__name__)

_loaded = False


class Preview(Protocol):
    """What the window and the zoom ask of a preview pane, whichever engine draws it.

    Both panes (PreviewPane: QTextBrowser, WebPreviewPane: Qt WebEngine) are QWidgets with
    this interface; mypy checks they have it (below).
    """

    @property
    def refreshed(self) -> SignalInstance:
        """Emitted when a new page is shown."""

    def schedule(self, article: Callable[[], Article]) -> None:
        """Show the article ``article()`` returns, shortly after typing stops."""

    def refresh_now(self, article: Article) -> None:
        """Show this article as soon as it is rendered (no waiting for typing to stop)."""

    def follow(self, fraction: float) -> None:
        """Scroll to the same relative place (0 to 1) as the editor's cursor."""

    def set_theme(self, theme: str) -> None:
        """Show the page in the stylesheet's "light" or "dark" variant."""

    def set_zoom(self, percent: int) -> None:
        """Show the page at ``percent`` of its size."""

    def shutdown(self) -> None:
        """Stop rendering: the window is closing."""


if TYPE_CHECKING:  # both engines satisfy Preview, or mypy says where they differ
    _text_browser_engine: type[Preview] = PreviewPane
    _web_engine: type[Preview] = WebPreviewPane


def prepare_webengine() -> bool:
    """Load Qt WebEngine if installed; must run before the QApplication is created.

    Returns whether the web engine can be used by this process.
    """
    global _loaded
    if _loaded or QCoreApplication.instance() is not None:
        return _loaded  # too late to load it now: Qt needs it before the application
    try:
        importlib.import_module("PySide6.QtWebEngineWidgets")
    except ImportError as exc:
        logger.debug("Qt WebEngine is not available: %s", exc)
        return False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium will not start its sandbox as root (containers, CI); it still runs no scripts.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    _loaded = True
    return True


def webengine_loaded() -> bool:
    return _loaded


def make_preview_pane(engine: str, parent: QWidget | None = None) -> PreviewPane | WebPreviewPane:
    """A preview pane of the chosen engine, or QTextBrowser's when that one is not available."""
    if engine != "textbrowser" and _loaded:
        from .web_pane import WebPreviewPane

        return WebPreviewPane(parent=parent)
    if engine == "webengine":
        logger.info("The web engine preview is not available; using the text browser")
    return PreviewPane(parent=parent)
