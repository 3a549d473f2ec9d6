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
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_samples import build_article_docx, rewrite_part, write_bomb
from editor.core.errors import ArticleError
from editor.core.importing.docx_reader import read_docx
from editor.core.importing.zip_guard import DocxError
from editor.core.review import accept_all


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
        "- مواصلات ليلية\n- إنارة أفضل\n    - بند فرعي\n\n"
        "1. الخطوة الأولى\n2. الخطوة الثانية\n\n"
        "> قال أحد الرواد: المكان هادئ.\n\n"
        "| المكتبة | الزوار |\n| --- | --- |\n| المركزية | 2100 |\n| الحي \\| القديم | 1400 |\n\n"
        "| عنوان مدمج |  | ج |\n| --- | --- | --- |\n| أ |  |  |\n\n"
        "[^1]: أرقام البلدية لشهر آذار.\n"
    )
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
        "العنوان الظاهر",
        "عنوان فرعي",
        "",
        "",
    )
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
        "<w:r><w:br/><w:t>سطر ثانٍ</w:t></w:r>"
    )
    for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        paragraph._p.append(run)
    path = tmp_path / "f.docx"
    document.save(path)
    body = read_docx(path).article.body
    # The tracked deletion and insertion stay as a change (docs/review.md); accepted, the
    # paragraph reads as Word shows it with the changes accepted.
    assert body == (
        'انظر [التقرير](https://example.com/a){~~{"author":"x"}@@محذوف~> كاملاً~~}  \nسطر ثانٍ\n'
    )
    assert accept_all(body) == "انظر [التقرير](https://example.com/a) كاملاً  \nسطر ثانٍ\n"


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


@pytest.fixture(scope="module")
def bomb_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bomb")
    bomb = folder / "bomb.docx"
    rewrite_part(
        build_article_docx(folder / "a.docx"),
        bomb,
        "word/document.xml",
        lambda h: write_bomb(h, 300),
    )
    return bomb


def test_zip_bomb_is_refused_from_the_directory(bomb_docx: Path) -> None:
    bomb = bomb_docx
    assert bomb.stat().st_size < 2 * 1024 * 1024  # 300 MB hides in well under 2 MB
    with pytest.raises(DocxError, match="zip bomb"):
        read_docx(bomb)


def test_highly_compressed_part_is_refused(tmp_path: Path, article_docx: Path) -> None:
    bomb = tmp_path / "ratio.docx"
    rewrite_part(article_docx, bomb, "word/document.xml", lambda h: write_bomb(h, 20))
    with pytest.raises(DocxError, match=r"compressed \d+ times over"):
        read_docx(bomb)


def test_zip_bomb_lying_about_its_size_is_read_with_a_bound(
    tmp_path: Path, bomb_docx: Path
) -> None:
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
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    rewrite_part(article_docx, hostile, "word/document.xml", lambda h: h.write(xml))
    with pytest.raises(DocxError, match="DOCTYPE"):
        read_docx(hostile)


def test_malformed_xml_part_is_a_clear_error(tmp_path: Path, article_docx: Path) -> None:
    broken = tmp_path / "broken.docx"
    rewrite_part(article_docx, broken, "word/document.xml", lambda h: h.write(b"<w:document"))
    with pytest.raises(DocxError, match="damaged"):
        read_docx(broken)


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


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


def test_code_runs_and_code_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles.add_style("Verbatim Char", WD_STYLE_TYPE.CHARACTER)
    document.styles.add_style("Source Code", WD_STYLE_TYPE.PARAGRAPH)
    paragraph = document.add_paragraph("شغّل ")
    paragraph.add_run("midad import", style="Verbatim Char")
    paragraph.add_run(" أو ")
    paragraph.add_run("a*b").font.name = "Courier New"
    paragraph.add_run(" ثم <b>انتهِ</b>.")
    document.add_paragraph("x = 1  # *", style="Source Code")
    document.add_paragraph("    y = 2", style="Source Code")
    path = tmp_path / "code.docx"
    document.save(path)
    assert read_docx(path).article.body == (
        "شغّل `midad import` أو `a*b` ثم &lt;b>انتهِ&lt;/b>.\n\n```\nx = 1  # *\n    y = 2\n```\n"
    )


