"""The newsroom's shared word list in the window: noticing its changes, choosing it in Settings.

The list itself (editor.core.proofing.TeamDictionary) is read by the proofreader in its worker
thread; here a file-system watcher only says "look again", so typing never waits for a share.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.proofing.wordlists import TEAM_LIST_SUFFIX
from ..file_dialogs import folder_name, open_file_name

logger = logging.getLogger(__name__)

# Saves come in bursts (a sync client writes, renames, touches); look once they settle.
SETTLE_MS = 500


class TeamDictionaryWatcher(QObject):
    """Watches a team dictionary file (and its folder, for an atomic save) or folder."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._noticed)
        self._watcher.directoryChanged.connect(self._noticed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    def watch(self, path: str) -> None:
        """Watch ``path`` ("" for nothing)."""
        self.path = Path(path).expanduser() if path.strip() else None
        self._rewatch()

    def watched(self) -> list[str]:
        return [*self._watcher.files(), *self._watcher.directories()]

    def _rewatch(self) -> None:
        if self.watched():
            self._watcher.removePaths(self.watched())
        if self.path is None:
            return
        wanted = []
        try:
            if self.path.is_dir():
                wanted.append(self.path)
                wanted += [p for p in self.path.iterdir() if p.suffix.lower() == TEAM_LIST_SUFFIX]
            else:
                # A file replaced by an atomic save is a new file: its folder sees the rename.
                wanted += [p for p in (self.path, self.path.parent) if p.exists()]
        except OSError as exc:  # unreadable: the proofreader says why; its next check looks again
            logger.info("Cannot watch the team dictionary %s: %s", self.path, exc)
        if wanted:
            self._watcher.addPaths([str(p) for p in wanted])

    def _noticed(self, _path: str) -> None:
        self._settle.start()

    def _settled(self) -> None:
        self._rewatch()  # new files in the folder, a file saved by a rename
        self.changed.emit()


class TeamDictionarySettings(QWidget):
    """The Settings tab for word lists: where the team dictionary is, and the manager."""

    def __init__(
        self,
        path: str,
        open_dictionaries: Callable[[str, QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_dictionaries = open_dictionaries
        group = QGroupBox(self.tr("Team dictionary"))
        explanation = QLabel(
            self.tr(
                "A word list your newsroom keeps in one shared place: a text file with one word a "
                "line, or a folder of such files. Its words are never marked as misspelled, and "
                "Midad reads it again when it changes."
            )
        )
        explanation.setWordWrap(True)
        self.path_edit = QLineEdit(path)
        self.path_edit.setPlaceholderText(self.tr("No team dictionary"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads so
        self.choose_file_button = QPushButton(self.tr("Choose File…"))
        self.choose_file_button.clicked.connect(self.choose_file)
        self.choose_folder_button = QPushButton(self.tr("Choose Folder…"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_file_button)
        row.addWidget(self.choose_folder_button)
        form = QFormLayout(group)
        form.addRow(explanation)
        form.addRow(self.tr("File or folder"), row)
        form.addRow(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        self.manage_button = QPushButton(self.tr("Manage Dictionaries…"))
        self.manage_button.setToolTip(
            self.tr("Your personal dictionary: search, remove, import and export words")
        )
        self.manage_button.clicked.connect(self._manage)
        self.manage_button.setVisible(open_dictionaries is not None)
        layout.addWidget(self.manage_button)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._update_note)
        self._update_note()

    def path(self) -> str:
        return self.path_edit.text().strip()

    def choose_file(self) -> None:
        path = open_file_name(
            self,
            self.tr("Team Dictionary File"),
            self._start_folder(),
            self.tr("Word lists (*.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def choose_folder(self) -> None:
        path = folder_name(self, self.tr("Team Dictionary Folder"), self._start_folder())
        if path:
            self.path_edit.setText(path)

    def _start_folder(self) -> str:
        current = Path(self.path()).expanduser() if self.path() else None
        if current is None:
            return ""
        return str(current if current.is_dir() else current.parent)

    def _update_note(self) -> None:
        path = Path(self.path()).expanduser() if self.path() else None
        self.note.setText(
            self.tr("This file or folder does not exist.")
            if path is not None and not path.exists()
            else ""
        )
        self.note.setVisible(bool(self.note.text()))

    def _manage(self) -> None:
        if self._open_dictionaries is not None:
            self._open_dictionaries(self.path(), self.window())
