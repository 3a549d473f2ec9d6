"""WordprocessingML that python-docx has no API for, built in one place.

Every child is placed in the order the schema requires (Word rejects or silently ignores
out-of-order properties, LibreOffice is more lenient, so tests alone would not catch it).
Elements are made with plain lxml calls: exports build tens of thousands of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
             "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
             "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
             "eastAsianLayout", "specVanish", "oMath")
SECTPR_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
                "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
                "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
                "printerSettings", "sectPrChange")
# What may follow w:footnotePr in w:settings (CT_Settings sequence).
SETTINGS_AFTER_FOOTNOTEPR = ("endnotePr", "compat", "docVars", "rsids", "mathPr",
                             "attachedSchema", "themeFontLang", "clrSchemeMapping",
                             "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                             "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                             "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
                             "decimalSymbol", "listSeparator")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """Append ``<w:tag w:attr="…">`` to parent (attribute names without prefix)."""
    return etree.SubElement(parent, w(tag), {w(k): v for k, v in attrs.items()})


def set_in_order(parent: etree._Element, tag: str, order: tuple[str, ...],
                 **attrs: str) -> etree._Element:
    """Find or create ``w:tag`` in ``parent`` at its schema position; set the attributes."""
    existing = parent.find(w(tag))
    if existing is None:
        existing = parent.makeelement(w(tag), {})
        later = set(order[order.index(tag) + 1:])
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
    defaults = {"ar": "ar-SA", "fa": "fa-IR", "ur": "ur-PK", "he": "he-IL", "ps": "ps-AF",
                "ckb": "ku-Arab-IQ", "ku": "ku-Arab-IQ", "sd": "sd-Arab-PK", "ug": "ug-CN",
                "yi": "yi-001", "dv": "dv-MV"}
    parts = lang.strip().replace("_", "-").split("-")
    if len(parts) > 1 and parts[1]:
        return f"{parts[0].lower()}-{parts[1].upper() if len(parts[1]) == 2 else parts[1]}"
    return defaults.get(parts[0].lower(), parts[0].lower() or "ar-SA")


# ---- paragraphs and runs ----------------------------------------------------------------------

@dataclass(frozen=True)
class RunFormat:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    underline: bool = False
    code: bool = False
    vert: str = ""  # "superscript" / "subscript"
    style: str = ""  # character style id

    def with_(self, **changes: object) -> RunFormat:
        return replace(self, **changes)


PLAIN = RunFormat()


def paragraph(parent: etree._Element, style: str = "", *, bidi: bool = True,
              num: tuple[int, int] | None = None, jc: str = "", keep_next: bool = False,
              ind_start: int | None = None, index: int | None = None) -> etree._Element:
    """A new ``w:p`` with its properties in schema order (appended, or inserted at ``index``)."""
    p = parent.makeelement(w("p"), {})
    if index is None:
        parent.append(p)
    else:
        parent.insert(index, p)
    ppr = sub(p, "pPr")
    if style:
        sub(ppr, "pStyle", val=style)
    if keep_next:
        sub(ppr, "keepNext")
    if num is not None:
        numpr = sub(ppr, "numPr")
        sub(numpr, "ilvl", val=str(num[1]))
        sub(numpr, "numId", val=str(num[0]))
    # Explicit both ways: a left-to-right block inside a right-to-left document must say so.
    if bidi:
        sub(ppr, "bidi")
    else:
        sub(ppr, "bidi", val="0")
    if ind_start is not None:
        sub(ppr, "ind", left=str(ind_start))  # w:left is the start edge in a bidi paragraph
    if jc:
        sub(ppr, "jc", val=jc)
    return p


def run(parent: etree._Element, text: str, fmt: RunFormat = PLAIN, *,
        rtl: bool = True) -> etree._Element:
    r = sub(parent, "r")
    rpr = sub(r, "rPr")
    if fmt.style:
        sub(rpr, "rStyle", val=fmt.style)
    if fmt.bold:
        sub(rpr, "b")
        sub(rpr, "bCs")
    if fmt.italic:
        sub(rpr, "i")
        sub(rpr, "iCs")
    if fmt.strike:
        sub(rpr, "strike")
    if fmt.underline:
        sub(rpr, "u", val="single")
    if fmt.vert:
        sub(rpr, "vertAlign", val=fmt.vert)
    if rtl:
        sub(rpr, "rtl")
    if len(rpr) == 0:
        r.remove(rpr)
    t = sub(r, "t")
    t.text = text
    if text[:1].isspace() or text[-1:].isspace():
        t.set(XML_SPACE, "preserve")
    return r


def line_break(parent: etree._Element) -> None:
    sub(sub(parent, "r"), "br")


# A stretch of Latin (or other left-to-right) script: letters, and the digits, spaces and
# joiners between them; trailing punctuation stays with the surrounding right-to-left text.
_LTR_STRETCH = re.compile(
    r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"
    r"(?:[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9 .,:/'’@&+_#%-]*"
    r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9])?")
_RTL_STRETCH = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
    r"(?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc0-9\u0660-\u0669 ،؛؟.,:«»()-]*"
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc0-9\u0660-\u0669])?")


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
            pieces.append((text[position:match.start()], paragraph_rtl))
        pieces.append((match.group(), not paragraph_rtl))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], paragraph_rtl))
    return pieces


def hyperlink(parent: etree._Element, rel_id: str) -> etree._Element:
    link = sub(parent, "hyperlink")
    link.set(f"{{{R_NS}}}id", rel_id)
    link.set(w("history"), "1")
    return link


def footnote_reference(parent: etree._Element, note_id: int, rtl: bool) -> None:
    r = sub(parent, "r")
    rpr = sub(r, "rPr")
    sub(rpr, "rStyle", val="FootnoteReference")
    if rtl:
        sub(rpr, "rtl")
    sub(r, "footnoteReference", id=str(note_id))


# ---- footnotes part ----------------------------------------------------------------------------

def footnotes_root() -> etree._Element:
    """``w:footnotes`` with the separator (-1) and continuation separator (0) notes Word needs."""
    root = etree.Element(w("footnotes"), nsmap={"w": W_NS, "r": R_NS})
    for note_id, kind, mark in (("-1", "separator", "separator"),
                                ("0", "continuationSeparator", "continuationSeparator")):
        note = sub(root, "footnote", type=kind, id=note_id)
        p = sub(note, "p")
        sub(sub(p, "pPr"), "spacing", after="0", line="240", lineRule="auto")
        sub(sub(p, "r"), mark)
    return root


def footnote(root: etree._Element, note_id: int) -> etree._Element:
    return sub(root, "footnote", id=str(note_id))


def footnote_mark(p: etree._Element, rtl: bool) -> None:
    """The number (Word fills it in) and a space, put first in a footnote's first paragraph."""
    holder = p.makeelement(w("holder"), {})
    r = sub(holder, "r")
    rpr = sub(r, "rPr")
    sub(rpr, "rStyle", val="FootnoteReference")
    if rtl:
        sub(rpr, "rtl")
    sub(r, "footnoteRef")
    run(holder, " ", rtl=rtl)
    at = 1 if len(p) and p[0].tag == w("pPr") else 0
    for index, child in enumerate(list(holder)):
        p.insert(at + index, child)


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


