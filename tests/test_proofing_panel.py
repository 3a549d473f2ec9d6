"""The proofreading panel in the window: Fix All Safe as the CLI does it, one undo, a notice that
follows Undo and Redo, entries that wrap, invisible changes in words, repeated words grouped,
probable names, and rule names in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QStyleOptionViewItem, QTreeWidgetItem

from editor.cli.main import main
from editor.core.article import parse_article
from editor.core.proofing import ArticleCheck, Finding, personal_dictionary_path
from editor.core.proofing.rules import DocumentProfile, all_rules
from editor.ui.i18n import install_translations, remove_translations
from editor.ui.main_window import MainWindow
from editor.ui.proofing.panel import ProofingPanel
from editor.ui.settings_dialog import SettingsDialog
from proofing_helpers import require_arabic_dictionary
from ui_helpers import type_text

TITLE_ARTICLE = """---
title: هل تنجح بلدية الساحل في خطتها بعد ؟
author: كريم منصور
tags: [النقل  العام, بلديات]
summary: ملخص  الخطة ,و تفاصيلها
lang: ar
status: draft
---

اعلن رئيس البلدية الخطة.وقال إن التنفيذ في  الربيع ، بعد الموافقة.
"""

REPEATED = """---
title: زيارة
---

زار بلخيري المدينة.

قال بلخيري إن الزيارة ناجحة.

وأضاف بلخيري أن المدينة جميلة.
"""


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    require_arabic_dictionary()


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    """The English catalogue: "%n space(s)" reads "2 spaces"."""
    install_translations(qapp, "en", qm_dir)
    yield "en"
    remove_translations(qapp)


@pytest.fixture
def window(make_window, english: str) -> MainWindow:
    return make_window(size=(1300, 900), values={"ui/language": english})


@pytest.fixture
def arabic(qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    install_translations(qapp, "ar", qm_dir)
    yield "ar"
    remove_translations(qapp)


def _open(window: MainWindow, path: Path, qtbot) -> None:
    window.document.open_path(path, confirm=False)
    qtbot.waitUntil(lambda: window.proofing.controller.last_check is not None, timeout=15000)


def _fresh_check(window: MainWindow, qtbot) -> None:
    window.proofing.controller.last_check = None
    qtbot.waitUntil(lambda: window.proofing.controller.last_check is not None, timeout=15000)


def _plain(text: str) -> str:
    """Without the direction marks that hold an arrow's direction."""
    return text.replace("\u200e", "").replace("\u200f", "")


