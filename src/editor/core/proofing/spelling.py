"""Spell checking Arabic words: dictionary lookups with a cache, modes, and our own suggestions.

hunspell alone misses the most common Arabic typing errors (no suggestion for a squeezed
repeated letter, a run-together pair ranked low), so our candidates come first, each one
checked against the dictionary, then hunspell's own, without duplicates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..notices import Notice
from .dictionary import open_arabic_dictionary
from .names import in_lexicon, near_names
from .normalize import ALEF_FAMILY, is_checkable, normalize_word
from .wordlists import FUNCTION_WORDS, frequency_rank

# Clitics that can precede a word-initial alef: the hamza sits on the alef after them.
_PREFIXES = (
    "وبال",
    "فبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "س",
    "",
)
_REPEAT = re.compile(r"(.)\1+")
# Object pronouns attached to a verb; hunspell-ar lacks many verb+pronoun forms (يحتاجه).
_OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "كما", "نا", "ني", "ه", "ك")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن")
MAX_SUGGESTIONS = 7
# Longer than any word (the longest Arabic words, with every clitic, are about 20 letters): such
# a "word" (a pasted run of one letter, a base64 blob) is unknown without asking hunspell, and
# gets no suggestions; every candidate search below costs the word's length squared.
MAX_WORD_LENGTH = 40


def _hamza_variants(word: str) -> list[str]:
    """The word with its initial alef (after any clitic) swapped for each other alef form."""
    out: dict[str, None] = {}
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if rest.startswith("ال") and len(rest) > 3:
            continue  # the article's alef never takes a hamza (ألمدينة is hunspell's noise)
        if word.startswith(prefix) and len(rest) >= 2 and rest[0] in ALEF_FAMILY:
            # أ is by far the most frequent initial hamza, then إ, bare alef, madda.
            out.update((prefix + alef + rest[1:], None) for alef in "أإاآ" if alef != rest[0])
    return list(out)


# Hamza before the plural's و written both ways by reputable copy: بدأوا / بدؤوا,
# قرأوا / قرؤوا, لجأوا / لجؤوا (the dictionary has one form at most).
_HAMZA_BEFORE_WAW = re.compile("أو(ا|ن)$")


def _equivalent_spellings(word: str) -> list[str]:
    """Other accepted spellings of the same word."""
    if _HAMZA_BEFORE_WAW.search(word):
        return [_HAMZA_BEFORE_WAW.sub(r"ؤو\1", word)]
    return []


# Form VIII and X verbs and their nouns start with a hamzat wasl, a bare alef: اعتبر، استخدام،
# انتخابات، اجتماع. ا, one letter, then ت (or است) after any clitics and the article.
_HAMZAT_WASL = re.compile("^(?:[وفبلك]?(?:ال)?|لل)ا(?:ست|.ت)")


def _by_frequency(words: list[str], written: str = "") -> list[str]:
    """Candidates with the likelier words first: a hamzat wasl form (إعتبر → اعتبر before
    أعتبر), then the more frequent words (اذا → إذا before أذا); others keep their order."""

    def rank(word: str) -> tuple[bool, int]:
        wasl = bool(_HAMZAT_WASL.match(word)) and not _HAMZAT_WASL.match(written)
        return not wasl, frequency_rank(word)

    return sorted(words, key=rank)


def _final_variants(word: str) -> set[str]:
    swaps = {"ه": "ة", "ة": "ه", "ى": "ي", "ي": "ى"}
    return {word[:-1] + swaps[word[-1]]} if word and word[-1] in swaps else set()


def _squeezed(word: str) -> list[str]:
    """Repeated letters reduced: runs of 3+ to one or two letters, doubled letters to one."""
    runs = list(_REPEAT.finditer(word))
    if not runs or len(runs) > 4:
        return []
    options = [[1, 2]] * len(runs)
    out = []
    for counts in itertools.product(*options):
        pieces, position = [], 0
        for run, count in zip(runs, counts, strict=True):
            pieces.append(word[position : run.start()] + run.group(1) * count)
            position = run.end()
        candidate = "".join(pieces) + word[position:]
        if candidate != word:
            out.append(candidate)
    return sorted(out, key=len)


class SpellChecker:
    """Cached lookups in the Arabic dictionary plus the user's own word lists.

    ``extra_words`` (personal dictionary, article ignore list) are normalised forms that are
    always correct. Without a dictionary, ``available`` is False and every word passes.
    """

    def __init__(
        self, dictionary: Any | None = None, reason: Notice | None = None, load: bool = True
    ) -> None:
        if dictionary is None and load and reason is None:
            dictionary, reason = open_arabic_dictionary()
        self._dictionary = dictionary
        self.unavailable_reason = reason if dictionary is None else None
        self._known: dict[str, bool] = {}
        self._suggestions: dict[tuple[str, bool], tuple[str, ...]] = {}
        self.extra_words: set[str] = set()
        self._verdicts: dict[tuple[str, bool, bool], str | None] = {}
        # slip_candidates of a word: asked for by the name test, the suggestions and safety
        self._slip_cache: dict[str, tuple[str, ...]] = {}

    def set_words(self, words: Iterable[str]) -> None:
        """The user's words are exactly these now (a word removed from a list counts again)."""
        self.extra_words.clear()
        self.add_words(words)

    def add_words(self, words: Iterable[str]) -> None:
        """Words that are always correct from now on (normalised forms)."""
        self.extra_words.update(words)
        self._verdicts.clear()
        self._slip_cache.clear()  # a new word can be another word's fix
        self._suggestions.clear()

    def misspelled_form(
        self, raw: str, relaxed_hamza: bool = False, relaxed_yaa: bool = False
    ) -> str | None:
        """The normalised word if ``raw`` (as written in the text) is misspelled, else None.

        Cached per written form: an article repeats its words, the editor re-checks often.
        """
        key = (raw, relaxed_hamza, relaxed_yaa)
        if key in self._verdicts:
            return self._verdicts[key]
        verdict = None
        if not raw.endswith("\u0640") and is_checkable(raw):  # بـ / الـ before a Latin word
            normal = normalize_word(raw)
            if len(normal) >= 2 and self.is_misspelled(normal, relaxed_hamza, relaxed_yaa):
                verdict = normal
        if len(self._verdicts) > 100_000:
            self._verdicts.clear()
        self._verdicts[key] = verdict
        return verdict

    @property
    def available(self) -> bool:
        return self._dictionary is not None

    def known(self, word: str) -> bool:
        """Whether the (normalised) word is in the dictionary, the shipped name and word
        lists (clitics aside) or the user's lists."""
        if word in self.extra_words:
            return True
        if len(word) > MAX_WORD_LENGTH:
            return self._dictionary is None
        cached = self._known.get(word)
        if cached is None:
            cached = (
                self._dictionary is None or in_lexicon(word) or bool(self._dictionary.check(word))
            )
            self._known[word] = cached
        return cached

    def _known_verb_with_object(self, word: str) -> bool:
        """An imperfect verb plus object pronoun whose bare verb is known: يحتاجونه, نراها.

        Only imperfect verbs: for nouns this would hide ه written for ة (المدينه → المدين).
        """
        if not word.startswith(_IMPERFECT_PREFIXES):
            return False
        for suffix in _OBJECT_SUFFIXES:
            stem = word[: -len(suffix)]
            # a three-letter stem only with a two-letter pronoun (تضخها), never a lone ه
            if word.endswith(suffix) and len(stem) + min(len(suffix), 2) >= 5 and self.known(stem):
                return True
        return False

    def is_misspelled(
        self, word: str, relaxed_hamza: bool = False, relaxed_yaa: bool = False
    ) -> bool:
        if self.known(word) or self._known_verb_with_object(word):
            return False
        if any(self.known(form) for form in _equivalent_spellings(word)):
            return False
        if word.endswith("ة") and len(word) >= 5 and self.known(word[:-1] + "ات"):
            return False  # hunspell-ar lacks singulars whose plural it has: تمريرة, تسديدة
        if relaxed_hamza and any(self.known(v) for v in _hamza_variants(word)):
            return False
        if relaxed_yaa and any(self.known(v) for v in _final_variants(word) if v[-1] in "يى"):
            return False
        return not (
            relaxed_hamza
            and relaxed_yaa
            and any(self.known(v) for h in _hamza_variants(word) for v in _final_variants(h))
        )

    def our_candidates(self, word: str) -> list[str]:
        """Known words one typical Arabic typing error away, most likely first."""
        if len(word) > MAX_WORD_LENGTH:
            return []
        return list(dict.fromkeys([*self.slip_candidates(word), *self._splits(word)]))

    def slip_candidates(self, word: str) -> list[str]:
        """Known words one slip away (hamza, ة/ه, ى/ي, a letter held down, a garbage tail);
        runs of two words together are not counted here."""
        if len(word) > MAX_WORD_LENGTH:
            return []
        cached = self._slip_cache.get(word)
        if cached is None:
            known = [c for c in self._slips(word) if self.known(c)]
            cached = tuple(dict.fromkeys([*_by_frequency(known, word), *self._garbage_tail(word)]))
            if len(self._slip_cache) > 100_000:
                self._slip_cache.clear()
            self._slip_cache[word] = cached
        return list(cached)

    def split_candidates(self, word: str) -> list[str]:
        return [] if len(word) > MAX_WORD_LENGTH else self._splits(word)

    @staticmethod
    def _slips(word: str) -> list[str]:
        single = [*_final_variants(word), *_hamza_variants(word)]
        double = [v for h in _hamza_variants(word) for v in _final_variants(h)]
        return [*single, *double, *_squeezed(word)]

    def _garbage_tail(self, word: str) -> list[str]:
        """بالفرحيبيبيب → بالفرح: a known word followed by a run of two letters repeated (a
        key held down, or a pair hit again and again)."""
        for cut in range(3, len(word) - 2):  # the longest run first: بالفرح, not بالفرحي
            tail = word[cut:]
            letters = set(tail)
            if (
                len(letters) == 2
                and all(tail.count(letter) >= 2 for letter in letters)
                and self.known(word[:cut])
            ):
                return [word[:cut]]
        return []

    def _splits(self, word: str, weak: bool = False) -> list[str]:
        """Two words run together (فيالشوارع), the second possibly with its own slip
        (المدينةالاولى → المدينة الأولى)."""
        splits = []
        for index in range(2, len(word) - 1):
            left, right = word[:index], word[index:]
            plausible = left in FUNCTION_WORDS or (len(left) >= 3 and right.startswith("ال"))
            if (
                not plausible
                and len(left) >= 4
                and len(right) >= 4
                and self.known(left)
                and self.known(right)
            ):
                # two full words run together (شهدتتوقيع): after the likelier splits
                splits.append((2, True, -len(right), f"{left} {right}"))
                continue
            if not plausible or not self.known(left):
                continue
            if self.known(right):
                splits.append((0, left not in FUNCTION_WORDS, -len(right), f"{left} {right}"))
            elif len(right) >= 5:
                fixed = _by_frequency([c for c in self._slips(right) if self.known(c)], right)
                if fixed:
                    splits.append(
                        (1, left not in FUNCTION_WORDS, -len(right), f"{left} {fixed[0]}")
                    )
        ranked = sorted(splits)
        if not weak or (ranked and ranked[0][0] < 2):
            ranked = [split for split in ranked if split[0] < 2]
        return [text for *_, text in ranked[:3]]

    def name_suggestions(self, word: str) -> tuple[str, ...]:
        """Listed names one letter away from an unknown name (بيزشكيان → بزشكيان)."""
        return tuple(near_names(word))

    def suggestions(self, word: str, with_hunspell: bool = True) -> tuple[str, ...]:
        if len(word) > MAX_WORD_LENGTH:
            return ()
        key = (word, with_hunspell)
        cached = self._suggestions.get(key)
        if cached is not None:
            return cached
        found = self.our_candidates(word)
        found.extend(c for c in _long_vowel_added(word) if self.known(c))
        if with_hunspell and self._dictionary is not None:
            theirs = [s for s in self._dictionary.suggest(word) if s != word]
            plain = {word, *found, *theirs}
            # hunspell puts a hamza on the article's alef (ألمدينة); drop those echoes.
            found.extend(
                s
                for s in theirs
                if not (s[:2] in ("أل", "إل", "آل") and "ا" + s[1:] in plain)
                and plausible_suggestion(word, s)
            )
        if not self.slip_candidates(word):
            found.extend(self._splits(word, weak=True))  # two full words: the last resort
        result = tuple(_unique(found, normalize_word))[:MAX_SUGGESTIONS]
        self._suggestions[key] = result
        return result


