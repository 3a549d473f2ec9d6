"""The dictionary manager: the personal dictionary's words (search, remove, import, export) and
a read-only look at the team dictionary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ArticleError
from ...core.proofing import PersonalDictionary, TeamDictionary, export_words, import_words
from ...core.search import fold_arabic
from ..core_messages import core_error_message
from ..file_dialogs import open_file_name, save_file_name
from ..i18n import QT_TRANSLATE_NOOP

WORD_LIST_FILTER = QT_TRANSLATE_NOOP("DictionaryDialog", "Word lists (*.txt);;All files (*)")


def _folded(text: str) -> str:
    """Search form: no tashkeel or tatweel, ا/أ/إ/آ, ى/ي and ة/ه alike (as Find does)."""
    return fold_arabic(text)[0].casefold()


class DictionaryDialog(QDialog):
    """Edits the personal dictionary file directly; says so with ``personal_changed``."""

    personal_changed = Signal()

    def __init__(
        self, personal: PersonalDictionary, team_path: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.personal = personal
        self.team_path = team_path.strip()
        self.setWindowTitle(self.tr("Dictionaries"))
        self.resize(520, 560)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.words = QListWidget()
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.itemSelectionChanged.connect(self._selection_changed)
        self.words.setMinimumHeight(180)
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add the words of a text file (one word a line)"))
        self.import_button.clicked.connect(self.import_from_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the words to a text file, one word a line"))
        self.export_button.clicked.connect(self.export_to_file)

        personal_box = QGroupBox(self.tr("My personal dictionary"))
        column = QVBoxLayout(personal_box)
        column.addWidget(self.search)
        column.addWidget(self.words, 1)
        column.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(personal_box, 3)
        layout.addWidget(self._team_box(), 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._fill()

    # -- the team dictionary (read-only) ----------------------------------------------------
    def _team_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Team dictionary"))
        column = QVBoxLayout(box)
        self.team_words = QListWidget()
        self.team_words.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.team_words.setMaximumHeight(160)
        self.team_summary = QLabel()
        self.team_summary.setWordWrap(True)
        self.team_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.team_summary)
        column.addWidget(self.team_words, 1)
        self.team: TeamDictionary | None = None
        if not self.team_path:
            self.team_summary.setText(
                self.tr("No team dictionary is set. Choose one in Settings ▸ Dictionaries.")
            )
            self.team_words.hide()
            return box
        # A path keeps its left-to-right order inside a right-to-left line (a bidi isolate).
        where = f"\u2066{self.team_path}\u2069"
        try:
            self.team = TeamDictionary(self.team_path)
        except ArticleError as exc:
            self.team_summary.setText(f"{where}\n{core_error_message(exc)}")
            self.team_words.hide()
            return box
        self.team_summary.setText(
            self.tr("%1\n%n word(s), shared by the team (read-only)", "", len(self.team)).replace(
                "%1", where
            )
        )
        self.team_words.addItems(sorted(self.team.words))
        return box

    # -- the personal dictionary ------------------------------------------------------------
    def _fill(self) -> None:
        selected = {item.text() for item in self.words.selectedItems()}
        self.words.clear()
        for word in sorted(self.personal.entries):
            self.words.addItem(word)
            if word in selected:
                self.words.item(self.words.count() - 1).setSelected(True)
        self.count.setText(self.tr("%n word(s)", "", len(self.personal)))
        self._filter()

    def _filter(self) -> None:
        query = _folded(self.search.text().strip())
        for index in range(self.words.count()):
            item = self.words.item(index)
            item.setHidden(bool(query) and query not in _folded(item.text()))
        self._selection_changed()

    def shown_words(self) -> list[str]:
        return [
            self.words.item(i).text()
            for i in range(self.words.count())
            if not self.words.item(i).isHidden()
        ]

    def _selected(self) -> list[str]:
        return [item.text() for item in self.words.selectedItems() if not item.isHidden()]

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self._selected()))

    def remove_selected(self) -> int:
        words = self._selected()
        try:
            removed = sum(self.personal.remove(word) for word in words)
        except ArticleError as exc:
            self.show_error(self.tr("Cannot change the dictionary"), core_error_message(exc))
            removed = 0
        self._fill()
        if removed:
            self.status.setText(self.tr("%n word(s) removed", "", removed))
            self.personal_changed.emit()
        return removed

    def import_from_file(self) -> int | None:
        path = self.choose_import_path()
        if not path:
            return None
        try:
            added = import_words(self.personal, path)
        except ArticleError as exc:
            self.show_error(self.tr("Cannot import"), core_error_message(exc))
            return None
        self._fill()
        self.status.setText(self.tr("%n new word(s) imported", "", added))
        if added:
            self.personal_changed.emit()
        return added

    def export_to_file(self) -> int | None:
        path = self.choose_export_path()
        if not path:
            return None
        try:
            count = export_words(self.personal, path)
        except ArticleError as exc:
            self.show_error(self.tr("Cannot export"), core_error_message(exc))
            return None
        self.status.setText(self.tr("%n word(s) exported", "", count))
        return count

    # -- dialogs (tests patch these) ----------------------------------------------------------
    def choose_import_path(self) -> str:
        return open_file_name(self, self.tr("Import Words"), Path.home(), self.tr(WORD_LIST_FILTER))

    def choose_export_path(self) -> str:
        suggested = str(Path.home() / self.tr("my-dictionary.txt"))
        return save_file_name(self, self.tr("Export Words"), suggested, self.tr(WORD_LIST_FILTER))

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
