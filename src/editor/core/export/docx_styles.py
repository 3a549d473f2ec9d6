"""Word styles, page and settings for a right-to-left article (applied to python-docx's template,
whose leftovers are removed: its application name, thumbnail, customXml, Word 2010 style copy
and the numbering definitions no style uses).

Defaults live in the styles, not only on our paragraphs, so text the editor types later in Word
is right-to-left, in the right fonts and language, too.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.oxml import parse_xml
from lxml import etree

from .docx_xml import (
    PPR_ORDER,
    QUOTE_INDENT,
    RPR_ORDER,
    SECTPR_ORDER,
    SETTINGS_AFTER_FOOTNOTEPR,
    W_NS,
    remove_children,
    set_fonts,
    set_in_order,
    sub,
    w,
    word_language,
)


def _attribute(value: str) -> str:
    """``value`` escaped for a double-quoted XML attribute (xml.sax.saxutils would cost the
    command ~15 ms of start-up: it imports urllib.request, http.client and ssl)."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@dataclass(frozen=True)
class DocxOptions:
    """Fonts and sizes. Fonts are names only: Word substitutes a missing one."""

    text_font: str = "Noto Naskh Arabic"  # Arabic (complex script) body text
    heading_font: str = "Noto Kufi Arabic"
    latin_font: str = "Arial"  # Latin words inside Arabic text; LibreOffice maps it to Liberation
    code_font: str = "Courier New"
    text_size: int = 14  # points, complex script; Arabic letters look smaller than Latin ones
    latin_size: int = 12


STYLE_ORDER = (
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
)
_HEADING_SIZES = {
    "Title": 26,
    "Subtitle": 16,
    "Heading1": 20,
    "Heading2": 17,
    "Heading3": 15,
    "Heading4": 14,
    "Heading5": 14,
    "Heading6": 14,
}

_EXTRA_STYLES = f"""
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline"><w:name w:val="Byline"/>
  <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:after="360"/></w:pPr><w:rPr><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>
  <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:bidi/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
  <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>
  <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:bidi w:val="0"/>
  <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar">
  <w:name w:val="Verbatim Char"/><w:basedOn w:val="DefaultParagraphFont"/>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
</w:styles>
"""


def apply_styles(doc: Document, lang: str, rtl: bool, options: DocxOptions) -> None:
    styles = doc.styles.element
    _set_defaults(styles, lang, rtl, options)
    existing = {s.get(w("styleId")) for s in styles.iterfind(w("style"))}
    for extra in parse_xml(_EXTRA_STYLES).iterfind(w("style")):
        if extra.get(w("styleId")) not in existing:
            styles.append(extra)
    by_id = {s.get(w("styleId")): s for s in styles.iterfind(w("style"))}
    for fonts in styles.iter(w("rFonts")):  # table styles nest them deeper, hence iter()
        set_fonts(fonts.getparent(), options.latin_font, options.text_font)  # drops theme fonts
    for style_id, size in _HEADING_SIZES.items():
        style = by_id.get(style_id)
        if style is None:
            continue
        ppr = style.find(w("pPr"))
        if ppr is not None:
            remove_children(ppr, "numPr")  # the template's Subtitle carries a stray numbering
        rpr = set_in_order(style, "rPr", STYLE_ORDER)
        set_fonts(rpr, options.latin_font, options.heading_font)
        remove_children(rpr, "i", "iCs")  # slanted Arabic is a distortion, not a style
        if style_id != "Subtitle":
            set_in_order(rpr, "b", RPR_ORDER)
            set_in_order(rpr, "bCs", RPR_ORDER)
        set_in_order(rpr, "sz", RPR_ORDER, val=str(size * 2))
        set_in_order(rpr, "szCs", RPR_ORDER, val=str(size * 2))
    quote = by_id.get("Quote")
    if quote is not None:
        rpr = quote.find(w("rPr"))
        if rpr is not None:
            remove_children(rpr, "i", "iCs")
            set_in_order(rpr, "color", RPR_ORDER, val="404040")
        ppr = set_in_order(quote, "pPr", STYLE_ORDER)
        indent = str(QUOTE_INDENT)
        set_in_order(ppr, "ind", PPR_ORDER, left=indent, right=indent)
    for style_id in ("SourceCode", "VerbatimChar"):
        rpr = set_in_order(by_id[style_id], "rPr", STYLE_ORDER)  # the template has it
        set_fonts(rpr, options.code_font, options.code_font)
    _set_page(doc, rtl)
    _set_footnote_settings(doc)
    _set_theme_language(doc, lang, rtl)
    _drop_unused_numbering(doc, styles)
    _drop_template_parts(doc)
    _set_font_table(doc, options)
    # The template's settings claim a spell-checked document, ask Word for a preview picture
    # and give every export the same document id.
    settings = doc.settings.element
    remove_children(settings, "proofState", "savePreviewPicture")
    for doc_id in settings.findall(f"{{{_W14_NS}}}docId"):
        settings.remove(doc_id)


