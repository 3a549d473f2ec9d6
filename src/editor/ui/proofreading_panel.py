"""The proofreading panel: every finding of the article, grouped by kind, with fixes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.proofing import KINDS, ArticleCheck, Finding

_ROLE = Qt.ItemDataRole.UserRole
# Listing thousands of rows would stall the window on every re-check of a long article.
MAX_LISTED = 500


class ProofreadingPanel(QWidget):
    activated = Signal(object)  # Finding: select it in the editor or the metadata form
    fix_requested = Signal(object)
    ignore_requested = Signal(object)
    fix_all_requested = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.findings: list[Finding] = []
        self.kind_names = {"spelling": self.tr("Spelling"), "typography": self.tr("Typography"),
                           "style": self.tr("Style"), "name": self.tr("Names to verify")}
        self.field_names = {"title": self.tr("Title"), "subtitle": self.tr("Subtitle"),
                            "summary": self.tr("Summary"), "tags": self.tr("Tags"),
                            "category": self.tr("Category"), "author": self.tr("Author")}
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.filter.addItem(self.kind_names[kind], kind)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()  # the outcome of the last command (e.g. "12 fixes applied")
        self.notice.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.fix_all_button = QPushButton(self.tr("Fix All Safe"))
        self.fix_all_button.setToolTip(self.tr(
            "Apply every fix that needs no judgement, as one step you can undo"))
        buttons = QHBoxLayout()
        for button in (self.fix_button, self.ignore_button, self.fix_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        self.filter.currentIndexChanged.connect(self._rebuild)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.fix_button.clicked.connect(lambda: self._emit_current(self.fix_requested))
        self.ignore_button.clicked.connect(lambda: self._emit_current(self.ignore_requested))
        self.fix_all_button.clicked.connect(self.fix_all_requested)
        self._update_buttons()

    # -- content --------------------------------------------------------------------------
    def show_check(self, check: ArticleCheck) -> None:
        self.findings = [*check.metadata, *check.body]
        self._rebuild()

    def remove(self, finding: Finding) -> None:
        """Take one finding off the list (ignored until the next full check)."""
        self.findings = [f for f in self.findings if f is not finding]
        self._rebuild()

    def show_message(self, message: str) -> None:
        self.notice.setText(message)

    def _rebuild(self) -> None:
        wanted = self.filter.currentData()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        counts = dict.fromkeys(KINDS, 0)
        for finding in self.findings:
            counts[finding.kind] += 1
        for kind in KINDS:
            if wanted and kind != wanted:
                continue
            group = QTreeWidgetItem([f"{self.kind_names[kind]} ({counts[kind]})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            of_kind = [f for f in self.findings if f.kind == kind]
            items = []
            for finding in of_kind[:MAX_LISTED]:
                item = QTreeWidgetItem([self._describe(finding)])
                item.setData(0, _ROLE, finding)
                item.setToolTip(0, finding.message_for(self.language))
                items.append(item)
            if len(of_kind) > MAX_LISTED:
                more = QTreeWidgetItem([self.tr("… and %n more", "", len(of_kind) - MAX_LISTED)])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                items.append(more)
            group.addChildren(items)
            group.setExpanded(True)
        self.tree.setUpdatesEnabled(True)
        total = sum(counts.values())
        safe = sum(1 for f in self.findings if f.safe)
        self.summary.setText(self.tr("%n finding(s)", "", total) + " · " +
                             self.tr("%n safe to fix automatically", "", safe))
        self.fix_all_button.setEnabled(safe > 0)
        self._update_buttons()

    def _describe(self, finding: Finding) -> str:
        where = self.field_names.get(finding.field or "", finding.field or "") if finding.field \
            else self.tr("line %1").replace("%1", str(finding.line))
        # The arrow points from the text to its fix: the other way in a right-to-left UI.
        arrow = self.tr("→", "from the text to its fix; mirrored in right-to-left languages")
        fix = f" {arrow} {finding.fix}" if finding.fix else ""
        return f"{finding.text}{fix} — {finding.message_for(self.language)} ({where})"

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for f in self.findings if f.kind == kind) for kind in KINDS}

    # -- interaction ----------------------------------------------------------------------
    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, _ROLE) if item is not None else None

    def _activate(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, _ROLE)
        if finding is not None:
            self.activated.emit(finding)

    def _emit_current(self, signal: Signal) -> None:
        finding = self.current_finding()
        if finding is not None:
            signal.emit(finding)

    def _update_buttons(self, *_: object) -> None:
        finding = self.current_finding()
        self.fix_button.setEnabled(finding is not None and bool(finding.suggestions))
        self.ignore_button.setEnabled(finding is not None)
