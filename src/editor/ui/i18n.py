"""The interface language: Qt translators for Midad and Qt itself, and the mirrored layout.

Source strings are English; `translations/midad_ar.ts` and `midad_en.ts` are compiled into
`resources/i18n/*.qm` by scripts/setup.sh (pyside6-lrelease; build products, never committed),
read as assets (editor.core.assets). Arabic mirrors the whole window.

Midad's catalogue is searched before Qt's own (qtbase_<lang>.qm), so it also fills the gaps in
Qt's Arabic (QT_GAPS below: strings of Qt's dialogs that qtbase_ar leaves in English or
translates in a way that misleads here).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from ..core.assets import asset_path

logger = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")
CATALOGUES = "i18n"  # the compiled catalogues' folder among the assets
_installed: list[QTranslator] = []
_language = ["en"]  # the language of the installed catalogues


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged, as Qt's does (whose
    stub says it returns an object, so strings marked with it would not type-check)."""
    return text


QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # qtbase_ar says "reject" for the button that drops unsaved changes.
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    # qtbase_ar keeps the mnemonic in "&لا": underlining the lam splits the lam-alef ligature,
    # which then shows as a lone lam with a line under it (like «U̲»). Arabic buttons and menus
    # carry no mnemonic; and qtbase_ar leaves the "&OK" family in English.
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Close"),
)


def ui_language(settings: QSettings | None = None) -> str:
    """The chosen language, else Arabic when the system locale is Arabic, else English."""
    return resolve_language(str((settings or QSettings()).value("ui/language", "") or ""))


def resolve_language(chosen: str) -> str:
    """The interface language a choice in Settings means ("" follows the system)."""
    if chosen in LANGUAGES:
        return chosen
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source strings, laid out left to right."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en"
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def interface_locale() -> QLocale:
    """The locale of the installed interface language, for names Qt shows (months, days)."""
    return QLocale(QLocale.Language.Arabic if _language[0] == "ar" else QLocale.Language.English)


def install_translations(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[str]:
    """Load Midad's (from ``folder``, else the package) and Qt's catalogues for ``language``;
    returns the files loaded."""
    remove_translations(app)
    _language[0] = language
    folder = folder or asset_path(CATALOGUES)
    loaded = []
    # The translator installed last is asked first: Midad's, then Qt's.
    candidates = [
        (f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        (f"midad_{language}", folder),
    ]
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(where / f"{name}.qm"))
    if not any(Path(path).stem == f"midad_{language}" for path in loaded):
        logger.warning("Midad's %s catalogue was not found in %s", language, folder)
    logger.debug("Interface language %s: loaded %s", language, loaded)
    if language == "ar" and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return loaded
