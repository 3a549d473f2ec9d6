"""The main window's actions and menus: File, Edit, View, Tools (Help comes with the writing
aids). Each action calls a command of the pane or controller that does the work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ..core.bidi import isolate_ltr
from .article_history import ArticleHistory
from .document_controller import DocumentController
from .editor_pane import FLIP_DIRECTION_SHORTCUT, EditorPane
from .find_bar import FindBar
from .import_export import ImportExportCommands
from .proofing.commands import ProofingCommands
from .writing_comfort import redo_shortcuts

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class WindowMenus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        import_export: ImportExportCommands,
        editor: EditorPane,
        find_bar: FindBar,
        history: ArticleHistory,
        proofing: ProofingCommands,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self._file_menu(window, document, import_export)
        self._edit_menu(window, import_export, editor, find_bar, history)
        self.view = window.menuBar().addMenu(self.tr("&View"))
        self.controls_action = self.add_action(
            self.tr("Show Invisible Characters"),
            editor.set_show_controls,
            "Ctrl+Shift+I",
            checkable=True,
        )
        self.view.addAction(self.controls_action)
        self.tools = window.menuBar().addMenu(self.tr("&Tools"))
        window.addActions(proofing.actions())
        self.tools.addActions(proofing.actions())
        self.tools.addSeparator()
        self.tools.addAction(proofing.dictionaries_action)

    def add_action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: Shortcut = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.window.addAction(action)  # its shortcut works with the menu bar hidden too
        return action

    def _file_menu(
        self, window: QMainWindow, document: DocumentController, import_export: ImportExportCommands
    ) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self.add_action(self.tr("&New"), document.new_document, keys.New)
        self.open_action = self.add_action(self.tr("&Open…"), document.open_dialog, keys.Open)
        self.save_action = self.add_action(self.tr("&Save"), document.save, keys.Save)
        self.save_as_action = self.add_action(self.tr("Save &As…"), document.save_as, keys.SaveAs)
        self.quit_action = self.add_action(self.tr("&Quit"), window.close, keys.Quit)
        self.import_action = self.add_action(
            self.tr("&Import…"), import_export.import_dialog, "Ctrl+I"
        )
        self.file = menu = window.menuBar().addMenu(self.tr("&File"))
        menu.addActions([self.new_action, self.open_action])
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action, self.import_action])
        self.export_menu = menu.addMenu(self.tr("&Export"))
        self.export_actions = {
            fmt: self.add_action(label, lambda _=False, f=fmt: import_export.export_dialog(f))
            for fmt, label in (
                ("html", self.tr("Web Page (HTML)…")),
                ("docx", self.tr("Word Document (DOCX)…")),
                ("md", self.tr("Clean Markdown…")),
                ("pdf", self.tr("PDF Document…")),
            )
        }
        self.export_menu.addActions(list(self.export_actions.values()))
        menu.addSeparator()
        self.print_preview_action = self.add_action(
            self.tr("Print Pre&view"), import_export.print_preview
        )
        self.print_action = self.add_action(
            self.tr("&Print…"), import_export.print_article, QKeySequence.StandardKey.Print
        )
        menu.addActions([self.print_preview_action, self.print_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _edit_menu(
        self,
        window: QMainWindow,
        import_export: ImportExportCommands,
        editor: EditorPane,
        find_bar: FindBar,
        history: ArticleHistory,
    ) -> None:
        keys = QKeySequence.StandardKey
        self.edit = edit = window.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.add_action(self.tr("&Undo"), history.undo, keys.Undo)
        self.redo_action = self.add_action(self.tr("&Redo"), history.redo, keys.Redo)
        self.redo_action.setShortcuts(redo_shortcuts())  # Ctrl+Y and Ctrl+Shift+Z everywhere
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self.paste_plain_action = self.add_action(
            self.tr("Paste as Plain Text"), editor.paste_plain, "Ctrl+Shift+V"
        )
        self.paste_article_action = self.add_action(
            self.tr("Paste as New Article"), import_export.paste_as_new_article
        )
        edit.addActions([self.paste_plain_action, self.paste_article_action])
        edit.addSeparator()
        self.find_action = self.add_action(
            self.tr("&Find and Replace…"), find_bar.show_bar, keys.Find
        )
        find_next = self.add_action(self.tr("Find &Next"), find_bar.find_next, keys.FindNext)
        find_previous = self.add_action(
            self.tr("Find &Previous"), find_bar.find_previous, keys.FindPrevious
        )
        edit.addActions([self.find_action, find_next, find_previous])
        edit.addSeparator()
        self.flip_action = self.add_action(
            self.tr("Flip Paragraph &Direction"),
            editor.flip_paragraph_direction,
            FLIP_DIRECTION_SHORTCUT,
        )
        self.rlm_action = self.add_action(
            self.tr("Insert Right-to-Left Mark"), editor.insert_rlm, "Ctrl+Shift+R"
        )
        self.lrm_action = self.add_action(
            self.tr("Insert Left-to-Right Mark"), editor.insert_lrm, "Ctrl+Shift+L"
        )
        edit.addActions([self.flip_action, self.rlm_action, self.lrm_action])

    def add_docks(self, docks: list[QDockWidget]) -> None:
        """Show/hide entries for the side panes, in the View menu."""
        self.view.addActions([dock.toggleViewAction() for dock in docks])

    def add_to_tools(self, action: QAction) -> None:
        self.tools.addAction(action)

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        recent = self.document.recent_files.items()
        for path in recent:
            action = menu.addAction(isolate_ltr(path))
            action.triggered.connect(lambda _=False, p=path: self.document.open_path(p))
        menu.setEnabled(bool(recent))
