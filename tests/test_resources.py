"""The assets: one top-level resources/ folder, installed as the package editor.resources and
read one way (editor.core.assets)."""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import REPO_ROOT as REPO
from editor.core import assets

RESOURCES = REPO / "resources"
SRC = REPO / "src" / "editor"
# Files of resources/ that only the installers and the build read: never package data.
BUILD_ONLY = ("README.md", "*/README.md", "desktop/*", "icons/midad.ico", "icons/midad.icns")
GENERATED = ("i18n", "dictionaries", "__pycache__")  # never committed


def _setuptools() -> dict:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return project["tool"]["setuptools"]


def _package_data() -> list[str]:
    return _setuptools()["package-data"]["editor.resources"]


def _committed_assets() -> list[str]:
    return sorted(
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file()
        and path.name != "__init__.py"
        and path.relative_to(RESOURCES).parts[0] not in GENERATED
    )


def _shipped(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in _package_data())


# -- where the assets are ------------------------------------------------------------------------
def test_every_asset_is_package_data_or_for_the_installers_only() -> None:
    """A file added to resources/ outside the package-data patterns would be missing from
    wheels and bundles; one for the installers only is listed in BUILD_ONLY."""
    names = _committed_assets()
    assert len(names) > 25
    build_only = [n for n in names if any(fnmatch.fnmatch(n, p) for p in BUILD_ONLY)]
    assert "desktop/app.midad.Midad.desktop" in build_only
    neither = [n for n in names if not _shipped(n) and n not in build_only]
    assert neither == [], "add a package-data pattern in pyproject.toml, or to BUILD_ONLY"
    assert [n for n in build_only if _shipped(n)] == []


def test_every_package_data_pattern_matches_a_file() -> None:
    unmatched = [
        pattern
        for pattern in _package_data()
        if not pattern.startswith("i18n/") and next(RESOURCES.glob(pattern), None) is None
    ]
    assert unmatched == []


def test_pyproject_lists_every_package_of_src() -> None:
    """The packages are listed (a search cannot add editor.resources, outside src/)."""
    found = {
        ".".join(path.parent.relative_to(SRC.parent).parts) for path in SRC.rglob("__init__.py")
    }
    setuptools = _setuptools()
    assert set(setuptools["packages"]) == found | {"editor.resources"}
    assert setuptools["package-dir"] == {"": "src", "editor.resources": "resources"}
    assert (RESOURCES / "__init__.py").is_file()  # the editable install's finder needs it


def test_the_assets_read_are_this_checkouts() -> None:
    """Running this checkout's code reads this checkout's assets (even with PYTHONPATH=src and
    another copy of Midad installed in the environment)."""
    assert Path(str(assets.resources_root())) == RESOURCES
    assert assets.asset_path("style/article.css") == RESOURCES / "style" / "article.css"


def test_the_installed_package_editor_resources_holds_the_assets() -> None:
    """The editable install (what ./test.sh sets up) maps editor.resources onto a resources/
    folder: importlib.resources finds the package and its files."""
    spec = importlib.util.find_spec("editor.resources")
    assert spec is not None and spec.origin is not None
    folder = Path(spec.origin).parent
    assert (folder / "style" / "article.css").is_file()
    assert (folder / "proofing" / "names.txt").is_file()


# -- the accessor -------------------------------------------------------------------------------
def test_asset_text_and_names() -> None:
    assert assets.asset_text("style/article.css").startswith("/* Midad export stylesheet")
    assert assets.asset_names("import", ".toml") == [
        "import/boilerplate.toml",
        "import/dates.toml",
        "import/people.toml",
    ]
    assert assets.asset_names("no-such-folder") == []
    assert assets.asset_exists("help/help_ar.html")
    assert not assets.asset_exists("help/help_xx.html")


def test_a_missing_asset_is_a_clear_error_or_a_path_that_does_not_exist() -> None:
    with pytest.raises(FileNotFoundError):
        assets.asset_text("proofing/no-such-list.txt")
    missing = assets.asset_path("dictionaries")  # only installers add it
    assert missing == RESOURCES / "dictionaries" and not missing.exists()


@pytest.mark.parametrize("name", ["", "/etc/passwd", "../pyproject.toml", "style/../../x", "a\\b"])
def test_asset_names_stay_inside_the_folder(name: str) -> None:
    with pytest.raises(ValueError):
        assets.asset(name)


# -- one way of reading them ----------------------------------------------------------------------
def _own_ways(where: str, source: str) -> list[str]:
    """Where ``source`` finds files through its own location (``__file__``) or calls
    importlib.resources itself instead of going through editor.core.assets."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "__file__":
            found.append(f"{where}:{node.lineno}: __file__")
        if where == "core/assets.py":
            continue
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [f"{node.module}.{alias.name}" for alias in node.names]
        if any(module.startswith("importlib.resources") for module in modules):
            found.append(f"{where}:{node.lineno}: importlib.resources")
    return found


def test_src_reads_assets_one_way() -> None:
    """No `__file__` anywhere in src/, and importlib.resources only in editor.core.assets."""
    offenders = [
        line
        for path in sorted(SRC.rglob("*.py"))
        for line in _own_ways(path.relative_to(SRC).as_posix(), path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "read assets with editor.core.assets"


def test_the_one_way_check_sees_the_other_ways() -> None:
    source = (
        'HERE = Path(__file__).parent / "data"\n'
        "from importlib import resources\n"
        "import importlib.resources\n"
        "from importlib.resources import files\n"
    )
    assert sorted(_own_ways("core/x.py", source)) == [
        "core/x.py:1: __file__",
        "core/x.py:2: importlib.resources",
        "core/x.py:3: importlib.resources",
        "core/x.py:4: importlib.resources",
    ]
    assert _own_ways("core/assets.py", "from importlib import resources\n") == []


# -- a real installation from a wheel -------------------------------------------------------------
_NOT_SOURCES = shutil.ignore_patterns("__pycache__", "*.egg-info")


@pytest.mark.slow
def test_a_wheel_carries_the_assets_and_the_installed_app_reads_them(tmp_path: Path) -> None:
    """Build the wheel (as pip does for a normal install), check that it carries every asset
    the app reads and no build-only file, install it into a folder and read the assets from
    there, not from this checkout."""
    # From a copy of what the build reads: an in-tree build would reuse a stale build/lib.
    source = tmp_path / "source"
    source.mkdir()
    for part in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / part, source / part)
    for part in ("src", "resources"):
        shutil.copytree(REPO / part, source / part, ignore=_NOT_SOURCES)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    [wheel] = wheels.glob("midad-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"editor/resources/{n}" for n in _committed_assets() if _shipped(n)}
    assert "editor/resources/style/article.css" in shipped
    assert shipped | {"editor/resources/__init__.py", "editor/core/assets.py"} <= inside
    assert not any(name.startswith("editor/resources/desktop/") for name in inside)
    if (RESOURCES / "i18n" / "midad_ar.qm").is_file():
        assert "editor/resources/i18n/midad_ar.qm" in inside

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)  # what pip's installer does with a pure-Python wheel
    probe = (
        "from editor.core import assets\n"
        "from editor.core.importing.vocabulary import load_vocabulary\n"
        "from editor.core.proofing.names import lexicon_words\n"
        "from editor.core.export.html_writer import stylesheet\n"
        "print(assets.resources_root())\n"
        "assert stylesheet().startswith('/* Midad export stylesheet')\n"
        "assert load_vocabulary().generator_authors and len(lexicon_words()) > 1000\n"
        "assert assets.asset_path('icons/midad-64.png').is_file()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == str(site / "editor" / "resources")
