"""Tracked changes and comments kept in the article's own text, as CriticMarkup.

    {++inserted++}   {--deleted--}   {~~old~>new~~}   {==highlighted==}{>>comment<<}

Who made a mark and when is written at the start of its content, as a JSON object followed
by ``@@`` (the convention of Obsidian's Commentator plugin, with the time as ISO 8601 text)::

    {++{"author":"سلمى","time":"2026-03-14T10:05:00Z"}@@ جديدة++}

A mark without that prefix is anonymous; a prefix that is not a JSON object is text. A comment
right after a mark (``{==…==}{>>…<<}``, ``{++…++}{>>…<<}``) is attached to it; a comment alone
is a comment on a point. Changes may sit inside a highlight (a comment on a passage that was
then edited); nothing else nests. Fenced code is never read for marks. docs/review.md is the
user's description.

``parse_review`` finds the marks (with their offsets in the text) and the problems (a mark
never closed, a mark inside another): a bad mark stays in the text as it is, nothing is lost.
``resolve`` gives the text as it reads with every change accepted ("final") or rejected
("original"), with a map from its offsets back to the source's; ``accept``/``reject`` resolve
one mark and return the new source text; ``accept_all``/``reject_all`` resolve every one.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import re
from dataclasses import dataclass, field

from .errors import ArticleError
from .markdown_lines import OUTSIDE, fence_states
from .notices import Notice

INSERT, DELETE, SUBSTITUTE, HIGHLIGHT, COMMENT = (
    "insert",
    "delete",
    "substitute",
    "highlight",
    "comment",
)
CHANGE_KINDS = frozenset({INSERT, DELETE, SUBSTITUTE})
FINAL, ORIGINAL = "final", "original"
_OPENERS = {"++": INSERT, "--": DELETE, "~~": SUBSTITUTE, "==": HIGHLIGHT, ">>": COMMENT}
_CLOSERS = {INSERT: "++}", DELETE: "--}", SUBSTITUTE: "~~}", HIGHLIGHT: "==}", COMMENT: "<<}"}
_OPEN = re.compile(r"\{(\+\+|--|~~|==|>>)")
_ANY_CLOSE = re.compile(r"\+\+\}|--\}|~~\}|==\}|<<\}")
_SEPARATOR = "~>"
_META_END = "}@@"
# Characters that can start a mark: a text without "{" or a closer holds none.
_HINT = re.compile(r"\{(?:\+\+|--|~~|==|>>)|\+\+\}|--\}|~~\}|==\}|<<\}")


class ReviewError(ArticleError):
    """The marks of an article cannot be resolved as asked (a broken mark, an unknown one)."""


@dataclass(frozen=True)
class Mark:
    """One CriticMarkup mark. ``start``/``end`` span it in the source (braces included);
    ``body_start`` is where its text begins (after the author and time)."""

    kind: str
    start: int
    end: int
    body_start: int
    old: str = ""  # deleted or replaced text; a highlight's text (as written, marks included)
    new: str = ""  # inserted or replacing text; a comment's text
    author: str = ""
    time: str = ""  # ISO 8601, as written ("" when unknown)
    inner: tuple[Mark, ...] = ()  # changes inside a highlight
    anchor: Mark | None = None  # for a comment: the mark it follows (None: a point comment)

    @property
    def is_change(self) -> bool:
        return self.kind in CHANGE_KINDS


@dataclass(frozen=True)
class ReviewProblem:
    offset: int
    line: int
    message: Notice


@dataclass
class Review:
    marks: list[Mark] = field(default_factory=list)  # top level, in order (inner ones inside)
    problems: list[ReviewProblem] = field(default_factory=list)

    def all_marks(self) -> list[Mark]:
        """Every mark, the changes inside highlights included, in source order."""
        out: list[Mark] = []
        for mark in self.marks:
            out.append(mark)
            out.extend(mark.inner)
        return sorted(out, key=lambda m: m.start)

    @property
    def changes(self) -> list[Mark]:
        return [m for m in self.all_marks() if m.is_change]

    @property
    def comments(self) -> list[Mark]:
        return [m for m in self.marks if m.kind == COMMENT]


def has_marks(text: str) -> bool:
    """A cheap test: can ``text`` hold CriticMarkup at all?"""
    return "{" in text and _HINT.search(text) is not None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _fenced_ranges(text: str) -> list[tuple[int, int]]:
    if "```" not in text and "~~~" not in text:
        return []
    ranges: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    for line, state in zip(lines, fence_states(lines), strict=True):
        if state != OUTSIDE:
            if ranges and ranges[-1][1] == offset:
                ranges[-1] = (ranges[-1][0], offset + len(line) + 1)
            else:
                ranges.append((offset, offset + len(line) + 1))
        offset += len(line) + 1
    return ranges


def normalize_time(value: object) -> str:
    """A time as written in a mark: ISO text kept as it is, Unix seconds made ISO."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        try:
            moment = _dt.datetime.fromtimestamp(float(value), _dt.UTC)
        except (OverflowError, OSError, ValueError):
            return ""
        if value > 10**11:  # milliseconds (Commentator writes seconds; some tools do not)
            moment = _dt.datetime.fromtimestamp(float(value) / 1000, _dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value).strip() if isinstance(value, str) else ""


