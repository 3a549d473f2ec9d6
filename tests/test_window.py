"""The main window driven offscreen: open, edit, save, prompts, autosave and crash recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from editor.core.article import load_article
from editor.core.bidi import LRM
from editor.core.journal import find_orphans
from editor.ui.main_window import MainWindow
from editor.ui.prompts import SaveChoice
from ui_helpers import ScriptedPrompts, type_text


def _copy_sample(samples_dir: Path, tmp_path: Path, name: str = "clean-article.md") -> Path:
    target = tmp_path / name
    target.write_bytes((samples_dir / name).read_bytes())
    return target


def test_open_shows_metadata_in_panel(window: MainWindow, samples_dir: Path) -> None:
    assert window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    panel = window.metadata_panel
    assert panel.title.text().startswith("الكتابة دون اتصال")
    assert panel.author.text() == "سلمى الحداد"
    assert panel.date.date().toString("yyyy-MM-dd") == "2026-03-14"
    assert panel.tags.text() == "كتابة، أدوات، خصوصية"
    assert "• أدوات" in panel.tag_list.text()
    assert panel.status.currentData() == "draft"
    assert window.editor.text().startswith("# الكتابة دون اتصال")
    assert "clean-article.md" in window.windowTitle()
    assert not window.document.is_modified()


def test_unchanged_save_is_byte_identical(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    assert window.document.save_to(path)
    assert path.read_bytes() == (samples_dir / "clean-article.md").read_bytes()


def test_title_edit_reaches_the_saved_file(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    window.metadata_panel.title.clear()
    type_text(window.metadata_panel.title, "عنوان جديد للمقال")
    assert window.document.is_modified() and "*" in window.windowTitle().replace("[*]", "*")
    assert window.document.save()
    assert load_article(path).metadata.title == "عنوان جديد للمقال"
    assert not window.document.is_modified()


def test_typing_arabic_then_reopen(
    window: MainWindow, samples_dir: Path, tmp_path: Path, qtbot
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, "\nفقرة أضافها الكاتب.")
    assert window.document.save()
    window.document.open_path(path, confirm=False)
    assert window.editor.text().endswith("فقرة أضافها الكاتب.")
    qtbot.waitUntil(lambda: "word" in window.status.counts.text())


def test_unsaved_changes_prompt(
    qtbot, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.document.open_path(samples_dir / "clean-article.md", confirm=False)
    type_text(win.editor, "تعديل")
    asked: list[str] = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[1])
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not win.document.open_path(samples_dir / "draft-with-errors.md")
    assert asked and win.metadata_panel.author.text() == "سلمى الحداد"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert win.document.open_path(samples_dir / "draft-with-errors.md")
    assert win.metadata_panel.author.text() == "كريم منصور"


def test_open_error_is_a_dialog_not_a_traceback(window: MainWindow, samples_dir: Path) -> None:
    shown: list[str] = []
    window.prompts.show_error = lambda title, message: shown.append(message)
    assert not window.document.open_path(samples_dir / "bad" / "random-bytes.md", confirm=False)
    assert shown and "not a text file" in shown[0]


def test_rtl_paragraphs_are_right_aligned_and_english_left(window: MainWindow) -> None:
    window.editor.set_text("مرحبا بالعالم\nHello world\n")
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    arabic_x = editor.cursorRect().x()
    cursor.setPosition(len("مرحبا بالعالم\n"))
    editor.setTextCursor(cursor)
    english_x = editor.cursorRect().x()
    width = editor.viewport().width()
    assert arabic_x > width * 0.8  # an Arabic paragraph starts at the right edge
    assert english_x < width * 0.2


def test_flip_direction_inserts_a_mark(window: MainWindow) -> None:
    window.editor.set_text("# مرحبا\n")
    window.menus.flip_action.trigger()
    assert window.editor.text().startswith("# " + LRM + "مرحبا")
    window.editor.undo()
    assert window.editor.text().startswith("# مرحبا")


def test_journal_written_after_typing_and_recovered(
    window: MainWindow, samples_dir: Path, tmp_path: Path, qtbot
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    type_text(window.editor, "نص لم يحفظ بعد")
    qtbot.waitUntil(lambda: window.document.journal.path.exists(), timeout=3000)
    assert find_orphans() == []  # our own journal is locked: not an orphan
    window.document.journal._lock.close()  # what a crash does to the lock
    orphans = find_orphans()
    assert len(orphans) == 1
    assert "نص لم يحفظ بعد" in orphans[0].text
    assert orphans[0].document_path == path
    assert path.read_bytes() == (samples_dir / "clean-article.md").read_bytes()


def test_clean_close_removes_journal(window: MainWindow, qtbot) -> None:
    type_text(window.editor, "مسودة")
    qtbot.waitUntil(lambda: window.document.journal.path.exists(), timeout=3000)
    window.close()
    assert not window.document.journal.path.exists()
    assert find_orphans() == []


CRASHING_EDITOR = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QTimer
    app = QApplication([])
    sys.path.insert(0, sys.argv[2])
    from editor.ui.main_window import MainWindow
    from ui_helpers import type_text
    window = MainWindow()
    window.document.open_path(sys.argv[1], confirm=False)
    window.show()
    type_text(window.editor, "سطر كتب قبل الانهيار")
    def report():
        if window.document.journal.path.exists():
            print("journaled", flush=True)
        else:
            QTimer.singleShot(100, report)
    report()
    app.exec()
""")


