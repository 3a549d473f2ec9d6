"""Bylines: "بقلم: سلمى الحداد", "كتب أحمد علي", "Author: Leila A", "By John Smith | March 3,
2024", or a bare short name line under the title (placed by the caller, which knows positions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_date
from .textfold import ends_sentence, fold, fold_light, rest_after_words, tokens
from .vocabulary import Vocabulary, starts_with

_LETTER = r"(?:[^\W\d_]|[\u064b-\u065f\u0670])"
_WORD = re.compile(rf"{_LETTER}+(?:[-.'’]{_LETTER}+)*")
_SEGMENT_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*[|•·]\s*|\s*[،,]\s+")
_NAME_CHARS = re.compile(rf"^{_LETTER}+(?:[\s.'’-]+{_LETTER}+)*\.?$")
_LEADING_PUNCT = re.compile(r"^[\s:：\-–—|]+")
_MARKUP = re.compile(r"[*_#>`]+")


@dataclass(frozen=True)
class Byline:
    name: str
    date_iso: str | None = None  # a date written on the same line ("By X | 3 March 2024")
    labelled: bool = False  # written with a colon ("بقلم: …"), so it is a byline anywhere


def plain(text: str) -> str:
    """The line without Markdown emphasis/heading marks, for recognising (not for output)."""
    return _MARKUP.sub("", text).strip()


def is_name(text: str, vocab: Vocabulary, max_words: int = 5) -> bool:
    """Whether ``text`` can be a person's name: a few words, letters only, no common words."""
    text = text.strip()
    words = [fold_light(w) for w in _WORD.findall(text)]
    if not 1 <= len(words) <= max_words or len(text) > 48 or not _NAME_CHARS.match(text):
        return False
    return not any(word in vocab.not_names for word in words)


def _is_place(text: str, vocab: Vocabulary) -> bool:
    return tuple(tokens(text)) in vocab.places


def name_line(text: str, vocab: Vocabulary) -> str | None:
    """The name on a bare byline line: "ليلى عبد الرحمن" (two to four words that can be a
    name), or "الرياض - عبدالله العتيبي" (a known place and a name)."""
    text = plain(text)
    if ends_sentence(text):
        return None  # "فقرة قصيرة." is a sentence, not a name
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    if len(segments) == 2:
        places = [_is_place(segment, vocab) for segment in segments]
        if places[0] != places[1]:
            name = segments[1] if places[0] else segments[0]
            return name if is_name(name, vocab, max_words=4) else None
    words = _WORD.findall(text)
    # A given name does not start with the article "ال"; headlines and labels often do.
    if (
        2 <= len(words) <= 4
        and len(segments) == 1
        and not fold_light(words[0]).startswith("ال")
        and is_name(text, vocab, max_words=4)
    ):
        return text
    return None


def _split_at_date(text: str, vocab: Vocabulary) -> str:
    """ "محمد أحمد الأحد، 03 نوفمبر 2024" → "محمد أحمد | الأحد، 03 نوفمبر 2024": a date that
    follows the name without a separator starts its own segment."""
    words = text.split(" ")
    for index, word in enumerate(words[1:], start=1):
        key = fold(word.strip("،,:.()"))
        if key.isdigit() or key in vocab.weekdays or (key,) in vocab.months:
            return " ".join(words[:index]) + " | " + " ".join(words[index:])
    return text


def find_byline(text: str, vocab: Vocabulary) -> Byline | None:
    """The author named by a labelled byline line, with its date if the line carries one."""
    text = plain(text)
    words = tokens(text)
    prefix = starts_with(words, vocab.byline_prefixes)
    colon_prefix = starts_with(words, vocab.byline_colon_prefixes)
    chosen = max((p for p in (prefix, colon_prefix) if p), key=len, default=None)
    if chosen is None or len(words) == len(chosen):
        return None
    rest = rest_after_words(text, len(chosen))
    has_colon = rest.lstrip().startswith((":", "："))
    if not has_colon and (chosen != prefix or ends_sentence(text)):
        return None  # "تقرير البنك الدولي" and "كتب الرئيس رسالة." are not bylines
    rest = _split_at_date(_LEADING_PUNCT.sub("", rest), vocab)
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(rest) if s.strip()]
    if not segments:
        return None
    name = segments[0].rstrip(".")
    # Without a colon, "كتب" could start a sentence; be strict about what follows.
    if not is_name(name, vocab, max_words=6 if has_colon else 5):
        return None
    found = find_date(" ".join(segments[1:]), vocab) if len(segments) > 1 else None
    return Byline(name, found.iso if found else None, labelled=has_colon)
