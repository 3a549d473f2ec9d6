"""The main window: assembles the panes, owns the actions, and keeps the file in sync.

Panes are independent widgets; this class only wires their signals and runs file commands
(which are core functions) with dialogs around them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.article import Article, load_article, save_article, serialize_article
from ..core.bidi import Direction, direction_for, isolate_auto, isolate_ltr
from ..core.document import article_from_editor, suggested_save_path
from ..core.errors import ArticleError
from ..core.export.preview import preview_window
from ..core.journal import DocumentJournal
from ..core.stats import text_stats
from .app_settings import AppSettings
from .article_history import ArticleHistory
from .background import Background, report_failures
from .core_messages import core_error_message, core_text
from .disk_watch import DiskWatch
from .editor_pane import FLIP_DIRECTION_SHORTCUT, EditorPane
from .file_dialogs import open_file_name, save_file_name
from .find_bar import FindBar
from .i18n import QT_TRANSLATE_NOOP, ui_language
from .metadata_panel import MetadataPanel
from .preview_engines import Preview, make_preview_pane
from .proofing_ui import ProofingUi
from .recent import RecentList
from .restart import restart_application
from .settings_dialog import SettingsDialog
from .start_panel import StartPanel
from .status_bar import StatusBar
from .theme import apply_application_theme
from .transfer import Transfer
from .view_modes import FocusMode, ZoomControl
from .web_paste_bar import WebPasteBar
from .window_layout import give_editor_room
from .writing_comfort import WritingComfort, redo_shortcuts

JOURNAL_DELAY_MS = 1500  # unsaved typing reaches the recovery journal within 2 s
STATS_DELAY_MS = 400
FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Markdown articles (*.md *.markdown);;Text files (*.txt);;All files (*)"
)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.article = Article()
        self.recent_files = RecentList("recent/files", self.settings)
        self.recent_categories = RecentList("recent/categories", self.settings)
        self.journal = DocumentJournal()
        self._background = Background("window", self)
        self._preview_lines = (0, 0)  # the body lines the preview shows

        self.app_settings = AppSettings.load(self.settings)
        self.language = ui_language(self.settings)
        self.editor = EditorPane(self)
        self.find_bar = FindBar(self.editor)
        self.find_bar.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.editor)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.metadata_panel = MetadataPanel(self)
        self.metadata_dock = self._dock(
            self.metadata_panel, self.tr("Article details"), "metadata", self._side_area()
        )
        pane = make_preview_pane(self.app_settings.preview_engine, parent=self)
        self.preview: Preview = pane
        self.preview_dock = self._dock(pane, self.tr("Preview"), "preview", self._side_area())
        # Preview and details side by side, the preview next to the editor.
        self.splitDockWidget(self.metadata_dock, self.preview_dock, Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.preview_dock, self.metadata_dock], [460, 300], Qt.Orientation.Horizontal
        )
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.proofing = ProofingUi(self, self.app_settings.proof_settings(), self.language)
        self.proofing_dock = self._dock(
            self.proofing.panel, self.tr("Proofreading"), "proofreading", self._side_area()
        )
        self.tabifyDockWidget(self.metadata_dock, self.proofing_dock)
        self.metadata_dock.raise_()
        # Undo and Redo take text and details edits in the order they were made.
        self.history = ArticleHistory(
            self.editor.document(), self.metadata_panel, self.editor.undo, self.editor.redo, self
        )
        self.editor.history = self.history
        self.proofing.connect_history()

        self._journal_timer = self._single_shot(JOURNAL_DELAY_MS, self._write_journal)
        self._stats_timer = self._single_shot(STATS_DELAY_MS, self._refresh_stats)
        self.disk = DiskWatch(self)
        self.disk.changed_outside.connect(self._changed_outside)
        self.transfer = Transfer(self)

        self._create_actions()
        self._add_writing_aids(column)
        self._connect_panes()
        self.apply_settings(self.app_settings)
        self.setAcceptDrops(True)
        self.resize(1200, 800)
        give_editor_room(self, [self.preview_dock, self.metadata_dock])
        self._load_into_panes(Article())
        report_failures(self, self.status.show_job_failure)  # every worker of the window

    # -- construction ---------------------------------------------------------------------
    def _side_area(self) -> Qt.DockWidgetArea:
        # Qt does not mirror dock areas: the side panel goes to the end side of the text,
        # the left in a right-to-left interface.
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _single_shot(self, msec: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New"), self.new_document, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.flip_action = self._action(
            self.tr("Flip Paragraph &Direction"),
            self.editor.flip_paragraph_direction,
            FLIP_DIRECTION_SHORTCUT,
        )
        self.rlm_action = self._action(
            self.tr("Insert Right-to-Left Mark"), self.editor.insert_rlm, "Ctrl+Shift+R"
        )
        self.lrm_action = self._action(
            self.tr("Insert Left-to-Right Mark"), self.editor.insert_lrm, "Ctrl+Shift+L"
        )
        self.controls_action = self._action(
            self.tr("Show Invisible Characters"),
            self.editor.set_show_controls,
            "Ctrl+Shift+I",
            checkable=True,
        )

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addActions([self.new_action, self.open_action])
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        self.import_action = self._action(
            self.tr("&Import…"), self.transfer.import_dialog, "Ctrl+I"
        )
        menu.addAction(self.import_action)
        self.export_menu = menu.addMenu(self.tr("&Export"))
        self.export_actions = {
            fmt: self._action(label, lambda _=False, f=fmt: self.transfer.export_dialog(f))
            for fmt, label in (
                ("html", self.tr("Web Page (HTML)…")),
                ("docx", self.tr("Word Document (DOCX)…")),
                ("md", self.tr("Clean Markdown…")),
            )
        }
        self.export_menu.addActions(list(self.export_actions.values()))
        menu.addSeparator()
        menu.addAction(self.quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self._action(self.tr("&Undo"), self.history.undo, QKeySequence.StandardKey.Undo)
        redo = self._action(self.tr("&Redo"), self.history.redo, QKeySequence.StandardKey.Redo)
        redo.setShortcuts(redo_shortcuts())  # Ctrl+Y and Ctrl+Shift+Z on every platform
        self.undo_action, self.redo_action = undo, redo
        edit.addActions([undo, redo])
        edit.addSeparator()
        self.paste_plain_action = self._action(
            self.tr("Paste as Plain Text"), self.editor.paste_plain, "Ctrl+Shift+V"
        )
        self.paste_article_action = self._action(
            self.tr("Paste as New Article"), self.transfer.paste_as_new_article
        )
        edit.addActions([self.paste_plain_action, self.paste_article_action])
        edit.addSeparator()
        self.find_action = self._action(
            self.tr("&Find and Replace…"), self.find_bar.show_bar, QKeySequence.StandardKey.Find
        )
        find_next = self._action(
            self.tr("Find &Next"), self.find_bar.find_next, QKeySequence.StandardKey.FindNext
        )
        find_previous = self._action(
            self.tr("Find &Previous"),
            self.find_bar.find_previous,
            QKeySequence.StandardKey.FindPrevious,
        )
        edit.addActions([self.find_action, find_next, find_previous])
        edit.addSeparator()
        edit.addActions([self.flip_action, self.rlm_action, self.lrm_action])

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.controls_action)
        view.addAction(self.metadata_dock.toggleViewAction())
        view.addAction(self.preview_dock.toggleViewAction())
        view.addAction(self.proofing_dock.toggleViewAction())
        self.zoom = ZoomControl(self, self.editor, self.preview, self.settings)
        self.focus_mode = FocusMode(self, self.editor)
        view.addSeparator()
        view.addActions(self.zoom.actions())
        view.addSeparator()
        view.addActions(self.focus_mode.actions())

        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addActions(
            [self.proofing.next_action, self.proofing.previous_action, self.proofing.fix_all_action]
        )
        tools.addSeparator()
        tools.addAction(self.proofing.dictionaries_action)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        tools.addAction(self.settings_action)
        self.comfort = WritingComfort(self, menu, edit, view)  # also adds the Help menu

    def _add_writing_aids(self, column: QVBoxLayout) -> None:
        """The web-paste offer above the editor and the start panel inside the empty editor."""
        self.web_paste_bar = WebPasteBar(self.editor, self.transfer.paste_as_new_article)
        column.insertWidget(0, self.web_paste_bar)
        self.start_panel = StartPanel(
            self.editor,
            [self.new_action, self.open_action, self.import_action, self.paste_article_action],
        )

    def _connect_panes(self) -> None:
        self.editor.document().modificationChanged.connect(self._update_title)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursor_moved.connect(self.status.show_position)
        self.editor.cursor_moved.connect(self._follow_in_preview)
        self.metadata_panel.edited.connect(self._metadata_edited)
        self.history.details_restored.connect(self._metadata_edited)

    # -- settings -------------------------------------------------------------------------
    def apply_settings(self, settings: AppSettings) -> None:
        """Make settings take effect now (the interface language needs a restart)."""
        self.app_settings = settings
        self.editor.set_editor_font(settings.editor_font, settings.editor_size)
        apply_application_theme(settings.theme)  # every pane, menu and dialog
        self.editor.set_dark(settings.theme == "dark")
        self.preview.set_theme(settings.theme)
        self._journal_timer.setInterval(int(settings.autosave_seconds * 1000))
        controller = self.proofing.controller
        if settings.proof_settings() != controller.proofreader.settings:
            controller.set_settings(settings.proof_settings())  # spelling on/off is one of them
        self.proofing.set_team_dictionary(settings.team_dictionary)
        self.status.show_spelling(settings.spelling)

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.app_settings,
            self,
            self.language,
            open_dictionaries=self.proofing.open_dictionaries,
        )
        if dialog.exec():
            settings = dialog.result_settings()
            settings.save(self.settings)
            self.apply_settings(settings)
            if dialog.restart_requested:  # a new interface language, now
                restart_application()

    # -- document state -------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def set_modified(self, modified: bool) -> None:
        self.editor.document().setModified(modified)
        self._update_title()

    def current_article(self) -> Article:
        """The article as it stands in the window (what a save would write)."""
        self.article.metadata = self.metadata_panel.metadata()
        return article_from_editor(self.article, self.editor.text())

    def _load_into_panes(self, article: Article, modified: bool = False) -> None:
        self.article = article
        self.imported_from: Path | None = None
        self.metadata_panel.set_recent_categories(self.recent_categories.items())
        self.metadata_panel.set_metadata(article.metadata)
        rtl = direction_for(article.metadata.lang) == "rtl"
        self.editor.set_document_direction(Direction.RTL if rtl else Direction.LTR)
        self.editor.set_text(article.body)
        self.history.reset()
        self.set_modified(modified)
        self._stats_timer.start()
        self.preview.refresh_now(self._preview_article())

    def _update_title(self) -> None:
        path = self.article.source.path
        name = Path(path).name if path else self.tr("Untitled")
        self.setWindowModified(self.is_modified())
        self.setWindowTitle(isolate_auto(name) + "[*] — " + self.tr("Midad"))

    def _text_changed(self) -> None:
        self._stats_timer.start()
        self.preview.schedule(self._preview_article)
        if self.is_modified():
            self._journal_timer.start()

    def _metadata_edited(self) -> None:
        self.set_modified(True)
        self.preview.schedule(self._preview_article)
        self._journal_timer.start()

    def _preview_article(self) -> Article:
        """What the preview shows: the article, or for a long one the part around the cursor."""
        article = self.current_article()
        excerpt, first, last = preview_window(article.body, self.editor.textCursor().blockNumber())
        self._preview_lines = (first, last)
        return dataclasses.replace(article, body=excerpt)

    def _follow_in_preview(self, line: int, _column: int) -> None:
        first, last = self._preview_lines
        if first <= line - 1 <= last:
            self.preview.follow((line - 1 - first) / max(1, last - first))
        else:
            self.preview.schedule(self._preview_article)  # moved out of the previewed part

    def _refresh_stats(self) -> None:
        # Counted in the background: a first count of a long article takes a few hundred ms.
        text, lang = self.editor.text(), self.article.metadata.lang
        self._background.submit(lambda: text_stats(text, lang), self.status.show_stats)

    def _write_journal(self) -> None:
        if not self.is_modified():
            return
        article = self.current_article()
        path = article.source.path
        name = Path(path).name if path else (article.metadata.title or self.tr("Untitled"))
        try:
            self.journal.write(serialize_article(article), path, name)
        except ArticleError as exc:
            self.status.showMessage(
                self.tr("Could not write the recovery journal: %1").replace(
                    "%1", core_error_message(exc)
                ),
                10000,
            )

    # -- file commands --------------------------------------------------------------------
    def new_document(self) -> None:
        if self.confirm_discard():
            self.journal.clear()
            self._load_into_panes(Article())
            self.disk.track(None)  # the old file's changes on disk are no longer ours

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        folder = str(Path(self.article.source.path).parent) if self.article.source.path else ""
        path = open_file_name(self, self.tr("Open Article"), folder, self.tr(FILE_FILTER))
        if path:
            self.open_path(path, confirm=False)

    def open_path(self, path: str | Path, confirm: bool = True) -> bool:
        if confirm and not self.confirm_discard():
            return False
        try:
            article = load_article(path)
        except ArticleError as exc:
            self.show_error(self.tr("Cannot open file"), core_error_message(exc))
            return False
        self.journal.clear()
        self._load_into_panes(article)
        self.disk.track(Path(path))
        self.recent_files.add(str(Path(path).resolve()))
        for warning in article.warnings:
            self.status.showMessage(core_text(warning), 15000)
        if article.warnings:
            self.inform(
                self.tr("Opened with warnings"), "\n\n".join(map(core_text, article.warnings))
            )
        return True

    def load_imported(self, article: Article, source: Path | None = None) -> None:
        """Show an imported article: new and unsaved, tied to no file yet (Save As proposes
        the folder of ``source``, the imported file)."""
        self.journal.clear()
        self._load_into_panes(article, modified=True)
        self.imported_from = source
        self.disk.track(None)

    def load_recovered(self, article: Article) -> None:
        """Show a document rebuilt from the crash journal, unsaved, for the user to review."""
        self._load_into_panes(article, modified=True)
        self.disk.track(article.source.path)
        self._write_journal()

    def save(self) -> bool:
        if self.article.source.path is None:
            return self.save_as()
        return self._save_to(self.article.source.path)

    def save_as(self) -> bool:
        suggested = suggested_save_path(
            self.current_article(), self.imported_from, Path.home(), self.tr("article")
        )
        path = save_file_name(self, self.tr("Save Article"), suggested, self.tr(FILE_FILTER))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".md"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        if not self._confirm_overwrite_external(path):
            return False
        article = self.current_article()
        try:
            save_article(article, path)
        except ArticleError as exc:
            self.show_error(self.tr("Cannot save"), core_error_message(exc))
            return False
        self.article = article
        self.disk.track(Path(path))
        self.set_modified(False)
        self.journal.clear()
        self.recent_files.add(str(Path(path).resolve()))
        self.recent_categories.add(article.metadata.category)
        self.status.showMessage(self.tr("Saved"), 3000)
        return True

    # -- external changes -----------------------------------------------------------------
    def _confirm_overwrite_external(self, path: Path) -> bool:
        if not self.disk.differs(path):
            return True
        return self.ask(
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
        if self.ask(self.tr("File changed on disk"), message):
            self.open_path(path, confirm=False)
        else:
            self.disk.accept_current()  # don't ask again for this version

    # -- dialogs (tests patch these) ------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current document (saved, or the user agreed)."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The article has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # -- recent files and drops -----------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files.items():
            action = self.recent_menu.addAction(isolate_ltr(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_files.items()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            self.journal.close()
            self.preview.shutdown()
            self.proofing.shutdown()
            self._background.shutdown()
            event.accept()
        else:
            event.ignore()
