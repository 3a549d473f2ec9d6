"""Proofreading: Arabic spelling, typography and house-style rules over Markdown articles."""

from .engine import ArticleCheck, BodyCheck, DocumentCheck, Proofreader
from .findings import ERROR_KINDS, KINDS, WORD_KINDS, Finding, LineIndex
from .fixes import ArticleFix, FixResult, apply_findings, fix_article_safe, fix_safe, text_edits
from .settings import ProofSettings
from .wordlists import (
    PersonalDictionary,
    TeamDictionary,
    export_words,
    ignore_in_article,
    import_words,
    personal_dictionary_path,
)

__all__ = [
    "ERROR_KINDS",
    "KINDS",
    "WORD_KINDS",
    "ArticleCheck",
    "ArticleFix",
    "BodyCheck",
    "DocumentCheck",
    "Finding",
    "FixResult",
    "LineIndex",
    "PersonalDictionary",
    "ProofSettings",
    "Proofreader",
    "TeamDictionary",
    "apply_findings",
    "export_words",
    "fix_article_safe",
    "fix_safe",
    "ignore_in_article",
    "import_words",
    "personal_dictionary_path",
    "text_edits",
]
