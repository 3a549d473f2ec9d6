"""Proofreading in the window: underlines, context menu, panel, fix all safe, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from editor.ui.app_settings import AppSettings
from editor.ui.main_window import MainWindow
from editor.ui.settings_dialog import SettingsDialog
from ui_helpers import type_text


@pytest.fixture
def window(make_window) -> MainWindow:
    # Tall enough that the whole draft sample is on screen under the toolbar (underlines are
    # made for the visible paragraphs).
    return make_window(size=(1300, 1000))


def _open_draft(window: MainWindow, samples_dir: Path, qtbot) -> None:
    window.document.open_path(samples_dir / "draft-with-errors.md", confirm=False)
    qtbot.waitUntil(lambda: window.proofing.controller.last_check is not None, timeout=15000)
    window.editor.refresh_visible_formats()


def _underlined(window: MainWindow) -> dict[str, set[str]]:
    """Underlined text per underline colour, read from the paragraphs' layout formats."""
    found: dict[str, set[str]] = {}
    block = window.editor.document().firstBlock()
    while block.isValid():
        for item in block.layout().formats():
            style = item.format.underlineStyle()
            if style != QTextCharFormat.UnderlineStyle.NoUnderline:
                text = block.text()[item.start : item.start + item.length]
                found.setdefault(item.format.underlineColor().name(), set()).add(text)
        block = block.next()
    return found


