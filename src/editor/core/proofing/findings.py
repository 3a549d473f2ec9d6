"""The one type every proofreading rule reports, and mapping offsets to lines and columns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

# "name": a probable proper name the dictionary does not know; a quiet notice, not an error,
# never fixed automatically and not counted with the errors.
KINDS = ("spelling", "typography", "style", "name")
ERROR_KINDS = ("spelling", "typography", "style")
# Kinds whose finding is a word: it can be ignored in the article or added to a dictionary.
WORD_KINDS = ("spelling", "name")


@dataclass(frozen=True)
class Finding:
    """A problem at ``text[start:end]`` (code-point offsets) with ordered replacement suggestions.

    ``safe`` says the first suggestion may be applied without asking (``midad fix --safe``).
    ``field`` names the metadata field the text belongs to, or is None for the article body.
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    message: str  # English source string
    message_ar: str
    suggestions: tuple[str, ...] = ()
    safe: bool = False
    line: int = 0  # 1-based; 0 until placed in a document
    column: int = 0  # 1-based, in code points
    field: str | None = None
    extra: dict[str, Any] = dataclass_field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @property
    def fix(self) -> str | None:
        return self.suggestions[0] if self.suggestions else None

    def shifted(self, offset: int) -> Finding:
        if not offset:
            return self
        return self.with_values(start=self.start + offset, end=self.end + offset)

    def with_values(self, **changes: Any) -> Finding:
        """A copy with ``changes`` (the fields' names): what ``dataclasses.replace`` does, ten
        times faster, for a check that may place a million findings."""
        copy = object.__new__(Finding)
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy

    def message_for(self, lang: str) -> str:
        return self.message_ar if lang.split("-")[0] == "ar" else self.message

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "kind": self.kind,
            "rule": self.rule,
            "message": self.message,
            "message_ar": self.message_ar,
            "suggestions": list(self.suggestions),
            "safe": self.safe,
            "field": self.field,
        }


class LineIndex:
    """Offset → (line, column) for one text, by binary search over line starts."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def place(self, finding: Finding) -> Finding:
        line, column = self.locate(finding.start)
        return finding.with_values(line=line, column=column)