def list_instance(numbering: etree._Element, num_id: int, abstract_id: int,
                  start: int | None) -> None:
    """A ``w:num``; a start override makes each ordered list count from its own first number."""
    num = sub(numbering, "num", numId=str(num_id))
    sub(num, "abstractNumId", val=str(abstract_id))
    if start is not None:
        override = sub(num, "lvlOverride", ilvl="0")
        sub(override, "startOverride", val=str(start))


# ---- tables ------------------------------------------------------------------------------------

def table(parent: etree._Element, widths: list[int], bidi: bool) -> etree._Element:
    tbl = sub(parent, "tbl")
    tblpr = sub(tbl, "tblPr")
    sub(tblpr, "tblStyle", val="TableGrid")
    if bidi:
        sub(tblpr, "bidiVisual")  # first column on the right
    sub(tblpr, "tblW", w="0", type="auto")
    sub(tblpr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1",
        lastColumn="0", noHBand="0", noVBand="1")
    grid = sub(tbl, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", w=str(width))
    return tbl


def table_row(tbl: etree._Element, header: bool) -> etree._Element:
    tr = sub(tbl, "tr")
    if header:
        sub(sub(tr, "trPr"), "tblHeader")  # repeated at the top of each page
    return tr


def table_cell(tr: etree._Element, width: int, span: int = 1) -> etree._Element:
    tc = sub(tr, "tc")
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", w=str(width), type="dxa")
    if span > 1:
        sub(tcpr, "gridSpan", val=str(span))
    return tc

