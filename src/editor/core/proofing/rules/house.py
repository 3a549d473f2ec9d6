"""House-style rules: one quotation style and one digit style per article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..normalize import ARABIC_LETTER_RE, TO_ARABIC_INDIC, TO_WESTERN
from .base import BlockContext, DocumentProfile, Hit, Rule
from .quotes import quote_reading

# A number with its group and decimal separators is one number: ٢٠٬٠٠٠٬٠٠٠, 1,250.5, ٣٫٥.
_NUMBER = re.compile(r"[0-9]+(?:[,.٬٫][0-9]+)*|[٠-٩]+(?:[٬٫,.][٠-٩]+)*")
# Separators follow the digits: ٬ ٫ with Arabic-Indic digits, , . with Western ones.
_SEPARATORS_TO_WESTERN = str.maketrans("٬٫", ",.")
_SEPARATORS_TO_ARABIC = str.maketrans(",.", "٬٫")
_LATIN = re.compile(r"[A-Za-z]")
QUOTE_MARKS = {"guillemets": ("«", "»"), "curly": ("“", "”")}


def count_quote_styles(masked: str) -> dict[str, int]:
    # Every mark counts: web copy opens with ” as often as with “, so counting only one
    # side of each style would let mismatched curly marks outvote the guillemets.
    return {
        "guillemets": masked.count("«") + masked.count("»"),
        "curly": masked.count("“") + masked.count("”"),
    }


def count_digit_styles(masked: str) -> dict[str, int]:
    counts = {"western": 0, "arabic-indic": 0}
    for match in _NUMBER.finditer(masked):
        if not _next_to_latin(masked, match.start(), match.end()):
            counts["western" if match.group()[0].isascii() else "arabic-indic"] += 1
    return counts


def profile_styles(digits: dict[str, int], quotes: dict[str, int]) -> tuple[str | None, str | None]:
    """The article's dominant digit and quote styles (None when absent or tied)."""
    digit = None
    if digits["western"] != digits["arabic-indic"]:
        digit = max(digits, key=lambda k: digits[k])
    quote = None
    if quotes["guillemets"] or quotes["curly"]:
        quote = "guillemets" if quotes["guillemets"] >= quotes["curly"] else "curly"
    return digit, quote


def _next_to_latin(text: str, start: int, end: int) -> bool:
    """Numbers in Latin context (Windows 11, MP3, COVID-19) keep Western digits."""
    before = text[max(0, start - 12) : start].rstrip(" -")
    after = text[end : end + 2]
    previous_word = before.split()[-1] if before.split() else ""
    return bool(_LATIN.search(after[:1]) or _LATIN.search(previous_word[-1:]))


def _quote_style(ctx: BlockContext) -> Iterator[Hit]:
    style = ctx.settings.quote_style
    if style == "auto":
        style = ctx.profile.quote_style or "straight"
    if style == "straight":
        return
    opening, closing = QUOTE_MARKS[style]
    quotes = quote_reading(ctx)
    for start, end in quotes.pairs():
        inner = ctx.masked[start + 1 : end]
        if (ctx.masked[start], ctx.masked[end]) == (opening, closing):
            continue
        if (
            not ARABIC_LETTER_RE.search(inner)
            or inner != inner.strip()
            or "«" in inner
            or "»" in inner
            or not (inner[0].isalnum() or inner[0] in "(«[")
        ):
            continue  # not a quotation: a mark closing one thing and one opening another
        fix = f"{opening}{ctx.text[start + 1 : end]}{closing}"
        yield Hit(
            start,
            end + 1,
            (fix,),
            quotes.sure and not _LATIN.search(inner),
            f"Quotation marks differ from the article's style ({opening} {closing}).",
            f"علامات التنصيص تخالف أسلوب المقال ({opening} {closing}).",
        )


def _target_digit_style(ctx: BlockContext) -> str | None:
    style = ctx.settings.digit_style
    if style == "any":
        return None
    return ctx.profile.digit_style if style == "consistent" else style


def _digit_style(ctx: BlockContext) -> Iterator[Hit]:
    target = _target_digit_style(ctx)
    if target is None:
        return
    for match in _NUMBER.finditer(ctx.masked):
        number = match.group()
        western = number[0].isascii()
        if western == (target == "western") or _next_to_latin(ctx.masked, *match.span()):
            continue
        if target == "western":
            fix = number.translate(TO_WESTERN).translate(_SEPARATORS_TO_WESTERN)
        else:
            fix = number.translate(TO_ARABIC_INDIC).translate(_SEPARATORS_TO_ARABIC)
        yield Hit(match.start(), match.end(), (fix,), False)


RULES = [
    Rule(
        "quote-style",
        "typography",
        "Quotation marks differ from the article's style (« »).",
        "علامات التنصيص تخالف أسلوب المقال (« »).",
        _quote_style,
        example='"مؤمّن بالكامل" → «مؤمّن بالكامل»',
    ),
    Rule(
        "digit-style",
        "style",
        "Digits differ from the article's digit style (one style per article).",
        "الأرقام تخالف نمط الأرقام في المقال (نمط واحد في المقال).",
        _digit_style,
        example="2026 → ٢٠٢٦",
    ),
]

__all__ = ["RULES", "DocumentProfile", "count_digit_styles", "count_quote_styles", "profile_styles"]
