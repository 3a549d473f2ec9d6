"""One entry point for importing a file, and one for pasting, whatever the source format.

DOCX goes through the guarded DOCX reader; HTML is converted to Markdown and then cleaned;
anything else is read as text in whatever encoding it has (UTF-8/16/32, Windows-1256 and the
other legacy Arabic code pages, UTF-16 without a byte-order mark) and cleaned as a web paste.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from dataclasses import replace
from pathlib import Path

from ..article import parse_article
from ..errors import NotTextError, UnexpectedError, bugs_as_errors
from ..fileio import read_bytes
from ..notices import Notice
from ..textdecode import DecodedText, decode_bytes, detect_newline, normalize_newlines
from .docx_reader import read_docx
from .html_page import read_article_page
from .html_pictures import EmbeddedPictures
from .html_to_markdown import html_to_markdown
from .mojibake import repair_mojibake
from .result import ImportResult
from .webpaste import clean_web_text

logger = logging.getLogger(__name__)

DOCX_SUFFIXES = (".docx", ".docm", ".dotx")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<body[\s>]|<meta\s)", re.I)
_ENCODING_NAMES = {
    "cp1256": Notice("Windows-1256 (Arabic)"),
    "iso8859-6": Notice("ISO-8859-6 (Arabic)"),
    "cp720": Notice("DOS-720 (Arabic)"),
    "cp864": Notice("DOS-864 (Arabic)"),
    "mac-arabic": Notice("Mac Arabic"),
    "utf-16-le": Notice("UTF-16 (no byte-order mark)"),
    "utf-16-be": Notice("UTF-16 (no byte-order mark)"),
}


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """Text saved as UTF-16 without a byte-order mark: one byte of each pair is mostly zero
    (Latin) or 0x06 (Arabic), which a legacy 8-bit file never shows."""
    if len(data) < 4 or len(data) % 2:
        return None
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if sum(1 for b in high if b in (0x00, 0x06, 0x20)) >= 0.9 * len(high):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return DecodedText(normalize_newlines(text), codec, False, detect_newline(text))
    return None


def decode_import(data: bytes, name: str) -> DecodedText:
    try:
        return decode_bytes(data, name=name)
    except NotTextError:
        decoded = _bomless_utf16(data)
        if decoded is None:
            raise
        return decoded


def _encoding_note(encoding: str) -> list[Notice]:
    normal = codecs.lookup(encoding).name if encoding else "utf-8"
    if normal in ("utf-8", "utf-16", "utf-32") or encoding in ("utf-16", "utf-32"):
        return []
    label = _ENCODING_NAMES.get(normal, normal)
    return [
        Notice("The file was read as {encoding}; the article is saved as UTF-8.", encoding=label)
    ]


def _mojibake_note(repaired: int) -> list[Notice]:
    if not repaired:
        return []
    return [
        Notice(
            "{count} garbled line(s) (Arabic UTF-8 once read with a wrong code page, "
            "like “ط§ظ„”) were restored.",
            count=repaired,
        )
    ]


def _shift_lines(result: ImportResult, offset: int | None) -> ImportResult:
    """Make reported line numbers point into the source (None: not line-based, show none)."""
    for name in ("removed", "moved"):
        setattr(
            result,
            name,
            [
                replace(r, line=0 if offset is None else r.line + offset)
                for r in getattr(result, name)
            ],
        )
    return result


def import_html(html: str, *, folder: Path | None = None) -> ImportResult:
    """HTML (a saved page or the clipboard) → Markdown → web-paste cleanup. Removed lines are
    lines of the Markdown, so they carry no line number of the HTML. A page Midad exported is
    read back as the article it was (html_page.py), without the cleanup. ``folder`` is the
    imported file's: its relative picture addresses are kept, and the pictures embedded in the
    page are saved in its images/ folder (html_pictures.py)."""
    embedded = EmbeddedPictures(folder) if folder is not None else None
    local = folder is not None
    article = read_article_page(html, local_images=local, embedded=embedded)
    if article is not None:
        result = ImportResult(article)
    else:
        markdown = html_to_markdown(html, local_images=local, embedded=embedded)
        result = _shift_lines(clean_web_text(markdown, markdown=True), None)
    if embedded is not None and embedded.saved:
        result.notes.append(
            Notice(
                "{count} picture(s) embedded in the page were saved in “{folder}”.",
                count=len(embedded.saved),
                folder=str(embedded.folder),
            )
        )
    return result


def paste_as_article(plain: str | None, html: str | None = None) -> ImportResult:
    """ "Paste as new article": the clipboard's HTML when there is some, else its text."""
    html_given = bool(html and html.strip())
    text, repaired = repair_mojibake((html or "") if html_given else plain or "")
    result = import_html(text) if html_given else clean_web_text(text)
    result.notes[:0] = _mojibake_note(repaired)
    return result


def clean_paste(plain: str | None, html: str | None = None) -> str:
    """A web paste cleaned for where it was pasted: the page's furniture, byline and dateline
    go; its title stays as a heading over the body."""
    article = paste_as_article(plain, html).article
    title = article.metadata.title.strip()
    body = article.body.strip("\n")
    return f"# {title}\n\n{body}\n" if title else body + "\n"


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """Import ``path`` as a clean article; raise ArticleError with a clear message if we cannot
    (an unexpected problem is logged and raised as UnexpectedError)."""
    with bugs_as_errors(
        logger,
        f"Import of {path}",
        lambda problem: UnexpectedError(
            "The import failed because of a problem in Midad ({problem}); the log file has "
            "the details.",
            problem=problem,
        ),
    ):
        return _import_file(path)


def _import_file(path: str | os.PathLike[str]) -> ImportResult:
    p = Path(path)
    logger.debug("Importing %s", p)
    with_title_from_name = True
    if p.suffix.lower() in DOCX_SUFFIXES:
        result = read_docx(p)
        notes: list[Notice] = []
    else:
        data = read_bytes(p)
        if data.startswith(b"PK\x03\x04"):
            result, notes = read_docx(p), []
        else:
            decoded = decode_import(data, Notice("“{name}”", name=p.name))
            notes = _encoding_note(decoded.encoding)
            text, repaired = repair_mojibake(decoded.text)
            notes += _mojibake_note(repaired)
            if p.suffix.lower() in HTML_SUFFIXES or _HTML_START.match(text):
                result = import_html(text, folder=p.resolve().parent)
            elif (
                text.startswith("---\n")
                and (article := parse_article(text)).source.had_front_matter
            ):
                # Already a Midad article: its metadata is the writer's; only fill the gaps.
                result = clean_web_text(
                    article.body, markdown=True, detect_title=not article.metadata.title
                )
                _shift_lines(result, text[: len(text) - len(article.body)].count("\n"))
                for key, value in article.metadata.__dict__.items():
                    if value not in ("", [], {}):
                        setattr(result.article.metadata, key, value)
                with_title_from_name = False
            else:
                result = clean_web_text(text)
    result.notes[:0] = notes
    if with_title_from_name and not result.article.metadata.title:
        result.article.metadata.title = p.stem
        result.notes[:] = [n for n in result.notes if not n.startswith("No title was found:")]
        result.notes.append(
            Notice(
                "No title was found in the text; the file name “{name}” is the title for now.",
                name=p.stem,
            )
        )
    return result
