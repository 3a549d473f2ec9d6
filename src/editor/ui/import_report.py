"""Shows what an import found and what it removed, so nothing disappears silently."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ..core.importing.result import ImportResult


class ImportReportDialog(QDialog):
    def __init__(self, result: ImportResult, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Imported “%1”.").replace("%1", source)))
        self.found = QListWidget()
        for key, value in result.found().items():
            if value:
                shown = "، ".join(value) if isinstance(value, list) else str(value)
                self.found.addItem(f"{self._field_name(key)}: {shown}")
        layout.addWidget(QLabel(self.tr("Found")))
        layout.addWidget(self.found)
        self.removed = QListWidget()
        for removal in result.removed:
            where = self.tr("line %1").replace("%1", str(removal.line)) if removal.line else ""
            self.removed.addItem(f"{where} “{removal.text}” — {removal.reason}".strip())
        layout.addWidget(QLabel(self.tr("Removed (%n line(s))", "", len(result.removed))))
        layout.addWidget(self.removed)
        for note in result.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _field_name(self, key: str) -> str:
        names = {"title": self.tr("Title"), "author": self.tr("Author"), "date": self.tr("Date"),
                 "tags": self.tr("Tags"), "category": self.tr("Category"),
                 "subtitle": self.tr("Subtitle")}
        return names.get(key, key)
