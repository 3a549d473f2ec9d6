"""Entry point of the `midad` command.

`midad` or `midad FILE` starts the window; `midad COMMAND ...` runs a headless job.
Every user error (missing file, bad input) is one line on stderr and exit code 2, no traceback.
An unexpected error (a bug) is one line on stderr too; its traceback goes to the log file.
``--debug``, anywhere before a ``--``, logs everything to stderr and the log file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .. import __version__
from ..core.errors import ArticleError, UnexpectedError
from ..logsetup import configure_logging, log_file
from .commands import MODULES, load_commands

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1  # what an uncaught Python exception has always exited with

_EPILOG = """\
Run `midad` alone, or `midad FILE`, to open the editor window.

exit codes:
  0  success (for `check`: no findings)
  1  `check` found problems; or an unexpected error, whose traceback is in the log file
  2  user error: missing or unreadable file, bad input, wrong arguments

log file (warnings and errors; with --debug, given before or after the command, everything,
and to stderr as well):
  {log}
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is 2 as well
        self.exit(EXIT_USER_ERROR, f"midad: {message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``command`` only that command's (what running it needs)."""
    parser = _Parser(
        prog="midad",
        description="Midad (مداد): an article editor for Arabic writers and editors.",
        epilog=_EPILOG.format(log=log_file()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"midad {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="log everything Midad does to stderr and the log file"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in load_commands(command):
        module.register(sub)
    return parser


def _wants_gui(argv: Sequence[str]) -> bool:
    return not argv or (argv[0] not in MODULES and not argv[0].startswith("-"))


def unknown_command(word: str) -> bool:
    """A first word that is neither a command nor a file to open: a mistyped command.

    A word that names an existing file, or looks like a file name (a folder separator or an
    extension, e.g. a new "draft.md"), still opens the window.
    """
    if word in MODULES or word.startswith("-") or os.path.exists(word):
        return False
    return not any(mark in word for mark in ("/", os.sep, "."))


def split_debug(argv: Sequence[str]) -> tuple[bool, list[str]]:
    """Whether ``--debug`` is given (anywhere before a ``--``), and the arguments without it."""
    end = argv.index("--") if "--" in argv else len(argv)
    rest = [a for a in argv[:end] if a != "--debug"] + list(argv[end:])
    return len(rest) != len(argv), rest


def main(argv: Sequence[str] | None = None) -> int:
    debug, argv = split_debug(list(sys.argv[1:] if argv is None else argv))
    if argv and unknown_command(argv[0]):
        print(f"midad: unknown command '{argv[0]}' (see midad --help)", file=sys.stderr)
        return EXIT_USER_ERROR
    if _wants_gui(argv):
        from ..app.launch import launch_gui  # Qt is imported only when a window is wanted

        return launch_gui(argv, debug=debug)
    if argv == ["--version"]:  # answered without loading every subcommand
        print(f"midad {__version__}")
        return EXIT_OK
    args = build_parser(argv[0] if argv else None).parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USER_ERROR
    log_file = configure_logging(debug=debug)
    logger.debug("midad %s", " ".join(argv))
    try:
        return args.run(args)
    except UnexpectedError as exc:  # a bug the core caught and logged with its traceback
        where = f"details in {log_file}" if log_file else "run with --debug for details"
        print(f"midad: {exc} ({where})", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
    except ArticleError as exc:
        logger.info("midad %s: %s", args.command, exc)
        print(f"midad: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        logger.debug("midad %s: interrupted", args.command)
        return 130
    except Exception as exc:  # a bug: one line here, the traceback in the log
        logger.exception("midad %s failed unexpectedly", args.command)
        where = f"details in {log_file}" if log_file else "run with --debug for details"
        reason = " ".join(str(exc).split())  # one line, whatever the message holds
        print(f"midad: internal error ({type(exc).__name__}: {reason}); {where}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
