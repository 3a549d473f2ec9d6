"""The packaged app: the smoke-test switch, and the Linux bundle built and smoke-tested."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT as REPO

LINUX = REPO / "packaging" / "linux"


@pytest.mark.slow
def test_smoke_switch_reports_the_opened_window_and_quits(samples_dir: Path) -> None:
    sample = samples_dir / "clean-article.md"
    env = {**os.environ, "MIDAD_SMOKE_TEST_QUIT_AFTER_MS": "0", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run([sys.executable, "-m", "editor.cli.main", str(sample)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    [window] = report["windows"]
    assert window["visible"] and window["path"] == str(sample)
    assert window["article_title"].startswith("الكتابة")
    assert window["body_chars"] > 1000
    assert report["icon_sizes"] == [16, 32, 48, 64, 128, 256, 512]
    assert report["bundled_fonts"] == ["Amiri", "Noto Sans Arabic"]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_linux_bundle_builds_and_passes_the_smoke_test(tmp_path: Path, samples_dir: Path) -> None:
    """Build the PyInstaller bundle + tarball, then run it with no venv (smoke_test.sh)."""
    env = {**os.environ, "MIDAD_BUILD_PYTHON": sys.executable,
           "MIDAD_DIST_DIR": str(tmp_path / "dist"), "MIDAD_BUILD_DIR": str(tmp_path / "build")}
    build = subprocess.run([str(LINUX / "build.sh")], env=env, capture_output=True, text=True,
                           timeout=900, check=False)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    [tarball] = (tmp_path / "dist").glob("midad-*-linux-*.tar.gz")

    env["MIDAD_SMOKE_SAMPLE"] = str(samples_dir / "clean-article.md")
    smoke = subprocess.run([str(LINUX / "smoke_test.sh"), str(tarball)], env=env,
                           capture_output=True, text=True, timeout=600, check=False)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: passed" in smoke.stdout
    # Spelling is part of the bundle's promise: these checks may not be skipped here.
    assert "ok   check: the bundled dictionary" in smoke.stdout
    assert "ok   installed: the menu entry's command" in smoke.stdout
    assert "ok   window on an X server" in smoke.stdout  # xvfb is in scripts/setup.sh


def test_runtime_hook_and_build_agree_on_the_enchant_provider_descriptor() -> None:
    """The bundled libenchant is patched to /proc/self/fd/N; the runtime hook must open N."""
    import re

    pyinstaller = REPO / "packaging" / "pyinstaller"
    numbers = [re.search(r"^PROVIDER_FD = (\d+)$", (pyinstaller / name).read_text(), re.M)
               for name in ("bundle_parts.py", "pyi_rth_midad_enchant.py")]
    assert all(numbers)
    assert numbers[0].group(1) == numbers[1].group(1)


def test_the_linux_desktop_file_names_what_install_sh_rewrites() -> None:
    """install.sh makes Exec/TryExec absolute by matching `Exec=midad ` and `TryExec=midad`."""
    desktop = (LINUX / "app.midad.Midad.desktop").read_text(encoding="utf-8").splitlines()
    assert "Exec=midad %f" in desktop and "TryExec=midad" in desktop
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "s|^Exec=midad |" in install and "s|^TryExec=midad\\$|" in install
