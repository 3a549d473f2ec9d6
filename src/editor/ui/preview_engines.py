"""Which preview engine a window gets.

QTextBrowser always works and is the default (installers ship without Chromium). When Qt
WebEngine is installed (the ``webengine`` extra: PySide6-Addons) and was loaded before the
QApplication, "auto" uses it: it shows the page exactly as a browser will.
"""

from __future__ import annotations

import importlib
import logging
import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .preview_pane import PreviewPane

logger = logging.getLogger(__name__)

_loaded = False


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


def make_preview_pane(engine: str, parent: QWidget | None = None) -> QWidget:
    """A preview pane of the chosen engine, or QTextBrowser's when that one is not available."""
    if engine != "textbrowser" and _loaded:
        from .web_preview import WebPreviewPane

        return WebPreviewPane(parent=parent)
    if engine == "webengine":
        logger.info("The web engine preview is not available; using the text browser")
    return PreviewPane(parent=parent)