def _long_vowel_added(word: str) -> list[str]:
    """The word with a dropped ا, و or ي put back (استثمراتها → استثماراتها), a slip hunspell
    ranks low."""
    return [
        word[:i] + vowel + word[i:]
        for i in range(2, len(word) - 1)
        for vowel in "اوي"
        if word[i - 1] != vowel and word[i] != vowel
    ]


def edit_distance(a: str, b: str, limit: int = 99) -> int:
    """Letters added, dropped, replaced or swapped with a neighbour to turn ``a`` into ``b``
    (optimal string alignment); stops early once every path exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def plausible_suggestion(word: str, suggestion: str) -> bool:
    """Whether a dictionary's suggestion is one a writer could have meant: not a rewrite of
    most of a long word (شتاينماير → سينماتوغراف), not a split into pieces that are not both
    words one would write apart (نتنياهو → «نتني اهو»)."""
    if " " in suggestion:
        left, _, right = suggestion.partition(" ")
        if left + right != word.replace(" ", ""):
            return False
        return left in FUNCTION_WORDS or (len(left) >= 3 and right.startswith("ال"))
    allowed = max(1, min(3, len(word) // 3))
    return edit_distance(word, suggestion, allowed) <= allowed


def _unique(items: Iterable[str], key: Callable[[str], str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out