def test_planted_errors_are_underlined(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open_draft(window, samples_dir, qtbot)
    underlined = _underlined(window)
    spelling = underlined.get("#d32f2f", set())
    for word in ("المدينه", "الاسعار", "الشديييييد", "فيالشوارع"):
        assert word in spelling, f"{word} is not underlined as a spelling error"
    typography = underlined.get("#1e6fd9", set()) | underlined.get("#2e9d5b", set())
    assert any("?" in text for text in typography)
    assert any("ـ" in text for text in typography)
    planted = json.loads((samples_dir / "draft-with-errors.expected.json").read_text("utf-8"))
    assert len(spelling) >= len(planted["spelling"])


def test_panel_groups_findings_with_counts(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open_draft(window, samples_dir, qtbot)
    panel = window.proofing.panel
    counts = panel.counts()
    assert counts["spelling"] >= 4 and counts["typography"] >= 10
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert any(str(counts["spelling"]) in group for group in groups)
    panel.filter.setCurrentIndex(panel.filter.findData("spelling"))
    assert panel.tree.topLevelItemCount() == 1
    # Clicking a finding selects its text in the editor.
    item = panel.tree.topLevelItem(0).child(0)
    panel.tree.itemClicked.emit(item, 0)
    finding = item.data(0, 0x0100)
    assert window.editor.textCursor().selectedText() == finding.text


def test_context_menu_fix_changes_the_text(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open_draft(window, samples_dir, qtbot)
    position = window.editor.toPlainText().index("المدينه,") + 2
    menu = QMenu()
    window.proofing.add_menu_actions(menu, position)
    labels = [action.text() for action in menu.actions()]
    assert "المدينة" in labels
    assert any("Dictionary" in label for label in labels)
    next(action for action in menu.actions() if action.text() == "المدينة").trigger()
    assert "المدينة," in window.editor.toPlainText()
    assert window.document.is_modified()


def test_fix_all_safe_is_one_undo_step(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open_draft(window, samples_dir, qtbot)
    before = window.editor.toPlainText()
    applied = window.proofing.fix_all_safe()
    assert applied >= 8
    after = window.editor.toPlainText()
    assert "الماضي. وقال" in after and "المرة؟" in after and "( نحو" not in after
    check = window.proofing.controller.check_now()
    assert [f for f in check.body if f.safe] == []
    assert str(applied) in window.proofing.panel.notice.text()
    window.editor.undo()
    assert window.editor.toPlainText() == before


def test_word_being_typed_is_not_flagged_until_left(window: MainWindow, qtbot) -> None:
    controller = window.proofing.controller
    window.editor.set_text("نص صحيح\n")
    qtbot.waitUntil(lambda: controller.last_check is not None, timeout=15000)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor, "كتبتتتتت")
    qtbot.wait(600)  # the quick pass has run
    qtbot.waitUntil(
        lambda: any(
            f.text == "كتبتتتتت" for f in controller.findings_in(window.editor.textCursor().block())
        ),
        timeout=5000,
    )
    assert "كتبتتتتت" not in _underlined(window).get("#d32f2f", set())
    type_text(window.editor, " ")
    window.editor.refresh_visible_formats()
    qtbot.waitUntil(lambda: "كتبتتتتت" in _underlined(window).get("#d32f2f", set()), timeout=5000)


def test_next_finding_walks_the_text(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open_draft(window, samples_dir, qtbot)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen = []
    for _ in range(3):
        assert window.proofing.next_finding()
        seen.append(window.editor.textCursor().selectionStart())
    assert seen == sorted(seen) and len(set(seen)) == 3
    assert window.proofing.previous_finding()
    assert window.editor.textCursor().selectionStart() < seen[-1]


def test_settings_persist_and_take_effect(window: MainWindow, tmp_path: Path, qtbot) -> None:
    dialog = SettingsDialog(window.app_settings, window)
    dialog.editor_size_box.setValue(20)
    dialog.spelling.setChecked(False)
    dialog.hamza.setCurrentIndex(dialog.hamza.findData("relaxed"))
    dialog.digits.setCurrentIndex(dialog.digits.findData("arabic-indic"))
    chosen = dialog.result_settings()
    chosen.save(window.settings)
    window.apply_settings(chosen)
    assert window.editor.font().pointSize() == 20
    proof = window.proofing.controller.proofreader.settings
    assert (proof.spelling, proof.hamza_mode, proof.digit_style) == (
        False,
        "relaxed",
        "arabic-indic",
    )
    reread = AppSettings.load(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert (reread.editor_size, reread.spelling, reread.hamza_mode) == (20, False, "relaxed")


def test_damaged_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    settings.setValue("editor/font_size", "huge")
    settings.setValue("proofing/digit_style", "roman")
    loaded = AppSettings.load(settings)
    assert loaded.editor_size == AppSettings().editor_size
    assert loaded.digit_style == "consistent"


def test_underlines_never_split_a_word() -> None:
    from editor.ui.proofing.controller import whole_words

    text = "كتبتُ الدرسَ.وقال"
    assert whole_words(text, 0, 4) == (0, 5)  # the damma stays with its letter
    assert whole_words(text, 8, 11) == (6, 12)
    assert whole_words(text, 12, 13) == (12, 13)  # a full stop between words stays alone
    assert whole_words("abc", 0, 3) == (0, 3)


def test_ignore_from_panel_removes_the_finding(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    _open_draft(window, samples_dir, qtbot)
    panel = window.proofing.panel
    finding = next(f for f in panel.findings if f.text == "الاسعار")
    window.proofing.ignore_from_panel(finding)
    assert finding not in panel.findings
    window.editor.refresh_visible_formats()
    assert "الاسعار" not in _underlined(window).get("#d32f2f", set())


def test_a_check_that_ends_after_an_edit_marks_the_text_it_checked(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    _open_draft(window, samples_dir, qtbot)
    controller = window.proofing.controller
    checked_body = window.document.current_article().body
    check = controller.last_check
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("سطر جديد في أول المقال\n")  # every paragraph moves down one line
    controller._full_done(controller._full_sequence, check, checked_body)
    block = window.editor.document().firstBlock()
    marked = 0
    while block.isValid():
        for finding in controller.findings_in(block):
            assert block.text()[finding.start : finding.end] == finding.text
            marked += 1
        block = block.next()
    assert marked > 10
