"""Import in the window: File → Import, smart paste of HTML, Paste as New Article."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from editor.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    """Leave nothing in the clipboard: Qt would free its data after Python already has."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def window(make_window) -> MainWindow:
    win = make_window()
    reports: list[tuple[object, str]] = []
    win.import_export.show_report = lambda result, source: reports.append((result, source))
    win.reports = reports
    return win


def test_import_web_paste_file(window: MainWindow, samples_dir: Path) -> None:
    assert window.import_export.import_path(samples_dir / "web-paste.txt")
    assert window.metadata_panel.title.text().startswith("مكتبات الأحياء تفتح أبوابها")
    assert window.metadata_panel.author.text() == "ليلى عبد الرحمن"
    text = window.editor.toPlainText()
    assert "قررت ثلاث مكتبات" in text and "Pin It on Pinterest" not in text
    assert window.document.is_modified() and window.document.article.source.path is None
    result, source = window.reports[-1]
    assert source == "web-paste.txt" and any("Pinterest" in r.text for r in result.removed)


def test_import_refuses_damaged_docx_with_a_dialog(window: MainWindow, samples_dir: Path) -> None:
    shown: list[str] = []
    window.prompts.show_error = lambda title, message: shown.append(message)
    assert not window.import_export.import_path(samples_dir / "bad" / "truncated.docx")
    assert shown


def test_pasting_html_gives_markdown(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml(
        "<h2>عنوان فرعي</h2><p>نص <b>مهم</b> مع <a href='https://example.org'>رابط</a>"
        "</p><ul><li>أول</li><li>ثان</li></ul><script>alert(1)</script>"
    )
    mime.setText("عنوان فرعي نص مهم مع رابط أول ثان")
    window.editor.insertFromMimeData(mime)
    text = window.editor.toPlainText()
    assert "## عنوان فرعي" in text and "**مهم**" in text
    assert "[رابط](https://example.org)" in text and "- أول" in text
    assert "<" not in text and "alert" not in text


def test_paste_plain_ignores_html(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml("<b>غامق</b>")
    mime.setText("غامق")
    QApplication.clipboard().setMimeData(mime)
    window.editor.paste_plain()
    assert window.editor.toPlainText() == "غامق"


def test_paste_as_new_article(window: MainWindow, samples_dir: Path) -> None:
    mime = QMimeData()
    mime.setText((samples_dir / "web-paste.txt").read_text(encoding="utf-8"))
    QApplication.clipboard().setMimeData(mime)
    window.import_export.paste_as_new_article()
    assert window.metadata_panel.author.text() == "ليلى عبد الرحمن"
    assert "Share This" not in window.editor.toPlainText()
