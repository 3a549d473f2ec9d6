"""What the core tells a user besides errors: warnings, import notes, reasons and phrases.

A notice is the English text itself — a ``str``, so the command line prints it, JSON writes it
and callers compare it as they always did — that also keeps its template and parameters apart,
like ArticleError does. The window translates the template (editor/ui/core_messages.py lists
every one) and fills in the parameters after translating; a parameter that is itself a notice
is translated too.

Build every notice from a literal template with named placeholders::

    result.notes.append(Notice("{count} picture(s) were left out: an article holds text only.",
                               count=len(images)))

never from a formatted string: tests/test_notices.py fails on an f-string or a plain sentence
appended to a list of warnings or notes, and on a template the window has no translation for.
"""

from __future__ import annotations

from typing import Any, Self


class Notice(str):
    """An English message for a user (a ``str``) with its ``template`` and ``params`` kept."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Self:
        notice = super().__new__(cls, template.format(**params))
        notice.template = template
        notice.params = params
        return notice

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies and pickles rebuild from the template (str's own way would pass the English).
        return _rebuild, (type(self), self.template, self.params)


def _rebuild(cls: type[Notice], template: str, params: dict[str, Any]) -> Notice:
    return cls(template, **params)
