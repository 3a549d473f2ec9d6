"""Left-to-right islands in right-to-left text, and telling a web page from an article."""

from __future__ import annotations

import re
from pathlib import Path

from editor.core.bidi import LRI, PDI, isolate_ltr, isolate_name_filters
from editor.core.importing.webpaste import looks_like_web_page

QT_FILTER = re.compile(r"^(.*)\(([a-zA-Z0-9_.,*? +;#\-\[\]@\{\}/!<>$%&=^~:|]*)\)$")


def test_isolate_ltr_wraps_once() -> None:
    assert isolate_ltr("/home/ali/draft.md") == LRI + "/home/ali/draft.md" + PDI
    assert isolate_ltr(isolate_ltr("a/b")) == isolate_ltr("a/b")
    assert isolate_ltr("") == ""


def test_name_filters_keep_qt_syntax_with_isolated_patterns() -> None:
    filters = "مقالات ماركداون (*.md *.markdown);;ملفات نصية (*.txt);;كل الملفات (*)"
    isolated = isolate_name_filters(filters)
    for part in isolated.split(";;"):
        match = QT_FILTER.match(part)  # the expression Qt parses a filter with
        assert match, part
        assert match[1].endswith(LRI)
    assert re.findall(r"\(([^)]*)\)", isolated) == ["*.md *.markdown", "*.txt", "*"]
    assert isolate_name_filters(isolated) == isolated


def test_web_page_detection(samples_dir: Path) -> None:
    paste = (samples_dir / "web-paste.txt").read_text(encoding="utf-8")
    assert looks_like_web_page(paste)
    for name in ("clean-article.md", "draft-with-errors.md"):
        assert not looks_like_web_page((samples_dir / name).read_text(encoding="utf-8")), name
    assert not looks_like_web_page("سطر واحد")
    assert not looks_like_web_page("")
    html = "".join(f"<p>{line}</p>" for line in paste.splitlines() if line.strip())
    assert looks_like_web_page("", html)
