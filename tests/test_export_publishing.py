"""What a published export must get right (issue 16): pictures, fragments, repeated titles,
front matter that is broken or only the editor's, printed addresses."""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.article import load_article, parse_article
from editor.core.export.html_writer import render_html
from editor.core.export.images import PlacedImages
from editor.core.export.incremental import IncrementalPreview
from editor.core.export.preview import preview_html
from editor.core.export.service import ExportError, ExportOptions, export_bytes, export_with_report
from editor.core.links import readable_url

# A real 1×1 PNG (what Insert Image copies into images/).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def with_pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "article"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "chart.png").write_bytes(PNG)
    (folder / "صورة الغلاف.png").write_bytes(PNG)
    (tmp_path / "shared.png").write_bytes(PNG)
    path = folder / "مقال.md"
    path.write_text(
        "---\ntitle: الصور\n---\n\nنص.\n\n![رسم](images/chart.png)\n\n"
        "![غلاف](<صورة الغلاف.png>)\n\n![مشتركة](../shared.png)\n\n"
        "![من الويب](https://example.org/a.png)\n",
        encoding="utf-8",
    )
    return path


def _sources(html: str) -> list[str]:
    return re.findall(r'<img [^>]*?src="([^"]*)"', html)


def test_pictures_are_embedded_by_default(with_pictures: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "page.html"
    out.parent.mkdir()
    report = export_with_report(load_article(with_pictures), "html", out)
    sources = _sources(out.read_text("utf-8"))
    assert len(sources) == 4 and report.notices == []
    embedded = [src for src in sources if src.startswith("data:image/png;base64,")]
    assert len(embedded) == 3
    assert base64.b64decode(embedded[0].split(",", 1)[1]) == PNG
    assert sources[-1] == "https://example.org/a.png"  # web pictures are the web's
    assert list(out.parent.iterdir()) == [out]


def test_pictures_copied_beside_the_output(with_pictures: Path, tmp_path: Path) -> None:
    out = tmp_path / "site" / "news" / "page.html"
    out.parent.mkdir(parents=True)
    report = export_with_report(
        load_article(with_pictures), "html", out, ExportOptions(images="copy")
    )
    sources = _sources(out.read_text("utf-8"))
    assert report.notices == []
    # Each address finds its copy from the page, as a browser resolves it.
    for src in sources[:3]:
        from urllib.parse import unquote

        assert (out.parent / unquote(src)).read_bytes() == PNG, src
    assert sources[0] == "images/chart.png"
    assert sources[2] == "images/shared.png"  # was outside the article's folder


def test_copy_into_the_articles_own_folder_copies_nothing(with_pictures: Path) -> None:
    out = with_pictures.with_suffix(".html")
    export_with_report(load_article(with_pictures), "html", out, ExportOptions(images="link"))
    assert _sources(out.read_text("utf-8"))[0] == "images/chart.png"
    before = sorted(p.name for p in with_pictures.parent.rglob("*"))
    export_with_report(load_article(with_pictures), "html", out, ExportOptions(images="copy"))
    assert sorted(p.name for p in with_pictures.parent.rglob("*")) == before


def test_a_missing_picture_is_a_warning(with_pictures: Path, tmp_path: Path) -> None:
    (with_pictures.parent / "images" / "chart.png").unlink()
    out = tmp_path / "page.html"
    report = export_with_report(load_article(with_pictures), "html", out)
    assert len(report.notices) == 1
    assert report.notices[0].template.startswith("The picture “{src}” was not found")
    assert report.notices[0].params == {"src": "images/chart.png"}
    assert _sources(out.read_text("utf-8"))[0] == "images/chart.png"  # alt text shows


def test_cli_warns_about_a_missing_picture(
    with_pictures: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (with_pictures.parent / "images" / "chart.png").unlink()
    out = tmp_path / "page.html"
    assert main(["export", str(with_pictures), "-o", str(out), "--images", "copy"]) == 0
    err = capsys.readouterr().err
    assert "midad: warning: The picture “images/chart.png” was not found" in err
    assert (tmp_path / "images" / "shared.png").is_file()


def test_an_unsaved_articles_pictures_cannot_be_found_and_are_reported() -> None:
    placed = PlacedImages()
    html = export_bytes(parse_article("![صورة](chart.png)\n"), "html", placed=placed)
    assert b'src="chart.png"' in html
    assert [notice.params for notice in placed.notices] == [{"src": "chart.png"}]


# ---- fragments ---------------------------------------------------------------------------


def test_fragment_export_has_its_direction(tmp_path: Path) -> None:
    article = parse_article("---\ntitle: ع\n---\n\nفقرة.\n")
    html = export_bytes(article, "html", options=ExportOptions(fragment=True)).decode()
    assert html.startswith('<div class="midad-article" lang="ar" dir="rtl">\n<p>فقرة.</p>')
    bare = export_bytes(article, "html", options=ExportOptions(fragment=True, container=False))
    assert bare.decode() == "<p>فقرة.</p>\n"


# ---- the title, once ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "# المؤتمر: نتائج",
        "# **المؤتمرُ**:  نتائجُ",  # emphasis, tashkeel, two spaces
        "## المؤتمر: نتائج ##",
        "\n\nالمؤتمر: نتائج\n==============",
        "# \u200fالمؤتـمر: نتائج",  # an RLM and a tatweel
    ],
)
def test_a_first_heading_repeating_the_title_is_shown_once(heading: str) -> None:
    article = parse_article(f"---\ntitle: المؤتمر: نتائج\n---\n\n{heading}\n\nنص المقال.\n")
    page = render_html(article, theme="light")
    body = page[page.index("<body>") :]
    assert body.count("نتائج") == 1, body
    assert '<h1 class="article-title">' in body and "نص المقال" in body
    # The preview is the export: the same page, whole or rendered block by block.
    assert IncrementalPreview(for_qtextbrowser=False)(article) == page
    assert IncrementalPreview()(article) == preview_html(article)
    assert preview_html(article).count("نتائج</h1>") == 1


