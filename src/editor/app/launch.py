"""Starting the GUI: refuse clearly when there is no display, then hand over to Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def display_problem() -> str | None:
    """A one-line reason the window cannot be shown, or None when it can."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); run Midad in a "
        "desktop session, or use the command line: midad --help"
    )


def launch_gui(argv: Sequence[str], debug: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(f"midad: {problem}", file=sys.stderr)
        return 2
    from .application import run_application

    return run_application(list(argv), debug=debug)
