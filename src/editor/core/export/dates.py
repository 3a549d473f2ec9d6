"""Dates written the Arabic way: "14 مارس 2026".

Month names: the ones used in Egypt, the Gulf and most of the Maghreb press (يناير … ديسمبر), not
the Levantine Syriac names (كانون الثاني …), because they are understood everywhere. Digits:
Western (0-9) by default, as Al Jazeera, Asharq Al-Awsat and most Arabic news sites write them;
``digits="arabic-indic"`` gives "١٤ مارس ٢٠٢٦" for publications that prefer it.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..article import Metadata

ARABIC_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def to_arabic_indic(text: str) -> str:
    """``text`` with its Western digits written as Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩)."""
    return text.translate(_TO_ARABIC_INDIC)


def format_date(date: _dt.date, *, arabic: bool = True, digits: str = "latin") -> str:
    """Day, month name, year. ``digits`` is "latin" or "arabic-indic" (Arabic only)."""
    if not arabic:
        return f"{date.day} {ENGLISH_MONTHS[date.month - 1]} {date.year}"
    text = f"{date.day} {ARABIC_MONTHS[date.month - 1]} {date.year}"
    return text.translate(_TO_ARABIC_INDIC) if digits == "arabic-indic" else text


def byline_date(meta: Metadata, *, arabic: bool, digits: str = "latin") -> tuple[str, str | None]:
    """The article's date as its byline shows it, and the ISO date when it is a real date
    (free text is shown as written); ("", None) without a date."""
    date = meta.date_value()
    if date is not None:
        return format_date(date, arabic=arabic, digits=digits), date.isoformat()
    return meta.date.strip(), None
