"""Desktop integration files: icon sizes, .desktop entry, AppStream metainfo, MIME type."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from conftest import REPO_ROOT as REPO
from editor.app.icon import APP_ID, ICON_SIZES, app_icon, icon_files

ICON_DIR = REPO / "resources" / "icons"
DESKTOP_DIR = REPO / "resources" / "desktop"
DESKTOP = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
MIME = DESKTOP_DIR / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def render_icons_module():
    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO / "packaging" / "icons" / "render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def channels(image: QImage, x: int, y: int) -> tuple[int, int, int, int]:
    color = image.pixelColor(x, y)
    return color.red(), color.green(), color.blue(), color.alpha()


def test_every_icon_png_has_its_pixel_size() -> None:
    for size, path in zip(ICON_SIZES, icon_files(), strict=True):
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path


def test_app_icon_offers_all_sizes(qapp) -> None:
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)


def test_configured_application_carries_the_icon_and_desktop_id(qapp) -> None:
    from editor.app.application import configure_application

    direction = qapp.layoutDirection()  # configure_application also sets the UI language
    try:
        configure_application(qapp)
        assert sorted(s.width() for s in qapp.windowIcon().availableSizes()) == list(ICON_SIZES)
        assert qapp.desktopFileName() == APP_ID
    finally:
        qapp.setLayoutDirection(direction)


def test_committed_pngs_match_the_svg(qapp) -> None:
    """The PNGs are rendered from midad.svg: an edited SVG needs render_icons.py run again."""
    renderer = QSvgRenderer(str(ICON_DIR / "midad.svg"))
    assert renderer.isValid()
    module = render_icons_module()
    for size in (16, 64, 256):
        fresh = QImage.fromData(module.render_png(renderer, size))
        committed = QImage(str(ICON_DIR / f"midad-{size}.png"))
        step = max(1, size // 32)
        worst = max(
            abs(a - b)
            for x in range(0, size, step)
            for y in range(0, size, step)
            for a, b in zip(channels(fresh, x, y), channels(committed, x, y), strict=True)
        )
        assert worst <= 8, f"midad-{size}.png differs from the SVG: run render_icons.py"


def test_windows_ico_holds_png_entries_up_to_256() -> None:
    data = (ICON_DIR / "midad.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_is_well_formed() -> None:
    data = (ICON_DIR / "midad.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4].decode(),
            struct.unpack_from(">I", data, position + 4)[0],
        )
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {"ic07", "ic08", "ic09", "ic10"} <= set(kinds)


def test_desktop_entry_opens_markdown_files_with_midad() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "midad %f"  # install.sh makes the path absolute
    assert entry["Icon"] == APP_ID
    assert "text/markdown" in entry["MimeType"].split(";")
    assert entry["Name[ar]"] == "مداد"


def test_desktop_entry_passes_the_freedesktop_validator() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_desktop_file_and_media_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("provides/binary") == "midad"
    assert root.findtext("provides/mediatype") == "text/markdown"
    versions = [release.get("version") for release in root.iter("release")]
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] in versions, "add a <release> for the current version"


def test_mime_package_maps_md_to_markdown(tmp_path: Path) -> None:
    root = ET.parse(MIME).getroot()
    markdown = root.find(f"{MIME_NS}mime-type[@type='text/markdown']")
    assert "*.md" in [glob.get("pattern") for glob in markdown.iter(f"{MIME_NS}glob")]
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database (shared-mime-info) is not installed")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert "text/markdown:*.md" in (tmp_path / "globs").read_text().splitlines()
