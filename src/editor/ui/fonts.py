"""Fonts shipped with Midad (OFL, from PyPI), so Arabic never depends on what the system has."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

logger = logging.getLogger(__name__)

_loaded: dict[str, str] = {}


def _font_files() -> list[Path]:
    import fontpkg_amiri
    import fontpkg_noto_sans_arabic

    files: list[Path] = []
    for package in (fontpkg_noto_sans_arabic, fontpkg_amiri):
        files.extend(sorted((Path(package.ROOT) / "files").glob("*.ttf")))
    return files


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once); returns the family names."""
    if not _loaded:
        installed = set(QFontDatabase.families())
        for path in _font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                logger.warning("Cannot load the bundled font %s", path)
                continue
            families = QFontDatabase.applicationFontFamilies(font_id)
            if installed.intersection(families):
                # Two fonts of one family (the system's static files and our variable one)
                # give Qt two engines under one name: text in a PDF then maps to the wrong
                # letters (pdftotext, search and copy read dotless forms). The system's wins.
                QFontDatabase.removeApplicationFont(font_id)
            for family in families:
                _loaded[str(path)] = family
    return sorted(set(_loaded.values()))


DEFAULT_EDITOR_FAMILY = "Noto Sans Arabic"
DEFAULT_EDITOR_SIZE = 14
