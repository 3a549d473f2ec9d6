"""The find/replace bar on a real editor."""

from __future__ import annotations

from editor.ui.editor_pane import EditorPane
from editor.ui.find_bar import FindBar

TEXT = "ارتفعت الأسعار. قال إن الاسعار لن ترتفع وإن الأسْعار مستقرة.\n"


def _bar(qtbot) -> tuple[EditorPane, FindBar]:
    editor = EditorPane()
    qtbot.addWidget(editor)
    editor.set_text(TEXT)
    bar = FindBar(editor)
    qtbot.addWidget(bar)
    return editor, bar


def test_arabic_aware_find_selects_each_form(qtbot) -> None:
    editor, bar = _bar(qtbot)
    bar.query.setText("الاسعار")
    assert len(bar.matches) == 3 and "3" in bar.count.text()
    assert len(editor.extraSelections()) == 3
    found = []
    for _ in range(3):
        assert bar.find_next()
        found.append(editor.textCursor().selectedText())
    assert found == ["الأسعار", "الاسعار", "الأسْعار"]
    bar.arabic_aware.setChecked(False)
    assert len(bar.matches) == 1


def test_replace_all_is_one_undo_step(qtbot) -> None:
    editor, bar = _bar(qtbot)
    bar.query.setText("الاسعار")
    bar.replacement.setText("الأسعار")
    assert bar.replace_all() == 3
    assert editor.toPlainText().count("الأسعار") == 3
    assert "3" in bar.count.text()
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_replace_current_and_invalid_regex(qtbot) -> None:
    editor, bar = _bar(qtbot)
    bar.regex.setChecked(True)
    bar.query.setText("(")
    assert bar.matches == [] and "regular expression" in bar.count.text()
    bar.query.setText("(ال)اسعار")
    bar.replacement.setText(r"\1أسعار")
    bar.find_next()
    assert bar.replace_current()  # the first match, الأسعار, is rewritten as itself
    assert editor.textCursor().selectedText() == "الاسعار"  # and the next one is selected
    assert bar.replace_current()
    assert editor.toPlainText().startswith("ارتفعت الأسعار. قال إن الأسعار")


def test_a_replacement_naming_a_missing_group_is_a_message(qtbot) -> None:
    editor, bar = _bar(qtbot)
    bar.regex.setChecked(True)
    bar.query.setText("(ال)اسعار")
    bar.replacement.setText(r"\3")
    assert bar.replace_all() == 0
    assert editor.toPlainText() == TEXT and bar.count.text()
    bar.find_next()
    assert bar.replace_current() is False
    assert editor.toPlainText() == TEXT
