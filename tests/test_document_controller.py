"""The open article without a window: DocumentController over an editor and a details form.

It is what a tab or a second document will be: the panes, a history, prompts, no MainWindow.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.core.article import load_article
from editor.ui.article_history import ArticleHistory
from editor.ui.document_controller import DocumentController
from editor.ui.editor_pane import EditorPane
from editor.ui.metadata_panel import MetadataPanel
from editor.ui.prompts import SaveChoice
from ui_helpers import ScriptedPrompts, type_text


class Recorder:
    def __init__(self, document: DocumentController) -> None:
        self.events: list[tuple[str, object]] = []
        document.loaded.connect(lambda article: self.events.append(("loaded", article)))
        document.saved.connect(lambda path: self.events.append(("saved", path)))
        document.modified_changed.connect(lambda on: self.events.append(("modified", on)))
        document.failed.connect(lambda title, message: self.events.append(("failed", message)))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def make_document(qtbot, tmp_path: Path, name: str = "s") -> DocumentController:  # type: ignore[no-untyped-def]
    editor, details = EditorPane(shared_history=True), MetadataPanel()
    qtbot.addWidget(editor)
    qtbot.addWidget(details)
    history = ArticleHistory(editor.document(), details, editor.undo, editor.redo)
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    # Parented to the editor: it goes with the widgets qtbot closes after the test.
    return DocumentController(editor, details, history, ScriptedPrompts(), settings, editor)


@pytest.fixture
def article_file(samples_dir: Path, tmp_path: Path) -> Path:
    path = tmp_path / "clean.md"
    path.write_bytes((samples_dir / "clean-article.md").read_bytes())
    return path


def test_open_edit_and_save_without_a_window(qtbot, tmp_path: Path, article_file: Path) -> None:
    document = make_document(qtbot, tmp_path)
    seen = Recorder(document)
    assert document.open_path(article_file, confirm=False)
    assert seen.kinds()[-1] == "loaded" and not document.is_modified()
    assert document.details.title.text() == load_article(article_file).metadata.title
    type_text(document.editor, "سطر جديد ")
    assert document.is_modified() and ("modified", True) in seen.events
    assert document.save()
    assert ("saved", article_file) in seen.events and not document.is_modified()
    assert load_article(article_file).body.startswith("سطر جديد ")
    assert not document.journal.path.exists()


def test_unsaved_changes_follow_the_writers_answer(
    qtbot, tmp_path: Path, article_file: Path
) -> None:
    document = make_document(qtbot, tmp_path)
    prompts = document.prompts
    assert isinstance(prompts, ScriptedPrompts)
    document.open_path(article_file, confirm=False)
    type_text(document.editor, "تعديل ")
    prompts.save_choice = SaveChoice.CANCEL
    document.new_document()
    assert document.path() == article_file and document.editor.text().startswith("تعديل ")
    prompts.save_choice = SaveChoice.SAVE  # saves, then goes on
    document.new_document()
    assert document.path() is None and document.editor.text() == ""
    assert load_article(article_file).body.startswith("تعديل ")


def test_a_failed_open_is_said_once_and_keeps_the_article(
    qtbot, tmp_path: Path, samples_dir: Path, article_file: Path
) -> None:
    document = make_document(qtbot, tmp_path)
    seen = Recorder(document)
    document.open_path(article_file, confirm=False)
    assert not document.open_path(samples_dir / "bad" / "random-bytes.md", confirm=False)
    assert isinstance(document.prompts, ScriptedPrompts)
    assert len(document.prompts.errors) == 1 and seen.kinds()[-1] == "failed"
    assert document.path() == article_file


def test_two_documents_are_independent(qtbot, tmp_path: Path, article_file: Path) -> None:
    first, second = make_document(qtbot, tmp_path, "a"), make_document(qtbot, tmp_path, "b")
    first.open_path(article_file, confirm=False)
    type_text(second.editor, "مسودة ثانية")
    assert second.is_modified() and not first.is_modified()
    assert first.path() == article_file and second.path() is None
    second.write_journal(wait=True)
    first.write_journal(wait=True)  # unmodified: nothing to journal
    assert second.journal.path.exists()
    assert not first.journal.path.exists()


def test_steady_typing_reaches_the_journal_while_it_goes_on(qtbot, tmp_path: Path) -> None:
    """A keystroke every 100 ms for 3.5 s: the journal is written during the typing (at most
    a second behind), not only once it stops (the old debounce never fired while typing)."""
    from PySide6.QtCore import QTimer

    from editor.core.journal import _read_entry

    document = make_document(qtbot, tmp_path)
    typed: list[int] = []
    seen_while_typing: list[str] = []
    timer = QTimer()
    timer.setInterval(100)

    def key() -> None:
        type_text(document.editor, "ب")
        typed.append(1)
        entry = _read_entry(document.journal.path) if document.journal.path.exists() else None
        if entry is not None:
            seen_while_typing.append(entry.text)
        if len(typed) == 35:
            timer.stop()

    timer.timeout.connect(key)
    timer.start()
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=20000)
    assert len(seen_while_typing) >= 10  # written again and again while the keys came
    lengths = [text.count("ب") for text in seen_while_typing]
    assert lengths == sorted(lengths) and lengths[-1] >= 20


def test_the_journal_is_private(qtbot, tmp_path: Path) -> None:
    import stat

    document = make_document(qtbot, tmp_path)
    type_text(document.editor, "نص لم يحفظ")
    document.write_journal(wait=True)
    mode = stat.S_IMODE
    assert mode(document.journal.path.stat().st_mode) == 0o600
    assert mode(document.journal.folder.stat().st_mode) == 0o700
