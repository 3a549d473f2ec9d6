"""The settings dialog: editor, interface, autosave, spelling, house style and dictionaries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.proofing.rules import all_rules
from .app_settings import AppSettings
from .i18n import resolve_language
from .proofing.team_dictionary import TeamDictionarySettings


def _combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        language: str = "en",
        open_dictionaries: Callable[[str, QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.initial = settings
        # Word lists: the team dictionary, and the dictionary manager (its own tab).
        self.dictionaries = TeamDictionarySettings(settings.team_dictionary, open_dictionaries)
        self.editor_font_box = QFontComboBox()
        self.editor_font_box.setCurrentFont(QFont(settings.editor_font))
        self.editor_size_box = QSpinBox()
        self.editor_size_box.setRange(8, 48)
        self.editor_size_box.setValue(settings.editor_size)
        self.theme = _combo(
            [("light", self.tr("Light")), ("dark", self.tr("Dark"))], settings.theme
        )
        self.language = _combo(
            [("", self.tr("Same as the system")), ("ar", "العربية"), ("en", "English")],
            settings.language,
        )
        self.running_language = language.split("-")[0]
        self.restart_requested = False
        # Said plainly beside the choice: the window is not translated again while it runs.
        self.language_note = QLabel(
            self.tr("The interface language changes the next time Midad starts.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)  # drawn as a quiet note under the choice
        self.preview_engine = _combo(
            [
                ("auto", self.tr("Web engine when installed, otherwise light")),
                ("textbrowser", self.tr("Light (built in)")),
                ("webengine", self.tr("Web engine (Chromium), as a browser shows it")),
            ],
            settings.preview_engine,
        )
        self.preview_engine.setToolTip(self.tr("Takes effect when Midad starts again"))
        self.autosave = QDoubleSpinBox()
        self.autosave.setRange(0.5, 60)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.spelling = QCheckBox(self.tr("Check spelling while typing"))
        self.spelling.setChecked(settings.spelling)
        self.hamza = _combo(
            [
                ("strict", self.tr("Strict")),
                ("relaxed", self.tr("Relaxed: ا for أ/إ/آ is not an error")),
            ],
            settings.hamza_mode,
        )
        self.yaa = _combo(
            [
                ("strict", self.tr("Strict")),
                ("relaxed", self.tr("Relaxed: ي and ى at a word's end are equal")),
            ],
            settings.yaa_mode,
        )
        self.quotes = _combo(
            [
                ("auto", self.tr("The article's own style")),
                ("guillemets", "« »"),
                ("curly", "“ ”"),
                ("straight", self.tr("Straight quotes")),
            ],
            settings.quote_style,
        )
        self.digits = _combo(
            [
                ("consistent", self.tr("One style per article")),
                ("arabic-indic", self.tr("Arabic-Indic (٠١٢)")),
                ("western", self.tr("Western (012)")),
                ("any", self.tr("Any")),
            ],
            settings.digit_style,
        )
        self.rules = QListWidget()
        for rule in all_rules():
            if rule.kind == "spelling" and rule.id == "spelling":
                continue
            # The rule's name in the interface language; its id only in the tooltip.
            item = QListWidgetItem(
                rule.message_ar if language.split("-")[0] == "ar" else rule.message
            )
            item.setToolTip(rule.id)
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            enabled = rule.id not in settings.disabled_rules
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
            self.rules.addItem(item)
        self._build()

    def _build(self) -> None:
        tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Editor font"), self.editor_font_box)
        form.addRow(self.tr("Font size"), self.editor_size_box)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Recovery copy of unsaved typing every"), self.autosave)
        form.addRow(self.tr("Preview engine"), self.preview_engine)
        tabs.addTab(general, self.tr("General"))
        proofing = QWidget()
        proof_form = QFormLayout(proofing)
        proof_form.addRow(self.spelling)
        proof_form.addRow(self.tr("Initial alef-hamza"), self.hamza)
        proof_form.addRow(self.tr("Final yaa / alef maqsura"), self.yaa)
        proof_form.addRow(self.tr("Quotation marks"), self.quotes)
        proof_form.addRow(self.tr("Digits"), self.digits)
        proof_form.addRow(self.tr("Rules"), self.rules)
        tabs.addTab(proofing, self.tr("Proofreading"))
        tabs.addTab(self.dictionaries, self.tr("Dictionaries"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def language_changes(self) -> bool:
        """Whether the chosen interface language differs from the one the window shows."""
        return resolve_language(self.language.currentData()) != self.running_language

    def accept(self) -> None:
        # Once, after saving: the window keeps its language until Midad starts again.
        self.restart_requested = self.language_changes() and self.notify(self.language_notice())
        super().accept()

    def language_notice(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Interface language"),
            self.tr("Midad will show its interface in the new language the next time it starts."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.restart_button = box.addButton(
            self.tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restart_button)
        return box

    def notify(self, box: QMessageBox) -> bool:  # tests patch this
        """Show the notice; True when the writer chose Restart Now."""
        box.exec()
        return box.clickedButton() is self.restart_button

    def result_settings(self) -> AppSettings:
        disabled = [
            self.rules.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.rules.count())
            if self.rules.item(i).checkState() != Qt.CheckState.Checked
        ]
        return replace(
            self.initial,
            team_dictionary=self.dictionaries.path(),
            editor_font=self.editor_font_box.currentFont().family(),
            editor_size=self.editor_size_box.value(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            autosave_seconds=self.autosave.value(),
            spelling=self.spelling.isChecked(),
            hamza_mode=self.hamza.currentData(),
            yaa_mode=self.yaa.currentData(),
            quote_style=self.quotes.currentData(),
            digit_style=self.digits.currentData(),
            disabled_rules=disabled,
            preview_engine=self.preview_engine.currentData(),
        )
