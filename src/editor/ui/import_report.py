"""Shows what an import found and what it removed, so nothing disappears silently."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ..core.bidi import isolate_auto
from ..core.importing.result import ImportResult, Removal
from ..core.notices import Notice
from .core_messages import core_text


def _fill(template: str, *values: str) -> str:
    """Replace %1, %2… in one pass (a value that contains "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], template)


def _wrap_lines(listing: QListWidget) -> None:
    """Long lines wrap inside the list instead of running off to a horizontal scroll bar."""
    listing.setWordWrap(True)
    listing.setTextElideMode(Qt.TextElideMode.ElideNone)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListWidget.ResizeMode.Adjust)


class ImportReportDialog(QDialog):
    def __init__(self, result: ImportResult, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Imported “%1”.").replace("%1", isolate_auto(source))))
        self.found = QListWidget()
        for key, value in result.found().items():
            if value:
                shown = "، ".join(value) if isinstance(value, list) else str(value)
                self.found.addItem(f"{self._field_name(key)}: {shown}")
        layout.addWidget(QLabel(self.tr("Found")))
        layout.addWidget(self.found, 1)
        self.removed = QListWidget()
        for removal in result.removed:
            where = self.tr("line %1").replace("%1", str(removal.line)) if removal.line else ""
            quoted = self.tr("“%1” — %2")  # the removed line, then why
            what = _fill(quoted, removal.text, self._reason(removal))
            self.removed.addItem(f"{where} {what}".strip())
        layout.addWidget(QLabel(self.tr("Removed (%n line(s))", "", len(result.removed))))
        layout.addWidget(self.removed, 3)
        for note in result.notes:
            label = QLabel(core_text(note))
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        for listing in (self.found, self.removed):
            _wrap_lines(listing)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Wide enough for the longest line, tall enough for the lists, within the screen."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen else QSize(1280, 800)
        metrics = self.fontMetrics()
        lines = [
            listing.item(i).text()
            for listing in (self.found, self.removed)
            for i in range(listing.count())
        ]
        longest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        width = min(max(560, longest + 80), int(room.width() * 0.8))
        rows = self.found.count() + self.removed.count()
        height = min(
            max(420, self.sizeHint().height() + rows * metrics.lineSpacing()),
            int(room.height() * 0.85),
        )
        return QSize(width, height)

    def _field_name(self, key: str) -> str:
        names = {
            "title": self.tr("Title"),
            "author": self.tr("Author"),
            "date": self.tr("Date"),
            "tags": self.tr("Tags"),
            "category": self.tr("Category"),
            "subtitle": self.tr("Subtitle"),
        }
        return names.get(key, key)

    def _reason(self, removal: Removal) -> str:
        """Why a line went: its reason translated, else a description of its kind."""
        reasons = {
            "share": self.tr("share/print/email widget"),
            "follow": self.tr("follow/subscribe widget"),
            "comments": self.tr("comment form or comment widget"),
            "comment_notice": self.tr("comment form notice"),
            "navigation": self.tr("navigation link"),
            "menu": self.tr("navigation menu"),
            "breadcrumb": self.tr("breadcrumb navigation"),
            "related": self.tr("“read also”/related links"),
            "copyright": self.tr("copyright/site footer"),
            "ads": self.tr("advertisement marker"),
            "tags": self.tr("tag line"),
            "category": self.tr("category line"),
            "media_credit": self.tr("picture credit (the picture itself is not in the paste)"),
            "apps": self.tr("app or download promotion"),
            "timestamps": self.tr("relative time or reading time"),
            "counter": self.tr("stray number (a share or comment counter?)"),
            "decoration": self.tr("no words (decoration or stray symbols)"),
            "duplicate": self.tr("repeats the title, byline, date or section already found"),
        }
        if isinstance(removal.reason, Notice):  # the core's exact reason
            return core_text(removal.reason)
        return reasons.get(removal.kind, removal.reason)  # a vocabulary's reason: by its kind
