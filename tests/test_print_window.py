"""File ▸ Export ▸ PDF Document…, Print… and Print Preview in the window (the pages themselves
are tested in test_export_pdf.py and, by real readers, in test_pdf_consumers.py)."""

from __future__ import annotations

import re
from pathlib import Path

from editor.ui.main_window import MainWindow
from ui_helpers import type_text


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\n", pdf))


def test_export_pdf_from_the_menu_includes_unsaved_edits(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    type_text(window.editor, "كلمة مضافة ")
    window.prompts.chosen_path = str(tmp_path / "proof")  # no extension: .pdf is added
    window.menus.export_actions["pdf"].trigger()
    written = tmp_path / "proof.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert window.prompts.questions and "proof.pdf" in window.prompts.questions[-1]
    assert not window.prompts.errors


def test_print_sends_the_pages_to_the_chosen_printer(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    printed = tmp_path / "printed.pdf"
    window.prompts.print_file = str(printed)
    window.menus.print_action.trigger()  # the print dialog is cancelled
    assert len(window.prompts.printers) == 1 and not printed.exists()
    window.prompts.print_accepted = True
    window.menus.print_action.trigger()
    assert _pages(printed.read_bytes()) >= 2
    assert window.prompts.printers[-1].docName().startswith("الكتابة دون اتصال")


def test_print_preview_lays_out_every_page(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    window.prompts.print_file = str(tmp_path / "preview.pdf")
    window.menus.print_preview_action.trigger()
    assert window.prompts.previewed_pages >= 2


def test_qt_print_preview_window_shows_the_pages(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.paintRequested.connect(window.import_export.print_to)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=10_000)
    dialog.close()


def test_an_article_that_cannot_be_printed_says_why(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [عنوان\nauthor: x\n---\n\nنص المقال.\n", encoding="utf-8")
    window.document.open_path(broken, confirm=False)
    window.prompts.print_file = str(tmp_path / "printed.pdf")
    window.prompts.print_accepted = True
    window.menus.print_action.trigger()
    assert window.prompts.errors and "front matter" in window.prompts.errors[-1]
    assert not (tmp_path / "printed.pdf").exists()


def test_page_numbers_follow_the_house_digits(window: MainWindow) -> None:
    from dataclasses import replace

    assert window.import_export.page_digits == "western"
    window.apply_settings(replace(window.app_settings, digit_style="arabic-indic"))
    assert window.import_export.page_digits == "arabic-indic"
