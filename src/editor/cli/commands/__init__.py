"""Subcommands of `midad`; each module has NAME, register(subparsers) and a run(args) it binds."""

from . import import_, info

COMMANDS = [info, import_]
