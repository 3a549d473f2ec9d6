"""The dictionaries in the window: the manager dialog, the Settings row for the team dictionary,
and the window checking again when the team's list changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from editor.core.proofing import PersonalDictionary, personal_dictionary_path
from editor.ui.app_settings import AppSettings
from editor.ui.main_window import MainWindow
from editor.ui.proofing.dictionary_dialog import DictionaryDialog
from editor.ui.settings_dialog import SettingsDialog
from proofing_helpers import require_arabic_dictionary

NAME = "قرنفوشي"
OTHER = "الزمبريطي"
TEXT = f"زار {NAME} المدينة مع {OTHER}."


def write(path: Path, text: str) -> Path:
    """Write ``text``, moving the modification time on as a later save would."""
    existed = path.exists()
    before = path.stat().st_mtime_ns if existed else 0
    path.write_text(text, encoding="utf-8")
    if existed:
        os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))
    return path


@pytest.fixture
def personal() -> PersonalDictionary:
    dictionary = PersonalDictionary()
    dictionary.add_many(["أحمد", "تونس", "الزمبريطي", "إبراهيم", "بنزرت"])
    return dictionary


@pytest.fixture
def dialog(personal: PersonalDictionary, qtbot) -> DictionaryDialog:
    shown = DictionaryDialog(personal)
    qtbot.addWidget(shown)
    return shown


# -- the manager dialog -------------------------------------------------------------------------
def test_dialog_lists_the_personal_words_sorted(dialog: DictionaryDialog) -> None:
    assert dialog.shown_words() == sorted(["أحمد", "تونس", "الزمبريطي", "إبراهيم", "بنزرت"])
    assert not dialog.remove_button.isEnabled()
    assert "5" in dialog.count.text()


def test_search_filters_as_you_type_ignoring_hamza_and_tashkeel(dialog: DictionaryDialog) -> None:
    dialog.search.setText("ت")
    assert dialog.shown_words() == ["بنزرت", "تونس"]
    dialog.search.setText("ابراهيم")  # no hamza typed: إبراهيم still matches
    assert dialog.shown_words() == ["إبراهيم"]
    dialog.search.setText("تُونِس")
    assert dialog.shown_words() == ["تونس"]
    dialog.search.clear()
    assert len(dialog.shown_words()) == 5


def test_remove_deletes_the_selected_words_from_the_file(dialog: DictionaryDialog, qtbot) -> None:
    path = personal_dictionary_path()
    assert "تونس" in path.read_text("utf-8")
    dialog.search.setText("ت")
    for index in range(dialog.words.count()):
        if not dialog.words.item(index).isHidden():
            dialog.words.item(index).setSelected(True)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.personal_changed, timeout=1000):
        dialog.remove_button.click()
    assert path.read_text("utf-8").splitlines() == ["أحمد", "الزمبريطي", "إبراهيم"]
    assert dialog.shown_words() == []  # the search still applies
    dialog.search.clear()
    assert dialog.shown_words() == sorted(["أحمد", "الزمبريطي", "إبراهيم"])
    assert "تونس" not in PersonalDictionary()


def test_import_and_export_round_trip(
    dialog: DictionaryDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    exported = tmp_path / "mine.txt"
    monkeypatch.setattr(dialog, "choose_export_path", lambda: str(exported))
    assert dialog.export_to_file() == 5
    assert exported.read_text("utf-8").splitlines() == dialog.shown_words()
    # a colleague's list: two new words, one we have
    colleague = tmp_path / "colleague.txt"
    colleague.write_text("# أسماء\nصفاقس\nتونس\nالقيروان\n", encoding="utf-8")
    monkeypatch.setattr(dialog, "choose_import_path", lambda: str(colleague))
    with qtbot.waitSignal(dialog.personal_changed, timeout=1000):
        assert dialog.import_from_file() == 2
    assert "2" in dialog.status.text()
    assert {"صفاقس", "القيروان"} <= set(dialog.shown_words())
    assert len(PersonalDictionary()) == 7
    # exporting again and importing into an empty dictionary gives the same words
    dialog.export_to_file()
    fresh = PersonalDictionary(tmp_path / "fresh.txt")
    monkeypatch.setattr(dialog, "personal", fresh)
    monkeypatch.setattr(dialog, "choose_import_path", lambda: str(exported))
    assert dialog.import_from_file() == 7
    assert fresh.words == PersonalDictionary().words


def test_import_of_an_unreadable_file_shows_a_message(
    dialog: DictionaryDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialog, "show_error", lambda title, message: errors.append(message))
    monkeypatch.setattr(dialog, "choose_import_path", lambda: str(tmp_path / "missing.txt"))
    assert dialog.import_from_file() is None
    assert errors and "missing.txt" in errors[0]
    monkeypatch.setattr(dialog, "choose_export_path", lambda: str(tmp_path / "no" / "x.txt"))
    assert dialog.export_to_file() is None
    assert len(errors) == 2
    assert len(dialog.shown_words()) == 5


def test_dialog_shows_the_team_dictionary_read_only(
    personal: PersonalDictionary, tmp_path: Path, qtbot
) -> None:
    team = write(tmp_path / "team.txt", f"{NAME}\nالقيروان\n")
    dialog = DictionaryDialog(personal, str(team))
    qtbot.addWidget(dialog)
    assert str(team) in dialog.team_summary.text()
    assert "2" in dialog.team_summary.text()
    assert [dialog.team_words.item(i).text() for i in range(dialog.team_words.count())] == sorted(
        [NAME, "القيروان"]
    )
    missing = DictionaryDialog(personal, str(tmp_path / "gone"))
    qtbot.addWidget(missing)
    assert "does not exist" in missing.team_summary.text()
    assert missing.team_words.isHidden()


# -- settings -----------------------------------------------------------------------------------
def test_settings_row_saves_the_team_dictionary_path(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    dialog = SettingsDialog(window.app_settings, window)
    row = dialog.dictionaries
    assert row.path() == "" and row.note.isHidden()
    row.path_edit.setText(str(tmp_path / "nowhere"))
    assert not row.note.isHidden() and "does not exist" in row.note.text()
    row.path_edit.setText(str(folder))
    assert row.note.isHidden()
    chosen = dialog.result_settings()
    assert chosen.team_dictionary == str(folder)
    chosen.save(window.settings)
    reread = AppSettings.load(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.team_dictionary == str(folder)
    window.apply_settings(chosen)
    assert window.proofing.team_path == str(folder)
    assert window.proofing.controller.team.path == folder
    assert str(folder) in window.proofing.team_watcher.watched()


def test_settings_button_opens_the_manager(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[DictionaryDialog] = []
    monkeypatch.setattr(DictionaryDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = SettingsDialog(
        window.app_settings, window, open_dictionaries=window.proofing.open_dictionaries
    )
    dialog.dictionaries.path_edit.setText(str(tmp_path / "typed.txt"))
    dialog.dictionaries.manage_button.click()
    assert len(opened) == 1
    assert opened[0].team_path == str(tmp_path / "typed.txt")  # what is typed, not yet saved
    assert opened[0].parent() is dialog
    tools = window.menuBar().actions()[3].menu()  # File, Edit, View, Tools, Help
    assert window.proofing.dictionaries_action in tools.actions()


# -- the window's proofreading ------------------------------------------------------------------
def _flagged(window: MainWindow) -> list[str]:
    check = window.proofing.controller.last_check
    # a team list holds names as often as jargon: both kinds of unknown word must go
    return [] if check is None else [f.text for f in check.body if f.kind in ("spelling", "name")]


def _show_text(window: MainWindow, qtbot) -> None:
    window.editor.set_text(TEXT)
    window.proofing.controller.run_full_check()
    qtbot.waitUntil(lambda: window.proofing.controller.last_check is not None, timeout=15000)


def test_window_checks_again_when_the_team_list_changes(make_window, tmp_path: Path, qtbot) -> None:
    require_arabic_dictionary()
    team = write(tmp_path / "team.txt", f"{NAME}\n")
    window = make_window(values={"proofing/team_dictionary": str(team)})
    _show_text(window, qtbot)
    qtbot.waitUntil(lambda: _flagged(window) == [OTHER], timeout=10000)
    # a colleague edits the shared list: the window notices without any typing
    write(team, f"{NAME}\n{OTHER}\n")
    qtbot.waitUntil(lambda: _flagged(window) == [], timeout=10000)
    write(team, f"{OTHER}\n")
    qtbot.waitUntil(lambda: _flagged(window) == [NAME], timeout=10000)


def test_an_unreadable_team_dictionary_is_a_message_not_a_crash(
    make_window, tmp_path: Path, qtbot
) -> None:
    require_arabic_dictionary()
    missing = tmp_path / "share" / "team.txt"
    window = make_window(values={"proofing/team_dictionary": str(missing)})
    _show_text(window, qtbot)
    qtbot.waitUntil(lambda: window.proofing.controller.word_list_error is not None, timeout=10000)
    assert "does not exist" in window.status.currentMessage()
    assert str(missing) in window.status.currentMessage()
    qtbot.waitUntil(lambda: _flagged(window) == [NAME, OTHER], timeout=10000)  # still checks
    # the share comes back: the next check reads it
    missing.parent.mkdir()
    write(missing, f"{NAME}\n")
    window.proofing.controller.run_full_check()
    qtbot.waitUntil(lambda: _flagged(window) == [OTHER], timeout=10000)
    assert window.proofing.controller.word_list_error is None


def test_words_removed_in_the_manager_are_flagged_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    require_arabic_dictionary()
    _show_text(window, qtbot)
    qtbot.waitUntil(lambda: _flagged(window) == [NAME, OTHER], timeout=10000)
    window.proofing.controller.add_to_dictionary(NAME)
    qtbot.waitUntil(lambda: _flagged(window) == [OTHER], timeout=10000)

    def remove_name(dialog: DictionaryDialog) -> int:
        for index in range(dialog.words.count()):
            dialog.words.item(index).setSelected(dialog.words.item(index).text() == NAME)
        dialog.remove_selected()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DictionaryDialog, "exec", remove_name)
    window.proofing.dictionaries_action.trigger()
    assert NAME not in PersonalDictionary()
    qtbot.waitUntil(lambda: _flagged(window) == [NAME, OTHER], timeout=10000)
