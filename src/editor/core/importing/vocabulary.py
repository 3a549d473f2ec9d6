"""The importer's word lists, read from the TOML files in ``resources/import/`` (assets).

A newsroom can extend them without touching code: a file ``import-vocabulary.toml`` in Midad's
config folder is merged in (its lists are added to ours), so a new site's widgets are handled
by adding words.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from ..assets import asset_text
from ..errors import ArticleError
from .textfold import clitic_variants, fold, fold_light, tokens

logger = logging.getLogger(__name__)

_DATA_FILES = ("import/boilerplate.toml", "import/people.toml", "import/dates.toml")
USER_FILE_NAME = "import-vocabulary.toml"

Phrase = tuple[str, ...]


def _phrases(items: list[str]) -> tuple[Phrase, ...]:
    folded = {tuple(tokens(item)) for item in items}
    # Longest first, so "read more" wins over "read" when both are listed.
    return tuple(sorted((p for p in folded if p), key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class Category:
    """One kind of boilerplate (share widgets, comment forms, …) and how it is recognised."""

    name: str
    reason: str
    mode: str  # "coverage", "claim" or "prefix" (see boilerplate.toml)
    words: frozenset[str]
    phrases: tuple[Phrase, ...]
    symbols: tuple[str, ...]
    max_words: int

    def has_word(self, token: str) -> bool:
        return any(variant in self.words for variant in clitic_variants(token))


@dataclass(frozen=True)
class Vocabulary:
    categories: tuple[Category, ...]
    weak_words: frozenset[str]
    section_words: frozenset[str]
    tag_prefixes: tuple[Phrase, ...]
    category_prefixes: tuple[Phrase, ...]
    byline_prefixes: tuple[Phrase, ...]
    byline_colon_prefixes: tuple[Phrase, ...]
    not_names: frozenset[str]
    places: tuple[Phrase, ...]
    generator_authors: frozenset[str]
    date_prefixes: tuple[Phrase, ...]
    date_fillers: frozenset[str]
    weekdays: frozenset[str]
    months: dict[Phrase, int]
    hijri_months: tuple[Phrase, ...]

    @functools.cached_property
    def months_by_first(self) -> dict[str, tuple[tuple[Phrase, int], ...]]:
        """Month names by their first word, longest first ("كانون الثاني" before "كانون")."""
        index: dict[str, list[tuple[Phrase, int]]] = {}
        for phrase, number in sorted(self.months.items(), key=lambda item: -len(item[0])):
            index.setdefault(phrase[0], []).append((phrase, number))
        return {first: tuple(items) for first, items in index.items()}

    @functools.cached_property
    def coverage_words(self) -> dict[str, frozenset[str]]:
        """Word → names of the coverage kinds listing it (one lookup instead of one per kind)."""
        index: dict[str, set[str]] = {}
        for category in self.categories:
            if category.mode == "coverage":
                for word in category.words:
                    index.setdefault(word, set()).add(category.name)
        return {word: frozenset(names) for word, names in index.items()}

    def coverage_kinds(self, token: str) -> frozenset[str]:
        """The coverage kinds ``token`` (or its form without a clitic) belongs to."""
        found: frozenset[str] = frozenset()
        for variant in clitic_variants(token):
            found |= self.coverage_words.get(variant, frozenset())
        return found

    def is_section(self, token: str) -> bool:
        return any(variant in self.section_words for variant in clitic_variants(token))

    def is_weak(self, token: str) -> bool:
        return (
            token.isdigit()
            or len(token) <= 1
            or any(variant in self.weak_words for variant in clitic_variants(token))
        )


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + value
        else:
            base[key] = value


def _read_toml(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        logger.warning("Cannot read the import vocabulary %s: %s", name, exc)
        raise ArticleError(
            "The import vocabulary “{name}” could not be read: {reason}.",
            name=name,
            reason=str(exc),
        ) from None


def user_vocabulary_path() -> Path:
    return Path(user_config_dir("midad")) / USER_FILE_NAME


def raw_vocabulary(user_file: Path | None = None) -> dict[str, Any]:
    """All TOML data merged: ours, then the user's file if there is one."""
    data: dict[str, Any] = {}
    for name in _DATA_FILES:
        _merge(data, _read_toml(asset_text(name), name.rsplit("/", 1)[-1]))
    user_file = user_vocabulary_path() if user_file is None else user_file
    if user_file.is_file():
        _merge(data, _read_toml(user_file.read_text(encoding="utf-8"), str(user_file)))
    return data


