"""The proofreading panel: every finding of the article, grouped by kind, with fixes.

Each entry takes two lines, wrapped to the panel's width (never cut short): what is wrong (and
its fix) on the first, where it is and why on the second. Invisible changes (spaces, no-break
spaces, bidi marks) are said in words. The same unknown word or name met several times is one
entry ("word ×5") whose actions apply to every occurrence.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.proofing import ERROR_KINDS, KINDS, ArticleCheck, Finding
from ...core.proofing.changes import MARK, NO_BREAK_SPACE, SPACE, Run, describe_change
from .findings_view import ENTRY_ROLE, ROLE, Entry, FindingsTree, group_findings

# Listing thousands of rows would stall the window on every re-check of a long article.
MAX_LISTED = 200
MAX_LOCATIONS = 12


class ProofingPanel(QWidget):
    activated = Signal(object)  # Finding: select it in the editor or the metadata form
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # list[Finding]: ignored until the next full check
    ignore_all_requested = Signal(object)  # Finding: its word, in the article's ignore list
    add_word_requested = Signal(object)  # Finding: its word, into the personal dictionary
    fix_all_requested = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._described: dict[tuple[str, str | None], str] = {}
        self.findings: list[Finding] = []
        self.kind_names = {
            "spelling": self.tr("Spelling"),
            "typography": self.tr("Typography"),
            "style": self.tr("Style"),
            "name": self.tr("Names to verify"),
        }
        self.field_names = {
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "summary": self.tr("Summary"),
            "tags": self.tr("Tags"),
            "category": self.tr("Category"),
            "author": self.tr("Author"),
        }
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.filter.addItem(self.kind_names[kind], kind)
        self.tree = FindingsTree()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()  # the outcome of the last command (e.g. "12 fixes applied")
        self.notice.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.ignore_button.setToolTip(self.tr("Ignore until the article is checked again"))
        self.ignore_all_button = QPushButton(self.tr("Ignore All"))
        self.ignore_all_button.setToolTip(
            self.tr("Ignore this word everywhere in the article (kept with the article)")
        )
        self.add_word_button = QPushButton(self.tr("Add to Dictionary"))
        self.add_word_button.setToolTip(self.tr("Add this word to your personal dictionary"))
        self.fix_all_button = QPushButton(self.tr("Fix All Safe"))
        self.fix_all_button.setToolTip(
            self.tr("Apply every fix that needs no judgement, as one step you can undo")
        )
        buttons = QGridLayout()
        buttons.addWidget(self.fix_button, 0, 0)
        buttons.addWidget(self.ignore_button, 0, 1)
        buttons.addWidget(self.ignore_all_button, 0, 2)
        buttons.addWidget(self.add_word_button, 1, 0, 1, 2)
        buttons.addWidget(self.fix_all_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        self._clicked: QTreeWidgetItem | None = None
        self._last_jump: tuple[tuple[object, ...], int] | None = None  # (entry, occurrence)
        self.filter.currentIndexChanged.connect(self._rebuild)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.fix_button.clicked.connect(self.fix_current)
        self.ignore_button.clicked.connect(self.ignore_current)
        self.ignore_all_button.clicked.connect(self.ignore_all_current)
        self.add_word_button.clicked.connect(self.add_current_to_dictionary)
        self.fix_all_button.clicked.connect(self.fix_all_requested)
        self._update_buttons()

    # -- content --------------------------------------------------------------------------
    def show_check(self, check: ArticleCheck) -> None:
        self.findings = [*check.metadata, *check.body]
        self._rebuild()

    def remove(self, finding: Finding | list[Finding]) -> None:
        """Take findings off the list (ignored until the next full check)."""
        gone = {id(f) for f in (finding if isinstance(finding, list) else [finding])}
        self.findings = [f for f in self.findings if id(f) not in gone]
        self._rebuild()

    def show_message(self, message: str) -> None:
        self.notice.setText(message)

    def _rebuild(self) -> None:
        wanted = self.filter.currentData()
        current = self.current_entry()
        keep = current.key() if current else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        entries = group_findings(self.findings)
        counts = self.counts()
        restore = None
        for kind in KINDS:
            if wanted and kind != wanted:
                continue
            if kind not in ERROR_KINDS and not counts[kind] and not wanted:
                continue  # a quiet kind shows only when it has something to say
            group = QTreeWidgetItem([f"{self.kind_names[kind]} ({counts[kind]})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            items = []
            of_kind = entries.get(kind, [])
            for entry in of_kind[:MAX_LISTED]:
                item = QTreeWidgetItem([self.describe_entry(entry)])
                item.setData(0, ROLE, entry.first)
                item.setData(0, ENTRY_ROLE, entry)
                item.setToolTip(0, self._tooltip(entry))
                items.append(item)
                if keep is not None and keep == entry.key():
                    restore = item
            if len(of_kind) > MAX_LISTED:
                more = QTreeWidgetItem([self.tr("… and %n more", "", len(of_kind) - MAX_LISTED)])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                items.append(more)
            group.addChildren(items)
            group.setExpanded(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.tree.setUpdatesEnabled(True)
        errors = sum(counts[kind] for kind in ERROR_KINDS)
        safe = sum(1 for f in self.findings if f.safe and f.kind in ERROR_KINDS)
        parts = [
            self.tr("%n finding(s)", "", errors),
            self.tr("%n safe to fix automatically", "", safe),
        ]
        if counts.get("name"):
            parts.append(self.tr("%n name(s) to verify", "", counts["name"]))
        self.summary.setText(" · ".join(parts))
        self.fix_all_button.setEnabled(safe > 0)
        self._update_buttons()

    # -- describing -----------------------------------------------------------------------
    def _quoted(self, text: str) -> str:
        return self.tr("“%1”", "a quoted piece of the text").replace("%1", text)

    def _mark(self) -> str:
        """The interface's direction mark (RLM or LRM)."""
        return "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"

    def _arrow(self) -> str:
        """The arrow from a text to its fix, held to the interface's direction by marks: between
        two Arabic words an English list would otherwise show it pointing backwards."""
        arrow = self.tr("→", "from the text to its fix; mirrored in right-to-left languages")
        return f"{self._mark()}{arrow}{self._mark()}"

    def _run_name(self, run: Run) -> str:
        if run.what == SPACE:
            return self.tr("%n space(s)", "", run.count)
        if run.what == NO_BREAK_SPACE:
            return self.tr("%n no-break space(s)", "", run.count)
        if run.what == MARK:
            return self.tr("%n invisible mark(s)", "", run.count)
        return self.tr("%n blank character(s)", "", run.count)

    def describe_change(self, text: str, fix: str | None) -> str:
        """``text → fix`` as the entry shows it; invisible changes in words (remembered: a
        long article repeats the same few spacing fixes hundreds of times)."""
        key = (text, fix)
        described = self._described.get(key)
        if described is None:
            if len(self._described) > 20_000:
                self._described.clear()
            described = self._described[key] = self._describe_change(text, fix)
        return described

    def _describe_change(self, text: str, fix: str | None) -> str:
        arrow = self._arrow()
        change = describe_change(text, fix)
        if change is None:
            shown = text.strip() or text
            return f"{shown} {arrow} {fix.strip() or fix}" if fix else shown
        mark = self._quoted(change.mark)
        old, new = change.old, change.new
        if change.action == "invisible" and old is not None:
            return self._run_name(old)
        if change.action == "delete" and old is not None:
            if old.what == SPACE:
                return self.tr("Remove %n space(s)", "", old.count)
            return self.tr("Remove: %1").replace("%1", self._run_name(old))
        if change.action == "replace" and old is not None and new is not None:
            return f"{self._run_name(old)} {arrow} {self._run_name(new)}"
        if change.action == "remove-before":
            return self.tr("Remove the space before %1").replace("%1", mark)
        if change.action == "remove-after":
            return self.tr("Remove the space after %1").replace("%1", mark)
        if change.action == "add-before":
            return self.tr("Add a space before %1").replace("%1", mark)
        if change.action == "add-after":
            return self.tr("Add a space after %1").replace("%1", mark)
        if change.action == "move-after":
            return self.tr("Move the space after %1").replace("%1", mark)
        if change.action == "move-before":
            return self.tr("Move the space before %1").replace("%1", mark)
        return self.tr("Correct the spacing in %1").replace("%1", mark)

    def _where(self, finding: Finding) -> str:
        if finding.field:
            return self.field_names.get(finding.field, finding.field)
        return self.tr("line %1").replace("%1", str(finding.line))

    def locations(self, entry: Entry) -> str:
        """Where the entry's findings are: "line 3", "Title", "lines 3, 7, 12"."""
        fields = list(
            dict.fromkeys(self.field_names.get(f.field, f.field) for f in entry.findings if f.field)
        )
        lines = list(dict.fromkeys(f.line for f in entry.findings if not f.field))
        parts = list(fields)
        if len(lines) == 1:
            parts.append(self.tr("line %1").replace("%1", str(lines[0])))
        elif lines:
            shown = [str(line) for line in lines[:MAX_LOCATIONS]]
            if len(lines) > MAX_LOCATIONS:
                shown.append("…")
            separator = self.tr(", ", "between line numbers")
            parts.append(self.tr("lines %1").replace("%1", separator.join(shown)))
        return self.tr(", ", "between line numbers").join(parts)

    def describe_entry(self, entry: Entry) -> str:
        """Two lines: the text (×count) and its fix; then where, and why."""
        finding = entry.first
        fix = None if entry.kind == "name" else finding.fix
        what = self.describe_change(finding.text, fix)
        if len(entry.findings) > 1:
            count = self.tr("×%1", "how many times a word occurs").replace(
                "%1", str(len(entry.findings))
            )
            what = f"{finding.text}{self._mark()} {count}" + (
                f" {self._arrow()} {fix}" if fix else ""
            )
        why = finding.message_for(self.language)
        return f"{what}\n{self.locations(entry)} — {why}"

    def _tooltip(self, entry: Entry) -> str:
        finding = entry.first
        lines = [finding.message_for(self.language)]
        others = [s for s in finding.suggestions if s != finding.fix]
        if others and entry.kind != "name":
            lines.append(self.tr("Other suggestions: %1").replace("%1", "، ".join(others[:5])))
        return "\n".join(lines)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for finding in self.findings:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
        return counts

    # -- interaction ----------------------------------------------------------------------
    def current_entry(self) -> Entry | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _item_clicked(self, item: QTreeWidgetItem) -> None:
        # A single click may also activate the item (a style hint); jump only once for it.
        self._clicked = item
        QTimer.singleShot(0, self._forget_click)
        self.jump(item)

    def _forget_click(self) -> None:
        self._clicked = None

    def _item_activated(self, item: QTreeWidgetItem) -> None:
        if item is not self._clicked:
            self.jump(item)

    def jump(self, item: QTreeWidgetItem) -> Finding | None:
        """Show the entry's first occurrence, or its next one when it was just shown."""
        entry: Entry | None = item.data(0, ENTRY_ROLE)
        if entry is None:
            return None
        key = entry.key()
        index = 0
        if self._last_jump is not None and self._last_jump[0] == key:
            index = (self._last_jump[1] + 1) % len(entry.findings)
        self._last_jump = (key, index)
        finding = entry.findings[index]
        self.activated.emit(finding)
        return finding

    def fix_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.fixable():
            self.fix_requested.emit(entry.first)

    def ignore_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.ignore_requested.emit(list(entry.findings))

    def ignore_all_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.is_word:
            self.ignore_all_requested.emit(entry.first)

    def add_current_to_dictionary(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.is_word:
            self.add_word_requested.emit(entry.first)

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None or item.data(0, ENTRY_ROLE) is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        for button in (
            self.fix_button,
            self.ignore_button,
            self.ignore_all_button,
            self.add_word_button,
        ):
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _update_buttons(self, *_: object) -> None:
        entry = self.current_entry()
        self.fix_button.setEnabled(entry is not None and entry.fixable())
        self.ignore_button.setEnabled(entry is not None)
        self.ignore_all_button.setEnabled(entry is not None and entry.is_word)
        self.add_word_button.setEnabled(entry is not None and entry.is_word)
