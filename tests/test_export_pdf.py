"""PDF export and printing: the pages Qt lays out (editor.render.pdf) and the service around them.

What a reader sees is checked by real consumers in tests/test_pdf_consumers.py (slow); here the
structure: pages, links, metadata, page breaks, pictures and refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.article import load_article, parse_article
from editor.core.export.pdf_info import PdfInfo, pdf_string, with_document_info, xmp_packet
from editor.core.export.service import (
    ExportError,
    ExportOptions,
    export_bytes,
    export_with_report,
    printable_document,
)
from editor.render.pdf import (
    ArticlePages,
    _line_top,
    ensure_gui_application,
    page_number,
    render_pdf,
    render_pdf_bytes,
)

PDF = ExportOptions(renderer=render_pdf)


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """The tests' QApplication exists before the renderer would start a QGuiApplication of its
    own (as the command line does), which no widget test after these could use."""
    return qapp


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\n", pdf))


def _info_dictionary(pdf: bytes) -> bytes:
    """The information dictionary the last trailer names (what readers show)."""
    trailer = pdf[pdf.rindex(b"trailer") :]
    number = int(re.search(rb"/Info (\d+) 0 R", trailer)[1])  # type: ignore[index]
    start = pdf.rindex(b"\n%d 0 obj" % number)
    return pdf[start : pdf.index(b"endobj", start)]


def _long_article(paragraphs: int, heading_every: int = 7) -> str:
    parts = ["---\ntitle: مقال طويل للطباعة\nauthor: سلمى الحداد\nlang: ar\n---\n"]
    for number in range(1, paragraphs + 1):
        if number % heading_every == 0:
            parts.append(f"## القسم {number}\n")
        parts.append(
            f"الفقرة {number}: يحتاج الكاتب العربي إلى محرّر يفهم اتجاه النص من اليمين إلى "
            "اليسار، ولا يبعثر علامات الترقيم حين تختلط الكلمات العربية بكلمات إنجليزية مثل "
            "Markdown أو Python داخل الجملة الواحدة.\n"
        )
    return "\n".join(parts)


def test_the_service_refuses_pdf_without_a_page_renderer(samples_dir: Path) -> None:
    article = load_article(samples_dir / "clean-article.md")
    with pytest.raises(ExportError) as error:
        export_bytes(article, "pdf")
    assert error.value.template.startswith("PDF pages need Qt's page renderer")
    with pytest.raises(ExportError, match="paper size"):
        export_bytes(article, "pdf", options=ExportOptions(renderer=render_pdf, paper="a5"))
    with pytest.raises(ExportError, match="digits"):
        export_bytes(article, "pdf", options=ExportOptions(renderer=render_pdf, digits="roman"))


def test_the_sample_article_on_pages_with_links_and_metadata(samples_dir: Path) -> None:
    pdf = export_bytes(load_article(samples_dir / "clean-article.md"), "pdf", options=PDF)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert _pages(pdf) >= 2
    assert b"/MediaBox [0 0 595" in pdf  # A4
    # The footnote mark and its note point at each other; the web link is a link.
    assert re.search(rb"/Dest \(\xfe\xff\x00f\x00n\x00-\x001\)", pdf)
    assert re.search(rb"/Dest \(\xfe\xff\x00f\x00n\x00r\x00e\x00f\x00-\x001\)", pdf)
    assert b"/URI (https://example.org/blog/writing)" in pdf
    info = _info_dictionary(pdf)
    assert pdf_string("الكتابة دون اتصال، لماذا يعود الكتّاب إلى أدواتهم المحلية؟") in info
    assert pdf_string("سلمى الحداد") in info
    assert pdf_string("كتابة, أدوات, خصوصية") in info  # keywords: the tags
    assert b"/Subject " + pdf_string("لماذا يفضّل")[:-1] in info  # the summary
    catalogue = pdf[pdf.rindex(b"/Type /Catalog") :]
    assert b"/Lang " + pdf_string("ar") in catalogue
    assert b"/Direction /R2L" in catalogue
    # The shipped Arabic fonts are embedded.
    assert re.search(rb"/FontName /\w+\+NotoSansArabic-Regular", pdf)
    assert b"/FontFile2" in pdf


def test_letter_paper_and_an_english_article_left_to_right() -> None:
    article = parse_article("---\ntitle: A note\nlang: en\n---\n\nSome text.\n")
    pdf = export_bytes(article, "pdf", options=ExportOptions(renderer=render_pdf, paper="letter"))
    assert b"/MediaBox [0 0 612" in pdf
    catalogue = pdf[pdf.rindex(b"/Type /Catalog") :]
    assert b"/Lang " + pdf_string("en") in catalogue and b"/Direction /R2L" not in catalogue


def test_a_heading_never_ends_a_page(tmp_path: Path) -> None:
    """A heading that would sit alone at a page's foot starts the next page instead. A picture
    of growing height above the text moves the headings down by less than a line each time, so
    some of them come to a page's foot."""
    from PySide6.QtGui import QColor, QImage

    moved_somewhere = False
    for height in range(20, 420, 12):
        image = QImage(100, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#888888"))
        image.save(str(tmp_path / f"{height}.png"))
        source = tmp_path / f"{height}.md"
        text = _long_article(24).replace("---\n\n", f"---\n\n![]({height}.png)\n\n", 1)
        source.write_text(text, encoding="utf-8")
        pages = ArticlePages(printable_document(load_article(source))[0], _writer())
        moved_somewhere |= pages.moved_headings > 0
        page_height = pages.frame.height
        layout = pages.text.documentLayout()
        block = pages.text.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() > 0 and following.isValid():
                page = int(_line_top(layout, block) // page_height)
                assert page == int(_line_top(layout, following) // page_height), (
                    height,
                    block.text(),
                )
            block = following
    assert moved_somewhere  # the heights tried do put a heading at a page's foot


def test_page_numbers_in_western_or_arabic_indic_digits() -> None:
    assert page_number(12, "western") == "12"
    assert page_number(12, "arabic-indic") == "١٢"


def test_a_missing_picture_warns_and_its_description_is_printed(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    ensure_gui_application()
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a3b12"))
    (tmp_path / "images").mkdir()
    image.save(str(tmp_path / "images" / "chart.png"))
    source = tmp_path / "مقال.md"
    source.write_text(
        "---\ntitle: صور\n---\n\n![رسم بياني](images/chart.png)\n\n![خريطة المدينة](gone.png)\n",
        encoding="utf-8",
    )
    report = export_with_report(load_article(source), "pdf", None, PDF)
    assert report.path == tmp_path / "مقال.pdf"
    assert [notice.params["src"] for notice in report.notices] == ["gone.png"]
    pdf = report.path.read_bytes()
    assert pdf.count(b"/Subtype /Image") == 1  # the picture found; the other one is text
    document, notices = printable_document(load_article(source))
    assert len(notices) == 1
    html = ArticlePages(document, _writer()).text.toPlainText()
    assert "[خريطة المدينة]" in html


def test_a_tall_picture_fits_on_one_page(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("#888888"))
    image.save(str(tmp_path / "tall.png"))
    source = tmp_path / "tall.md"
    source.write_text("---\ntitle: صورة طويلة\n---\n\n![](tall.png)\n", encoding="utf-8")
    pages = ArticlePages(printable_document(load_article(source))[0], _writer())
    block = pages.text.find("\ufffc").block()  # the picture's character
    assert block.isValid()
    rect = pages.text.documentLayout().blockBoundingRect(block)
    assert rect.height() < pages.frame.height * 0.8
    assert pages.page_count() <= 2


def _writer():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.buffer = buffer  # kept alive with the writer
    return writer


def test_unreadable_front_matter_is_refused_not_printed(tmp_path: Path) -> None:
    source = tmp_path / "broken.md"
    source.write_text("---\ntitle: [عنوان\nauthor: x\n---\n\nنص المقال.\n", encoding="utf-8")
    with pytest.raises(ExportError, match="front matter"):
        export_with_report(load_article(source), "pdf", None, PDF)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.md"]


def test_document_info_is_an_incremental_update_that_keeps_every_byte() -> None:
    original = render_pdf_bytes(printable_document(parse_article("نص قصير.\n"))[0])
    info = PdfInfo(title="عنوان (مع قوسين)", keywords="أ, ب", lang="ar", right_to_left=True)
    updated = with_document_info(original, info)
    assert updated.startswith(original)  # nothing Qt wrote moved
    previous = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", original)[1])  # type: ignore[index]
    assert b"/Prev %d" % previous in updated[len(original) :]
    # The new cross-reference section points at the objects it adds.
    tail = updated[len(original) :]
    xref = updated.rindex(b"\nxref\n") + 1
    assert int(re.search(rb"startxref\s+(\d+)", tail)[1]) == xref  # type: ignore[index]
    for number, offset in re.findall(rb"\n(\d+) 1\n(\d{10}) 00000 n", updated[xref:]):
        assert updated[int(offset) :].startswith(number + b" 0 obj")
    assert pdf_string("عنوان (مع قوسين)") in _info_dictionary(updated)
    # Updating twice keeps one language entry.
    twice = with_document_info(updated, info)
    assert twice[twice.rindex(b"/Type /Catalog") :].count(b"/Lang") == 1


def test_xmp_metadata_is_well_formed_xml_with_every_detail() -> None:
    import xml.etree.ElementTree as ElementTree

    info = PdfInfo(title="<عنوان> & «اقتباس»", author="س", tags=("أ", "ب"), lang="ar")
    packet = xmp_packet(info).decode("utf-8")
    root = ElementTree.fromstring(
        packet[packet.index("<x:xmpmeta") : packet.index("<?xpacket end")]
    )
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    dc = "{http://purl.org/dc/elements/1.1/}"
    description = root.find(f"{rdf}RDF/{rdf}Description")
    assert description is not None
    assert description.find(f"{dc}title/{rdf}Alt/{rdf}li").text == "<عنوان> & «اقتباس»"  # type: ignore[union-attr]
    assert [li.text for li in description.iterfind(f"{dc}subject/{rdf}Bag/{rdf}li")] == ["أ", "ب"]
    assert description.find(f"{dc}language/{rdf}Bag/{rdf}li").text == "ar"  # type: ignore[union-attr]


def test_cli_exports_pdf_next_to_the_article(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "مقال.md"
    source.write_bytes((samples_dir / "clean-article.md").read_bytes())
    assert main(["export", str(source), "--to", "pdf", "--digits", "arabic-indic"]) == 0
    written = tmp_path / "مقال.pdf"
    assert capsys.readouterr().out.strip() == str(written)
    assert written.read_bytes().startswith(b"%PDF-")
    letter = tmp_path / "letter.pdf"
    assert main(["export", str(source), "-o", str(letter), "--paper", "letter"]) == 0
    assert b"/MediaBox [0 0 612" in letter.read_bytes()
    with pytest.raises(SystemExit) as refused:
        main(["export", str(source), "--to", "pdf", "--paper", "a5"])
    assert refused.value.code == 2


def test_code_reads_left_to_right_and_tables_are_mirrored() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    article = parse_article(
        "---\ntitle: شيفرة وجدول\n---\n\n```python\ndef hello():\n    return 1\n```\n\n"
        "| الأول | الثاني |\n| --- | :---: |\n| أ | ب |\n"
    )
    pages = ArticlePages(printable_document(article)[0], _writer())
    code = pages.text.find("def hello():").block()
    assert code.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert code.blockFormat().alignment() & Qt.AlignmentFlag.AlignLeft
    assert code.next().text() == "    return 1"  # indentation kept
    table = QTextCursor(pages.text.find("الأول")).currentTable()
    assert table is not None
    # The first Markdown column is the right-most cell; the centred one stays centred.
    assert table.cellAt(0, table.columns() - 1).firstCursorPosition().block().text() == "الأول"
    second = table.cellAt(1, 0).firstCursorPosition().block()
    assert second.text() == "ب"
    assert second.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter


@pytest.mark.parametrize(("lang", "right"), [("ar", True), ("en", False)])
def test_a_quotation_has_its_bar_on_the_side_where_it_starts(lang: str, right: bool) -> None:
    article = parse_article(
        f"---\ntitle: t\nlang: {lang}\n---\n\nقبل.\n\n> {'اقتباس ' * 60}\n\nبعد.\n"
    )
    pages = ArticlePages(printable_document(article)[0], _writer())
    [bar] = pages.quote_bars[0]  # one bar down the whole quotation (several lines)
    frame = pages.frame
    quote = pages.text.find("اقتباس").block()
    assert bar.height() > 2 * quote.layout().lineAt(0).height()
    assert (bar.left() > frame.width / 2) == right
    assert frame.side < bar.left() < frame.width - frame.side  # inside the text column


def test_qt_and_the_page_renderer_load_only_for_pdf(samples_dir: Path, tmp_path: Path) -> None:
    """`midad export --to html` and `midad check` stay free of Qt; the window starts without
    the page renderer and Qt's print support (they load with the first PDF or print)."""
    import os
    import subprocess
    import sys

    source = samples_dir / "clean-article.md"
    script = (
        "import sys\n"
        "from editor.cli.main import main\n"
        f"main(['export', {str(source)!r}, '--to', 'html', '-o', {str(tmp_path / 'a.html')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'editor.render'))))\n"
        f"main(['export', {str(source)!r}, '--to', 'pdf', '-o', {str(tmp_path / 'a.pdf')!r}])\n"
        "print('editor.render.pdf' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[1::2] == ["[]", "True"], result.stdout
    window = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, editor.ui.main_window\n"
            "print(sorted(m for m in ('editor.render.pdf', 'PySide6.QtPrintSupport') "
            "if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert window.stdout.strip() == "[]"


def test_tracked_changes_print_final_by_default_and_marked_on_request() -> None:
    article = parse_article(
        "---\ntitle: مراجعة\n---\n\nقال {++الوزير ++}إن {--القرار--}الخطة {~~جيدة~>ممتازة~~} "
        'و{=={"author":"علي"}@@مهمة==}{>>من قال؟<<}.\n'
    )
    final = ArticlePages(printable_document(article)[0], _writer()).text.toPlainText()
    assert "الوزير" in final and "ممتازة" in final
    assert "القرار" not in final and "جيدة" not in final and "من قال" not in final
    marked_pages = ArticlePages(printable_document(article, review="marked")[0], _writer())
    text = marked_pages.text
    marked = text.toPlainText()
    assert "القرار" in marked and "جيدة" in marked and "⟦علي: من قال؟⟧" in marked
    deleted = text.find("القرار").charFormat()
    inserted = text.find("ممتازة").charFormat()
    assert deleted.fontStrikeOut() and inserted.fontUnderline()
    assert inserted.foreground().color() != deleted.foreground().color()
