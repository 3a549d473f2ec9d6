"""Guards the PySide6 pin: 6.12.0 on CPython 3.11 drops None's refcount on every void Qt call."""

from __future__ import annotations

import sys
from importlib.metadata import version

import pytest
from packaging.version import Version


def test_pyside6_is_below_6_12_on_python_3_11() -> None:
    if sys.version_info[:2] == (3, 11):
        assert Version(version("PySide6-Essentials")) < Version("6.12")


def test_void_qt_calls_keep_none_refcount_steady(qapp: pytest.FixtureRequest) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    update = widget.update
    for _ in range(1000):  # warm up caches that may legitimately hold None references
        update()
    before = sys.getrefcount(None)
    for _ in range(100_000):
        update()
    after = sys.getrefcount(None)
    # A leak would show as a drop of ~100,000; allow noise from the interpreter itself.
    assert abs(after - before) < 100
