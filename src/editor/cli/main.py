"""Entry point of the `midad` command.

`midad` or `midad FILE` starts the window; `midad COMMAND ...` runs a headless job.
Every user error (missing file, bad input) is one line on stderr and exit code 2, no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .. import __version__
from ..core.errors import ArticleError
from .commands import MODULES, load_commands

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USER_ERROR = 2

_EPILOG = """\
Run `midad` alone, or `midad FILE`, to open the editor window.

exit codes:
  0  success (for `check`: no findings)
  1  `check` found problems
  2  user error: missing or unreadable file, bad input, wrong arguments
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is 2 as well
        self.exit(EXIT_USER_ERROR, f"midad: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="midad",
        description="Midad (مداد): an article editor for Arabic writers and editors.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"midad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in load_commands():
        command.register(sub)
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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and unknown_command(argv[0]):
        print(f"midad: unknown command '{argv[0]}' (see midad --help)", file=sys.stderr)
        return EXIT_USER_ERROR
    if _wants_gui(argv):
        from ..app.launch import launch_gui  # Qt is imported only when a window is wanted

        return launch_gui(argv)
    if argv == ["--version"]:  # answered without loading every subcommand
        print(f"midad {__version__}")
        return EXIT_OK
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USER_ERROR
    try:
        return args.run(args)
    except ArticleError as exc:
        print(f"midad: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
