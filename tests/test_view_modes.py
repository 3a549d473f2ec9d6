"""View ▸ Zoom (editor and preview together, remembered) and distraction-free writing (F11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from editor.ui.fonts import DEFAULT_EDITOR_SIZE
from editor.ui.preview.text_pane import PreviewPane
from editor.ui.view_modes import TEXT_COLUMN_CHARS, ZOOM_KEY, ZOOM_LEVELS, next_zoom

CTRL = Qt.KeyboardModifier.ControlModifier
BODY = (
    "# عنوان\n\nنص الفقرة الأولى في المقال، وهي فقرة عربية طويلة بما يكفي لتلتف على أكثر "
    "من سطر في المحرر حين يكون عرضه كبيرا." * 3
)


def _preview_text_size(window) -> float:  # type: ignore[no-untyped-def]
    """The pixel size the preview draws the paragraph's text at."""
    cursor = window.preview.document().find("الفقرة")
    assert not cursor.isNull()
    font = cursor.charFormat().font()
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def _front_tabs(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The titles of the dock tabs in front."""
    return [
        bar.tabText(bar.currentIndex())
        for bar in window.findChildren(QTabBar)
        if bar.isVisible() and bar.count()
    ]


def _wait_for_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.preview.document().find("الفقرة").isNull())


def test_zoom_levels_step_and_stop_at_the_ends() -> None:
    assert next_zoom(100, 1) == 110 and next_zoom(100, -1) == 90
    assert next_zoom(ZOOM_LEVELS[-1], 1) == ZOOM_LEVELS[-1]
    assert next_zoom(ZOOM_LEVELS[0], -1) == ZOOM_LEVELS[0]
    assert next_zoom(105, 1) == 110 and next_zoom(105, -1) == 100


def test_zoom_keys_scale_editor_and_preview_and_ctrl_0_restores(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(window.preview, PreviewPane)
    window.editor.set_text(BODY)
    window.preview.refresh_now(window.preview_sync.previewed_article())
    _wait_for_page(window, qtbot)
    editor_size = window.editor.font().pointSizeF()
    preview_size = _preview_text_size(window)
    assert editor_size == DEFAULT_EDITOR_SIZE

    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    QTest.keyClick(window.editor, Qt.Key.Key_Equal, CTRL)  # Ctrl+= too (no Shift for +)
    assert window.zoom.percent == 125
    assert window.editor.font().pointSizeF() == DEFAULT_EDITOR_SIZE * 1.25
    qtbot.waitUntil(lambda: _preview_text_size(window) > preview_size * 1.2)
    assert window.settings.value(ZOOM_KEY) in (125, "125")

    QTest.keyClick(window.editor, Qt.Key.Key_Minus, CTRL)
    QTest.keyClick(window.editor, Qt.Key.Key_Minus, CTRL)
    QTest.keyClick(window.editor, Qt.Key.Key_Minus, CTRL)
    assert window.zoom.percent == 90
    assert window.editor.font().pointSizeF() < editor_size

    QTest.keyClick(window.editor, Qt.Key.Key_0, CTRL)
    assert window.zoom.percent == 100
    assert window.editor.font().pointSizeF() == editor_size
    qtbot.waitUntil(lambda: abs(_preview_text_size(window) - preview_size) < 0.5)


def test_zoom_is_remembered_and_survives_a_font_change(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(values={ZOOM_KEY: 150})
    assert window.zoom.percent == 150
    assert window.editor.font().pointSizeF() == DEFAULT_EDITOR_SIZE * 1.5
    settings = window.app_settings
    settings.editor_size = 18
    window.apply_settings(settings)
    assert window.editor.font().pointSizeF() == 18 * 1.5
    assert make_window(values={ZOOM_KEY: "nonsense"}).zoom.percent == 100


def test_zoom_is_in_the_view_menu(window) -> None:  # type: ignore[no-untyped-def]
    view = next(
        action.menu()
        for action in window.menuBar().actions()
        if window.zoom.zoom_in_action in action.menu().actions()
    )
    assert {
        window.zoom.zoom_out_action,
        window.zoom.reset_action,
        window.focus_mode.focus_action,
    } <= set(view.actions())


def test_f11_hides_the_docks_and_bars_and_shows_them_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1300, 820)
    qtbot.waitExposed(window)
    window.proofing_dock.raise_()  # the proofreading tab in front of the details
    docks = (window.metadata_dock, window.preview_dock, window.proofing_dock)
    assert all(dock.isVisible() for dock in docks)
    assert _front_tabs(window) == ["Proofreading"]
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_F11)
    assert window.focus_mode.is_active()
    assert not any(dock.isVisible() for dock in docks)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.isFullScreen()
    assert window.editor.hasFocus()

    QTest.keyClick(window.editor, Qt.Key.Key_F11)
    assert not window.focus_mode.is_active()
    assert all(dock.isVisible() for dock in docks)
    assert _front_tabs(window) == ["Proofreading"]  # the same tab in front
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert not window.isFullScreen()


def test_escape_leaves_distraction_free_writing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    window.focus_mode.toggle()
    window.find_bar.show_bar()
    QTest.keyClick(window.find_bar, Qt.Key.Key_Escape)  # the find bar closes first
    assert not window.find_bar.isVisible() and window.focus_mode.is_active()
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.focus_mode.is_active() and window.preview_dock.isVisible()


def test_the_text_column_is_limited_and_centred(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.set_text(BODY)
    window.focus_mode.set_active(True)
    window.resize(1600, 900)  # offscreen, full screen keeps the size asked for
    qtbot.waitUntil(lambda: window.editor.width() > 1200)
    editor = window.editor
    column = editor.text_column_width()
    expected = round(editor.char_width() * TEXT_COLUMN_CHARS)
    assert expected <= column <= expected + 2 * editor.document().documentMargin() + 2
    # About seventy characters of Arabic prose on a line.
    line = editor.document().findBlockByNumber(2).layout().lineAt(0)
    assert 55 <= line.textLength() <= TEXT_COLUMN_CHARS + 10, line.textLength()
    margins = editor.viewportMargins()
    assert margins.left() > 100 and abs(margins.left() - margins.right()) <= 1
    # Zooming widens the column with the text; it stays centred.
    window.zoom.zoom_in()
    assert editor.text_column_width() > column
    window.focus_mode.set_active(False)
    assert editor.viewportMargins().left() == 0 and editor.viewportMargins().right() == 0


def test_shift_f11_is_plain_full_screen(window) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert window.isFullScreen() and window.preview_dock.isVisible()
    assert not window.focus_mode.is_active()
    QTest.keyClick(window.editor, Qt.Key.Key_F11)  # distraction-free from full screen ...
    QTest.keyClick(window.editor, Qt.Key.Key_F11)  # ... and back: still full screen
    assert window.isFullScreen() and window.preview_dock.isVisible()
    QTest.keyClick(window.editor, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert not window.isFullScreen()
