"""Repairing Arabic text that was garbled earlier by a wrong encoding ("mojibake").

UTF-8 Arabic read as Windows-1256 turns "العربية" into "ط§ظ„ط¹ط±ط¨ظٹط©"; read as Windows-1252
into "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©". Files and pastes that went through such a program keep the garbage.
Encoding the garbled line back with the wrong code page gives the original UTF-8 bytes; the
repair is used only when those bytes are strictly valid UTF-8 and the result is Arabic, so a
correct line is never touched (real Arabic text is not valid UTF-8 once encoded in a legacy
code page).
"""

from __future__ import annotations

import re

from .textfold import script_counts

# (wrong code page, the characters UTF-8 lead bytes 0xD8/0xD9 become in it)
_GARBLES = (("cp1256", "طظ"), ("cp1252", "ØÙ"))
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def _encode_back(line: str, codec: str) -> bytes:
    """The bytes a program read as ``codec``. Windows-1252 leaves five bytes undefined;
    programs pass those through as control characters, so they go back as themselves."""
    if codec != "cp1252":
        return line.encode(codec)
    out = bytearray()
    for ch in line:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                raise
            out.append(ord(ch))
    return bytes(out)


def _repair_line(line: str) -> str | None:
    for codec, leads in _GARBLES:
        marks = sum(line.count(ch) for ch in leads)
        if marks < 3:
            continue
        if codec == "cp1256" and marks < 0.3 * len(_ARABIC_LETTERS.findall(line)):
            continue  # real Arabic has ط and ظ too, but never this many
        try:
            repaired = _encode_back(line, codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        arabic, _latin = script_counts(repaired)
        if arabic >= 3 and repaired != line:
            return repaired
    return None


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with garbled lines restored, and how many lines were repaired."""
    lines = text.split("\n")
    repaired = 0
    for index, line in enumerate(lines):
        fixed = _repair_line(line)
        if fixed is not None:
            lines[index] = fixed
            repaired += 1
    return "\n".join(lines), repaired
