"""DOCX import: structure and metadata from real Word packages built with python-docx (plus raw
XML for what python-docx cannot write: footnotes, hyperlinks, complex-script formatting)."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from editor.core.errors import ArticleError
from editor.core.importing.docx_reader import read_docx
from editor.core.importing.zip_guard import DocxError

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _rtl_run(paragraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
    """A right-to-left run formatted the way Arabic Word does it: bCs/iCs, w:rtl."""
    props = "<w:rtl/>" + ("<w:bCs/>" if bold else "") + ("<w:iCs/>" if italic else "")
    run = parse_xml(f"<w:r {nsdecls('w')}><w:rPr>{props}</w:rPr>"
                    f'<w:t xml:space="preserve">{text}</w:t></w:r>')
    paragraph._p.append(run)


def _bidi(paragraph) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))


def _hyperlink(paragraph, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}"><w:r><w:rPr><w:rtl/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:hyperlink>"))


def _add_footnotes(document, notes: dict[int, str]) -> None:
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in notes.items())
    xml = (f"<w:footnotes {nsdecls('w')}>"
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f"</w:footnote>{body}</w:footnotes>").encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, note_id: int) -> None:
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{note_id}"/></w:r>'))


def build_article_docx(path: Path) -> Path:
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "مكتبات الأحياء ليلاً", "ليلى عبد الرحمن"
    props.subject, props.keywords = "تجربة تستحق التعميم", "مكتبات، ثقافة; مدن"
    props.category, props.comments = "ثقافة", "ثلاث مكتبات تمدد ساعات عملها."
    props.created, props.language = dt.datetime(2024, 3, 12, 9, 0), "ar-SA"

    document.add_heading("المكتبات في الليل", level=1)
    intro = document.add_paragraph()
    _bidi(intro)
    _rtl_run(intro, "قررت ")
    _rtl_run(intro, "ثلاث مكتبات", bold=True)
    _rtl_run(intro, " أن تمدد ساعات عملها ")
    _rtl_run(intro, "حتى منتصف الليل", italic=True)
    _rtl_run(intro, "، كما ذكر ")
    _hyperlink(intro, "موقع البلدية", "https://example.org/بلدية?id=1")
    _rtl_run(intro, ".")
    _footnote_ref(intro, 1)
    latin = document.add_paragraph("Plain ")
    latin.add_run("bold").bold = True
    latin.add_run(" and ")
    latin.add_run("italic").italic = True
    latin.add_run(" words, a * star and 2 * 3.")
    document.add_heading("ما الذي يحتاجه الرواد؟", level=2)
    for item in ("مواصلات ليلية", "إنارة أفضل"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("بند فرعي", style="List Bullet 2")
    for item in ("الخطوة الأولى", "الخطوة الثانية"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("قال أحد الرواد: المكان هادئ.", style="Quote")
    table = document.add_table(rows=3, cols=2)
    for row, cells in enumerate([("المكتبة", "الزوار"), ("المركزية", "2100"),
                                 ("الحي | القديم", "1400")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "عنوان مدمج"
    merged.cell(0, 2).text = "ج"
    merged.cell(1, 0).text = "أ"
    _add_footnotes(document, {1: "أرقام البلدية لشهر آذار."})
    document.save(path)
    return path


@pytest.fixture
def article_docx(tmp_path: Path) -> Path:
    return build_article_docx(tmp_path / "article.docx")


def test_core_properties_become_metadata(article_docx: Path) -> None:
    meta = read_docx(article_docx).article.metadata
    assert meta.title == "مكتبات الأحياء ليلاً"
    assert meta.author == "ليلى عبد الرحمن"
    assert meta.subtitle == "تجربة تستحق التعميم"
    assert meta.tags == ["مكتبات", "ثقافة", "مدن"]
    assert meta.category == "ثقافة"
    assert meta.summary == "ثلاث مكتبات تمدد ساعات عملها."
    assert meta.date == "2024-03-12"
    assert meta.lang == "ar"


def test_structure_becomes_markdown(article_docx: Path) -> None:
    body = read_docx(article_docx).article.body
    expected_start = (
        "# المكتبات في الليل\n\n"
        "قررت **ثلاث مكتبات** أن تمدد ساعات عملها *حتى منتصف الليل*، كما ذكر "
        "[موقع البلدية](https://example.org/بلدية?id=1).[^1]\n\n"
        "Plain **bold** and *italic* words, a \\* star and 2 \\* 3.\n\n"
        "## ما الذي يحتاجه الرواد؟\n\n"
        "- مواصلات ليلية\n- إنارة أفضل\n    - بند فرعي\n"
        "1. الخطوة الأولى\n2. الخطوة الثانية\n\n"
        "> قال أحد الرواد: المكان هادئ.\n\n"
        "| المكتبة | الزوار |\n| --- | --- |\n| المركزية | 2100 |\n| الحي \\| القديم | 1400 |\n\n"
        "| عنوان مدمج |  | ج |\n| --- | --- | --- |\n| أ |  |  |\n\n"
        "[^1]: أرقام البلدية لشهر آذار.\n")
    assert body == expected_start


def test_title_style_and_defaults_of_python_docx(tmp_path: Path) -> None:
    document = docx.Document()  # author "python-docx", created 2013: generator defaults
    document.add_paragraph("العنوان الظاهر", style="Title")
    document.add_paragraph("عنوان فرعي", style="Subtitle")
    document.add_paragraph("نص المقال.")
    path = tmp_path / "t.docx"
    document.save(path)
    result = read_docx(path)
    meta = result.article.metadata
    assert (meta.title, meta.subtitle, meta.author, meta.date) == (
        "العنوان الظاهر", "عنوان فرعي", "", "")
    assert result.article.body == "نص المقال.\n"
    assert [m.reason for m in result.moved] == ["title", "subtitle"]


def test_field_hyperlinks_breaks_and_deleted_text(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    runs = (
        '<w:r><w:t xml:space="preserve">انظر </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/a" '
        "</w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>التقرير</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>محذوف</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve"> كاملاً</w:t></w:r></w:ins>'
        "<w:r><w:br/><w:t>سطر ثانٍ</w:t></w:r>")
    for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        paragraph._p.append(run)
    path = tmp_path / "f.docx"
    document.save(path)
    body = read_docx(path).article.body
    assert body == "انظر [التقرير](https://example.com/a) كاملاً  \nسطر ثانٍ\n"


def test_line_starts_that_would_become_markup_are_escaped(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("# ليس عنواناً")
    document.add_paragraph("1. ليس قائمة")
    path = tmp_path / "e.docx"
    document.save(path)
    assert read_docx(path).article.body == "\\# ليس عنواناً\n\n1\\. ليس قائمة\n"


# ---------------------------------------------------------------------------------------------
# Damaged and hostile files


def test_truncated_sample_is_refused(samples_dir: Path) -> None:
    with pytest.raises(ArticleError, match="damaged or not a Word document"):
        read_docx(samples_dir / "bad" / "truncated.docx")


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(DocxError, match="not a Word document"):
        read_docx(path)


def _rewrite(source: Path, target: Path, name: str, writer) -> None:
    with zipfile.ZipFile(source) as old, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for info in old.infolist():
            if info.filename == name:
                with new.open(name, "w") as handle:
                    writer(handle)
            else:
                new.writestr(info, old.read(info.filename))


def _bomb(handle, megabytes: int) -> None:
    handle.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
    chunk = b" " * (1024 * 1024)
    for _ in range(megabytes):
        handle.write(chunk)
    handle.write(b"</w:t></w:r></w:p></w:body></w:document>")


@pytest.fixture(scope="module")
def bomb_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bomb")
    bomb = folder / "bomb.docx"
    _rewrite(build_article_docx(folder / "a.docx"), bomb, "word/document.xml",
             lambda h: _bomb(h, 300))
    return bomb


def test_zip_bomb_is_refused_from_the_directory(bomb_docx: Path) -> None:
    bomb = bomb_docx
    assert bomb.stat().st_size < 2 * 1024 * 1024  # 300 MB hides in well under 2 MB
    with pytest.raises(DocxError, match="zip bomb"):
        read_docx(bomb)


def test_highly_compressed_part_is_refused(tmp_path: Path, article_docx: Path) -> None:
    bomb = tmp_path / "ratio.docx"
    _rewrite(article_docx, bomb, "word/document.xml", lambda h: _bomb(h, 20))
    with pytest.raises(DocxError, match=r"compressed \d+ times over"):
        read_docx(bomb)


def test_zip_bomb_lying_about_its_size_is_read_with_a_bound(tmp_path: Path,
                                                              bomb_docx: Path) -> None:
    bomb = tmp_path / "liar.docx"
    data = bytearray(bomb_docx.read_bytes())
    with zipfile.ZipFile(bomb_docx) as archive:
        info = archive.getinfo("word/document.xml")
    real = info.file_size.to_bytes(4, "little")
    fake = (5000).to_bytes(4, "little")
    # Patch the size in the local header and in the central directory.
    assert data.count(real) >= 2
    data = bytearray(bytes(data).replace(real, fake))
    bomb.write_bytes(bytes(data))
    with pytest.raises(DocxError, match="damaged"):
        read_docx(bomb)


def test_external_entities_are_refused(tmp_path: Path, article_docx: Path) -> None:
    hostile = tmp_path / "xxe.docx"
    xml = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    _rewrite(article_docx, hostile, "word/document.xml", lambda h: h.write(xml))
    with pytest.raises(DocxError, match="DOCTYPE"):
        read_docx(hostile)


def test_malformed_xml_part_is_a_clear_error(tmp_path: Path, article_docx: Path) -> None:
    broken = tmp_path / "broken.docx"
    _rewrite(article_docx, broken, "word/document.xml", lambda h: h.write(b"<w:document"))
    with pytest.raises(DocxError, match="damaged"):
        read_docx(broken)


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_pictures_are_left_out_and_reported(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("قبل الصورة.")
    document.add_picture(io.BytesIO(_png()))
    document.add_paragraph("بعد الصورة.")
    path = tmp_path / "pic.docx"
    document.save(path)
    result = read_docx(path)
    assert result.article.body == "قبل الصورة.\n\nبعد الصورة.\n"
    assert result.notes == ["1 picture(s) were left out: an article holds text only."]
