"""Subcommands of `midad`; each module has NAME, register(subparsers) and a run(args) it binds.

They are imported only when a subcommand (or --help) is asked for: starting the window or
printing the version should not pay for loading the proofreader, the DOCX code and lxml.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Command name → module, in the order --help lists them.
MODULES = {
    "info": "info",
    "check": "check",
    "fix": "fix",
    "changes": "changes",
    "compare": "compare",
    "export": "export",
    "import": "import_",
}


def load_commands(only: str | None = None) -> list[ModuleType]:
    """Every command's module, or only the one named ``only`` (the command being run: its
    neighbours' imports, the proofreader or the importers, are not paid for)."""
    names = [MODULES[only]] if only in MODULES else list(MODULES.values())
    return [importlib.import_module(f"{__name__}.{module}") for module in names]
