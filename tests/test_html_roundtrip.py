"""Export to HTML with Midad's exporter, import the page back: the same article.

tests/golden/roundtrip/article.md holds what an article needs to survive (headings, nested
lists, a quote holding a list, an aligned table, a footnote with a link and two paragraphs, a
picture, code, an Arabic address); exported and imported again it must come back byte for
byte. Chromium and pandoc read the same page in test_export_consumers.py.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

from editor.core.article import load_article, serialize_article
from editor.core.export.service import ExportOptions, export_with_report
from editor.core.importing.importer import import_file

ROUNDTRIP = Path(__file__).parent / "golden" / "roundtrip" / "article.md"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def roundtrip_article(folder: Path) -> Path:
    """The golden article, with its picture, in ``folder``."""
    path = folder / "article.md"
    shutil.copy(ROUNDTRIP, path)
    (folder / "images").mkdir(exist_ok=True)
    (folder / "images" / "chart.png").write_bytes(PNG)
    return path


def _export_import(path: Path, out: Path, images: str = "copy") -> str:
    report = export_with_report(load_article(path), "html", out, ExportOptions(images=images))
    assert report.notices == []
    return serialize_article(import_file(out).article)


def test_the_golden_article_comes_back_byte_for_byte(tmp_path: Path) -> None:
    path = roundtrip_article(tmp_path)
    out = tmp_path / "site" / "page.html"
    out.parent.mkdir()
    assert _export_import(path, out) == ROUNDTRIP.read_text("utf-8")
    assert (out.parent / "images" / "chart.png").read_bytes() == PNG


def test_the_page_gives_back_the_details_not_body_text(tmp_path: Path) -> None:
    path = roundtrip_article(tmp_path)
    out = tmp_path / "page.html"
    export_with_report(load_article(path), "html", out)
    back = import_file(out).article
    meta = back.metadata
    assert (meta.title, meta.subtitle, meta.author, meta.date) == (
        "المؤتمر: نتائج",
        "قراءة في ما خرج به المؤتمر",
        "سلمى الحداد",
        "2026-03-14",
    )
    assert meta.tags == ["مؤتمرات", "صحافة"] and meta.summary == "ملخص قصير للمقال."
    assert back.body.startswith("افتتح المؤتمر")  # no byline, no date glued to the text
    assert "14 مارس" not in back.body and "سلمى" not in back.body
    assert (
        "[^1]" in back.body and "\n[^1]: في [قاعة المؤتمرات](https://example.org/قاعة)" in back.body
    )
    assert "%D9" not in back.body


def test_embedded_pictures_come_back_as_files(tmp_path: Path) -> None:
    path = roundtrip_article(tmp_path)
    out = tmp_path / "published" / "page.html"
    out.parent.mkdir()
    export_with_report(load_article(path), "html", out)  # pictures embedded: the default
    assert not (out.parent / "images").exists()
    result = import_file(out)
    saved = out.parent / "images" / "picture-1.png"
    assert saved.read_bytes() == PNG
    expected = ROUNDTRIP.read_text("utf-8").replace("images/chart.png", "images/picture-1.png")
    assert serialize_article(result.article) == expected
    assert [note.template for note in result.notes] == [
        "{count} picture(s) embedded in the page were saved in “{folder}”."
    ]
    # Imported again: the same file is reused, nothing is overwritten or duplicated.
    again = import_file(out)
    assert serialize_article(again.article) == expected and again.notes == []
    assert sorted(p.name for p in saved.parent.iterdir()) == ["picture-1.png"]


def test_a_page_that_claims_a_picture_but_holds_none_saves_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta name="generator" content="Midad 0.1"></head><body><article>'
        '<p>نص.</p><p><img alt="وصف" src="data:image/png;base64,PHNjcmlwdD4="></p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    result = import_file(page)
    assert "وصف" in result.article.body and "![" not in result.article.body
    assert not (tmp_path / "images").exists()


def test_the_sample_article_comes_back(tmp_path: Path, samples_dir: Path) -> None:
    article = load_article(samples_dir / "clean-article.md")
    out = tmp_path / "page.html"
    export_with_report(article, "html", out, ExportOptions(images="link"))
    back = import_file(out).article
    assert back.body == article.body
    expected = article.metadata.to_dict()
    expected["slug"] = ""  # a page has no place for the slug (its address is the CMS's)
    assert back.metadata.to_dict() == expected


def test_pages_that_are_not_midads_are_still_cleaned_as_web_pages(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><title>موقع</title><meta name='author' content='x'></head><body>"
        "<nav><a href='/'>الرئيسية</a> | <a href='/a'>أخبار</a> | <a href='/b'>رياضة</a></nav>"
        "<article><h1>عنوان الخبر</h1><p>نص الخبر الطويل نسبيًا.</p></article>"
        "<footer>جميع الحقوق محفوظة © 2026</footer></body></html>",
        encoding="utf-8",
    )
    result = import_file(page)
    assert result.article.metadata.title == "عنوان الخبر"
    assert result.removed  # the menu and the footer went
