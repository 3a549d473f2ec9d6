"""Proofreading in the window: the panel, the editor's context menu, fixes and navigation.

The main window creates one ProofingCommands with the panes it works on (the editor, the details
form and their shared history); it owns the controller (checking) and the panel, talks to the
panes only through their public methods, and to the rest of the window through signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextBlock, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ...core.article import Article
from ...core.errors import ArticleError
from ...core.proofing import (
    WORD_KINDS,
    Finding,
    PersonalDictionary,
    ProofSettings,
    ignore_in_article,
    text_edits,
)
from ..article_history import ArticleHistory
from ..core_messages import core_error_message
from ..editor_pane import EditorPane
from ..metadata_panel import MetadataPanel
from ..prompts import Prompts
from .controller import ProofingController, in_line, select_finding
from .dictionary_dialog import DictionaryDialog
from .panel import ProofingPanel
from .team_dictionary import TeamDictionaryWatcher


class ProofingCommands(QObject):
    status_message = Signal(str, int)  # a passing word for the status bar, and for how long
    details_shown = Signal()  # a finding in the details form was selected: show the form

    def __init__(
        self,
        editor: EditorPane,
        details: MetadataPanel,
        history: ArticleHistory,
        article: Callable[[], Article],
        prompts: Prompts,
        settings: ProofSettings,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.details = details
        self.history = history
        self.article = article
        self.prompts = prompts
        self.controller = ProofingController(editor, article, settings, parent=self)
        self.panel = ProofingPanel(language)
        self.language = language
        self.controller.checked.connect(self.panel.show_check)
        self.panel.activated.connect(self.show_finding)
        self.panel.fix_requested.connect(self.fix_from_panel)
        self.panel.ignore_requested.connect(self.ignore_from_panel)
        self.panel.ignore_all_requested.connect(
            lambda finding: self.ignore_word_in_article(finding.text)
        )
        self.panel.add_word_requested.connect(
            lambda finding: self.controller.add_to_dictionary(finding.text)
        )
        self.panel.fix_all_requested.connect(self.fix_all_safe)
        # The last Fix All Safe: where the history stood after it and how many it applied,
        # so the panel's notice can follow Undo and Redo.
        self._fixed_at: tuple[int, int] | None = None
        self._fixed_count = 0
        self._fix_undone = False
        editor.context_menu_opening.connect(self.add_menu_actions)
        self.next_action = self._action(self.tr("Next Finding"), self.next_finding, "F8")
        self.previous_action = self._action(
            self.tr("Previous Finding"), self.previous_finding, "Shift+F8"
        )
        self.fix_all_action = self._action(
            self.tr("Fix All Safe"), self.fix_all_safe, "Ctrl+Shift+F"
        )
        self.dictionaries_action = QAction(self.tr("&Dictionaries…"), self)
        self.dictionaries_action.triggered.connect(lambda: self.open_dictionaries())
        self.team_path = ""
        self.team_watcher = TeamDictionaryWatcher(self)
        self.team_watcher.changed.connect(self.controller.refresh_word_lists)
        self.controller.word_list_problem.connect(self._word_list_problem)
        history.stepped.connect(self._history_stepped)
        history.details_restored.connect(self.controller.schedule_full_check)
        details.edited.connect(self.controller.schedule_full_check)
        details.edited.connect(self._text_edited)
        editor.document().contentsChange.connect(self._text_edited)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        """The actions with shortcuts, for the window to take (keys work without the menu)."""
        return [self.next_action, self.previous_action, self.fix_all_action]

    def shutdown(self) -> None:
        self.controller.shutdown()

    # -- word lists -----------------------------------------------------------------------
    def set_team_dictionary(self, path: str) -> None:
        """Use the team dictionary at ``path`` ("" for none) and follow its changes."""
        path = path.strip()
        if path == self.team_path:
            return
        self.team_path = path
        self.controller.set_team_dictionary(path)
        self.team_watcher.watch(path)

    def _word_list_problem(self, error: ArticleError | None) -> None:
        if error is None:
            self.status_message.emit(self.tr("The team dictionary can be read again."), 5000)
        else:
            self.status_message.emit(
                self.tr("Team dictionary: %1").replace("%1", core_error_message(error)), 15000
            )

    def open_dictionaries(
        self, team_path: str | None = None, parent: QWidget | None = None
    ) -> None:
        """The dictionary manager; the words it changes count at once."""
        try:
            personal = PersonalDictionary()
        except ArticleError as exc:
            self.prompts.show_error(self.tr("Cannot open the dictionary"), core_error_message(exc))
            return
        dialog = DictionaryDialog(
            personal, self.team_path if team_path is None else team_path, parent or self.panel
        )
        changed = []
        dialog.personal_changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            self.controller.refresh_word_lists(personal=True)

    # -- the editor's context menu --------------------------------------------------------
    def add_menu_actions(self, menu: QMenu, position: int) -> None:
        """Suggestions (best first) and what to do with the finding under the mouse."""
        hit = self.controller.finding_at(position)
        if hit is None:
            return
        block, finding = hit
        first = menu.actions()[0] if menu.actions() else None
        header = QAction(finding.message_for(self.language), menu)
        header.setEnabled(False)
        entries: list[QAction] = [header]
        for suggestion in self.controller.suggestions_for(finding)[:8]:
            action = QAction(suggestion or self.tr("(delete)"), menu)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replace_in_block(block, finding, s)
            )
            font = action.font()
            # A probable name has no fix by default: its suggestions are mere alternatives.
            if suggestion == finding.fix and finding.kind != "name":
                font.setBold(True)
            action.setFont(font)
            entries.append(action)
        ignore_once = QAction(self.tr("Ignore Once"), menu)
        ignore_once.triggered.connect(lambda: self.controller.ignore_once(block, finding))
        entries.append(ignore_once)
        if finding.kind in WORD_KINDS and finding.rule != "frequent-error":
            in_article = QAction(self.tr("Ignore in This Article"), menu)
            in_article.triggered.connect(lambda: self.ignore_word_in_article(finding.text))
            to_dictionary = QAction(self.tr("Add to Dictionary"), menu)
            to_dictionary.triggered.connect(lambda: self.controller.add_to_dictionary(finding.text))
            entries.extend([in_article, to_dictionary])
        separator = QAction(menu)
        separator.setSeparator(True)
        entries.append(separator)
        if first is None:
            menu.addActions(entries)
        else:
            menu.insertActions(first, entries)

    # -- applying -------------------------------------------------------------------------
    def replace_in_block(self, block: QTextBlock, finding: Finding, replacement: str) -> bool:
        """Replace a finding (offsets within ``block``) if the text is still what was checked."""
        start = block.position() + finding.start
        if block.text()[finding.start : finding.end] != finding.text:
            return False
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(start + finding.end - finding.start, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        return True

    def _body_target(self, finding: Finding) -> tuple[QTextBlock, Finding] | None:
        """The editor paragraph and in-paragraph finding for a panel (whole-body) finding."""
        block = self.editor.document().findBlockByNumber(finding.line - 1)
        local = in_line(finding, len(block.text()))
        if not block.isValid() or block.text()[local.start : local.end] != finding.text:
            self.controller.run_full_check()  # the text moved on; refresh the list
            return None
        return block, local

    def show_finding(self, finding: Finding) -> None:
        if finding.field:
            self.details_shown.emit()
            self.details.focus_field(
                finding.field, finding.start, finding.end, finding.extra.get("tag_index", 0)
            )
            return
        target = self._body_target(finding)
        if target is not None:
            select_finding(self.editor, *target)
            self.editor.setFocus()

    def fix_from_panel(self, finding: Finding) -> None:
        if finding.fix is None or finding.kind == "name":
            return
        if finding.field:
            self.details.replace_in_field(
                finding.field,
                finding.start,
                finding.end,
                finding.fix,
                finding.extra.get("tag_index", 0),
            )
            return
        target = self._body_target(finding)
        if target is not None:
            self.replace_in_block(target[0], target[1], finding.fix)

    def ignore_from_panel(self, findings: Finding | list[Finding]) -> None:
        """Ignore findings (every occurrence of a grouped word) until the next full check."""
        ignored = []
        for finding in findings if isinstance(findings, list) else [findings]:
            if not finding.field:
                target = self._body_target(finding)
                if target is None:
                    continue
                self.controller.ignore_once(*target)
            ignored.append(finding)
        self.panel.remove(ignored)

    def ignore_word_in_article(self, word: str) -> None:
        holder = Article(metadata=self.details.metadata())
        if ignore_in_article(holder, word):
            self.history.record_details(holder.metadata)  # a details edit: modified, undoable
            self.controller.recheck()

    def fix_all_safe(self) -> int:
        """Apply every safe fix, in the text and the details, as one undoable step: exactly
        the fixes ``midad fix --safe`` applies to the article's file. Returns how many."""
        article = self.article()
        # Every pass re-checks the whole article (a second or so on a very long one).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fixed = self.controller.fix_article(article)
            edits = text_edits(article.body, fixed.body)
            text_before = self.history.text_steps()
            if edits:
                cursor = QTextCursor(self.editor.document())
                cursor.beginEditBlock()
                for start, end, replacement in reversed(edits):
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(replacement)
                cursor.endEditBlock()
            if fixed.metadata != article.metadata:
                self.history.record_details(fixed.metadata, text_before if edits else None)
        finally:
            QApplication.restoreOverrideCursor()
        applied = len(fixed.applied)
        self._fixed_count = applied
        self._fixed_at = self.history.position() if applied else None
        self._fix_undone = False
        self._say(self.tr("%n safe fix(es) applied", "", applied))
        self.controller.run_full_check()
        return applied

    def _say(self, message: str) -> None:
        self.panel.show_message(message)
        if message:
            self.status_message.emit(message, 8000)

    def _history_stepped(self, _direction: str) -> None:
        """Undo or Redo: the findings are checked again and the notice follows."""
        self.controller.run_full_check()
        if self._fixed_at is None:
            return
        done, steps = self.history.position()
        if done < self._fixed_at[0] or steps < self._fixed_at[1]:
            if not self._fix_undone:
                self._fix_undone = True
                self._say(self.tr("Safe fixes undone"))
        elif self._fix_undone:
            self._fix_undone = False
            self._say(self.tr("%n safe fix(es) applied again", "", self._fixed_count))

    def _text_edited(self, *_: object) -> None:
        # A new edit after the fixes were undone: they cannot be redone any more.
        history = self.history
        if self._fix_undone and not history.in_step and not history.can_redo():
            self._fixed_at = None
            self._fix_undone = False
            self.panel.show_message("")

    # -- navigation -----------------------------------------------------------------------
    def next_finding(self) -> bool:
        return self._jump(forward=True)

    def previous_finding(self) -> bool:
        return self._jump(forward=False)

    def _jump(self, forward: bool) -> bool:
        cursor = self.editor.textCursor()
        here = cursor.selectionEnd() if forward else cursor.selectionStart()
        block = cursor.block()
        while block.isValid():
            findings = sorted(
                self.controller.findings_in(block), key=lambda f: f.start, reverse=not forward
            )
            for finding in findings:
                position = block.position() + finding.start
                if (forward and position >= here) or (
                    not forward and block.position() + finding.end < here + 1 and position < here
                ):
                    select_finding(self.editor, block, finding)
                    return True
            block = block.next() if forward else block.previous()
        return False
