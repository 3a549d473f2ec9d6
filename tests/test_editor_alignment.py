"""Paragraph alignment in the editor: each paragraph flush to its own side, never justified.

Justified lines pull joined Arabic letters apart (issue 14), so these tests look at the lines
Qt actually laid out, not only at the option that asks for them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLine, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.editor_pane import EditorPane, use_paragraph_directions

ARABIC = (
    "يعودون إلى مكاتبهم. ويقول أحدهم إن العمل في الصباح أفضل من العمل في المساء لأن "
    "الذهن صاف والشوارع هادئة، ثم يكتب بعض الكلمات بالحرف اللاتيني مثل Reuters و AFP "
    "ويعود إلى العربية حتى آخر السطر الطويل."
)
ENGLISH = (
    "This English paragraph is long enough to wrap over several lines of the editor, "
    "and it must stay flush left with a ragged right edge, never stretched."
)


def _extent(line: QTextLine, text: str) -> tuple[float, float]:
    """Leftmost and rightmost caret positions on a laid-out line, its trailing space left out
    (naturalTextWidth leaves it out too)."""
    start = line.textStart()
    shown = text[start : start + line.textLength()].rstrip()
    xs = [line.cursorToX(position)[0] for position in range(start, start + len(shown) + 1)]
    return min(xs), max(xs)


def _lines(editor: QPlainTextEdit, number: int) -> tuple[list[QTextLine], str]:
    block = editor.document().findBlockByNumber(number)
    layout = block.layout()
    return [layout.lineAt(i) for i in range(layout.lineCount())], block.text()


@pytest.fixture(params=[(520, 14), (380, 18)], ids=["520px-14pt", "380px-18pt"])
def editor(qtbot, request) -> EditorPane:  # type: ignore[no-untyped-def]
    width, size = request.param
    pane = EditorPane()
    qtbot.addWidget(pane)
    pane.set_editor_font("", size)
    pane.resize(width, 700)
    pane.show()
    pane.set_text(ARABIC + "\n\n" + ENGLISH)
    qtbot.waitExposed(pane)
    pane.viewport().repaint()
    return pane


def test_the_option_asks_for_no_justification(editor: EditorPane) -> None:
    option = editor.document().defaultTextOption()
    horizontal = option.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    # Exactly AlignJustify is what makes Qt stretch lines; AlignAbsolute must stay with it.
    assert horizontal != Qt.AlignmentFlag.AlignJustify
    assert option.alignment() & Qt.AlignmentFlag.AlignAbsolute
    assert option.textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    editor.set_show_controls(True)  # the option is rebuilt with other flags: still not justified
    option = editor.document().defaultTextOption()
    assert (
        option.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask != Qt.AlignmentFlag.AlignJustify
    )
    assert option.flags() & QTextOption.Flag.ShowDefaultIgnorables


def test_no_wrapped_line_is_stretched(editor: EditorPane) -> None:
    for number in (0, 2):
        lines, text = _lines(editor, number)
        assert len(lines) >= 3, "the paragraph should wrap for this test to mean anything"
        for line in lines:
            left, right = _extent(line, text)
            # A justified line spreads over more than its natural width.
            assert right - left <= line.naturalTextWidth() + 1.0, (number, line.lineNumber())


def test_arabic_is_flush_right_and_ragged_left(editor: EditorPane) -> None:
    lines, text = _lines(editor, 0)
    margin = editor.document().documentMargin()
    rights = [_extent(line, text)[1] for line in lines]
    lefts = [_extent(line, text)[0] for line in lines]
    edge = lines[0].width() + margin
    assert all(abs(right - edge) <= 2 for right in rights), (rights, edge)
    # Ragged: not every line starts at the left margin.
    assert max(lefts) - min(lefts) > 5, lefts


def test_english_is_flush_left_and_ragged_right(editor: EditorPane) -> None:
    lines, text = _lines(editor, 2)
    margin = editor.document().documentMargin()
    lefts = [_extent(line, text)[0] for line in lines]
    rights = [_extent(line, text)[1] for line in lines[:-1]]
    assert all(abs(left - margin) <= 1 for left in lefts), lefts
    assert max(rights) - min(rights) > 5 or any(
        right < lines[0].width() + margin - 5 for right in rights
    ), rights


def test_the_summary_field_uses_the_same_alignment(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    use_paragraph_directions(field.document())
    assert field.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignAbsolute
