"""Where Midad's diagnostics go: a rotating log file in the platform's log folder, and stderr
with ``--debug``.

Modules log through ``logging.getLogger(__name__)``; the window's start-up (editor.app) and the
command line (editor.cli.main) call :func:`configure_logging` once. No Qt here: the command line
and the core use it too.

The file gets warnings and errors (with ``--debug``, everything Midad logs). It can hold file
paths, so on POSIX the folder is private (0700) and the files are 0600. Article text is never
logged at INFO or above.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Midad"
LOG_FILE_NAME = "midad.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # midad.log.1 … midad.log.3: at most about 4 MB
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"

_OWN = "_midad_handler"  # marks the handlers configure_logging installed
_POSIX = os.name == "posix"
logger = logging.getLogger(__name__)


def log_dir() -> Path:
    """The platform's log folder for Midad (e.g. ~/.local/state/Midad/log on Linux)."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose every file (the first and each after a rollover) is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if _POSIX:
            os.fchmod(fd, 0o600)  # a file made earlier by someone else's umask
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(folder, 0o700)


def remove_handlers() -> None:
    """Undo configure_logging: close and remove its handlers (tests call this between tests)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OWN, False)]:
        root.removeHandler(handler)
        handler.close()
    logging.getLogger("editor").setLevel(logging.NOTSET)


def _install(handler: logging.Handler, level: int) -> None:
    setattr(handler, _OWN, True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)


def configure_logging(debug: bool = False, to_file: bool = True) -> Path | None:
    """Send log records to the log file (WARNING and above; everything with ``debug``) and,
    with ``debug``, to stderr as well. Calling it again replaces what an earlier call set up.

    Returns the log file, or None when there is none (not wanted, or it could not be opened:
    then warnings go to stderr instead, so they are not lost).
    """
    remove_handlers()
    level = logging.DEBUG if debug else logging.WARNING
    # Midad's own loggers say everything with --debug; other libraries stay at WARNING.
    logging.getLogger("editor").setLevel(logging.DEBUG if debug else logging.NOTSET)
    path: Path | None = None
    problem: OSError | None = None
    if to_file:
        try:
            _private_folder(log_dir())
            _install(
                PrivateRotatingFileHandler(
                    log_file(), maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
                ),
                level,
            )
            path = log_file()
        except OSError as exc:
            problem = exc
    if debug or problem is not None:
        _install(logging.StreamHandler(sys.stderr), level)
    if problem is not None:
        logger.warning("Cannot write the log file in %s: %s", log_dir(), problem)
    if logger.isEnabledFor(logging.DEBUG):  # platform.platform() takes ~20 ms: not for nothing
        import platform

        logger.debug(
            "Midad %s, Python %s, %s; log file: %s",
            _version(),
            platform.python_version(),
            platform.platform(),
            path,
        )
    return path


def current_log_file() -> Path | None:
    """The file configure_logging writes to, or None when it writes none."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _OWN, False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def _version() -> str:
    from . import __version__

    return __version__
