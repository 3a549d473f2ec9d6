"""`midad check FILE [--json] [--no-spelling] [--rules ID,...]`: proofread an article."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Any

from ...core.errors import ArticleError
from ...core.fileio import read_bytes
from ...core.proofing import ERROR_KINDS, Finding, Proofreader, ProofSettings, TeamDictionary
from ...core.proofing.rules import all_rules
from ...core.proofing.settings import DIGIT_STYLES, HAMZA_MODES, QUOTE_STYLES, YAA_MODES
from ...core.proofing.wordlists import TEAM_DICTIONARY_ENV
from ...core.textdecode import DecodedText, decode_bytes

logger = logging.getLogger(__name__)

NAME = "check"


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by `check` and `fix`: which rules run and the house style."""
    parser.add_argument(
        "--no-spelling",
        action="store_true",
        help="skip spelling (dictionary and frequent-error list)",
    )
    parser.add_argument("--rules", metavar="ID,...", help="run only these rules (see --list-rules)")
    parser.add_argument(
        "--hamza",
        choices=HAMZA_MODES,
        default="strict",
        help="initial alef-hamza: strict, or relaxed (ا for أ/إ is not an error)",
    )
    parser.add_argument(
        "--yaa",
        choices=YAA_MODES,
        default="strict",
        help="final yaa/alef maqsura: strict, or relaxed (ي/ى interchangeable)",
    )
    parser.add_argument(
        "--quotes",
        choices=QUOTE_STYLES,
        default="auto",
        help="house quotation style (auto: the article's own)",
    )
    parser.add_argument(
        "--digits",
        choices=DIGIT_STYLES,
        default="consistent",
        help="house digit style (consistent: the article's dominant one)",
    )
    parser.add_argument(
        "--team-dictionary",
        metavar="PATH",
        help="the newsroom's word list: a file (one word a line) or a folder "
        f"of .txt files; default: ${TEAM_DICTIONARY_ENV}",
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="proofread an article: spelling, typography, house style",
        description="Proofread an article: Arabic spelling, typography and house style. "
        "Exit status: 0 no findings, 1 findings, 2 error.",
    )
    parser.add_argument("file", nargs="?", help="article (.md) or text file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.add_argument(
        "--names",
        action="store_true",
        help="also list the probable proper names the dictionary does not know "
        "(never errors: they do not change the exit status)",
    )
    add_settings_arguments(parser)
    parser.set_defaults(run=run)


def settings_from_args(args: argparse.Namespace) -> ProofSettings:
    only = None
    if args.rules:
        known = {rule.id for rule in all_rules()}
        only = frozenset(part.strip() for part in args.rules.split(",") if part.strip())
        unknown = sorted(only - known)
        if unknown:
            raise ArticleError(
                "Unknown rule: {ids}. `midad check --list-rules` lists them.",
                ids=", ".join(unknown),
            )
    return ProofSettings(
        spelling=not args.no_spelling,
        hamza_mode=args.hamza,
        yaa_mode=args.yaa,
        quote_style=args.quotes,
        digit_style=args.digits,
        only_rules=only,
    )


def team_dictionary_from_args(args: argparse.Namespace) -> TeamDictionary | None:
    """--team-dictionary, else $MIDAD_TEAM_DICTIONARY, else none (an empty value: none)."""
    path = args.team_dictionary
    if path is None:
        path = os.environ.get(TEAM_DICTIONARY_ENV, "")
    return TeamDictionary(path) if path.strip() else None


def proofreader_from_args(args: argparse.Namespace) -> Proofreader:
    """The proofreader `check` and `fix` use: settings and team dictionary from the options."""
    return Proofreader(settings_from_args(args), team=team_dictionary_from_args(args))


def read_text(path: str) -> DecodedText:
    """The file decoded as `midad info` decodes it (any accepted encoding, newlines as \\n)."""
    return decode_bytes(read_bytes(path), name=f"“{path}”")


def list_rules() -> int:
    for rule in all_rules():
        state = "on " if rule.default_enabled else "off"
        example = f"  ({rule.example})" if rule.example else ""
        print(f"{rule.id:34} {rule.kind:10} {state} {rule.message}{example}")
    return 0


def _visible(fix: str) -> str:
    """A fix as printed: quoted when it is empty or starts or ends with a space."""
    return f"“{fix}”" if not fix or fix != fix.strip() else fix


def plain_line(path: str, finding: Finding) -> str:
    where = f"[{finding.field}] " if finding.field else ""
    fix = f" → {_visible(finding.fix)}" if finding.fix is not None else ""
    return (
        f"{path}:{finding.line}:{finding.column}: {finding.kind}/{finding.rule}: "
        f"{where}{finding.message}{fix}"
    )


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        return list_rules()
    if not args.file:
        raise ArticleError("Name the file to check (or use --list-rules).")
    proofreader = proofreader_from_args(args)
    decoded = read_text(args.file)
    checked = proofreader.check_document(decoded.text)
    for warning in checked.warnings:
        print(f"midad: {warning}", file=sys.stderr)
    errors = [f for f in checked.findings if f.kind in ERROR_KINDS]
    names = [f for f in checked.findings if f.kind not in ERROR_KINDS]
    logger.debug(
        "Checked %s (%s): %d issue(s), %d probable name(s); spelling: %s",
        args.file,
        decoded.encoding,
        len(errors),
        len(names),
        (proofreader.spelling_warning or "on") if proofreader.settings.spelling else "off",
    )
    if args.json:
        report = {
            "file": args.file,
            "issues": [f.as_dict() for f in errors],
            "names": [f.as_dict() for f in names],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        listed = errors + (names if args.names else [])
        sys.stdout.write("".join(plain_line(args.file, f) + "\n" for f in listed))
    return 1 if errors else 0
