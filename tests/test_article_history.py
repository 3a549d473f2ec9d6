"""Undo and Redo take text edits and article-details edits in the order they were made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor

from editor.ui.main_window import MainWindow
from ui_helpers import type_text


@pytest.fixture
def window(make_window, samples_dir: Path) -> MainWindow:
    win = make_window()
    win.document.open_path(samples_dir / "clean-article.md", confirm=False)
    return win


def _type_at_end(window: MainWindow, text: str) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.setFocus()
    type_text(window.editor, text)


def _retitle(window: MainWindow, title: str) -> None:
    window.metadata_panel.title.setFocus()
    window.metadata_panel.title.selectAll()
    type_text(window.metadata_panel.title, title)


def test_undo_and_redo_follow_the_order_of_edits(window: MainWindow) -> None:
    body = window.editor.text()
    title = window.metadata_panel.title.text()
    _type_at_end(window, " أولًا")  # one text step (a new line would be a step of its own)
    _retitle(window, "عنوان جديد")
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)  # elsewhere: a step of its own
    type_text(window.editor, "ثانيًا ")
    states = [(window.editor.text(), window.metadata_panel.title.text())]
    for _ in range(3):
        window.history.undo()
        states.append((window.editor.text(), window.metadata_panel.title.text()))
    assert states[1] == (body + " أولًا", "عنوان جديد")  # the last typing went first
    assert states[2] == (body + " أولًا", title)  # then the whole new title, in one step
    assert states[3] == (body, title)
    for expected in reversed(states[:3]):
        window.history.redo()
        assert (window.editor.text(), window.metadata_panel.title.text()) == expected
    assert window.document.is_modified()
    assert window.document.current_article().metadata.title == "عنوان جديد"


def test_typing_that_joins_an_earlier_step_still_undoes_everything(window: MainWindow) -> None:
    body = window.editor.text()
    title = window.metadata_panel.title.text()
    _type_at_end(window, "أ")
    _retitle(window, "عنوان")
    _type_at_end(window, "ب")  # right after "أ": Qt merges both letters into one text step
    window.history.undo()  # the last edit was typing: the merged step goes first
    assert window.editor.text() == body and window.metadata_panel.title.text() == "عنوان"
    window.history.undo()
    assert window.metadata_panel.title.text() == title


def test_ctrl_z_in_the_editor_undoes_a_details_edit(window: MainWindow) -> None:
    title = window.metadata_panel.title.text()
    _retitle(window, "عنوان آخر")
    window.editor.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            window.editor, QKeyEvent(kind, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        )
    assert window.metadata_panel.title.text() == title
    QCoreApplication.processEvents()
    assert window.document.current_article().metadata.title == title


def test_a_new_text_edit_drops_undone_details(window: MainWindow) -> None:
    _retitle(window, "عنوان مؤقت")
    window.history.undo()
    _type_at_end(window, "نص")
    window.history.redo()  # nothing to redo: the details edit was abandoned
    assert window.metadata_panel.title.text() != "عنوان مؤقت"


def test_opening_an_article_starts_a_new_history(window: MainWindow, samples_dir: Path) -> None:
    _retitle(window, "عنوان المقال الأول")
    window.document.open_path(samples_dir / "draft-with-errors.md", confirm=False)
    title = window.metadata_panel.title.text()
    assert not window.history.can_undo()
    window.history.undo()
    assert window.metadata_panel.title.text() == title


def test_the_editor_menu_undo_uses_the_shared_history(window: MainWindow) -> None:
    title = window.metadata_panel.title.text()
    _retitle(window, "عنوان من القائمة")
    menu = window.editor.createStandardContextMenu()
    window.editor.context_menu_opening.emit(menu, 0)  # as the right click does
    undo = next(action for action in menu.actions() if action.objectName() == "edit-undo")
    assert undo.isEnabled()  # the text has nothing to undo, the details have
    undo.trigger()
    assert window.metadata_panel.title.text() == title
    menu.deleteLater()
