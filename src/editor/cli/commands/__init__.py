"""Subcommands of `midad`; each module has NAME, register(subparsers) and a run(args) it binds."""

from . import export, info

COMMANDS = [info, export]
