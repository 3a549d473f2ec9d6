"""Crash-recovery journal: the unsaved text of each open document, kept in the user state dir.

Each open document owns one journal file, rewritten (atomically, so never torn) a moment after
typing stops, and one lock file held open while the program runs. A journal whose lock can be
taken belongs to a process that is gone, so it is offered for recovery at the next start.
A clean close removes both files.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import logging
import os
import stat
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import platformdirs

from .fileio import atomic_write

logger = logging.getLogger(__name__)
JOURNAL_VERSION = 1


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def journal_dir() -> Path:
    return Path(platformdirs.user_state_dir("midad", appauthor=False)) / "journal"


def private_folder(folder: Path) -> None:
    """Create ``folder`` readable by its owner only (and tighten one made by older versions)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    try:
        if stat.S_IMODE(folder.stat().st_mode) & 0o077:
            folder.chmod(PRIVATE_FOLDER)
    except OSError as exc:  # a folder we do not own: the files stay private all the same
        logger.warning("Cannot make the journal folder %s private: %s", folder, exc)


@dataclass(frozen=True)
class JournalEntry:
    """An orphaned journal found at start-up."""

    journal_path: Path
    document_path: Path | None  # the file the text belongs to; None for a never-saved document
    display_name: str
    saved_at: _dt.datetime
    text: str  # the whole native article text (front matter + body)

    def age(self, now: _dt.datetime | None = None) -> _dt.timedelta:
        return (now or _dt.datetime.now(_dt.UTC)) - self.saved_at


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DocumentJournal:
    """The journal of one open document, owned by this process."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or journal_dir()
        private_folder(self.folder)
        self.id = uuid.uuid4().hex
        self.path = self.folder / f"{self.id}.json"
        self._lock_path = self.folder / f"{self.id}.lock"
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        # Held open for the document's life; private like the journal.
        self._lock = os.fdopen(os.open(self._lock_path, flags, PRIVATE_FILE), "wb")
        if not _try_lock(self._lock):
            logger.warning(
                "Cannot lock the recovery journal %s: another Midad may offer to "
                "recover it while this one runs",
                self._lock_path,
            )

    def write(self, text: str, document_path: Path | None, display_name: str) -> None:
        record = {
            "version": JOURNAL_VERSION,
            "pid": os.getpid(),
            "document_path": str(document_path) if document_path else None,
            "display_name": display_name,
            "saved_at": _dt.datetime.now(_dt.UTC).isoformat(),
            "text": text,
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        atomic_write(self.path, data, mode=PRIVATE_FILE)  # unsaved text: the user's eyes only

    def clear(self) -> None:
        """The document was saved or its changes discarded: nothing to recover."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        """Clean close: remove the journal and release the lock."""
        self.clear()
        self._lock.close()
        with contextlib.suppress(FileNotFoundError):
            self._lock_path.unlink()


def find_orphans(folder: Path | None = None) -> list[JournalEntry]:
    """Journals left by processes that are gone, newest first. Unreadable ones are skipped."""
    folder = folder or journal_dir()
    entries = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        lock_path = path.with_suffix(".lock")
        if lock_path.exists():
            with open(lock_path, "ab") as handle:
                if not _try_lock(handle):
                    continue  # its process is still running
        entry = _read_entry(path)
        if entry is not None:
            entries.append(entry)
    if entries:
        logger.info("Found %d recovery journal(s) of closed sessions in %s", len(entries), folder)
    return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)


def _read_entry(path: Path) -> JournalEntry | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        saved_at = _dt.datetime.fromisoformat(record["saved_at"])
        document = record.get("document_path")
        return JournalEntry(
            path,
            Path(document) if document else None,
            str(record.get("display_name") or ""),
            saved_at,
            str(record["text"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.warning("Skipping the unreadable recovery journal %s: %r", path, exc)
        return None


def discard(entry: JournalEntry) -> None:
    """Forget an orphan (after it was recovered and taken over, or the user declined)."""
    for path in (entry.journal_path, entry.journal_path.with_suffix(".lock")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
