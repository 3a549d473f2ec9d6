"""Two versions of a text → the second, with the difference as CriticMarkup changes.

Paragraphs (lines) are matched first, so a long article with a few edits costs little; inside
the lines that differ, the comparison is word by word with Arabic-aware tokens:

- a word keeps its tashkeel and tatweel (a mark is never split from its letter), so a word
  whose vowels were added reads as the old word replaced by the new one, never as stray
  marks inserted between letters;
- a clitic added or removed before or after a word that is otherwise the same (و، ف، ب، ل،
  ك، س، ال… before; ه، ها، هم، كم، نا… after) is shown as that clitic alone
  ("{++و++}الكتاب"), as a reviewer would mark it by hand;
- spaces and punctuation are tokens of their own.

The result is a text ``review.parse_review`` reads: accepting every change gives the new text,
rejecting every one the old (tests/test_review.py holds it to that).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from .arabic import WORD_MARKS
from .markdown_lines import DELIMITER, OUTSIDE, fence_states
from .review import DELETE, INSERT, SUBSTITUTE, has_marks, make_mark

_TOKEN = re.compile(rf"(?:[^\W_]|[{WORD_MARKS}])+|\s+|.", re.S)
_LETTER = re.compile(rf"[^\W\d_][{WORD_MARKS}]*")
# Proclitics (longest first) and enclitics, as written (without their vowels).
PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
ENCLITICS = ("هما", "كما", "تهم", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")


def tokens(text: str) -> list[str]:
    """Words (letters, digits and the marks inside them), runs of spaces, single other
    characters."""
    return _TOKEN.findall(text)


def _letters(word: str) -> list[str]:
    """A word's letters with their marks: the places a word can be cut."""
    return _LETTER.findall(word)


def _clitic_split(old: str, new: str) -> tuple[str, str, str, str] | None:
    """(added before, removed before, added after, removed after) when ``old`` and ``new``
    differ only by clitics; None otherwise. Exactly one of each pair is non-empty or both are
    empty."""
    if not old or not new or old == new:
        return None
    a, b = _letters(old), _letters(new)
    if "".join(a) != old or "".join(b) != new:
        return None  # digits or other characters: no clitics
    # The longest common stretch of letters that reaches neither end of both words wrongly.
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    match = matcher.find_longest_match(0, len(a), 0, len(b))
    if match.size < 2:
        return None
    before_old, before_new = "".join(a[: match.a]), "".join(b[: match.b])
    after_old = "".join(a[match.a + match.size :])
    after_new = "".join(b[match.b + match.size :])
    if (before_old and before_new) or (after_old and after_new):
        return None
    if before_old + before_new and (before_old + before_new) not in PROCLITICS:
        return None
    if after_old + after_new and (after_old + after_new) not in ENCLITICS:
        return None
    return before_new, before_old, after_new, after_old


class _Writer:
    def __init__(self, author: str, time: str) -> None:
        self.out: list[str] = []
        self.author, self.time = author, time

    def equal(self, text: str) -> None:
        self.out.append(text)

    def change(self, old: str, new: str) -> None:
        if not old and not new:
            return
        if not old:
            self.out.append(make_mark(INSERT, new=new, author=self.author, time=self.time))
        elif not new:
            self.out.append(make_mark(DELETE, old=old, author=self.author, time=self.time))
        else:
            self.out.append(
                make_mark(SUBSTITUTE, old=old, new=new, author=self.author, time=self.time)
            )

    def words(self, old: list[str], new: list[str]) -> None:
        """Replace ``old`` tokens by ``new`` ones: one word for one word may be a clitic."""
        if len(old) == len(new) == 1:
            split = _clitic_split(old[0], new[0])
            if split is not None:
                added_before, removed_before, added_after, removed_after = split
                core_start = len(removed_before)
                core_end = len(old[0]) - len(removed_after)
                self.change(removed_before, added_before)
                self.equal(old[0][core_start:core_end])
                self.change(removed_after, added_after)
                return
        old_text, new_text = "".join(old), "".join(new)
        # Spaces shared at both ends stay outside the mark.
        lead = len(old_text) - len(old_text.lstrip())
        lead = min(lead, len(new_text) - len(new_text.lstrip()))
        if old_text[:lead] != new_text[:lead]:
            lead = 0
        self.equal(old_text[:lead])
        old_text, new_text = old_text[lead:], new_text[lead:]
        trail = min(len(old_text) - len(old_text.rstrip()), len(new_text) - len(new_text.rstrip()))
        if trail and old_text[-trail:] == new_text[-trail:]:
            self.change(old_text[:-trail], new_text[:-trail])
            self.equal(old_text[-trail:])
        else:
            self.change(old_text, new_text)


