"""Paragraph direction the way the Unicode bidi algorithm sees it, and the marks that steer it.

A paragraph's direction comes from its first strong character (rule P2). A writer can override
it by starting the paragraph with RLM or LRM; those marks live in the text, so the preview and
every export follow the same choice.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

# Strong letters of each direction, as regex class contents: Hebrew, Arabic, Syriac, Thaana and
# their presentation forms; Latin, Greek and Cyrillic.
RTL_LETTER_RANGES = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
LTR_LETTER_RANGES = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"

RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"}
)


def primary_language(lang: str) -> str:
    """ "ar" for "ar-EG", "ar_EG" or " AR "; an article without a language is Arabic."""
    return (lang or "ar").strip().replace("_", "-").split("-")[0].lower() or "ar"


def direction_for(lang: str) -> str:
    """ "rtl" or "ltr": an article's base direction from its language tag."""
    return "rtl" if primary_language(lang) in RTL_LANGUAGES else "ltr"


RLM = "\u200f"  # RIGHT-TO-LEFT MARK
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
ALM = "\u061c"  # ARABIC LETTER MARK

# Invisible characters that change layout; shown on request so an editor can see what is there.
BIDI_CONTROLS = {
    RLM: "RLM",
    LRM: "LRM",
    ALM: "ALM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u00a0": "NBSP",
    "\u202f": "NNBSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
}


class Direction(Enum):
    RTL = "rtl"
    LTR = "ltr"
    NEUTRAL = "neutral"  # no strong character: follows the document's default


_STRONG = {"L": Direction.LTR, "R": Direction.RTL, "AL": Direction.RTL}
_ISOLATE_OPENERS = {"\u2066", "\u2067", "\u2068"}
_ISOLATE_CLOSER = "\u2069"


def paragraph_direction(text: str) -> Direction:
    """Direction of a paragraph from its first strong character, skipping isolates (P2)."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == _ISOLATE_CLOSER:
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in (RLM, ALM):
                return Direction.RTL
            if ch == LRM:
                return Direction.LTR
            direction = _STRONG.get(unicodedata.bidirectional(ch))
            if direction is not None:
                return direction
    return Direction.NEUTRAL


def flip_paragraph_direction(text: str, default: Direction = Direction.RTL) -> str:
    """Toggle a paragraph's direction by adding, swapping or removing a leading mark.

    Leading Markdown block markers stay first (the mark goes after ``# `` or ``- ``), so the
    paragraph keeps its structure in the preview and the exports.
    """
    prefix_length = _block_prefix_length(text)
    prefix, rest = text[:prefix_length], text[prefix_length:]
    current = _resolve(paragraph_direction(rest), default)
    if rest[:1] in (RLM, LRM):
        rest = rest[1:]
    wanted = Direction.LTR if current is Direction.RTL else Direction.RTL
    if _resolve(paragraph_direction(rest), default) is wanted:
        return prefix + rest
    return prefix + (RLM if wanted is Direction.RTL else LRM) + rest


def _resolve(direction: Direction, default: Direction) -> Direction:
    return default if direction is Direction.NEUTRAL else direction


def _block_prefix_length(text: str) -> int:
    stripped = text.lstrip(" ")
    indent = len(text) - len(stripped)
    for marker in ("###### ", "##### ", "#### ", "### ", "## ", "# ", "> ", "- ", "* ", "+ "):
        if stripped.startswith(marker):
            return indent + len(marker)
    digits = len(stripped) - len(stripped.lstrip("0123456789"))
    if digits and stripped[digits : digits + 2] in (". ", ") "):
        return indent + digits + 2
    return indent


# -- left-to-right text inside a right-to-left interface -------------------------------------
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


def isolate_ltr(text: str) -> str:
    """``text`` (a path, file name, URL or Latin phrase) as one left-to-right island.

    In a right-to-left line, "/home/ali/draft.md" would otherwise be drawn with its leading
    slash moved to the far end and its parts reordered around neutral characters. Wrapped in
    LRI…PDI it keeps its own order wherever it is shown; the text around it is untouched.
    Empty text stays empty; text already wrapped is not wrapped twice.
    """
    if not text or (text[:1] in _ISOLATE_OPENERS and text.endswith(PDI)):
        return text
    return LRI + text + PDI


def isolate_name_filters(filters: str) -> str:
    """File-dialog filters ("Articles (*.md *.txt);;All files (*)") with each pattern list
    left-to-right: an LRI goes before its "(".

    Qt reads a filter as ``label (patterns)`` ending in ")", so no PDI can follow; an isolate
    left open ends with its line (the combo box item), which is the wanted extent.
    """
    parts = []
    for part in filters.split(";;"):
        at = part.rfind("(")
        if at > 0 and part.endswith(")") and part[at - 1 : at] != LRI:
            part = part[:at] + LRI + part[at:]
        parts.append(part)
    return ";;".join(parts)


def isolate_auto(text: str) -> str:
    """``text`` isolated in the direction of its first strong letter (FSI…PDI): for a name that
    may be Arabic or Latin ("مسودة.md", "draft.md") inside a sentence of either direction."""
    if not text or (text[:1] in _ISOLATE_OPENERS and text.endswith(PDI)):
        return text
    return FSI + text + PDI
