"""Our DOCX read by the programs people open it with, and DOCX written by LibreOffice read by us.

- Round trip: tests/golden/docx-roundtrip.md → DOCX → Markdown is
  tests/golden/docx-roundtrip.expected.md (headings, nested lists, a list in a quote, a table
  with alignment, a footnote with a link and two paragraphs, code; the picture is left out).
- pandoc and mammoth (a Word-style reader: it resolves each part's relationships on its own)
  read every DOCX the suite makes without error and find its links, footnotes' included.
- LibreOffice lays the golden document out: where the words land on the page (pdftotext
  -bbox) shows nested lists indented from the right, inline code and a URL with Arabic in it
  in logical order, a Latin cell at its column's side.
- LibreOffice writes DOCX from an Arabic .html, .odt and .txt, and re-saves ours: we import
  them with their Arabic title and language, and keep what LibreOffice kept.

Slow (LibreOffice starts, pandoc runs), so marked ``slow``.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from lxml import etree

from docx_samples import build_article_docx
from editor.core.article import load_article, serialize_article
from editor.core.export.docx_writer import render_docx
from editor.core.importing.docx_reader import read_docx

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden"
RICH = Path(__file__).parent / "fixtures" / "import" / "roundtrip-rich.md"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
_LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
_ISOLATES = re.compile("[\u2066-\u2069]")


def _png(path: Path, width: int = 40, height: int = 20) -> None:
    """A small red PNG (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xcc\x33\x33" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _soffice(folder: Path, target: str, *sources: Path) -> None:
    profile = (folder / "lo-profile").as_uri()  # a fresh LibreOffice profile for each run
    subprocess.run(
        [
            *(SOFFICE, f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", target, "--outdir", str(folder), *map(str, sources)),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )


@pytest.fixture(scope="module")
def golden_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    source = folder / "docx-roundtrip.md"
    shutil.copy(GOLDEN / "docx-roundtrip.md", source)
    _png(folder / "images" / "dot.png")
    path = folder / "docx-roundtrip.docx"
    path.write_bytes(render_docx(load_article(source)))
    return path


@pytest.fixture(scope="module")
def suite_docs(
    golden_docx: Path, samples_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[Path, set[str]]]:
    """Every DOCX the suite makes, with the URLs of the links its article holds."""
    folder = tmp_path_factory.mktemp("suite")
    docs = [(golden_docx, set(_LINK.findall((GOLDEN / "docx-roundtrip.md").read_text("utf-8"))))]
    for source in (samples_dir / "clean-article.md", samples_dir / "draft-with-errors.md", RICH):
        article = load_article(source)
        path = folder / f"{source.stem}.docx"
        path.write_bytes(render_docx(article))
        docs.append((path, set(_LINK.findall(article.body))))
    assert "https://example.org/note" in docs[0][1]  # the footnote's link
    # The Word document the import tests build with python-docx and raw XML.
    docs.append((build_article_docx(folder / "built.docx"), {"https://example.org/بلدية?id=1"}))
    return docs


def test_round_trip_matches_the_golden_file(golden_docx: Path) -> None:
    result = read_docx(golden_docx)
    expected = (GOLDEN / "docx-roundtrip.expected.md").read_text(encoding="utf-8")
    assert serialize_article(result.article) == expected
    assert any("picture" in note for note in result.notes)


# ---- pandoc and mammoth ------------------------------------------------------------------------


def _pandoc_links(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("t") == "Link":
            found.append(node["c"][2][0])
        for value in node.values():
            found += _pandoc_links(value)
    elif isinstance(node, list):
        for value in node:
            found += _pandoc_links(value)
    return found


def test_pandoc_reads_every_docx_and_finds_the_links(
    suite_docs: list[tuple[Path, set[str]]],
) -> None:
    pypandoc = pytest.importorskip("pypandoc")  # a dev dependency: fails loudly if missing
    pandoc = pypandoc.get_pandoc_path()
    for path, urls in suite_docs:
        done = subprocess.run(
            [pandoc, "-f", "docx", "-t", "json", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, (path.name, done.stderr)
        links = _pandoc_links(json.loads(done.stdout))
        assert urls <= set(links), (path.name, urls - set(links))
        assert "" not in links, path.name  # a link whose target pandoc could not resolve


def test_mammoth_reads_every_docx_and_finds_the_links(
    suite_docs: list[tuple[Path, set[str]]],
) -> None:
    import mammoth

    for path, urls in suite_docs:
        with path.open("rb") as handle:
            result = mammoth.convert_to_html(handle)  # raised KeyError on a footnote's link
        assert not [m for m in result.messages if m.type == "error"], path.name
        hrefs = set(re.findall(r'href="([^"#][^"]*)"', result.value))
        assert urls <= hrefs, (path.name, urls - hrefs)
    golden_html = mammoth.convert_to_html(suite_docs[0][0].open("rb")).value
    note = re.search(r'<li id="footnote-1">(.*?)</li>', golden_html, re.S)
    assert note is not None and note.group(1).count("<p>") == 2  # two paragraphs
    assert '<a href="https://example.org/note">' in note.group(1)


# ---- LibreOffice lays it out --------------------------------------------------------------------


class Word:
    def __init__(self, element: etree._Element, page: int) -> None:
        self.page = page
        self.text = _ISOLATES.sub("", element.text or "")
        self.x0, self.x1 = float(element.get("xMin")), float(element.get("xMax"))
        self.y = (float(element.get("yMin")) + float(element.get("yMax"))) / 2


@pytest.fixture(scope="module")
def laid_out(golden_docx: Path) -> list[Word]:
    """The words of the golden document as LibreOffice placed them on its pages (pdftotext
    gives each word's box; Arabic comes out in visual order, so reversed)."""
    folder = golden_docx.parent
    _soffice(folder, "pdf", golden_docx)
    pdf = folder / "docx-roundtrip.pdf"
    assert pdf.is_file(), "LibreOffice wrote no PDF"
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        capture_output=True,
        timeout=60,
        check=True,
    ).stdout
    document = etree.fromstring(boxes, etree.XMLParser(recover=True))
    words = [
        Word(element, number)
        for number, page in enumerate(document.iter("{*}page"))
        for element in page.iter("{*}word")
    ]
    assert words, "pdftotext found no words"
    return words


def _line_of(words: list[Word], text: str) -> str:
    """The line holding the word ``text`` as seen on the page, left to right."""
    anchor = next(w for w in words if w.text == text)
    line = sorted(
        (w for w in words if w.page == anchor.page and abs(w.y - anchor.y) < 6),
        key=lambda w: w.x0,
    )
    return "".join(w.text for w in line)


def test_libreoffice_shows_inline_code_in_logical_order(laid_out: list[Word]) -> None:
    line = _line_of(laid_out, "زمر")  # رمز, reversed as pdftotext gives Arabic
    # print("مرحبا") read left to right; the broken order was ("مرحبا")print.
    assert 'print("ابحرم")' in line, line


def test_libreoffice_shows_a_url_with_arabic_in_logical_order(laid_out: list[Word]) -> None:
    line = _line_of(laid_out, "راع")  # عار
    assert "https://example.com/ثحب?q=ابحرم" in line, line


def test_libreoffice_keeps_the_marks_of_cpp_and_csharp_after_the_letters(
    laid_out: list[Word],
) -> None:
    line = _line_of(laid_out, "نوجمربملا")  # المبرمجون
    assert "C++" in line and "C#" in line, line  # not "++C", "#C"


def test_libreoffice_indents_nested_lists_from_the_right(laid_out: list[Word]) -> None:
    page_middle = max(w.x1 for w in laid_out) / 2
    bullets = [w for w in laid_out if w.text == "•"]
    circles = [w for w in laid_out if w.text == "◦"]
    assert bullets and circles
    assert all(w.x0 > page_middle for w in bullets + circles)  # markers on the right
    top_level = max(w.x1 for w in bullets)
    assert all(w.x1 < top_level - 20 for w in circles)  # level 1 further in, from the right


def test_libreoffice_sets_a_latin_cell_at_its_columns_side(laid_out: list[Word]) -> None:
    """The Latin column has no alignment of its own: in a right-to-left table its cells sit
    on the right like the Arabic ones (they sat on the left, apart from the column)."""
    cells = {w.text: w for w in laid_out if w.text in ("Latin", "one", "two")}
    assert len(cells) == 3
    assert max(w.x1 for w in cells.values()) - min(w.x1 for w in cells.values()) < 1.5
    assert abs(cells["Latin"].x0 - cells["one"].x0) > 3  # flush right, not left


# ---- LibreOffice writes, we read ----------------------------------------------------------------

ARABIC_HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مكتبات الأحياء ليلاً</title>
<meta name="author" content="ليلى عبد الرحمن"></head><body>
<p>تفتح ثلاث مكتبات في المدينة أبوابها حتى منتصف الليل، ويقول روادها إن الهدوء يساعدهم.</p>
<p>وقال أمين المكتبة إن <a href="https://example.org/libraries">التجربة</a> بدأت قبل عامين.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def libreoffice_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("libreoffice-written")
    (folder / "from-html.html").write_text(ARABIC_HTML, encoding="utf-8")
    (folder / "from-odt.html").write_text(ARABIC_HTML, encoding="utf-8")
    (folder / "from-txt.txt").write_text(
        "مكتبات الأحياء ليلاً\n\nتفتح ثلاث مكتبات في المدينة أبوابها حتى منتصف الليل.\n",
        encoding="utf-8",
    )
    _soffice(folder, "docx:MS Word 2007 XML", folder / "from-html.html")
    _soffice(folder, "odt", folder / "from-odt.html")
    _soffice(folder, "docx", folder / "from-odt.odt", folder / "from-txt.txt")
    return folder


@pytest.mark.parametrize("name", ["from-html", "from-odt"])
def test_a_libreoffice_document_keeps_its_arabic_title_and_language(
    libreoffice_docs: Path, name: str
) -> None:
    article = read_docx(libreoffice_docs / f"{name}.docx").article
    assert article.metadata.title == "مكتبات الأحياء ليلاً"  # not "Word Document"
    assert article.metadata.author == "ليلى عبد الرحمن"
    assert article.metadata.lang == "ar"  # LibreOffice declares en-US
    assert "وقال أمين المكتبة إن [التجربة](https://example.org/libraries)" in article.body


def test_a_text_file_through_libreoffice_is_paragraphs(libreoffice_docs: Path) -> None:
    article = read_docx(libreoffice_docs / "from-txt.docx").article
    assert article.metadata.lang == "ar"
    assert article.body == (
        "مكتبات الأحياء ليلاً\n\nتفتح ثلاث مكتبات في المدينة أبوابها حتى منتصف الليل.\n"
    )


def test_our_docx_resaved_by_libreoffice_imports_the_same(golden_docx: Path) -> None:
    folder = golden_docx.parent / "resaved"
    folder.mkdir(exist_ok=True)
    _soffice(folder, "docx", golden_docx)
    article = read_docx(folder / golden_docx.name).article
    expected = load_article(GOLDEN / "docx-roundtrip.expected.md")
    # LibreOffice writes every cell's alignment relative to its direction: a right-aligned
    # column of a right-to-left table is its start side, which reads back as the default.
    assert article.body == expected.body.replace("| ---: | :---: |", "| --- | :---: |")
    # The tags too: LibreOffice joins the keywords with spaces, the custom property keeps them.
    for key in ("title", "subtitle", "author", "date", "lang", "tags", "category", "summary"):
        assert getattr(article.metadata, key) == getattr(expected.metadata, key), key


def test_a_docx_written_by_pandoc_imports_with_its_structure(tmp_path: Path) -> None:
    pypandoc = pytest.importorskip("pypandoc")
    article = load_article(GOLDEN / "docx-roundtrip.md")
    source = tmp_path / "body.md"
    source.write_text(article.body, encoding="utf-8")
    _png(tmp_path / "images" / "dot.png")
    target = tmp_path / "pandoc.docx"
    subprocess.run(
        [
            *(pypandoc.get_pandoc_path(), str(source), "-f", "markdown", "-t", "docx"),
            *("-o", str(target), "--metadata", "title=مقال", "--metadata", "lang=ar"),
        ],
        capture_output=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    result = read_docx(target)
    body = result.article.body
    assert "\n\n* * *\n\n" in body  # pandoc's rule is a VML shape, not a picture
    assert [n for n in result.notes if "picture" in n] == [
        "1 picture(s) were left out: an article holds text only."
    ]
    assert "    - بند فرعي أول\n    - بند فرعي ثانٍ\n        1. خطوة مرقمة عميقة\n" in body
    assert (
        "[^1]: حاشية فيها [رابط الحاشية](https://example.org/note) في فقرتها الأولى.\n\n"
        "    وفقرة ثانية في الحاشية نفسها.\n"
    ) in body
    assert '```\nx = 1\nprint("مرحبا")\n```' in body
    assert result.article.metadata.lang == "ar"
