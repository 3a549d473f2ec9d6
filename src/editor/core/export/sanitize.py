"""The allow-list every exported HTML body passes through (nh3, a maintained Rust sanitizer).

We sanitize python-markdown's whole output, not only the raw HTML the writer typed: links written
in Markdown syntax can carry ``javascript:`` URLs too. Only what articles need survives: no
scripts, styles, forms, frames, event attributes or executable URL schemes.
"""

from __future__ import annotations

import nh3

_TAGS = (set(nh3.ALLOWED_TAGS) - {"area", "map", "center", "strike", "tt", "acronym"}) | {"section"}
_GENERIC_ATTRIBUTES = {"id", "class", "title", "dir", "lang"}
_ATTRIBUTES = {
    "*": _GENERIC_ATTRIBUTES,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"},
    "td": {"style", "colspan", "rowspan", "align"},
    "th": {"style", "colspan", "rowspan", "align", "scope"},
    "time": {"datetime"},
    "data": {"value"},
    "del": {"datetime", "cite", "data-author"},  # data-author: a tracked change's (review_marks)
    "ins": {"datetime", "cite", "data-author"},
    "mark": {"data-author", "data-date"},
    "span": {"data-author", "data-date", "role"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html: str) -> str:
    """Keep safe article markup only; the text of removed scripts and styles goes too."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        clean_content_tags={
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "noscript",
            "template",
            "svg",
            "math",
        },
        filter_style_properties={"text-align"},  # table column alignment from Markdown
        link_rel=None,  # we add rel to external links ourselves, not to footnote links
        strip_comments=True,
    )
