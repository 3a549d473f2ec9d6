"""A PDF's document information, completed by an incremental update (no Qt, no PDF library).

Qt's PDF writer records a title, an author and the creator, but not the subject, the keywords
or the document's language, which screen readers, search tools and ``pdfinfo`` read. Rather
than rewrite the file, we append what the PDF standard calls an incremental update (ISO 32000,
7.5.6): a new information dictionary, a new catalogue that adds ``/Lang`` (and, for a
right-to-left article, ``/ViewerPreferences << /Direction /R2L >>`` so that two-page views put
page 1 on the right), a cross-reference section for those two objects and a trailer that points
back to the original one. Every byte Qt wrote stays where it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)
_REFERENCE = re.compile(rb"/(Root|Info)\s+(\d+)\s+0\s+R")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ID = re.compile(rb"/ID\s*\[[^\]]*\]")


class PdfStructureError(ValueError):
    """The bytes are not a PDF this module can update (not a classic cross-reference table)."""


@dataclass(frozen=True)
class PdfInfo:
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = ""
    producer: str = ""
    lang: str = ""
    right_to_left: bool = False
    tags: tuple[str, ...] = field(default=())


def xmp_packet(info: PdfInfo) -> bytes:
    """The same details as XMP metadata (Dublin Core), which some readers and archives prefer
    to the information dictionary: title, author, summary, tags, language."""

    def alt(value: str) -> str:  # XMP's language alternatives: the default one only
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    def items(kind: str, values: list[str]) -> str:
        lines = "".join(f"<rdf:li>{escape(value)}</rdf:li>" for value in values)
        return f"<rdf:{kind}>{lines}</rdf:{kind}>"

    entries = []
    if info.title:
        entries.append(f"<dc:title>{alt(info.title)}</dc:title>")
    if info.author:
        entries.append(f"<dc:creator>{items('Seq', [info.author])}</dc:creator>")
    if info.subject:
        entries.append(f"<dc:description>{alt(info.subject)}</dc:description>")
    if info.tags:
        entries.append(f"<dc:subject>{items('Bag', list(info.tags))}</dc:subject>")
    if info.lang:
        entries.append(f"<dc:language>{items('Bag', [info.lang])}</dc:language>")
    if info.keywords:
        entries.append(f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>")
    if info.producer:
        entries.append(f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>")
    if info.creator:
        entries.append(f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>")
    body = "\n".join(entries)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"{body}\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def pdf_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, in hexadecimal (no escaping)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def with_document_info(pdf: bytes, info: PdfInfo) -> bytes:
    """``pdf`` with ``info`` as its document information and its catalogue's language."""
    end = _STARTXREF.search(pdf[-64:])
    trailer = _TRAILER.search(pdf, max(0, len(pdf) - 4096))
    if end is None or trailer is None:
        raise PdfStructureError("no classic trailer at the end of the PDF")
    previous = int(end.group(1))
    references = {name.decode(): int(number) for name, number in _REFERENCE.findall(trailer[1])}
    size = _SIZE.search(trailer[1])
    if "Root" not in references or size is None:
        raise PdfStructureError("the trailer names no catalogue")
    root = references["Root"]
    catalog = _object_dictionary(pdf, root)
    catalog = re.sub(rb"/(Lang|ViewerPreferences)\s+(\([^)]*\)|<<[^>]*>>)", b"", catalog)
    extra = b""
    if info.lang:
        extra += b"\n/Lang " + pdf_string(info.lang)
    if info.right_to_left:
        extra += b"\n/ViewerPreferences << /Direction /R2L >>"
    catalog = catalog.rstrip() + extra + b"\n"
    info_number = int(size.group(1))
    entries = [
        (b"Title", info.title),
        (b"Author", info.author),
        (b"Subject", info.subject),
        (b"Keywords", info.keywords),
        (b"Creator", info.creator),
        (b"Producer", info.producer),
    ]
    info_dictionary = b"".join(
        b"\n/" + key + b" " + pdf_string(value) for key, value in entries if value.strip()
    )
    info_dictionary += _dates(pdf, references.get("Info"))
    update = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number, body in ((root, catalog), (info_number, info_dictionary + b"\n")):
        offsets[number] = len(update)
        update += b"%d 0 obj\n<<" % number + body + b">>\nendobj\n"
    xref = len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"
    for number in sorted(offsets):
        update += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    identifier = _ID.search(trailer[1])
    update += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n" % (
        info_number + 1,
        root,
        info_number,
        previous,
    )
    if identifier is not None:
        update += identifier.group(0) + b"\n"
    update += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(update)


def _object_dictionary(pdf: bytes, number: int) -> bytes:
    """The inside of object ``number``'s dictionary (between its outer ``<<`` and ``>>``)."""
    match = re.search(rb"(?:^|\n)%d 0 obj\s*<<" % number, pdf)
    if match is None:
        raise PdfStructureError(f"object {number} not found")
    start = match.end()
    depth, at = 1, start
    while depth:
        opening = pdf.find(b"<<", at)
        closing = pdf.find(b">>", at)
        if closing < 0:
            raise PdfStructureError(f"object {number} is not closed")
        if 0 <= opening < closing:
            depth, at = depth + 1, opening + 2
        else:
            depth, at = depth - 1, closing + 2
    return pdf[start : at - 2]


def _dates(pdf: bytes, info: int | None) -> bytes:
    """The creation and modification dates of the original information dictionary."""
    if info is None:
        return b""
    match = re.search(rb"(?:^|\n)%d 0 obj" % info, pdf)
    if match is None:
        return b""
    original = pdf[match.end() : pdf.find(b"endobj", match.end())]
    dates = re.finditer(rb"/(?:CreationDate|ModDate)\s*\([^)]*\)", original)
    return b"".join(b"\n" + date.group(0) for date in dates)
