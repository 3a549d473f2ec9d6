"""Find and replace, including an Arabic-aware mode.

Arabic-aware matching ignores tashkeel and tatweel and treats ا/أ/إ/آ/ٱ, ى/ي and ة/ه as one
letter, so searching الاسعار finds الأسعار and الأسْعار. The text is folded once with a map
from each folded character back to its original position, and matches are reported as
ranges of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arabic import LETTER_FOLDS, WORD_MARK_RE, WORD_MARKS
from .errors import ArticleError

_FOLDS = str.maketrans(LETTER_FOLDS)


class SearchError(ArticleError, ValueError):
    """The query cannot be used (an invalid regular expression); the message says why."""


@dataclass(frozen=True)
class SearchOptions:
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False
    arabic_aware: bool = True


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    groups: tuple[tuple[int, int] | None, ...] = ()  # original ranges of the regex groups
    group_names: tuple[tuple[str, int], ...] = ()


def fold_arabic(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in ``text`` (plus one end index)."""
    global _last_fold
    if _last_fold[0] != text:  # the find bar searches the same text at every letter typed
        _last_fold = (text, _fold(text))
    return _last_fold[1]


def _fold(text: str) -> tuple[str, list[int]]:
    positions: list[int] = []
    start = 0
    for mark in WORD_MARK_RE.finditer(text):  # the gaps between marks, copied in C
        positions.extend(range(start, mark.start()))
        start = mark.end()
    positions.extend(range(start, len(text) + 1))
    return WORD_MARK_RE.sub("", text).translate(_FOLDS), positions


_last_fold: tuple[str, tuple[str, list[int]]] = ("", ("", [0]))


def _compile(query: str, options: SearchOptions) -> re.Pattern[str]:
    pattern = query if options.regex else re.escape(query)
    if options.whole_word:
        # Arabic words carry marks, so "word" means letters/digits plus combining marks.
        pattern = rf"(?<![\w{WORD_MARKS}])(?:{pattern})(?![\w{WORD_MARKS}])"
    flags = 0 if options.case_sensitive else re.IGNORECASE
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise SearchError("Invalid regular expression: {detail}", detail=str(exc)) from None


def find_all(text: str, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
    """Every non-overlapping match of ``query`` in ``text``, as ranges of ``text``."""
    if not query:
        return []
    if not options.arabic_aware:
        pattern = _compile(query, options)
        return [_match(m, None) for m in pattern.finditer(text) if m.end() > m.start()]
    folded, positions = fold_arabic(text)
    folded_query = _fold(query)[0] if not options.regex else query.translate(_FOLDS)
    pattern = _compile(folded_query, options)
    return [_match(m, positions) for m in pattern.finditer(folded) if m.end() > m.start()]


def _match(m: re.Match[str], positions: list[int] | None) -> Match:
    def original(start: int, end: int) -> tuple[int, int]:
        # positions[end] is where the next folded character starts, so the marks after the
        # last matched letter belong to the match.
        return (start, end) if positions is None else (positions[start], positions[end])

    groups = tuple(
        original(*m.span(i)) if m.span(i) != (-1, -1) else None
        for i in range(1, (m.re.groups or 0) + 1)
    )
    return Match(*original(m.start(), m.end()), groups, tuple(m.re.groupindex.items()))


_TEMPLATE = re.compile(r"\\(?:g<(\w+)>|(\d{1,2})|(.))")


def expand_replacement(template: str, match: Match, text: str) -> str:
    """A regex replacement with \\1 or \\g<name> filled from the original text."""
    names = dict(match.group_names)

    def group_text(key: str) -> str:
        number = int(key) if key.isdigit() else names.get(key)
        if number is None or number > len(match.groups):
            raise SearchError("The replacement refers to a missing group: {group}", group=key)
        if number == 0:
            return text[match.start : match.end]
        span = match.groups[number - 1]
        return text[span[0] : span[1]] if span else ""

    def substitute(m: re.Match[str]) -> str:
        if m.group(1) or m.group(2):
            return group_text(m.group(1) or m.group(2))
        escaped = m.group(3)
        return {"n": "\n", "t": "\t", "\\": "\\"}.get(escaped, escaped)

    return _TEMPLATE.sub(substitute, template)


def replace_all(
    text: str, query: str, replacement: str, options: SearchOptions = SearchOptions()
) -> tuple[str, int]:
    """``text`` with every match replaced, and how many were replaced."""
    matches = find_all(text, query, options)
    pieces: list[str] = []
    last = 0
    for match in matches:
        pieces.append(text[last : match.start])
        pieces.append(
            expand_replacement(replacement, match, text) if options.regex else replacement
        )
        last = match.end
    pieces.append(text[last:])
    return "".join(pieces), len(matches)


def find_in_review(
    text: str, query: str, options: SearchOptions = SearchOptions(), mode: str = "final"
) -> list[Match]:
    """Matches of ``query`` in ``text`` as it reads with its tracked changes accepted
    (``mode`` "final") or rejected ("original"), comments left out (core/review.py), as
    ranges of ``text`` itself: "الولد والبنت" is found in "الولد{++ والبنت++}"."""
    from .review import has_marks, resolve

    if not has_marks(text):
        return find_all(text, query, options)
    view = resolve(text, mode)
    found = []
    for match in find_all(view.text, query, options):
        start = view.to_source(match.start)
        end = view.to_source(match.end - 1) + 1 if match.end > match.start else start
        found.append(Match(start, end))
    return found
