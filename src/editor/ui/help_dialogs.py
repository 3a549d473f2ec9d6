"""Help ▸ About, Keyboard Shortcuts and the offline help page (F1).

The shortcut list is made from the window's own actions when it opens, so it always shows the
keys that work; the help page is HTML shipped as an asset (resources/help/help_<lang>.html),
shown without any network access.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.assets import asset_path

logger = logging.getLogger(__name__)

LRI, PDI = "\u2066", "\u2069"  # isolate left-to-right text (keys, versions) in a mirrored UI


def ltr(text: str) -> str:
    return f"{LRI}{text}{PDI}"


def help_page(language: str) -> Path:
    """The help page in ``language``, else the English one."""
    page = asset_path(f"help/help_{language}.html")
    return page if page.is_file() else asset_path("help/help_en.html")


def plain_label(text: str) -> str:
    """A menu entry's text without its mnemonic ampersand or a shortcut written after a tab:
    "&Save" → "Save"."""
    return re.sub(r"&(.)", r"\1", text.split("\t", 1)[0])


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu the command is in ("" for commands in no menu)
    command: str
    keys: tuple[str, ...]


def _menu_entries(menu: QMenu, group: str, seen: set[int]) -> list[ShortcutEntry]:
    entries = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            entries += _menu_entries(submenu, group, seen)
            continue
        seen.add(id(action))
        if action.shortcuts():
            entries.append(
                ShortcutEntry(
                    group,
                    plain_label(action.text()),
                    tuple(
                        key.toString(QKeySequence.SequenceFormat.NativeText)
                        for key in action.shortcuts()
                    ),
                )
            )
    return entries


def shortcut_entries(window: QWidget) -> list[ShortcutEntry]:
    """Every command of ``window`` that has keys: by menu, in menu order, then the rest."""
    seen: set[int] = set()
    entries: list[ShortcutEntry] = []
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        for top in menu_bar().actions():
            if top.menu() is not None:
                entries += _menu_entries(top.menu(), plain_label(top.text()), seen)
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts() or not action.text():
            continue
        seen.add(id(action))
        entries.append(
            ShortcutEntry(
                "",
                plain_label(action.text()),
                tuple(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                ),
            )
        )
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.entries = shortcut_entries(window)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        group = None
        for entry in self.entries:
            if entry.group != group:
                group = entry.group
                self._add_row(group or self.tr("Other"), "", heading=True)
            self._add_row(entry.command, self.tr(" or ").join(ltr(k) for k in entry.keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _add_row(self, command: str, keys: str, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first, second = QTableWidgetItem(command), QTableWidgetItem(keys)
        if heading:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
        self.table.setItem(row, 0, first)
        self.table.setItem(row, 1, second)

    def rows(self) -> list[tuple[str, str]]:
        return [(self._cell(row, 0), self._cell(row, 1)) for row in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def _font_copyright(package: str) -> str:
    """The copyright line of a font package's licence, when the package is there."""
    try:
        module = __import__(package)
        text = (Path(module.ROOT) / "LICENSE").read_text(encoding="utf-8")
    except (ImportError, OSError, AttributeError) as exc:
        logger.debug("No licence text for %s: %r", package, exc)
        return ""
    return text.strip().splitlines()[0].strip() if text.strip() else ""


class AboutDialog(QDialog):
    """The version of Midad and of Qt, and the licences of what Midad ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Midad"))
        python = ".".join(map(str, sys.version_info[:3]))
        versions = (
            self.tr("Version %1").replace("%1", ltr(__version__))
            + "<br>"
            + self.tr("Qt %1, PySide %2, Python %3")
            .replace("%1", ltr(qVersion()))
            .replace("%2", ltr(PySide6.__version__))
            .replace("%3", ltr(python))
        )
        amiri, noto = _font_copyright("fontpkg_amiri"), _font_copyright("fontpkg_noto_sans_arabic")
        licence = self.tr(
            "Midad is free software under the GNU General Public License, "
            "version 3 or later (GPL-3.0-or-later)."
        )
        fonts = self.tr(
            "The Amiri and Noto Sans Arabic fonts: SIL Open Font License 1.1 (OFL-1.1)."
        )
        dictionary = self.tr(
            "The Arabic spelling dictionary (Ayaspell, hunspell-ar), © "
            "2006–2008 Mohamed Kebdani: GPL-2.0-or-later, LGPL-2.1-or-later "
            "or MPL-1.1, at your choice."
        )
        qt = self.tr("Qt and Qt for Python (PySide6): LGPL-3.0.")
        copyrights = "".join(f"<br><small>{ltr(line)}</small>" for line in (amiri, noto) if line)
        parts = [
            "<h2>" + self.tr("Midad") + "</h2>",
            "<p>" + self.tr("An editor for articles written in Arabic.") + "</p>",
            f"<p>{versions}</p>",
            f"<p>{licence}</p>",
            "<h3>" + self.tr("Shipped with Midad") + "</h3>",
            f"<ul><li>{fonts}{copyrights}</li><li>{dictionary}</li><li>{qt}</li></ul>",
        ]
        self.text = QLabel("".join(parts), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class HelpDialog(QDialog):
    """The help page in the interface language, in a text browser (no network)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Midad Help"))
        self.page = help_page(language)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
