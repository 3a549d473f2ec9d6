"""House-style rules: one quotation style and one digit style per article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..normalize import ARABIC_LETTER_RE, TO_ARABIC_INDIC, TO_WESTERN
from .base import BlockContext, DocumentProfile, Hit, Rule

_QUOTED = re.compile(r"[\"“”]([^\"“”«»\n\ufffc]+)[\"“”]")
_NUMBER = re.compile(r"[0-9]+|[٠-٩]+")
_LATIN = re.compile(r"[A-Za-z]")
QUOTE_MARKS = {"guillemets": ("«", "»"), "curly": ("“", "”")}


def count_quote_styles(masked: str) -> dict[str, int]:
    return {"guillemets": masked.count("«"), "curly": masked.count("“") + masked.count("”")}


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
    before = text[max(0, start - 12):start].rstrip(" -")
    after = text[end:end + 2]
    previous_word = before.split()[-1] if before.split() else ""
    return bool(_LATIN.search(after[:1]) or _LATIN.search(previous_word[-1:]))


def _quote_style(ctx: BlockContext) -> Iterator[Hit]:
    style = ctx.settings.quote_style
    if style == "auto":
        style = ctx.profile.quote_style or "straight"
    if style == "straight":
        return
    opening, closing = QUOTE_MARKS[style]
    for match in _QUOTED.finditer(ctx.masked):
        inner = match.group(1)
        if match.group()[0] == opening or not ARABIC_LETTER_RE.search(inner):
            continue
        if inner != inner.strip():
            continue  # not a pair: a closing mark then an opening one
        fix = f"{opening}{ctx.text[match.start(1):match.end(1)]}{closing}"
        yield Hit(match.start(), match.end(), (fix,), not _LATIN.search(inner),
                  f"Quotation marks differ from the article's style ({opening} {closing}).",
                  f"علامات التنصيص تخالف أسلوب المقال ({opening} {closing}).")


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
        fix = number.translate(TO_WESTERN if target == "western" else TO_ARABIC_INDIC)
        yield Hit(match.start(), match.end(), (fix,), False)


RULES = [
    Rule("quote-style", "typography",
         "Quotation marks differ from the article's style (« »).",
         "علامات التنصيص تخالف أسلوب المقال (« »).", _quote_style,
         example="\"مؤمّن بالكامل\" → «مؤمّن بالكامل»"),
    Rule("digit-style", "style",
         "Digits differ from the article's digit style (one style per article).",
         "الأرقام تخالف نمط الأرقام في المقال (نمط واحد في المقال).", _digit_style,
         example="2026 → ٢٠٢٦"),
]

__all__ = ["RULES", "DocumentProfile", "count_digit_styles", "count_quote_styles",
           "profile_styles"]
