"""Markdown highlighting: right formats, only for visible paragraphs, redone after edits."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor

from editor.ui.editor_pane import EditorPane
from editor.ui.highlighter import Palette, markdown_spans
from ui_helpers import type_text


def _formats(editor: EditorPane, number: int):
    return editor.document().findBlockByNumber(number).layout().formats()


def test_spans_for_markdown_constructs() -> None:
    palette = Palette()
    heading = markdown_spans("## عنوان", palette, in_fence=False)
    assert heading[0][2].fontWeight() == QFont.Weight.Bold and heading[0][:2] == (0, 8)
    strong = markdown_spans("نص **غامق** هنا", palette, in_fence=False)
    assert any(
        fmt.fontWeight() == QFont.Weight.Bold and (start, length) == (3, 8)
        for start, length, fmt in strong
    )
    link = markdown_spans("[رابط](https://example.org)", palette, in_fence=False)
    assert (1, 4, palette.link) in [(s, n, f) for s, n, f in link if f == palette.link]
    assert markdown_spans("نص عادي بلا رموز", palette, in_fence=False) == []
    code = markdown_spans("**ليس غامقا هنا**", palette, in_fence=True)
    assert code == [(0, len("**ليس غامقا هنا**"), palette.code)]


def test_invisible_characters_are_marked_only_when_shown() -> None:
    palette = Palette()
    text = "نص\u200fمع\u00a0علامات"
    assert markdown_spans(text, palette, False) == []
    marked = markdown_spans(text, palette, False, show_controls=True)
    assert [(start, length) for start, length, _ in marked] == [(2, 1), (5, 1)]


def test_only_visible_paragraphs_are_formatted(qtbot) -> None:
    editor = EditorPane()
    qtbot.addWidget(editor)
    editor.resize(600, 400)
    editor.show()
    editor.set_text("\n\n".join(f"## عنوان {n}\n\nفقرة **غامقة** رقم {n}." for n in range(400)))
    qtbot.waitExposed(editor)
    editor.viewport().repaint()
    assert _formats(editor, 0), "the first heading is on screen and must be formatted"
    far = editor.document().blockCount() - 1  # the last "فقرة **غامقة**" paragraph
    assert not editor.highlighter.is_formatted(editor.document().findBlockByNumber(far))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.ensureCursorVisible()
    editor.viewport().repaint()
    qtbot.waitUntil(lambda: bool(_formats(editor, far)))


def test_edited_paragraph_is_reformatted(qtbot) -> None:
    editor = EditorPane()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("فقرة عادية\n")
    assert not _formats(editor, 0)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "# ")
    assert _formats(editor, 0)[0].format.fontWeight() == QFont.Weight.Bold


def test_code_fence_covers_following_paragraphs(qtbot) -> None:
    editor = EditorPane()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("قبل\n```\n# ليس عنوانا\n```\n# عنوان\n")
    editor.viewport().repaint()
    palette = editor.highlighter.palette
    assert _formats(editor, 2)[0].format == palette.code
    assert _formats(editor, 4)[0].format == palette.heading
    # Removing the closing fence turns the heading below into code.
    cursor = QTextCursor(editor.document().findBlockByNumber(3))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("نص")
    editor.viewport().repaint()
    assert _formats(editor, 4)[0].format == palette.code


def test_fence_index_follows_edits_without_a_rescan(qtbot) -> None:
    editor = EditorPane()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("أ\n```\nشيفرة\n```\nب\nج\n~~~\nد\n~~~\nه\n")
    highlighter = editor.highlighter
    highlighter.in_fence(0)  # build the index
    document = editor.document()

    def edit(block: int, column: int, remove: int, text: str) -> None:
        cursor = QTextCursor(document.findBlockByNumber(block))
        cursor.setPosition(cursor.position() + column)
        cursor.setPosition(cursor.position() + remove, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        scanned = [
            b
            for b in range(document.blockCount())
            if document.findBlockByNumber(b).text().lstrip(" ").startswith(("```", "~~~"))
        ]
        assert highlighter._fences == scanned, (block, text)

    edit(0, 1, 0, "\n")  # Enter above every fence
    edit(5, 0, 0, "سطر\nآخر\n")  # lines between the fences
    edit(1, 0, len("أ\n```\nشيفرة\n"), "")  # a deletion across a fence line
    edit(2, 0, 0, "```\nx\n```\n")  # a pasted fenced block
    edit(0, 0, 0, "~~~")  # a paragraph becomes a fence
