"""DOCX structure: what Word and LibreOffice need to show an Arabic article right to left."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from editor.core.article import load_article, parse_article
from editor.core.export.docx_writer import render_docx
from editor.core.export.docx_xml import PPR_ORDER, RPR_ORDER, script_runs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


class Docx:
    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def body(self) -> etree._Element:
        return self.xml("word/document.xml").find("w:body", NS)

    def paragraphs(self) -> list[etree._Element]:
        return self.body.findall(".//w:p", NS)

    def style_of(self, p: etree._Element) -> str:
        style = p.find("w:pPr/w:pStyle", NS)
        return style.get(_w("val")) if style is not None else ""

    def text(self, p: etree._Element) -> str:
        return "".join(t.text or "" for t in p.iter(_w("t")))


@pytest.fixture(scope="module")
def sample(samples_dir: Path) -> Docx:
    return Docx(render_docx(load_article(samples_dir / "clean-article.md")))


def test_every_body_paragraph_is_bidi_and_arabic_runs_are_rtl(sample: Docx) -> None:
    paragraphs = sample.paragraphs()
    assert len(paragraphs) > 20
    for p in paragraphs:
        bidi = p.find("w:pPr/w:bidi", NS)
        assert bidi is not None and bidi.get(_w("val"), "1") != "0", sample.text(p)
    for r in sample.body.iter(_w("r")):
        text = "".join(t.text or "" for t in r.iter(_w("t")))
        if any("\u0600" <= ch <= "\u06ff" for ch in text):
            assert r.find("w:rPr/w:rtl", NS) is not None, text
    latin = [
        r
        for r in sample.body.iter(_w("r"))
        if "".join(t.text or "" for t in r.iter(_w("t"))) == "Markdown"
    ]
    assert latin and latin[0].find("w:rPr/w:rtl", NS) is None  # Word's own way for Latin words
    assert sample.body.find("w:sectPr/w:bidi", NS) is not None


def test_title_subtitle_and_headings_use_word_styles(sample: Docx) -> None:
    styled = {sample.style_of(p): sample.text(p) for p in sample.paragraphs()}
    assert styled["Title"] == "الكتابة دون اتصال، لماذا يعود الكتّاب إلى أدواتهم المحلية؟"
    assert styled["Subtitle"] == "جولة في أسباب العودة إلى المحرّرات المكتبية"
    assert styled["Heading1"] == "الكتابة دون اتصال"
    assert "Heading2" in styled
    assert styled["Byline"] == "سلمى الحداد · 14 مارس 2026"
    styles = sample.xml("word/styles.xml")
    names = {
        s.get(_w("styleId")): s.find("w:name", NS).get(_w("val"))
        for s in styles.findall("w:style", NS)
    }
    assert names["Heading1"] == "heading 1" and names["Title"] == "Title"
    assert names["FootnoteText"] == "footnote text"


def test_style_defaults_make_new_text_rtl_arabic(sample: Docx) -> None:
    styles = sample.xml("word/styles.xml")
    defaults = styles.find("w:docDefaults", NS)
    assert defaults.find("w:pPrDefault/w:pPr/w:bidi", NS) is not None
    fonts = defaults.find("w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(_w("cs")) and fonts.get(_w("ascii")) and fonts.get(_w("hAnsi"))
    assert defaults.find("w:rPrDefault/w:rPr/w:szCs", NS) is not None
    assert defaults.find("w:rPrDefault/w:rPr/w:lang", NS).get(_w("bidi")) == "ar-SA"
    # Theme fonts would override the explicit ones (w:cstheme beats w:cs).
    assert b"cstheme" not in sample.zip.read("word/styles.xml")
    heading = styles.find("w:style[@w:styleId='Heading1']/w:rPr", NS)
    assert heading.find("w:bCs", NS) is not None and heading.find("w:szCs", NS) is not None


def test_properties_are_in_schema_order(sample: Docx) -> None:
    for part in ("word/document.xml", "word/styles.xml", "word/footnotes.xml"):
        root = sample.xml(part)
        for container, order in (("pPr", PPR_ORDER), ("rPr", RPR_ORDER)):
            for element in root.iter(_w(container)):
                names = [etree.QName(c).localname for c in element]
                positions = [order.index(n) for n in names]
                assert positions == sorted(positions), (part, names)


def test_lists_are_real_word_lists(sample: Docx) -> None:
    numbered = [p for p in sample.paragraphs() if p.find("w:pPr/w:numPr", NS) is not None]
    assert len(numbered) == 6
    numbering = sample.xml("word/numbering.xml")
    formats = set()
    for p in numbered:
        num_id = p.find("w:pPr/w:numPr/w:numId", NS).get(_w("val"))
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        abstract_id = num.find("w:abstractNumId", NS).get(_w("val"))
        abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
        formats.add(abstract.find("w:lvl[@w:ilvl='0']/w:numFmt", NS).get(_w("val")))
    assert formats == {"bullet", "decimal"}
    # All abstract definitions come before the first w:num (schema order).
    tags = [etree.QName(c).localname for c in numbering]
    assert tags.index("num") > max(i for i, t in enumerate(tags) if t == "abstractNum")


def test_table_is_bidi_visual_with_a_header_row(sample: Docx) -> None:
    table = sample.body.find("w:tbl", NS)
    assert table.find("w:tblPr/w:bidiVisual", NS) is not None
    rows = table.findall("w:tr", NS)
    assert len(rows) == 4 and rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert [sample.text(p) for p in rows[1].iter(_w("p"))] == ["عدد المشاركين", "240"]


def test_hyperlink_is_a_real_hyperlink(sample: Docx) -> None:
    link = sample.body.find(".//w:hyperlink", NS)
    rel_id = link.get(f"{{{NS['r']}}}id")
    rels = sample.xml("word/_rels/document.xml.rels")
    rel = next(r for r in rels if r.get("Id") == rel_id)
    assert rel.get("Target") == "https://example.org/blog/writing"
    assert rel.get("TargetMode") == "External"
    assert "".join(t.text for t in link.iter(_w("t"))) == "الكتابة الرقمية"


def test_footnotes_are_real_word_footnotes(sample: Docx) -> None:
    names = sample.zip.namelist()
    assert "word/footnotes.xml" in names
    types = sample.zip.read("[Content_Types].xml").decode()
    assert "wordprocessingml.footnotes+xml" in types
    rels = sample.zip.read("word/_rels/document.xml.rels").decode()
    assert "relationships/footnotes" in rels
    notes = sample.xml("word/footnotes.xml")
    kinds = [(n.get(_w("id")), n.get(_w("type"))) for n in notes.findall("w:footnote", NS)]
    assert kinds == [("-1", "separator"), ("0", "continuationSeparator"), ("1", None)]
    note = notes.findall("w:footnote", NS)[2]
    assert note.find(".//w:footnoteRef", NS) is not None
    assert "أُجري الاستبيان" in "".join(t.text or "" for t in note.iter(_w("t")))
    assert note.find("w:p/w:pPr/w:bidi", NS) is not None
    assert sample.body.find(".//w:footnoteReference[@w:id='1']", NS) is not None
    settings = sample.xml("word/settings.xml")
    assert settings.find("w:footnotePr/w:footnote[@w:id='-1']", NS) is not None


def test_core_properties_from_metadata(sample: Docx) -> None:
    core = sample.zip.read("docProps/core.xml").decode()
    assert "<dc:title>الكتابة دون اتصال، لماذا يعود الكتّاب" in core
    assert "<dc:creator>سلمى الحداد</dc:creator>" in core
    assert "<dc:subject>جولة في أسباب العودة" in core
    assert "<cp:keywords>كتابة, أدوات, خصوصية</cp:keywords>" in core
    assert "<cp:category>تقنية</cp:category>" in core
    assert "2026-03-14T00:00:00Z" in core
    assert "<dc:language>ar</dc:language>" in core


def test_bold_and_italic_set_complex_script_variants() -> None:
    doc = Docx(render_docx(parse_article("نص **غامق** و*مائل*.\n")))
    runs = {"".join(t.text for t in r.iter(_w("t"))): r for r in doc.body.iter(_w("r"))}
    assert runs["غامق"].find("w:rPr/w:b", NS) is not None
    assert runs["غامق"].find("w:rPr/w:bCs", NS) is not None
    assert runs["مائل"].find("w:rPr/w:iCs", NS) is not None


def test_english_paragraph_is_left_to_right_and_code_too() -> None:
    doc = Docx(render_docx(parse_article("An English paragraph.\n\n```\nx = 1\n```\n")))
    english, code = doc.paragraphs()
    assert english.find("w:pPr/w:bidi", NS).get(_w("val")) == "0"
    assert doc.style_of(code) == "SourceCode" and doc.text(code) == "x = 1"


def test_nested_and_restarting_lists() -> None:
    doc = Docx(render_docx(parse_article("1. أ\n2. ب\n    - ب١\n    - ب٢\n\nفاصل\n\n1. ج\n")))
    levels = [
        (
            doc.text(p),
            p.find("w:pPr/w:numPr/w:ilvl", NS).get(_w("val")),
            p.find("w:pPr/w:numPr/w:numId", NS).get(_w("val")),
        )
        for p in doc.paragraphs()
        if p.find("w:pPr/w:numPr", NS) is not None
    ]
    assert [(t, lvl) for t, lvl, _ in levels] == [
        ("أ", "0"),
        ("ب", "0"),
        ("ب١", "1"),
        ("ب٢", "1"),
        ("ج", "0"),
    ]
    assert levels[0][2] != levels[4][2]  # the second ordered list starts again at 1


def test_script_runs_keep_punctuation_with_the_paragraph() -> None:
    assert script_runs("مثل Markdown أو Python 3.11، داخل", True) == [
        ("مثل ", True),
        ("Markdown", False),
        (" أو ", True),
        ("Python 3.11", False),
        ("، داخل", True),
    ]
    assert script_runs("Say مرحبا.", False) == [("Say ", False), ("مرحبا", True), (".", False)]


def test_raw_html_is_sanitized_in_docx_too() -> None:
    data = render_docx(parse_article("<script>alert(1)</script>\n\nنص <b onclick='x'>آمن</b>\n"))
    document = Docx(data).zip.read("word/document.xml").decode()
    assert "alert" not in document and "آمن" in document


def test_control_characters_from_pasted_text_do_not_break_the_export() -> None:
    doc = Docx(render_docx(parse_article("نص\x0b ملصوق\x0c من الويب & <رمز>\n")))
    assert doc.text(doc.paragraphs()[0]) == "نص ملصوق من الويب & <رمز>"


def test_links_to_headings_become_word_internal_links() -> None:
    doc = Docx(render_docx(parse_article("## أرقام سريعة\n\nانظر [الأرقام](#أرقام-سريعة).\n")))
    heading, text = doc.paragraphs()
    start = heading.find("w:bookmarkStart", NS)
    assert start is not None and heading.find("w:bookmarkEnd", NS) is not None
    link = text.find("w:hyperlink", NS)
    assert link.get(_w("anchor")) == start.get(_w("name"))
    assert "".join(t.text for t in link.iter(_w("t"))) == "الأرقام"


def test_local_images_are_embedded_and_remote_ones_are_not_fetched(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = QImage(3000, 1000, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkred"))
    assert picture.save(str(tmp_path / "غلاف.png"))
    article_path = tmp_path / "مقال.md"
    article_path.write_text(
        "![الغلاف](غلاف.png)\n\n![بعيدة](https://example.org/a.png)\n\n"
        "![مفقودة](missing.png)\n\n"
        f"![مطلقة]({tmp_path / 'غلاف.png'})\n\n"
        f"![ملف](file://{tmp_path / 'غلاف.png'})\n",
        encoding="utf-8",
    )
    doc = Docx(render_docx(load_article(article_path)))
    media = [n for n in doc.zip.namelist() if n.startswith("word/media/")]
    assert media == ["word/media/image1.png"]
    drawing = doc.body.find(".//w:drawing", NS)
    extent = drawing.find(".//{*}extent")
    assert int(extent.get("cx")) <= (11906 - 2 * 1418) * 635  # shrunk to the text width
    assert drawing.find(".//{*}docPr").get("descr") == "الغلاف"
    texts = [doc.text(p) for p in doc.paragraphs()]
    assert "[صورة: بعيدة]" in texts and "[صورة: مفقودة]" in texts
    assert "[صورة: مطلقة]" in texts and "[صورة: ملف]" in texts  # absolute paths not followed


NOTE_WITH_LINK = (
    "نص فيه حاشية.[^1]\n\n"
    "[^1]: حاشية فيها [رابط](https://example.org/note) في فقرتها الأولى.\n\n"
    "    وفقرة ثانية.\n"
)


def test_a_link_in_a_footnote_is_related_from_the_footnotes_part() -> None:
    doc = Docx(render_docx(parse_article(NOTE_WITH_LINK)))
    link = doc.xml("word/footnotes.xml").find(".//w:hyperlink", NS)
    rel_id = link.get(f"{{{NS['r']}}}id")
    rels = doc.xml("word/_rels/footnotes.xml.rels")
    assert [r.get("Target") for r in rels if r.get("Id") == rel_id] == ["https://example.org/note"]
    document_rels = doc.zip.read("word/_rels/document.xml.rels").decode()
    assert "example.org/note" not in document_rels
    note = doc.xml("word/footnotes.xml").findall("w:footnote", NS)[2]
    assert len(note.findall("w:p", NS)) == 2


def _runs(p: etree._Element) -> list[tuple[str, bool]]:
    return [
        ("".join(t.text or "" for t in r.iter(_w("t"))), r.find("w:rPr/w:rtl", NS) is not None)
        for r in p.iter(_w("r"))
    ]


def test_inline_code_in_arabic_text_is_an_isolated_left_to_right_run() -> None:
    doc = Docx(render_docx(parse_article('فقرة فيها رمز `print("مرحبا")` داخل النص العربي.\n')))
    runs = _runs(doc.paragraphs()[0])
    index = runs.index(('print("مرحبا")', False))
    assert runs[index - 1] == ("\u2066", False) and runs[index + 1] == ("\u2069", False)


def test_a_bare_url_with_arabic_is_one_isolated_run() -> None:
    text = "فقرة فيها رابط عار https://example.com/بحث?q=مرحبا&page=2، في وسطها.\n"
    runs = _runs(Docx(render_docx(parse_article(text))).paragraphs()[0])
    index = runs.index(("https://example.com/بحث?q=مرحبا&page=2", False))
    assert runs[index - 1][0] == "\u2066" and runs[index + 1][0] == "\u2069"
    assert runs[index + 2][0].startswith("،")  # the sentence's comma is not the URL's


def test_code_in_a_left_to_right_paragraph_needs_no_isolate() -> None:
    runs = _runs(Docx(render_docx(parse_article("Call `print(x)` here.\n"))).paragraphs()[0])
    assert "\u2066" not in "".join(text for text, _ in runs)


ALIGNED_TABLE = (
    "| يمين | وسط | يسار | Latin |\n| ---: | :---: | :--- | --- |\n| واحد | اثنان | ثلاثة | one |\n"
)


def test_table_alignment_is_kept_on_the_page_sides() -> None:
    doc = Docx(render_docx(parse_article(ALIGNED_TABLE)))
    rows = doc.body.findall(".//w:tbl/w:tr", NS)
    for row in rows:
        jcs = []
        for tc in row.findall("w:tc", NS):
            jc = tc.find("w:p/w:pPr/w:jc", NS)
            jcs.append(jc.get(_w("val")) if jc is not None else "")
        # bidi cells: "left" is the start (right) side; the Latin cell is not bidi and sits at
        # the table's start side without taking an alignment of its column's ("end").
        assert jcs == ["left", "center", "right", "end"]


def test_a_horizontal_rule_is_a_paragraph_border_not_text() -> None:
    doc = Docx(render_docx(parse_article("قبل.\n\n* * *\n\nبعد.\n")))
    texts = [doc.text(p) for p in doc.paragraphs()]
    assert texts == ["قبل.", "", "بعد."]
    rule = doc.paragraphs()[1]
    assert doc.text(rule) == ""
    bottom = rule.find("w:pPr/w:pBdr/w:bottom", NS)
    assert bottom is not None and bottom.get(_w("val")) == "single"
    order = [etree.QName(c).localname for c in rule.find("w:pPr", NS)]
    assert order == sorted(order, key=PPR_ORDER.index)


def test_no_template_leftovers(sample: Docx) -> None:
    names = sample.zip.namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]
    assert "word/stylesWithEffects.xml" not in names
    app = sample.zip.read("docProps/app.xml").decode()
    assert "<Application>Midad</Application>" in app and "Microsoft" not in app
    theme_lang = sample.xml("word/settings.xml").find("w:themeFontLang", NS)
    assert theme_lang.get(_w("bidi")) == "ar-SA" and theme_lang.get(_w("eastAsia")) is None
    numbering = sample.xml("word/numbering.xml")
    styles = sample.xml("word/styles.xml")
    document = sample.xml("word/document.xml")
    used = {n.get(_w("val")) for root in (styles, document) for n in root.iter(_w("numId"))}
    nums = {n.get(_w("numId")) for n in numbering.findall("w:num", NS)}
    assert nums == used
    abstracts = {a.get(_w("abstractNumId")) for a in numbering.findall("w:abstractNum", NS)}
    referenced = {n.get(_w("val")) for n in numbering.findall("w:num/w:abstractNumId", NS)}
    assert abstracts == referenced
    fonts = [f.get(_w("name")) for f in sample.xml("word/fontTable.xml").findall("w:font", NS)]
    assert fonts == ["Noto Naskh Arabic", "Noto Kufi Arabic", "Arial", "Courier New"]
    settings = sample.xml("word/settings.xml")
    assert settings.find("w:proofState", NS) is None  # not spell-checked by anyone
    assert settings.find("{*}docId") is None and settings.find("w:savePreviewPicture", NS) is None


def test_a_list_in_a_quotation_is_indented_inside_it() -> None:
    doc = Docx(render_docx(parse_article("> مقدمة:\n>\n> - أ\n> - ب\n\n- خارج\n")))
    items = {doc.text(p): p for p in doc.paragraphs()}
    for text in ("أ", "ب"):
        p = items[text]
        assert doc.style_of(p) == "Quote" and p.find("w:pPr/w:numPr", NS) is not None
        ind = p.find("w:pPr/w:ind", NS)
        assert int(ind.get(_w("left"))) == 567 + 720 and ind.get(_w("hanging")) == "360"
    assert items["خارج"].find("w:pPr/w:ind", NS) is None  # the numbering's own indent


def test_nested_mixed_lists_use_levels_of_their_own_kind() -> None:
    text = "- أ\n    1. أ١\n        - أ١أ\n    2. أ٢\n- ب\n"
    doc = Docx(render_docx(parse_article(text)))
    numbering = doc.xml("word/numbering.xml")
    kinds = {a.get(_w("abstractNumId")): a for a in numbering.findall("w:abstractNum", NS)}
    found = []
    for p in doc.paragraphs():
        num_id = p.find("w:pPr/w:numPr/w:numId", NS).get(_w("val"))
        level = p.find("w:pPr/w:numPr/w:ilvl", NS).get(_w("val"))
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        abstract = kinds[num.find("w:abstractNumId", NS).get(_w("val"))]
        lvl = abstract.find(f"w:lvl[@w:ilvl='{level}']", NS)
        fmt = lvl.find("w:numFmt", NS).get(_w("val"))
        indent = int(lvl.find("w:pPr/w:ind", NS).get(_w("left")))
        found.append((doc.text(p), int(level), fmt, indent))
    assert found == [
        ("أ", 0, "bullet", 720),
        ("أ١", 1, "decimal", 1440),
        ("أ١أ", 2, "bullet", 2160),
        ("أ٢", 1, "decimal", 1440),
        ("ب", 0, "bullet", 720),
    ]


def test_a_nested_numbered_list_restarts_at_its_own_level() -> None:
    """Word counts on through every list of one definition unless the list restarts the
    level it is at: an override at level 0 would leave the second sub-list at 3, 4."""
    text = "- أ\n    1. أ١\n    2. أ٢\n- ب\n    1. ب١\n"
    doc = Docx(render_docx(parse_article(text)))
    numbering = doc.xml("word/numbering.xml")
    for p in doc.paragraphs():
        if doc.text(p) in ("أ١", "ب١"):
            num_id = p.find("w:pPr/w:numPr/w:numId", NS).get(_w("val"))
            override = numbering.find(f"w:num[@w:numId='{num_id}']/w:lvlOverride", NS)
            assert override.get(_w("ilvl")) == "1"
            assert override.find("w:startOverride", NS).get(_w("val")) == "1"


def test_cpp_and_csharp_keep_their_marks_in_an_isolated_run() -> None:
    runs = _runs(Docx(render_docx(parse_article("بلغة C++ ولغة C# وPython.\n"))).paragraphs()[0])
    for name in ("C++", "C#"):
        index = runs.index((name, False))
        assert runs[index - 1][0] == "\u2066" and runs[index + 1][0] == "\u2069"
    assert ("Python", False) in runs and "\u2066Python" not in "".join(t for t, _ in runs)


def test_a_picture_in_a_footnote_is_related_from_the_footnotes_part(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkred"))
    assert picture.save(str(tmp_path / "dot.png"))
    article_path = tmp_path / "article.md"
    article_path.write_text("نص.[^1]\n\n[^1]: حاشية فيها صورة ![نقطة](dot.png).\n", "utf-8")
    doc = Docx(render_docx(load_article(article_path)))
    blip = doc.xml("word/footnotes.xml").find(".//{*}blip")
    rel_id = blip.get(f"{{{NS['r']}}}embed")
    rels = doc.xml("word/_rels/footnotes.xml.rels")
    assert [r.get("Target") for r in rels if r.get("Id") == rel_id] == ["media/image1.png"]


def test_slug_status_and_tags_are_custom_properties(sample: Docx) -> None:
    custom = sample.xml("docProps/custom.xml")
    values = {p.get("name"): "".join(p.itertext()) for p in custom}
    assert values == {
        "midad:slug": "offline-writing",
        "midad:status": "draft",
        "midad:tags": "كتابة, أدوات, خصوصية",
    }
    assert [p.get("pid") for p in custom] == ["2", "3", "4"]
    types = sample.zip.read("[Content_Types].xml").decode()
    assert 'PartName="/docProps/custom.xml"' in types
