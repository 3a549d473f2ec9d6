"""Recognising the head of a pasted article: its title, the section label above it, the
standfirst under it, and a site menu before it."""

from __future__ import annotations

from .dates import dateline_date
from .linefeatures import LineView
from .pastelayout import STRUCTURAL
from .textfold import ends_sentence
from .vocabulary import Vocabulary

TITLE_MAX_WORDS = 30


def can_be_title(line: LineView) -> bool:
    """Can be a title: not too long, and not a full sentence of a paragraph."""
    if line.count > 10 and line.plain.endswith((".", "…")):
        return False
    return 1 <= line.count <= TITLE_MAX_WORDS and len(line.plain) <= 250


def is_deck(line: LineView, first_paragraph: int) -> bool:
    """The standfirst under a headline: a long-ish line that is not a sentence of the body."""
    return (
        5 <= line.count <= TITLE_MAX_WORDS
        and line.index < first_paragraph
        and not ends_sentence(line.plain)
        and not line.link_only
        and not STRUCTURAL.match(line.text)
    )


def is_section_label(
    line: LineView, following: LineView | None, first_paragraph: int, vocab: Vocabulary
) -> bool:
    """A section name ("اقتصاد", "رأي") on its own line right above a longer headline."""
    if (
        line.count > 3
        or following is None
        or not can_be_title(following)
        or following.count < line.count + 2
        or following.index >= first_paragraph
    ):
        return False
    if not line.words or vocab.is_weak(line.words[0]):
        return False
    return all(vocab.is_section(word) or vocab.is_weak(word) for word in line.words)


def head_menu(views: list[LineView], vocab: Vocabulary, first_paragraph: int) -> set[int]:
    """Indexes of a site menu before the article: four or more very short lines in a row."""
    found: set[int] = set()
    run: list[int] = []
    for line in [v for v in views if v.index < first_paragraph] + [None]:
        if (
            line is not None
            and line.count <= 3
            and not ends_sentence(line.plain)
            and not STRUCTURAL.match(line.text)
            and dateline_date(line.plain, vocab) is None
        ):
            run.append(line.index)
            continue
        if len(run) >= 4:
            found.update(run)
        run = []
    return found


def ends_block(lines: list[str], index: int) -> bool:
    return index + 1 >= len(lines) or not lines[index + 1].strip()
