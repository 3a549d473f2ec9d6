"""What writers expect from any editor window: Cut/Copy/Paste/Select All, Close, Redo on Ctrl+Y,
Bold and Italic, Insert Image, a word target, an outline pane, a toolbar and the Help menu.

The window creates one WritingComfort after its own menus and hands it those menus; everything
here is wired through the window's public parts (editor, history, docks, status bar).

File ▸ Close closes the document, not the window: it asks to save unsaved changes, then leaves
an empty untitled article (Quit closes the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QToolBar,
)

from ..core.targets import with_word_target, word_target
from .help_dialogs import AboutDialog, HelpDialog, ShortcutsDialog
from .image_insert import ImageInserter
from .outline_pane import OutlinePane
from .word_target import WordTargetDialog, WordTargetStatus

if TYPE_CHECKING:
    from ..core.stats import TextStats
    from .main_window import MainWindow

TOOLBAR_KEY = "ui/toolbar_visible"
_Dialog = TypeVar("_Dialog", bound=QDialog)


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo key, then Ctrl+Y and Ctrl+Shift+Z (both, on every platform)."""
    keys = [
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[:1],
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    ]
    unique: list[QKeySequence] = []
    for key in keys:
        if key not in unique:
            unique.append(key)
    return unique


def wrap_selection(editor: QPlainTextEdit, marker: str) -> None:
    """Put ``marker`` around the selection (or around the cursor, ready to type into)."""
    cursor = editor.textCursor()
    selected = cursor.selectedText()
    cursor.beginEditBlock()
    cursor.insertText(f"{marker}{selected}{marker}")
    cursor.endEditBlock()
    if not selected:
        cursor.setPosition(cursor.position() - len(marker))
    editor.setTextCursor(cursor)


