"""Word documents for tests and benchmarks, built with python-docx plus raw XML for what
python-docx cannot write (footnotes, hyperlinks, complex-script formatting)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _rtl_run(paragraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
    """A right-to-left run formatted the way Arabic Word does it: bCs/iCs, w:rtl."""
    props = "<w:rtl/>" + ("<w:bCs/>" if bold else "") + ("<w:iCs/>" if italic else "")
    run = parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    )
    paragraph._p.append(run)


def _bidi(paragraph) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))


def _hyperlink(paragraph, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}"><w:r><w:rPr><w:rtl/></w:rPr>'
            f"<w:t>{text}</w:t></w:r></w:hyperlink>"
        )
    )


def _add_footnotes(document, notes: dict[int, str]) -> None:
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in notes.items()
    )
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, note_id: int) -> None:
    paragraph._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{note_id}"/></w:r>')
    )


def build_article_docx(path: Path) -> Path:
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "مكتبات الأحياء ليلاً", "ليلى عبد الرحمن"
    props.subject, props.keywords = "تجربة تستحق التعميم", "مكتبات، ثقافة; مدن"
    props.category, props.comments = "ثقافة", "ثلاث مكتبات تمدد ساعات عملها."
    props.created, props.language = dt.datetime(2024, 3, 12), "ar-SA"

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
    for row, cells in enumerate(
        [("المكتبة", "الزوار"), ("المركزية", "2100"), ("الحي | القديم", "1400")]
    ):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "عنوان مدمج"
    merged.cell(0, 2).text = "ج"
    merged.cell(1, 0).text = "أ"
    _add_footnotes(document, {1: "أرقام البلدية لشهر آذار."})
    document.save(path)
    return path


def rewrite_part(source: Path, target: Path, name: str, writer) -> None:
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for info in old.infolist():
            if info.filename == name:
                with new.open(name, "w") as handle:
                    writer(handle)
            else:
                new.writestr(info, old.read(info.filename))


def write_bomb(handle, megabytes: int) -> None:
    handle.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
    chunk = b" " * (1024 * 1024)
    for _ in range(megabytes):
        handle.write(chunk)
    handle.write(b"</w:t></w:r></w:p></w:body></w:document>")
