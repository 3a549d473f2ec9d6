"""View ▸ Zoom for the editor and the preview together, Full Screen and distraction-free writing.

Each is its own object holding its actions; the main window only puts them in its View menu.
The actions belong to the window, so their shortcuts work with the menu bar hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from ..core.bidi import isolate_ltr
from .editor_pane import EditorPane
from .preview.engines import Preview

ZOOM_LEVELS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent
ZOOM_KEY = "view/zoom"
TEXT_COLUMN_CHARS = 70  # a readable line in distraction-free writing


def next_zoom(percent: int, steps: int) -> int:
    """The zoom level ``steps`` levels above (or, negative, below) ``percent``."""
    if steps > 0:
        higher = [level for level in ZOOM_LEVELS if level > percent]
        return higher[min(steps, len(higher)) - 1] if higher else ZOOM_LEVELS[-1]
    lower = [level for level in ZOOM_LEVELS if level < percent]
    return lower[max(steps, -len(lower))] if lower else ZOOM_LEVELS[0]


class ZoomControl(QObject):
    """Ctrl+Plus, Ctrl+Minus and Ctrl+0 for the editor and the preview at once; remembered."""

    changed = Signal(int)

    def __init__(
        self, window: QMainWindow, editor: EditorPane, preview: Preview, settings: QSettings
    ) -> None:
        super().__init__(window)
        self.editor, self.preview, self.settings = editor, preview, settings
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"),
            self.zoom_in,
            [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
            window,
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), self.zoom_out, [QKeySequence.StandardKey.ZoomOut], window
        )
        self.reset_action = self._action(
            self.tr("&Actual Size"), self.reset, [QKeySequence("Ctrl+0")], window
        )
        try:
            stored: Any = settings.value(ZOOM_KEY, 100)  # whatever was stored: int() checks it
            saved = int(stored)
        except (TypeError, ValueError):
            saved = 100
        self.percent = 100
        self.set_zoom(saved if ZOOM_LEVELS[0] <= saved <= ZOOM_LEVELS[-1] else 100, save=False)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: list[QKeySequence | QKeySequence.StandardKey],
        window: QWidget,
    ) -> QAction:
        action = QAction(text, window)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            shortcuts.extend(
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [key]
            )
        action.setShortcuts(shortcuts)
        if shortcuts and window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # A menu draws the shortcut after a tab in the layout's direction, and its
            # neutral characters move: "Ctrl++" shows as "++Ctrl". Given after a tab in the
            # text, isolated left to right, it is drawn as written.
            keys_text = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{text}\t{isolate_ltr(keys_text)}")
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.reset_action]

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self.percent, 1))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self.percent, -1))

    def reset(self) -> None:
        self.set_zoom(100)

    def set_zoom(self, percent: int, save: bool = True) -> None:
        self.percent = percent
        self.editor.set_zoom(percent)
        self.preview.set_zoom(percent)
        self.zoom_out_action.setEnabled(percent > ZOOM_LEVELS[0])
        self.zoom_in_action.setEnabled(percent < ZOOM_LEVELS[-1])
        if save:
            self.settings.setValue(ZOOM_KEY, percent)
        self.changed.emit(percent)


@dataclass
class _Shown:
    """What distraction-free writing hid, to show it again."""

    layout: QByteArray  # the docks and toolbars (QMainWindow.saveState)
    bars: list[QWidget] = field(default_factory=list)  # the menu bar and status bar
    window_state: Qt.WindowState = Qt.WindowState.WindowNoState


class FocusMode(QObject):
    """Full Screen, and distraction-free writing (F11): only the text, in a centred column of
    about TEXT_COLUMN_CHARS characters; F11 or Escape leaves it and shows everything again."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, editor: EditorPane) -> None:
        super().__init__(window)
        self.window, self.editor = window, editor
        self._shown: _Shown | None = None
        self.focus_action = QAction(self.tr("&Distraction-Free Writing"), window)
        self.focus_action.setCheckable(True)
        self.focus_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.focus_action.triggered.connect(self.set_active)
        self.full_screen_action = QAction(self.tr("&Full Screen"), window)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("Shift+F11"))
        self.full_screen_action.triggered.connect(self.set_full_screen)
        window.addActions([self.focus_action, self.full_screen_action])
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.full_screen_action, self.focus_action]

    def is_active(self) -> bool:
        return self._shown is not None

    def toggle(self) -> None:
        self.set_active(not self.is_active())

    def set_full_screen(self, on: bool) -> None:
        state = self.window.windowState()
        self.window.setWindowState(
            state | Qt.WindowState.WindowFullScreen
            if on
            else state & ~Qt.WindowState.WindowFullScreen
        )
        self.full_screen_action.setChecked(on)

    def set_active(self, on: bool) -> None:
        if on == self.is_active():
            self.focus_action.setChecked(on)
            return
        if on:
            window = self.window
            shown = _Shown(
                window.saveState(),
                [bar for bar in (window.menuBar(), window.statusBar()) if bar.isVisible()],
                window.windowState(),
            )
            for widget in [
                *window.findChildren(QDockWidget),
                *window.findChildren(QToolBar),
                *shown.bars,
            ]:
                if widget.parent() is window:
                    widget.hide()
            self._shown = shown
            self.editor.set_text_column(TEXT_COLUMN_CHARS)
            self.set_full_screen(True)
            self.editor.setFocus()
        else:
            assert self._shown is not None  # is_active() said so
            shown, self._shown = self._shown, None
            self.editor.set_text_column(None)
            for bar in shown.bars:
                bar.show()
            self.window.restoreState(shown.layout)
            self.window.setWindowState(shown.window_state)
            self.full_screen_action.setChecked(
                bool(shown.window_state & Qt.WindowState.WindowFullScreen)
            )
        self.focus_action.setChecked(on)
        self.toggled.emit(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape that no one else took (the find bar closes first) leaves distraction-free
        # writing; it reaches the window because the editor ignores it.
        if (
            watched is self.window
            and self.is_active()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.set_active(False)
            return True
        return False
