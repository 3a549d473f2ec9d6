"""The application icon: the pre-rendered PNG sizes shipped in resources/icons.

PNGs rather than the SVG, so the icon needs no SVG image plugin at run time (a frozen bundle
or a minimal Qt install may lack it). packaging/icons/render_icons.py makes them from the SVG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from ..core.assets import asset_path

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
# The reverse-DNS id the .desktop file, AppStream metainfo and installed icon are named after.
APP_ID = "app.midad.Midad"


def icon_files() -> list[Path]:
    return [asset_path(f"icons/midad-{size}.png") for size in ICON_SIZES]


def app_icon() -> QIcon:
    """Midad's icon with every shipped size (an empty icon if the files are missing)."""
    icon = QIcon()
    for path in icon_files():
        if path.is_file():
            icon.addFile(str(path))
    return icon
