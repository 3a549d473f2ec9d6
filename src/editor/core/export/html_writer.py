"""The HTML writer: a standalone, right-to-left HTML5 page, or the body alone for a CMS.

The live preview shows exactly ``render_html``'s output, so preview and export never disagree.
Nothing remote is referenced by us (the stylesheet is embedded, fonts are the reader's own), and a
Content-Security-Policy forbids scripts even if something slipped past the sanitizer.
"""

from __future__ import annotations

import functools
import re
from html import escape

import lxml.html

from ... import __version__
from ..article import Article
from ..assets import asset_text
from .dates import byline_date
from .document import ExportDocument, Footnote, build_document, text_direction

THEMES = ("auto", "light", "dark")
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data: file:; "
    "base-uri 'none'; form-action 'none'"
)


@functools.cache
def stylesheet() -> str:
    """The article stylesheet (resources/style/article.css)."""
    return asset_text("style/article.css")


_COLOR_BLOCKS = {
    "light": re.compile(r":root\s*\{([^}]*)\}"),
    "dark": re.compile(r":root\[data-theme=\"dark\"\]\s*\{([^}]*)\}"),
}
_COLOR_VARIABLE = re.compile(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;")


@functools.cache
def theme_colors(theme: str) -> dict[str, str]:
    """The stylesheet's colours for "light" or "dark" (``paper``, ``ink``, ``muted``, ``rule``,
    ``accent``, ``quote-bar``, ``code-bg``, ``table-stripe``), read from article.css itself so
    that an engine without CSS variables (Qt's text browser) and the window's own theme use
    exactly the export's colours."""
    if theme not in ("light", "dark"):
        raise ValueError(f"theme must be light or dark, not {theme!r}")
    css = stylesheet()
    colors = dict(_COLOR_VARIABLE.findall(_color_block(css, "light")))
    if theme == "dark":
        colors.update(_COLOR_VARIABLE.findall(_color_block(css, "dark")))
    return colors


def _color_block(css: str, theme: str) -> str:
    match = _COLOR_BLOCKS[theme].search(css)
    if match is None:
        raise ValueError(f"article.css has no {theme} colour block")
    return match.group(1)


def render_html(
    article: Article | ExportDocument,
    *,
    fragment: bool = False,
    container: bool = True,
    theme: str = "auto",
    date_digits: str = "latin",
) -> str:
    """The article as HTML: a full page, or with ``fragment`` the body and notes only, inside
    a ``<div>`` that carries the article's language and direction (without it when
    ``container`` is False: the CMS's page must then give them)."""
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {THEMES}, not {theme!r}")
    document = article if isinstance(article, ExportDocument) else build_document(article)
    content = body_html(document) + footnotes_html(document)
    if fragment:
        return container_html(document, content) if container else content
    return page_html(document, content, theme, date_digits)


def container_html(document: ExportDocument, content: str) -> str:
    """A fragment that lays itself out right in any page: a left-to-right CMS page would
    otherwise set an Arabic article left-aligned, its punctuation on the wrong side."""
    return (
        f'<div class="midad-article" lang="{_attr(document.lang)}" dir="{document.direction}">\n'
        f"{content}</div>\n"
    )


def _attr(value: str) -> str:
    return escape(value, quote=True)


def body_html(document: ExportDocument) -> str:
    html = lxml.html.tostring(document.body, encoding="unicode", method="html")
    # Drop the wrapping <div> the tree needs; its children are the body.
    return html[html.index(">") + 1 : html.rindex("</div>")].strip() + "\n"


def footnotes_html(document: ExportDocument) -> str:
    if not document.footnotes:
        return ""
    labels = document.labels
    items = "".join(_footnote_item(note, labels.footnote_backlink) for note in document.footnotes)
    return (
        f'<section class="footnotes" role="doc-endnotes">\n'
        f'<h2 class="footnotes-title">{escape(labels.footnotes_heading)}</h2>\n'
        f"<ol>\n{items}</ol>\n</section>\n"
    )


def _footnote_item(note: Footnote, backlink_title: str) -> str:
    html = lxml.html.tostring(note.content, encoding="unicode", method="html").strip()
    backlink = (
        f'\u00a0<a class="footnote-backref" href="#{_attr(note.ref_id)}" '
        f'role="doc-backlink" title="{_attr(backlink_title.format(note.number))}">'
        f"\u21a9\ufe0e</a>"
    )
    # Put the back-link at the end of the note's last paragraph (or of the item itself).
    close = "</p>" if html.endswith("</p>\n</li>") or html.endswith("</p></li>") else "</li>"
    at = html.rindex(close)
    return html[:at] + backlink + html[at:] + "\n"


def header_html(document: ExportDocument, date_digits: str) -> str:
    meta = document.metadata
    arabic = document.labels.key == "ar"
    parts = []
    if meta.title.strip():
        parts.append(f'<h1 class="article-title">{escape(meta.title.strip())}</h1>')
    if meta.subtitle.strip():
        parts.append(f'<p class="article-subtitle">{escape(meta.subtitle.strip())}</p>')
    byline = []
    if meta.author.strip():
        byline.append(f'<span class="article-author">{escape(meta.author.strip())}</span>')
    shown, iso = byline_date(meta, arabic=arabic, digits=date_digits)
    if iso is not None:
        byline.append(f'<time datetime="{iso}">{escape(shown)}</time>')
    elif shown:
        byline.append(f"<span>{escape(shown)}</span>")
    if byline:
        separator = '<span class="separator" aria-hidden="true">·</span>'
        parts.append(f'<p class="article-byline">{separator.join(byline)}</p>')
    if not parts:
        return ""
    return '<header class="article-header">\n' + "\n".join(parts) + "\n</header>\n"


def _meta_tags(document: ExportDocument) -> str:
    meta = document.metadata
    tags = []
    for name, value in (
        ("author", meta.author),
        ("description", meta.summary),
        ("keywords", ", ".join(meta.tags)),
    ):
        if value.strip():
            tags.append(f'<meta name="{name}" content="{_attr(value.strip())}">')
    date = meta.date_value()
    if date is not None:
        tags.append(f'<meta name="date" content="{date.isoformat()}">')
    if meta.category.strip():  # Open Graph's section, which CMSs and link previews read
        tags.append(f'<meta property="article:section" content="{_attr(meta.category.strip())}">')
    return "".join(tag + "\n" for tag in tags)


def page_html(document: ExportDocument, content: str, theme: str, date_digits: str) -> str:
    meta = document.metadata
    title = meta.title.strip() or (document.headings[0].text if document.headings else "")
    theme_attr = "" if theme == "auto" else f' data-theme="{theme}"'
    title_dir = text_direction(title)
    title_attr = f' dir="{title_dir}"' if title_dir and title_dir != document.direction else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_attr(document.lang)}" dir="{document.direction}"{theme_attr}>\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f'<meta name="generator" content="Midad {__version__}">\n'
        f"<title{title_attr}>{escape(title)}</title>\n"
        f"{_meta_tags(document)}"
        f"<style>\n{stylesheet()}</style>\n"
        "</head>\n"
        "<body>\n"
        "<article>\n"
        f"{header_html(document, date_digits)}"
        f"{content}"
        "</article>\n"
        "</body>\n"
        "</html>\n"
    )
