"""The article's date: typed (ISO, or the locale's day/month order, in either digit style),
picked from a calendar that opens at today for an empty date, or set to today in one click.

The field keeps what the front matter will hold: an ISO date, nothing, or free text Midad cannot
read as a date (kept as written, with a note under the field). Reading what was typed is a core
function (core/date_input.py).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ..core.date_input import parse_typed_date, typed_date_text
from .i18n import interface_locale
from .theme import WarningLabel

ISO_FORMAT = "yyyy-MM-dd"


def date_order(locale: QLocale) -> str:
    """ "mdy" when ``locale`` writes the month before the day (en_US), else "dmy"."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    month, day = pattern.find("M"), pattern.find("d")
    return "mdy" if 0 <= month < day else "dmy"


def typing_locale() -> QLocale:
    """The locale whose date order typed dates follow: the system's when it speaks the
    interface language (a British writer types 2/12/2026 for 2 December), else the
    interface language's own."""
    system, interface = QLocale.system(), interface_locale()
    return system if system.language() == interface.language() else interface


def week_locale() -> QLocale:
    """Where the week starts and which days are the weekend: the system's Arabic locale in an
    Arabic interface (Saudi Arabia starts on Sunday), else the interface language's; an
    Arabic interface on a non-Arabic system gets Qt's Arabic default (Saturday, Friday and
    Saturday off)."""
    return typing_locale()


def calendar_names_locale() -> QLocale:
    """Month and day names in the interface language, with Western digits like the rest of the
    interface (Qt's default Arabic, ar_EG, writes ٢٠٢٦). Libya's Arabic names the months as
    the exporter does (يناير … ديسمبر) and writes 0-9."""
    if interface_locale().language() == QLocale.Language.Arabic:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Libya)
    return interface_locale()


class DateField(QWidget):
    """A line for the date, a calendar button and a Today button. ``edited`` on user changes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        # An ISO date keeps its own order in a right-to-left window.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.edit.setClearButtonEnabled(True)  # an empty field: the article has no date
        self.edit.setPlaceholderText(self.tr("No date (e.g. 2026-12-02)"))
        self.edit.setToolTip(self.tr("Type a date such as 2026-12-02, or pick one"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._set_up_calendar_locale()
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_menu = QMenu(self.calendar_button)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_menu.aboutToShow.connect(self._calendar_about_to_show)
        self.calendar_button.setMenu(self.calendar_menu)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Set the date to today"))
        self.note = WarningLabel()
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.today_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.note)
        self._committed = ""  # the value last loaded or edited
        self.edit.editingFinished.connect(self._commit_typed)
        self.edit.textEdited.connect(self._typing)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.today_button.clicked.connect(lambda: self._set_by_user(_dt.date.today()))

    def _set_up_calendar_locale(self) -> None:
        self.calendar.setLocale(calendar_names_locale())
        week = week_locale()
        self.calendar.setFirstDayOfWeek(week.firstDayOfWeek())
        working = set(week.weekdays())
        weekend = QTextCharFormat()
        weekend.setForeground(QColor("#c0392b"))
        for number in range(1, 8):
            day = Qt.DayOfWeek(number)
            self.calendar.setWeekdayTextFormat(
                day, QTextCharFormat() if day in working else weekend
            )
        # The year being edited in the calendar's header: Western digits too.
        for spin in self.calendar.findChildren(QSpinBox):
            spin.setLocale(QLocale(QLocale.Language.English))

    # -- values ---------------------------------------------------------------------------
    def order(self) -> str:
        return date_order(typing_locale())

    def calendarWidget(self) -> QCalendarWidget:
        return self.calendar

    def text(self) -> str:
        return self.edit.text()

    def value_text(self) -> str:
        """What the front matter keeps: an ISO date, "" or the free text as written (a date
        loaded from the file stays exactly as it was until the writer changes it)."""
        if self.edit.text() == self._committed:
            return self._committed
        return typed_date_text(self.edit.text(), self.order())

    def date(self) -> QDate:
        """The date shown, or an invalid QDate when there is none (or it is free text)."""
        value = self._parsed()
        return QDate(value.year, value.month, value.day) if value else QDate()

    def set_value(self, text: str) -> None:
        """Show the front matter's date (no ``edited``)."""
        value = text.strip()
        self.edit.setText(value)
        self.edit.setCursorPosition(0)
        self._committed = value
        self._show_note()

    def _parsed(self) -> _dt.date | None:
        try:
            return parse_typed_date(self.edit.text(), self.order())
        except ValueError:
            return None

    # -- reactions ------------------------------------------------------------------------
    def _typing(self, _text: str) -> None:
        self.note.hide()  # judged when the writer leaves the field

    def _commit_typed(self) -> None:
        value = self.value_text()
        if value != self.edit.text():
            self.edit.setText(value)  # 2/12/2026 or ٢٠٢٦-١٢-٠٢ becomes 2026-12-02
        self._show_note()
        self._commit(value)

    def _picked(self, date: QDate) -> None:
        self.calendar_menu.close()
        self._set_by_user(_dt.date(date.year(), date.month(), date.day()))

    def _set_by_user(self, value: _dt.date) -> None:
        self.edit.setText(value.isoformat())
        self._show_note()
        self._commit(value.isoformat())

    def _commit(self, value: str) -> None:
        if value != self._committed:
            self._committed = value
            self.edited.emit()

    def _show_note(self) -> None:
        text = self.edit.text().strip()
        free = bool(text) and self._parsed() is None
        self.note.setText(
            self.tr("Not a date Midad can read; it is kept as written. Type it as 2026-12-02.")
            if free
            else ""
        )
        self.note.setVisible(free)

    def _calendar_about_to_show(self) -> None:
        value = self._parsed() or _dt.date.today()  # an empty date opens at today
        shown = QDate(value.year, value.month, value.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
