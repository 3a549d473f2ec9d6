"""A window a new writer can find their way in: start panel, editor width, Save As after an
import, a readable import report, Discard in crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from editor.core.article import Article, Metadata
from editor.core.importing.result import ImportResult, Removal
from editor.ui.import_report import ImportReportDialog
from editor.ui.main_window import MainWindow
from ui_helpers import type_text


def test_editor_is_the_widest_pane_at_the_default_size(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    editor = window.editor.width()
    assert editor > window.preview_dock.width()
    assert editor > window.metadata_dock.width()
    assert editor >= 0.45 * window.width()


def test_start_panel_offers_the_first_steps_until_there_is_text(window: MainWindow, qtbot) -> None:
    panel = window.start_panel
    assert panel.isVisible()
    labels = [button.text() for button in panel.buttons]
    assert labels == ["New", "Open", "Import", "Paste as New Article"]
    viewport = window.editor.viewport().rect()
    assert viewport.contains(panel.geometry())  # inside the editor, not off its edge
    triggered: list[str] = []
    for action, name in (
        (window.menus.new_action, "new"),
        (window.menus.open_action, "open"),
        (window.menus.import_action, "import"),
        (window.menus.paste_article_action, "paste"),
    ):
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, n=name: triggered.append(n))
    for button in panel.buttons:
        button.click()
    assert triggered == ["new", "open", "import", "paste"]
    window.editor.setFocus()
    type_text(window.editor, "ب")
    assert not panel.isVisible()
    window.editor.selectAll()
    window.editor.textCursor().removeSelectedText()
    assert panel.isVisible()


def test_start_panel_hides_for_an_opened_article(window: MainWindow, samples_dir: Path) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    assert not window.start_panel.isVisible()
    window.document.new_document()
    assert window.start_panel.isVisible()


def test_save_as_after_import_proposes_the_source_folder(
    window: MainWindow, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "inbox" / "paste.txt"
    source.parent.mkdir()
    source.write_bytes((samples_dir / "web-paste.txt").read_bytes())
    window.import_export.show_report = lambda result, name: None
    assert window.import_export.import_path(source)
    proposed: list[Path] = []
    window.prompts.save_path = lambda caption, suggested, filters: (
        proposed.append(Path(suggested)) or ""
    )
    assert not window.document.save_as()
    assert proposed[0].parent == source.parent
    assert proposed[0].name.startswith("مكتبات-الأحياء-تفتح") and proposed[0].suffix == ".md"
    window.document.new_document()  # a new article goes back to the home folder
    window.document.save_as()
    assert proposed[1].parent == Path.home()


def test_import_report_fits_long_lines_within_the_screen(window: MainWindow, qtbot) -> None:
    long_line = "شارك هذا المقال مع أصدقائك على مواقع التواصل " * 12
    removed = [Removal(i + 1, long_line, "share widget", "share") for i in range(30)]
    result = ImportResult(Article(Metadata(title="عنوان"), "نص\n"), removed, [], [])
    dialog = ImportReportDialog(result, "web-paste.txt", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.width() >= 560
    assert dialog.removed.wordWrap()
    assert not dialog.removed.horizontalScrollBar().isVisible()
    first = dialog.removed.visualItemRect(dialog.removed.item(0))
    assert first.height() > 2 * dialog.removed.fontMetrics().lineSpacing()  # wrapped
    assert first.right() <= dialog.removed.viewport().width()


def test_recovery_dialog_discards_after_confirmation(
    qtbot, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.app import application
    from editor.core.journal import DocumentJournal, find_orphans
    from editor.ui.recovery_dialog import RecoveryDialog

    crashed = DocumentJournal()
    crashed.write("---\ntitle: عنوان\n---\n\nنص\n", None, "مسودة")
    crashed._lock.close()
    answers = [False, True]
    outcomes: list[int] = []

    def run(dialog: RecoveryDialog) -> int:
        dialog.confirm_discard = lambda: answers.pop(0)
        dialog.discard_button.click()  # refused: the dialog stays open
        outcomes.append(dialog.result())
        dialog.discard_button.click()  # confirmed
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", run)
    assert application.recover_unsaved_work() == []
    assert outcomes == [QDialog.DialogCode.Rejected]  # 0: not finished yet
    assert find_orphans() == [] and not crashed.path.exists()
