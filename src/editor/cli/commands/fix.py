"""`midad fix FILE --safe [-o OUT]`: apply every safe proofreading fix, atomically."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from ...core.article import encode_text
from ...core.errors import ArticleError
from ...core.fileio import atomic_write
from ...core.proofing import fix_safe
from .check import add_settings_arguments, proofreader_from_args, read_text

logger = logging.getLogger(__name__)

NAME = "fix"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="apply the safe proofreading fixes to an article",
        description="Apply every fix `midad check` marks as safe. Without -o the file is "
        "rewritten in place (atomically). Running it again changes nothing.",
    )
    parser.add_argument("file", help="article (.md) or text file")
    parser.add_argument(
        "--safe", action="store_true", help="apply the safe fixes (required: the only mode for now)"
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the result here instead")
    add_settings_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.safe:
        raise ArticleError("Say --safe: only the safe fixes can be applied without asking.")
    proofreader = proofreader_from_args(args)
    decoded = read_text(args.file)
    result = fix_safe(decoded.text, proofreader)
    if proofreader.spelling_warning:
        print(f"midad: {proofreader.spelling_warning}", file=sys.stderr)
    target = args.output or args.file
    if result.text != decoded.text or args.output:
        atomic_write(
            target,
            encode_text(result.text, decoded.newline, decoded.bom and decoded.encoding == "utf-8"),
        )
        if decoded.encoding not in ("utf-8",):
            print(
                f"midad: the file was read as {decoded.encoding}; it was written as UTF-8.",
                file=sys.stderr,
            )
    count = len(result.applied)
    logger.debug(
        "Fixed %s (%s): %d safe fix(es), written to %s",
        args.file,
        decoded.encoding,
        count,
        target if result.text != decoded.text or args.output else "nothing",
    )
    print(
        f"{count} fix{'es' if count != 1 else ''} applied"
        + (f"; written to {target}" if result.text != decoded.text or args.output else "")
    )
    return 0
