"""WordprocessingML that python-docx has no API for, built in one place.

Every child is placed in the order the schema requires (Word rejects or silently ignores
out-of-order properties, LibreOffice is more lenient, so tests alone would not catch it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from ..bidi import LTR_LETTER_RANGES, RTL_LETTER_RANGES

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOTE_INDENT = 567  # twentieths of a point on both sides of a quotation (1 cm)
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)
SECTPR_ORDER = (
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)
# What may follow w:footnotePr in w:settings (CT_Settings sequence).
SETTINGS_AFTER_FOOTNOTEPR = (
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """Append ``<w:tag w:attr="…">`` to parent (attribute names without prefix)."""
    return etree.SubElement(parent, w(tag), {w(k): v for k, v in attrs.items()})


def set_in_order(
    parent: etree._Element, tag: str, order: tuple[str, ...], **attrs: str
) -> etree._Element:
    """Find or create ``w:tag`` in ``parent`` at its schema position; set the attributes."""
    existing = parent.find(w(tag))
    if existing is None:
        existing = parent.makeelement(w(tag), {})
        later = set(order[order.index(tag) + 1 :])
        for index, child in enumerate(parent):
            if etree.QName(child).localname in later:
                parent.insert(index, existing)
                break
        else:
            parent.append(existing)
    for key, value in attrs.items():
        existing.set(w(key), value)
    return existing


def remove_children(parent: etree._Element, *tags: str) -> None:
    for tag in tags:
        for child in parent.findall(w(tag)):
            parent.remove(child)


# ---- fonts and languages ----------------------------------------------------------------------

_THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def set_fonts(rpr: etree._Element, latin: str, complex_script: str) -> None:
    """Explicit fonts for every script; theme fonts (w:cstheme wins over w:cs) removed."""
    fonts = set_in_order(rpr, "rFonts", RPR_ORDER)
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(w(attr), None)
    fonts.set(w("ascii"), latin)
    fonts.set(w("hAnsi"), latin)
    fonts.set(w("eastAsia"), latin)
    fonts.set(w("cs"), complex_script)


def word_language(lang: str) -> str:
    """A Word language tag for the complex-script (bidi) slot: "ar" → "ar-SA"."""
    defaults = {
        "ar": "ar-SA",
        "fa": "fa-IR",
        "ur": "ur-PK",
        "he": "he-IL",
        "ps": "ps-AF",
        "ckb": "ku-Arab-IQ",
        "ku": "ku-Arab-IQ",
        "sd": "sd-Arab-PK",
        "ug": "ug-CN",
        "yi": "yi-001",
        "dv": "dv-MV",
    }
    parts = lang.strip().replace("_", "-").split("-")
    if len(parts) > 1 and parts[1]:
        return f"{parts[0].lower()}-{parts[1].upper() if len(parts[1]) == 2 else parts[1]}"
    return defaults.get(parts[0].lower(), parts[0].lower() or "ar-SA")


# ---- body content, built as text ------------------------------------------------------------
# A 100,000-word article has ~100,000 elements; making each with lxml costs more than the rest
# of the export, so body and footnotes are small Python nodes serialized once and parsed by
# lxml's C parser in one go.

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Escaped text, without the control characters XML cannot hold (pasted text has them)."""
    text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return xml_text(value).replace('"', "&quot;")


@dataclass(frozen=True)
class RunFormat:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    underline: bool = False
    code: bool = False
    vert: str = ""  # "superscript" / "subscript"
    style: str = ""  # character style id

    def with_(self, **changes: Any) -> RunFormat:
        return replace(self, **changes)

    @functools.cached_property
    def properties(self) -> str:
        """The run properties before w:rtl, in schema order."""
        parts = [
            f'<w:rStyle w:val="{self.style}"/>' if self.style else "",
            "<w:b/><w:bCs/>" if self.bold else "",
            "<w:i/><w:iCs/>" if self.italic else "",
            "<w:strike/>" if self.strike else "",
            '<w:u w:val="single"/>' if self.underline else "",
            f'<w:vertAlign w:val="{self.vert}"/>' if self.vert else "",
        ]
        return "".join(parts)


