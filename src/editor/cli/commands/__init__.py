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


def load_commands() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{module}") for module in MODULES.values()]
