"""Turning a web paste or a plain text file into a clean article.

One pass over the lines, in order: tag and category lines go to the metadata; bylines and
datelines go to the metadata; boilerplate (scored in ``linefeatures``) is dropped; the first
remaining line is the title, a short name line right under it is the byline; the rest is the
body, whose words are kept exactly as written. Everything taken out is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Article, Metadata
from ..notices import Notice
from .bylines import find_byline, name_line
from .dates import dateline_date
from .headzone import can_be_title, ends_block, head_menu, is_deck, is_section_label
from .html_to_markdown import html_to_markdown
from .linefeatures import (
    BOILERPLATE_SCORE,
    LineView,
    looks_like_link_title,
    score_line,
    view_line,
)
from .pastelayout import assemble_body, normalize_lines, protected_lines
from .result import ImportResult, Removal
from .textfold import ends_sentence, rest_after_words, script_counts
from .vocabulary import Vocabulary, load_vocabulary, starts_with

__all__ = ["clean_web_text", "looks_like_web_page", "normalize_lines"]

_ITEM_SPLIT = re.compile(r"\s*[,،؛;|/]\s*|\s+(?=#)")
_HASHTAG_LINE = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+)*")
_HEAD_BYLINE_MAX_WORDS = 12


def _items(text: str) -> list[str]:
    return [
        item.strip().lstrip("#").strip()
        for item in _ITEM_SPLIT.split(text)
        if item.strip().lstrip("#").strip()
    ]


def _tag_like(items: list[str], text: str) -> bool:
    """Items of a tag/category line are a few words each, never a sentence."""
    return (
        bool(items)
        and all(len(item.split()) <= 5 for item in items)
        and not text.rstrip().endswith((".", "!", "؟", "?"))
    )


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
    """One cleanup: the lines, what is known of them, and what has been decided."""

    vocab: Vocabulary
    lines: list[str]
    markdown: bool
    detect_title: bool
    meta: Metadata = field(default_factory=Metadata)
    removed: list[Removal] = field(default_factory=list)
    moved: list[Removal] = field(default_factory=list)
    body: set[int] = field(default_factory=set)  # indexes of the lines kept in the body
    title_line: LineView | None = None

    def __post_init__(self) -> None:
        self.views = [view_line(i, line) for i, line in enumerate(self.lines) if line.strip()]
        arabic, latin = script_counts("\n".join(self.lines))
        self.arabic_document = arabic >= latin
        paragraphs = [v.index for v in self.views if v.count >= 15 and ends_sentence(v.plain)]
        self.first_paragraph, self.last_paragraph = (
            (paragraphs[0], paragraphs[-1]) if paragraphs else (-1, -1)
        )
        self.menu = head_menu(self.views, self.vocab, self.first_paragraph)
        self.protected = protected_lines(self.lines)

    # ---- recording decisions ---------------------------------------------------------------

    def remove(self, line: LineView, reason: str, kind: str) -> None:
        """Drop ``line``; ``reason`` is a Notice, or a vocabulary category's own reason."""
        self.removed.append(Removal(line.index + 1, line.text, reason, kind))

    def move(self, line: LineView, what: Notice, kind: str) -> None:
        self.moved.append(Removal(line.index + 1, line.text, what, kind))

    def set_author(self, line: LineView, name: str) -> None:
        if self.meta.author:
            self.remove(
                line,
                Notice(
                    "byline (the article's byline is already “{author}”)", author=self.meta.author
                ),
                "duplicate",
            )
        else:
            self.meta.author = name
            self.move(line, Notice("byline → author: {name}", name=name), "author")

    def set_date(self, line: LineView, iso: str | None) -> None:
        value = iso or line.plain
        if self.meta.date:
            self.remove(
                line,
                Notice("dateline (the article's date is already {date})", date=self.meta.date),
                "duplicate",
            )
        else:
            self.meta.date = value
            self.move(line, Notice("dateline → date: {date}", date=value), "date")

    # ---- the pass ----------------------------------------------------------------------------

    def run(self) -> ImportResult:
        at = 0
        while at < len(self.views):
            line = self.views[at]
            following = self.views[at + 1] if at + 1 < len(self.views) else None
            used = 1
            if line.index in self.protected:
                self.body.add(line.index)  # code and table rows are the article's
            elif not (used := self._metadata_line(at)):
                used = 1 + self._classify(line, following, at)
            at += used
        self.meta.lang = "ar" if self.arabic_document else "en"
        body = assemble_body(self.lines, self.body, markdown=self.markdown)
        result = ImportResult(Article(self.meta, body), self.removed, self.moved)
        if not self.meta.title and self.detect_title:
            result.notes.append(Notice("No title was found: the text starts with a paragraph."))
        return result

    def _classify(self, line: LineView, following: LineView | None, at: int) -> int:
        """Decide one line; return how many lines after it were decided with it."""
        if self._byline_or_dateline(line):
            return 0
        verdict = score_line(
            line,
            self.vocab,
            arabic_document=self.arabic_document,
            in_tail=line.index > self.last_paragraph >= 0,
        )
        if verdict.score >= BOILERPLATE_SCORE:
            self.remove(line, verdict.reason, verdict.kind)
            return self._related_block(at) if verdict.related_heading else 0
        if not self._head_line(line, following) and not self._signature(line, at):
            if self.title_line is not None and line.plain == self.title_line.plain:
                self.remove(line, Notice("repeats the title"), "duplicate")
            else:
                self.body.add(line.index)
        return 0

    def _byline_or_dateline(self, line: LineView) -> bool:
        byline = find_byline(line.text, self.vocab) if line.count <= 12 else None
        in_body = self.first_paragraph <= line.index <= self.last_paragraph
        if byline is not None and (byline.labelled or not in_body):
            self.set_author(line, byline.name)
            if byline.date_iso and not self.meta.date:
                self.meta.date = byline.date_iso
            return True
        found = (
            dateline_date(line.plain, self.vocab) if line.count <= _HEAD_BYLINE_MAX_WORDS else None
        )
        if found is not None:
            self.set_date(line, found.iso)
            return True
        return False

    def _head_line(self, line: LineView, following: LineView | None) -> bool:
        """Section label, menu, title, byline name or standfirst, before the body starts."""
        if self.body:
            return False
        before_title = self.title_line is None and self.detect_title
        if before_title and is_section_label(line, following, self.first_paragraph, self.vocab):
            if self.meta.category:
                self.remove(line, Notice("section label above the title"), "duplicate")
            else:
                self.meta.category = line.plain.rstrip(":：").strip()
                self.move(
                    line,
                    Notice("section label → category: {category}", category=self.meta.category),
                    "category",
                )
            return True
        if line.index in self.menu:
            self.remove(line, Notice("navigation menu"), "menu")
            return True
        if before_title:
            if can_be_title(line):
                self.title_line = line
                self.meta.title = line.plain
                self.move(line, Notice("title"), "title")
                return True
            return False
        if self.title_line is None:
            return False
        name = (
            name_line(line.text, self.vocab)
            if not self.meta.author and ends_block(self.lines, line.index)
            else None
        )
        if name is not None:
            self.set_author(line, name)
            return True
        if is_deck(line, self.first_paragraph) and not self.meta.subtitle:
            self.meta.subtitle = line.plain
            self.move(line, Notice("deck under the title → subtitle"), "subtitle")
            return True
        return False

    def _signature(self, line: LineView, at: int) -> bool:
        """An op-ed signed at the end: a bare name right after the last paragraph."""
        after_last = at > 0 and self.views[at - 1].index == self.last_paragraph
        name = (
            name_line(line.text, self.vocab)
            if after_last and not self.meta.author and ends_block(self.lines, line.index)
            else None
        )
        if name is None:
            return False
        self.set_author(line, name)
        return True

    def _metadata_line(self, at: int) -> int:
        """Handle a tags/category line at ``views[at]``; return how many lines it used."""
        views, line = self.views, self.views[at]
        for prefixes, kind in (
            (self.vocab.tag_prefixes, "tags"),
            (self.vocab.category_prefixes, "category"),
        ):
            items = labelled_items(line, prefixes)
            used, text = 1, line.plain
            if items == [] and at + 1 < len(views):
                text = views[at + 1].plain  # the label alone, items on the line below it
                items, used = _items(text), 2
                if len(items) < 2 and kind == "tags":
                    items = []  # "مواضيع" over one short line is a subheading, not tags
            if not items or not _tag_like(items, text):
                continue
            if kind == "tags":
                known = set(self.meta.tags)  # thousands of tags: no list search per tag
                self.meta.tags.extend(t for t in dict.fromkeys(items) if t not in known)
            elif not self.meta.category:
                self.meta.category = items[0]
            what = (
                Notice("tags → {items}", items=", ".join(items))
                if kind == "tags"
                else Notice("category → {items}", items=", ".join(items))
            )
            for offset in range(used):
                self.move(views[at + offset], what, kind)
            return used
        if _HASHTAG_LINE.fullmatch(line.text):
            # "#عادات_رقمية": the underscore stands for a space a hashtag cannot hold.
            items = [item.replace("_", " ") for item in _items(line.text)]
            self.meta.tags.extend(t for t in items if t not in self.meta.tags)
            self.move(line, Notice("tags → {items}", items=", ".join(items)), "tags")
            return 1
        return 0

    def _related_block(self, at: int) -> int:
        """Drop the link lines under a "read also" heading; return how many were dropped."""
        used = 0
        for line in self.views[at + 1 :]:
            if not looks_like_link_title(line) or (ends_sentence(line.plain) and line.count > 12):
                break
            if (
                score_line(line, self.vocab, arabic_document=True, in_tail=False).score
                >= BOILERPLATE_SCORE
            ):
                break  # a footer or widget of its own kind ends the block
            self.remove(line, Notice("“read also”/related links"), "related")
            used += 1
        return used


