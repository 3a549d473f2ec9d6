"""Turning a web paste or a plain text file into a clean article.

One pass over the lines, in order: tag and category lines go to the metadata; bylines and
datelines go to the metadata; boilerplate (scored in ``linefeatures``) is dropped; the first
remaining line is the title, a short name line right under it is the byline; the rest is the
body, whose words are kept exactly as written. Everything taken out is reported.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..article import Article, Metadata
from ..textdecode import normalize_newlines
from .bylines import find_byline, name_line
from .dates import dateline_date
from .linefeatures import (
    BOILERPLATE_SCORE,
    LineView,
    looks_like_link_title,
    score_line,
    view_line,
)
from .result import ImportResult, Removal
from .textfold import ends_sentence, rest_after_words, script_counts
from .vocabulary import Vocabulary, load_vocabulary, starts_with

# Spaces a web page uses that are not the ordinary space; the byte-order mark is never text.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ",
                         "\ufeff": ""})
_ITEM_SPLIT = re.compile(r"\s*[,،؛;|/]\s*|\s+(?=#)")
_HASHTAG_LINE = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+)*")
_STRUCTURAL = re.compile(r"^\s*(?:[-*+•]\s|\d+[.)]\s|>|\||#{1,6}\s|```|~~~|\s{4})")
_TITLE_MAX_WORDS = 30
_HEAD_BYLINE_MAX_WORDS = 12


def normalize_lines(text: str, keep_hard_breaks: bool = False) -> list[str]:
    """Lines with no-break spaces made plain and trailing spaces trimmed (a Markdown hard
    break, two trailing spaces, is kept when ``keep_hard_breaks``)."""
    lines = []
    for line in normalize_newlines(text).translate(_SPACES).split("\n"):
        stripped = line.rstrip()
        if keep_hard_breaks and stripped and line.endswith("  "):
            stripped += "  "
        lines.append(stripped)
    return lines


def _items(text: str) -> list[str]:
    return [item.strip().lstrip("#").strip() for item in _ITEM_SPLIT.split(text)
            if item.strip().lstrip("#").strip()]


def _tag_like(items: list[str], text: str) -> bool:
    """Items of a tag/category line are a few words each, never a sentence."""
    return bool(items) and all(len(item.split()) <= 5 for item in items) \
        and not text.rstrip().endswith((".", "!", "؟", "?"))


def labelled_items(line: LineView, prefixes: tuple[tuple[str, ...], ...]) -> list[str] | None:
    """Items of a "Label: a، b، c" line; [] for a label alone on its line; None otherwise."""
    prefix = starts_with(list(line.words), prefixes)
    if prefix is None:
        return None
    rest = rest_after_words(line.plain, len(prefix)).strip()
    if not rest:
        return []
    if not rest.startswith((":", "：")):
        return None
    return _items(rest[1:])


@dataclass
class _Cleanup:
    vocab: Vocabulary
    lines: list[str]
    meta: Metadata = field(default_factory=Metadata)
    removed: list[Removal] = field(default_factory=list)
    moved: list[Removal] = field(default_factory=list)
    body: set[int] = field(default_factory=set)  # indexes of the lines kept in the body

    def remove(self, line: LineView, reason: str) -> None:
        self.removed.append(Removal(line.index + 1, line.text, reason))

    def move(self, line: LineView, what: str) -> None:
        self.moved.append(Removal(line.index + 1, line.text, what))

    def set_author(self, line: LineView, name: str) -> None:
        if self.meta.author:
            self.remove(line, f"byline (the article's byline is already “{self.meta.author}”)")
        else:
            self.meta.author = name
            self.move(line, f"byline → author: {name}")

    def set_date(self, line: LineView, iso: str | None) -> None:
        value = iso or line.plain
        if self.meta.date:
            self.remove(line, f"dateline (the article's date is already {self.meta.date})")
        else:
            self.meta.date = value
            self.move(line, f"dateline → date: {value}")


def _metadata_line(job: _Cleanup, views: list[LineView], at: int) -> int:
    """Handle a tags/category line at ``views[at]``; return how many lines it used (0: none)."""
    line = views[at]
    for prefixes, kind in ((job.vocab.tag_prefixes, "tags"),
                           (job.vocab.category_prefixes, "category")):
        items = labelled_items(line, prefixes)
        used = 1
        if items == [] and at + 1 < len(views):
            below = views[at + 1].plain  # the label alone, items on the line below it
            items, used = _items(below), 2
            if len(items) < 2 and kind == "tags":
                items = []  # "مواضيع" over one short line is a subheading, not a tag list
            text = below
        else:
            text = line.plain
        if not items or not _tag_like(items, text):
            continue
        if kind == "tags":
            job.meta.tags.extend(t for t in items if t not in job.meta.tags)
        elif not job.meta.category:
            job.meta.category = items[0]
        for offset in range(used):
            job.move(views[at + offset], f"{kind} → {', '.join(items)}")
        return used
    if _HASHTAG_LINE.fullmatch(line.text):
        # "#عادات_رقمية": the underscore stands for a space a hashtag cannot hold.
        items = [item.replace("_", " ") for item in _items(line.text)]
        job.meta.tags.extend(t for t in items if t not in job.meta.tags)
        job.move(line, f"tags → {', '.join(items)}")
        return 1
    return 0


def _related_block(job: _Cleanup, views: list[LineView], at: int) -> int:
    """Drop the link lines under a "read also" heading; return how many were dropped."""
    used = 0
    for line in views[at + 1:]:
        if not looks_like_link_title(line) or (ends_sentence(line.plain) and line.count > 12):
            break
        if score_line(line, job.vocab, arabic_document=True, in_tail=False).score \
                >= BOILERPLATE_SCORE:
            break  # a footer or widget of its own kind ends the block
        job.remove(line, "“read also”/related links")
        used += 1
    return used


def _substantive(line: LineView) -> bool:
    """Can be a title: not too long, and not a full sentence of a paragraph."""
    if line.count > 10 and line.plain.endswith((".", "…")):
        return False
    return 1 <= line.count <= _TITLE_MAX_WORDS and len(line.plain) <= 250


def _protected_lines(lines: list[str]) -> set[int]:
    """Lines inside fenced code blocks (fences included) and Markdown table rows."""
    protected: set[int] = set()
    fence = ""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence:
            protected.add(index)
            if stripped.startswith(fence):
                fence = ""
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            protected.add(index)
        elif stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
            protected.add(index)
    return protected


def _is_deck(line: LineView, first_paragraph: int) -> bool:
    """The standfirst under a headline: a long-ish line that is not a sentence of the body."""
    return 5 <= line.count <= _TITLE_MAX_WORDS and line.index < first_paragraph \
        and not ends_sentence(line.plain) and not line.link_only \
        and not _STRUCTURAL.match(line.text)


def _is_label_above_title(line: LineView, following: LineView | None, first_paragraph: int,
                          vocab: Vocabulary) -> bool:
    """A section name ("اقتصاد", "رأي") on its own line right above a longer headline."""
    if line.count > 3 or following is None or not _substantive(following) \
            or following.count < line.count + 2 or following.index >= first_paragraph:
        return False
    if not line.words or vocab.is_weak(line.words[0]):
        return False
    return all(vocab.is_section(word) or vocab.is_weak(word) for word in line.words)


def _head_menu(views: list[LineView], vocab: Vocabulary, first_paragraph: int) -> set[int]:
    """Indexes of a site menu before the article: four or more very short lines in a row."""
    found: set[int] = set()
    run: list[int] = []
    for line in [v for v in views if v.index < first_paragraph] + [None]:
        if line is not None and line.count <= 3 and not ends_sentence(line.plain) \
                and not _STRUCTURAL.match(line.text) and dateline_date(line.plain, vocab) is None:
            run.append(line.index)
            continue
        if len(run) >= 4:
            found.update(run)
        run = []
    return found


def _ends_block(lines: list[str], index: int) -> bool:
    return index + 1 >= len(lines) or not lines[index + 1].strip()


def clean_web_text(text: str, *, markdown: bool = False, detect_title: bool = True,
                   vocab: Vocabulary | None = None) -> ImportResult:
    """Clean a web paste or plain text into an article (see the module docstring).

    ``markdown`` says the text is already Markdown (e.g. converted from pasted HTML): its
    line structure is then kept as it is. ``detect_title=False`` is for text whose title is
    already known (an article's body): its first line stays in the body.
    """
    job = _Cleanup(vocab or load_vocabulary(), normalize_lines(text, keep_hard_breaks=markdown))
    views = [view_line(i, line) for i, line in enumerate(job.lines) if line.strip()]
    arabic, latin = script_counts(text)
    arabic_document = arabic >= latin
    paragraphs = [v.index for v in views if v.count >= 15 and ends_sentence(v.plain)]
    first_paragraph, last_paragraph = (paragraphs[0], paragraphs[-1]) if paragraphs else (-1, -1)
    menu = _head_menu(views, job.vocab, first_paragraph)
    protected = _protected_lines(job.lines)
    title_line: LineView | None = None
    at = 0
    while at < len(views):
        line = views[at]
        if line.index in protected:
            job.body.add(line.index)  # code and table rows are the article's, whatever they say
            at += 1
            continue
        used = _metadata_line(job, views, at)
        if used:
            at += used
            continue
        at += 1
        byline = find_byline(line.text, job.vocab) if line.count <= 12 else None
        in_body_zone = first_paragraph <= line.index <= last_paragraph
        if byline is not None and (byline.labelled or not in_body_zone):
            job.set_author(line, byline.name)
            if byline.date_iso and not job.meta.date:
                job.meta.date = byline.date_iso
            continue
        if line.count <= _HEAD_BYLINE_MAX_WORDS:
            found = dateline_date(line.plain, job.vocab)
            if found is not None:
                job.set_date(line, found.iso)
                continue
        verdict = score_line(line, job.vocab, arabic_document=arabic_document,
                             in_tail=line.index > last_paragraph >= 0)
        if verdict.score >= BOILERPLATE_SCORE:
            job.remove(line, verdict.reason)
            if verdict.related_heading:
                at += _related_block(job, views, at - 1)
            continue
        following = views[at] if at < len(views) else None
        if title_line is None and not job.body and detect_title and \
                _is_label_above_title(line, following, first_paragraph, job.vocab):
            if job.meta.category:
                job.remove(line, "section label above the title")
            else:
                job.meta.category = line.plain.rstrip(":：").strip()
                job.move(line, f"section label → category: {job.meta.category}")
            continue
        if line.index in menu:
            job.remove(line, "navigation menu")
            continue
        if title_line is None and not job.body and detect_title:
            if _substantive(line):
                title_line = line
                job.meta.title = line.plain
                job.move(line, "title")
                continue
        elif title_line is not None and not job.body:
            name = name_line(line.text, job.vocab) if not job.meta.author and \
                _ends_block(job.lines, line.index) else None
            if name is not None:
                job.set_author(line, name)
                continue
            if _is_deck(line, first_paragraph) and not job.meta.subtitle:
                job.meta.subtitle = line.plain
                job.move(line, "deck under the title → subtitle")
                continue
        if title_line is not None and line.plain == title_line.plain:
            job.remove(line, "repeats the title")
            continue
        job.body.add(line.index)
    job.meta.lang = "ar" if arabic_document else "en"
    body = assemble_body(job.lines, job.body, markdown=markdown)
    result = ImportResult(Article(job.meta, body), job.removed, job.moved)
    if not job.meta.title and detect_title:
        result.notes.append("No title was found: the text starts with a paragraph.")
    return result


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether the text was wrapped at a fixed width: the lines inside its blocks are short
    and mostly stop mid-sentence. (Paragraph-per-line text ends nearly every line with a
    full stop.)"""
    inner = [line for block in blocks for line in block[:-1] if not _STRUCTURAL.match(line)]
    if len(inner) < 2 or any(len(line) > 100 for line in inner):
        return False
    return sum(ends_sentence(line) for line in inner) < len(inner) / 2


def assemble_body(lines: list[str], keep: set[int], *, markdown: bool) -> str:
    """The kept lines, blank-line runs collapsed. In plain text each line is its own paragraph,
    unless the text is hard-wrapped (then the lines of a block are one paragraph)."""
    blocks: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if index in keep:
            blocks[-1].append(line)
        elif blocks[-1] and not line.strip():
            blocks.append([])
    blocks = [block for block in blocks if block]
    if not markdown and not _hard_wrapped(blocks):
        split: list[list[str]] = []
        for block in blocks:
            split.append([block[0]])
            for previous, line in itertools.pairwise(block):
                if _STRUCTURAL.match(line) and _STRUCTURAL.match(previous):
                    split[-1].append(line)
                else:
                    split.append([line])
        blocks = split
    text = "\n\n".join("\n".join(block) for block in blocks)
    return text + "\n" if text else ""
