"""Properties over arbitrary input: the importer never crashes and never loses a line silently."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.importing.html_to_markdown import html_to_markdown
from editor.core.importing.webpaste import clean_web_text, normalize_lines

_WORDS = [
    "المقال",
    "شارك",
    "Share",
    "بقلم:",
    "كتب",
    "By",
    "نشر في",
    "12",
    "آذار",
    "2024",
    "Top",
    "اقرأ أيضاً",
    "الوسوم:",
    "©",
    "|",
    "»",
    "#وسم",
    "ليلى",
    "عبد",
    "الرحمن",
    ".",
    "،",
    "؟",
    "-",
    "*",
    "Tags:",
    "Related:",
    "\u00a0",
    "  ",
    "\t",
    "قررت",
    "البلدية",
    "تمديد",
    "ساعات",
    "العمل",
    "# عنوان",
    "- بند",
    "| خلية |",
]
_LINE = st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join)
_TEXT = st.lists(st.one_of(_LINE, st.just("")), max_size=30).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.booleans())
def test_every_line_is_kept_moved_or_reported(text: str, markdown: bool) -> None:
    result = clean_web_text(text, markdown=markdown)
    source = [line.rstrip() for line in normalize_lines(text) if line.strip()]
    body = [line.rstrip() for line in result.article.body.split("\n") if line.strip()]
    accounted = body + [r.text.rstrip() for r in result.removed + result.moved]
    assert sorted(accounted) == sorted(source)
    assert all(r.reason for r in result.removed + result.moved)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpliuotdhrsc12&;#!-\nنصع")), max_size=200))
def test_html_to_markdown_survives_any_markup(html: str) -> None:
    assert isinstance(html_to_markdown(html), str)
