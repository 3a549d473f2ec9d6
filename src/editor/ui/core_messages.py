"""Messages from editor.core, shown in the interface language.

The core speaks English (the command line prints it as it is). Errors keep their template and
parameters apart (ArticleError.template/.params), so the window translates the template in the
"core" context and fills it in. Warnings and import notes are plain English sentences built
with f-strings; they are listed here as templates too and recognised by shape, so a writer never
meets an English sentence in an Arabic window. An unknown text is shown unchanged.

The QT_TRANSLATE_NOOP markers let pyside6-lupdate put every template in translations/*.ts.
A translation keeps the template's {name} placeholders (tests/test_translations.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from ..core.errors import ArticleError
from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "core"

# ArticleError templates raised by editor.core (matched exactly).
ERROR_TEMPLATES = (
    QT_TRANSLATE_NOOP("core", "The article has no file name yet; choose where to save it."),
    QT_TRANSLATE_NOOP("core", "Unknown export format “{fmt}”; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "--fragment applies to HTML exports only."),
    QT_TRANSLATE_NOOP("core", "Exporting to “{path}” would overwrite the article itself; "
                              "choose another file name."),
    QT_TRANSLATE_NOOP("core", "“{path}” is a folder; give a file name to export to."),
    QT_TRANSLATE_NOOP("core", "The article has no file name yet; choose where to export it."),
    QT_TRANSLATE_NOOP("core", "“{path}” is a folder, not a file."),
    QT_TRANSLATE_NOOP("core", "“{path}” is too large to be an article ({size} MB)."),
    QT_TRANSLATE_NOOP("core", "“{path}” does not exist."),
    QT_TRANSLATE_NOOP("core", "You do not have permission to read “{path}”."),
    QT_TRANSLATE_NOOP("core", "“{path}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "“{path}” could not be saved: {reason}."),
    QT_TRANSLATE_NOOP("core", "“{path}” could not be saved: {reason}. "
                              "The previous version is unchanged."),
    QT_TRANSLATE_NOOP("core", "“{name}” cannot be imported: it is damaged ({reason})."),
    QT_TRANSLATE_NOOP("core", "The import vocabulary “{name}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "“{name}” cannot be imported: {why}."),
    QT_TRANSLATE_NOOP("core", "The folder “{path}” could not be created: {reason}."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” does not exist."),
    QT_TRANSLATE_NOOP("core", "You do not have permission to read the team dictionary "
                              "“{path}”."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” is not UTF-8 text."),
    QT_TRANSLATE_NOOP("core", "{name} is not a text file (it contains binary data)."),
    QT_TRANSLATE_NOOP("core", "{name} is not a text file, or its encoding could not be "
                              "recognised."),
    QT_TRANSLATE_NOOP("core", "{name} is not a text file: it looks like {what}."),
    QT_TRANSLATE_NOOP("core", "{name} starts with a {label} byte-order mark but is not valid "
                              "{label} text."),
    QT_TRANSLATE_NOOP("core", "“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP)."),
    QT_TRANSLATE_NOOP("core", "“{name}” could not be copied into “{folder}”: {reason}."),
)

# Fixed English phrases the core passes as parameters or returns as they are.
PHRASES = (
    QT_TRANSLATE_NOOP("core", "the file"),
    QT_TRANSLATE_NOOP("core", "a ZIP archive or an office document (DOCX, ODT)"),
    QT_TRANSLATE_NOOP("core", "a PDF document"),
    QT_TRANSLATE_NOOP("core", "a PNG image"),
    QT_TRANSLATE_NOOP("core", "a JPEG image"),
    QT_TRANSLATE_NOOP("core", "a GIF image"),
    QT_TRANSLATE_NOOP("core", "an old Microsoft Office document"),
    QT_TRANSLATE_NOOP("core", "an RTF document"),
    QT_TRANSLATE_NOOP("core", "it is encrypted"),
    QT_TRANSLATE_NOOP("core", "it is a ZIP archive but not a Word document "
                              "(no word/document.xml)"),
    QT_TRANSLATE_NOOP("core", "it is damaged or not a Word document (not a valid ZIP archive)"),
    QT_TRANSLATE_NOOP("core", "A slug cannot contain spaces; use hyphens."),
    QT_TRANSLATE_NOOP("core", "A slug may hold only letters, digits and single hyphens, and "
                              "starts and ends with a letter or digit."),
    QT_TRANSLATE_NOOP("core", "A slug is written in lower case."),
    QT_TRANSLATE_NOOP("core", "Line 1: the front matter opened with “---” is never closed; "
                              "the whole file was kept as the article's text."),
    QT_TRANSLATE_NOOP("core", "A tag had an unexpected structure; it was kept as text."),
    QT_TRANSLATE_NOOP("core", "No title was found: the text starts with a paragraph."),
    QT_TRANSLATE_NOOP("core", "The front matter could not be read; only the text after it "
                              "was checked."),
    # Why an import removed a line (the vocabulary's own reasons go by kind: import_report.py).
    QT_TRANSLATE_NOOP("core", "repeats the title"),
    QT_TRANSLATE_NOOP("core", "section label above the title"),
    QT_TRANSLATE_NOOP("core", "navigation menu"),
    QT_TRANSLATE_NOOP("core", "breadcrumb navigation"),
    QT_TRANSLATE_NOOP("core", "no words (decoration or stray symbols)"),
    QT_TRANSLATE_NOOP("core", "stray number (a share or comment counter?)"),
)

# Sentences the core builds with f-strings: recognised by shape, {name} matches any text.
SHAPES = (
    QT_TRANSLATE_NOOP("core", "byline (the article's byline is already “{author}”)"),
    QT_TRANSLATE_NOOP("core", "dateline (the article's date is already {date})"),
    QT_TRANSLATE_NOOP("core", "A slug should be at most {limit} characters."),
    QT_TRANSLATE_NOOP("core", "The file was read as {encoding}; it will be saved as UTF-8."),
    QT_TRANSLATE_NOOP("core", "The file was read as {encoding}; the article is saved as UTF-8."),
    QT_TRANSLATE_NOOP("core", "Line {line}: the front matter could not be read ({problem}); "
                              "it was kept, unchanged, at the top of the article's text."),
    QT_TRANSLATE_NOOP("core", "The “{field}” field was a list; its items were joined into one "
                              "text."),
    QT_TRANSLATE_NOOP("core", "The “{field}” field had an unexpected structure; it was kept as "
                              "text."),
    QT_TRANSLATE_NOOP("core", "Unknown status “{status}”; expected one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "No title was found in the text; the file name “{name}” is the "
                              "title for now."),
    QT_TRANSLATE_NOOP("core", "{count} garbled line(s) (Arabic UTF-8 once read with a wrong "
                              "code page, like “ط§ظ„”) were restored."),
    QT_TRANSLATE_NOOP("core", "The document was created on {date}; that is not taken as the "
                              "article's date."),
    QT_TRANSLATE_NOOP("core", "The text of {count} text box(es) was placed after the paragraph "
                              "that holds it."),
    QT_TRANSLATE_NOOP("core", "{count} picture(s) were left out: an article holds text only."),
    QT_TRANSLATE_NOOP("core", "Invalid regular expression: {detail}"),
    QT_TRANSLATE_NOOP("core", "The replacement refers to a missing group: {group}"),
    QT_TRANSLATE_NOOP("core", "it is too large ({size} MB)"),
    QT_TRANSLATE_NOOP("core", "it could not be read ({reason})"),
    QT_TRANSLATE_NOOP("core", "it is damaged ({detail})"),
    QT_TRANSLATE_NOOP("core", "it holds {count} parts, far more than any Word document"),
    QT_TRANSLATE_NOOP("core", "its part {part} would expand to {size} MB (a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its part {part} is compressed {ratio} times over "
                              "(a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its text would expand to {size} MB (a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its part {part} is larger than it declares"),
    QT_TRANSLATE_NOOP("core", "its part {part} declares a DOCTYPE or entities, which Word never "
                              "writes (a hostile file?)"),
    QT_TRANSLATE_NOOP("core", "“{name}”"),  # a file name the core put in quotes (tried last)
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, params: Mapping[str, object]) -> str:
    """Format a translated template; a translation with a broken placeholder falls back."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return ""


def core_error_message(error: ArticleError) -> str:
    """The error's message in the interface language (its parameters too, when known)."""
    params = {key: core_text(value) if isinstance(value, str) else value
              for key, value in error.params.items()}
    return _fill(translate(error.template), params) or error.message


@cache
def _shape_pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)
    # split() alternates literal text and placeholder names.
    regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
                    for index, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def core_text(text: str) -> str:
    """A warning, note or phrase from the core in the interface language (unknown: unchanged)."""
    translated = translate(text)
    if translated != text:
        return translated
    for template in SHAPES:
        match = _shape_pattern(template).fullmatch(text)
        if match:
            params = {key: core_text(value) for key, value in match.groupdict().items()}
            return _fill(translate(template), params) or text
    return text