def _diff_tokens(old: str, new: str, writer: _Writer) -> None:
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            writer.equal("".join(a[i1:i2]))
        else:
            writer.words(a[i1:i2], b[j1:j2])


def compare_texts(old: str, new: str, author: str = "", time: str = "") -> str:
    """``new`` with what changed since ``old`` as CriticMarkup changes by ``author`` at
    ``time`` (ISO 8601; either may be empty). Marks already in either text are compared as
    the text they are."""
    writer = _Writer(author, time)
    a, b = _units(old), _units(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in _slid(matcher.get_opcodes(), a, b):
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            writer.equal(old_part)
        elif op != "replace" or _FENCE_START.match(old_part) or _FENCE_START.match(new_part):
            _whole_lines(old_part, new_part, writer)
        elif i2 - i1 == j2 - j1 > 1:  # as many lines changed as there were: line by line
            for old_line, new_line in zip(a[i1:i2], b[j1:j2], strict=True):
                if old_line == new_line:
                    writer.equal(old_line)
                elif _FENCE_START.match(old_line) or _FENCE_START.match(new_line):
                    _whole_lines(old_line, new_line, writer)
                else:
                    _diff_tokens(old_line, new_line, writer)
        else:
            _diff_tokens(old_part, new_part, writer)
    return "".join(writer.out)


_FENCE_START = re.compile(r" {0,3}(?:```|~~~)")
Opcode = tuple[str, int, int, int, int]


def _slid(opcodes: Sequence[Opcode], a: list[str], b: list[str]) -> list[Opcode]:
    """Lines added or removed whole that begin with a blank line the next unchanged line
    repeats are slid down past it: "A, [blank, P], blank, B" becomes "A, blank, [P, blank],
    B" (the same texts), so the mark holds the paragraph and its blank line, and each
    paragraph of the file stays a paragraph of its own."""
    steps: list[list[Any]] = []
    for code in opcodes:  # an "equal" before every change, empty if need be
        if code[0] != "equal" and (not steps or steps[-1][0] != "equal"):
            steps.append(["equal", code[1], code[1], code[3], code[3]])
        steps.append(list(code))
    for index in range(1, len(steps) - 1):
        before, step, after = steps[index - 1], steps[index], steps[index + 1]
        if step[0] not in ("insert", "delete") or after[0] != "equal":
            continue
        lines, lo, hi = (b, 3, 4) if step[0] == "insert" else (a, 1, 2)
        while (
            step[hi] > step[lo]
            and after[2] > after[1]
            and step[hi] < len(lines)
            and not lines[step[lo]].strip()
            and lines[step[lo]] == lines[step[hi]]
        ):
            before[2] += 1
            before[4] += 1
            for position in (1, 2, 3, 4):
                step[position] += 1
            after[1] += 1
            after[3] += 1
    return [
        (str(step[0]), int(step[1]), int(step[2]), int(step[3]), int(step[4]))
        for step in steps
        if step[2] > step[1] or step[4] > step[3]
    ]


def _units(text: str) -> list[str]:
    """Lines, except that a fenced code block is one unit: marks are not read inside fenced
    code, so a change there covers the whole block, fences included (its opening mark then
    stands before the fence)."""
    lines = text.splitlines(keepends=True)
    if "```" not in text and "~~~" not in text:
        return lines
    units: list[str] = []
    states = fence_states([line.rstrip("\r\n") for line in lines])
    for line, state in zip(lines, states, strict=True):
        if state != OUTSIDE and units and _FENCE_START.match(units[-1]) and _open(units[-1]):
            units[-1] += line
        else:
            units.append(line)
    return units


def _open(unit: str) -> bool:
    """Whether a unit that starts with a fence is still open (its closing fence not in it)."""
    lines = unit.splitlines()
    states = fence_states(lines)
    return not (len(lines) > 1 and states[-1] == DELIMITER)


def _whole_lines(old: str, new: str, writer: _Writer) -> None:
    """Lines added or removed whole, their line breaks inside the mark (accepting or rejecting
    it leaves no empty line behind)."""
    writer.change(old, new)


def needs_plain_texts(old: str, new: str) -> bool:
    """Whether either text already holds marks (compare their final texts instead)."""
    return has_marks(old) or has_marks(new)
