"""Dates as a writer types them into the article's date field.

ISO dates (2026-12-02, also 2026/12/2 and 20261202) are read the same everywhere; a date with the
year last (2/12/2026) is read in the order of the writer's locale: day first ("dmy", the Arab
world and most of Europe) or month first ("mdy", the United States). Digits may be Western
(0-9), Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹); invisible direction marks, which an
Arabic keyboard or a copied date often carries, are ignored.
"""

from __future__ import annotations

import datetime as _dt
import re

ORDERS = ("dmy", "mdy")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# LRM, RLM, ALM, the embeddings/overrides and the isolates, and the BOM.
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_SEPARATOR = r"\s*[-/.\u060d\u2010-\u2015\u2212\s]\s*"  # - / . ؍ dashes, or spaces
_YEAR_FIRST = re.compile(rf"(\d{{4}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{1,2}})")
_YEAR_LAST = re.compile(rf"(\d{{1,2}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{4}})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def normalize_digits(text: str) -> str:
    """``text`` with Arabic-Indic digits as 0-9 and direction marks removed."""
    return _MARKS.sub("", text).translate(_DIGITS)


def parse_typed_date(text: str, order: str = "dmy") -> _dt.date | None:
    """The date ``text`` names; None for an empty field (no date).

    Raises ValueError for anything else: text that is not a date in one of the forms above,
    or a day that does not exist (2026-02-30).
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    clean = normalize_digits(text).strip()
    if not clean:
        return None
    if match := _YEAR_FIRST.fullmatch(clean) or _COMPACT.fullmatch(clean):
        year, month, day = (int(part) for part in match.groups())
    elif match := _YEAR_LAST.fullmatch(clean):
        first, second, year = (int(part) for part in match.groups())
        day, month = (first, second) if order == "dmy" else (second, first)
    else:
        raise ValueError(f"not a date: {text!r}")
    return _dt.date(year, month, day)  # ValueError for a day that does not exist


def typed_date_text(text: str, order: str = "dmy") -> str:
    """What the front matter keeps for what was typed: the ISO date when ``text`` is one, ""
    for an empty field, else the text as written (a free-text date is never thrown away)."""
    try:
        date = parse_typed_date(text, order)
    except ValueError:
        return text.strip()
    return date.isoformat() if date else ""