def _metadata(content: str) -> tuple[int, str, str]:
    """(length of the prefix, author, time) of a mark's content."""
    if not content.startswith("{"):
        return 0, "", ""
    end = content.find(_META_END)
    while end >= 0:
        try:
            value = json.loads(content[: end + 1])
        except ValueError:
            end = content.find(_META_END, end + 1)
            continue
        if not isinstance(value, dict):
            return 0, "", ""
        author = value.get("author", "")
        return (
            end + len(_META_END),
            author.strip() if isinstance(author, str) else "",
            normalize_time(value.get("time", value.get("date", ""))),
        )
    return 0, "", ""


def attribution(author: str = "", time: str = "") -> str:
    """The prefix that names who made a mark and when ("" for neither)."""
    values = {k: v for k, v in (("author", author), ("time", time)) if v}
    if not values:
        return ""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "@@"


def make_mark(kind: str, old: str = "", new: str = "", author: str = "", time: str = "") -> str:
    """The CriticMarkup text of one mark (a highlight's comment is a separate COMMENT mark)."""
    prefix = attribution(author, time)
    if kind == INSERT:
        return f"{{++{prefix}{new}++}}"
    if kind == DELETE:
        return f"{{--{prefix}{old}--}}"
    if kind == SUBSTITUTE:
        return f"{{~~{prefix}{old}~>{new}~~}}"
    if kind == HIGHLIGHT:
        return f"{{=={prefix}{old}==}}"
    if kind == COMMENT:
        return f"{{>>{prefix}{new}<<}}"
    raise ValueError(kind)


_NAMES = {INSERT: "insertion", DELETE: "deletion", SUBSTITUTE: "substitution"}


def parse_review(text: str) -> Review:
    """The marks of ``text`` and what is wrong with any of them (left in the text as is)."""
    review = Review()
    if not has_marks(text):
        return review
    fenced = _fenced_ranges(text)
    fence_starts = [start for start, _ in fenced]

    def in_fence(offset: int) -> bool:
        index = bisect.bisect_right(fence_starts, offset) - 1
        return index >= 0 and offset < fenced[index][1]

    def problem(offset: int, message: Notice) -> None:
        review.problems.append(ReviewProblem(offset, _line(text, offset), message))

    position = 0
    covered: list[tuple[int, int]] = []
    previous: Mark | None = None
    while True:
        found = _OPEN.search(text, position)
        if found is None:
            break
        start = found.start()
        if in_fence(start):
            position = found.end()
            continue
        kind = _OPENERS[found.group(1)]
        mark, position = _read_mark(text, start, kind, problem, allow_inner=kind == HIGHLIGHT)
        if mark is None:
            covered.append((start, position))  # kept as text; its closers are not strays
            continue
        if kind == COMMENT and previous is not None and previous.end == start:
            mark = _with_anchor(mark, previous)
        review.marks.append(mark)
        covered.append((mark.start, mark.end))
        previous = mark
    # A closer outside every mark: an opener lost (or text that only looks like one).
    starts = [s for s, _ in covered]
    for stray in _ANY_CLOSE.finditer(text):
        index = bisect.bisect_right(starts, stray.start()) - 1
        if index >= 0 and stray.start() < covered[index][1]:
            continue
        if in_fence(stray.start()):
            continue
        problem(
            stray.start(),
            Notice(
                "Line {line}: “{closer}” closes no mark; it is kept as text.",
                line=_line(text, stray.start()),
                closer=stray.group(),
            ),
        )
    review.problems.sort(key=lambda p: p.offset)
    return review


