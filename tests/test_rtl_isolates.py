"""Paths and Latin text keep their order in the right-to-left interface (Unicode isolates)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QImage, QKeySequence, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from editor.core.bidi import FSI, LRI, PDI
from editor.ui.document_controller import FILE_FILTER
from editor.ui.file_dialogs import location_label, make_file_dialog
from editor.ui.main_window import MainWindow

PATH = "/home/salma/articles/draft.md"


@pytest.fixture
def rtl(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def ink(text: str, font: QFont, direction: Qt.LayoutDirection) -> QImage:
    """``text`` drawn on one line in a paragraph of ``direction``, cropped to its ink."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    image = QImage(2000, 60, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0))
    painter.end()
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).value() < 128 for y in range(image.height()))
    ]
    return image.copy(min(inked), 0, max(inked) - min(inked) + 1, image.height())


def drawn_as_in_ltr(shown: str, original: str, font: QFont) -> bool:
    """Whether ``shown``, in a right-to-left line, looks exactly like ``original`` in a
    left-to-right one: same characters in the same places (the slashes where they belong)."""
    return ink(shown, font, Qt.LayoutDirection.RightToLeft) == ink(
        original, font, Qt.LayoutDirection.LeftToRight
    )


def test_unisolated_path_is_scrambled_in_rtl(qapp: QApplication) -> None:
    # The defect this guards against: the leading slash jumps to the far end.
    assert not drawn_as_in_ltr(PATH, PATH, QFont())


def test_recent_files_are_isolated_and_keep_their_slashes(make_window, rtl) -> None:
    window: MainWindow = make_window(values={"recent/files": [PATH, "/tmp/مقال/مسودة.md"]})
    window.menus.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in window.menus.recent_menu.actions()]
    assert texts == [LRI + PATH + PDI, LRI + "/tmp/مقال/مسودة.md" + PDI]
    assert window.menus.recent_menu.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert drawn_as_in_ltr(texts[0], PATH, window.menus.recent_menu.font())


def test_window_title_isolates_the_file_name(window: MainWindow, samples_dir: Path) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    assert window.windowTitle().startswith(FSI + "clean-article.md" + PDI + "[*]")


def test_file_dialog_keeps_paths_and_patterns_left_to_right(
    make_window, rtl, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    target = tmp_path / "articles" / "draft.md"
    target.parent.mkdir()
    dialog = make_file_dialog(window, "Save", target, window.tr(FILE_FILTER), save=True)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert name is not None and look_in is not None
    assert name.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert look_in.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert name.text() == "draft.md"
    # The location box draws its folder as a left-to-right isolate (its label is drawn in the
    # application's direction whatever the combo box's own).
    assert look_in.currentText() and not look_in.grab().isNull()
    label = location_label(str(target.parent), look_in.fontMetrics(), 2000)
    assert label == LRI + str(target.parent) + PDI
    short = location_label("/home/salma/" + "a" * 200, look_in.fontMetrics(), 150)
    assert short.startswith(LRI + "/home") and short.endswith(PDI) and "…" in short
    filters = dialog.findChild(QComboBox, "fileTypeCombo")
    items = [filters.itemText(i) for i in range(filters.count())]
    assert items and all(LRI + "(" in item for item in items), items
    assert dialog.nameFilters()[0].endswith("(*.md *.markdown)")
    # Qt still reads the patterns: only articles are listed under the first filter.
    assert "*.md" in dialog.nameFilters()[0]
    dialog.deleteLater()


def test_isolated_filter_keeps_its_pattern_in_order(qapp: QApplication) -> None:
    from editor.core.bidi import isolate_name_filters

    label, pattern = "مقالات ماركداون ", "(*.md *.markdown)"
    shown = isolate_name_filters(label + pattern)
    assert shown == label + LRI + pattern  # Qt needs the ")" last: the isolate ends with the line
    rtl_line = Qt.LayoutDirection.RightToLeft
    font = QFont()
    closed = ink(label + LRI + pattern + PDI, font, rtl_line)
    assert ink(shown, font, rtl_line) == closed
    assert ink(label + pattern, font, rtl_line) != closed  # unisolated: "(*." turned around
    assert drawn_as_in_ltr(LRI + pattern + PDI, pattern, font)


def test_dialogs_that_name_files_isolate_the_name(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from editor.core.article import Article
    from editor.core.importing.result import ImportResult
    from editor.ui.import_report import ImportReportDialog

    asked: list[str] = []
    window.prompts.ask = lambda title, question: asked.append(question) or False
    window.document.disk.changed_outside.emit(tmp_path / "draft.md")
    assert FSI + "draft.md" + PDI in asked[-1]
    written = window.import_export.export_to("md", tmp_path / "out.md")
    assert written is not None and FSI + "out.md" + PDI in asked[-1]
    assert LRI + str(written) + PDI in window.status.currentMessage()
    dialog = ImportReportDialog(ImportResult(Article()), "web-paste.txt", window)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(FSI + "web-paste.txt" + PDI in text for text in labels), labels


def test_menu_shortcuts_with_symbols_keep_their_order(make_window, rtl) -> None:
    """Ctrl++ in a right-to-left menu was drawn "++Ctrl": the shortcut is given after a tab,
    isolated, and still works as the action's shortcut."""
    window = make_window()
    action = window.zoom.zoom_in_action
    label, _, keys = action.text().partition("\t")
    assert label and keys.startswith("\u2066") and keys.endswith("\u2069")
    assert keys.strip("\u2066\u2069") == action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText
    )
    font = window.menuBar().font()
    assert drawn_as_in_ltr(keys, keys.strip("\u2066\u2069"), font)
