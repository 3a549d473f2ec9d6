"""Issue 14's writing comfort in the window: Edit and Help menus, Close, Ctrl+Y, the outline,
the word target, Insert Image (and drops) and the toolbar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.core.stats import text_stats
from editor.ui.help_dialogs import shortcut_entries
from editor.ui.main_window import MainWindow
from editor.ui.prompts import SaveChoice
from editor.ui.writing_comfort import TOOLBAR_KEY
from ui_helpers import type_text

IMAGE = QTextDocument.ResourceType.ImageResource


def _write_png(path: Path, width: int = 4, height: int = 3) -> bytes:
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a3b12"))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def _menu(window: MainWindow, index: int):  # type: ignore[no-untyped-def]
    return window.menuBar().actions()[index].menu()


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _saved_article(tmp_path: Path, body: str = "نص المقال.\n") -> Path:
    path = tmp_path / "articles" / "draft.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"---\ntitle: عنوان\n---\n\n{body}", encoding="utf-8")
    return path


# -- Edit menu, Close, Redo -------------------------------------------------------------------
def test_edit_menu_cut_copy_paste_select_all_act_on_the_focused_widget(
    window: MainWindow, qtbot
) -> None:
    comfort = window.comfort
    edit = _menu(window, 1)
    for action in (
        comfort.cut_action,
        comfort.copy_action,
        comfort.paste_action,
        comfort.select_all_action,
    ):
        assert action in edit.actions()
    assert comfort.select_all_action.shortcut() == QKeySequence(QKeySequence.StandardKey.SelectAll)
    window.editor.set_text("مرحبا بالعالم")
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    comfort.select_all_action.trigger()
    assert window.editor.textCursor().selectedText() == "مرحبا بالعالم"
    comfort.copy_action.trigger()
    assert QApplication.clipboard().text() == "مرحبا بالعالم"
    comfort.cut_action.trigger()
    assert window.editor.text() == ""
    comfort.paste_action.trigger()
    # (The editor's own copy carries HTML, which its paste turns into Markdown plus "\n".)
    assert window.editor.text().rstrip("\n") == "مرحبا بالعالم"
    # In a details field they act on the field, not the text.
    title = window.metadata_panel.title
    title.setText("عنوان")
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    comfort.select_all_action.trigger()
    assert title.selectedText() == "عنوان"
    comfort.copy_action.trigger()
    assert QApplication.clipboard().text() == "عنوان"
    assert window.editor.text().rstrip("\n") == "مرحبا بالعالم"


def test_standard_keys_stay_with_the_focused_widget(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    """Ctrl+C in the findings list copies the finding as before: the Edit menu's Copy does not
    take the key from the widget that has the focus."""
    window.document.open_path(samples_dir / "draft-with-errors.md", confirm=False)
    qtbot.waitUntil(lambda: window.proofing.controller.last_check is not None, timeout=15000)
    window.proofing_dock.raise_()
    tree = window.proofing.panel.tree
    window.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    QApplication.clipboard().setText("before")
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() not in ("", "before")
    window.editor.set_text("نص")
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    qtbot.keyClick(window.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.textCursor().selectedText() == "نص"


def test_ctrl_y_redoes_through_the_article_history(window: MainWindow, qtbot) -> None:
    keys = [key.toString() for key in window.menus.redo_action.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    type_text(window.editor, "كلمة")
    window.metadata_panel.title.setText("عنوان")
    window.metadata_panel.title.textEdited.emit("عنوان")  # a details edit, after the text
    window.history.undo()
    window.history.undo()
    assert window.editor.text() == "" and window.metadata_panel.title.text() == ""
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "كلمة"
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.metadata_panel.title.text() == "عنوان"  # the details step, in its order
    window.history.undo()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.metadata_panel.title.text() == "عنوان"


def test_close_asks_to_save_then_leaves_an_empty_article(
    window: MainWindow,
    tmp_path: Path,
) -> None:
    path = _saved_article(tmp_path)
    assert window.document.open_path(path, confirm=False)
    assert window.comfort.close_action in _menu(window, 0).actions()
    type_text(window.editor, "تعديل ")
    asked = []
    answer = [False]

    def save_changes() -> SaveChoice:  # asked only when there are unsaved changes
        asked.append(True)
        return SaveChoice.DISCARD if answer[0] else SaveChoice.CANCEL

    window.prompts.save_changes = save_changes  # the writer cancels
    window.comfort.close_action.trigger()
    assert window.document.article.source.path == path and window.document.is_modified()
    answer[0] = True  # then discards
    window.comfort.close_action.trigger()
    assert len(asked) == 2
    assert window.document.article.source.path is None and window.editor.text() == ""
    assert not window.document.is_modified() and window.isVisible()
    assert window.document.disk.differs(path) is False  # no longer watching the closed file


# -- Help -------------------------------------------------------------------------------------
def test_about_shows_the_version_and_licences(window: MainWindow) -> None:
    help_menu = _menu(window, len(window.menuBar().actions()) - 1)
    assert window.comfort.about_action in help_menu.actions()
    dialog = window.comfort.show_about()
    text = dialog.text.text()
    assert __version__ in text
    for needed in (
        "GPL-3.0-or-later",
        "OFL-1.1",
        "Amiri",
        "Noto Sans Arabic",
        "Ayaspell",
        "MPL-1.1",
        "LGPL-3.0",
        "PySide",
    ):
        assert needed in text, needed


def test_f1_opens_help_in_the_interface_language(make_window, qtbot) -> None:
    for language, heading in (("en", "Midad Help"), ("ar", "دليل مداد")):
        window = make_window(values={"ui/language": language})
        assert window.comfort.help_action.shortcut() == QKeySequence("F1")
        window.activateWindow()
        window.editor.setFocus()
        qtbot.waitUntil(lambda w=window: QApplication.focusWidget() is w.editor)
        qtbot.keyClick(window.editor, Qt.Key.Key_F1)
        dialog = window.comfort.help_dialog
        assert dialog.isVisible() and dialog.page.name == f"help_{language}.html"
        assert heading in dialog.browser.toPlainText()
        window.comfort.help_action.trigger()  # F1 again: the same page, not a second one
        assert window.comfort.help_dialog is dialog
        dialog.close()
        qtbot.waitUntil(lambda w=window: w.comfort.help_dialog is None)


def test_shortcuts_dialog_lists_the_actions_and_their_keys(window: MainWindow) -> None:
    dialog = window.comfort.show_shortcuts()
    rows = dialog.rows()
    commands = {command: keys for command, keys in rows}
    assert "Ctrl+S" in commands["Save"]
    assert "Ctrl+Y" in commands["Redo"] and "Ctrl+Shift+Z" in commands["Redo"]
    assert "F1" in commands["Midad Help"]
    assert "Ctrl+W" in commands["Close"] or "Ctrl+F4" in commands["Close"]
    # Generated from the actions: a new shortcut shows up, no list to keep up to date.
    window.comfort.italic_action.setShortcut(QKeySequence("Ctrl+Alt+I"))
    entries = {e.command: e.keys for e in shortcut_entries(window)}
    assert entries["Italic"] == ("Ctrl+Alt+I",)
    assert all(keys for _, keys in rows if _ not in ("File", "Edit", "View", "Tools", "Help"))


# -- outline ----------------------------------------------------------------------------------
OUTLINED = (
    "# العنوان\n\nمقدمة.\n\n## القسم الأول\n\nنص أول.\n\n```\n# ليس عنوانا\n```\n\n"
    "## القسم الثاني\n\nنص ثان.\n\nSetext\n------\n\nخاتمة.\n"
)


def test_outline_lists_headings_and_jumps(window: MainWindow, qtbot) -> None:
    pane = window.comfort.outline
    window.comfort.outline_dock.show()
    window.comfort.outline_dock.raise_()
    window.editor.set_text(OUTLINED)
    qtbot.waitUntil(lambda: len(pane.headings) == 4)
    assert [h.text for h in pane.headings] == ["العنوان", "القسم الأول", "القسم الثاني", "Setext"]
    top = pane.topLevelItem(0)
    assert top.text(0) == "العنوان" and top.childCount() == 3  # nested under the title
    assert pane.layoutDirection() == Qt.LayoutDirection.RightToLeft  # like the Arabic article
    second = top.child(1)
    pane.itemClicked.emit(second, 0)
    cursor = window.editor.textCursor()
    assert cursor.block().text() == "## القسم الثاني"
    assert pane.currentItem() is second


def test_outline_highlight_follows_the_cursor(window: MainWindow, qtbot) -> None:
    pane = window.comfort.outline
    window.comfort.outline_dock.show()
    window.comfort.outline_dock.raise_()
    window.editor.set_text(OUTLINED)
    qtbot.waitUntil(lambda: len(pane.headings) == 4)
    cursor = window.editor.textCursor()
    cursor.setPosition(OUTLINED.index("نص أول"))
    window.editor.setTextCursor(cursor)
    qtbot.waitUntil(
        lambda: pane.currentItem() is not None and pane.currentItem().text(0) == "القسم الأول"
    )
    cursor.setPosition(OUTLINED.index("خاتمة"))
    window.editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: pane.currentItem().text(0) == "Setext")
    # A new heading typed in appears once typing pauses.
    window.editor.moveCursor(cursor.MoveOperation.End)
    type_text(window.editor, "\n## جديد\n")
    qtbot.waitUntil(lambda: len(pane.headings) == 5)
    assert pane.currentItem().text(0) == "جديد"


def test_outline_is_a_view_menu_toggle(window: MainWindow) -> None:
    toggle = window.comfort.outline_dock.toggleViewAction()
    assert toggle in _menu(window, 2).actions()


# -- word target ------------------------------------------------------------------------------
def test_word_target_round_trips_and_shows_progress(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = _saved_article(tmp_path, "كلمة " * 1234 + "\n")
    window.document.open_path(path, confirm=False)
    label = window.comfort.target_status
    qtbot.waitUntil(lambda: window.comfort.last_words == 1234)
    assert label.isHidden()
    window.comfort.run_dialog = lambda dialog: (dialog.spin.setValue(1500), True)[1]
    window.comfort.target_action.trigger()
    assert window.document.is_modified()
    assert not label.isHidden() and label.text() == "1,234 / 1,500 words"
    assert window.document.save()
    assert "word-target: 1500" in path.read_text(encoding="utf-8")
    opened = []
    window.comfort.run_dialog = lambda dialog: opened.append(dialog.target()) or False
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # the label opens the dialog too
    assert opened == [1500]
    window.history.undo()  # the target was one details edit
    assert label.isHidden()
    window.history.redo()
    assert label.text() == "1,234 / 1,500 words"
    window.comfort.close_document()
    qtbot.waitUntil(label.isHidden)
    window.document.open_path(path, confirm=False)
    qtbot.waitUntil(lambda: label.text() == "1,234 / 1,500 words" and not label.isHidden())
    window.status.show_stats(text_stats("كلمة " * 1600, "ar"))
    assert label.text() == "1,600 / 1,500 words"
    assert window.document.current_article().metadata.extra["word-target"] == 1500


# -- images -----------------------------------------------------------------------------------
def test_insert_image_copies_the_file_and_inserts_markdown(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = _saved_article(tmp_path)
    window.document.open_path(path, confirm=False)
    picture = tmp_path / "photo.png"
    png = _write_png(picture)
    window.comfort.images.choose_image = lambda folder: str(picture)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.comfort.image_action.trigger()
    assert (path.parent / "images" / "photo.png").read_bytes() == png
    assert window.editor.text().endswith("![photo](images/photo.png)")
    # The light preview shows it: the image resolves beside the article.
    window.preview.refresh_now(window.document.current_article())
    qtbot.waitUntil(lambda: "images/photo.png" in window.preview.toHtml(), timeout=5000)
    resource = window.preview.document().resource(IMAGE, QUrl("images/photo.png"))
    assert resource is not None and not resource.isNull()


def test_a_wide_picture_is_scaled_to_the_preview(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = _saved_article(tmp_path)
    window.document.open_path(path, confirm=False)
    picture = tmp_path / "panorama.png"
    _write_png(picture, width=3000, height=1000)
    window.comfort.images.insert_files([str(picture)])
    window.preview.refresh_now(window.document.current_article())
    qtbot.waitUntil(lambda: "images/panorama.png" in window.preview.toHtml(), timeout=5000)
    window.preview.document().documentLayout().documentSize()  # lays the page out
    image = window.preview.document().resource(IMAGE, QUrl("images/panorama.png"))
    assert image is not None and 0 < image.width() < window.preview.viewport().width()
    assert abs(image.height() * 3 - image.width()) <= 3  # the same shape
    assert window.preview.horizontalScrollBar().maximum() == 0  # no sideways scrolling


def test_insert_image_in_an_unsaved_article_asks_to_save_first(
    window: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.png"
    _write_png(picture)
    window.comfort.images.choose_image = lambda folder: str(picture)
    window.prompts.ask = lambda title, question: False
    window.comfort.image_action.trigger()
    assert window.editor.text() == ""
    target = tmp_path / "new.md"
    window.prompts.ask = lambda title, question: True
    window.document.save = lambda: window.document.save_to(target)
    window.comfort.image_action.trigger()
    assert (tmp_path / "images" / "photo.png").is_file()
    assert "![photo](images/photo.png)" in window.editor.text()


def test_dropping_an_image_on_the_editor_inserts_it(window: MainWindow, tmp_path: Path) -> None:
    path = _saved_article(tmp_path)
    window.document.open_path(path, confirm=False)
    picture = tmp_path / "drop me.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0fake jpeg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    # As a real drag: entering the text makes it the drop target, then the drop.
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.editor.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.editor.viewport(), drop)
    assert drop.isAccepted()
    assert (path.parent / "images" / "drop-me.jpg").is_file()
    assert "![drop me](images/drop-me.jpg)" in window.editor.text()
    # At the edge of a paragraph the picture is a paragraph of its own.
    paragraphs = [p.strip() for p in window.editor.text().split("\n\n")]
    assert "![drop me](images/drop-me.jpg)" in paragraphs
    assert window.document.article.source.path == path  # the window did not open the picture


# -- toolbar ----------------------------------------------------------------------------------
def test_toolbar_has_the_common_commands_and_is_remembered(make_window, qtbot) -> None:
    window = make_window()
    bar = window.comfort.toolbar
    actions = bar.actions()
    for action in (
        window.menus.new_action,
        window.menus.open_action,
        window.menus.save_action,
        window.menus.undo_action,
        window.menus.redo_action,
        window.comfort.bold_action,
        window.comfort.image_action,
        window.proofing.fix_all_action,
        window.preview_dock.toggleViewAction(),
    ):
        assert action in actions
        if action not in (window.comfort.bold_action, window.comfort.image_action):
            assert not action.icon().isNull()  # (a theme may have those two; else words)
    assert bar.isVisible()
    toggle = bar.toggleViewAction()
    assert toggle in _menu(window, 2).actions()
    toggle.trigger()
    assert not bar.isVisible()
    assert window.settings.value(TOOLBAR_KEY) in (False, "false")
    window.close()
    again = make_window()
    assert not again.comfort.toolbar.isVisible()
    again.comfort.toolbar.toggleViewAction().trigger()
    assert again.comfort.toolbar.isVisible()


def test_toolbar_arrows_are_mirrored_right_to_left(make_window) -> None:
    from PySide6.QtWidgets import QStyle

    def image(icon):  # type: ignore[no-untyped-def]
        return icon.pixmap(16).toImage()

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as for Arabic
    try:
        window = make_window()
        style = window.style()
        right = style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight)
        left = style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft)
        assert image(window.menus.undo_action.icon()) == image(right)  # back, in a mirrored window
        assert image(window.menus.redo_action.icon()) == image(left)
        bar = window.comfort.toolbar
        menus = window.menus
        new, save = (bar.widgetForAction(a) for a in (menus.new_action, menus.save_action))
        assert new.x() > save.x()  # the toolbar starts on the right
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_bold_wraps_the_selection(window: MainWindow, qtbot) -> None:
    window.editor.set_text("كلمة")
    window.editor.selectAll()
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "**كلمة**"
    title = window.metadata_panel.title  # in a field, Ctrl+B does not touch the text
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    qtbot.keyClick(title, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "**كلمة**"
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.comfort.italic_action.trigger()
    type_text(window.editor, "مائل")
    assert window.editor.text() == "**كلمة***مائل*"
