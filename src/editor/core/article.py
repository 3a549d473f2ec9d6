"""The article: metadata + Markdown body, and how it is read from and written to disk.

The native file is Markdown with YAML front matter. Loading then saving an unchanged canonical
file gives the same bytes; unknown front-matter keys are kept, in their order; a file whose
front matter cannot be read still opens, with all its text in the body and a warning (a value
with an unquoted colon, common in Arabic titles, is repaired, with a warning); the exporters
refuse such a body rather than publish the YAML as text (export/service.py).
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ArticleError, UnexpectedError, bugs_as_errors
from .fileio import atomic_write, read_bytes, remove_stale_temporaries
from .frontmatter import (
    FrontMatterError,
    Repair,
    dump_value,
    repair_yaml_mapping,
    split_front_matter,
)
from .notices import Notice
from .textdecode import decode_bytes

logger = logging.getLogger(__name__)

STATUSES = ("draft", "review", "ready", "published")
# Canonical order of the known fields in a written front matter block.
KNOWN_FIELDS = (
    "title",
    "subtitle",
    "author",
    "date",
    "category",
    "tags",
    "summary",
    "slug",
    "lang",
    "status",
)
_TEXT_FIELDS = ("title", "subtitle", "author", "category", "summary", "slug", "lang", "status")
_TAG_SEPARATORS = (",", "،", "؛", ";")


@dataclass
class Metadata:
    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""  # ISO "YYYY-MM-DD" when it is a real date; free text is kept as written
    category: str = ""
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    slug: str = ""
    lang: str = "ar"
    status: str = "draft"
    # Front-matter keys we do not know, in file order, written back untouched.
    extra: dict[Any, Any] = field(default_factory=dict)
    # The file's key order (known and unknown): writing follows it; new fields go in their
    # canonical place.
    key_order: list[Any] = field(default_factory=list, compare=False, repr=False)

    def date_value(self) -> _dt.date | None:
        """The date as a ``datetime.date``, or None when empty or not an ISO date."""
        try:
            return _dt.date.fromisoformat(self.date.strip()[:10]) if self.date.strip() else None
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        """Known fields then unknown keys, for JSON output and the UI (keys as text)."""
        data: dict[str, Any] = {name: getattr(self, name) for name in KNOWN_FIELDS}
        data["tags"] = list(self.tags)
        for key, value in self.extra.items():
            data.setdefault(str(key), value)
        return data


@dataclass
class SourceInfo:
    """How an article was read, so saving can keep what should be kept."""

    path: Path | None = None
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    had_front_matter: bool = False
    # The file opened with a front matter block that could not be read: it is the top of the
    # body, for the writer to correct, and no export may publish it as text.
    front_matter_unread: bool = False


@dataclass
class Article:
    metadata: Metadata = field(default_factory=Metadata)
    body: str = ""
    source: SourceInfo = field(default_factory=SourceInfo, compare=False)
    # Problems met while reading that did not stop it (shown to the user, never silent).
    warnings: list[Notice] = field(default_factory=list, compare=False)


# ---------------------------------------------------------------------------------------------
# Reading


def parse_article(text: str) -> Article:
    """Build an article from decoded text with "\\n" newlines. Never raises for bad front matter."""
    split = split_front_matter(text)
    article = Article(body=split.body)
    if not split.closed:
        article.source.front_matter_unread = True
        article.warnings.append(
            Notice(
                "Line 1: the front matter opened with “---” is never closed; "
                "the whole file was kept as the article's text."
            )
        )
        return article
    if split.yaml_text is None:
        return article
    try:
        mapping, repairs = repair_yaml_mapping(split.yaml_text)
    except FrontMatterError as exc:
        article.body = text
        article.source.front_matter_unread = True
        article.warnings.append(
            Notice(
                "Line {line}: the front matter could not be read ({problem}); "
                "it was kept, unchanged, at the top of the article's text.",
                line=exc.line,
                problem=exc.problem,
            )
        )
        return article
    article.warnings.extend(_repair_notice(repair) for repair in repairs)
    article.metadata = metadata_from_mapping(mapping, article.warnings)
    article.source.had_front_matter = True
    return article


def _repair_notice(repair: Repair) -> Notice:
    if repair.kind == "tab":
        return Notice(
            "Line {line}: the front matter is indented with a tab, which it does not allow; "
            "the tab was read as spaces.",
            line=repair.line,
        )
    if repair.kind == "mark":
        return Notice(
            "Line {line}: the value of “{key}” starts with “{mark}”, which the front matter "
            "allows only in quotes; it was read as text, and saving the article quotes it.",
            line=repair.line,
            key=repair.key,
            mark=repair.mark,
        )
    return Notice(
        "Line {line}: the value of “{key}” holds a colon, which the front matter allows "
        "only in quotes; it was read as text, and saving the article quotes it.",
        line=repair.line,
        key=repair.key,
    )


def load_article(path: str | os.PathLike[str]) -> Article:
    """Read an article file in any text encoding we accept; raise ArticleError if we cannot
    (an unexpected problem is logged and raised as UnexpectedError)."""
    with bugs_as_errors(
        logger,
        f"Opening {path}",
        lambda problem: UnexpectedError(
            "The file could not be opened because of a problem in Midad ({problem}); the log "
            "file has the details.",
            problem=problem,
        ),
    ):
        return _load_article(path)


def _load_article(path: str | os.PathLike[str]) -> Article:
    p = Path(path)
    decoded = decode_bytes(read_bytes(p), name=Notice("“{name}”", name=p.name))
    remove_stale_temporaries(p.parent)  # what a killed save of this folder left behind
    article = parse_article(decoded.text)
    article.source = SourceInfo(
        p,
        decoded.encoding,
        decoded.bom,
        decoded.newline,
        article.source.had_front_matter,
        article.source.front_matter_unread,
    )
    if decoded.encoding not in ("utf-8", "utf-16", "utf-32"):
        article.warnings.insert(
            0,
            Notice(
                "The file was read as {encoding}; it will be saved as UTF-8.",
                encoding=decoded.encoding,
            ),
        )
    return article


def _as_text(name: str, value: Any, warnings: list[Notice]) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list) and all(not isinstance(v, list | dict) for v in value):
        warnings.append(
            Notice(
                "The “{field}” field was a list; its items were joined into one text.", field=name
            )
        )
        return ", ".join(_as_text(name, v, warnings) for v in value)
    warnings.append(
        Notice("The “{field}” field had an unexpected structure; it was kept as text.", field=name)
    )
    return dump_value(name, value).split(":", 1)[1].strip()


def split_tags(text: str) -> list[str]:
    """Split a tag line on Latin or Arabic commas/semicolons; blanks dropped, order kept."""
    for separator in _TAG_SEPARATORS[1:]:
        text = text.replace(separator, _TAG_SEPARATORS[0])
    return [tag.strip() for tag in text.split(_TAG_SEPARATORS[0]) if tag.strip()]


def _as_tags(value: Any, warnings: list[Notice]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        tags = []
        for item in value:
            if isinstance(item, list | dict):
                warnings.append(Notice("A tag had an unexpected structure; it was kept as text."))
            tags.append(_as_text("tags", item, warnings).strip())
        return [tag for tag in tags if tag]
    return split_tags(_as_text("tags", value, warnings))


def metadata_from_mapping(mapping: dict[Any, Any], warnings: list[Notice]) -> Metadata:
    meta = Metadata(key_order=list(mapping))
    for key, value in mapping.items():
        if key == "tags":
            meta.tags = _as_tags(value, warnings)
        elif key == "date":
            meta.date = _as_text(key, value, warnings)
        elif key in _TEXT_FIELDS:
            setattr(meta, key, _as_text(key, value, warnings))
        else:
            meta.extra[key] = value
    if "lang" in mapping and not meta.lang.strip():
        meta.lang = "ar"
    if meta.status not in STATUSES:
        warnings.append(
            Notice(
                "Unknown status “{status}”; expected one of: {choices}.",
                status=meta.status,
                choices=", ".join(STATUSES),
            )
        )
    return meta


# ---------------------------------------------------------------------------------------------
# Writing


def _known_value(meta: Metadata, name: str) -> Any:
    if name == "tags":
        return list(meta.tags)
    if name == "date":
        value = meta.date.strip()
        # A real ISO date is written bare (YAML reads it as a date); anything else stays text.
        date = meta.date_value()
        if date is not None and date.isoformat() == value:
            return date
        return meta.date
    return getattr(meta, name)


def _is_set(meta: Metadata, name: str) -> bool:
    value = getattr(meta, name)
    return bool(value)


def front_matter_text(meta: Metadata) -> str:
    """The YAML block (without fences) for ``meta``, following the file's key order."""
    order: list[Any] = [key for key in meta.key_order if key in KNOWN_FIELDS or key in meta.extra]
    for name in KNOWN_FIELDS:
        if name not in order and _is_set(meta, name):
            # New field: put it after the known field that precedes it canonically.
            before = [k for k in KNOWN_FIELDS[: KNOWN_FIELDS.index(name)] if k in order]
            order.insert(order.index(before[-1]) + 1 if before else 0, name)
    order.extend(key for key in meta.extra if key not in order)
    parts = []
    for key in order:
        value = _known_value(meta, key) if key in KNOWN_FIELDS else meta.extra[key]
        parts.append(dump_value(key, value))
    return "".join(parts)


def serialize_article(article: Article) -> str:
    """The native file text (with "\\n" newlines)."""
    body = article.body
    return f"---\n{front_matter_text(article.metadata)}---\n\n{body}"


def encode_article(article: Article) -> bytes:
    """File bytes: UTF-8 (keeping a UTF-8 BOM if the file had one) with the file's newline style."""
    source = article.source
    return encode_text(
        serialize_article(article), source.newline, source.bom and source.encoding == "utf-8"
    )


def encode_text(text: str, newline: str = "\n", bom: bool = False) -> bytes:
    """Text with "\n" newlines as UTF-8 file bytes with ``newline`` and, if asked, a BOM."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def save_article(article: Article, path: str | os.PathLike[str] | None = None) -> Path:
    """Save atomically to ``path`` (default: where it was read from). Raises SaveError."""
    target = Path(path) if path is not None else article.source.path
    if target is None:
        raise ArticleError("The article has no file name yet; choose where to save it.")
    written = atomic_write(target, encode_article(article))
    article.source.path = Path(target)
    if article.source.encoding not in ("utf-8",):
        article.source.encoding, article.source.bom = "utf-8", False
    article.source.had_front_matter = True
    return written
