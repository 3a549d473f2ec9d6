"""Plain Ctrl+V of a web page: pasted as usual, then a bar offers the clean-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.ui.main_window import MainWindow

BOILERPLATE = ("Pin It on Pinterest", "Share This Post On", "Submit a Comment")


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def web_paste(samples_dir: Path) -> str:
    return (samples_dir / "web-paste.txt").read_text(encoding="utf-8")


def copy(text: str = "", html: str = "") -> None:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def ctrl_v(window: MainWindow) -> None:
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_web_paste_is_pasted_and_the_bar_offers_clean_up(
    window: MainWindow, web_paste: str
) -> None:
    window.editor.set_text("مقدمة كتبتها.\n\n")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    copy(web_paste)
    ctrl_v(window)
    bar = window.web_paste_bar
    assert bar.isVisible()
    text = window.editor.text()
    assert all(line in text for line in BOILERPLATE)  # pasted as usual, nothing held back
    bar.clean_button.click()
    assert not bar.isVisible()
    cleaned = window.editor.text()
    assert cleaned.startswith("مقدمة كتبتها.\n\n# مكتبات الأحياء تفتح أبوابها ليلاً")
    assert "قررت ثلاث مكتبات عامة" in cleaned
    assert not any(line in cleaned for line in BOILERPLATE)
    window.history.undo()  # one step takes the clean-up back …
    assert window.editor.text() == text
    window.history.undo()  # … and the next the paste
    assert window.editor.text() == "مقدمة كتبتها.\n\n"


def test_ordinary_paste_shows_no_bar(window: MainWindow) -> None:
    copy("فقرة عادية من مقال.\n\nوفقرة ثانية فيها كلام.\n")
    ctrl_v(window)
    assert "فقرة عادية" in window.editor.text()
    assert not window.web_paste_bar.isVisible()


def test_html_web_page_paste_offers_clean_up(window: MainWindow, web_paste: str) -> None:
    html = "".join(f"<p>{line}</p>" for line in web_paste.splitlines() if line.strip())
    copy(web_paste, html)
    ctrl_v(window)
    assert window.web_paste_bar.isVisible()
    window.web_paste_bar.clean_button.click()
    assert not any(line in window.editor.text() for line in BOILERPLATE)


def test_bar_can_be_dismissed_and_the_paste_stays(window: MainWindow, web_paste: str) -> None:
    copy(web_paste)
    ctrl_v(window)
    window.web_paste_bar.close_button.click()
    assert not window.web_paste_bar.isVisible()
    assert "Pin It on Pinterest" in window.editor.text()


def test_paste_as_new_article_from_the_bar(window: MainWindow, web_paste: str) -> None:
    reports: list[str] = []
    window.import_export.show_report = lambda result, source: reports.append(source)
    window.editor.set_text("")
    copy(web_paste)
    ctrl_v(window)
    window.web_paste_bar.article_button.click()
    assert window.metadata_panel.author.text() == "ليلى عبد الرحمن"
    assert window.metadata_panel.title.text().startswith("مكتبات الأحياء")
    assert "Share This" not in window.editor.text()
    assert reports and not window.web_paste_bar.isVisible()
