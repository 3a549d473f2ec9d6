"""Atomic saves: a failure at any point leaves the previous file whole."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from editor.core import fileio
from editor.core.article import load_article, parse_article, save_article
from editor.core.errors import SaveError

OLD = "---\ntitle: قديم\nlang: ar\nstatus: draft\n---\n\nالنص القديم كاملاً.\n"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(OLD, encoding="utf-8")
    return path


def _new_article():
    article = parse_article(OLD.replace("قديم", "جديد") + "فقرة جديدة طويلة.\n" * 1000)
    return article


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class _Boom(OSError):
    def __init__(self) -> None:
        super().__init__(28, "No space left on device")


@pytest.mark.parametrize("failing", ["write", "fsync", "replace", "chmod"])
def test_failure_midway_leaves_old_file_intact(
    existing: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    if failing == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])  # half is on disk, then the disk fills
                raise _Boom()

            def __getattr__(self, name):
                return getattr(self.handle, name)

        monkeypatch.setattr(fileio.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    else:

        def fail(*args, **kwargs):
            raise _Boom()

        monkeypatch.setattr(fileio.os, failing, fail)

    with pytest.raises(SaveError, match="previous version is unchanged"):
        save_article(_new_article(), existing)
    monkeypatch.undo()
    assert existing.read_text(encoding="utf-8") == OLD
    assert _leftovers(existing.parent) == []


def test_save_replaces_content_and_keeps_permissions(existing: Path) -> None:
    existing.chmod(0o640)
    save_article(_new_article(), existing)
    assert load_article(existing).metadata.title == "جديد"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    assert _leftovers(existing.parent) == []


def test_new_file_gets_normal_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    save_article(_new_article(), path)
    mode = stat.S_IMODE(path.stat().st_mode)
    assert mode & 0o600 == 0o600 and mode != 0o600  # not mkstemp's private 0600


def test_symlink_stays_a_link(existing: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(existing)
    save_article(_new_article(), link)
    assert link.is_symlink()
    assert load_article(existing).metadata.title == "جديد"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_article(_new_article(), tmp_path / "no" / "such" / "a.md")


def test_parent_that_is_a_file_is_a_clear_error(existing: Path) -> None:
    with pytest.raises(SaveError, match="could not be saved"):
        save_article(_new_article(), existing / "inside.md")
    assert existing.read_text(encoding="utf-8") == OLD


def test_temporaries_left_by_a_killed_save_are_removed(existing: Path) -> None:
    """A save killed between writing its temporary file and the rename leaves
    ".NAME.XXXXXXXX.tmp"; the next open or save in that folder removes it once it is stale,
    and leaves other files (and a save running right now) alone."""
    folder = existing.parent
    stale = folder / f".{existing.name}.k3x_9abc.tmp"
    fresh = folder / f".{existing.name}.zz12ab34.tmp"
    others = [folder / ".hidden.tmp", folder / "notes.k3x_9abc.tmp", folder / ".a.md.SHORT.tmp"]
    for path in [stale, fresh, *others]:
        path.write_bytes(b"half an article")
    old = time.time() - 3600
    for path in [stale, *others]:
        os.utime(path, (old, old))
    load_article(existing)
    assert not stale.exists() and fresh.exists() and all(p.exists() for p in others)
    os.utime(fresh, (old, old))
    fileio.atomic_write(existing, existing.read_bytes())
    assert not fresh.exists() and all(p.exists() for p in others)
