"""Enter starts a paragraph, Shift+Enter breaks a line: what the writer sees is what exports.

Driven with real key events on the editor (and the window, for Undo and the preview).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.article import parse_article
from editor.core.enter import HARD_BREAK, LineEdit, enter_edit
from editor.core.export.html_writer import render_html
from editor.ui.editor_pane import EditorPane
from ui_helpers import type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot) -> EditorPane:  # type: ignore[no-untyped-def]
    pane = EditorPane()
    qtbot.addWidget(pane)
    pane.show()
    return pane


def enter(editor: EditorPane, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(editor, Qt.Key.Key_Return, modifier)


def start_with(editor: EditorPane, text: str, position: int | None = None) -> None:
    editor.set_text(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text) if position is None else position)
    editor.setTextCursor(cursor)


def body_html(text: str) -> str:
    return render_html(parse_article("---\ntitle: t\n---\n" + text), fragment=True, container=False)


# -- the rule, without Qt ---------------------------------------------------------------
def test_enter_edits_for_each_kind_of_line() -> None:
    assert enter_edit("نص", 2) == LineEdit(2, 2, "\n\n")
    assert enter_edit("نص ", 3, shift=True) == LineEdit(2, 3, HARD_BREAK + "\n")
    assert enter_edit("## عنوان", 8, shift=True) == LineEdit(8, 8, "\n\n")
    assert enter_edit("- بند", 5) == LineEdit(5, 5, "\n- ")
    assert enter_edit("  9) بند", 8) == LineEdit(8, 8, "\n  10) ")
    assert enter_edit("- ", 2) == LineEdit(0, 2, "\n")
    assert enter_edit("> اقتباس", 8) == LineEdit(8, 8, "\n>\n> ")
    assert enter_edit("> ", 2, previous=">") == LineEdit(-2, 2, "\n")
    assert enter_edit("code", 4, in_code=True) == LineEdit(4, 4, "\n")
    assert enter_edit("```python", 9) == LineEdit(9, 9, "\n")
    assert enter_edit("| a | b |", 9) == LineEdit(9, 9, "\n")
    assert enter_edit("نص", 0) == LineEdit(0, 0, "\n")
    assert enter_edit("\u200fنص", 1) == LineEdit(1, 1, "\n")  # before the text, after its mark
    assert enter_edit("---", 3) == LineEdit(3, 3, "\n\n")  # a rule, not an empty item


# -- typing -------------------------------------------------------------------------------
def test_enter_starts_a_new_paragraph_that_exports_as_one(editor: EditorPane) -> None:
    type_text(editor, "سطر عربي")
    enter(editor)
    type_text(editor, "An English line")
    assert editor.text() == "سطر عربي\n\nAn English line"
    html = body_html(editor.text())
    assert html.count("<p") == 2
    assert "سطر عربي</p>" in html and ">An English line</p>" in html


def test_enter_in_the_middle_splits_the_paragraph(editor: EditorPane) -> None:
    start_with(editor, "أول ثاني", position=3)
    enter(editor)
    assert editor.text() == "أول\n\nثاني"
    assert editor.textCursor().positionInBlock() == 0
    assert editor.textCursor().block().text() == "ثاني"


def test_shift_enter_is_a_line_break_inside_the_paragraph(editor: EditorPane) -> None:
    type_text(editor, "السطر الأول")
    enter(editor, SHIFT)
    type_text(editor, "السطر الثاني")
    assert editor.text() == "السطر الأول  \nالسطر الثاني"
    assert "\u2028" not in editor.text()  # not Qt's own line separator
    html = body_html(editor.text())
    assert html.count("<p") == 1 and "<br" in html


def test_shift_enter_breaks_render_in_the_preview(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    type_text(window.editor, "السطر الأول")
    enter(window.editor, SHIFT)
    type_text(window.editor, "السطر الثاني")
    window.preview.refresh_now(window.preview_sync.previewed_article())
    qtbot.waitUntil(lambda: "الثاني" in window.preview.toPlainText())
    found = window.preview.document().find("الثاني")
    assert "الأول\u2028السطر" in found.block().text()  # <br>: a line break in the paragraph


def test_lists_continue_and_an_empty_item_ends_them(editor: EditorPane) -> None:
    type_text(editor, "- أول")
    enter(editor)
    type_text(editor, "ثان")
    enter(editor)
    assert editor.text() == "- أول\n- ثان\n- "
    enter(editor)  # on the empty item: the list ends
    type_text(editor, "فقرة")
    assert editor.text() == "- أول\n- ثان\n\nفقرة"
    html = body_html(editor.text())
    assert html.count("<li") == 2 and "<p" in html.split("</ul>")[1]


def test_an_empty_nested_item_steps_out_one_level(editor: EditorPane) -> None:
    """Enter on an empty sub-item makes it the next item of the list around it (as word
    processors do); a second Enter on that empty item ends the list."""
    editor.set_text("1. أول\n   - فرعي")  # a sub-list under the item's text (three spaces)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    enter(editor)
    assert editor.textCursor().block().text() == "   - "
    enter(editor)  # empty sub-item: back to the numbered list
    assert editor.textCursor().block().text() == "2. "
    type_text(editor, "ثان")
    assert editor.text() == "1. أول\n   - فرعي\n2. ثان"
    html = body_html(editor.text())
    assert html.count("<ol") == 1 and html.count("<ul") == 1 and html.count("<li") == 3
    enter(editor)
    enter(editor)  # empty top-level item: the list ends
    assert editor.text().endswith("2. ثان\n\n")


def test_ordered_and_indented_items_keep_their_form(editor: EditorPane) -> None:
    type_text(editor, "  1. أول")
    enter(editor)
    assert editor.textCursor().block().text() == "  2. "
    type_text(editor, "ثان")
    enter(editor, SHIFT)
    type_text(editor, "تتمة")
    assert editor.text() == "  1. أول\n  2. ثان  \n     تتمة"
    html = body_html(editor.text())
    assert html.count("<li") == 2 and "<br" in html


def test_quotes_continue_with_new_paragraphs_and_end_on_an_empty_line(editor: EditorPane) -> None:
    type_text(editor, "> قال")
    enter(editor)
    type_text(editor, "ثم أضاف")
    assert editor.text() == "> قال\n>\n> ثم أضاف"
    enter(editor)
    enter(editor)  # empty quote line: the quote ends
    type_text(editor, "بعد")
    assert editor.text() == "> قال\n>\n> ثم أضاف\n\nبعد"
    html = body_html(editor.text())
    quote, after = html.split("</blockquote>")
    assert quote.count("<p") == 2 and "بعد" in after


def test_enter_in_fenced_code_is_a_plain_line_break(editor: EditorPane) -> None:
    start_with(editor, "```\nprint(1)\n```")
    cursor = editor.textCursor()
    cursor.setPosition(len("```\nprint(1)"))
    editor.setTextCursor(cursor)
    enter(editor)
    type_text(editor, "print(2)")
    assert editor.text() == "```\nprint(1)\nprint(2)\n```"
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    enter(editor)  # on the opening fence
    assert editor.text() == "```\n\nprint(1)\nprint(2)\n```"


def test_headings_end_on_enter(editor: EditorPane) -> None:
    type_text(editor, "## عنوان")
    enter(editor, SHIFT)  # no line break inside a heading: it ends too
    type_text(editor, "نص")
    assert editor.text() == "## عنوان\n\nنص"
    assert "<h2" in body_html(editor.text()) and "<p" in body_html(editor.text())


def test_enter_replaces_a_selection(editor: EditorPane) -> None:
    start_with(editor, "أول وسط آخر")
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    enter(editor)
    assert editor.text() == "أول\n\nآخر"


def test_each_enter_undoes_in_one_step(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    editor.setFocus()
    type_text(editor, "- أول")
    enter(editor)
    assert editor.text() == "- أول\n- "
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "- أول"
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert editor.text() == "- أول\n- "
    enter(editor)  # ends the list: removing the marker and the break are one step as well
    assert editor.text() == "- أول\n\n"
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "- أول\n- "


def test_a_file_with_single_line_breaks_is_not_rewritten(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lines.md"
    path.write_text("---\ntitle: t\n---\nسطر أول\nسطر ثان\n", encoding="utf-8")
    window.document.open_path(path, confirm=False)
    assert window.editor.text() == "سطر أول\nسطر ثان\n"
    assert not window.document.is_modified()


def test_hard_breaks_survive_safe_fixes_and_every_export() -> None:
    from editor.core.export.service import export_bytes
    from editor.core.proofing import Proofreader, ProofSettings, fix_safe

    text = (
        "السطر الأول من القصيدة"
        + HARD_BREAK
        + "\nالسطر الثاني\n\n- بند"
        + HARD_BREAK
        + "\n  تتمة\n"
    )
    assert fix_safe(text, Proofreader(ProofSettings(spelling=False))).text == text
    article = parse_article("---\ntitle: t\n---\n" + text)
    assert export_bytes(article, "md").decode().endswith(text)
    assert export_bytes(article, "html").decode().count("<br") == 2
    assert b"<w:br/>" in _docx_body(export_bytes(article, "docx"))


def _docx_body(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read("word/document.xml")
