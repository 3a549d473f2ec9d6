"""The proofreading engine: runs the enabled rules over an article, block by block.

Blocks are cached by their text, so after an edit only the changed paragraph is checked again
(``check_body`` on the new body, or ``check_block`` directly). Article-wide facts (digit and
quote style, the article's ignore list) form a DocumentProfile that every block is checked
against; the cache is keyed by it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..article import Article, Metadata, metadata_from_mapping
from ..frontmatter import FrontMatterError, parse_yaml_mapping, split_front_matter
from ..notices import Notice
from .findings import Finding, LineIndex
from .markdown_mask import Block, mask_block, split_blocks
from .metadata_values import CHECKED_FIELDS, value_pieces
from .names import metadata_words
from .normalize import normalize_word
from .rules import BlockContext, DocumentProfile, Hit, Rule, all_rules
from .rules.base import block_words
from .rules.house import count_digit_styles, count_quote_styles, profile_styles
from .settings import ProofSettings
from .spelling import SpellChecker
from .wordlists import PersonalDictionary, TeamDictionary, ignored_words

_CACHE_LIMIT = 20_000
# Findings of one rule in one block beyond which the rule stops there: a pasted million words
# repeating one word would make a million identical findings (and take a minute to list).
MAX_HITS_PER_RULE = 1_000
_DICTIONARY_RULES = ("spelling", "probable-name")


@dataclass(frozen=True)
class _BlockFacts:
    masked: str
    digits: dict[str, int]
    quotes: dict[str, int]
    unknown: tuple[str, ...] = ()  # normalised words the dictionary does not know


@dataclass
class BodyCheck:
    findings: list[Finding]  # offsets into the body
    profile: DocumentProfile
    # (offset of the block in the body, rule id): a rule that stopped at MAX_HITS_PER_RULE
    capped: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class ArticleCheck:
    body: list[Finding]  # offsets, lines and columns into article.body
    metadata: list[Finding]  # offsets into each field's value (see check_metadata)
    profile: DocumentProfile


@dataclass
class DocumentCheck:
    findings: list[Finding]  # offsets into the whole file text, with line and column
    profile: DocumentProfile
    warnings: list[Notice] = field(default_factory=list)


class Proofreader:
    """Checks text with one set of settings; keep one per window and reuse it (it caches)."""

    def __init__(
        self,
        settings: ProofSettings | None = None,
        spell: SpellChecker | None = None,
        personal: PersonalDictionary | None = None,
        team: TeamDictionary | None = None,
    ) -> None:
        self.settings = settings or ProofSettings()
        self.rules: list[Rule] = [
            rule
            for rule in all_rules()
            if self.settings.rule_enabled(rule.id, rule.default_enabled)
            and (
                self.settings.spelling
                or (rule.kind != "spelling" and rule.id not in _DICTIONARY_RULES)
            )
        ]
        self._wants_dictionary = any(
            rule.id in _DICTIONARY_RULES or rule.kind == "spelling" for rule in self.rules
        )
        self._spell = spell
        self._personal = personal
        self._team = team  # the newsroom's shared list: its words count as personal ones
        self._facts: dict[str, _BlockFacts] = {}
        self._findings: dict[tuple[str, DocumentProfile, bool], list[Finding]] = {}
        self._capped: dict[tuple[str, DocumentProfile, bool], tuple[str, ...]] = {}

    # -- spelling resources ------------------------------------------------------------------

    @property
    def personal_dictionary(self) -> PersonalDictionary:
        if self._personal is None:
            self._personal = PersonalDictionary()
        return self._personal

    @property
    def spell(self) -> SpellChecker | None:
        if not self._wants_dictionary:
            return None
        if self._spell is None:
            self._spell = SpellChecker()
            self._spell.add_words(self._user_words())
        return self._spell

    @property
    def spelling_warning(self) -> Notice | None:
        """Why spelling is not checked (said once by the caller), or None."""
        spell = self.spell
        return spell.unavailable_reason if spell is not None else None

    def add_to_dictionary(self, word: str) -> bool:
        """Add a word to the personal dictionary; it stops being flagged at once."""
        added = self.personal_dictionary.add(word)
        if self._spell is not None:
            self._spell.add_words(self._user_words())
        self.forget_cache()
        return added

    # -- the user's word lists (personal dictionary, team dictionary) -------------------------

    @property
    def team_dictionary(self) -> TeamDictionary | None:
        return self._team

    def set_team_dictionary(self, team: TeamDictionary | None) -> None:
        """Use another team dictionary (None: none); cached findings are dropped."""
        self._team = team
        self._reset_user_words()

    def refresh_word_lists(self, personal: bool = False) -> bool:
        """Read the team dictionary again if it changed on disk (and the personal dictionary
        when ``personal``); True when the words changed, and then cached findings are dropped.
        An unreadable team dictionary raises FileAccessError and its last words stay."""
        if self._team is None and not personal:
            return False
        before = self._user_words()
        if personal:
            self._personal = PersonalDictionary(self.personal_dictionary.path)
        try:
            if self._team is not None:
                self._team.refresh()
        finally:
            changed = self._user_words() != before
            if changed:
                self._reset_user_words()
        return changed

    def _user_words(self) -> set[str]:
        words = set(self.personal_dictionary.words)
        if self._team is not None:
            words.update(self._team.words)
        return words

    def _reset_user_words(self) -> None:
        if self._spell is not None:
            self._spell.set_words(self._user_words())
        self.forget_cache()

    def full_suggestions(self, finding: Finding) -> tuple[str, ...]:
        """All suggestions for a finding, hunspell's included, for an engine whose settings
        defer them (``hunspell_suggestions=False``, so typing never waits 10-100 ms a word)."""
        spell = self.spell
        if finding.rule != "spelling" or spell is None:
            return finding.suggestions
        return spell.suggestions(normalize_word(finding.text), with_hunspell=True)

    def forget_cache(self, masks: bool = False) -> None:
        """Drop cached findings (after a word-list change); ``masks`` drops block masks too."""
        self._findings.clear()
        self._capped.clear()
        if masks:
            self._facts.clear()

    # -- checking ----------------------------------------------------------------------------

    def _block_facts(self, text: str, is_metadata: bool = False) -> _BlockFacts:
        facts = self._facts.get(text) if not is_metadata else None
        if facts is None:
            masked = mask_block(text, markdown_blocks=not is_metadata)
            facts = _BlockFacts(
                masked,
                count_digit_styles(masked),
                count_quote_styles(masked),
                self._unknown_words(text, masked),
            )
            if is_metadata:
                return facts
            if len(self._facts) > _CACHE_LIMIT:
                self._facts.clear()
            self._facts[text] = facts
        return facts

    def check_block(
        self, text: str, profile: DocumentProfile | None = None, is_metadata: bool = False
    ) -> list[Finding]:
        """Findings in one block of Markdown (offsets into ``text``; line/column not set)."""
        profile = profile or DocumentProfile()
        key = (text, profile, is_metadata)
        cached = self._findings.get(key)
        if cached is not None:
            return cached
        ctx = BlockContext(
            text,
            self._block_facts(text, is_metadata).masked,
            self.settings,
            profile,
            self.spell,
            is_metadata,
        )
        capped: list[str] = []
        findings = _resolve(self._run_rules(ctx, capped), text)
        if len(self._findings) > _CACHE_LIMIT:
            self._findings.clear()
            self._capped.clear()
        self._findings[key] = findings
        if capped:
            self._capped[key] = tuple(capped)
        return findings

    def capped_rules(
        self, text: str, profile: DocumentProfile | None = None, is_metadata: bool = False
    ) -> tuple[str, ...]:
        """The rules that stopped at MAX_HITS_PER_RULE findings in a block ``check_block``
        has checked (with the same arguments)."""
        return self._capped.get((text, profile or DocumentProfile(), is_metadata), ())

    def _unknown_words(self, text: str, masked: str) -> tuple[str, ...]:
        spell = self.spell
        if spell is None or not spell.available:
            return ()
        found = (spell.misspelled_form(word.group()) for word in block_words(text, masked))
        return tuple(word for word in found if word is not None)

    def _run_rules(self, ctx: BlockContext, capped: list[str]) -> Iterable[tuple[Rule, Hit]]:
        for rule in self.rules:
            for count, hit in enumerate(rule.detect(ctx), start=1):
                yield rule, hit
                if count >= MAX_HITS_PER_RULE:
                    capped.append(rule.id)
                    break

    def profile(
        self, body: str, ignored: Iterable[str] = (), metadata: Metadata | None = None
    ) -> DocumentProfile:
        """The article-wide facts of a body (cheap after the first call: blocks are cached)."""
        return self._profile(split_blocks(body), ignored, _metadata_texts(metadata))

    def _profile(
        self,
        blocks: list[Block],
        ignored: Iterable[str],
        metadata: tuple[list[str], list[str]] = ([], []),
    ) -> DocumentProfile:
        digits = {"western": 0, "arabic-indic": 0}
        quotes = {"guillemets": 0, "curly": 0}
        unknown: Counter[str] = Counter()
        for block in blocks:
            if block.code:
                continue
            facts = self._block_facts(block.text)
            for name, count in facts.digits.items():
                digits[name] += count
            for name, count in facts.quotes.items():
                quotes[name] += count
            unknown.update(facts.unknown)
        digit_style, quote_style = profile_styles(digits, quotes)
        titles, names = metadata
        # A word of the title counts once more: a name in the title and once in the text is
        # vouched for, a word only in the title is not (it would vouch for itself).
        for word in metadata_words(titles):
            if word in unknown:
                unknown[word] += 1
        repeated = {word for word, count in unknown.items() if count >= 2}
        hints = frozenset(repeated | metadata_words(names))
        return DocumentProfile(
            digit_style, quote_style, frozenset(ignored), hints, metadata_words(names)
        )

    def check_body(
        self, body: str, ignored: Iterable[str] = (), metadata: Metadata | None = None
    ) -> BodyCheck:
        """Findings in a Markdown body (offsets into ``body``; line/column not set).
        ``metadata`` lends its names (author, tags...) to the name detection."""
        blocks = split_blocks(body)
        profile = self._profile(blocks, ignored, _metadata_texts(metadata))
        findings: list[Finding] = []
        capped: list[tuple[int, str]] = []
        for block in blocks:
            if not block.code:
                block_findings = self.check_block(block.text, profile)
                findings.extend(f.shifted(block.start) for f in block_findings)
                capped.extend(
                    (block.start, rule) for rule in self.capped_rules(block.text, profile)
                )
        return BodyCheck(findings, profile, capped)

    def check_metadata(
        self, metadata: Metadata, profile: DocumentProfile | None = None
    ) -> list[Finding]:
        """Findings in the checked metadata fields; offsets are into each field's own value
        (for tags, into the tag; ``extra["tag_index"]`` says which)."""
        profile = profile or DocumentProfile(ignored_words=frozenset(ignored_words(metadata)))
        findings: list[Finding] = []
        for name in CHECKED_FIELDS:
            values = metadata.tags if name == "tags" else [getattr(metadata, name)]
            for index, value in enumerate(values):
                for finding in self.check_block(value, profile, is_metadata=True):
                    extra = {"tag_index": index} if name == "tags" else {}
                    findings.append(_with_field(finding, name, extra))
        return findings

    def check_article(self, article: Article) -> ArticleCheck:
        """What the editor shows: body findings placed in the body, metadata ones per field."""
        ignored = ignored_words(article.metadata)
        checked = self.check_body(article.body, ignored, article.metadata)
        index = LineIndex(article.body)
        body = [index.place(f) for f in checked.findings]
        return ArticleCheck(
            body, self.check_metadata(article.metadata, checked.profile), checked.profile
        )

    def check_document(self, text: str) -> DocumentCheck:
        """Findings in a whole article file (front matter included; newlines already "\\n")."""
        warnings = [self.spelling_warning] if self.spelling_warning else []
        split = split_front_matter(text)
        body, body_offset, pieces, ignored = text, 0, [], set()
        metadata = None
        if split.yaml_text is not None and split.closed:
            body, body_offset = split.body, len(text) - len(split.body)
            try:
                mapping = parse_yaml_mapping(split.yaml_text)
                ignored = ignored_words(mapping)
                metadata = metadata_from_mapping(mapping, [])
                pieces = value_pieces(split.yaml_text, len("---\n"))
            except FrontMatterError:
                # Its syntax is broken: nothing in it is checked, the body still is.
                warnings.append(
                    Notice(
                        "The front matter could not be read; only the text after it was checked."
                    )
                )
        checked = self.check_body(body, ignored, metadata)
        findings = [f.shifted(body_offset) for f in checked.findings]
        capped = [(body_offset + start, rule) for start, rule in checked.capped]
        budget = _YAML_CHECK_BUDGET
        for piece in pieces:
            piece_findings = self.check_block(piece.text, checked.profile, is_metadata=True)
            capped.extend(
                (piece.start, rule)
                for rule in self.capped_rules(piece.text, checked.profile, is_metadata=True)
            )
            for finding in piece_findings:
                finding = _with_field(finding.shifted(piece.start), piece.field, {})
                if finding.safe and not _yaml_neutral(text, finding):
                    # Each check reads the whole block again: within a budget, so a huge
                    # summary with a thousand safe fixes is not read a thousand times.
                    budget -= len(split.yaml_text or "")
                    if budget < 0 or not _yaml_survives(text, finding):
                        finding = replace(finding, safe=False)  # "a:b" → "a: b" makes a mapping
                findings.append(finding)
        index = LineIndex(text)
        findings = sorted((index.place(f) for f in findings), key=lambda f: (f.start, f.end))
        warnings.extend(
            Notice(
                "Line {line}: the rule “{rule}” found more than {limit} problems in one "
                "paragraph; only the first {limit} are listed.",
                line=index.locate(start)[0],
                rule=rule,
                limit=f"{MAX_HITS_PER_RULE:,}",
            )
            for start, rule in capped
        )
        return DocumentCheck(findings, checked.profile, warnings)


def _metadata_texts(metadata: Metadata | None) -> tuple[list[str], list[str]]:
    """(title-like texts, texts that are names) of an article's metadata."""
    if metadata is None:
        return [], []
    titles = [metadata.title, metadata.subtitle]
    return [t for t in titles if t], [metadata.author, *metadata.tags]


