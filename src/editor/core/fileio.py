"""Reading bytes and writing them atomically.

A save must never leave a half-written article: we write a temporary file in the same folder,
fsync it, and rename it over the target, so the old file stays whole until the new one is.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from .errors import FileAccessError, SaveError

logger = logging.getLogger(__name__)

# Articles are small; anything this large is not an article and would only freeze the editor.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a whole file, turning OS errors into messages fit for a user."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise FileAccessError("“{path}” is a folder, not a file.", path=str(p))
        if size > limit:
            raise FileAccessError(
                "“{path}” is too large to be an article ({size} MB).",
                path=str(p),
                size=size // (1024 * 1024),
            )
        with p.open("rb") as handle:
            data = handle.read(limit + 1)[:limit]
    except OSError as exc:
        logger.info("Cannot read %s: %s", p, exc)
        if isinstance(exc, FileNotFoundError):
            raise FileAccessError("“{path}” does not exist.", path=str(p)) from None
        if isinstance(exc, PermissionError):
            raise FileAccessError(
                "You do not have permission to read “{path}”.", path=str(p)
            ) from None
        if isinstance(exc, IsADirectoryError):
            raise FileAccessError("“{path}” is a folder, not a file.", path=str(p)) from None
        raise FileAccessError(
            "“{path}” could not be read: {reason}.", path=str(p), reason=exc.strerror or exc
        ) from None
    logger.debug("Read %s (%d bytes)", p, len(data))
    return data


# atomic_write's temporary files: ".NAME.XXXXXXXX.tmp" (tempfile.mkstemp's 8 random
# characters). One older than this was left by a killed save (a save takes well under a second).
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
STALE_TEMPORARY_SECONDS = 30.0


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files of our own pattern that a killed save left in ``folder``;
    returns them. Never raises: an unreadable folder just keeps its leftovers."""
    removed = []
    deadline = time.time() - STALE_TEMPORARY_SECONDS
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not _TEMPORARY.match(entry.name) or not entry.is_file(follow_symlinks=False):
                    continue
                if entry.stat(follow_symlinks=False).st_mtime < deadline:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    except OSError as exc:
        logger.debug("Cannot clean temporary files in %s: %s", folder, exc)
    for path in removed:
        logger.info("Removed %s, left by an interrupted save", path)
    return removed


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: str | os.PathLike[str], data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` atomically; on any failure the old file is left untouched.

    Symbolic links are followed, so the link stays a link and its target gets the new content.
    Permissions of an existing file are kept, unless ``mode`` is given (a private file).
    Returns the path actually written.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        if mode is None:
            mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    except OSError as exc:
        logger.warning("Cannot save %s: %s", path, exc)
        raise SaveError(
            "“{path}” could not be saved: {reason}.", path=str(path), reason=exc.strerror or exc
        ) from None

    remove_stale_temporaries(folder)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        logger.warning("Cannot save %s (written through %s): %s", path, target, exc)
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileNotFoundError) and not folder.exists():
            reason = "the folder does not exist"
        raise SaveError(
            "“{path}” could not be saved: {reason}. The previous version is unchanged.",
            path=str(path),
            reason=reason,
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    logger.debug("Saved %s (%d bytes)", target, len(data))
    return target


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible everywhere (e.g. Windows): best effort.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        logger.debug("Cannot open %s to make a rename durable: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        logger.debug("Cannot fsync %s: %s", folder, exc)
    finally:
        os.close(fd)
