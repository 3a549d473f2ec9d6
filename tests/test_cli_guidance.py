"""The command line names a mistyped command, and warns before exporting a raw web paste."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli.main import main, unknown_command


def run_midad(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # No display: were the word taken for a file to open, the answer would be "no display".
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "editor.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )


def test_an_unknown_command_is_named_with_exit_2() -> None:
    result = run_midad("frobnicate", "x")
    assert result.returncode == 2
    assert result.stderr == "midad: unknown command 'frobnicate' (see midad --help)\n"
    assert result.stdout == ""


def test_unknown_command_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["expotr", "a.md"]) == 2
    assert "unknown command 'expotr'" in capsys.readouterr().err


def test_file_names_still_open_the_window(tmp_path: Path) -> None:
    existing = tmp_path / "notes"  # no extension, but it exists
    existing.write_text("نص", encoding="utf-8")
    assert not unknown_command(str(existing))
    assert not unknown_command("draft.md")  # a new file to create
    assert not unknown_command("articles/draft")
    assert not unknown_command("export") and not unknown_command("--version")
    assert unknown_command("frobnicate")


def test_export_of_a_raw_web_paste_warns_and_still_exports(
    samples_dir: Path, tmp_path: Path
) -> None:
    paste = tmp_path / "paste.txt"
    shutil.copy(samples_dir / "web-paste.txt", paste)
    result = run_midad("export", str(paste), "--to", "html")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "paste.html").exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "web paste" in lines[0] and f"midad import {paste}" in lines[0]


def test_export_of_an_article_says_nothing(samples_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "clean.md"
    shutil.copy(samples_dir / "clean-article.md", article)
    result = run_midad("export", str(article), "--to", "html")
    assert result.returncode == 0
    assert result.stderr == ""