def _entries(panel: ProofingPanel) -> list[QTreeWidgetItem]:
    tree = panel.tree
    return [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def _cli_fixed(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "cli-fixed.md"
    assert main(["fix", str(path), "--safe", "-o", str(out)]) == 0
    capsys.readouterr()
    return parse_article(out.read_text("utf-8"))


# -- Fix All Safe -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["draft-with-errors.md", "title-errors.md"])
def test_fix_all_safe_in_the_window_is_the_cli_fix(
    window: MainWindow,
    name: str,
    samples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qtbot,
) -> None:
    path = samples_dir / name
    if name == "title-errors.md":
        path = tmp_path / name
        path.write_text(TITLE_ARTICLE, "utf-8")
    _open(window, path, qtbot)
    before = window.document.current_article()
    applied = window.proofing.fix_all_safe()
    cli = _cli_fixed(path, tmp_path, capsys)
    after = window.document.current_article()
    assert applied > 0
    assert after.body == cli.body
    assert after.metadata == cli.metadata
    if name == "title-errors.md":
        assert after.metadata.title.endswith("بعد؟")
        assert after.metadata.summary == "ملخص الخطة، وتفاصيلها"
        assert after.metadata.tags == ["النقل العام", "بلديات"]
        assert window.metadata_panel.title.text().endswith("بعد؟")
    # One Undo takes back the text and the details together; Redo brings both back.
    window.history.undo()
    undone = window.document.current_article()
    assert (undone.body, undone.metadata) == (before.body, before.metadata)
    window.history.redo()
    redone = window.document.current_article()
    assert (redone.body, redone.metadata) == (cli.body, cli.metadata)


def test_typing_after_fix_all_safe_undoes_first(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "title-errors.md"
    path.write_text(TITLE_ARTICLE, "utf-8")
    _open(window, path, qtbot)
    before = window.document.current_article()
    window.proofing.fix_all_safe()
    fixed = window.document.current_article()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor, "كلمة")
    window.history.undo()  # the typing
    now = window.document.current_article()
    assert (now.body, now.metadata) == (fixed.body, fixed.metadata)
    window.history.undo()  # the fixes, text and details
    now = window.document.current_article()
    assert (now.body, now.metadata) == (before.body, before.metadata)
    window.history.redo()
    window.history.redo()
    now = window.document.current_article()
    assert now.body == fixed.body + "كلمة" and now.metadata == fixed.metadata


def test_fix_all_safe_in_the_details_only_is_one_step(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "title-only.md"
    path.write_text("---\ntitle: عنوان فيه خطأ ؟\n---\n\nنص سليم.\n", "utf-8")
    _open(window, path, qtbot)
    assert window.proofing.fix_all_safe() == 1
    assert window.metadata_panel.title.text() == "عنوان فيه خطأ؟"
    assert window.document.is_modified()
    window.history.undo()
    assert window.metadata_panel.title.text() == "عنوان فيه خطأ ؟"
    assert window.editor.toPlainText() == "نص سليم.\n"


def test_the_notice_follows_undo_and_redo(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "title-errors.md"
    path.write_text(TITLE_ARTICLE, "utf-8")
    _open(window, path, qtbot)
    panel = window.proofing.panel
    applied = window.proofing.fix_all_safe()
    assert panel.notice.text() == f"{applied} safe fixes applied"
    _fresh_check(window, qtbot)
    assert not any(f.safe for f in panel.findings)
    window.history.undo()
    assert "undone" in panel.notice.text()
    assert "applied" not in panel.notice.text()
    # The list is checked again: the fixes are findings again.
    qtbot.waitUntil(
        lambda: any(f.safe and f.field == "title" for f in panel.findings), timeout=15000
    )
    window.history.redo()
    assert panel.notice.text() == f"{applied} safe fixes applied again"
    qtbot.waitUntil(lambda: not any(f.safe for f in panel.findings), timeout=15000)
    # Undone, then a new edit: the fixes cannot come back, and the notice says nothing.
    window.history.undo()
    window.editor.textCursor().insertText("س")
    assert panel.notice.text() == ""


# -- reading the list ---------------------------------------------------------------------------
def test_entries_wrap_and_always_show_where(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open(window, samples_dir / "draft-with-errors.md", qtbot)
    panel = window.proofing.panel
    tree = panel.tree
    assert tree.wordWrap() and tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert tree.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    entries = _entries(panel)
    assert len(entries) > 10
    for item in entries:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        what, where = item.text(0).split("\n")
        assert what
        assert f"line {finding.line}" in where or "lines" in where or finding.field
    # A narrow panel: long entries take more lines (taller rows), none wider than the list.
    delegate = tree.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    longest = max(entries, key=lambda item: len(item.text(0)))
    index = tree.indexFromItem(longest)
    panel.resize(900, 600)
    wide = delegate.sizeHint(option, index)
    panel.resize(220, 600)
    narrow = delegate.sizeHint(option, index)
    assert narrow.height() > wide.height()
    assert narrow.width() <= tree.viewport().width()


def test_invisible_changes_are_said_in_words(window: MainWindow, samples_dir: Path, qtbot) -> None:
    _open(window, samples_dir / "draft-with-errors.md", qtbot)
    texts = [_plain(item.text(0).split("\n")[0]) for item in _entries(window.proofing.panel)]
    assert "2 spaces → 1 space" in texts
    assert "Add a space after “.”" in texts
    assert "Remove the space before “،”" in texts
    assert "Remove the space after “(”" in texts
    # Nothing shows a blank before or after its arrow any more.
    assert not any(text.startswith(" ") or text.endswith(" ") or "  " in text for text in texts)


def test_invisible_changes_in_arabic(arabic: str, qtbot) -> None:
    panel = ProofingPanel("ar")
    qtbot.addWidget(panel)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert _plain(panel.describe_change("  ", " ")) == "مسافتان ← مسافة"
    assert panel.describe_change(" ", "") == "حذف المسافة"
    assert _plain(panel.describe_change("\u00a0", " ")) == "مسافة غير منقسمة ← مسافة"
    assert panel.describe_change(".", ". ") == "إضافة مسافة بعد «.»"
    assert panel.describe_change(" ،", "،") == "حذف المسافة قبل «،»"
    # The arrow is held right-to-left by marks on both sides.
    assert panel.describe_change("المدينه", "المدينة") == "المدينه \u200f←\u200f المدينة"


# -- repeated words -----------------------------------------------------------------------------
def test_a_repeated_unknown_word_is_one_entry(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "repeated.md"
    path.write_text(REPEATED, "utf-8")
    _open(window, path, qtbot)
    panel = window.proofing.panel
    grouped = [item for item in _entries(panel) if item.text(0).startswith("بلخيري")]
    assert len(grouped) == 1
    item = grouped[0]
    # Lines are the editor's lines (the text without its details).
    assert "×3" in item.text(0) and "lines 1, 3, 5" in item.text(0)
    # a name repeated in the text is a probable name: one quiet entry, no fix, held in order
    assert item.text(0).startswith("بلخيري\u200e ×3\n")
    assert item.data(0, Qt.ItemDataRole.UserRole).kind == "name"
    # Activating it walks the occurrences.
    panel.tree.setCurrentItem(item)
    lines = []
    for _ in range(4):
        panel.tree.itemActivated.emit(item, 0)
        cursor = window.editor.textCursor()
        assert cursor.selectedText() == "بلخيري"
        lines.append(cursor.blockNumber() + 1)
    assert lines == [1, 3, 5, 1]
    assert panel.ignore_all_button.isEnabled() and panel.add_word_button.isEnabled()
    # Ignore All: every occurrence, in the article's own ignore list.
    panel.ignore_all_button.click()
    assert window.metadata_panel.metadata().extra.get("midad-ignore") == ["بلخيري"]
    _fresh_check(window, qtbot)
    assert not any(f.text == "بلخيري" for f in panel.findings)
    window.history.undo()  # the ignore list is a details edit: undoable
    assert "midad-ignore" not in window.metadata_panel.metadata().extra


def test_add_to_dictionary_from_the_panel(
    window: MainWindow, tmp_path: Path, isolated_user_dirs: Path, qtbot
) -> None:
    path = tmp_path / "repeated.md"
    path.write_text(REPEATED, "utf-8")
    _open(window, path, qtbot)
    panel = window.proofing.panel
    item = next(item for item in _entries(panel) if item.text(0).startswith("بلخيري"))
    panel.tree.setCurrentItem(item)
    panel.add_word_button.click()
    _fresh_check(window, qtbot)
    assert not any(f.text == "بلخيري" for f in panel.findings)
    dictionary = personal_dictionary_path()
    assert str(dictionary).startswith(str(isolated_user_dirs))
    assert dictionary.read_text("utf-8") == "بلخيري\n"


def test_ignore_on_a_group_ignores_every_occurrence(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "repeated.md"
    path.write_text(REPEATED, "utf-8")
    _open(window, path, qtbot)
    panel = window.proofing.panel
    item = next(item for item in _entries(panel) if item.text(0).startswith("بلخيري"))
    panel.tree.setCurrentItem(item)
    panel.ignore_button.click()
    assert not any(f.text == "بلخيري" for f in panel.findings)
    assert "midad-ignore" not in window.metadata_panel.metadata().extra
    block = window.editor.document().firstBlock()
    while block.isValid():
        assert not any(f.text == "بلخيري" for f in window.proofing.controller.findings_in(block))
        block = block.next()


# -- probable names -----------------------------------------------------------------------------
def _name(line: int, start: int, suggestions: tuple[str, ...] = ()) -> Finding:
    return Finding(
        start,
        start + 6,
        "بلخيري",
        "name",
        "probable-name",
        "A probable name the dictionary does not know.",
        "اسم علم محتمل لا يعرفه المعجم.",
        suggestions,
        False,
        line,
        start + 1,
    )


def _typo(line: int) -> Finding:
    return Finding(
        0,
        2,
        "  ",
        "typography",
        "double-space",
        "More than one space.",
        "أكثر من مسافة.",
        (" ",),
        True,
        line,
        1,
    )


def test_names_are_a_quiet_group_after_the_errors(english: str, qtbot) -> None:
    panel = ProofingPanel("en")
    qtbot.addWidget(panel)
    panel.show_check(
        ArticleCheck([_typo(1), _name(2, 0), _name(4, 3, ("بلخير",))], [], DocumentProfile())
    )
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups[-1] == "Names to verify (2)"
    assert panel.summary.text().startswith("1 finding ·")
    assert "2 names to verify" in panel.summary.text()
    names = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert names.childCount() == 1 and "بلخيري\u200e ×2" in names.child(0).text(0)
    assert "→" not in names.child(0).text(0)  # a name has no fix by default
    panel.tree.setCurrentItem(names.child(0))
    assert not panel.fix_button.isEnabled()
    assert panel.ignore_all_button.isEnabled() and panel.add_word_button.isEnabled()
    # No errors: no group shows for names that are not there.
    panel.show_check(ArticleCheck([_typo(1)], [], DocumentProfile()))
    assert all(
        "Names" not in panel.tree.topLevelItem(i).text(0)
        for i in range(panel.tree.topLevelItemCount())
    )


def test_the_context_menu_of_a_name(window: MainWindow, qtbot) -> None:
    window.editor.set_text("زار بلخيري المدينة\n")
    controller = window.proofing.controller
    qtbot.waitUntil(lambda: controller.last_check is not None, timeout=15000)
    body = window.document.current_article().body
    check = ArticleCheck([_name(1, 4, ("بلخير",))], [], controller.profile)
    controller._full_done(controller._full_sequence, check, body)
    menu = QMenu()
    window.proofing.add_menu_actions(menu, 6)
    actions = {action.text(): action for action in menu.actions()}
    assert "Ignore in This Article" in actions and "Add to Dictionary" in actions
    assert not actions["بلخير"].font().bold()  # an alternative, not the fix
    spans = controller.spans_for(window.editor.document().firstBlock())
    assert spans and spans[0][2].underlineColor().name() == "#9e9e9e"


# -- settings -----------------------------------------------------------------------------------
def test_the_rule_list_shows_arabic_names(arabic: str, make_window) -> None:
    window = make_window(values={"ui/language": "ar"})
    dialog = SettingsDialog(window.app_settings, window, "ar")
    rules = {rule.id: rule for rule in all_rules()}
    assert dialog.rules.count() > 10
    for row in range(dialog.rules.count()):
        item = dialog.rules.item(row)
        rule = rules[item.data(Qt.ItemDataRole.UserRole)]
        assert item.text() == rule.message_ar
        assert rule.id not in item.text()
        assert item.toolTip() == rule.id