def _with_field(finding: Finding, name: str, extra: dict[str, Any]) -> Finding:
    return finding.with_values(field=name, extra=extra)


def _flat(value: object) -> str:
    return "\n".join(map(str, value)) if isinstance(value, list) else str(value)


# Characters that can change how YAML reads a value (next to a space, at a line's start, in
# quotes, in a flow list): an edit touching none of them cannot change the block's structure.
_YAML_SIGNIFICANT = frozenset(":#'\"[]{},&*!|>%@`\\-?\n\t")
# Characters of front matter the safe-fix checks of one document may read again, in all.
_YAML_CHECK_BUDGET = 2_000_000


def _yaml_neutral(text: str, finding: Finding) -> bool:
    """Whether the finding's fix cannot change the front matter's structure: neither what it
    replaces, nor its replacement, nor the characters on either side are YAML syntax."""
    around = text[max(finding.start - 1, 0) : finding.start] + text[finding.end : finding.end + 1]
    return _YAML_SIGNIFICANT.isdisjoint(finding.text + (finding.fix or "") + around)


def _yaml_survives(text: str, finding: Finding) -> bool:
    """Whether the front matter, after the finding's first suggestion, still reads the same
    except for that edit (no new key from "a:b" → "a: b", no comment from "a  #b" → "a #b")."""
    edited = text[: finding.start] + (finding.fix or "") + text[finding.end :]
    before, after = split_front_matter(text).yaml_text, split_front_matter(edited).yaml_text
    try:
        old = parse_yaml_mapping(before or "")
        new = parse_yaml_mapping(after or "")
    except FrontMatterError:
        return False
    if old.keys() != new.keys() or finding.field not in new:
        return False
    grown = len(_flat(new[finding.field])) - len(_flat(old[finding.field]))
    return grown == len(finding.fix or "") - len(finding.text)


def _resolve(hits: Iterable[tuple[Rule, Hit]], text: str) -> list[Finding]:
    """Findings from hits: a specific spelling rule's hit (the frequent-error list, ة for ه...)
    wins over the dictionary's on the same words."""
    hits = list(hits)
    frequent = [
        (hit.start, hit.end)
        for rule, hit in hits
        if rule.kind == "spelling" and rule.id not in _DICTIONARY_RULES
    ]
    findings = []
    for rule, hit in hits:
        if rule.id in _DICTIONARY_RULES and any(s < hit.end and hit.start < e for s, e in frequent):
            continue
        findings.append(
            Finding(
                hit.start,
                hit.end,
                text[hit.start : hit.end],
                rule.kind,
                rule.id,
                hit.message or rule.message,
                hit.message_ar or rule.message_ar,
                tuple(hit.suggestions),
                hit.safe and bool(hit.suggestions),
            )
        )
    findings.sort(key=lambda f: (f.start, f.end))
    return findings
