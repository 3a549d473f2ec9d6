"""Web addresses as people read them: percent-escapes of letters decoded, the rest kept.

``https://ar.wikipedia.org/wiki/%D9%85%D8%AF%D8%A7%D8%AF`` reads ``…/wiki/مداد``. Only escapes
that spell letters, marks, digits and symbols beyond ASCII are decoded (as an IRI does,
RFC 3987); escaped ASCII (``%20``, ``%2F``, ``%3F``…), spaces, invisible and bidi control
characters and bytes that are not UTF-8 stay escaped, so the address still leads to the same
place and cannot be made to look like another.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_KEPT_ESCAPED = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp", "Zs"})


def readable_url(url: str) -> str:
    """``url`` with its escaped non-ASCII letters decoded (see the module docstring)."""
    if "%" not in url:
        return url
    return _ESCAPES.sub(_decode_run, url)


def _decode_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        text = bytes.fromhex(run.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return "".join(
        char
        if ord(char) > 0x7F and unicodedata.category(char) not in _KEPT_ESCAPED
        else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
        for char in text
    )
