"""Shared fixtures: sample files, and user dirs/settings isolated per test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT.parent / "shared" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        pytest.fail(f"sample articles not found at {SAMPLES_DIR} (expected beside the repo)")
    return SAMPLES_DIR


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every per-user folder (data, state, config) at a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture(autouse=True)
def isolated_logging() -> Iterator[None]:
    """A test that starts the command line or the window's diagnostics configures the log (in
    its isolated user dirs); the next test starts without those handlers."""
    from editor.logsetup import remove_handlers

    yield
    remove_handlers()


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool (pyside6-lrelease, pyside6-lupdate) of this Python."""
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """translations/*.ts compiled for this session: tests never rely on stale .qm files."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted((REPO_ROOT / "translations").glob("midad_*.ts")):
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")],
            check=True,
        )
    return folder


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A shown MainWindow with its own settings file (``values`` written into it first) whose
    questions a ScriptedPrompts answers: it never asks before discarding, says No to other
    questions and cancels file dialogs; tests change its answers (``window.prompts``)."""
    from PySide6.QtCore import QSettings

    from editor.ui.main_window import MainWindow
    from ui_helpers import ScriptedPrompts

    def make(
        size: tuple[int, int] | None = None, values: dict[str, object] | None = None
    ) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        for key, value in (values or {}).items():
            settings.setValue(key, value)
        window = MainWindow(settings=settings, prompts=ScriptedPrompts())
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


# Hypothesis: CI (./test.sh and .ci/run set CI=true) runs the same examples every time, so a
# test passes or fails by the code, never by the seed; a local run explores new random inputs.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", derandomize=False)
settings.load_profile("ci" if os.environ.get("CI", "").lower() in ("1", "true", "yes") else "dev")