PLAIN = RunFormat()


class Run:
    __slots__ = ("fmt", "rtl", "text")

    def __init__(self, text: str, fmt: RunFormat, rtl: bool) -> None:
        self.text, self.fmt, self.rtl = text, fmt, rtl

    def xml(self) -> str:
        props = self.fmt.properties + ("<w:rtl/>" if self.rtl else "")
        space = ' xml:space="preserve"' if self.text != self.text.strip() else ""
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f"<w:r>{rpr}<w:t{space}>{xml_text(self.text)}</w:t></w:r>"


class Node:
    """An element under construction: fixed opening markup, then children (nodes, runs, xml)."""

    __slots__ = ("children", "close", "open")

    def __init__(self, open_: str, close: str) -> None:
        self.open, self.close = open_, close
        self.children: list[Node | Run | str] = []

    def xml(self, out: list[str]) -> None:
        out.append(self.open)
        for child in self.children:
            if isinstance(child, Node):
                child.xml(out)
            else:
                out.append(child if isinstance(child, str) else child.xml())
        out.append(self.close)

    def has_content(self) -> bool:
        return any(not isinstance(c, str) or "<w:r>" in c for c in self.children)

    def parse(self) -> etree._Element:
        out: list[str] = []
        self.xml(out)
        return etree.fromstring("".join(out))


def root(tag: str) -> Node:
    """A root element (w:body, w:footnotes) declaring the namespaces its content uses."""
    return Node(f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">', f"</w:{tag}>")


def paragraph(
    parent: Node,
    style: str = "",
    *,
    bidi: bool = True,
    num: tuple[int, int] | None = None,
    jc: str = "",
    keep_next: bool = False,
    ind_start: int | None = None,
    hanging: int | None = None,
) -> Node:
    """A new ``w:p`` in ``parent``, its properties in schema order."""
    props = [
        f'<w:pStyle w:val="{style}"/>' if style else "",
        "<w:keepNext/>" if keep_next else "",
        f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "",
        # Explicit both ways: a left-to-right block in a right-to-left document says so.
        "<w:bidi/>" if bidi else '<w:bidi w:val="0"/>',
        # w:left is the start edge (the right one) in a bidi paragraph.
        (
            f'<w:ind w:left="{ind_start}"'
            + (f' w:hanging="{hanging}"/>' if hanging is not None else "/>")
            if ind_start is not None
            else ""
        ),
        f'<w:jc w:val="{jc}"/>' if jc else "",
    ]
    p = Node(f"<w:p><w:pPr>{''.join(props)}</w:pPr>", "</w:p>")
    parent.children.append(p)
    return p


def horizontal_rule(parent: Node, bidi: bool) -> None:
    """A thematic break: an empty paragraph with a line under it (a paragraph border, as Word
    draws one for "---" typed on its own line)."""
    direction = "<w:bidi/>" if bidi else '<w:bidi w:val="0"/>'
    parent.children.append(
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
        f"</w:pBdr>{direction}"
        '<w:spacing w:before="120" w:after="240" w:line="240" w:lineRule="auto"/></w:pPr></w:p>'
    )


def run(parent: Node, text: str, fmt: RunFormat = PLAIN, *, rtl: bool = True) -> None:
    parent.children.append(Run(text, fmt, rtl))


def drawing(parent: Node, inline_xml: str) -> None:
    """A run holding a picture (``wp:inline`` made by python-docx)."""
    parent.children.append(f"<w:r><w:drawing>{inline_xml}</w:drawing></w:r>")


def line_break(parent: Node) -> None:
    parent.children.append("<w:r><w:br/></w:r>")


# A stretch of Latin (or other left-to-right) script: letters, and the digits, spaces and
# joiners between them; trailing punctuation stays with the surrounding right-to-left text,
# except the "++" or "#" of a name like C++ or C# (the writer isolates those: neutral marks
# at a stretch's end would otherwise be laid out right to left, "++C").
_LTR_STRETCH = re.compile(
    f"[{LTR_LETTER_RANGES}](?:[{LTR_LETTER_RANGES}0-9 .,:/'’@&+_#%-]*[{LTR_LETTER_RANGES}0-9])?"
    r"(?:\+\+|#)?"
)
_RTL_DIGITS = "0-9\u0660-\u0669"
_RTL_STRETCH = re.compile(
    f"[{RTL_LETTER_RANGES}](?:[{RTL_LETTER_RANGES}{_RTL_DIGITS} ،؛؟.,:«»()-]*"
    f"[{RTL_LETTER_RANGES}{_RTL_DIGITS}])?"
)


def script_runs(text: str, paragraph_rtl: bool) -> list[tuple[str, bool]]:
    """Split text into (piece, is_rtl) runs, as Word itself does when one types mixed text.

    In a right-to-left paragraph only Latin stretches are left-to-right runs; in a left-to-right
    paragraph only Arabic stretches are right-to-left runs. Neutral characters follow the
    paragraph, which keeps punctuation on the paragraph's side.
    """
    pattern = _LTR_STRETCH if paragraph_rtl else _RTL_STRETCH
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], paragraph_rtl))
        pieces.append((match.group(), not paragraph_rtl))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], paragraph_rtl))
    return pieces