def _with_anchor(comment: Mark, anchor: Mark) -> Mark:
    return Mark(
        comment.kind,
        comment.start,
        comment.end,
        comment.body_start,
        comment.old,
        comment.new,
        comment.author,
        comment.time,
        (),
        anchor,
    )


def _read_mark(
    text: str, start: int, kind: str, problem: object, allow_inner: bool
) -> tuple[Mark | None, int]:
    """The mark opening at ``start`` and where reading goes on; (None, after the opener) for a
    broken one, which is reported and left as text."""
    report = problem  # a callable(offset, Notice)
    opener_end = start + 3
    closer = _CLOSERS[kind]
    inner: list[Mark] = []
    search_from = opener_end
    while True:
        close = text.find(closer, search_from)
        if close < 0:
            break
        nested = _OPEN.search(text, search_from, close)
        if nested is None:
            break
        nested_kind = _OPENERS[nested.group(1)]
        if allow_inner and nested_kind in CHANGE_KINDS:
            mark, after = _read_mark(text, nested.start(), nested_kind, report, False)
            if mark is None:
                return None, opener_end
            inner.append(mark)
            search_from = after
            continue
        report(  # type: ignore[operator]
            start,
            Notice(
                "Line {line}: a mark “{opener}” holds another mark “{inner}”; marks cannot be "
                "nested, so both are kept as text.",
                line=_line(text, start),
                opener=text[start:opener_end],
                inner=nested.group(),
            ),
        )
        return None, (close + 3 if close >= 0 else opener_end)
    if close < 0:
        report(  # type: ignore[operator]
            start,
            Notice(
                "Line {line}: the mark “{opener}” is never closed with “{closer}”; it is kept "
                "as text.",
                line=_line(text, start),
                opener=text[start:opener_end],
                closer=closer,
            ),
        )
        return None, opener_end
    content = text[opener_end:close]
    skip, author, time = _metadata(content)
    body = content[skip:]
    body_start = opener_end + skip
    end = close + 3
    if kind == SUBSTITUTE:
        separator = body.find(_SEPARATOR)
        if separator < 0:
            report(  # type: ignore[operator]
                start,
                Notice(
                    "Line {line}: the substitution “{opener}” has no “~>” between the old and "
                    "the new text; it is kept as text.",
                    line=_line(text, start),
                    opener="{~~",
                ),
            )
            return None, end
        mark = Mark(
            kind, start, end, body_start, body[:separator], body[separator + 2 :], author, time
        )
    elif kind in (INSERT, COMMENT):
        mark = Mark(kind, start, end, body_start, "", body, author, time)
    else:
        mark = Mark(kind, start, end, body_start, body, "", author, time, tuple(inner))
    return mark, end


def check_review(text: str) -> Review:
    """``parse_review``, raising ReviewError for the first problem (commands that rewrite the
    marks refuse a text they would misread)."""
    review = parse_review(text)
    if review.problems:
        raise ReviewError(
            "{problem} Correct it before the changes are resolved.",
            problem=review.problems[0].message,
        )
    return review


# ---- resolving ---------------------------------------------------------------------------------


@dataclass
class View:
    """A text made from the source with marks resolved, and where its pieces came from."""

    text: str
    # (view offset, source offset) at the start of each piece copied from the source, sorted.
    _view_starts: list[int] = field(default_factory=list)
    _source_starts: list[int] = field(default_factory=list)
    _lengths: list[int] = field(default_factory=list)

    def add(self, piece: str, source_start: int | None) -> None:
        if not piece:
            return
        if source_start is not None:
            self._view_starts.append(len(self.text))
            self._source_starts.append(source_start)
            self._lengths.append(len(piece))
        self.text += piece

    def to_source(self, offset: int) -> int:
        """The source offset of the view's ``offset`` (for text the view made up, the nearest
        copied piece's end)."""
        index = bisect.bisect_right(self._view_starts, offset) - 1
        if index < 0:
            return 0
        within = offset - self._view_starts[index]
        return self._source_starts[index] + min(within, self._lengths[index])


def _keep(mark: Mark, mode: str, chosen: set[int] | None) -> bool:
    """Whether ``mark`` is resolved in this pass (``chosen``: the starts of the marks to
    resolve; None: all)."""
    return chosen is None or mark.start in chosen


def _drop_comment(mark: Mark, keep_comments: bool, only: set[int] | None) -> bool:
    """Whether a comment (or a highlight) goes: chosen, or all go."""
    return mark.start in only if only is not None else not keep_comments


