"""The optional Qt WebEngine preview, driven in its own process (it must load before the
QApplication that pytest-qt has already created here)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.ui.app_settings import AppSettings
from editor.ui.preview.engines import make_preview_pane, webengine_loaded
from editor.ui.preview.text_pane import PreviewPane

HERE = Path(__file__).resolve().parent
HAS_WEBENGINE = importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None


@pytest.mark.slow
@pytest.mark.skipif(
    not HAS_WEBENGINE,
    reason="the webengine extra (PySide6-Addons) is not installed; scripts/setup.sh installs it",
)
def test_web_preview_shows_the_export_as_a_browser_does(samples_dir: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(HERE.parent / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "fixtures" / "web_preview_check.py"),
            str(samples_dir / "clean-article.md"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["engine"] == "WebPreviewPane"
    assert seen["dir"] == "rtl" and seen["title"].startswith("الكتابة دون اتصال")
    # A browser mirrors the table itself: the first Markdown column is the right-most.
    (first, first_left), (second, second_left) = seen["columns"]
    assert (first, second) == ("المؤشر", "القيمة") and first_left > second_left
    assert seen["quote_border"] == "4px"  # the stylesheet's quote rule, which QTextBrowser drops
    assert seen["footnote_link"] and "لم يعد الاتصال الدائم" in seen["text"]
    assert seen["allows"] == {"inside": True, "outside": False, "remote": False, "data": True}
    assert seen["external_link_navigates"] is False
    assert seen["opened"] == ["https://example.com/story"]
    assert seen["anchor_navigates"] is True
    before, after = seen["scroll"]
    assert before > 0 and abs(after - before) < 2  # a refresh keeps the reading position
    assert seen["added"]
    assert seen["in_place"] == {"middle": True, "removed": True, "start": True, "title": True}
    assert seen["reloads"] == 5


def test_without_webengine_loaded_first_the_light_preview_is_used(qtbot) -> None:
    # pytest-qt made the application before anything could load Qt WebEngine.
    assert not webengine_loaded()
    for engine in ("auto", "webengine", "textbrowser"):
        pane = make_preview_pane(engine)
        qtbot.addWidget(pane)
        assert isinstance(pane, PreviewPane)


def test_engine_setting_round_trips_and_rejects_unknown_values(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert AppSettings.load(settings).preview_engine == "auto"
    settings.setValue("preview/engine", "netscape")
    assert AppSettings.load(settings).preview_engine == "auto"
    AppSettings(preview_engine="textbrowser").save(settings)
    assert AppSettings.load(settings).preview_engine == "textbrowser"
