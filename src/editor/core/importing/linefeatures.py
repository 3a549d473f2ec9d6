"""Scoring a line of a web paste as site boilerplate.

Each line gets a score from features: how much of it is widget vocabulary (share, follow,
comment, navigation, ads), claiming phrases (copyright footers, comment-form notices), its
length, script (a Latin line in an Arabic article), punctuation (a sentence is rarely a widget)
and position (after the article's last paragraph). A line is boilerplate at BOILERPLATE_SCORE.
The vocabulary is data (``vocabulary/*.toml``); the weights below are the only tuning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..notices import Notice
from .textfold import ends_sentence, is_mostly_latin, rest_after_words, tokens
from .vocabulary import Category, Vocabulary, phrase_cover, starts_with

BOILERPLATE_SCORE = 2.0

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s*)+|[*_`]+")
_SEPARATOR = re.compile(r"\s*(?:[-*_=~]\s*){3,}")
_BREADCRUMB_SEP = re.compile(r"\s[»›>/|←→\\]\s|[»›]")


@dataclass(frozen=True)
class LineView:
    """One non-blank line: its text as written and what the scoring looks at."""

    index: int  # 0-based line index in the normalised text
    text: str  # as written (after whitespace normalisation)
    plain: str  # without Markdown marks and link targets
    words: tuple[str, ...]  # folded words of ``plain``
    link_only: bool  # the line is a single link (or a list item holding one)

    @property
    def count(self) -> int:
        return len(self.words)


def view_line(index: int, text: str) -> LineView:
    body = _LIST_MARK.sub("", text, count=1)
    link_only = bool(_LINK.fullmatch(body.strip().strip("*_")))
    plain = _MARKUP.sub("", _LINK.sub(r"\1", text)).strip()
    return LineView(index, text, plain, tuple(tokens(plain)), link_only)


@dataclass(frozen=True)
class Verdict:
    score: float
    reason: str  # what makes it boilerplate: a Notice, or a vocabulary category's reason
    related_heading: bool = False  # "اقرأ أيضاً" alone: the link lines after it go too
    kind: str = ""  # the vocabulary kind or feature (see Removal.kind)


def _widget_score(line: LineView, vocab: Vocabulary) -> tuple[float, Category | None]:
    """Vocabulary score of the coverage kinds, and the kind that covers the most words."""
    words = list(line.words)
    kinds_of_words = [vocab.coverage_kinds(word) for word in words]
    covered: set[int] = set()
    best, best_count = None, 0
    for category in vocab.categories:
        if category.mode != "coverage":
            continue
        mine = phrase_cover(words, category.phrases)
        mine.update(i for i, kinds in enumerate(kinds_of_words) if category.name in kinds)
        if len(mine) > best_count:
            best, best_count = category, len(mine)
        covered |= mine
    if best is None:
        return 0.0, None
    covered.update(i for i, word in enumerate(words) if vocab.is_weak(word))
    share = len(covered) / len(words)
    score = 2.0 if share >= 0.9 else 1.4 if share >= 0.75 else 0.7 if share >= 0.5 else 0.2
    return score, best


def _claim_score(line: LineView, vocab: Vocabulary) -> Verdict | None:
    words = list(line.words)
    for category in vocab.categories:
        if (
            category.mode == "claim"
            and line.count <= category.max_words
            and (
                phrase_cover(words, category.phrases)
                or any(symbol in line.text for symbol in category.symbols)
            )
        ):
            return Verdict(2.5, category.reason, kind=category.name)
        if category.mode == "prefix" and line.count <= category.max_words:
            phrase = starts_with(words, category.phrases)
            if phrase is None:
                continue
            alone = len(phrase) == line.count
            # "اقرأ أيضاً: …" is a link; "المزيد من التفاصيل في العدد المقبل." is a sentence.
            labelled = rest_after_words(line.plain, len(phrase)).lstrip().startswith(":")
            if alone or labelled or not line.plain.endswith((".", "!", "…")):
                # "اقرأ أيضاً" or "المزيد من أخبار الاقتصاد" heads a block of links.
                return Verdict(
                    2.5, category.reason, related_heading=alone or not labelled, kind=category.name
                )
    return None


def is_breadcrumb(line: LineView, vocab: Vocabulary) -> bool:
    """ "الرئيسية » أخبار » اقتصاد": short segments joined by path separators (two, or one
    after a "home" word)."""
    if line.text.strip().startswith("|") or line.text.strip().endswith("|"):
        return False  # a Markdown table row
    separators = len(_BREADCRUMB_SEP.findall(f" {line.plain} "))
    starts_home = bool(line.words) and any(
        category.name == "navigation" and category.has_word(line.words[0])
        for category in vocab.categories
    )
    if separators < (1 if starts_home else 2) or ends_sentence(line.plain) or line.count > 20:
        return False
    segments = [s for s in re.split(r"[»›>/|←→\\]", line.plain) if s.strip()]
    return len(segments) >= 2 and all(len(s.split()) <= 6 for s in segments)


def score_line(
    line: LineView, vocab: Vocabulary, *, arabic_document: bool, in_tail: bool
) -> Verdict:
    """How much ``line`` looks like boilerplate; see the module docstring."""
    if line.count == 0:
        if _SEPARATOR.fullmatch(line.text) or "|" in line.text:
            return Verdict(0.0, "")  # a section break or a table rule belongs to the article
        return Verdict(
            BOILERPLATE_SCORE, Notice("no words (decoration or stray symbols)"), kind="decoration"
        )
    if line.count <= 2 and all(word.isdigit() for word in line.words):
        return Verdict(
            BOILERPLATE_SCORE, Notice("stray number (a share or comment counter?)"), kind="counter"
        )
    claimed = _claim_score(line, vocab)
    if claimed is not None:
        return claimed
    if is_breadcrumb(line, vocab):
        return Verdict(BOILERPLATE_SCORE + 0.5, Notice("breadcrumb navigation"), kind="breadcrumb")
    score, category = _widget_score(line, vocab)
    if category is None:
        return Verdict(0.0, "")
    if line.count <= 3:
        score += 0.4
    if not ends_sentence(line.plain):
        score += 0.2
    elif line.count > 6:
        score -= 0.6
    if arabic_document and is_mostly_latin(line.plain):
        score += 0.4
    if in_tail:
        score += 0.3
    if line.count > 10:
        score -= 0.15 * (line.count - 10)
    return Verdict(round(score, 2), category.reason, kind=category.name)


def looks_like_link_title(line: LineView) -> bool:
    """A headline in a related-links block: a link, or a short line that is not a sentence."""
    if line.link_only:
        return True
    return line.count <= 20 and not line.plain.rstrip().endswith((".", "!", "…", ":"))
