"""Words the user told us are right: the personal dictionary and an article's own ignore list.

The personal dictionary is a plain UTF-8 file, one word a line, in the user data folder, so it
can be edited by hand, synced or shared. An article's ignore list lives in its front matter
under ``midad-ignore`` (a key other tools leave alone), so it travels with the article.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from ..article import Article, Metadata
from ..errors import FileAccessError
from ..fileio import atomic_write, read_bytes
from .normalize import normalize_word

IGNORE_KEY = "midad-ignore"
PERSONAL_DICTIONARY_NAME = "personal-dictionary.txt"

# Standalone particles and pronouns: the likely left half when a space was forgotten.
FUNCTION_WORDS = frozenset((
    "في", "من", "على", "إلى", "عن", "أن", "إن", "ما", "لا", "لم", "لن", "قد", "ثم", "أو", "بل",
    "حتى", "مع", "عند", "منذ", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "هو", "هي",
    "هم", "نحن", "أنا", "كل", "بعض", "غير", "بين", "حول", "كان", "كانت", "ليس", "يا", "أي",
    "كما", "لكن"))


@lru_cache(maxsize=1)
def _frequency_ranks() -> dict[str, int]:
    text = resources.files(__package__).joinpath("data", "frequent_words.txt").read_text(
        encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    return {word: rank for rank, word in reversed(list(enumerate(words)))}


def frequency_rank(word: str) -> int:
    """The word's place in a list of frequent news words (0 the most frequent); words not
    on it come after all that are."""
    return _frequency_ranks().get(word, 1_000_000)


def personal_dictionary_path() -> Path:
    return platformdirs.user_data_path("Midad", appauthor=False) / PERSONAL_DICTIONARY_NAME


class PersonalDictionary:
    """The user's own words; ``add``/``remove`` save at once (atomically)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else personal_dictionary_path()
        self._lines: list[str] = []
        if self.path.is_file():
            text = read_bytes(self.path).decode("utf-8-sig", errors="replace")
            self._lines = [line.strip() for line in text.splitlines() if line.strip()]
        self.words = {normalize_word(line) for line in self._lines}

    def __contains__(self, word: str) -> bool:
        return normalize_word(word) in self.words

    def add(self, word: str) -> bool:
        """Add a word; False if it was already there."""
        word = word.strip()
        if not word or word in self:
            return False
        self._lines.append(word)
        self.words.add(normalize_word(word))
        self._save()
        return True

    def remove(self, word: str) -> bool:
        key = normalize_word(word.strip())
        kept = [line for line in self._lines if normalize_word(line) != key]
        if len(kept) == len(self._lines):
            return False
        self._lines = kept
        self.words.discard(key)
        self._save()
        return True

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileAccessError("The folder “{path}” could not be created: {reason}.",
                                  path=str(self.path.parent), reason=exc.strerror or exc) from None
        atomic_write(self.path, "".join(f"{line}\n" for line in self._lines).encode("utf-8"))


def ignored_words(metadata: Metadata | dict[Any, Any]) -> set[str]:
    """The article's ignore list (normalised), from its metadata or a raw front-matter mapping."""
    extra = metadata.extra if isinstance(metadata, Metadata) else metadata
    value = extra.get(IGNORE_KEY)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return set()
    return {normalize_word(str(item).strip()) for item in value if str(item).strip()}


def ignore_in_article(article: Article, word: str) -> bool:
    """Add ``word`` to the article's ignore list (saved with the article); False if present."""
    word = word.strip()
    current = article.metadata.extra.get(IGNORE_KEY)
    words = [str(item) for item in current] if isinstance(current, list) else (
        [str(current)] if isinstance(current, str) and current else [])
    if not word or normalize_word(word) in {normalize_word(w) for w in words}:
        return False
    article.metadata.extra[IGNORE_KEY] = [*words, word]
    return True
