"""What a keystroke does no longer includes work that can wait (issue 20): the status bar's
position, the walk over the visible paragraphs, the preview's wait; and what still has to
happen does happen (underlines and highlighting of newly visible paragraphs, the position, the
check of an opened article). No timing is asserted: bench/editor_speed.py measures."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.article import Article
from editor.ui.editor_pane import EditorPane
from editor.ui.main_window import MainWindow
from editor.ui.preview.render_requests import (
    DEBOUNCE_MS,
    MIN_DEBOUNCE_MS,
    PreviewRequests,
)
from ui_helpers import type_text


def _key(widget: QPlainTextEdit, ch: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


def test_the_position_is_shown_after_the_keystroke_not_during_it(window: MainWindow, qtbot) -> None:
    editor, label = window.editor, window.status.position
    editor.setFocus()
    type_text(editor, "سطر")
    qtbot.waitUntil(lambda: label.text().endswith("4"), timeout=5000)  # Line 1, Column 4
    before = label.text()
    _key(editor, "ب")  # no event loop in between: nothing posted has run yet
    assert label.text() == before
    qtbot.waitUntil(lambda: label.text() != before, timeout=5000)
    assert label.text().endswith("5")  # Line 1, Column 5: the last position is the one shown


def _long_pane(qtbot, paragraphs: int = 400) -> EditorPane:
    pane = EditorPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    pane.set_text("\n\n".join(f"فقرة **مهمة** رقم {n}" for n in range(paragraphs)))
    QCoreApplication.processEvents()
    return pane


def _visible_formatted(pane: EditorPane) -> bool:
    first, last = pane.visible_block_range()
    block = first
    while block.isValid() and block.blockNumber() <= last:
        if not pane.highlighter.is_formatted(block):
            return False
        block = block.next()
    return True


def test_typing_does_not_walk_the_visible_paragraphs_each_key(qtbot) -> None:
    pane = _long_pane(qtbot)
    walks = []
    original = pane.visible_block_range
    pane.visible_block_range = lambda: walks.append(1) or original()  # type: ignore[method-assign]
    cursor = pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    pane.setTextCursor(cursor)
    QCoreApplication.processEvents()
    walks.clear()
    for ch in "كلمة":
        _key(pane, ch)
        QCoreApplication.processEvents()
    assert len(walks) == 0
    assert pane.highlighter.is_formatted(pane.textCursor().block())  # the typed one is done


def test_paragraphs_that_come_into_view_are_still_highlighted(qtbot) -> None:
    pane = _long_pane(qtbot)
    assert _visible_formatted(pane)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
    QCoreApplication.processEvents()
    assert _visible_formatted(pane)
    # Deleting a paragraph brings the one below the view into it, without scrolling.
    cursor = QTextCursor(pane.firstVisibleBlock())
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor, 4)
    cursor.removeSelectedText()
    QCoreApplication.processEvents()
    assert _visible_formatted(pane)


def test_the_preview_waits_less_after_cheap_refreshes_and_more_after_costly_ones(qapp) -> None:
    requests = PreviewRequests(lambda article: lambda: None, lambda result: None)
    requests.record_cost(gui_ms=1, worker_ms=4)  # a paragraph patch
    cheap = requests.delay_ms()
    assert MIN_DEBOUNCE_MS <= cheap < 100
    for _ in range(3):
        requests.record_cost(gui_ms=200, worker_ms=300)  # whole pages, slow ones
    assert requests.delay_ms() == DEBOUNCE_MS  # never more
    for _ in range(8):
        requests.record_cost(gui_ms=1, worker_ms=4)
    assert requests.delay_ms() < 100  # one slow page does not slow the later ones
    requests.shutdown()


def test_a_refresh_that_is_superseded_while_queued_is_never_rendered(qapp, qtbot) -> None:
    started, release, shown = [], threading.Event(), []

    def prepare(article: Article):  # type: ignore[no-untyped-def]
        def job() -> str:
            started.append(article.body)
            if article.body == "1":
                release.wait(5)  # the worker is busy while 2 and 3 are asked for
            return article.body

        return job

    requests = PreviewRequests(prepare, shown.append)
    for body in ("1", "2", "3"):
        requests.refresh_now(Article(body=body))
    release.set()
    qtbot.waitUntil(lambda: shown == ["3"], timeout=5000)
    assert started == ["1", "3"]  # 2 was cancelled before it ran; 1 ran but is not shown
    requests.shutdown()


def test_an_opened_article_is_checked_without_waiting_for_a_pause(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    controller = window.proofing.controller
    controller._full.setInterval(600_000)  # the pause typing waits for: never, here
    window.document.open_path(samples_dir / "draft-with-errors.md", confirm=False)
    qtbot.waitUntil(lambda: controller.last_check is not None, timeout=15000)
    assert controller.last_check.body  # the draft's planted errors


def test_paragraphs_scrolled_into_view_are_checked_without_a_full_pass(
    window: MainWindow, qtbot
) -> None:
    controller = window.proofing.controller
    controller._full.setInterval(600_000)  # only the quick pass of what is on screen
    editor = window.editor
    editor.set_text("\n\n".join(f"قال الوزير رقم {n} ، إن الاجتماع انتهى" for n in range(300)))
    qtbot.waitUntil(lambda: bool(controller.findings_in(editor.firstVisibleBlock())), timeout=10000)
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    QCoreApplication.processEvents()
    last = editor.visible_block_range()[1]
    block = editor.document().findBlockByNumber(last - (last % 2))  # a paragraph, not a blank
    assert not controller.findings_in(block)  # not checked yet
    qtbot.waitUntil(lambda: bool(controller.findings_in(block)), timeout=10000)