def clean_web_text(
    text: str, *, markdown: bool = False, detect_title: bool = True, vocab: Vocabulary | None = None
) -> ImportResult:
    """Clean a web paste or plain text into an article (see the module docstring).

    ``markdown`` says the text is already Markdown (e.g. converted from pasted HTML): its
    line structure is then kept as it is. ``detect_title=False`` is for text whose title is
    already known (an article's body): its first line stays in the body.
    """
    lines = normalize_lines(text, keep_hard_breaks=markdown)
    return _Cleanup(vocab or load_vocabulary(), lines, markdown, detect_title).run()


# A paste whose clean-up removes this many lines of page furniture (share and comment widgets,
# menus, footers…) is a web page; an article's own paragraphs never lose that many.
WEB_PAGE_REMOVALS = 3


def looks_like_web_page(text: str | None, html: str | None = None) -> bool:
    """Whether pasted text (or the HTML copied with it) carries a web page's boilerplate.

    The same judgement as the clean-up itself (``clean_web_text``): it is a web page when
    that would remove at least ``WEB_PAGE_REMOVALS`` boilerplate lines. Repeated lines
    ("duplicate") do not count: they can come from the writer's own text.
    """
    if html and html.strip():
        source, markdown = html_to_markdown(html), True
    else:
        source, markdown = text or "", False
    if source.count("\n") < WEB_PAGE_REMOVALS:
        return False
    result = clean_web_text(source, markdown=markdown)
    furniture = [r for r in result.removed if r.kind != "duplicate"]
    return len(furniture) >= WEB_PAGE_REMOVALS
