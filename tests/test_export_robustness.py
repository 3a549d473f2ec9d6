"""Any text exports: random Markdown-like input never crashes a writer or breaks the DOCX XML."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.core.article import parse_article
from editor.core.export.docx_writer import render_docx
from editor.core.export.html_writer import render_html

_PIECES = st.sampled_from([
    "كتابة", "عربية", "Python", "123", "١٢٣", " ", "\n", "\n\n", "- ", "1. ", "> ", "# ", "## ",
    "**", "*", "_", "`", "```\n", "| أ | ب |\n|---|---|\n", "[رابط](https://example.org)",
    "[^1]", "\n[^1]: حاشية\n", "<b>", "</b>", "<script>", "<br>", "    ", "\t", "،", "؟", ".",
    "\u200f", "\u202e", "&", "<", "\x0b", "---\n", "![صورة](a.png)", ":   ", "*[HTML]: x\n",
])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_random_markdown_exports_cleanly(body: str) -> None:
    article = parse_article(body)
    html = render_html(article)
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html.split("</style>")[1]
    data = render_docx(article)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                etree.fromstring(package.read(name))  # well-formed
