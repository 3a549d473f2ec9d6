"""The main window: builds the panes and wires their signals, nothing more.

The open article and its file commands live in DocumentController; proofreading in
ProofingCommands; import and export in ImportExportCommands; menus in WindowMenus. Each gets the
panes it works on and a ``Prompts`` for its questions, never the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from ..core.bidi import isolate_auto
from .app_settings import AppSettings
from .article_history import ArticleHistory
from .background import report_failures
from .document_controller import DocumentController
from .editor_pane import EditorPane
from .find_bar import FindBar
from .i18n import ui_language
from .import_export import ImportExportCommands
from .metadata_panel import MetadataPanel
from .preview.engines import Preview, make_preview_pane
from .preview.sync import PreviewSync
from .prompts import DialogPrompts, Prompts
from .proofing.commands import ProofingCommands
from .restart import restart_application
from .settings_dialog import SettingsDialog
from .start_panel import StartPanel
from .status_bar import StatsCounter, StatusBar
from .theme import apply_application_theme
from .view_modes import FocusMode, ZoomControl
from .web_paste_bar import WebPasteBar
from .window_layout import give_editor_room
from .window_menus import WindowMenus
from .writing_comfort import WritingComfort


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.prompts: Prompts = prompts or DialogPrompts(self)
        self.app_settings = AppSettings.load(self.settings)
        self.language = ui_language(self.settings)
        self._build_panes()
        self.history = ArticleHistory(
            self.editor.document(), self.metadata_panel, self.editor.undo, self.editor.redo, self
        )
        self.document = DocumentController(
            self.editor, self.metadata_panel, self.history, self.prompts, self.settings, self
        )
        self.proofing = ProofingCommands(
            self.editor,
            self.metadata_panel,
            self.history,
            self.document.current_article,
            self.prompts,
            self.app_settings.proof_settings(),
            self.language,
            self,
        )
        self.proofing_dock = self._dock(
            self.proofing.panel, self.tr("Proofreading"), "proofreading", self._side_area()
        )
        self.tabifyDockWidget(self.metadata_dock, self.proofing_dock)
        self.metadata_dock.raise_()
        self.import_export = ImportExportCommands(self.document, self.prompts, self)
        self.preview_sync = PreviewSync(
            self.editor, self.preview, self.document.current_article, self
        )
        self.stats = StatsCounter(
            self.editor.text,
            lambda: self.document.article.metadata.lang,
            self.status.show_stats,
            self,
        )
        self._build_menus()
        self._connect_panes()
        self.apply_settings(self.app_settings)
        self.setAcceptDrops(True)
        self.resize(1200, 800)
        give_editor_room(self, [self.preview_dock, self.metadata_dock])
        self.document.new_document()  # an empty article, unmodified: nothing to confirm
        report_failures(self, self.status.show_job_failure)  # every worker of the window

    # -- construction ---------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.editor = EditorPane(self, shared_history=True)
        self.find_bar = FindBar(self.editor)
        self.find_bar.hide()
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.editor)
        self._column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.metadata_panel = MetadataPanel(self)
        self.metadata_dock = self._dock(
            self.metadata_panel, self.tr("Article details"), "metadata", self._side_area()
        )
        self.preview: Preview = make_preview_pane(self.app_settings.preview_engine, parent=self)
        self.preview_dock = self._dock(
            self.preview, self.tr("Preview"), "preview", self._side_area()
        )
        # Preview and details side by side, the preview next to the editor.
        self.splitDockWidget(self.metadata_dock, self.preview_dock, Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.preview_dock, self.metadata_dock], [460, 300], Qt.Orientation.Horizontal
        )
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

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

    def _build_menus(self) -> None:
        self.menus = menus = WindowMenus(
            self,
            self.document,
            self.import_export,
            self.editor,
            self.find_bar,
            self.history,
            self.proofing,
        )
        menus.add_docks([self.metadata_dock, self.preview_dock, self.proofing_dock])
        self.zoom = ZoomControl(self, self.editor, self.preview, self.settings)
        self.focus_mode = FocusMode(self, self.editor)
        menus.view.addSeparator()
        menus.view.addActions(self.zoom.actions())
        menus.view.addSeparator()
        menus.view.addActions(self.focus_mode.actions())
        self.settings_action = menus.add_action(
            self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        menus.add_to_tools(self.settings_action)
        self.comfort = WritingComfort(self, menus.file, menus.edit, menus.view)  # + Help menu
        # The web-paste offer above the editor and the start panel inside the empty editor.
        self.web_paste_bar = WebPasteBar(self.editor, self.import_export.paste_as_new_article)
        self._column.insertWidget(0, self.web_paste_bar)
        self.start_panel = StartPanel(
            self.editor,
            [menus.new_action, menus.open_action, menus.import_action, menus.paste_article_action],
        )

    def _connect_panes(self) -> None:
        document, editor, history = self.document, self.editor, self.history
        editor.undo_requested.connect(history.undo)
        editor.redo_requested.connect(history.redo)
        editor.context_menu_opening.connect(history.aim_menu)
        editor.cursor_moved.connect(self.status.show_position)
        editor.textChanged.connect(self.stats.schedule)
        for source in (document.modified_changed, document.loaded, document.saved):
            source.connect(self._update_title)
        document.loaded.connect(self.stats.schedule)
        document.loaded.connect(self.preview_sync.refresh_now)
        document.loaded.connect(self.proofing.controller.check_loaded)
        for edited in (self.metadata_panel.edited, history.details_restored):
            edited.connect(self.preview_sync.schedule)
        for said in (document, self.import_export, self.proofing, self.comfort.images):
            said.status_message.connect(self.status.showMessage)
        self.proofing.details_shown.connect(self.metadata_dock.raise_)
        self.proofing.controller.spelling_state.connect(self.status.show_spelling)

    # -- settings -------------------------------------------------------------------------
    def apply_settings(self, settings: AppSettings) -> None:
        """Make settings take effect now (the interface language needs a restart)."""
        self.app_settings = settings
        digits = "arabic-indic" if settings.digit_style == "arabic-indic" else "western"
        self.import_export.page_digits = digits  # PDF and print page numbers: the house's digits
        self.editor.set_editor_font(settings.editor_font, settings.editor_size)
        apply_application_theme(settings.theme)  # every pane, menu and dialog
        self.editor.set_dark(settings.theme == "dark")
        self.preview.set_theme(settings.theme)
        self.document.set_journal_interval(settings.autosave_seconds)
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

    # -- the window -----------------------------------------------------------------------
    def _update_title(self, *_: object) -> None:
        name = self.document.display_name(self.tr("Untitled"))
        self.setWindowModified(self.document.is_modified())
        self.setWindowTitle(isolate_auto(name) + "[*] — " + self.tr("Midad"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.document.open_path(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.close():
            self.preview.shutdown()
            self.proofing.shutdown()
            self.stats.shutdown()
            event.accept()
        else:
            event.ignore()