# Isolates (UAX #9): the text between them is laid out on its own, left to right, and moves
# as one block within the right-to-left line. Without them `print("مرحبا")` shows as
# ("مرحبا")print and a URL with Arabic in its path falls into right-to-left pieces. Each mark
# is a run of its own, so importers can tell ours from marks typed in the text.
LRI, PDI = "\u2066", "\u2069"
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"«»]+")
_URL_TAIL = ".,;:!?،؛؟'’\""


def isolated_run(parent: Node, text: str, fmt: RunFormat = PLAIN) -> None:
    """Left-to-right text (code, a URL) inside a right-to-left paragraph, isolated."""
    parent.children += [Run(LRI, PLAIN, False), Run(text, fmt, False), Run(PDI, PLAIN, False)]


def urls(text: str) -> list[tuple[int, int]]:
    """(start, end) of the web addresses in running text, without the sentence's punctuation
    after them."""
    found = []
    for match in _URL.finditer(text):
        url = match.group()
        while url and (
            url[-1] in _URL_TAIL or (url[-1] == ")" and url.count("(") < url.count(")"))
        ):
            url = url[:-1]
        if len(url) > len("www."):
            found.append((match.start(), match.start() + len(url)))
    return found


def hyperlink(parent: Node, rel_id: str) -> Node:
    link = Node(f'<w:hyperlink r:id="{_attr(rel_id)}" w:history="1">', "</w:hyperlink>")
    parent.children.append(link)
    return link


def internal_link(parent: Node, bookmark_name: str) -> Node:
    link = Node(f'<w:hyperlink w:anchor="{_attr(bookmark_name)}" w:history="1">', "</w:hyperlink>")
    parent.children.append(link)
    return link


