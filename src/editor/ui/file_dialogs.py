"""File dialogs that keep paths and file patterns readable in a right-to-left interface.

In a mirrored window Qt's own file dialog lays its location box and file-name field out right
to left, so "/home/ali/articles" is drawn "home/ali/articles/" and a filter's "(*.md)" turns
inside out. The location and name fields are made left-to-right (paths always read that way),
and each filter's pattern list is a left-to-right isolate. A native dialog is left as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ..core.bidi import isolate_ltr, isolate_name_filters

# Qt's names for the widgets of its (non-native) file dialog.
PATH_WIDGETS = ((QComboBox, "lookInCombo"), (QLineEdit, "fileNameEdit"))


def make_file_dialog(
    parent: QWidget | None, caption: str, location: str | Path, filters: str, save: bool = False
) -> QFileDialog:
    """A dialog for one file, opened at ``location`` (a folder, or a file to propose)."""
    dialog = QFileDialog(parent, caption, str(location), isolate_name_filters(filters))
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    keep_paths_left_to_right(dialog)
    return dialog


def keep_paths_left_to_right(dialog: QFileDialog) -> None:
    for kind, name in PATH_WIDGETS:
        widget = dialog.findChild(kind, name)
        if widget is not None:
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        look_in.installEventFilter(_LocationPainter(look_in))


def location_label(text: str, metrics: QFontMetrics, width: int) -> str:
    """The folder path the location box shows: elided in the middle, as Qt does, and a
    left-to-right isolate (the style draws it in the application's direction)."""
    return isolate_ltr(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width))


class _LocationPainter(QObject):
    """Draws the location box's current folder left to right.

    Qt's combo box label is drawn with the application's layout direction, whatever the
    widget's own, so the path's text itself carries the direction (an isolate).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox):
            return False
        combo = watched
        option = QStyleOptionComboBox()
        option.initFrom(combo)
        option.editable = combo.isEditable()
        option.frame = combo.hasFrame()
        option.iconSize = combo.iconSize()
        option.currentIcon = combo.itemIcon(combo.currentIndex())
        option.subControls = QStyle.SubControl.SC_All
        edit = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        option.currentText = location_label(
            combo.currentText(), option.fontMetrics, edit.width() - option.iconSize.width() - 4
        )
        painter = QStylePainter(combo)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


def _run(dialog: QFileDialog) -> str:
    if not dialog.exec():
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def open_file_name(parent: QWidget | None, caption: str, folder: str | Path, filters: str) -> str:
    """The chosen file's path, or "" when cancelled (as QFileDialog.getOpenFileName)."""
    return _run(make_file_dialog(parent, caption, folder, filters))


def save_file_name(
    parent: QWidget | None, caption: str, suggested: str | Path, filters: str
) -> str:
    """The path to save to, or "" when cancelled (as QFileDialog.getSaveFileName)."""
    return _run(make_file_dialog(parent, caption, suggested, filters, save=True))


def folder_name(parent: QWidget | None, caption: str, folder: str | Path) -> str:
    """A chosen folder, or "" when cancelled (as QFileDialog.getExistingDirectory)."""
    dialog = QFileDialog(parent, caption, str(folder))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    keep_paths_left_to_right(dialog)
    return _run(dialog)
