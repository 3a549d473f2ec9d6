"""Subcommands of `midad`; each module has NAME, register(subparsers) and a run(args) it binds."""

from . import check, export, fix, import_, info

COMMANDS = [info, check, fix, export, import_]
