"""Turning the bytes of a file into text, and refusing what is not text.

Order of trust: a byte-order mark, then strict UTF-8, then a legacy encoding guessed by
charset-normalizer (Arabic files from old Windows machines are mostly Windows-1256).
Binary data is refused rather than decoded into mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import NotTextError
from .notices import Notice

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Signatures of common binary formats, so the user hears what the file is instead of "not text".
_SIGNATURES = (
    (b"PK\x03\x04", Notice("a ZIP archive or an office document (DOCX, ODT)")),
    (b"%PDF", Notice("a PDF document")),
    (b"\x89PNG", Notice("a PNG image")),
    (b"\xff\xd8\xff", Notice("a JPEG image")),
    (b"GIF8", Notice("a GIF image")),
    (b"\xd0\xcf\x11\xe0", Notice("an old Microsoft Office document")),
    (b"{\\rtf", Notice("an RTF document")),
)

# Legacy encodings an Arabic article plausibly comes in; charset-normalizer picks among them.
_LEGACY_CANDIDATES = ["cp1256", "iso8859_6", "mac_arabic", "cp720", "cp864", "cp1252", "latin_1"]

_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_THE_FILE = Notice("the file")  # how a message names a file when its caller gives no name


@dataclass(frozen=True)
class DecodedText:
    text: str  # newlines normalised to "\n"
    encoding: str  # Python codec name the bytes were read with
    bom: bool
    newline: str  # "\n", "\r\n" or "\r": the file's dominant style, used again on save


def detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"), key=lambda pair: pair[0])
    return best[1] if best[0] else "\n"


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    # A stray control character can happen in real text; binary data is full of them.
    return "\x00" in text or controls > max(2, len(text) // 200)


def decode_bytes(data: bytes, name: str = _THE_FILE) -> DecodedText:
    """Decode file bytes, or raise NotTextError with a message naming what the file seems to be.

    ``name`` is how the message names the file, e.g. ``Notice("“{name}”", name=path.name)``."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(
                "{name} is not a text file: it looks like {what}.", name=name, what=what
            )

    text: str | None = None
    encoding, bom = "", False
    for mark, codec, label in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(codec)
            except UnicodeDecodeError:
                raise NotTextError(
                    "{name} starts with a {label} byte-order mark but is not valid {label} text.",
                    name=name,
                    label=label.upper(),
                ) from None
            encoding, bom = label, True
            break

    if text is None:
        bom = False
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data, name)

    if _looks_binary(text):
        raise NotTextError("{name} is not a text file (it contains binary data).", name=name)
    return DecodedText(normalize_newlines(text), encoding, bool(bom), detect_newline(text))


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in data:
        raise NotTextError("{name} is not a text file (it contains binary data).", name=name)
    # Imported for the rare legacy file only: not part of every command's start-up.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_CANDIDATES).best()
    if best is None:
        raise NotTextError(
            "{name} is not a text file, or its encoding could not be recognised.", name=name
        )
    encoding = codecs.lookup(best.encoding).name
    return data.decode(encoding), encoding