@pytest.mark.parametrize(
    "body",
    [
        "# المؤتمر: نتائج أخرى\n\nنص.\n",  # another heading
        "نص أول.\n\n# المؤتمر: نتائج\n\nنص.\n",  # not the first block
        "    # المؤتمر: نتائج\n\nنص.\n",  # code
    ],
)
def test_other_headings_stay(body: str) -> None:
    article = parse_article(f"---\ntitle: المؤتمر: نتائج\n---\n\n{body}")
    body_html = render_html(article, fragment=True, container=False)
    assert "المؤتمر: نتائج" in body_html


# ---- front matter -------------------------------------------------------------------------


def test_unquoted_colon_in_the_title_is_repaired_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "مقال.md"
    path.write_text(
        "---\ntitle: المؤتمر: نتائج\nauthor: سلمى\ntime: 12:30\n---\n\nنص.\n", encoding="utf-8"
    )
    article = load_article(path)
    assert article.metadata.title == "المؤتمر: نتائج" and article.metadata.author == "سلمى"
    assert [w.params for w in article.warnings] == [{"line": 2, "key": "title"}]
    html = render_html(article)
    assert "<title>المؤتمر: نتائج</title>" in html and "title:" not in html
    md = export_bytes(article, "md").decode()
    assert md.count("---\n") == 2 and "title: 'المؤتمر: نتائج'" in md
    assert parse_article(md).metadata.title == "المؤتمر: نتائج"


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: [unclosed\nauthor: : :\n---\n\nنص المقال.\n",
        "---\ntitle: عنوان\n\nنص المقال بلا نهاية للترويسة.\n",
    ],
)
def test_unreadable_front_matter_is_never_published(
    fmt: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = parse_article(text)
    with pytest.raises(ExportError) as error:
        export_bytes(article, fmt)
    assert error.value.template.startswith("Line ")
    path = tmp_path / "مقال.md"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(path), "-o", str(out)]) == 2
    assert not out.exists()
    assert "before exporting" in capsys.readouterr().err


def test_a_second_front_matter_block_is_refused() -> None:
    article = parse_article("---\ntitle: أ\n---\n\n---\ntitle: ب\n---\n\nنص.\n")
    with pytest.raises(ExportError, match="second front matter"):
        export_bytes(article, "md")


def test_front_matter_corrected_in_the_editor_is_used() -> None:
    # Opened broken (all text in the body), then corrected in the editor before exporting.
    article = parse_article("---\ntitle: [unclosed\n---\n\nنص.\n")
    article.body = "---\ntitle: '[مغلق]'\nauthor: كاتب\n---\n\nنص.\n"
    html = export_bytes(article, "html").decode()
    assert "<title>[مغلق]</title>" in html and "author:" not in html and "كاتب" in html


