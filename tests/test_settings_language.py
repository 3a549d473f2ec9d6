"""Changing the interface language: said plainly beside the choice and once after saving, with
a Restart Now that closes the windows as the writer would and starts Midad again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from editor.ui.app_settings import AppSettings
from editor.ui.prompts import SaveChoice
from editor.ui.restart import restart_application, restart_command
from editor.ui.settings_dialog import SettingsDialog


def _dialog(
    qtbot, running: str, chosen: str, restart: bool = False
) -> tuple[SettingsDialog, list[QMessageBox]]:
    dialog = SettingsDialog(AppSettings(language=running), language=running)
    qtbot.addWidget(dialog)
    told: list[QMessageBox] = []

    def notify(box: QMessageBox) -> bool:
        told.append(box)
        return restart

    dialog.notify = notify
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
    assert len(told) == 1 and "next time" in told[0].text()
    buttons = [button.text() for button in told[0].buttons()]
    assert sorted(buttons) == ["Later", "Restart Now"]
    assert dialog.result_settings().language == "ar"
    assert dialog.restart_requested is False  # Later


def test_restart_now_is_passed_on(qtbot) -> None:
    dialog, told = _dialog(qtbot, "ar", "en", restart=True)
    dialog.accept()
    assert len(told) == 1 and dialog.restart_requested is True


def test_saving_the_same_language_says_nothing(qtbot) -> None:
    dialog, told = _dialog(qtbot, "ar", "ar")
    dialog.accept()
    assert told == [] and dialog.restart_requested is False
    cancelled, told = _dialog(qtbot, "en", "ar")
    cancelled.reject()  # Cancel: nothing changes, nothing to say
    assert told == []


def test_restart_closes_the_windows_and_starts_the_same_command(make_window) -> None:
    window = make_window()
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    assert restart_application(
        lambda program, args: started.append((program, args)) or True, lambda: quits.append(True)
    )
    assert not window.isVisible()
    assert started == [restart_command()] and quits == [True]
    assert restart_command()[0] == sys.executable


def test_restart_stops_when_the_writer_keeps_a_window(make_window) -> None:
    window = make_window()
    window.document.set_modified(True)  # unsaved changes: the Save question comes
    window.prompts.save_changes = lambda: SaveChoice.CANCEL  # Cancel in the Save question
    started: list[object] = []
    assert not restart_application(lambda *args: started.append(args) or True, lambda: None)
    assert window.isVisible() and started == []
    window.prompts.save_changes = lambda: SaveChoice.DISCARD