def resolve(
    text: str,
    mode: str = FINAL,
    *,
    review: Review | None = None,
    keep_comments: bool = False,
    only: set[int] | None = None,
) -> View:
    """The text with changes accepted (FINAL) or rejected (ORIGINAL). Comments go unless
    ``keep_comments``; ``only`` resolves just the marks starting at those offsets (the rest
    stay as written)."""
    if mode not in (FINAL, ORIGINAL):
        raise ValueError(mode)
    view = View("")
    if review is None:
        review = parse_review(text)
    if not review.marks:
        view.add(text, 0)
        return view
    position = 0
    marks = review.marks
    for index, mark in enumerate(marks):
        view.add(text[position : mark.start], position)
        position = mark.end
        following = marks[index + 1] if index + 1 < len(marks) else None
        commented = (
            following is not None
            and not _drop_comment(following, keep_comments, only)
            and following is not None
            and following.kind == COMMENT
            and following.anchor is mark
        )
        _resolve_mark(text, mark, mode, view, keep_comments, only, commented)
    view.add(text[position:], position)
    return view


def _resolve_mark(
    text: str,
    mark: Mark,
    mode: str,
    view: View,
    keep_comments: bool,
    only: set[int] | None,
    commented: bool,
) -> None:
    if mark.kind == COMMENT:
        if not _drop_comment(mark, keep_comments, only):
            view.add(text[mark.start : mark.end], mark.start)
        return
    if mark.kind == HIGHLIGHT:
        resolved_inner = any(_keep(m, mode, only) for m in mark.inner)
        keep_highlight = not _drop_comment(mark, keep_comments, only)
        if not resolved_inner and keep_highlight:
            view.add(text[mark.start : mark.end], mark.start)
            return
        if keep_highlight:
            view.add(text[mark.start : mark.body_start], mark.start)
        position = mark.body_start
        for inner in mark.inner:
            view.add(text[position : inner.start], position)
            position = inner.end
            _resolve_mark(text, inner, mode, view, keep_comments, only, False)
        close = mark.end - 3
        view.add(text[position:close], position)
        if keep_highlight:
            view.add(text[close : mark.end], close)
        return
    if not _keep(mark, mode, only):
        view.add(text[mark.start : mark.end], mark.start)
        return
    if mark.kind == INSERT:
        kept, start = (mark.new, mark.body_start) if mode == FINAL else ("", 0)
    elif mark.kind == DELETE:
        kept, start = (mark.old, mark.body_start) if mode == ORIGINAL else ("", 0)
    elif mode == FINAL:
        kept, start = mark.new, mark.end - 3 - len(mark.new)
    else:
        kept, start = mark.old, mark.body_start
    if commented and kept:
        # The comment stays, on the text the change left.
        view.add("{==", None)
        view.add(kept, start)
        view.add("==}", None)
    else:
        view.add(kept, start)


def final_text(text: str) -> str:
    """The text as it reads with every change accepted and no comment."""
    return resolve(text, FINAL).text if has_marks(text) else text


def accept_all(text: str, keep_comments: bool = True) -> str:
    return resolve(text, FINAL, review=check_review(text), keep_comments=keep_comments).text


def reject_all(text: str, keep_comments: bool = True) -> str:
    return resolve(text, ORIGINAL, review=check_review(text), keep_comments=keep_comments).text


def _find(review: Review, start: int) -> Mark:
    for mark in review.all_marks():
        if mark.start == start:
            return mark
    raise ReviewError("No change or comment starts at offset {offset}.", offset=start)


def _chosen(review: Review, start: int) -> set[int]:
    """The marks resolving the one at ``start`` resolves: a comment and its highlight go
    together."""
    mark = _find(review, start)
    chosen = {mark.start}
    if mark.kind == COMMENT and mark.anchor is not None and mark.anchor.kind == HIGHLIGHT:
        chosen.add(mark.anchor.start)
    if mark.kind == HIGHLIGHT:
        chosen.update(m.start for m in review.marks if m.anchor is mark)
    return chosen


def accept(text: str, mark_start: int) -> str:
    """``text`` with the mark starting at ``mark_start`` accepted (a comment: removed)."""
    review = parse_review(text)
    return resolve(text, FINAL, review=review, only=_chosen(review, mark_start)).text


def reject(text: str, mark_start: int) -> str:
    """``text`` with the mark starting at ``mark_start`` rejected (a comment: removed)."""
    review = parse_review(text)
    return resolve(text, ORIGINAL, review=review, only=_chosen(review, mark_start)).text
