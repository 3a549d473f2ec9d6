"""Midad's assets, read one way: the stylesheet, icons, help pages, proofreading data, import
vocabulary and compiled catalogues.

They live in the repository's top-level ``resources/`` folder, installed as the data package
``editor.resources`` (``pyproject.toml`` maps that package onto the folder), and are named by
their path inside it, with forward slashes::

    asset_text("style/article.css")          # the text of a file (UTF-8)
    asset_path("icons/midad-64.png")         # a file name, for Qt, enchant and the like
    asset_names("import", ".toml")           # the files of a folder, sorted

Everything goes through ``importlib.resources``, so the files are found wherever the package
is: a wheel, an editable install (``pip install -e``, what ./test.sh uses), or the PyInstaller
bundle. One case is looked at first: running the code of a source checkout with
``PYTHONPATH=src``, the checkout's own ``resources/`` (beside its ``src/``) is read, never the
files of another copy of Midad installed in the same environment, and nothing needs installing.

What ``resources/`` holds and how to add a file: its README.md and CONTRIBUTING.md. No Qt here:
core reads its data through this module too.
"""

from __future__ import annotations

import atexit
import functools
from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "editor.resources"
_CHECKOUT_FOLDER = "resources"  # beside src/ in a source checkout

_extracted = ExitStack()  # files as_file had to copy out of an archive; removed at exit
atexit.register(_extracted.close)


@functools.cache
def resources_root() -> Traversable:
    """The folder that holds the assets (see the module docstring for which one)."""
    code = resources.files("editor")
    if isinstance(code, Path) and code.parent.name == "src":
        checkout = code.parent.parent / _CHECKOUT_FOLDER
        if (checkout / "__init__.py").is_file():
            return checkout
    return resources.files(PACKAGE)


def asset(name: str) -> Traversable:
    """The asset ``name`` ("proofing/names.txt"), which may not exist (check ``is_file()``)."""
    if not name or name.startswith("/") or "\\" in name or ".." in name.split("/"):
        raise ValueError(f"not an asset name: {name!r}")
    return resources_root().joinpath(*name.split("/"))


def asset_text(name: str) -> str:
    """The text of the asset ``name`` (UTF-8); FileNotFoundError when it is missing."""
    return asset(name).read_text(encoding="utf-8")


def asset_bytes(name: str) -> bytes:
    return asset(name).read_bytes()


def asset_exists(name: str) -> bool:
    resource = asset(name)
    return resource.is_file() or resource.is_dir()


def asset_path(name: str) -> Path:
    """A real file-system path of the asset ``name`` (file or folder), for what needs a file
    name (Qt's icons and translators, enchant's dictionary folder). Installed as files (every
    way Midad is installed) this is the file itself; from an archive a file is copied out for
    the life of the process. A missing asset gives its would-be path (check ``exists()``)."""
    resource = asset(name)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(resources.as_file(resource))


def asset_names(folder: str, suffix: str = "") -> list[str]:
    """The names ("import/dates.toml") of the files in ``folder`` ending with ``suffix``,
    sorted; none when the folder is missing."""
    where = asset(folder)
    if not where.is_dir():
        return []
    return sorted(
        f"{folder}/{entry.name}"
        for entry in where.iterdir()
        if entry.is_file() and entry.name.endswith(suffix)
    )
