"""A command imports what it uses, not what its neighbours use (issue 20: `midad export` was
slower than pandoc at everyday sizes because of start-up). Timings are in bench/export.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import editor

SRC = str(Path(editor.__file__).resolve().parent.parent)
HEAVY = (
    "docx",  # python-docx: only a DOCX export needs it
    "editor.core.proofing",  # the proofreader: check and fix
    "enchant",
    "editor.core.importing.importer",  # the importers: import (and a web paste's warning)
    "charset_normalizer",  # legacy encodings only
    "importlib.metadata",
    "xml.sax.saxutils",
    "platform",
)


def _loaded(tmp_path: Path, *argv: str) -> set[str]:
    """The heavy modules loaded by `midad ARGV` run in a fresh interpreter."""
    script = (
        "import json, sys\n"
        "from editor.cli.main import main\n"
        f"code = main({list(argv)!r})\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: عنوان\n---\n\nفقرة أولى من المقال.\n", encoding="utf-8")
    return path


def test_an_html_export_loads_neither_docx_nor_the_proofreader_nor_the_importers(
    tmp_path: Path,
) -> None:
    _article(tmp_path)
    assert _loaded(tmp_path, "export", "a.md", "--to", "html", "-o", "a.html") == set()
    assert (tmp_path / "a.html").read_text(encoding="utf-8").count("فقرة أولى") == 1


def test_a_docx_export_loads_python_docx_and_nothing_else_heavy(tmp_path: Path) -> None:
    _article(tmp_path)
    assert _loaded(tmp_path, "export", "a.md", "--to", "docx", "-o", "a.docx") == {"docx"}


def test_info_loads_no_dictionary_and_check_loads_no_exporter(tmp_path: Path) -> None:
    _article(tmp_path)
    assert _loaded(tmp_path, "info", "a.md") == set()
    assert "docx" not in _loaded(tmp_path, "check", "a.md")


def test_the_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert editor.__version__ == version("midad")
