"""Render the main window with a sample article to a PNG (used in README: docs/screenshot.png).

MIDAD_SCREENSHOT_DOCK=proofreading shows the proofreading panel instead of the details;
MIDAD_SCREENSHOT_SIZE=WxH sets the window's size (1300x820 by default);
MIDAD_SCREENSHOT_THEME=dark shows the dark theme;
MIDAD_SCREENSHOT_FONT_SIZE=N sets the editor's font size in points.
Run it under a real X server so fonts and shaping go through the same path as on a desktop:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot.py [ARTICLE] [OUT]
MIDAD_UI_LANGUAGE=ar (the default) or en chooses the interface language; the default OUT is
docs/screenshot.png for Arabic and docs/screenshot-en.png for English. The user's own settings
are not read (a temporary settings file), so the picture is the same on every machine.
MIDAD_PREVIEW_ENGINE=webengine shows the Qt WebEngine preview (when installed) instead of the
light one the README pictures use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    article = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else ROOT.parent / "shared" / "samples" / "clean-article.md"
    )
    language = os.environ.get("MIDAD_UI_LANGUAGE", "ar")
    default_name = "screenshot.png" if language == "ar" else f"screenshot-{language}.png"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / default_name
    engine = os.environ.get("MIDAD_PREVIEW_ENGINE", "textbrowser")
    if engine != "textbrowser":
        from editor.ui.preview.engines import prepare_webengine

        prepare_webengine()  # before the application
    app = QApplication(sys.argv[:1])
    from editor.app.application import configure_application
    from editor.ui.i18n import install_translations
    from editor.ui.main_window import MainWindow

    configure_application(app)
    settings_dir = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(settings_dir.name) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", language)
    settings.setValue("preview/engine", engine)
    settings.setValue("ui/theme", os.environ.get("MIDAD_SCREENSHOT_THEME", "light"))
    if os.environ.get("MIDAD_SCREENSHOT_FONT_SIZE"):
        settings.setValue("editor/font_size", int(os.environ["MIDAD_SCREENSHOT_FONT_SIZE"]))
    if not any(Path(p).name == f"midad_{language}.qm" for p in install_translations(app, language)):
        print(
            f"screenshot: no compiled catalogue for “{language}”; run "
            "scripts/setup.sh's build_translations first",
            file=sys.stderr,
        )
        return 1
    window = MainWindow(settings=settings)
    width, height = os.environ.get("MIDAD_SCREENSHOT_SIZE", "1300x820").split("x")
    window.resize(int(width), int(height))
    window.document.open_path(article, confirm=False)
    window.show()
    if os.environ.get("MIDAD_SCREENSHOT_DOCK") == "proofreading":
        window.proofing_dock.raise_()  # show the findings list instead of the details form

    def capture() -> None:
        if window.proofing.controller.last_check is None:  # wait for the first full check
            QTimer.singleShot(200, capture)
            return
        window.editor.refresh_visible_formats()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(out)
        window.document.set_modified(False)
        window.close()
        app.quit()

    QTimer.singleShot(1500, capture)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
