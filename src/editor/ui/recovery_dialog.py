"""Offered at start-up after a crash: the unsaved documents found in the journal."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.journal import JournalEntry


class RecoveryDialog(QDialog):
    """Lists orphaned journals; the checked ones are recovered, the others discarded.

    Ends Accepted (Recover), Rejected (Ask Me Later: the journals stay) or DISCARDED (Discard
    All, confirmed: every listed journal is to be removed).
    """

    DISCARDED = 2

    def __init__(self, entries: list[JournalEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.setWindowTitle(self.tr("Recover unsaved work"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Midad closed without saving these articles. Check the ones to recover; "
                    "recovered articles open unsaved so you can review them before saving."
                )
            )
        )
        self.list = QListWidget()
        for entry in entries:
            # A path keeps its left-to-right order inside a right-to-left line (a bidi isolate).
            where = (
                f"\u2066{entry.document_path}\u2069"
                if entry.document_path
                else self.tr("never saved")
            )
            item = QListWidgetItem(
                f"{entry.display_name} — {self.describe_age(entry.age())}\n{where}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.recover_button = buttons.addButton(
            self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Ask Me Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Discard All"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.clicked.connect(self._discard)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _discard(self) -> None:
        if self.confirm_discard():
            self.done(self.DISCARDED)

    def confirm_discard(self) -> bool:
        """Asked before Discard All (tests patch it)."""
        return self.discard_question().exec() == QMessageBox.StandardButton.Yes

    def discard_question(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard unsaved work"),
            self.tr(
                "Discard the unsaved work of %n article(s)? It cannot be recovered afterwards.",
                "",
                len(self.entries),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def describe_age(self, age: _dt.timedelta) -> str:
        minutes = int(age.total_seconds() // 60)
        if minutes < 1:
            return self.tr("less than a minute ago")
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("%n hour(s) ago", "", hours)
        return self.tr("%n day(s) ago", "", hours // 24)

    def chosen(self) -> list[JournalEntry]:
        return [
            entry
            for index, entry in enumerate(self.entries)
            if self.list.item(index).checkState() == Qt.CheckState.Checked
        ]

    def declined(self) -> list[JournalEntry]:
        return [entry for entry in self.entries if entry not in self.chosen()]
