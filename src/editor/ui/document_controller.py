"""The open article: its file, its modified state, and the commands that load and save it.

One DocumentController per window owns what used to be the window's business: the article's
file and details, whether it changed, the recovery journal, the watch for changes made by
other programs, the recent files. It shows the article in the panes it is given (the editor
and the details form), asks the writer through an injected ``Prompts`` and tells the rest of
the window what happened through signals, so the window only wires, and a second document
(tabs, windows) is a second controller.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ..core.article import Article, load_article, save_article, serialize_article
from ..core.bidi import Direction, direction_for, isolate_auto
from ..core.errors import ArticleError
from ..core.file_state import article_from_editor, suggested_save_path
from ..core.journal import DocumentJournal
from .article_history import ArticleHistory
from .background import Background
from .core_messages import core_error_message, core_text
from .disk_watch import DiskWatch
from .editor_pane import EditorPane
from .i18n import QT_TRANSLATE_NOOP
from .metadata_panel import MetadataPanel
from .prompts import Prompts, SaveChoice
from .recent import RecentList

logger = logging.getLogger(__name__)

# Unsaved typing reaches the recovery journal at most this long after a keystroke, however
# steadily the writer types: the timer is not restarted by later keys (a throttle, not a
# debounce, which never fired during steady typing). Settings ▸ autosave changes it.
JOURNAL_INTERVAL_MS = 1000
FILE_FILTER = QT_TRANSLATE_NOOP(
    "DocumentController",
    "Markdown articles (*.md *.markdown);;Text files (*.txt);;All files (*)",
)


class DocumentController(QObject):
    loaded = Signal(object)  # the Article now shown (opened, new, imported or recovered)
    modified_changed = Signal(bool)
    saved = Signal(Path)
    changed_outside = Signal(Path)  # another program changed the file (after the question)
    failed = Signal(str, str)  # title, message: a command could not be done (and said so)
    status_message = Signal(str, int)  # a passing word for the status bar, and for how long

    def __init__(
        self,
        editor: EditorPane,
        details: MetadataPanel,
        history: ArticleHistory,
        prompts: Prompts,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.details = details
        self.history = history
        self.prompts = prompts
        self.article = Article()
        self.imported_from: Path | None = None  # Save As proposes that file's folder
        self.recent_files = RecentList("recent/files", settings)
        self.recent_categories = RecentList("recent/categories", settings)
        self.journal = DocumentJournal()
        self.disk = DiskWatch(self)
        self.disk.changed_outside.connect(self._changed_outside)
        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(JOURNAL_INTERVAL_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        # Writing (and fsync) runs on a worker of its own: 5–10 ms at 100,000 words here, more
        # on a slow disk, never on the keystroke path. One thread keeps the writes in order.
        self._journal_worker = Background("journal", self)
        self._journal_busy = False
        self._journal_again = False
        editor.document().modificationChanged.connect(self.modified_changed)
        editor.textChanged.connect(self._text_changed)
        details.edited.connect(self._details_edited)
        history.details_restored.connect(self._details_edited)

    # -- state ----------------------------------------------------------------------------
    def path(self) -> Path | None:
        return self.article.source.path

    def display_name(self, untitled: str) -> str:
        path = self.path()
        return Path(path).name if path else untitled

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def set_modified(self, modified: bool) -> None:
        # setModified signals only a change; the window's title follows every call.
        self.editor.document().setModified(modified)
        self.modified_changed.emit(modified)

    def current_article(self) -> Article:
        """The article as it stands in the window (what a save would write)."""
        self.article.metadata = self.details.metadata()
        return article_from_editor(self.article, self.editor.text())

    def set_journal_interval(self, seconds: float) -> None:
        self._journal_timer.setInterval(int(seconds * 1000))

    def _show(self, article: Article, modified: bool = False) -> None:
        self.article = article
        self.imported_from = None
        self.details.set_recent_categories(self.recent_categories.items())
        self.details.set_metadata(article.metadata)
        rtl = direction_for(article.metadata.lang) == "rtl"
        self.editor.set_document_direction(Direction.RTL if rtl else Direction.LTR)
        self.editor.set_text(article.body)
        self.history.reset()
        self.set_modified(modified)
        self.loaded.emit(article)

    def _text_changed(self) -> None:
        if self.is_modified():
            self._journal_soon()

    def _details_edited(self) -> None:
        self.set_modified(True)
        self._journal_soon()

    def _journal_soon(self) -> None:
        if not self._journal_timer.isActive():
            self._journal_timer.start()

    def write_journal(self, wait: bool = False) -> None:
        """Put the unsaved article in the recovery journal (the timer does it while typing).
        The text is taken now; the worker writes it. ``wait``: return once it is on disk."""
        if not self.is_modified():
            return
        if self._journal_busy and not wait:
            self._journal_again = True  # a slow disk: one more write when this one is done
            return
        article = self.current_article()
        path = article.source.path
        name = Path(path).name if path else (article.metadata.title or self.tr("Untitled"))
        text, journal = serialize_article(article), self.journal

        def write() -> ArticleError | None:
            try:
                journal.write(text, path, name)
            except ArticleError as exc:
                logger.warning("Cannot write the recovery journal: %s", exc)
                return exc
            return None

        if wait:
            self._journal_written(self._journal_worker.run(write))
            return
        self._journal_busy = True
        self._journal_worker.submit(write, self._journal_written)

    def _journal_written(self, error: ArticleError | None) -> None:
        self._journal_busy = False
        if error is not None:
            self.status_message.emit(
                self.tr("Could not write the recovery journal: %1").replace(
                    "%1", core_error_message(error)
                ),
                10000,
            )
        if self._journal_again:  # the timer fired during that write: its turn is now
            self._journal_again = False
            self.write_journal()

    def _clear_journal(self) -> None:
        """Nothing to recover (saved, discarded, replaced): after any write still queued."""
        self._journal_timer.stop()
        self._journal_again = False
        self._journal_worker.run(self.journal.clear)

    def _fail(self, title: str, message: str) -> None:
        self.prompts.show_error(title, message)
        self.failed.emit(title, message)

    # -- commands -------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current article (saved, or the writer agreed)."""
        if not self.is_modified():
            return True
        choice = self.prompts.save_changes()
        if choice == SaveChoice.SAVE:
            return self.save()
        return choice == SaveChoice.DISCARD

    def new_document(self) -> None:
        if self.confirm_discard():
            self._clear_journal()
            self._show(Article())
            self.disk.track(None)  # the old file's changes on disk are no longer ours

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path = self.path()
        folder = str(Path(path).parent) if path else ""
        chosen = self.prompts.open_path(self.tr("Open Article"), folder, self.tr(FILE_FILTER))
        if chosen:
            self.open_path(chosen, confirm=False)

    def open_path(self, path: str | Path, confirm: bool = True) -> bool:
        if confirm and not self.confirm_discard():
            return False
        try:
            article = load_article(path)
        except ArticleError as exc:
            self._fail(self.tr("Cannot open file"), core_error_message(exc))
            return False
        self._clear_journal()
        self._show(article)
        self.disk.track(Path(path))
        self.recent_files.add(str(Path(path).resolve()))
        warnings = [core_text(warning) for warning in article.warnings]
        for warning in warnings:
            self.status_message.emit(warning, 15000)
        if warnings:
            self.prompts.inform(self.tr("Opened with warnings"), "\n\n".join(warnings))
        return True

    def load_imported(self, article: Article, source: Path | None = None) -> None:
        """Show an imported article: new and unsaved, tied to no file yet (Save As proposes
        the folder of ``source``, the imported file)."""
        self._clear_journal()
        self._show(article, modified=True)
        self.imported_from = source
        self.disk.track(None)

    def load_recovered(self, article: Article) -> None:
        """Show a document rebuilt from the crash journal, unsaved, for the user to review."""
        self._show(article, modified=True)
        self.disk.track(article.source.path)
        self.write_journal(wait=True)  # in this window's journal before the old one goes

    def save(self) -> bool:
        path = self.path()
        if path is None:
            return self.save_as()
        return self.save_to(Path(path))

    def save_as(self) -> bool:
        suggested = suggested_save_path(
            self.current_article(), self.imported_from, Path.home(), self.tr("article")
        )
        chosen = self.prompts.save_path(self.tr("Save Article"), suggested, self.tr(FILE_FILTER))
        if not chosen:
            return False
        if not Path(chosen).suffix:
            chosen += ".md"
        return self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        if not self._confirm_overwrite_external(path):
            return False
        article = self.current_article()
        try:
            save_article(article, path)
        except ArticleError as exc:
            self._fail(self.tr("Cannot save"), core_error_message(exc))
            return False
        self.article = article
        self.disk.track(path)
        self.set_modified(False)
        self._clear_journal()
        self.recent_files.add(str(path.resolve()))
        self.recent_categories.add(article.metadata.category)
        self.status_message.emit(self.tr("Saved"), 3000)
        self.saved.emit(path)
        return True

    def close(self) -> bool:
        """The window is closing: False when the writer wants to keep working."""
        if not self.confirm_discard():
            return False
        self._clear_journal()
        self._journal_worker.shutdown()
        self.journal.close()
        return True

    # -- changes made by other programs ---------------------------------------------------
    def _confirm_overwrite_external(self, path: Path) -> bool:
        if not self.disk.differs(path):
            return True
        return self.prompts.ask(
            self.tr("File changed on disk"),
            self.tr(
                "Another program changed this file since you opened it. "
                "Overwrite its changes with yours?"
            ),
        )

    def _changed_outside(self, path: Path) -> None:
        message = self.tr("“%1” was changed by another program. Reload it?").replace(
            "%1", isolate_auto(path.name)
        )
        if self.is_modified():
            message += "\n\n" + self.tr("Your unsaved changes in Midad would be lost.")
        if self.prompts.ask(self.tr("File changed on disk"), message):
            self.open_path(path, confirm=False)
        else:
            self.disk.accept_current()  # don't ask again for this version
        self.changed_outside.emit(path)
