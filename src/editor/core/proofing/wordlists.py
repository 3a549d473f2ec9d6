"""Words the user told us are right: the personal dictionary, the newsroom's shared list and an
article's own ignore list.

The personal dictionary is a plain UTF-8 file, one word a line, in the user data folder, so it
can be edited by hand, synced or shared; it can be imported from and exported to such a file.
The team (newsroom) dictionary is a file of the same kind, or a folder of ``.txt`` files, kept
in one place by the team (``#`` starts a comment); it is read again when it changes.
An article's ignore list lives in its front matter under ``midad-ignore`` (a key other tools
leave alone), so it travels with the article.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

from ..article import Article, Metadata
from ..assets import asset_text
from ..errors import FileAccessError
from ..fileio import atomic_write, read_bytes
from ..notices import Notice
from ..textdecode import decode_bytes
from .normalize import normalize_word

logger = logging.getLogger(__name__)

IGNORE_KEY = "midad-ignore"
PERSONAL_DICTIONARY_NAME = "personal-dictionary.txt"
TEAM_DICTIONARY_ENV = "MIDAD_TEAM_DICTIONARY"  # the command line's default team dictionary
TEAM_LIST_SUFFIX = ".txt"  # the files of a team dictionary folder

# Standalone particles and pronouns: the likely left half when a space was forgotten.
FUNCTION_WORDS = frozenset(
    (
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "أن",
        "إن",
        "ما",
        "لا",
        "لم",
        "لن",
        "قد",
        "ثم",
        "أو",
        "بل",
        "حتى",
        "مع",
        "عند",
        "منذ",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "التي",
        "الذي",
        "الذين",
        "هو",
        "هي",
        "هم",
        "نحن",
        "أنا",
        "كل",
        "بعض",
        "غير",
        "بين",
        "حول",
        "كان",
        "كانت",
        "ليس",
        "يا",
        "أي",
        "كما",
        "لكن",
    )
)


@lru_cache(maxsize=1)
def _frequency_ranks() -> dict[str, int]:
    text = asset_text("proofing/frequent_words.txt")
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

    def __len__(self) -> int:
        return len(self._lines)

    @property
    def entries(self) -> list[str]:
        """The words as the user wrote them (with their tashkeel), in the file's order."""
        return list(self._lines)

    def add(self, word: str) -> bool:
        """Add a word; False if it was already there."""
        return self.add_many([word]) == 1

    def add_many(self, words: Iterable[str]) -> int:
        """Add words (saved once); returns how many were new."""
        added = 0
        for word in words:
            word = word.strip()
            if word and word not in self:
                self._lines.append(word)
                self.words.add(normalize_word(word))
                added += 1
        if added:
            self._save()
        return added

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
            logger.warning(
                "Cannot create the personal dictionary's folder %s: %s", self.path.parent, exc
            )
            raise FileAccessError(
                "The folder “{path}” could not be created: {reason}.",
                path=str(self.path.parent),
                reason=exc.strerror or exc,
            ) from None
        atomic_write(self.path, "".join(f"{line}\n" for line in self._lines).encode("utf-8"))


def parse_word_list(text: str) -> list[str]:
    """The words of a word-list file: one a line; blank lines and ``#`` comments skipped."""
    words = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def import_words(dictionary: PersonalDictionary, path: str | os.PathLike[str]) -> int:
    """Merge the words of a word-list file into ``dictionary``; returns how many were new.

    The file is read as any text Midad opens (UTF-8, or a legacy Arabic encoding)."""
    text = decode_bytes(read_bytes(path), name=Notice("“{name}”", name=str(path))).text
    return dictionary.add_many(parse_word_list(text))


def export_words(dictionary: PersonalDictionary, path: str | os.PathLike[str]) -> int:
    """Write the dictionary's words, sorted, one a line (UTF-8, atomically); returns how many."""
    words = sorted(dictionary.entries)
    atomic_write(path, "".join(f"{word}\n" for word in words).encode("utf-8"))
    return len(words)


class TeamDictionary:
    """The newsroom's shared word list: a file, or a folder of ``.txt`` files, one word a line.

    ``words`` are normalised, like the personal dictionary's. ``refresh()`` looks at the files'
    sizes and modification times (cheap) and reads them again only when something changed.
    An unreadable path raises FileAccessError (the last words read are kept meanwhile).
    """

    def __init__(self, path: str | os.PathLike[str], load: bool = True) -> None:
        self.path = Path(path).expanduser()
        self.words: frozenset[str] = frozenset()
        self.files: tuple[Path, ...] = ()
        self._stamp: tuple[tuple[str, int, int, int], ...] | None = None
        if load:
            self.refresh()

    def __contains__(self, word: str) -> bool:
        return normalize_word(word) in self.words

    def __len__(self) -> int:
        return len(self.words)

    def _error(self, exc: OSError, path: Path) -> FileAccessError:
        logger.warning("Cannot read the team dictionary %s: %s", path, exc)
        if isinstance(exc, FileNotFoundError):
            return FileAccessError("The team dictionary “{path}” does not exist.", path=str(path))
        if isinstance(exc, PermissionError):
            return FileAccessError(
                "You do not have permission to read the team dictionary “{path}”.", path=str(path)
            )
        return FileAccessError(
            "The team dictionary “{path}” could not be read: {reason}.",
            path=str(path),
            reason=exc.strerror or exc,
        )

    def _list_files(self) -> list[Path]:
        try:
            if not self.path.is_dir():
                self.path.stat()  # a missing file says so here
                return [self.path]
            return sorted(
                p
                for p in self.path.iterdir()
                if p.suffix.lower() == TEAM_LIST_SUFFIX
                and not p.name.startswith(".")
                and p.is_file()
            )
        except OSError as exc:
            raise self._error(exc, self.path) from None

    def _snapshot(self, files: list[Path]) -> tuple[tuple[str, int, int, int], ...]:
        stamp = []
        for file in files:
            try:
                info = file.stat()
            except OSError as exc:
                raise self._error(exc, file) from None
            stamp.append((str(file), info.st_mtime_ns, info.st_size, info.st_ino))
        return tuple(stamp)

    def refresh(self) -> bool:
        """Read the list again if a file changed, appeared or went; True when it was re-read."""
        files = self._list_files()
        stamp = self._snapshot(files)
        if stamp == self._stamp:
            return False
        words: set[str] = set()
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                raise self._error(exc, file) from None
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                logger.warning("The team dictionary %s is not UTF-8: %s", file, exc)
                raise FileAccessError(
                    "The team dictionary “{path}” is not UTF-8 text.", path=str(file)
                ) from None
            words.update(normalize_word(word) for word in parse_word_list(text))
        self.words, self.files, self._stamp = frozenset(words), tuple(files), stamp
        logger.debug(
            "Read the team dictionary %s: %d words in %d file(s)",
            self.path,
            len(self.words),
            len(self.files),
        )
        return True


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
    words = (
        [str(item) for item in current]
        if isinstance(current, list)
        else ([str(current)] if isinstance(current, str) and current else [])
    )
    if not word or normalize_word(word) in {normalize_word(w) for w in words}:
        return False
    article.metadata.extra[IGNORE_KEY] = [*words, word]
    return True
