"""One exception family for everything a user can cause: bad files, unreadable paths, failed saves.

Each error keeps its message template and parameters apart, so the UI can translate the template
and the command line can print it as it is. What does not stop anything (a warning, an import
note) is a Notice, built the same way (notices.py); a parameter may be a Notice itself.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any


class ArticleError(Exception):
    """An error whose message is fit to show a user as it is (no traceback needed)."""

    template = "{detail}"

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class FileAccessError(ArticleError):
    """The file is missing, a folder, or not readable/writable."""


class NotTextError(ArticleError):
    """The bytes are not text in any encoding we accept (binary data, an archive, an image)."""


class SaveError(ArticleError):
    """Writing failed; the previous version of the file is untouched."""


class UnexpectedError(ArticleError):
    """A bug met while doing what the user asked (opening, importing, exporting a file): the
    message says what failed and that the log holds the details; the traceback is logged where
    it is raised. The command line exits 1 for it, as for any bug; the window shows it."""


@contextlib.contextmanager
def bugs_as_errors(
    log: logging.Logger, what: str, error: Callable[[str], UnexpectedError]
) -> Iterator[None]:
    """The boundary of a user's command: an exception outside the family raised in the block
    (a bug) is logged with its traceback under ``what`` and raised as ``error(problem)``, one
    line the user can read; the family's own errors pass through."""
    try:
        yield
    except ArticleError:
        raise
    except Exception as exc:
        log.exception("%s failed unexpectedly", what)
        raise error(problem_text(exc)) from exc


def problem_text(exc: BaseException) -> str:
    """What went wrong, on one short line: ``ValueError: …`` (for UnexpectedError)."""
    reason = " ".join(str(exc).split())
    if len(reason) > 200:
        reason = reason[:199] + "…"
    return f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__
