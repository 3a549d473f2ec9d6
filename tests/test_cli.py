"""The `midad` command: info, version, help, exit codes, and the GUI launcher without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import __version__
from editor.cli.main import main


def run_midad(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_info_json_has_title_author_tags(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(samples_dir / "clean-article.md"), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["metadata"]["title"].startswith("الكتابة دون اتصال")
    assert info["metadata"]["author"] == "سلمى الحداد"
    assert info["metadata"]["tags"] == ["كتابة", "أدوات", "خصوصية"]
    assert info["encoding"] == "utf-8" and info["newline"] == "LF"
    assert info["stats"]["words"] > 150 and info["stats"]["reading_minutes"] == 2
    assert info["warnings"] == []


def test_info_plain_shows_legacy_file_as_arabic(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(samples_dir / "legacy-windows-1256.txt")]) == 0
    out = capsys.readouterr().out
    assert "encoding: cp1256" in out
    assert "begins: ملاحظات المحرر على العدد الأسبوعي" in out
    assert "warning: The file was read as cp1256" in out


def test_info_plain_lists_metadata(samples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(samples_dir / "clean-article.md")]) == 0
    out = capsys.readouterr().out
    assert "author: سلمى الحداد" in out and "tags: كتابة، أدوات، خصوصية" in out


@pytest.mark.parametrize("name", ["bad/random-bytes.md", "bad/truncated.docx", "missing.md"])
def test_bad_files_exit_2_with_one_line(samples_dir: Path, name: str) -> None:
    result = run_midad("info", str(samples_dir / name))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("midad: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["broken-front-matter.md", "unterminated-front-matter.md"])
def test_bad_front_matter_loads_with_warning(
    samples_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(samples_dir / "bad" / name), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert len(info["warnings"]) == 1 and info["warnings"][0].startswith("Line ")
    assert info["stats"]["words"] >= 2


def test_version_and_help() -> None:
    version = run_midad("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"midad {__version__}"
    help_text = run_midad("--help")
    assert help_text.returncode == 0
    assert "exit codes" in help_text.stdout and "info" in help_text.stdout


def test_unknown_option_is_a_user_error() -> None:
    result = run_midad("info")
    assert result.returncode == 2 and result.stderr.startswith("midad: ")


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("midad")
    assert script.exists(), "the `midad` console script is missing from the venv"


def test_gui_without_display_fails_with_one_clear_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_midad(env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("midad: no display found")
    assert len(result.stderr.strip().splitlines()) == 1


def test_version_and_gui_start_do_not_load_the_heavy_commands() -> None:
    script = (
        "import sys; from editor.cli.main import main, _wants_gui\n"
        "main(['--version']); assert _wants_gui(['a.md']) and not _wants_gui(['check'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('editor.core.proofing', "
        "'editor.core.export', 'lxml', 'docx'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"
