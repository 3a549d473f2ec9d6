"""The theme applies to the whole application: panes, menus, dialogs and the preview."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editor.core.export.html_writer import theme_colors
from editor.ui.settings_dialog import SettingsDialog
from editor.ui.theme import apply_application_theme, is_dark

HERE = Path(__file__).resolve().parent
HAS_WEBENGINE = importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None
WINDOW, BASE = QPalette.ColorRole.Window, QPalette.ColorRole.Base


def test_theme_colors_come_from_the_article_stylesheet() -> None:
    light, dark = theme_colors("light"), theme_colors("dark")
    assert light["paper"] == "#fdfcf8" and light["ink"] == "#1d1b18"
    assert dark["paper"] == "#1b1a17" and dark["ink"] == "#ebe6dc"
    assert set(light) == set(dark) >= {"paper", "ink", "muted", "accent", "code-bg"}
    with pytest.raises(ValueError):
        theme_colors("auto")


@pytest.fixture
def light_again(qapp):
    yield
    apply_application_theme("light", qapp)


def _choose(window, theme: str, qtbot) -> None:
    """Settings ▸ Theme, as the dialog returns it (the dialog itself is patched out)."""
    chosen = replace(window.app_settings, theme=theme)
    dialog = SettingsDialog(window.app_settings, window, window.language)
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    assert dialog.result_settings().theme == theme
    window.apply_settings(chosen)
    # Qt hands the new application palette to the widgets from the event loop.
    qtbot.waitUntil(
        lambda: is_dark(window.metadata_panel.palette().color(WINDOW)) == (theme == "dark")
    )


def _palettes(window) -> dict[str, QPalette]:
    menu = window.menuBar().actions()[0].menu()
    dialog = SettingsDialog(window.app_settings, window, window.language)
    return {
        "application": QApplication.palette(),
        "metadata panel": window.metadata_panel.palette(),
        "title field": window.metadata_panel.title.palette(),
        "proofreading panel": window.proofing.panel.palette(),
        "menu": menu.palette(),
        "menu bar": window.menuBar().palette(),
        "dialog": dialog.palette(),
        "status bar": window.status.palette(),
    }


def test_dark_theme_reaches_every_pane_menu_dialog_and_the_preview(
    make_window, qtbot, light_again
) -> None:
    window = make_window()
    window.metadata_panel.title.setText("عنوان")
    window.editor.set_text("فقرة أولى.\n\nفقرة ثانية.")
    qtbot.waitUntil(lambda: "فقرة ثانية" in window.preview.toPlainText())
    for name, palette in _palettes(window).items():
        assert not is_dark(palette.color(WINDOW)), name
    _choose(window, "dark", qtbot)
    for name, palette in _palettes(window).items():
        assert is_dark(palette.color(WINDOW)) and is_dark(palette.color(BASE)), name
        assert not is_dark(palette.color(QPalette.ColorRole.WindowText)), name
    assert QApplication.style().name().lower() == "fusion"
    preview = window.preview
    qtbot.waitUntil(lambda: theme_colors("dark")["ink"] in preview.document().defaultStyleSheet())
    assert theme_colors("dark")["accent"] in preview.document().defaultStyleSheet()
    assert preview.palette().color(BASE).name() == theme_colors("dark")["paper"]
    assert 'data-theme="dark"' in preview.renderer(window.document.current_article())
    assert "فقرة ثانية" in preview.toPlainText()
    # And back.
    _choose(window, "light", qtbot)
    for name, palette in _palettes(window).items():
        assert not is_dark(palette.color(WINDOW)) and not is_dark(palette.color(BASE)), name
    qtbot.waitUntil(lambda: theme_colors("light")["ink"] in preview.document().defaultStyleSheet())
    assert preview.palette().color(BASE).name() == theme_colors("light")["paper"]
    assert 'data-theme="light"' in preview.renderer(window.document.current_article())


def test_dark_preview_patches_keep_the_dark_style(make_window, qtbot, light_again) -> None:
    window = make_window()
    window.editor.set_text("فقرة أولى.\n\nفقرة ثانية.\n\nفقرة ثالثة.")
    qtbot.waitUntil(lambda: "ثالثة" in window.preview.toPlainText())
    _choose(window, "dark", qtbot)
    preview = window.preview
    qtbot.waitUntil(lambda: theme_colors("dark")["ink"] in preview.document().defaultStyleSheet())
    with qtbot.waitSignal(preview.refreshed, timeout=5000):
        window.editor.set_text("فقرة أولى.\n\nفقرة ثانية معدلة.\n\nفقرة ثالثة.")
    qtbot.waitUntil(lambda: "معدلة" in preview.toPlainText())
    assert theme_colors("dark")["ink"] in preview.document().defaultStyleSheet()


@pytest.mark.slow
@pytest.mark.skipif(
    not HAS_WEBENGINE,
    reason="the webengine extra (PySide6-Addons) is not installed; scripts/setup.sh installs it",
)
def test_web_preview_uses_the_dark_stylesheet(samples_dir: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(HERE.parent / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "fixtures" / "web_preview_theme_check.py"),
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

    def rgb(hex_color: str) -> str:
        return "rgb({}, {}, {})".format(*(int(hex_color[i : i + 2], 16) for i in (1, 3, 5)))

    for state, theme in (("light", "light"), ("dark", "dark"), ("light_again", "light")):
        page = seen[state]
        assert page["theme"] == theme and page["has_text"], state
        assert page["background"] == rgb(theme_colors(theme)["paper"]), state
        assert page["color"] == rgb(theme_colors(theme)["ink"]), state


def test_warnings_stay_readable_in_the_dark(make_window, qtbot, light_again) -> None:
    window = make_window()
    slug = window.metadata_panel.slug_message
    assert "#b3261e" in slug.styleSheet()
    _choose(window, "dark", qtbot)
    qtbot.waitUntil(lambda: "#ff8a80" in slug.styleSheet())
    _choose(window, "light", qtbot)
    qtbot.waitUntil(lambda: "#b3261e" in slug.styleSheet())


def test_the_saved_theme_applies_before_any_window(qapp, light_again) -> None:
    """The crash-recovery dialog comes before the main window: it is dark too."""
    from PySide6.QtCore import QSettings

    from editor.app.application import configure_application, set_application_names
    from editor.ui.app_settings import AppSettings
    from editor.ui.i18n import remove_translations

    set_application_names()
    replace(AppSettings(), theme="dark").save(QSettings())
    try:
        configure_application(qapp)
        assert is_dark(QApplication.palette().color(WINDOW))
    finally:
        remove_translations(qapp)