def _category(name: str, spec: dict[str, Any]) -> Category:
    return Category(
        name=name,
        reason=str(spec.get("reason", name)),
        mode=str(spec.get("mode", "coverage")),
        words=frozenset(t for word in spec.get("words", []) for t in tokens(word)),
        phrases=_phrases(spec.get("phrases", [])),
        symbols=tuple(spec.get("symbols", [])),
        max_words=int(spec.get("max_words", 12)),
    )


def build_vocabulary(data: dict[str, Any]) -> Vocabulary:
    special = {
        "weak",
        "tags",
        "category",
        "byline",
        "not_names",
        "generator_defaults",
        "dateline",
        "months",
        "hijri",
        "sections",
    }
    categories = tuple(
        _category(name, spec)
        for name, spec in data.items()
        if name not in special and isinstance(spec, dict)
    )
    dateline = data.get("dateline", {})
    months = {
        phrase: int(number)
        for number, names in data.get("months", {}).items()
        for phrase in _phrases(names)
    }
    return Vocabulary(
        categories=categories,
        weak_words=frozenset(fold(w) for w in data.get("weak", {}).get("words", [])),
        section_words=frozenset(fold(w) for w in data.get("sections", {}).get("words", [])),
        tag_prefixes=_phrases(data.get("tags", {}).get("prefixes", [])),
        category_prefixes=_phrases(data.get("category", {}).get("prefixes", [])),
        byline_prefixes=_phrases(data.get("byline", {}).get("prefixes", [])),
        byline_colon_prefixes=_phrases(data.get("byline", {}).get("colon_prefixes", [])),
        not_names=frozenset(fold_light(w) for w in data.get("byline", {}).get("not_names", [])),
        places=_phrases(data.get("byline", {}).get("places", [])),
        generator_authors=frozenset(
            fold(w) for w in data.get("byline", {}).get("generator_defaults", [])
        ),
        date_prefixes=_phrases(dateline.get("prefixes", [])),
        date_fillers=frozenset(fold(w) for w in dateline.get("fillers", [])),
        weekdays=frozenset(fold(w) for w in dateline.get("weekdays", [])),
        months=months,
        hijri_months=_phrases(data.get("hijri", {}).get("months", [])),
    )


@functools.lru_cache(maxsize=4)
def _cached(user_file: Path, mtime: float) -> Vocabulary:
    return build_vocabulary(raw_vocabulary(user_file))


def load_vocabulary() -> Vocabulary:
    """The merged vocabulary; re-read when the user's file changes."""
    user_file = user_vocabulary_path()
    try:
        mtime = user_file.stat().st_mtime
    except OSError:
        mtime = 0.0
    return _cached(user_file, mtime)


def starts_with(words: list[str], phrases: tuple[Phrase, ...]) -> Phrase | None:
    """The longest phrase that ``words`` begins with, or None."""
    if not words:
        return None
    first = words[0]
    for phrase in phrases:
        if phrase[0] == first and tuple(words[: len(phrase)]) == phrase:
            return phrase
    return None


def phrase_cover(words: list[str], phrases: tuple[Phrase, ...]) -> set[int]:
    """Indexes of ``words`` that belong to an occurrence of one of ``phrases``."""
    covered: set[int] = set()
    present = set(words)
    for phrase in phrases:
        if phrase[0] not in present:
            continue
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) == phrase:
                covered.update(range(start, start + size))
    return covered