_W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _set_font_table(doc: Document, options: DocxOptions) -> None:
    """The fonts the styles use, with the character set Word falls back on when one is missing
    (Arabic for the text and heading fonts); the template listed Cambria, Calibri and two
    Japanese fonts."""
    fonts: dict[str, tuple[str, str, str]] = {}  # name → (charset, family, pitch)
    for name, font in (
        (options.code_font, ("00", "modern", "fixed")),
        (options.latin_font, ("00", "swiss", "variable")),
        (options.heading_font, ("B2", "swiss", "variable")),
        (options.text_font, ("B2", "roman", "variable")),
    ):
        fonts[name] = font  # the Arabic text's wins when one font does several jobs
    entries = "".join(
        f'<w:font w:name="{_attribute(name)}"><w:charset w:val="{charset}"/>'
        f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        for name, (charset, family, pitch) in reversed(fonts.items())
    )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:fonts xmlns:w="{W_NS}">{entries}</w:fonts>'
    )
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            rel.target_part._blob = xml.encode()


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Midad</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_DROPPED_RELS = (
    "/relationships/metadata/thumbnail",  # a blank page's picture
    "/relationships/customXml",  # a bibliography sources stub
    "/relationships/stylesWithEffects",  # Word 2010's copy of the template's old styles
)


def _drop_template_parts(doc: Document) -> None:
    """The template's extended properties name "Microsoft Macintosh Word" as the application;
    its thumbnail, customXml and stylesWithEffects say nothing about this document."""
    package = doc.part.package
    for part_or_package in (package, doc.part):
        rels = part_or_package.rels
        for rel_id in [r.rId for r in rels.values() if r.reltype.endswith(_DROPPED_RELS)]:
            rels.pop(rel_id)
    for rel in package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = _APP_XML


def _set_theme_language(doc: Document, lang: str, rtl: bool) -> None:
    """The languages of the theme's fonts, as the document defaults have them (the template
    says en-US and ja-JP)."""
    settings = doc.settings.element
    theme = settings.find(w("themeFontLang"))
    if theme is None:
        return
    theme.attrib.clear()
    if rtl:
        theme.set(w("val"), "en-US")
        theme.set(w("bidi"), word_language(lang))
    else:
        theme.set(w("val"), word_language(lang))


def _drop_unused_numbering(doc: Document, styles: etree._Element) -> None:
    """The template's list definitions that no style refers to."""
    numbering = doc.part.numbering_part.element
    used = {n.get(w("val")) for n in styles.iter(w("numId"))}
    for num in numbering.findall(w("num")):
        if num.get(w("numId")) not in used:
            numbering.remove(num)
    kept = {
        ref.get(w("val"))
        for num in numbering.findall(w("num"))
        if (ref := num.find(w("abstractNumId"))) is not None
    }
    for abstract in numbering.findall(w("abstractNum")):
        if abstract.get(w("abstractNumId")) not in kept:
            numbering.remove(abstract)


_DEFAULTS_ORDER = ("rPrDefault", "pPrDefault")  # in w:docDefaults (the template has them)


def _set_defaults(styles: etree._Element, lang: str, rtl: bool, options: DocxOptions) -> None:
    defaults = set_in_order(styles, "docDefaults", ("docDefaults", "latentStyles", "style"))
    rpr = set_in_order(set_in_order(defaults, "rPrDefault", _DEFAULTS_ORDER), "rPr", ("rPr",))
    set_fonts(rpr, options.latin_font, options.text_font)
    set_in_order(rpr, "sz", RPR_ORDER, val=str(options.latin_size * 2))
    set_in_order(rpr, "szCs", RPR_ORDER, val=str(options.text_size * 2))
    language = set_in_order(rpr, "lang", RPR_ORDER)
    if rtl:
        language.set(w("val"), "en-US")  # proofing language of Latin words
        language.set(w("bidi"), word_language(lang))
    else:
        language.set(w("val"), word_language(lang))
    ppr = set_in_order(set_in_order(defaults, "pPrDefault", _DEFAULTS_ORDER), "pPr", ("pPr",))
    if rtl:
        set_in_order(ppr, "bidi", PPR_ORDER)
    # 1.5 line spacing: Arabic marks above and below letters need the room.
    set_in_order(ppr, "spacing", PPR_ORDER, after="160", line="360", lineRule="auto")
    normal = styles.find(f"{w('style')}[@{w('styleId')}='Normal']")
    if normal is not None and rtl:
        normal_ppr = set_in_order(normal, "pPr", STYLE_ORDER)
        set_in_order(normal_ppr, "bidi", PPR_ORDER)


def _set_page(doc: Document, rtl: bool) -> None:
    for section in doc.sections:
        sect = section._sectPr
        set_in_order(sect, "pgSz", SECTPR_ORDER, w="11906", h="16838")  # A4
        set_in_order(
            sect,
            "pgMar",
            SECTPR_ORDER,
            top="1418",
            right="1418",
            bottom="1418",
            left="1418",
            header="709",
            footer="709",
            gutter="0",
        )
        if rtl:
            set_in_order(sect, "bidi", SECTPR_ORDER)


def _set_footnote_settings(doc: Document) -> None:
    settings = doc.settings.element
    if settings.find(w("footnotePr")) is not None:
        return
    order = ("footnotePr", *SETTINGS_AFTER_FOOTNOTEPR)
    footnote_pr = set_in_order(settings, "footnotePr", order)
    sub(footnote_pr, "footnote", id="-1")
    sub(footnote_pr, "footnote", id="0")