def test_text_after_a_symbol_in_the_same_run_stays_plain(tmp_path: Path) -> None:
    # A w:sym's code point once replaced the run's "is code" flag: the text after it became code.
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = (
        '<w:r><w:t xml:space="preserve">انظر </w:t><w:sym w:font="Symbol" w:char="2192"/>'
        '<w:t xml:space="preserve"> النتيجة</w:t></w:r>'
    )
    for element in parse_xml(f"<w:p {nsdecls('w')}>{run}</w:p>"):
        paragraph._p.append(element)
    path = tmp_path / "sym.docx"
    document.save(path)
    assert read_docx(path).article.body == "انظر → النتيجة\n"


def test_text_box_text_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("قبل الإطار.")
    box = (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        "<w:p><w:r><w:t>نص داخل الإطار.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>نص داخل الإطار.</w:t>"
        "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(box))
    document.add_paragraph("بعد الإطار.")
    path = tmp_path / "box.docx"
    document.save(path)
    result = read_docx(path)
    assert result.article.body == "قبل الإطار.\n\nنص داخل الإطار.\n\nبعد الإطار.\n"
    assert result.notes == [
        "The text of 1 text box(es) was placed after the paragraph that holds it."
    ]


def test_custom_properties_fill_fields_core_properties_lack(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("نص.")
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="slug">'
        b"<vt:lpwstr>night-libraries</vt:lpwstr></property>"
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Midad:Status">'
        b"<vt:lpwstr>review</vt:lpwstr></property>"
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="ContentTypeId">'
        b"<vt:lpwstr>0x0101</vt:lpwstr></property></Properties>"
    )
    part = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        xml,
        document.part.package,
    )
    document.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)
    path = tmp_path / "custom.docx"
    document.save(path)
    meta = read_docx(path).article.metadata
    assert (meta.slug, meta.status) == ("night-libraries", "review")
    assert "ContentTypeId" not in meta.extra


