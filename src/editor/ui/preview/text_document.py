"""The light preview's QTextDocument: built from the page on any thread, local images only."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPixmap, QTextDocument

from ...core.export.html_writer import theme_colors


def qt_style(theme: str = "light") -> str:
    """The light engine's stylesheet: Qt's text browser knows no CSS variables, so the colours
    of the export's stylesheet (light or dark variant) are written in."""
    c = theme_colors(theme)
    return f"""
body {{ font-family: 'Noto Sans Arabic', 'Amiri', serif; font-size: 15px; color: {c["ink"]}; }}
h1, h2, h3 {{ color: {c["ink"]}; }}
a {{ color: {c["accent"]}; }}
blockquote {{ color: {c["muted"]}; margin-left: 24px; margin-right: 24px; }}
code, pre {{ font-family: monospace; background-color: {c["code-bg"]}; }}
th {{ background-color: {c["code-bg"]}; }}
.article-subtitle, .article-byline {{ color: {c["muted"]}; }}
"""


_PIXELS = re.compile(r"(\d+(?:\.\d+)?)px")

QT_STYLE = qt_style("light")
_IMAGE_SOURCE = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


def zoomed_style(style: str, zoom: float) -> str:
    """``style`` with every length in pixels scaled by ``zoom`` (View ▸ Zoom)."""
    if zoom == 1.0:
        return style
    return _PIXELS.sub(lambda match: f"{float(match.group(1)) * zoom:g}px", style)


def local_file(url: QUrl, folder: Path | None) -> Path | None:
    """The file ``url`` names inside the article's folder; None for anything else (the network,
    other folders, an unsaved article)."""
    if folder is None or url.scheme() not in ("", "file"):
        return None
    path = Path(url.toLocalFile() or url.path())
    if not path.is_absolute():
        path = folder / path
    return path if path.resolve().is_relative_to(folder.resolve()) else None


def confine_images(html: str, folder: Path | None) -> str:
    """Empty the source of every image outside the article's folder (inline data stays)."""
    if "<img" not in html:
        return html

    def source(match: re.Match[str]) -> str:
        url = html_module.unescape(match.group(2))
        allowed = url.startswith("data:") or local_file(QUrl(url), folder) is not None
        return match.group(1) + (match.group(2) if allowed else "") + match.group(3)

    return _IMAGE_SOURCE.sub(source, html)


class PreviewDocument(QTextDocument):
    """A page as QTextBrowser shows it; loads only local images next to the article."""

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Never anything from the network, nor a file outside the article's folder. A picture
        wider than the page is scaled down to fit it (rich text has no max-width)."""
        path = local_file(QUrl(url), self.folder)
        if path is None:
            return None
        resource = super().loadResource(kind, QUrl.fromLocalFile(str(path)))
        width = int(self.textWidth() - 2 * self.documentMargin()) - 8
        if kind == QTextDocument.ResourceType.ImageResource and width > 0:
            image = resource
            if isinstance(resource, QByteArray | bytes):
                image = QImage.fromData(resource)
            if isinstance(image, QImage | QPixmap) and not image.isNull() and image.width() > width:
                height = max(1, round(image.height() * width / image.width()))
                return image.scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        return resource


def build_preview_document(
    html: str,
    folder: Path | None,
    font: QFont,
    to_gui_thread: bool = True,
    zoom: float = 1.0,
    style: str = QT_STYLE,
) -> PreviewDocument:
    """The page as a document, built on any thread and (by default) handed to the GUI thread;
    ``zoom`` scales its text (the font and the stylesheet's sizes)."""
    document = PreviewDocument(folder)
    document.setUndoRedoEnabled(False)  # a preview is never edited by hand
    if zoom != 1.0:
        font = QFont(font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * zoom)
        else:
            font.setPixelSize(round(font.pixelSize() * zoom))
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(zoomed_style(style, zoom))
    document.setHtml(html)  # PySide lets the GUI thread run meanwhile (the GIL is released)
    application = QCoreApplication.instance()
    if to_gui_thread and application is not None:
        document.moveToThread(application.thread())  # a no-op on the GUI thread itself
    return document
