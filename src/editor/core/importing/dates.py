"""Finding a publication date on a dateline: "نشر في ١٢ آذار ٢٠٢٤", "الثلاثاء 12 مارس 2024",
"Published: March 12, 2024", "2024-03-12", "12/03/2024".

Month names come from ``vocabulary/dates.toml`` (Levantine, Egyptian/Gulf, Maghrebi, English).
Numeric dates are read day first, as Arabic sites write them, unless the line is in Latin
script and only month-first makes sense or the site is English (then month first).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .textfold import fold, is_mostly_latin
from .vocabulary import Vocabulary, phrase_cover, starts_with

_PART = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class FoundDate:
    iso: str | None  # "YYYY-MM-DD", or None when the date is Hijri only (kept as written)
    covered: frozenset[int]  # indexes of the words that belong to the date


def date_words(text: str) -> list[str]:
    """Folded words split on every separator, so "12/03/2024" gives three."""
    return _PART.findall(fold(text))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _number(word: str | None, low: int, high: int) -> int | None:
    if word is None or not word.isdigit() or len(word) > 4:
        return None
    value = int(word)
    return value if low <= value <= high else None


def _at(words: list[str], index: int) -> str | None:
    return words[index] if 0 <= index < len(words) else None


def _month_at(words: list[str], index: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """(month number, words used) when a month name starts at ``index``."""
    if index >= len(words):
        return None
    for phrase, number in vocab.months_by_first.get(words[index], ()):
        if tuple(words[index : index + len(phrase)]) == phrase:
            return number, len(phrase)
    return None


def _named_date(words: list[str], vocab: Vocabulary) -> FoundDate | None:
    for index in range(len(words)):
        month = _month_at(words, index, vocab)
        if month is None:
            continue
        number, size = month
        after = index + size
        # "آذار/مارس": a second name of the same month right after the first.
        alias = _month_at(words, after, vocab)
        if alias is not None and alias[0] == number:
            after += alias[1]
        day_before = _number(_at(words, index - 1), 1, 31)
        year_after = _number(_at(words, after), 1000, 2999)
        if day_before is not None and year_after is not None:
            iso = _iso(year_after, number, day_before)
            if iso:
                return FoundDate(iso, frozenset(range(index - 1, after + 1)))
        day_after = _number(_at(words, after), 1, 31)
        year_later = _number(_at(words, after + 1), 1000, 2999)
        if day_after is not None and year_later is not None:
            iso = _iso(year_later, number, day_after)
            if iso:
                return FoundDate(iso, frozenset(range(index, after + 2)))
    return None


def _numeric_date(words: list[str], month_first: bool) -> FoundDate | None:
    for index in range(len(words) - 2):
        a, b, c = (_number(w, 0, 9999) for w in words[index : index + 3])
        if a is None or b is None or c is None:
            continue
        iso = None
        if len(words[index]) == 4:
            iso = _iso(a, b, c)
        elif len(words[index + 2]) == 4:
            first, second = (b, a) if month_first and b <= 31 and a <= 12 else (a, b)
            iso = _iso(c, second, first) or _iso(c, first, second)
        if iso:
            return FoundDate(iso, frozenset(range(index, index + 3)))
    return None


def _hijri_date(words: list[str], vocab: Vocabulary) -> FoundDate | None:
    covered = phrase_cover(words, vocab.hijri_months)
    if not covered:
        return None
    lo, hi = min(covered), max(covered)
    if _number(_at(words, lo - 1), 1, 30) is not None and _number(_at(words, hi + 1), 1000, 1600):
        return FoundDate(None, frozenset(range(lo - 1, hi + 2)))
    return None


def find_date(text: str, vocab: Vocabulary) -> FoundDate | None:
    """The first Gregorian date in ``text`` (or a Hijri one when there is no Gregorian date)."""
    words = date_words(text)
    month_first = is_mostly_latin(text)
    return (
        _named_date(words, vocab) or _numeric_date(words, month_first) or _hijri_date(words, vocab)
    )


def dateline_date(text: str, vocab: Vocabulary, min_share: float = 0.8) -> FoundDate | None:
    """The date when ``text`` is a dateline: a date, and little else but labels, weekdays,
    times and place names. A sentence that merely mentions a date is not a dateline."""
    found = find_date(text, vocab)
    if found is None:
        return None
    words = date_words(text)
    covered = set(found.covered)
    prefix = starts_with(words, vocab.date_prefixes)
    if prefix:
        covered.update(range(len(prefix)))
    hijri = _hijri_date(words, vocab)
    if hijri is not None:
        covered.update(hijri.covered)
    for index, word in enumerate(words):
        if word.isdigit() or word in vocab.weekdays or word in vocab.date_fillers:
            covered.add(index)
    return found if len(covered) >= min_share * len(words) else None
