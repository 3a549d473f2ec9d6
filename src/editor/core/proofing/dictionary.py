"""Finding and opening the Arabic hunspell dictionary through enchant.

Development and tests use Debian's hunspell-ar (installed by scripts/setup.sh). An installer
ships the same ar.aff/ar.dic as the assets ``dictionaries/hunspell/ar.{aff,dic}`` (added to the
installed ``editor.resources``, never committed); when that folder exists, enchant is pointed
at it (ENCHANT_CONFIG_DIR) so the shipped copy wins over whatever the system has.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from ..assets import asset_path
from ..notices import Notice

logger = logging.getLogger(__name__)

LANGUAGE_TAGS = ("ar", "ar_SA", "ar_EG")
BUNDLED_DICTIONARIES = "dictionaries"  # the installers' copy, among the assets


def bundled_dictionary_dir() -> Path | None:
    """The app-owned dictionary folder, if the installation has one."""
    override = os.environ.get("MIDAD_DICTIONARY_DIR")
    candidates = [Path(override)] if override else []
    candidates.append(asset_path(BUNDLED_DICTIONARIES))
    for folder in candidates:
        hunspell = folder / "hunspell"
        if (hunspell / "ar.dic").is_file() and (hunspell / "ar.aff").is_file():
            return folder
    return None


def open_arabic_dictionary() -> tuple[Any | None, Notice | None]:
    """(enchant dictionary, None) or (None, a sentence saying why spelling cannot be checked)."""
    folder = bundled_dictionary_dir()
    if folder is not None:
        # enchant re-reads this per query; it also makes the bundled copy win over the system's.
        os.environ["ENCHANT_CONFIG_DIR"] = str(folder)
    try:
        import enchant
    except (ImportError, OSError) as exc:  # pyenchant without the enchant C library raises these
        logger.warning("Spelling is off: the enchant library cannot be loaded: %r", exc)
        return None, Notice(
            "Spelling is not checked: the enchant library could not be loaded ({detail}).",
            detail=str(exc),
        )
    try:
        broker = enchant.Broker()
        for tag in LANGUAGE_TAGS:
            if broker.dict_exists(tag):
                logger.debug("Spelling with the %s dictionary (bundled folder: %s)", tag, folder)
                return broker.request_dict(tag), None
    except enchant.errors.Error as exc:
        logger.warning("Spelling is off: the Arabic dictionary cannot be opened: %r", exc)
        return None, Notice(
            "Spelling is not checked: the Arabic dictionary could not be opened ({detail}).",
            detail=str(exc),
        )
    logger.warning(
        "Spelling is off: no Arabic dictionary (%s) found; bundled folder: %s",
        ", ".join(LANGUAGE_TAGS),
        folder,
    )
    return None, Notice(
        "Spelling is not checked: no Arabic dictionary is installed "
        "(install hunspell-ar, or reinstall Midad)."
    )
