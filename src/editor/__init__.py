"""Midad (مداد): a desktop article editor for people who write and edit in Arabic."""

from __future__ import annotations

import os
import sys


def _installed_version() -> str:
    """The installed distribution's version, read from its ``METADATA`` on ``sys.path``.

    Found the way importlib.metadata finds it (the first ``midad-*.dist-info`` on the path),
    without importing importlib.metadata and the email parser (~30 ms of every command's
    start-up); the bundle and unusual installs fall back to it.
    """
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("midad-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as meta:
                        for line in meta:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # the headers end at the first empty line
                except OSError:
                    pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("midad")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


__version__ = _installed_version()
