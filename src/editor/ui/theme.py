"""The window's theme, light or dark, for the whole application: every pane, menu and dialog.

Dark is Qt's Fusion style (which draws everything from the palette, whatever the platform's
own style does) with a dark palette whose paper and ink are the article stylesheet's dark
colours; light gives back the style and palette the application started with. The editor and
the preview take their own colours on top (EditorPane.set_dark, the panes' set_theme).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..core.export.html_writer import theme_colors

_ROLE = QPalette.ColorRole
_GROUP = QPalette.ColorGroup
_original: dict[str, object] = {}  # the style name and palette before the first dark theme
_current = ["light"]


class _Notifier(QObject):
    changed = Signal(str)  # the theme now applied


_notifier: list[_Notifier] = []


def theme_notifier() -> _Notifier:
    """Emits ``changed`` after a new theme reached the application."""
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def dark_palette() -> QPalette:
    article = theme_colors("dark")
    palette = QPalette()
    colors = {
        _ROLE.Window: "#26251f",
        _ROLE.WindowText: article["ink"],
        _ROLE.Base: "#1e1f22",
        _ROLE.AlternateBase: article["table-stripe"],
        _ROLE.Text: "#e6e6e6",
        _ROLE.PlaceholderText: "#8d887e",
        _ROLE.Button: "#302e28",
        _ROLE.ButtonText: article["ink"],
        _ROLE.BrightText: "#ffffff",
        _ROLE.ToolTipBase: "#302e28",
        _ROLE.ToolTipText: article["ink"],
        _ROLE.Highlight: "#8a5a2b",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: article["accent"],
        _ROLE.LinkVisited: "#d98c5a",
        _ROLE.Light: "#45423a",
        _ROLE.Midlight: "#39362f",
        _ROLE.Mid: "#2c2a25",
        _ROLE.Dark: "#15140f",
        _ROLE.Shadow: "#000000",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(_GROUP.Disabled, role, QColor("#7d786e"))
    palette.setColor(_GROUP.Disabled, _ROLE.Highlight, QColor("#4a4740"))
    return palette


def current_theme() -> str:
    return _current[0]


def apply_application_theme(theme: str, app: QCoreApplication | None = None) -> None:
    """Give the whole application the "light" or "dark" theme, now."""
    app = app or QApplication.instance()
    if not isinstance(app, QApplication) or theme == _current[0]:
        return
    if theme == "dark":
        if not _original:
            _original["style"] = app.style().name()
            _original["palette"] = QPalette(app.palette())
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif _original:
        if app.style().name() != _original["style"]:
            app.setStyle(str(_original["style"]))
        app.setPalette(_original["palette"])  # type: ignore[arg-type]
    _current[0] = theme
    theme_notifier().changed.emit(theme)


def is_dark(color: QColor) -> bool:
    return color.lightnessF() < 0.4


WARNING_COLORS = {"light": "#b3261e", "dark": "#ff8a80"}


class WarningLabel(QLabel):
    """A word-wrapped warning in red that stays readable on a light or a dark window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._tint()
        theme_notifier().changed.connect(self._tint)

    def _tint(self, *_theme: str) -> None:
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        self.setStyleSheet(f"color: {WARNING_COLORS['dark' if is_dark(window) else 'light']}")
