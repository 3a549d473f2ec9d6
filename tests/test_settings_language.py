"""Changing the interface language: said plainly beside the choice and once after saving."""

from __future__ import annotations

from editor.ui.app_settings import AppSettings
from editor.ui.settings_dialog import SettingsDialog


def _dialog(qtbot, running: str, chosen: str) -> tuple[SettingsDialog, list[str]]:
    dialog = SettingsDialog(AppSettings(language=running), language=running)
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.notify = lambda _title, message: told.append(message)
    dialog.language.setCurrentIndex(dialog.language.findData(chosen))
    return dialog, told


def test_the_note_beside_the_choice_says_when_it_takes_effect(qtbot) -> None:
    dialog, _ = _dialog(qtbot, "en", "en")
    dialog.show()
    assert dialog.language_note.isVisible()
    assert "next time" in dialog.language_note.text()


def test_saving_a_new_language_says_so_once(qtbot) -> None:
    dialog, told = _dialog(qtbot, "en", "ar")
    assert dialog.language_changes()
    dialog.accept()
    assert len(told) == 1 and "next time" in told[0]
    assert dialog.result_settings().language == "ar"


def test_saving_the_same_language_says_nothing(qtbot) -> None:
    dialog, told = _dialog(qtbot, "ar", "ar")
    dialog.accept()
    assert told == []
    cancelled, told = _dialog(qtbot, "en", "ar")
    cancelled.reject()  # Cancel: nothing changes, nothing to say
    assert told == []