@pytest.mark.parametrize(
    "body",
    [
        "---\n\nنص بعد فاصل.\n\n---\n",
        "---\nملاحظة: نص بعد فاصل بلا سطر فارغ.\n",
        "---\nملاحظة: نص.\n\n---\n\nنص آخر.\n",
        "---\nملاحظة: [قوس مفتوح\n---\n",
    ],
)
def test_a_body_that_opens_with_a_rule_is_no_front_matter(body: str) -> None:
    article = parse_article("---\ntitle: ع\n---\n\n" + body)
    html = export_bytes(article, "html").decode()
    assert html.count("<hr>") >= 1 and ("ملاحظة" in html or "فاصل" in html)


def test_markdown_for_publishing_leaves_out_the_editors_keys(tmp_path: Path) -> None:
    path = tmp_path / "مقال.md"
    text = (
        "---\ntitle: ع\nword-target: 1500\nmidad-ignore:\n  - كلمة\nx-source: وكالة\n---\n\nنص.\n"
    )
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.md"
    assert main(["export", str(path), "-o", str(out)]) == 0
    published = out.read_text("utf-8")
    assert "midad-ignore" not in published and "word-target" not in published
    assert "x-source: وكالة" in published  # a key of the newsroom's stays
    assert main(["export", str(path), "-o", str(out), "--keep-editor-keys"]) == 0
    assert "midad-ignore" in out.read_text("utf-8")
    # Midad's own saving keeps them.
    from editor.core.article import save_article

    save_article(load_article(path), tmp_path / "saved.md")
    saved = (tmp_path / "saved.md").read_text("utf-8")
    assert "word-target: 1500\nmidad-ignore:\n  - كلمة\n" in saved


# ---- addresses -----------------------------------------------------------------------------


def test_readable_url_decodes_letters_only() -> None:
    url = "https://ar.wikipedia.org/wiki/%D9%85%D8%AF%D8%A7%D8%AF"
    assert readable_url(url) == "https://ar.wikipedia.org/wiki/مداد"
    # Escaped ASCII, spaces, bidi controls and broken UTF-8 stay escaped.
    kept = "https://x.org/a%20b%2Fc%3F?q=%E2%80%AE%D9"
    assert readable_url(kept) == kept
    assert readable_url("https://x.org/%d9%85%20") == "https://x.org/م%20"


def test_printed_links_show_the_address_decoded() -> None:
    url = "https://ar.wikipedia.org/wiki/%D9%85%D8%AF%D8%A7%D8%AF"
    html = render_html(
        parse_article(f"---\ntitle: ع\n---\n\n[مداد]({url}) و[أ](https://a.org/x).\n")
    )
    assert f'href="{url}"' in html  # the link itself is left as written
    assert 'data-url="https://ar.wikipedia.org/wiki/مداد"' in html
    assert html.count("data-url=") == 1
    assert 'a[href^="http"][data-url]::after { content: " (" attr(data-url) ")"; }' in html


def test_copying_reports_a_missing_picture(with_pictures: Path, tmp_path: Path) -> None:
    shutil.rmtree(with_pictures.parent / "images")
    out = tmp_path / "x" / "page.html"
    out.parent.mkdir()
    report = export_with_report(
        load_article(with_pictures), "html", out, ExportOptions(images="copy")
    )
    assert [n.params["src"] for n in report.notices] == ["images/chart.png"]


# ---- valid HTML5 -----------------------------------------------------------------------------


@pytest.mark.parametrize("fragment", [False, True])
def test_the_exported_html_parses_without_an_error(
    fragment: bool, with_pictures: Path, samples_dir: Path
) -> None:
    """html5lib in strict mode raises on every parse error a browser would recover from
    (misnested or unclosed elements, stray end tags, bad attributes)."""
    import html5lib

    parser = html5lib.HTMLParser(strict=True)
    roundtrip = Path(__file__).parent / "golden" / "roundtrip" / "article.md"
    for article in (
        load_article(samples_dir / "clean-article.md"),
        load_article(roundtrip),
        load_article(with_pictures),
    ):
        html = export_bytes(article, "html", options=ExportOptions(fragment=fragment)).decode()
        if fragment:
            parser.parseFragment(html)
        else:
            parser.parse(html)
    with pytest.raises(html5lib.html5parser.ParseError):  # the check itself works
        parser.parse("<!DOCTYPE html><p><b>x</p></b>")
