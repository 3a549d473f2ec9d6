"""Typed dates (core, no Qt) and the date field of the article details, driven by key events."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.core.article import Metadata
from editor.core.date_input import normalize_digits, parse_typed_date, typed_date_text
from editor.ui.date_field import date_order
from editor.ui.metadata_panel import MetadataPanel


# -- core ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2026-12-02",
        "2026-12-2",
        "2026/12/02",
        "2026.12.02",
        "20261202",
        " 2026 - 12 - 02 ",
        "٢٠٢٦-١٢-٠٢",
        "٢٠٢٦/١٢/٢",
        "۲۰۲۶-۱۲-۰۲",
        "\u200f٢٠٢٦\u200f-١٢-٠٢",
        "2026\u060d12\u060d02",
    ],
)
def test_iso_dates_in_any_digits_are_read(text: str) -> None:
    assert parse_typed_date(text) == dt.date(2026, 12, 2)
    assert parse_typed_date(text, "mdy") == dt.date(2026, 12, 2)  # year first: no ambiguity


def test_year_last_follows_the_locale_order() -> None:
    assert parse_typed_date("2/12/2026", "dmy") == dt.date(2026, 12, 2)
    assert parse_typed_date("2/12/2026", "mdy") == dt.date(2026, 2, 12)
    assert parse_typed_date("٢/١٢/٢٠٢٦") == dt.date(2026, 12, 2)
    with pytest.raises(ValueError):
        parse_typed_date("12/25/2026", "dmy")  # no 25th month: not silently swapped


@pytest.mark.parametrize(
    "text", ["بلا تاريخ20261202", "2026-02-30", "2026-13-01", "tomorrow", "2026-12", "12/2026"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(text)


def test_empty_means_no_date_and_free_text_is_kept() -> None:
    assert parse_typed_date("") is None and parse_typed_date("  \u200f ") is None
    assert typed_date_text("") == ""
    assert typed_date_text("٢٠٢٦-١٢-٠٢") == "2026-12-02"
    assert typed_date_text(" ربيع 2026 ") == "ربيع 2026"
    assert normalize_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    with pytest.raises(ValueError):
        parse_typed_date("2026-12-02", "ymd")


def test_date_order_of_locales() -> None:
    assert date_order(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "mdy"
    assert date_order(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "dmy"
    assert date_order(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == "dmy"


# -- the field ----------------------------------------------------------------------------------
def _type(widget, text: str) -> None:
    """Key events with the text (QTest.keyClicks aborts on Arabic)."""
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def panel(qtbot) -> MetadataPanel:
    widget = MetadataPanel()
    qtbot.addWidget(widget)
    widget.set_metadata(Metadata(title="t"))
    widget.show()
    return widget


def _leave(panel: MetadataPanel) -> None:
    panel.date.edit.setFocus()
    QTest.keyClick(panel.date.edit, Qt.Key.Key_Tab)  # focus moves on: editingFinished
    panel.title.setFocus()


@pytest.mark.parametrize("typed", ["2026-12-02", "٢٠٢٦-١٢-٠٢", "2/12/2026"])
def test_a_typed_date_is_kept_and_shown_as_iso(panel: MetadataPanel, qtbot, typed: str) -> None:
    field = panel.date
    assert field.text() == "" and panel.metadata().date == ""
    field.edit.setFocus()
    with qtbot.waitSignal(panel.edited):
        _type(field.edit, typed)
        QTest.keyClick(field.edit, Qt.Key.Key_Return)
    # Year last: read in the locale's order (an American English interface reads month first).
    expected = "2026-02-12" if typed == "2/12/2026" and field.order() == "mdy" else "2026-12-02"
    assert field.text() == expected
    assert panel.metadata().date == expected
    assert not field.note.isVisibleTo(panel)
    _leave(panel)
    assert panel.metadata().date == expected


def test_free_text_is_not_thrown_away(panel: MetadataPanel, qtbot) -> None:
    field = panel.date
    field.edit.setFocus()
    _type(field.edit, "ربيع 2026")
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert panel.metadata().date == "ربيع 2026"
    assert field.note.isVisibleTo(panel) and field.note.text()


def test_clearing_the_field_removes_the_date(panel: MetadataPanel, qtbot) -> None:
    panel.set_metadata(Metadata(title="t", date="2026-03-14"))
    assert panel.date.date() == QDate(2026, 3, 14)
    field = panel.date
    field.edit.setFocus()
    field.edit.selectAll()
    with qtbot.waitSignal(panel.edited):
        QTest.keyClick(field.edit, Qt.Key.Key_Backspace)
        QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert panel.metadata().date == "" and not field.date().isValid()


def test_a_date_from_the_file_is_kept_as_written(panel: MetadataPanel) -> None:
    panel.set_metadata(Metadata(title="t", date="Spring 2026"))
    assert panel.date.text() == "Spring 2026"
    assert panel.metadata().date == "Spring 2026"


def test_today_button_and_calendar(panel: MetadataPanel, qtbot) -> None:
    field = panel.date
    today = QDate.currentDate()
    field.calendar_menu.aboutToShow.emit()  # an empty date opens the calendar at today
    assert field.calendar.selectedDate() == today
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (
        today.year(),
        today.month(),
    )
    with qtbot.waitSignal(panel.edited):
        QTest.mouseClick(field.today_button, Qt.MouseButton.LeftButton)
    assert panel.metadata().date == today.toString("yyyy-MM-dd")
    field.edit.setText("2026-12-02")
    field.edit.editingFinished.emit()
    field.calendar_menu.aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2026, 12, 2)
    with qtbot.waitSignal(panel.edited):
        field.calendar.clicked.emit(QDate(2026, 12, 24))
    assert panel.metadata().date == "2026-12-24"


def test_calendar_week_and_digits_follow_the_arabic_interface(qtbot, qapp, qm_dir) -> None:
    from editor.ui.i18n import install_translations, remove_translations

    install_translations(qapp, "ar", qm_dir)
    try:
        panel = MetadataPanel()
        qtbot.addWidget(panel)
        calendar = panel.date.calendarWidget()
        locale = calendar.locale()
        assert locale.monthName(12) == "ديسمبر"
        assert locale.zeroDigit() == "0"  # Western digits like the rest of the interface
        assert locale.toString(QDate(2026, 12, 2), "d yyyy") == "2 2026"
        weekend = {Qt.DayOfWeek(day) for day in range(1, 8)} - set(locale.weekdays())
        assert (
            weekend == {Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday}
            or QLocale.system().language() == QLocale.Language.Arabic
        )
        red = calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color()
        plain = calendar.weekdayTextFormat(Qt.DayOfWeek.Tuesday).foreground().color()
        assert red != plain
        if QLocale.system().language() != QLocale.Language.Arabic:
            assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
            assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() == plain
        assert panel.date.today_button.text() == "اليوم"
    finally:
        remove_translations(qapp)


def test_a_typed_date_undoes_with_the_text(make_window, qtbot) -> None:
    window = make_window()
    field = window.metadata_panel.date
    field.edit.setFocus()
    _type(field.edit, "٢٠٢٦-١٢-٠٢")
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert window.document.current_article().metadata.date == "2026-12-02"
    assert window.document.is_modified()
    window.history.undo()
    assert field.text() == "" and window.document.current_article().metadata.date == ""
    window.history.redo()
    assert field.text() == "2026-12-02"
