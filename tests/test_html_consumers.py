"""The HTML export read by real consumers: Chromium lays it out, pandoc parses it.

Slow (a browser and pandoc start). The round-trip article (tests/golden/roundtrip/article.md)
holds headings, nested lists, a quote with a list, an aligned table, a two-paragraph footnote
with a link, a picture and code; pandoc (pypandoc-binary, pinned in the dev extra) must find
each of them in the page, and Chromium must show the page right-to-left, its pictures
included when the page is written away from the article, and a fragment right-to-left inside
a left-to-right CMS page.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from editor.core.article import load_article, parse_article
from editor.core.export.service import ExportOptions, export_bytes, export_with_report
from test_export_consumers import chromium, ink_lines
from test_html_roundtrip import roundtrip_article

pytestmark = pytest.mark.slow


def _pandoc() -> str:
    import pypandoc

    return str(pypandoc.get_pandoc_path())


def _blocks(node: Any, kind: str) -> list[Any]:
    """Every pandoc AST element of type ``kind`` under ``node``."""
    found = []
    if isinstance(node, dict):
        if node.get("t") == kind:
            found.append(node)
        for value in node.values():
            found.extend(_blocks(value, kind))
    elif isinstance(node, list):
        for value in node:
            found.extend(_blocks(value, kind))
    return found


def _text(node: Any) -> str:
    return "".join(
        s["c"] if s["t"] == "Str" else " " for s in _blocks(node, "Str") + _blocks(node, "Space")
    )


def _plain(node: Any) -> str:
    """The words of a pandoc element in order (Str and Space only)."""
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return node["c"]
        if node.get("t") in ("Space", "SoftBreak"):
            return " "
        return _plain(node.get("c", []))
    if isinstance(node, list):
        return "".join(_plain(item) for item in node)
    return ""


@pytest.fixture(scope="module")
def pandoc_ast(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("pandoc")
    path = roundtrip_article(folder)
    page = folder / "page.html"
    export_with_report(load_article(path), "html", page, ExportOptions(images="link"))
    result = subprocess.run(
        [_pandoc(), "--from", "html", "--to", "json", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_pandoc_reads_headings_lists_and_quotes(pandoc_ast: dict[str, Any]) -> None:
    headers = {_plain(h["c"][2]): h["c"][0] for h in _blocks(pandoc_ast, "Header")}
    assert headers["المحاور"] == 2 and headers["المؤتمر: نتائج"] == 1
    top_lists = [b for b in pandoc_ast["blocks"] if b["t"] == "BulletList"]
    assert len(top_lists) == 1
    first, second = top_lists[0]["c"]
    assert _plain(_blocks(first, "BulletList")[0]) == "المنحالقروض"
    assert [_plain(item) for item in _blocks(second, "OrderedList")[0]["c"][1]] == [
        "ورشات",
        "منح دراسية",
    ]
    quote = next(b for b in pandoc_ast["blocks"] if b["t"] == "BlockQuote")
    assert len(_blocks(quote, "BulletList")) == 1


def test_pandoc_reads_table_alignment_notes_picture_and_code(pandoc_ast: dict[str, Any]) -> None:
    table = _blocks(pandoc_ast, "Table")[0]
    aligns = [spec[0]["t"] for spec in table["c"][2]]
    assert aligns == ["AlignLeft", "AlignRight", "AlignCenter"]  # Markdown's :-- --: :-:
    notes = _blocks(pandoc_ast, "Note")
    assert len(notes) == 1
    paragraphs = [b for b in notes[0]["c"] if b["t"] == "Para"]
    assert len(paragraphs) == 2 and "المساء" in _plain(paragraphs[1])
    assert _blocks(notes[0], "Link")[0]["c"][2][0].startswith("https://example.org/")
    image = _blocks(pandoc_ast, "Image")[0]
    assert image["c"][2][0] == "images/chart.png" and _plain(image["c"][1]) == "رسم بياني للحضور"
    code = _blocks(pandoc_ast, "CodeBlock")[0]
    assert code["c"][1] == 'print("مرحبا")'


def test_pandoc_markdown_of_the_page_keeps_the_footnote(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    export_with_report(load_article(roundtrip_article(tmp_path)), "html", page)
    markdown = subprocess.run(
        [_pandoc(), "--from", "html", "--to", "gfm", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "[^1]: في [قاعة المؤتمرات]" in markdown and "## المحاور" in markdown


# ---- Chromium ---------------------------------------------------------------------------------

RED = (200, 30, 30)


def _red_picture(path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(240, 90, QImage.Format.Format_RGB32)
    image.fill(QColor(*RED))
    assert image.save(str(path), "PNG")


def _red_pixels(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            color = image.pixelColor(x, y)
            if abs(color.red() - RED[0]) < 20 and color.green() < 60 and color.blue() < 60:
                count += 1
    return count


@pytest.mark.parametrize(("images", "shown"), [("embed", True), ("copy", True), ("link", False)])
def test_chromium_shows_the_pictures_of_a_page_written_elsewhere(
    tmp_path: Path, images: str, shown: bool
) -> None:
    article_dir = tmp_path / "article"
    (article_dir / "images").mkdir(parents=True)
    _red_picture(article_dir / "images" / "chart.png")
    source = article_dir / "مقال.md"
    source.write_text(
        "---\ntitle: صورة\n---\n\nفقرة قبل الصورة.\n\n![رسم](images/chart.png)\n", encoding="utf-8"
    )
    page = tmp_path / "published" / "page.html"
    page.parent.mkdir()
    export_with_report(load_article(source), "html", page, ExportOptions(images=images))
    shot = tmp_path / f"{images}.png"
    chromium(tmp_path, "--window-size=900,700", f"--screenshot={shot}", page.as_uri())
    # ~240×90 pixels sampled every third: about 2,400 red samples when the picture shows.
    assert (_red_pixels(shot) > 1500) is shown


def flush_lines(png: Path) -> tuple[int, int]:
    """How many lines of text end at the right edge of the text, and how many at the left."""
    width, lines = ink_lines(png)
    assert len(lines) >= 15, f"too little text found on {png}"
    right_edge = max(line.right for line in lines)
    left_edge = min(line.left for line in lines)
    flush_right = sum(1 for line in lines if right_edge - line.right <= width * 0.02)
    flush_left = sum(1 for line in lines if line.left - left_edge <= width * 0.02)
    return flush_right, flush_left


LTR_CMS_PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>CMS</title>
<style>body {{ font-size: 20px; width: 860px; margin: 20px; }}</style></head>
<body><main>{fragment}</main></body></html>
"""


