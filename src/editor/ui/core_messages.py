"""Messages from editor.core, shown in the interface language.

The core speaks English (the command line prints it as it is) and keeps every message's
template and parameters apart: errors are ArticleError (.template, .params), warnings, import
notes, reasons and phrases are Notice (editor/core/notices.py). The window translates the
template in the "core" context and fills the parameters in afterwards, translating those that
are notices themselves; a file name keeps its own direction because each Arabic translation
isolates {path} and {name}. Every template the core uses is listed below (tests/test_notices.py
scans the core and checks), so a writer never meets an English sentence in an Arabic window.

The QT_TRANSLATE_NOOP markers let pyside6-lupdate put every template in translations/*.ts.
A translation keeps the template's {name} placeholders (tests/test_translations.py checks it).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..core.errors import ArticleError
from ..core.notices import Notice
from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "core"

# ArticleError templates raised by editor.core, matched exactly.
ERROR_TEMPLATES = (
    QT_TRANSLATE_NOOP("core", "The article has no file name yet; choose where to save it."),
    QT_TRANSLATE_NOOP("core", "Unknown export format “{fmt}”; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "--fragment applies to HTML exports only."),
    QT_TRANSLATE_NOOP(
        "core",
        "Exporting to “{path}” would overwrite the article itself; choose another file name.",
    ),
    QT_TRANSLATE_NOOP("core", "“{path}” is a folder; give a file name to export to."),
    QT_TRANSLATE_NOOP("core", "The article has no file name yet; choose where to export it."),
    QT_TRANSLATE_NOOP("core", "“{path}” is a folder, not a file."),
    QT_TRANSLATE_NOOP("core", "“{path}” is too large to be an article ({size} MB)."),
    QT_TRANSLATE_NOOP("core", "“{path}” does not exist."),
    QT_TRANSLATE_NOOP("core", "You do not have permission to read “{path}”."),
    QT_TRANSLATE_NOOP("core", "“{path}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "“{path}” could not be saved: {reason}."),
    QT_TRANSLATE_NOOP(
        "core", "“{path}” could not be saved: {reason}. The previous version is unchanged."
    ),
    QT_TRANSLATE_NOOP("core", "“{name}” cannot be imported: it is damaged ({reason})."),
    QT_TRANSLATE_NOOP("core", "The import vocabulary “{name}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "“{name}” cannot be imported: {why}."),
    QT_TRANSLATE_NOOP("core", "The folder “{path}” could not be created: {reason}."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” does not exist."),
    QT_TRANSLATE_NOOP("core", "You do not have permission to read the team dictionary “{path}”."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” could not be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "The team dictionary “{path}” is not UTF-8 text."),
    QT_TRANSLATE_NOOP("core", "{name} is not a text file (it contains binary data)."),
    QT_TRANSLATE_NOOP(
        "core", "{name} is not a text file, or its encoding could not be recognised."
    ),
    QT_TRANSLATE_NOOP("core", "{name} is not a text file: it looks like {what}."),
    QT_TRANSLATE_NOOP(
        "core", "{name} starts with a {label} byte-order mark but is not valid {label} text."
    ),
    QT_TRANSLATE_NOOP("core", "“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP)."),
    QT_TRANSLATE_NOOP("core", "“{name}” could not be copied into “{folder}”: {reason}."),
    QT_TRANSLATE_NOOP("core", "Unknown way to export pictures “{mode}”; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "Unknown paper size “{paper}”; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "Unknown digits “{digits}”; choose one of: {choices}."),
    QT_TRANSLATE_NOOP(
        "core", "PDF pages need Qt's page renderer, which this program did not load."
    ),
    QT_TRANSLATE_NOOP(
        "core", "Unknown way to export tracked changes “{mode}”; choose one of: {choices}."
    ),
    QT_TRANSLATE_NOOP("core", "No change or comment starts at offset {offset}."),
    QT_TRANSLATE_NOOP("core", "{problem} Correct it before the changes are resolved."),
    QT_TRANSLATE_NOOP(
        "core",
        "Line 1: the article's text opens a front matter block with “---” that is never "
        "closed; close it with a “---” line, or remove it, before exporting.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the front matter could not be read ({problem}); correct it before "
        "exporting, so that it is not published as the article's text.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The article's text opens with a second front matter block; move what it holds "
        "into the article's details and remove it before exporting.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The picture “{name}” could not be copied beside the export: {reason}."
    ),
    QT_TRANSLATE_NOOP("core", "Invalid regular expression: {detail}"),
    QT_TRANSLATE_NOOP("core", "The replacement refers to a missing group: {group}"),
    QT_TRANSLATE_NOOP(
        "core",
        "The article nests lists or quotations too deeply (thousands of levels) to be exported; "
        "flatten the deepest ones.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The article has {count} notes, more than the {limit} Midad exports; split it into "
        "several articles.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The export failed because of a problem in Midad ({problem}); the log file has "
        "the details.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The import failed because of a problem in Midad ({problem}); the log file has "
        "the details.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The file could not be opened because of a problem in Midad ({problem}); the log "
        "file has the details.",
    ),
)

# Notice templates used by editor.core (editor/core/notices.py), matched exactly.
NOTICE_TEMPLATES = (
    # Tracked changes and comments that cannot be read (core/review.py; also raised as errors).
    QT_TRANSLATE_NOOP("core", "Line {line}: “{closer}” closes no mark; it is kept as text."),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: a mark “{opener}” holds another mark “{inner}”; marks cannot be "
        "nested, so both are kept as text.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the mark “{opener}” is never closed with “{closer}”; it is kept as text.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the substitution “{opener}” has no “~>” between the old and the new "
        "text; it is kept as text.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{changes} tracked change(s) and {comments} comment(s) were kept as review marks; "
        "`midad changes` lists them.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{count} comment(s) were attached to no text; they are kept at the article's end.",
    ),
    # An article's warnings (load_article, the front matter).
    QT_TRANSLATE_NOOP("core", "The file was read as {encoding}; it will be saved as UTF-8."),
    QT_TRANSLATE_NOOP(
        "core",
        "Line 1: the front matter opened with “---” is never closed; "
        "the whole file was kept as the article's text.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the front matter could not be read ({problem}); "
        "it was kept, unchanged, at the top of the article's text.",
    ),
    QT_TRANSLATE_NOOP("core", "the front matter is not a list of “key: value” lines"),
    QT_TRANSLATE_NOOP(
        "core", "The “{field}” field was a list; its items were joined into one text."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The “{field}” field had an unexpected structure; it was kept as text."
    ),
    QT_TRANSLATE_NOOP("core", "A tag had an unexpected structure; it was kept as text."),
    QT_TRANSLATE_NOOP("core", "Unknown status “{status}”; expected one of: {choices}."),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the value of “{key}” holds a colon, which the front matter allows "
        "only in quotes; it was read as text, and saving the article quotes it.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the value of “{key}” starts with “{mark}”, which the front matter "
        "allows only in quotes; it was read as text, and saving the article quotes it.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the front matter is indented with a tab, which it does not allow; "
        "the tab was read as spaces.",
    ),
    # What the reader of an export will miss.
    QT_TRANSLATE_NOOP(
        "core",
        "The picture “{src}” was not found beside the article; the page shows its "
        "description in its place.",
    ),
    QT_TRANSLATE_NOOP("core", "“{src}” is not a picture a browser shows; its address was kept."),
    # An import's notes.
    QT_TRANSLATE_NOOP("core", "The file was read as {encoding}; the article is saved as UTF-8."),
    QT_TRANSLATE_NOOP("core", "Windows-1256 (Arabic)"),
    QT_TRANSLATE_NOOP("core", "ISO-8859-6 (Arabic)"),
    QT_TRANSLATE_NOOP("core", "DOS-720 (Arabic)"),
    QT_TRANSLATE_NOOP("core", "DOS-864 (Arabic)"),
    QT_TRANSLATE_NOOP("core", "Mac Arabic"),
    QT_TRANSLATE_NOOP("core", "UTF-16 (no byte-order mark)"),
    QT_TRANSLATE_NOOP(
        "core",
        "{count} garbled line(s) (Arabic UTF-8 once read with a wrong "
        "code page, like “ط§ظ„”) were restored.",
    ),
    QT_TRANSLATE_NOOP("core", "No title was found: the text starts with a paragraph."),
    QT_TRANSLATE_NOOP(
        "core", "No title was found in the text; the file name “{name}” is the title for now."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The document was created on {date}; that is not taken as the article's date."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The text of {count} text box(es) was placed after the paragraph that holds it."
    ),
    QT_TRANSLATE_NOOP("core", "{count} picture(s) were left out: an article holds text only."),
    QT_TRANSLATE_NOOP("core", "{count} picture(s) embedded in the page were saved in “{folder}”."),
    # Why an import removed a line (the vocabulary's own reasons go by kind: import_report.py).
    QT_TRANSLATE_NOOP("core", "repeats the title"),
    QT_TRANSLATE_NOOP("core", "section label above the title"),
    QT_TRANSLATE_NOOP("core", "navigation menu"),
    QT_TRANSLATE_NOOP("core", "breadcrumb navigation"),
    QT_TRANSLATE_NOOP("core", "“read also”/related links"),
    QT_TRANSLATE_NOOP("core", "no words (decoration or stray symbols)"),
    QT_TRANSLATE_NOOP("core", "stray number (a share or comment counter?)"),
    QT_TRANSLATE_NOOP("core", "byline (the article's byline is already “{author}”)"),
    QT_TRANSLATE_NOOP("core", "dateline (the article's date is already {date})"),
    # What an import moved from the text into the details.
    QT_TRANSLATE_NOOP("core", "title"),
    QT_TRANSLATE_NOOP("core", "subtitle"),
    QT_TRANSLATE_NOOP("core", "byline"),
    QT_TRANSLATE_NOOP("core", "byline → author: {name}"),
    QT_TRANSLATE_NOOP("core", "dateline → date: {date}"),
    QT_TRANSLATE_NOOP("core", "section label → category: {category}"),
    QT_TRANSLATE_NOOP("core", "deck under the title → subtitle"),
    QT_TRANSLATE_NOOP("core", "tags → {items}"),
    QT_TRANSLATE_NOOP("core", "category → {items}"),
    # Why a file is not text or not a Word document (parameters of errors).
    QT_TRANSLATE_NOOP("core", "the file"),
    QT_TRANSLATE_NOOP("core", "“{name}”"),  # a quoted file name
    QT_TRANSLATE_NOOP("core", "a ZIP archive or an office document (DOCX, ODT)"),
    QT_TRANSLATE_NOOP("core", "a PDF document"),
    QT_TRANSLATE_NOOP("core", "a PNG image"),
    QT_TRANSLATE_NOOP("core", "a JPEG image"),
    QT_TRANSLATE_NOOP("core", "a GIF image"),
    QT_TRANSLATE_NOOP("core", "an old Microsoft Office document"),
    QT_TRANSLATE_NOOP("core", "an RTF document"),
    QT_TRANSLATE_NOOP("core", "it is encrypted"),
    QT_TRANSLATE_NOOP("core", "it is a ZIP archive but not a Word document (no word/document.xml)"),
    QT_TRANSLATE_NOOP("core", "it is damaged or not a Word document (not a valid ZIP archive)"),
    QT_TRANSLATE_NOOP("core", "it is too large ({size} MB)"),
    QT_TRANSLATE_NOOP("core", "it could not be read ({reason})"),
    QT_TRANSLATE_NOOP("core", "it is damaged ({detail})"),
    QT_TRANSLATE_NOOP("core", "it holds {count} parts, far more than any Word document"),
    QT_TRANSLATE_NOOP("core", "its part {part} would expand to {size} MB (a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its part {part} is compressed {ratio} times over (a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its text would expand to {size} MB (a “zip bomb”?)"),
    QT_TRANSLATE_NOOP("core", "its part {part} is larger than it declares"),
    QT_TRANSLATE_NOOP(
        "core",
        "its part {part} declares a DOCTYPE or entities, which Word never writes (a hostile file?)",
    ),
    # The slug field's advice.
    QT_TRANSLATE_NOOP("core", "A slug cannot contain spaces; use hyphens."),
    QT_TRANSLATE_NOOP(
        "core",
        "A slug may hold only letters, digits and single hyphens, and "
        "starts and ends with a letter or digit.",
    ),
    QT_TRANSLATE_NOOP("core", "A slug is written in lower case."),
    QT_TRANSLATE_NOOP("core", "A slug should be at most {limit} characters."),
    # Proofreading.
    QT_TRANSLATE_NOOP(
        "core", "The front matter could not be read; only the text after it was checked."
    ),
    QT_TRANSLATE_NOOP(
        "core", "Spelling is not checked: the enchant library could not be loaded ({detail})."
    ),
    QT_TRANSLATE_NOOP(
        "core", "Spelling is not checked: the Arabic dictionary could not be opened ({detail})."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Spelling is not checked: no Arabic dictionary is installed "
        "(install hunspell-ar, or reinstall Midad).",
    ),
    QT_TRANSLATE_NOOP("core", "its aliases (“*name”) repeat more than {limit} values"),
    QT_TRANSLATE_NOOP("core", "its lists or mappings are nested too deeply"),
    QT_TRANSLATE_NOOP(
        "core",
        "The “{field}” detail is longer than the {limit} characters a Word document "
        "property holds; the document's properties keep its beginning only.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Line {line}: the rule “{rule}” found more than {limit} problems in one "
        "paragraph; only the first {limit} are listed.",
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, params: Mapping[str, object]) -> str:
    """Format a translated template; a translation with a broken placeholder falls back."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return ""


def _translated(params: dict[str, object]) -> dict[str, object]:
    """Parameters that are notices in the interface language; the others (names, paths,
    numbers, the system's own words) as they are."""
    return {
        key: core_text(value) if isinstance(value, Notice) else value
        for key, value in params.items()
    }


def core_error_message(error: ArticleError) -> str:
    """The error's message in the interface language."""
    return _fill(translate(error.template), _translated(error.params)) or error.message


def core_text(text: str) -> str:
    """A notice from the core in the interface language; any other text as it is."""
    if not isinstance(text, Notice):
        return text
    return _fill(translate(text.template), _translated(text.params)) or str(text)
