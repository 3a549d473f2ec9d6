"""Proofreading while typing: findings per paragraph, checked off the keystroke path.

Two passes share one worker thread (so the spell checker is only ever used from one thread):
- a quick pass, ~300 ms after typing pauses, checks the visible paragraphs whose text has not
  been checked yet (about 0.5 ms each);
- a full pass, after a longer pause, checks the whole article (body and metadata) for the
  proofreading panel and for the article-wide facts (digit and quote style) rules compare with.
Results are keyed by paragraph text, so a result for text that has since changed is never
shown, and paragraphs that scroll into view are checked the same lazy way they are highlighted.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor

from ...core.article import Article
from ...core.errors import ArticleError
from ...core.proofing import (
    WORD_KINDS,
    ArticleCheck,
    ArticleFix,
    Finding,
    Proofreader,
    ProofSettings,
    TeamDictionary,
    fix_article_safe,
)
from ...core.proofing.rules.base import DocumentProfile
from ..background import Background
from ..editor_pane import EditorPane

logger = logging.getLogger(__name__)

QUICK_DELAY_MS = 300
FULL_DELAY_MS = 1200
_MAX_CACHED_LINES = 50_000


def _underline(color: str, style: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(color))
    return fmt


UNDERLINES = {
    "spelling": _underline("#d32f2f", QTextCharFormat.UnderlineStyle.WaveUnderline),
    "typography": _underline("#1e6fd9", QTextCharFormat.UnderlineStyle.WaveUnderline),
    "style": _underline("#2e9d5b", QTextCharFormat.UnderlineStyle.DashUnderline),
    "name": _underline("#9e9e9e", QTextCharFormat.UnderlineStyle.DotLine),
}
# Kinds about a single word, left alone while it is being typed.


class ProofingController(QObject):
    """Owns the proofreader for one window and feeds findings to the editor and the panel."""

    checked = Signal(object)  # ArticleCheck of the latest full pass
    spelling_state = Signal(bool)  # whether an Arabic dictionary is in use
    word_list_problem = Signal(object)  # ArticleError reading the team dictionary, or None

    def __init__(
        self,
        editor: EditorPane,
        article: Callable[[], Article],
        settings: ProofSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.article = article
        self.enabled = True
        self.team: TeamDictionary | None = None
        self.word_list_error: ArticleError | None = None
        self.proofreader = Proofreader(settings or ProofSettings(hunspell_suggestions=False))
        self.profile = DocumentProfile()
        self.last_check: ArticleCheck | None = None
        self._lines: dict[str, tuple[Finding, ...]] = {}
        self._ignored_once: set[tuple[str, int, str]] = set()
        self._asked: set[str] = set()
        self._full_sequence = 0
        self._closed = False
        # One worker thread: the spell checker is only ever used from it.
        self._worker = Background("proofing", self)
        self._quick = self._timer(QUICK_DELAY_MS, self._quick_pass)
        self._full = self._timer(FULL_DELAY_MS, self.run_full_check)
        self._typing: tuple[int, int] | None = None  # (block, offset) of the last edit
        editor.highlighter.add_decorations(self.spans_for)
        editor.document().contentsChange.connect(self._edited)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.view_changed.connect(self._scrolled)  # not every repaint: twice a keystroke

    def _timer(self, msec: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    # -- settings -------------------------------------------------------------------------
    def set_settings(self, settings: ProofSettings) -> None:
        """New house style or rule choices: everything is checked again."""
        self.proofreader = Proofreader(settings, team=self.team)
        self.recheck()

    # -- the user's word lists ------------------------------------------------------------
    def set_team_dictionary(self, path: str) -> None:
        """Use the team dictionary at ``path`` ("" for none); it is read in the worker."""
        team = TeamDictionary(path, load=False) if path.strip() else None
        self.team = team
        proofreader = self.proofreader

        def work() -> ArticleError | None:
            proofreader.set_team_dictionary(team)
            return _refreshed(proofreader)[1]

        self._worker.submit(work, self._team_set)

    def _team_set(self, error: ArticleError | None) -> None:
        self._word_lists_read(error)
        self.recheck()

    def refresh_word_lists(self, personal: bool = False) -> None:
        """Read the team dictionary again if it changed (and the personal dictionary when
        ``personal``, after the dictionary manager edited it); check again if words changed."""
        proofreader = self.proofreader
        self._worker.submit(lambda: _refreshed(proofreader, personal), self._refreshed_done)

    def _refreshed_done(self, result: tuple[bool, ArticleError | None]) -> None:
        changed, error = result
        self._word_lists_read(error)
        if changed:
            self.recheck()

    def _word_lists_read(self, error: ArticleError | None) -> None:
        """Say when reading the team dictionary starts or stops failing (not at every check)."""
        message = error.message if error is not None else None
        if message != (self.word_list_error.message if self.word_list_error else None):
            self.word_list_error = error
            self.word_list_problem.emit(error)

    def recheck(self) -> None:
        """Forget what the editor shows and check the whole article again (the proofreader and
        its dictionary stay: a new word or ignored word changes the findings, not them)."""
        self._lines.clear()
        self.last_check = None
        self._redecorate()
        self.run_full_check()

    # -- what the editor shows ------------------------------------------------------------
    def findings_in(self, block: QTextBlock) -> tuple[Finding, ...]:
        text = block.text()
        found = self._lines.get(text, ())
        return tuple(f for f in found if (text, f.start, f.rule) not in self._ignored_once)

    def spans_for(self, block: QTextBlock) -> list[tuple[int, int, QTextCharFormat]]:
        """Underlines for one paragraph; the word being typed is left alone until left."""
        if not self.enabled:
            return []
        spans = []
        typing_at = (
            self._typing[1] if self._typing and self._typing[0] == block.blockNumber() else -1
        )
        text = block.text()
        for finding in self.findings_in(block):
            if finding.kind in WORD_KINDS and finding.start <= typing_at <= finding.end:
                continue
            start, end = whole_words(text, finding.start, finding.end)
            spans.append((start, end - start, UNDERLINES[finding.kind]))
        return spans

    def finding_at(self, position: int) -> tuple[QTextBlock, Finding] | None:
        block = self.editor.document().findBlock(position)
        offset = position - block.position()
        for finding in self.findings_in(block):
            if finding.start <= offset < max(finding.end, finding.start + 1):
                return block, finding
        return None

    def _redecorate(self, blocks: list[QTextBlock] | None = None) -> None:
        highlighter = self.editor.highlighter
        if blocks is None:
            highlighter.invalidate()
            self.editor.refresh_visible_formats()
        else:
            for block in blocks:
                if block.isValid():
                    highlighter.format_block(block)

    # -- reacting to the editor -----------------------------------------------------------
    def _edited(self, position: int, _removed: int, added: int) -> None:
        block = self.editor.document().findBlock(position + added)
        self._typing = (block.blockNumber(), position + added - block.position())
        if self.enabled:
            self._quick.start()
            self._full.start()

    def _cursor_moved(self) -> None:
        cursor = self.editor.textCursor()
        if self._typing and (cursor.blockNumber(), cursor.positionInBlock()) != self._typing:
            number = self._typing[0]
            self._typing = None
            # The word just left is finished: underline it now if it is wrong.
            self._redecorate([self.editor.document().findBlockByNumber(number)])

    def _scrolled(self, *_: object) -> None:
        if self._needs_quick():
            self._quick.start()

    def _needs_quick(self) -> bool:
        if not self.enabled or self._quick.isActive():
            return False
        first, last = self.editor.visible_block_range()
        block = first
        while block.isValid() and block.blockNumber() <= last:
            if block.text() not in self._lines and block.text() not in self._asked:
                return True
            block = block.next()
        return False

    # -- quick pass -----------------------------------------------------------------------
    def _quick_pass(self) -> None:
        if not self.enabled:
            return
        first, last = self.editor.visible_block_range()
        cursor_block = self.editor.textCursor().block()
        texts = []
        block = first
        while block.isValid() and block.blockNumber() <= last:
            if not self.editor.highlighter.in_fence(block.blockNumber()):
                texts.append(block.text())
            block = block.next()
        texts.append(cursor_block.text())
        wanted = [t for t in dict.fromkeys(texts) if t not in self._lines and t not in self._asked]
        if not wanted:
            return
        self._asked.update(wanted)
        proofreader, profile = self.proofreader, self.profile
        self._worker.submit(
            lambda: {text: tuple(proofreader.check_block(text, profile)) for text in wanted},
            lambda result: self._quick_done(result, profile),
        )

    def _quick_done(self, result: dict[str, tuple[Finding, ...]], profile: DocumentProfile) -> None:
        self._asked.difference_update(result)
        if profile != self.profile:
            return  # checked against article facts that have changed since
        self._store(result)
        self._redecorate_texts(set(result))

    def _redecorate_texts(self, texts: set[str]) -> None:
        first, last = self.editor.visible_block_range()
        block, changed = first, []
        while block.isValid() and block.blockNumber() <= last:
            if block.text() in texts:
                changed.append(block)
            block = block.next()
        self._redecorate(changed)

    # -- full pass ------------------------------------------------------------------------
    def run_full_check(self) -> None:
        """Check the whole article in the worker; the panel and the facts follow."""
        if not self.enabled:
            return
        self._full.stop()
        self._full_sequence += 1
        sequence = self._full_sequence
        article = self.article()
        proofreader = self.proofreader

        def work() -> tuple[ArticleCheck, ArticleError | None]:
            error = _refreshed(proofreader)[1]  # a changed team list counts from this check on
            return proofreader.check_article(article), error

        def done(result: tuple[ArticleCheck, ArticleError | None]) -> None:
            self._word_lists_read(result[1])
            self._full_done(sequence, result[0], article.body)

        self._worker.submit(work, done)

    def check_loaded(self, article: Article) -> None:
        """A newly shown article is checked at once, not after the pause typing waits for (an
        empty new one is left for later: nothing to underline yet)."""
        if article.body.strip():
            self.run_full_check()

    def schedule_full_check(self) -> None:
        """A full check after the usual pause (e.g. after an edit of the details)."""
        if self.enabled:
            self._full.start()

    def fix_article(self, article: Article) -> ArticleFix:
        """Every safe fix of ``article`` (body and details), computed in the worker exactly as
        ``midad fix --safe`` computes them for its file."""
        proofreader = self.proofreader
        return self._worker.run(lambda: fix_article_safe(article, proofreader))

    def check_now(self) -> ArticleCheck:
        """A full check in the calling thread (for commands that need fresh findings)."""
        if self._closed:
            return ArticleCheck([], [], self.profile)
        article, proofreader = self.article(), self.proofreader
        check = self._worker.run(lambda: proofreader.check_article(article))
        self._full_done(self._full_sequence, check, article.body)
        return check

    def _full_done(self, sequence: int, check: ArticleCheck, body: str) -> None:
        """Findings of ``body`` (the text checked, not the editor's text now) by line."""
        if sequence != self._full_sequence:
            return  # the text changed again; a newer check is coming
        if check.profile != self.profile:
            self._lines.clear()
            self.profile = check.profile
        lines = body.split("\n")
        by_line: dict[int, list[Finding]] = {}
        for finding in check.body:
            by_line.setdefault(finding.line - 1, []).append(finding)
        fresh: dict[str, tuple[Finding, ...]] = {}
        for number, text in enumerate(lines):
            found = by_line.get(number, ())
            fresh[text] = tuple(in_line(f, len(text)) for f in found)
        self._store(fresh)
        self.last_check = check
        self._redecorate()
        self.checked.emit(check)
        spell = self.proofreader.spell
        self.spelling_state.emit(spell is not None and spell.unavailable_reason is None)

    def _store(self, result: dict[str, tuple[Finding, ...]]) -> None:
        if len(self._lines) + len(result) > _MAX_CACHED_LINES:
            self._lines.clear()
        self._lines.update(result)

    # -- actions --------------------------------------------------------------------------
    def suggestions_for(self, finding: Finding) -> tuple[str, ...]:
        """Every suggestion, hunspell's included (asked for only when a menu opens)."""
        if self._closed:
            return finding.suggestions
        proofreader = self.proofreader
        try:
            return self._worker.run(lambda: proofreader.full_suggestions(finding), timeout=3)
        except Exception:  # a slow or failing dictionary: our own suggestions still help
            logger.warning(
                "No dictionary suggestions for a %s finding", finding.rule, exc_info=True
            )
            return finding.suggestions

    def ignore_once(self, block: QTextBlock, finding: Finding) -> None:
        self._ignored_once.add((block.text(), finding.start, finding.rule))
        self._redecorate([block])

    def add_to_dictionary(self, word: str) -> None:
        proofreader = self.proofreader
        self._worker.submit(lambda: proofreader.add_to_dictionary(word))
        self.recheck()

    def shutdown(self) -> None:
        self._closed = True
        self.enabled = False
        self._quick.stop()
        self._full.stop()
        self._worker.shutdown()


def _refreshed(
    proofreader: Proofreader, personal: bool = False
) -> tuple[bool, ArticleError | None]:
    """Run in the worker: whether the word lists changed, and why the team list is unreadable."""
    try:
        return proofreader.refresh_word_lists(personal), None
    except ArticleError as exc:
        logger.info("Word lists not refreshed: %s", exc)
        return personal, exc  # a re-read personal dictionary still counts


def in_line(finding: Finding, line_length: int) -> Finding:
    """A body finding moved to offsets within its line (clipped at the line's end)."""
    start = finding.column - 1
    return replace(finding, start=start, end=min(line_length, start + finding.end - finding.start))


def _in_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn" or ch == "\u0640"


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to whole words.

    Qt shapes each run of equally formatted text on its own, so an underline that began or
    ended inside an Arabic word would cut the word's joining (or strand its tashkeel).
    """
    while 0 < start < len(text) and _in_word(text[start - 1]) and _in_word(text[start]):
        start -= 1
    while 0 < end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
        end += 1
    return start, end


def select_finding(editor: EditorPane, block: QTextBlock, finding: Finding) -> None:
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + finding.start)
    cursor.setPosition(block.position() + finding.end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
