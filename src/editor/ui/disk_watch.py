"""Noticing when another program changes the open file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..core.file_state import Fingerprint

# Editors that save atomically replace the file; the new one is watched after this pause.
REWATCH_MS = 200


class DiskWatch(QObject):
    """Watches one file and remembers the version Midad last read or wrote."""

    changed_outside = Signal(Path)  # its content now differs from that version

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._known: Fingerprint | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)

    def track(self, path: Path | None) -> None:
        """Watch ``path`` as it is on disk now (None: nothing to watch, e.g. an import)."""
        self.path = Path(path) if path is not None else None
        self.accept_current()
        self._rewatch()

    def accept_current(self) -> None:
        """Take the file as it is now as known (the user chose to keep their version)."""
        self._known = Fingerprint.of(self.path) if self.path is not None else None

    def differs(self, path: Path) -> bool:
        """Whether ``path`` (the tracked file) changed since Midad last read or wrote it."""
        if self._known is None or self.path is None or Path(path) != self.path:
            return False
        now = Fingerprint.of(path)
        return now is not None and not self._known.same_content(now)

    def _rewatch(self) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if self.path is not None and self.path.exists():
            self._watcher.addPath(str(self.path))

    def _file_changed(self, changed: str) -> None:
        if self.path is None or Path(changed) != self.path:
            return
        QTimer.singleShot(REWATCH_MS, self._rewatch)
        if self.differs(self.path):
            self.changed_outside.emit(self.path)