class WritingComfort(QObject):
    def __init__(
        self, window: MainWindow, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu
    ) -> None:
        super().__init__(window)
        self.window = window
        self.last_words: int | None = None
        self.help_dialog: HelpDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.images = ImageInserter(window.editor, window.document, window.prompts, self)
        self._create_actions()
        self._add_to_menus(file_menu, edit_menu, view_menu)
        self._create_outline(view_menu)
        self._create_toolbar(view_menu)
        self._create_help_menu()
        self.target_status = WordTargetStatus(window.status)
        window.status.insertPermanentWidget(0, self.target_status)
        self.target_status.clicked.connect(self.edit_target)
        window.status.stats_shown.connect(self._stats_shown)
        window.history.details_restored.connect(self.refresh_target)

    # -- actions --------------------------------------------------------------------------
    def _icon(self, theme: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
        if QIcon.hasThemeIcon(theme):
            return QIcon.fromTheme(theme)
        if fallback is not None:
            return self.window.style().standardIcon(fallback)
        return QIcon()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None and not icon.isNull():
            action.setIcon(icon)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.close_action = self._action(self.tr("&Close"), self.close_document, key.Close)
        self.cut_action = self._action(self.tr("Cu&t"), lambda: self._on_focus("cut"), key.Cut)
        self.copy_action = self._action(self.tr("&Copy"), lambda: self._on_focus("copy"), key.Copy)
        self.paste_action = self._action(
            self.tr("&Paste"), lambda: self._on_focus("paste"), key.Paste
        )
        self.select_all_action = self._action(
            self.tr("Select &All"), lambda: self._on_focus("selectAll"), key.SelectAll
        )
        # Their keys stay with the focused widget (the text, a field, a list copies in its own
        # way); the menu shows them and its items act on that widget.
        for action in (
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.select_all_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.bold_action = self._action(
            self.tr("&Bold"),
            lambda: wrap_selection(self.window.editor, "**"),
            key.Bold,
            self._icon("format-text-bold"),
        )
        # Ctrl+I is Import: Italic has no key of its own.
        self.italic_action = self._action(
            self.tr("&Italic"),
            lambda: wrap_selection(self.window.editor, "*"),
            None,
            self._icon("format-text-italic"),
        )
        for action in (self.bold_action, self.italic_action):  # their keys work in the text only
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.window.editor.addAction(action)
        self.image_action = self._action(
            self.tr("Insert &Image…"), self.images.insert_dialog, None, self._icon("insert-image")
        )
        self.target_action = self._action(self.tr("Word &Target…"), self.edit_target)
        self.help_action = self._action(self.tr("Midad &Help"), self.show_help, key.HelpContents)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.about_action = self._action(self.tr("&About Midad"), self.show_about)

    def _add_to_menus(self, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu) -> None:
        window = self.window
        file_menu.insertAction(window.menus.quit_action, self.close_action)
        edit_menu.insertActions(
            window.menus.paste_plain_action,
            [self.cut_action, self.copy_action, self.paste_action, self.select_all_action],
        )
        edit_menu.insertSeparator(window.menus.paste_plain_action)
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.bold_action, self.italic_action, self.image_action, self.target_action]
        )

    def _on_focus(self, method: str) -> None:
        """Cut, Copy, Paste or Select All in the focused editor or field."""
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self.window:
            widget = self.window.editor
        command = getattr(widget, method, None)
        if callable(command):
            command()

    # -- outline --------------------------------------------------------------------------
    def _create_outline(self, view_menu: QMenu) -> None:
        window = self.window
        self.outline = OutlinePane(window.editor, window)
        dock = QDockWidget(self.tr("Outline"), window)
        dock.setObjectName("outline")
        dock.setWidget(self.outline)
        window.addDockWidget(window.dockWidgetArea(window.metadata_dock), dock)
        window.tabifyDockWidget(window.proofing_dock, dock)
        window.metadata_dock.raise_()
        self.outline_dock = dock
        toggle = dock.toggleViewAction()

        def raise_when_shown(shown: bool) -> None:
            if shown:
                dock.raise_()

        toggle.triggered.connect(raise_when_shown)
        view_menu.addAction(toggle)

    # -- toolbar --------------------------------------------------------------------------
    def _create_toolbar(self, view_menu: QMenu) -> None:
        window = self.window
        pixmap = QStyle.StandardPixmap
        icons = (
            (window.menus.new_action, "document-new", pixmap.SP_FileIcon),
            (window.menus.open_action, "document-open", pixmap.SP_DialogOpenButton),
            (window.menus.save_action, "document-save", pixmap.SP_DialogSaveButton),
            # The style's Back/Forward arrows turn round in a right-to-left window.
            (window.menus.undo_action, "", pixmap.SP_ArrowBack),
            (window.menus.redo_action, "", pixmap.SP_ArrowForward),
            (window.proofing.fix_all_action, "tools-check-spelling", pixmap.SP_DialogApplyButton),
        )
        for action, theme, fallback in icons:
            if action.icon().isNull():
                action.setIcon(
                    self._icon(theme, fallback) if theme else window.style().standardIcon(fallback)
                )
        preview = window.preview_dock.toggleViewAction()
        if preview.icon().isNull():
            preview.setIcon(self._icon("document-print-preview", pixmap.SP_FileDialogContentsView))
        bar = QToolBar(self.tr("Toolbar"), window)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        menus = window.menus
        bar.addActions([menus.new_action, menus.open_action, menus.save_action])
        bar.addSeparator()
        bar.addActions([menus.undo_action, menus.redo_action])
        bar.addSeparator()
        bar.addActions([self.bold_action, self.italic_action, self.image_action])
        bar.addSeparator()
        bar.addActions([window.proofing.fix_all_action, preview])
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        visible = window.settings.value(TOOLBAR_KEY, True)
        bar.setVisible(visible if isinstance(visible, bool) else str(visible).lower() == "true")
        toggle = bar.toggleViewAction()
        toggle.setText(self.tr("Show &Toolbar"))
        toggle.triggered.connect(self._remember_toolbar)  # the user's choice only
        view_menu.addAction(toggle)

    def _remember_toolbar(self, shown: bool) -> None:
        self.window.settings.setValue(TOOLBAR_KEY, bool(shown))
        self.window.settings.sync()

    # -- help -----------------------------------------------------------------------------
    def _create_help_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        menu.addActions([self.help_action, self.shortcuts_action])
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.help_menu = menu

    def _show_once(self, name: str, make: Callable[[], _Dialog]) -> _Dialog:
        """Show the dialog kept as ``name``, or a new one; not modal (it can stay open beside
        the text), and one of each kind."""
        dialog = getattr(self, name, None)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_: setattr(self, name, None))
            setattr(self, name, dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_help(self) -> HelpDialog:
        return self._show_once("help_dialog", lambda: HelpDialog(self.window.language, self.window))

    def show_shortcuts(self) -> ShortcutsDialog:
        return self._show_once("shortcuts_dialog", lambda: ShortcutsDialog(self.window))

    def show_about(self) -> AboutDialog:
        return self._show_once("about_dialog", lambda: AboutDialog(self.window))

    # -- File ▸ Close ---------------------------------------------------------------------
    def close_document(self) -> bool:
        """Close the article (saving or discarding unsaved changes as the writer says) and
        leave an empty one; False if the writer cancelled."""
        window = self.window
        if not window.document.confirm_discard():
            return False
        window.document.set_modified(False)  # saved, or the writer chose to discard
        window.document.new_document()
        return True

    # -- word target ----------------------------------------------------------------------
    def edit_target(self) -> None:
        meta = self.window.metadata_panel.metadata()
        dialog = WordTargetDialog(word_target(meta), self.last_words, self.window)
        if self.run_dialog(dialog):
            self.set_target(dialog.target())

    def run_dialog(self, dialog: WordTargetDialog) -> bool:  # tests patch this
        return bool(dialog.exec())

    def set_target(self, target: int | None) -> None:
        """Set the article's word target (None: remove it) as one undoable details edit."""
        meta = self.window.metadata_panel.metadata()
        if word_target(meta) == target:
            return
        self.window.history.record_details(with_word_target(meta, target))

    def refresh_target(self) -> None:
        self.target_status.show_progress(
            self.last_words, word_target(self.window.metadata_panel.metadata())
        )

    def _stats_shown(self, stats: TextStats) -> None:
        self.last_words = stats.words
        self.refresh_target()