@pytest.mark.slow
def test_real_crash_with_sigkill_is_recovered(samples_dir: Path, tmp_path: Path) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(path), str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "journaled" not in line:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                break
        assert "journaled" in line
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    orphans = find_orphans()
    assert len(orphans) == 1
    assert "سطر كتب قبل الانهيار" in orphans[0].text
    assert orphans[0].document_path == path
    assert orphans[0].age().total_seconds() < 120


def test_recovery_dialog_reopens_unsaved_work(
    qtbot, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from editor.app import application
    from editor.core.journal import DocumentJournal
    from editor.ui.recovery_dialog import RecoveryDialog

    path = _copy_sample(samples_dir, tmp_path)
    crashed = DocumentJournal()
    crashed.write("---\ntitle: عنوان\n---\n\nنص نجا من الانهيار\n", path, path.name)
    crashed._lock.close()
    seen: list[str] = []

    def accept(dialog: RecoveryDialog) -> int:
        seen.append(dialog.list.item(0).text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", accept)
    windows = application.recover_unsaved_work()
    assert len(windows) == 1 and path.name in seen[0] and "ago" in seen[0]
    window = windows[0]  # deletes itself on close (WA_DeleteOnClose), so qtbot must not own it
    window.prompts.save_changes = lambda: SaveChoice.DISCARD
    assert window.editor.text() == "نص نجا من الانهيار\n"
    assert window.metadata_panel.title.text() == "عنوان"
    assert window.document.is_modified() and window.document.article.source.path == path
    assert path.read_bytes() == (samples_dir / "clean-article.md").read_bytes()  # not overwritten
    assert not crashed.path.exists() and window.document.journal.path.exists()
    window.close()


def test_preview_follows_typing_after_debounce(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    qtbot.waitUntil(lambda: "الكتابة دون اتصال" in window.preview.toPlainText(), timeout=5000)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, "\n\nفقرة جديدة للمعاينة")
    assert "فقرة جديدة للمعاينة" not in window.preview.toPlainText()  # not on the keystroke
    qtbot.waitUntil(lambda: "فقرة جديدة للمعاينة" in window.preview.toPlainText(), timeout=5000)


def test_preview_title_follows_the_panel(window: MainWindow, samples_dir: Path, qtbot) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    window.metadata_panel.title.clear()
    type_text(window.metadata_panel.title, "عنوان المعاينة")
    qtbot.waitUntil(lambda: "عنوان المعاينة" in window.preview.toPlainText(), timeout=5000)


def test_preview_shows_rtl_table_mirrored_and_right_aligned(
    window: MainWindow, samples_dir: Path, qtbot
) -> None:
    from PySide6.QtGui import QTextCursor

    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    qtbot.waitUntil(lambda: "المؤشر" in window.preview.toPlainText(), timeout=5000)
    document = window.preview.document()
    block = document.find("لم يعد الاتصال الدائم").block()
    from PySide6.QtCore import Qt

    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    table = QTextCursor(document.find("المؤشر")).currentTable()
    assert table is not None
    # Mirrored for QTextBrowser: the first Markdown column is the right-most (last) cell.
    assert table.cellAt(0, table.columns() - 1).firstCursorPosition().block().text() == "المؤشر"


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
def test_export_from_the_window_includes_unsaved_edits(
    window: MainWindow, samples_dir: Path, tmp_path: Path, fmt: str
) -> None:
    import zipfile

    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    type_text(window.editor, "كلمة مضافة ")
    window.prompts.ask = lambda title, question: False  # do not open the result
    written = window.import_export.export_to(fmt, tmp_path / f"out.{fmt}")
    assert written is not None and written.exists()
    if fmt == "docx":
        content = zipfile.ZipFile(written).read("word/document.xml").decode("utf-8")
    else:
        content = written.read_text(encoding="utf-8")
    assert "كلمة مضافة" in content


def test_export_error_is_a_dialog(window: MainWindow, tmp_path: Path) -> None:
    shown: list[str] = []
    window.prompts.show_error = lambda title, message: shown.append(message)
    assert window.import_export.export_to("html", tmp_path) is None  # a folder, not a file
    assert shown and "folder" in shown[0]


def test_editor_font_comes_from_settings(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "font.ini"), QSettings.Format.IniFormat)
    settings.setValue("editor/font_family", "Amiri")
    settings.setValue("editor/font_size", 19)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.editor.font().family() == "Amiri" and win.editor.font().pointSize() == 19
    default = MainWindow(settings=QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(default)
    assert default.editor.font().family() == "Noto Sans Arabic"


def test_external_change_is_offered_for_reload(
    window: MainWindow, samples_dir: Path, tmp_path: Path, qtbot
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    questions: list[str] = []

    def ask(title: str, question: str) -> bool:
        questions.append(question)
        return True

    window.prompts.ask = ask
    changed = path.read_text(encoding="utf-8").replace("سلمى الحداد", "كاتب آخر")
    temp = tmp_path / "other-editor.tmp"
    temp.write_text(changed, encoding="utf-8")
    temp.replace(path)  # as editors that save atomically do
    qtbot.waitUntil(lambda: window.metadata_panel.author.text() == "كاتب آخر", timeout=5000)
    assert questions and "clean-article.md" in questions[0]


def test_save_does_not_silently_overwrite_external_changes(
    window: MainWindow, samples_dir: Path, tmp_path: Path
) -> None:
    path = _copy_sample(samples_dir, tmp_path)
    window.document.open_path(path, confirm=False)
    watcher = window.document.disk._watcher
    watcher.removePaths(watcher.files())  # the change lands unnoticed
    path.write_text("---\ntitle: نسخة أخرى\n---\n\nنص من برنامج آخر\n", encoding="utf-8")
    type_text(window.editor, "تعديل")
    window.prompts.ask = lambda title, question: False
    assert not window.document.save()
    assert "نص من برنامج آخر" in path.read_text(encoding="utf-8")
    window.prompts.ask = lambda title, question: True
    assert window.document.save()
    assert "تعديل" in path.read_text(encoding="utf-8")


def test_broken_front_matter_opens_with_a_warning_and_all_text(
    window: MainWindow, samples_dir: Path
) -> None:
    told: list[str] = []
    window.prompts.inform = lambda title, message: told.append(message)
    path = samples_dir / "bad" / "broken-front-matter.md"
    assert window.document.open_path(path, confirm=False)
    assert window.editor.toPlainText() == path.read_text(encoding="utf-8")
    assert told and "3" in told[0]
    assert not window.document.is_modified()


@pytest.mark.parametrize(
    ("lang", "rtl"), [("ar_EG", True), ("ckb", True), ("", True), ("en-GB", False)]
)
def test_editor_direction_follows_the_articles_language(
    window: MainWindow, tmp_path: Path, lang: str, rtl: bool
) -> None:
    from editor.core.bidi import Direction

    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: t\nlang: '{lang}'\n---\n\nنص\n", encoding="utf-8")
    window.document.open_path(path, confirm=False)
    assert window.editor.document_direction is (Direction.RTL if rtl else Direction.LTR)


def test_new_stops_watching_the_previous_file(window: MainWindow, samples_dir: Path) -> None:
    window.document.open_path(samples_dir / "clean-article.md", confirm=False)
    assert window.document.disk.path is not None
    window.document.new_document()
    assert window.document.disk.path is None  # a later change to that file is not ours to report


def test_export_says_which_pictures_its_readers_will_miss(
    window: MainWindow, tmp_path: Path
) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: صور\n---\n\n![رسم](chart.png)\n", encoding="utf-8")
    window.document.open_path(article, confirm=False)
    assert isinstance(window.prompts, ScriptedPrompts)
    (tmp_path / "out").mkdir()
    written = window.import_export.export_to("html", tmp_path / "out" / "a.html")
    assert written is not None and written.exists()
    assert "chart.png" in window.prompts.questions[-1]  # said before "open it now?"
