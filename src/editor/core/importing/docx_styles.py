"""What the importer needs from a DOCX's styles and numbering: heading levels, list kinds,
character-style emphasis, with style inheritance (w:basedOn) followed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_inline import toggle, w

_HEADING_NAME = re.compile(r"^heading\s*(\d)$")
_CODE_STYLE_WORDS = ("code", "verbatim", "preformatted", "macro", "typewriter", "keyboard")
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=False,
)


def parse_xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, SAFE_PARSER)


@dataclass
class _Style:
    name: str = ""
    based_on: str = ""
    bold: bool | None = None
    italic: bool | None = None
    outline: int | None = None
    num: tuple[str, int] | None = None


@dataclass
class Styles:
    styles: dict[str, _Style] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: bytes | None) -> Styles:
        result = cls()
        if not data:
            return result
        for element in parse_xml(data).iter(w("style")):
            style = _Style()
            name = element.find(w("name"))
            style.name = (name.get(w("val"), "") if name is not None else "").lower()
            based = element.find(w("basedOn"))
            style.based_on = based.get(w("val"), "") if based is not None else ""
            props = element.find(w("rPr"))
            style.bold, style.italic = toggle(props, "b", "bCs"), toggle(props, "i", "iCs")
            ppr = element.find(w("pPr"))
            if ppr is not None:
                outline = ppr.find(w("outlineLvl"))
                outline_value = outline.get(w("val"), "") if outline is not None else ""
                if outline_value.isdigit():
                    style.outline = int(outline_value)
                style.num = numbering_of(ppr)
            result.styles[element.get(w("styleId"), "")] = style
        return result

    def _chain(self, style_id: str) -> list[_Style]:
        chain, seen = [], set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            chain.append(self.styles[style_id])
            style_id = self.styles[style_id].based_on
        return chain

    def name(self, style_id: str) -> str:
        style = self.styles.get(style_id)
        return style.name if style else style_id.lower()

    def heading_level(self, style_id: str) -> int | None:
        """1–6 for a heading style (by name, or by outline level through inheritance)."""
        name = self.name(style_id)
        match = _HEADING_NAME.match(name) or _HEADING_NAME.match(style_id.lower())
        if match:
            return min(int(match.group(1)), 6)
        for style in self._chain(style_id):
            if style.outline is not None and style.outline < 9:
                return min(style.outline + 1, 6)
        return None

    def char_format(self, style_id: str) -> tuple[bool, bool, bool]:
        """(bold, italic, code) of a character style; "Verbatim Char"/"HTML Code" are code."""
        bold = italic = None
        for style in self._chain(style_id):
            bold = style.bold if bold is None else bold
            italic = style.italic if italic is None else italic
        return bool(bold), bool(italic), self.is_code(style_id)

    def is_code(self, style_id: str) -> bool:
        return any(
            word in style.name for style in self._chain(style_id) for word in _CODE_STYLE_WORDS
        )

    def numbering(self, style_id: str) -> tuple[str, int] | None:
        for style in self._chain(style_id):
            if style.num is not None:
                return style.num
        return None


def numbering_of(ppr: etree._Element | None) -> tuple[str, int] | None:
    """(numId, level) from a w:numPr; numId "0" means "no list" and gives None."""
    if ppr is None:
        return None
    num = ppr.find(w("numPr"))
    if num is None:
        return None
    num_id = num.find(w("numId"))
    level = num.find(w("ilvl"))
    value = num_id.get(w("val"), "0") if num_id is not None else "0"
    if value == "0":
        return None
    depth = level.get(w("val"), "0") if level is not None else "0"
    return value, int(depth) if depth.isdigit() else 0


@dataclass
class Numbering:
    """numId → per level (format, start) from word/numbering.xml; which abstract list each
    numId draws on, and the levels it restarts (w:startOverride)."""

    levels: dict[str, dict[int, tuple[str, int]]] = field(default_factory=dict)
    abstract: dict[str, str] = field(default_factory=dict)
    restarts: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: bytes | None) -> Numbering:
        result = cls()
        if not data:
            return result
        root = parse_xml(data)
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        for element in root.iter(w("abstractNum")):
            abstract[element.get(w("abstractNumId"), "")] = {
                int(lvl.get(w("ilvl"), "0")): _level_format(lvl) for lvl in element.iter(w("lvl"))
            }
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            ref_id = ref.get(w("val"), "") if ref is not None else ""
            levels = dict(abstract.get(ref_id, {}))
            num_id = num.get(w("numId"), "")
            restarts = result.restarts.setdefault(num_id, set())
            for override in num.iter(w("lvlOverride")):
                depth = int(override.get(w("ilvl"), "0"))
                start = override.find(w("startOverride"))
                if start is not None and depth in levels:
                    levels[depth] = (levels[depth][0], int(start.get(w("val"), "1")))
                    restarts.add(depth)
            result.levels[num_id] = levels
            if ref_id:
                result.abstract[num_id] = ref_id
        return result

    def is_bullet(self, num_id: str, level: int) -> bool:
        fmt = self.levels.get(num_id, {}).get(level, ("bullet", 1))[0]
        return fmt in ("bullet", "none", "")

    def list_of(self, num_id: str) -> str:
        """What numbering is counted by: Word counts on through every numId that draws on one
        abstract list (LibreOffice writes one numId per stretch of a list), unless a numId
        restarts a level."""
        return "abstract:" + self.abstract[num_id] if num_id in self.abstract else num_id

    def start(self, num_id: str, level: int) -> int:
        return self.levels.get(num_id, {}).get(level, ("decimal", 1))[1]


def _level_format(lvl: etree._Element) -> tuple[str, int]:
    fmt = lvl.find(w("numFmt"))
    start = lvl.find(w("start"))
    value = start.get(w("val"), "1") if start is not None else "1"
    return (
        fmt.get(w("val"), "decimal") if fmt is not None else "decimal",
        int(value) if value.isdigit() else 1,
    )