def test_separate_numbered_lists_restart_and_typed_rules_become_rules(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("أ", style="List Number")
    document.add_paragraph("ب", style="List Number")
    document.add_paragraph("* * *")
    document.add_paragraph("ج", style="List Number")
    path = tmp_path / "lists.docx"
    document.save(path)
    assert read_docx(path).article.body == "1. أ\n2. ب\n\n* * *\n\n1. ج\n"


def test_exporter_header_paragraphs_and_file_timestamps(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles.add_style("Byline", WD_STYLE_TYPE.PARAGRAPH)
    document.core_properties.created = dt.datetime(2024, 3, 12, 9, 30)
    document.add_paragraph("العنوان", style="Title")
    document.add_paragraph("سلمى الحداد · ١٤ آذار ٢٠٢٦", style="Byline")
    document.add_paragraph("نص.")
    path = tmp_path / "byline.docx"
    document.save(path)
    result = read_docx(path)
    meta = result.article.metadata
    assert (meta.title, meta.author, meta.date) == ("العنوان", "سلمى الحداد", "2026-03-14")
    assert result.article.body == "نص.\n"
    document.paragraphs[1]._p.getparent().remove(document.paragraphs[1]._p)
    document.save(path)
    result = read_docx(path)
    assert result.article.metadata.date == ""  # 09:30 is when the file was made
    assert "created on 2024-03-12" in result.notes[0]


def test_quotes_and_table_headers(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("أول", style="Quote")
    document.add_paragraph("ثانٍ", style="Quote")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("رأس").bold = True
    table.cell(1, 0).paragraphs[0].add_run("خلية").bold = True
    path = tmp_path / "q.docx"
    document.save(path)
    assert read_docx(path).article.body == ("> أول\n>\n> ثانٍ\n\n| رأس |\n| --- |\n| **خلية** |\n")


def test_endnotes_follow_footnote_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("نص")
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:endnoteReference w:id="5"/></w:r>'))
    xml = (
        f'<w:endnotes {nsdecls("w")}><w:endnote w:id="5"><w:p><w:r><w:endnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> مصدر الأرقام.</w:t></w:r></w:p></w:endnote>'
        "</w:endnotes>"
    ).encode()
    part = Part(
        PackURI("/word/endnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(part, RT.ENDNOTES)
    path = tmp_path / "end.docx"
    document.save(path)
    assert read_docx(path).article.body == "نص[^1]\n\n[^1]: مصدر الأرقام.\n"


def test_links_to_bookmarked_headings_point_to_their_ids(tmp_path: Path) -> None:
    document = docx.Document()
    heading = document.add_heading("", level=2)
    heading._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="1" w:name="_h1"/>'))
    heading.add_run("ما الذي يحتاجه الكاتب؟")
    paragraph = document.add_paragraph("انظر ")
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w")} w:anchor="_h1"><w:r><w:t>القسم</w:t></w:r></w:hyperlink>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w")} w:anchor="_Toc9"><w:r><w:t> هنا</w:t></w:r></w:hyperlink>'
        )
    )
    path = tmp_path / "anchors.docx"
    document.save(path)
    assert read_docx(path).article.body == (
        "## ما الذي يحتاجه الكاتب؟\n\nانظر [القسم](#ما-الذي-يحتاجه-الكاتب) هنا\n"
    )


def test_a_footnote_link_resolves_against_the_footnotes_part(tmp_path: Path) -> None:
    """The note's r:id is looked up in footnotes.xml.rels, where the same id can name
    another target in document.xml.rels (styles.xml, say)."""
    from editor.core.article import parse_article
    from editor.core.export.docx_writer import render_docx

    article = parse_article(
        "نص.[^1]\n\n[^1]: حاشية فيها [رابط](https://example.org/note).\n\n    وفقرة ثانية.\n"
    )
    path = tmp_path / "note.docx"
    path.write_bytes(render_docx(article))
    body = read_docx(path).article.body
    assert "[^1]: حاشية فيها [رابط](https://example.org/note).\n\n    وفقرة ثانية." in body


def test_isolate_marks_around_code_and_urls_are_not_imported(tmp_path: Path) -> None:
    from editor.core.article import parse_article
    from editor.core.export.docx_writer import render_docx

    text = 'رمز `print("مرحبا")` ورابط https://example.com/بحث?q=مرحبا في النص العربي.\n'
    path = tmp_path / "isolates.docx"
    path.write_bytes(render_docx(parse_article(text)))
    assert read_docx(path).article.body == text


def test_table_alignment_round_trips(tmp_path: Path) -> None:
    from editor.core.article import parse_article
    from editor.core.export.docx_writer import render_docx

    table = (
        "| يمين | وسط | يسار | Latin |\n| ---: | :---: | :--- | --- |\n"
        "| واحد | اثنان | ثلاثة | one |\n| أربعة | خمسة | ستة | two |\n"
    )
    path = tmp_path / "table.docx"
    path.write_bytes(render_docx(parse_article(table)))
    assert read_docx(path).article.body == table


def test_a_bordered_empty_paragraph_is_a_rule_and_a_bordered_text_is_not(tmp_path: Path) -> None:
    document = docx.Document()
    border = (
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
        'w:color="auto"/></w:pBdr>'
    )
    for text in ("قبل", "", "نص في إطار", "بعد"):
        paragraph = document.add_paragraph(text)
        if text in ("", "نص في إطار"):
            paragraph._p.get_or_add_pPr().append(parse_xml(border))
    path = tmp_path / "rule.docx"
    document.save(path)
    assert read_docx(path).article.body == "قبل\n\n* * *\n\nنص في إطار\n\nبعد\n"


def test_a_list_in_a_quotation_stays_in_it(tmp_path: Path) -> None:
    from editor.core.article import parse_article
    from editor.core.export.docx_writer import render_docx

    text = "> مقدمة:\n>\n> - أ\n> - ب\n>\n> خاتمة.\n\n- خارج الاقتباس\n"
    path = tmp_path / "quote.docx"
    path.write_bytes(render_docx(parse_article(text)))
    assert read_docx(path).article.body == text


def test_core_properties_under_libreoffices_relationship_spelling(
    article_docx: Path, tmp_path: Path
) -> None:
    """LibreOffice names the core-properties part with ".../officedocument/2006/relationships/
    metadata/core-properties"; python-docx misses it and offers "Word Document"."""
    with zipfile.ZipFile(article_docx) as package:
        rels = package.read("_rels/.rels")
    spelled = rels.replace(
        b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/"
        b"core-properties",
    )
    assert spelled != rels
    target = tmp_path / "libreoffice-rels.docx"
    rewrite_part(article_docx, target, "_rels/.rels", lambda handle: handle.write(spelled))
    meta = read_docx(target).article.metadata
    assert meta.title == "مكتبات الأحياء ليلاً"
    assert meta.author == "ليلى عبد الرحمن"


def test_without_core_properties_nothing_is_made_up(article_docx: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(article_docx) as package:
        rels = package.read("_rels/.rels").decode()
    kept = "<Relationship ".join(
        r for r in rels.split("<Relationship ") if "core-properties" not in r
    )
    assert kept != rels
    target = tmp_path / "no-core.docx"
    rewrite_part(article_docx, target, "_rels/.rels", lambda h: h.write(kept.encode()))
    meta = read_docx(target).article.metadata
    assert meta.title == "المكتبات في الليل"  # the first heading, not "Word Document"
    assert meta.tags == [] and meta.category == ""


def test_an_arabic_text_declared_english_is_arabic(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.language = "en-US"
    document.add_paragraph("تفتح ثلاث مكتبات في المدينة أبوابها حتى منتصف الليل.")
    path = tmp_path / "declared-english.docx"
    document.save(path)
    assert read_docx(path).article.metadata.lang == "ar"
    english = docx.Document()
    english.core_properties.language = "en-GB"
    english.add_paragraph("Three libraries in the city stay open until midnight.")
    english.save(path)
    assert read_docx(path).article.metadata.lang == "en"
    persian = docx.Document()
    persian.core_properties.language = "fa-IR"
    persian.add_paragraph("کتابخانه‌ها تا نیمه‌شب باز هستند.")
    persian.save(path)
    assert read_docx(path).article.metadata.lang == "fa"


def test_a_document_all_in_preformatted_text_is_a_text_file(tmp_path: Path) -> None:
    """LibreOffice opens a .txt in "Preformatted Text": that is not one long code block."""
    document = docx.Document()
    style = document.styles.add_style("Preformatted Text", WD_STYLE_TYPE.PARAGRAPH)
    for line in ("مكتبات الأحياء ليلاً", "", "تفتح ثلاث مكتبات *أبوابها* حتى منتصف الليل."):
        document.add_paragraph(line, style=style)
    path = tmp_path / "text-file.docx"
    document.save(path)
    body = read_docx(path).article.body
    assert body == "مكتبات الأحياء ليلاً\n\nتفتح ثلاث مكتبات \\*أبوابها\\* حتى منتصف الليل.\n"
    document.add_paragraph("ونص عادي بعده.")  # code beside prose stays code
    document.save(path)
    assert read_docx(path).article.body.startswith("```\n")


def test_a_footnote_keeps_its_list_and_paragraphs(tmp_path: Path) -> None:
    from editor.core.article import parse_article
    from editor.core.export.docx_writer import render_docx

    text = (
        "نص.[^1]\n\n[^1]: حاشية أولى.\n\n    - بند في الحاشية\n    - بند آخر\n\n    فقرة أخيرة.\n"
    )
    path = tmp_path / "note-list.docx"
    path.write_bytes(render_docx(parse_article(text)))
    assert read_docx(path).article.body == text
