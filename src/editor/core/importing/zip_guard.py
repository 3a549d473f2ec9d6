"""Opening a DOCX (a ZIP of XML parts) without trusting it.

Before anything is decompressed, the ZIP directory is checked: number of members, declared
sizes of the XML parts and their compression ratio (a zip bomb declares, or hides, hundreds of
megabytes behind a few kilobytes). Parts are then read with a bound (Python's zipfile never
returns more than the declared size and checks the CRC), XML with a DOCTYPE is refused (no
entity tricks: XXE, billion laughs), and binary parts (images, fonts, embedded objects) are
never decompressed at all: the importer does not use them.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

from ..errors import ArticleError
from ..notices import Notice

MAX_DOCX_FILE_BYTES = 256 * 1024 * 1024  # on disk; images make real files large
MAX_MEMBERS = 10_000
MAX_XML_PART_BYTES = 48 * 1024 * 1024  # decompressed, one part
MAX_XML_TOTAL_BYTES = 128 * 1024 * 1024  # decompressed, all XML parts together
MAX_RATIO = 100  # decompressed / compressed for a large part; real Word XML stays far below
_RATIO_CHECK_FROM = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DOCTYPE_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


class DocxError(ArticleError):
    """The DOCX file is damaged, not a DOCX, or built to harm the reader."""


def _refuse(name: str, why: Notice) -> DocxError:
    return DocxError("“{name}” cannot be imported: {why}.", name=name, why=why)


def is_xml_part(member: str) -> bool:
    return member.lower().endswith(_XML_SUFFIXES)


def _check_directory(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _refuse(
            name,
            Notice("it holds {count} parts, far more than any Word document", count=len(infos)),
        )
    members = {info.filename for info in infos}
    if "word/document.xml" not in members or "[Content_Types].xml" not in members:
        raise _refuse(
            name, Notice("it is a ZIP archive but not a Word document (no word/document.xml)")
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _refuse(name, Notice("it is encrypted"))
        if not is_xml_part(info.filename):
            continue
        if info.file_size > MAX_XML_PART_BYTES:
            raise _refuse(
                name,
                Notice(
                    "its part {part} would expand to {size} MB (a “zip bomb”?)",
                    part=info.filename,
                    size=info.file_size // (1024 * 1024),
                ),
            )
        if info.file_size > _RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _refuse(
                name,
                Notice(
                    "its part {part} is compressed {ratio} times over (a “zip bomb”?)",
                    part=info.filename,
                    ratio=info.file_size // max(info.compress_size, 1),
                ),
            )
        total += info.file_size
    if total > MAX_XML_TOTAL_BYTES:
        raise _refuse(
            name,
            Notice(
                "its text would expand to {size} MB (a “zip bomb”?)", size=total // (1024 * 1024)
            ),
        )


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise _refuse(
            name, Notice("it is damaged ({detail})", detail=f"{info.filename}: {exc}")
        ) from None
    if len(data) > info.file_size:  # zipfile stops at the declared size; never trust it alone
        raise _refuse(
            name, Notice("its part {part} is larger than it declares", part=info.filename)
        )
    if any(mark in data for mark in _DOCTYPE_MARKS):
        raise _refuse(
            name,
            Notice(
                "its part {part} declares a DOCTYPE or entities, which Word "
                "never writes (a hostile file?)",
                part=info.filename,
            ),
        )
    return data


def read_docx_parts(path: str | os.PathLike[str]) -> dict[str, bytes]:
    """The package's parts by name: XML parts read (bounded), binary parts as empty bytes."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise DocxError("“{path}” does not exist.", path=str(p)) from None
    except OSError as exc:
        raise DocxError(
            "“{path}” could not be read: {reason}.", path=str(p), reason=exc.strerror or exc
        ) from None
    if size > MAX_DOCX_FILE_BYTES:
        raise _refuse(name, Notice("it is too large ({size} MB)", size=size // (1024 * 1024)))
    try:
        with zipfile.ZipFile(p) as archive:
            infos = archive.infolist()
            _check_directory(name, infos)
            return {
                info.filename: (
                    _read_part(archive, info, name) if is_xml_part(info.filename) else b""
                )
                for info in infos
                if not info.is_dir()
            }
    except zipfile.BadZipFile:
        raise _refuse(
            name, Notice("it is damaged or not a Word document (not a valid ZIP archive)")
        ) from None
    except OSError as exc:
        raise _refuse(
            name, Notice("it could not be read ({reason})", reason=exc.strerror or str(exc))
        ) from None


def repack(parts: dict[str, bytes]) -> io.BytesIO:
    """A new, uncompressed package holding ``parts``, for python-docx to open."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for member, data in parts.items():
            archive.writestr(member, data)
    buffer.seek(0)
    return buffer
