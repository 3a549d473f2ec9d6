"""How the window shares its width at start: the text the writer works on gets the most."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

# Of the window's width: the editor at least half, then the side panes in this order.
EDITOR_SHARE = 0.5
SIDE_SHARES = (0.3, 0.2)


def give_editor_room(window: QMainWindow, side_docks: list[QDockWidget]) -> None:
    """Size the side docks (side by side, in ``side_docks`` order) so the editor is widest."""
    width = window.width()
    shares = SIDE_SHARES[: len(side_docks)]
    scale = (1 - EDITOR_SHARE) / sum(shares) if shares else 0
    window.resizeDocks(
        side_docks, [int(width * share * scale) for share in shares], Qt.Orientation.Horizontal
    )
