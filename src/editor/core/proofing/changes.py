"""What a fix does, when what it changes cannot be seen: spaces, no-break spaces, bidi marks.

A list entry such as ``"  " → " "`` shows nothing a reader can see. ``describe_change`` says
instead which invisible characters a fix removes, adds or replaces, and next to which visible
text; the window turns that into words in its own language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# What each invisible character is called in a description.
SPACE, NO_BREAK_SPACE, MARK, BLANK = "space", "no-break space", "mark", "blank"


def char_class(ch: str) -> str:
    if ch == " ":
        return SPACE
    if ch in "\u00a0\u202f\u2007":
        return NO_BREAK_SPACE
    if unicodedata.category(ch) == "Cf":
        return MARK  # RLM, LRM, ALM, zero-width (non-)joiner…
    return BLANK  # tab, newline, other spaces


def is_invisible(text: str) -> bool:
    return all(ch.isspace() or unicodedata.category(ch) in ("Zs", "Cf") for ch in text)


@dataclass(frozen=True)
class Run:
    """A run of invisible characters: what they are (one class, or BLANK when mixed) and how
    many."""

    what: str
    count: int

    @classmethod
    def of(cls, text: str) -> Run:
        classes = {char_class(ch) for ch in text}
        return cls(classes.pop() if len(classes) == 1 else BLANK, len(text))


@dataclass(frozen=True)
class InvisibleChange:
    """``action`` is one of:

    - "replace": invisible ``old`` becomes invisible ``new`` (two spaces → one space);
    - "delete": invisible ``old`` is removed (``new`` is None);
    - "remove-before" / "remove-after": the invisible run before/after ``mark`` goes;
    - "add-before" / "add-after": an invisible run is added before/after ``mark``;
    - "move-before" / "move-after": the run after/before ``mark`` goes to its other side;
    - "respace": the spacing inside or around ``mark`` changes in another way;
    - "invisible": the text is invisible and there is no fix (``old`` says what it is).
    """

    action: str
    old: Run | None = None
    new: Run | None = None
    mark: str = ""


def _edges(text: str) -> tuple[str, str, str]:
    """(leading invisible run, visible middle, trailing invisible run)."""
    start = 0
    while start < len(text) and is_invisible(text[start]):
        start += 1
    end = len(text)
    while end > start and is_invisible(text[end - 1]):
        end -= 1
    return text[:start], text[start:end], text[end:]


def _visible(text: str) -> str:
    return "".join(ch for ch in text if not is_invisible(ch))


def _visible_words(text: str) -> list[str]:
    return ["".join(ch for ch in word if not is_invisible(ch)) for word in text.split()]


def describe_change(text: str, fix: str | None) -> InvisibleChange | None:
    """How to say what turning ``text`` into ``fix`` does, when it is a change of invisible
    characters only; None when the text and its fix can simply be shown."""
    if fix is None:
        return InvisibleChange("invisible", Run.of(text)) if text and is_invisible(text) else None
    if text and is_invisible(text) and is_invisible(fix):
        if not fix:
            return InvisibleChange("delete", Run.of(text))
        return InvisibleChange("replace", Run.of(text), Run.of(fix))
    if _visible(text) != _visible(fix) or not _visible(text):
        return None
    text_lead, middle, text_trail = _edges(text)
    fix_lead, fix_middle, fix_trail = _edges(fix)
    if middle == fix_middle:
        if text_lead == fix_lead and not fix_trail and text_trail:
            return InvisibleChange("remove-after", Run.of(text_trail), mark=middle)
        if text_trail == fix_trail and not fix_lead and text_lead:
            return InvisibleChange("remove-before", Run.of(text_lead), mark=middle)
        if text_lead == fix_lead and not text_trail and fix_trail:
            return InvisibleChange("add-after", new=Run.of(fix_trail), mark=middle)
        if text_trail == fix_trail and not text_lead and fix_lead:
            return InvisibleChange("add-before", new=Run.of(fix_lead), mark=middle)
        if text_lead and not text_trail and fix_trail and not fix_lead:
            return InvisibleChange("move-after", Run.of(text_lead), Run.of(fix_trail), middle)
        if text_trail and not text_lead and fix_lead and not fix_trail:
            return InvisibleChange("move-before", Run.of(text_trail), Run.of(fix_lead), middle)
    if _visible_words(text) != _visible_words(fix):
        return None  # words are split or joined: that shows (فيالشوارع → في الشوارع)
    return InvisibleChange("respace", mark=" ".join(_visible_words(fix)))
