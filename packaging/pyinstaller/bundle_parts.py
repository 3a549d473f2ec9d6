"""What midad.spec adds to PyInstaller's own analysis: data, the Arabic dictionary, enchant.

Imported by the spec at build time only (never shipped). Each function returns PyInstaller
(source, destination-folder) pairs and fails loudly when a part is missing, so a bundle is
never built without spelling or fonts by accident.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

# The assets (the top-level resources/ folder) go where an installed wheel has them: the package
# editor.resources, which editor.core.assets reads.
RESOURCES_DEST = "editor/resources"
# The Arabic hunspell files, where editor.core.proofing.dictionary looks among the assets.
DICTIONARY_DEST = f"{RESOURCES_DEST}/dictionaries/hunspell"
DICTIONARY_SEARCH = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")

# Linux: the bundled libenchant is patched to load its providers from this directory, which the
# runtime hook (pyi_rth_midad_enchant.py: keep PROVIDER_FD equal there) makes an open file
# descriptor of the bundle's enchant-2 folder. A /proc/self/fd path works wherever the bundle
# is unpacked, while Debian's libenchant is not relocatable (its provider path is absolute).
PROVIDER_FD = 1000
PROVIDER_DIR_ALIAS = f"/proc/self/fd/{PROVIDER_FD}"
PROVIDER_DEST = "enchant-2"


class BundleError(RuntimeError):
    pass


def arabic_dictionary() -> list[tuple[str, str]]:
    """ar.aff + ar.dic: from MIDAD_HUNSPELL_DIR, else the system's hunspell-ar."""
    override = os.environ.get("MIDAD_HUNSPELL_DIR")
    for folder in ([override] if override else []) + list(DICTIONARY_SEARCH):
        aff, dic = Path(folder, "ar.aff"), Path(folder, "ar.dic")
        if aff.is_file() and dic.is_file():
            return [(str(aff.resolve()), DICTIONARY_DEST), (str(dic.resolve()), DICTIONARY_DEST)]
    raise BundleError(
        "no Arabic hunspell dictionary (ar.aff/ar.dic): install hunspell-ar, or "
        "set MIDAD_HUNSPELL_DIR to a folder holding them"
    )


def resources(repo: Path) -> list[tuple[str, str]]:
    """The assets the app reads: the files of resources/ that pyproject.toml makes package data
    of editor.resources (so the bundle and a wheel carry the same ones), and the package's
    __init__.py, which makes it importable for importlib.resources (PyInstaller's analysis
    cannot see the package: it is outside src/)."""
    project = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["editor.resources"]
    folder = repo / "resources"
    files = {folder / "__init__.py"}
    for pattern in patterns:
        matched = set(folder.glob(pattern))
        if not matched and not pattern.startswith("i18n/"):  # catalogues: check_translations
            raise BundleError(f"no asset matches resources/{pattern}")
        files |= matched
    return [
        (str(path), "/".join((RESOURCES_DEST, *path.parent.relative_to(folder).parts)))
        for path in sorted(files)
    ]


def check_translations(repo: Path) -> list[str]:
    """The compiled catalogues (resources/i18n/*.qm, from translations/*.ts by
    scripts/setup.sh or build.sh); resources() ships them. Stale or missing ones fail the
    build, so a bundle never shows untranslated text that the sources translate."""
    names = []
    for ts in sorted((repo / "translations").glob("*.ts")):
        qm = repo / "resources" / "i18n" / f"{ts.stem}.qm"
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise BundleError(
                f"{qm} is missing or older than {ts}: run pyside6-lrelease (scripts/setup.sh does)"
            )
        names.append(qm.name)
    return names


def _loaded_library(fragment: str) -> Path:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        for line in maps:
            path = line.split()[-1]
            if fragment in Path(path).name:
                return Path(path).resolve()
    raise BundleError(f"{fragment} is not loaded")


def linux_enchant(workdir: Path) -> list[tuple[str, str]]:
    """libenchant-2 (patched to find its providers in the bundle) and the hunspell provider.

    PyInstaller sees neither: pyenchant opens libenchant with ctypes by name, and libenchant
    dlopens providers from a folder. Their own dependencies (glib, libhunspell) are collected
    by PyInstaller's binary analysis from these entries.
    """
    import enchant

    providers = [Path(p.file) for p in enchant.Broker().describe() if p.name == "hunspell"]
    if not providers:
        raise BundleError("enchant has no hunspell provider: install libenchant-2-2")
    provider = providers[0].resolve()
    library = _loaded_library("libenchant-2.so")
    data = library.read_bytes()
    original = str(providers[0].parent).encode() + b"\0"
    if data.count(original) != 1:
        raise BundleError(
            f"{library} does not name its provider folder {original!r} exactly "
            "once; the patch for a relocatable provider folder does not fit it"
        )
    alias = PROVIDER_DIR_ALIAS.encode()
    if len(alias) + 1 > len(original):
        raise BundleError(f"provider folder path {original!r} is too short to patch")
    patched = workdir / "libenchant-2.so.2"
    workdir.mkdir(parents=True, exist_ok=True)
    patched.write_bytes(data.replace(original, alias.ljust(len(original), b"\0")))
    return [(str(patched), "."), (str(provider), PROVIDER_DEST)]


def macos_enchant() -> list[tuple[str, str]]:
    """Homebrew's libenchant and its providers, laid out as a prefix (enchant-prefix/lib/...).

    Homebrew builds enchant relocatable, and pyenchant hands the library's prefix to
    enchant_set_prefix_dir, so the providers are found inside the bundle. Homebrew's enchant
    has no hunspell provider unless one is built (see packaging/README.md): without it the app
    runs and says that spelling is not checked. Not run by this project's own machines.
    """
    import enchant

    library = Path(enchant._enchant.e._name).resolve()
    parts = [(str(library), "enchant-prefix/lib")]
    for provider in enchant.Broker().describe():
        parts.append((str(Path(provider.file).resolve()), "enchant-prefix/lib/enchant-2"))
    return parts


def check_platform_parts(repo: Path) -> None:
    """Fail early, before a long analysis, when the build machine lacks a part."""
    arabic_dictionary()
    check_translations(repo)
    if sys.platform.startswith("linux"):
        import enchant  # noqa: F401  (raises when libenchant is missing)
