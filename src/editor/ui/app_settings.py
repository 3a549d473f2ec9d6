"""User settings (QSettings), kept apart from window state, as one typed object."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields

from PySide6.QtCore import QSettings

from ..core.proofing import ProofSettings
from ..core.proofing.settings import DIGIT_STYLES, HAMZA_MODES, QUOTE_STYLES, YAA_MODES
from .fonts import DEFAULT_EDITOR_FAMILY, DEFAULT_EDITOR_SIZE

logger = logging.getLogger(__name__)

THEMES = ("light", "dark")
UI_LANGUAGES = ("", "ar", "en")  # "" follows the system
PREVIEW_ENGINES = ("auto", "textbrowser", "webengine")  # auto: the web engine when installed


_KEYS = {
    "editor_font": "editor/font_family",
    "editor_size": "editor/font_size",
    "theme": "ui/theme",
    "language": "ui/language",
    "autosave_seconds": "files/autosave_seconds",
    "spelling": "proofing/spelling",
    "hamza_mode": "proofing/hamza_mode",
    "yaa_mode": "proofing/yaa_mode",
    "quote_style": "proofing/quote_style",
    "digit_style": "proofing/digit_style",
    "disabled_rules": "proofing/disabled_rules",
    "preview_engine": "preview/engine",
    "team_dictionary": "proofing/team_dictionary",
}
_CHOICES = {
    "theme": THEMES,
    "language": UI_LANGUAGES,
    "preview_engine": PREVIEW_ENGINES,
    "hamza_mode": HAMZA_MODES,
    "yaa_mode": YAA_MODES,
    "quote_style": QUOTE_STYLES,
    "digit_style": DIGIT_STYLES,
}


@dataclass
class AppSettings:
    editor_font: str = DEFAULT_EDITOR_FAMILY
    editor_size: int = DEFAULT_EDITOR_SIZE
    theme: str = "light"
    language: str = ""
    autosave_seconds: float = 1.0
    spelling: bool = True
    hamza_mode: str = "strict"
    yaa_mode: str = "strict"
    quote_style: str = "auto"
    digit_style: str = "consistent"
    disabled_rules: list[str] = field(default_factory=list)
    preview_engine: str = "auto"
    team_dictionary: str = ""  # the newsroom's word list: a file or a folder ("": none)

    @classmethod
    def load(cls, settings: QSettings | None = None) -> AppSettings:
        """Read settings; a missing or damaged value falls back to its default."""
        settings = settings or QSettings()
        result = cls()
        for item in fields(cls):
            key = _KEYS[item.name]
            if not settings.contains(key):
                continue
            default = getattr(result, item.name)
            raw = settings.value(key)
            value: object
            try:
                if isinstance(default, bool):
                    value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
                elif isinstance(default, int):
                    value = int(raw)
                elif isinstance(default, float):
                    value = float(raw)
                elif isinstance(default, list):
                    value = [raw] if isinstance(raw, str) and raw else list(raw or [])
                else:
                    value = str(raw)
            except (TypeError, ValueError):
                logger.warning("Ignoring the damaged setting %s=%r", key, raw)
                continue
            if item.name in _CHOICES and value not in _CHOICES[item.name]:
                logger.warning("Ignoring the unknown choice %s=%r", key, raw)
                continue
            setattr(result, item.name, value)
        result.autosave_seconds = min(max(result.autosave_seconds, 0.5), 60.0)
        return result

    def save(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        for item in fields(self):
            settings.setValue(_KEYS[item.name], getattr(self, item.name))
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            logger.warning(
                "Cannot save the settings to %s: %s", settings.fileName(), settings.status().name
            )

    def proof_settings(self) -> ProofSettings:
        return ProofSettings(
            spelling=self.spelling,
            hamza_mode=self.hamza_mode,
            yaa_mode=self.yaa_mode,
            quote_style=self.quote_style,
            digit_style=self.digit_style,
            hunspell_suggestions=False,
            disabled_rules=frozenset(self.disabled_rules),
        )