def bookmark(p: Node, name: str, bookmark_id: int) -> None:
    """Mark a whole paragraph (a heading) as the target of internal links."""
    p.children.insert(0, f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{_attr(name)}"/>')
    p.children.append(f'<w:bookmarkEnd w:id="{bookmark_id}"/>')


def _note_run(inner: str, rtl: bool) -> str:
    rtl_tag = "<w:rtl/>" if rtl else ""
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>{rtl_tag}</w:rPr>{inner}</w:r>'


def footnote_reference(parent: Node, note_id: int, rtl: bool) -> None:
    parent.children.append(_note_run(f'<w:footnoteReference w:id="{note_id}"/>', rtl))


# ---- custom document properties ----------------------------------------------------------------

_CUSTOM_PROPERTY_SET = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # user-defined properties


def custom_properties(values: dict[str, str]) -> bytes:
    """docProps/custom.xml holding text properties (Word's File ▸ Properties ▸ Custom)."""
    entries = "".join(
        f'<property fmtid="{_CUSTOM_PROPERTY_SET}" pid="{pid}" name="{_attr(name)}">'
        f"<vt:lpwstr>{xml_text(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), 2)  # pid 0 and 1 are reserved
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes">{entries}</Properties>'
    ).encode()


# ---- footnotes part ----------------------------------------------------------------------------


def footnotes_root() -> Node:
    """``w:footnotes`` with the separator (-1) and continuation separator (0) notes Word needs."""
    notes = root("footnotes")
    for note_id, kind in (("-1", "separator"), ("0", "continuationSeparator")):
        notes.children.append(
            f'<w:footnote w:type="{kind}" w:id="{note_id}"><w:p><w:pPr><w:spacing w:after="0" '
            f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>'
        )
    return notes


def footnote(notes: Node, note_id: int) -> Node:
    note = Node(f'<w:footnote w:id="{note_id}">', "</w:footnote>")
    notes.children.append(note)
    return note


def footnote_mark(p: Node, rtl: bool) -> None:
    """The number (Word fills it in) and a space, put first in a footnote's first paragraph."""
    p.children[:0] = [_note_run("<w:footnoteRef/>", rtl), Run(" ", PLAIN, rtl)]


# ---- numbering ---------------------------------------------------------------------------------

_BULLETS = ("•", "◦", "▪")


def abstract_list(numbering: etree._Element, abstract_id: int, ordered: bool) -> None:
    """A 9-level bulleted or decimal list definition, inserted before the first ``w:num``."""
    node = numbering.makeelement(w("abstractNum"), {w("abstractNumId"): str(abstract_id)})
    sub(node, "nsid", val=f"{0x4D494400 + abstract_id:08X}")
    sub(node, "multiLevelType", val="hybridMultilevel")
    for level in range(9):
        lvl = sub(node, "lvl", ilvl=str(level))
        sub(lvl, "start", val="1")
        sub(lvl, "numFmt", val="decimal" if ordered else "bullet")
        sub(lvl, "lvlText", val=f"%{level + 1}." if ordered else _BULLETS[level % 3])
        sub(lvl, "lvlJc", val="left")
        ppr = sub(lvl, "pPr")
        sub(ppr, "ind", left=str(720 * (level + 1)), hanging="360")
    first_num = numbering.find(w("num"))
    if first_num is None:
        numbering.append(node)
    else:
        first_num.addprevious(node)


def list_instance(
    numbering: etree._Element, num_id: int, abstract_id: int, start: int | None, level: int = 0
) -> None:
    """A ``w:num``; a start override (at the list's own level: Word counts on through every
    list of one definition otherwise) makes each ordered list count from its own first
    number."""
    num = sub(numbering, "num", numId=str(num_id))
    sub(num, "abstractNumId", val=str(abstract_id))
    if start is not None:
        override = sub(num, "lvlOverride", ilvl=str(level))
        sub(override, "startOverride", val=str(start))


# ---- tables ------------------------------------------------------------------------------------


def table(parent: Node, widths: list[int], bidi: bool) -> Node:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    tbl = Node(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        + ("<w:bidiVisual/>" if bidi else "")  # first column on the right
        + '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" '
        'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        "</w:tbl>",
    )
    parent.children.append(tbl)
    return tbl


def table_row(tbl: Node, header: bool) -> Node:
    # A header row is repeated at the top of each page.
    tr = Node("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>", "</w:tr>")
    tbl.children.append(tr)
    return tr


def table_cell(tr: Node, width: int, span: int = 1) -> Node:
    spans = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    tc = Node(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{spans}</w:tcPr>', "</w:tc>")
    tr.children.append(tc)
    return tc


# ---- tracked changes and comments ----------------------------------------------------------------

_T_OPEN = re.compile(r"<w:t([ >])")


class Revision(Node):
    """``w:ins`` or ``w:del`` around runs (a tracked change). Its text continues the line, so
    it is never stripped of a leading space; in a deletion the text is ``w:delText``."""

    __slots__ = ("deleted",)

    def __init__(self, open_: str, close: str, deleted: bool) -> None:
        super().__init__(open_, close)
        self.deleted = deleted

    def has_content(self) -> bool:
        return True

    def xml(self, out: list[str]) -> None:
        inner: list[str] = []
        self._xml(inner)
        text = "".join(inner)
        if self.deleted:
            text = _T_OPEN.sub(r"<w:delText\1", text).replace("</w:t>", "</w:delText>")
        out.append(text)

    def _xml(self, out: list[str]) -> None:
        """A w:ins or w:del holds runs, never a hyperlink (Word calls such a file damaged):
        around a link the change is closed, and opened again inside it and after it, with
        ids of its own."""
        out.append(self.open)
        part = 0
        for child in self.children:
            if isinstance(child, Node) and child.open.startswith("<w:hyperlink"):
                if out[-1] == self.open:  # nothing before the link: no empty part
                    out.pop()
                else:
                    out.append(self.close)
                out += [child.open, self._part(part + 1)]
                for grandchild in child.children:
                    if isinstance(grandchild, Node):
                        grandchild.xml(out)
                    else:
                        out.append(grandchild if isinstance(grandchild, str) else grandchild.xml())
                out += [self.close, child.close, self._part(part + 2)]
                part += 2
            elif isinstance(child, Node):
                child.xml(out)
            else:
                out.append(child if isinstance(child, str) else child.xml())
        out.append(self.close)
        if part:  # a part left with nothing in it
            last = len(out) - 2
            if out[last].startswith(self.open[:6]) and out[last + 1] == self.close:
                del out[last : last + 2]

    def _part(self, number: int) -> str:
        """The opening tag again, for part ``number`` of a change split around links."""
        return _REVISION_ID.sub(rf'\g<1>\g<2>{number:03d}"', self.open, count=1)


_REVISION_ID = re.compile(r'( w:id=")(\d+)"')


_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?"
)


def word_date(value: str) -> str:
    """A time as w:date takes it (xsd:dateTime, seconds added), or "" when ``value`` is
    none."""
    found = _ISO_DATETIME.fullmatch(value.strip())
    if found is None:
        return ""
    return found.group(1) + (found.group(2) or ":00") + (found.group(3) or "")


def revision(parent: Node, deleted: bool, revision_id: int, author: str, date: str) -> Revision:
    """A tracked insertion (``deleted`` False) or deletion by ``author`` at ``date``."""
    tag = "del" if deleted else "ins"
    stamp = word_date(date)
    date_attr = f' w:date="{_attr(stamp)}"' if stamp else ""
    node = Revision(
        f'<w:{tag} w:id="{revision_id}" w:author="{_attr(author)}"{date_attr}>',
        f"</w:{tag}>",
        deleted,
    )
    parent.children.append(node)
    return node


def paragraph_mark_revision(deleted: bool, revision_id: int, author: str, date: str) -> str:
    """The w:rPr (last in w:pPr) saying a paragraph's mark was inserted or deleted."""
    stamp = word_date(date)
    date_attr = f' w:date="{_attr(stamp)}"' if stamp else ""
    tag = "del" if deleted else "ins"
    return f'<w:rPr><w:{tag} w:id="{revision_id}" w:author="{_attr(author)}"{date_attr}/></w:rPr>'


def comment_range_start(parent: Node, comment_id: int) -> None:
    parent.children.append(f'<w:commentRangeStart w:id="{comment_id}"/>')


def comment_range_end(parent: Node, comment_id: int, rtl: bool) -> None:
    """The end of a comment's passage and the reference mark Word shows the comment at."""
    rtl_tag = "<w:rtl/>" if rtl else ""
    parent.children.append(
        f'<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/>{rtl_tag}</w:rPr>'
        f'<w:commentReference w:id="{comment_id}"/></w:r>'
    )


def comment_direction(comment: etree._Element, rtl: bool) -> None:
    """Lay a comment's paragraphs and runs out right to left (python-docx writes them LTR)."""
    if not rtl:
        return
    for p in comment.iter(w("p")):
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = p.makeelement(w("pPr"), {})
            p.insert(0, ppr)
        set_in_order(ppr, "bidi", PPR_ORDER)
    for r in comment.iter(w("r")):
        rpr = r.find(w("rPr"))
        if rpr is None:
            rpr = r.makeelement(w("rPr"), {})
            r.insert(0, rpr)
        set_in_order(rpr, "rtl", RPR_ORDER)
