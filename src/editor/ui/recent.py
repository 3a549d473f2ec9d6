"""Recently used files and categories, remembered in the user's settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class RecentList:
    def __init__(self, key: str, settings: QSettings | None = None) -> None:
        self.key = key
        self.settings = settings or QSettings()

    def items(self) -> list[str]:
        value: Any = self.settings.value(self.key, [])  # a list, or a lone string
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(item) for item in value or [] if item]

    def add(self, item: str) -> None:
        if not item:
            return
        items = [item, *[other for other in self.items() if other != item]][:MAX_RECENT]
        self.settings.setValue(self.key, items)