@pytest.mark.parametrize("container", [True, False])
def test_a_fragment_in_a_left_to_right_cms_page_stays_right_to_left(
    tmp_path: Path, samples_dir: Path, container: bool
) -> None:
    article = load_article(samples_dir / "clean-article.md")
    fragment = export_bytes(
        article, "html", options=ExportOptions(fragment=True, container=container)
    ).decode()
    page = tmp_path / "cms.html"
    page.write_text(LTR_CMS_PAGE.format(fragment=fragment), encoding="utf-8")
    shot = tmp_path / "cms.png"
    chromium(tmp_path, "--window-size=900,1800", f"--screenshot={shot}", page.as_uri())
    flush_right, flush_left = flush_lines(shot)
    # Lists, the quote and the notes are indented from the side the text starts on, so only
    # compare the two sides. The control: without its container, the CMS page sets the
    # article left to right (flush left, full stops on the right).
    if container:
        assert flush_right > 4 * flush_left, (flush_right, flush_left)
    else:
        assert flush_left > 4 * flush_right, (flush_right, flush_left)


def test_chromium_lays_out_the_roundtrip_page_right_to_left(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = roundtrip_article(tmp_path).read_text("utf-8")
    # The body opens with the title as a heading, as many writers type it.
    article = parse_article(text.replace("\n---\n\n", "\n---\n\n# المؤتمر: نتائج\n\n", 1))
    page.write_text(export_bytes(article, "html", theme="light").decode(), encoding="utf-8")
    shot = tmp_path / "roundtrip.png"
    chromium(tmp_path, "--window-size=900,2000", f"--screenshot={shot}", page.as_uri())
    flush_right, flush_left = flush_lines(shot)
    assert flush_right > 4 * flush_left, (flush_right, flush_left)
    # The title once: the header's, not a second heading from the body.
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert dom.count("المؤتمر: نتائج</h1>") == 1 and dom.count("<h1") == 1


def test_printed_links_show_their_address_decoded(tmp_path: Path) -> None:
    url = "https://ar.wikipedia.org/wiki/%D9%85%D8%AF%D8%A7%D8%AF"
    article = parse_article(
        f"---\ntitle: روابط\n---\n\nانظر [حبر]({url}) و[موقع](https://example.org/a%20b).\n"
    )
    page = tmp_path / "print.html"
    page.write_text(export_bytes(article, "html", theme="light").decode(), encoding="utf-8")
    pdf = tmp_path / "print.pdf"
    chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    # The print stylesheet writes each address after its link: letters decoded ...
    assert "https://ar.wikipedia.org/wiki/" in text and "مداد" in text and "%D9" not in text
    # ... an escaped space kept, so the address still leads where it did.
    assert "https://example.org/a%20b" in text
