"""The interface in Arabic and English: every pane, menu and dialog translated, layout mirrored.

The catalogues are compiled from translations/*.ts into a temporary folder for the session
(the qm_dir fixture in conftest.py), so the test never depends on .qm files left by an earlier
build. For Arabic, any Latin letter left in a visible text (after removing what is legitimately
Latin: file names, format names, rule ids, "English") is an untranslated string; for English,
Arabic text outside the article's own content is a string that did not follow the language.
test_translation_catalogues.py checks the .ts files themselves and the core's messages.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from editor.core.article import Article, Metadata
from editor.core.importing.result import ImportResult, Removal
from editor.core.journal import JournalEntry
from editor.core.notices import Notice
from editor.core.proofing import PersonalDictionary
from editor.core.proofing.rules import all_rules
from editor.ui.document_controller import FILE_FILTER
from editor.ui.i18n import install_translations, remove_translations
from editor.ui.import_report import ImportReportDialog
from editor.ui.main_window import MainWindow
from editor.ui.proofing.dictionary_dialog import DictionaryDialog
from editor.ui.recovery_dialog import RecoveryDialog
from editor.ui.settings_dialog import SettingsDialog

LANGUAGES = ("ar", "en")
LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06FF]")
# Legitimately Latin in an Arabic interface: format and language names, encodings.
LATIN_ALLOWED = ("Markdown", "HTML", "DOCX", "English", "UTF-8", "ZIP", "PDF")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    loaded = install_translations(qapp, request.param, qm_dir)
    assert any(Path(path).name == f"midad_{request.param}.qm" for path in loaded)
    yield request.param
    remove_translations(qapp)


@pytest.fixture
def window(make_window, language: str, samples_dir: Path, qtbot) -> MainWindow:
    win = make_window(size=(1300, 900), values={"ui/language": language})
    win.document.open_path(samples_dir / "draft-with-errors.md", confirm=False)
    qtbot.waitUntil(lambda: win.proofing.controller.last_check is not None, timeout=15000)
    return win


# -- collecting what the user sees -------------------------------------------------------------
def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield from _action_texts(action, f"{where} › {action.text()}")


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield where, action.text()
    yield where + " (tooltip)", action.toolTip()
    if action.menu() is not None:
        yield from _menu_texts(action.menu(), where)


def _tree_texts(item: QTreeWidgetItem, where: str) -> Iterator[tuple[str, str]]:
    yield where, item.text(0)
    yield where + " (tooltip)", item.toolTip(0)
    for index in range(item.childCount()):
        yield from _tree_texts(item.child(index), where)


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = type(widget).__name__
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield name, widget.text()
    if isinstance(widget, QAbstractButton):
        yield name, widget.text()
    if isinstance(widget, QGroupBox):
        yield name, widget.title()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"{name} tab", widget.tabText(index)
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
        for index in range(widget.count()):  # a font box lists font family names
            yield f"{name} item", widget.itemText(index)
    if isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{name} special value", widget.specialValueText()
        for part in ("prefix", "suffix"):
            if hasattr(widget, part):
                yield f"{name} {part}", getattr(widget, part)()
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield f"{name} item", widget.item(index).text()
    if isinstance(widget, QTreeWidget):
        for index in range(widget.topLevelItemCount()):
            yield from _tree_texts(widget.topLevelItem(index), f"{name} item")
    if isinstance(widget, QMenu):
        yield from _menu_texts(widget, name)
    else:
        for action in widget.actions():
            yield from _action_texts(action, f"{name} action")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    return [
        (where, text)
        for widget in widgets
        for where, text in _widget_texts(widget)
        if text and text.strip()
    ]


def untranslated(
    texts: list[tuple[str, str]], language: str, allowed: tuple[str, ...] = ()
) -> list[str]:
    """Texts that are not in ``language`` once legitimate other-script content is removed."""
    problems = []
    for where, text in texts:
        rest = text.split("\t")[0]  # a menu entry's keyboard shortcut follows a tab
        for token in sorted({*LATIN_ALLOWED, *allowed}, key=len, reverse=True):
            rest = rest.replace(token, "")
        if language == "ar" and LATIN.search(rest):
            problems.append(f"{where}: {text!r}")
        if language == "en" and ARABIC.search(rest):
            problems.append(f"{where}: {text!r}")
    return problems


def _rule_ids() -> tuple[str, ...]:
    return tuple(rule.id for rule in all_rules())


# Arabic an English interface shows on purpose: the article's own words, Arabic letters named in
# Arabic-specific options, and the language's own name.
def _article_words(window: MainWindow) -> tuple[str, ...]:
    meta = window.metadata_panel.metadata()
    findings = window.proofing.panel.findings
    words = [meta.title, meta.author, meta.category, *meta.tags, window.editor.toPlainText()]
    words += [f.text for f in findings] + [s for f in findings for s in f.suggestions]
    words += [f.fix for f in findings if f.fix]
    words += [heading.text for heading in window.comfort.outline.headings]  # the outline pane
    return tuple(w for w in words if w)


ENGLISH_UI_ARABIC = ("العربية", "ا أ إ آ", "ى ي", "ة ه", "أ/إ/آ", "ي and ى", "ا for", "٠١٢", "،")


def _allowed(window: MainWindow, language: str) -> tuple[str, ...]:
    if language == "ar":
        return (*_rule_ids(), Path(window.document.article.source.path).name)
    # English proofreading messages quote the Arabic they are about.
    messages = [rule.message for rule in all_rules()]
    messages += [f.message for f in window.proofing.panel.findings]
    return (*_article_words(window), *messages, *ENGLISH_UI_ARABIC)


def _assert_translated(
    root: QWidget, window: MainWindow, language: str, extra: tuple[str, ...] = ()
) -> None:
    problems = untranslated(visible_texts(root), language, (*_allowed(window, language), *extra))
    assert not problems, "untranslated:\n" + "\n".join(problems)


# -- the window, its panes and menus ------------------------------------------------------------
def test_main_window_menus_and_panes_are_translated(
    window: MainWindow, language: str, qtbot
) -> None:
    window.find_bar.show_bar()
    window.find_bar.query.setText("الخطة")
    window.metadata_panel.slug.setText("Not A Slug")  # shows the slug problem
    window.metadata_panel.summary.setPlainText("ملخص " * 60)  # longer than search results show
    window.metadata_panel._refresh_derived()
    assert window.metadata_panel.slug_message.text()
    assert window.proofing.panel.tree.topLevelItemCount() > 0
    window.proofing.fix_all_safe()  # the panel's notice and the status message
    texts = visible_texts(window)
    shown = {text for _, text in texts}
    # Everything the issue names is there and was collected.
    for dock in (window.metadata_dock, window.preview_dock, window.proofing_dock):
        assert dock.windowTitle() in shown
    assert len(window.menuBar().actions()) == 5  # File, Edit, View, Tools, Help
    _assert_translated(window, window, language)


def test_proofreading_messages_follow_the_language(window: MainWindow, language: str) -> None:
    panel = window.proofing.panel
    finding = panel.findings[0]
    expected = finding.message_ar if language == "ar" else finding.message
    items = [
        panel.tree.topLevelItem(0).child(i) for i in range(panel.tree.topLevelItem(0).childCount())
    ]
    assert any(expected in item.text(0) for item in items)
    # "wrong → right" reads the other way round in a right-to-left list.
    arrow = "←" if language == "ar" else "→"
    with_fix = [
        item for item in items if getattr(item.data(0, Qt.ItemDataRole.UserRole), "fix", None)
    ]
    assert with_fix and all(arrow in item.text(0) for item in with_fix)


def test_editor_context_menu_is_translated(window: MainWindow, language: str) -> None:
    position = window.editor.toPlainText().index("المدينه,") + 2
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)
    menu = window.editor.createStandardContextMenu()  # Qt's own entries: qtbase_<lang>.qm
    window.proofing.add_menu_actions(menu, position)
    texts = list(_menu_texts(menu, "context menu"))
    assert len(texts) > 10
    _, finding = window.proofing.controller.finding_at(position)
    suggestions = tuple(window.proofing.controller.suggestions_for(finding))
    problems = untranslated(
        [(w, t) for w, t in texts if t], language, (*_allowed(window, language), *suggestions)
    )
    assert not problems, "untranslated:\n" + "\n".join(problems)


# -- dialogs ------------------------------------------------------------------------------------
def test_settings_dialog_is_translated(window: MainWindow, language: str) -> None:
    dialog = SettingsDialog(window.app_settings, window, window.language)
    _assert_translated(dialog.language_notice(), window, language)  # after a new language
    rules = dialog.rules
    first = next(rule for rule in all_rules() if rule.id != "spelling")
    shown = first.message_ar if language == "ar" else first.message
    assert any(shown in rules.item(i).text() for i in range(rules.count()))
    _assert_translated(dialog, window, language)


def test_settings_dictionaries_tab_is_translated(
    window: MainWindow, language: str, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        window.app_settings,
        window,
        window.language,
        open_dictionaries=window.proofing.open_dictionaries,
    )
    tab = dialog.dictionaries
    assert not tab.manage_button.isHidden()
    tab.path_edit.setText(str(tmp_path / "missing"))
    assert tab.note.text()
    _assert_translated(
        tab, window, language, (str(tmp_path / "missing"),) if language == "ar" else ()
    )


def test_dictionary_dialog_is_translated(
    window: MainWindow, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ("بلخيري", "القيروان", "صفاقس")
    personal = PersonalDictionary(tmp_path / "mine.txt")
    personal.add_many(words[:2])
    team = tmp_path / "team.txt"
    team.write_text("# أسماء\nالزبيدي\n", encoding="utf-8")
    dialog = DictionaryDialog(personal, str(team), window)
    new_words = tmp_path / "new.txt"
    new_words.write_text("صفاقس\n", encoding="utf-8")
    monkeypatch.setattr(dialog, "choose_import_path", lambda: str(new_words))
    assert dialog.import_from_file() == 1  # its report in the status line
    assert dialog.status.text() and dialog.count.text()
    shown = {text for _, text in visible_texts(dialog)}
    assert any(str(team) in text for text in shown)
    extra = (str(team),) if language == "ar" else (*words, "الزبيدي")
    _assert_translated(dialog, window, language, extra)
    missing = DictionaryDialog(personal, str(tmp_path / "gone.txt"), window)
    _assert_translated(missing, window, language, (*extra, str(tmp_path / "gone.txt")))
    assert missing.team_words.isHidden()
    none = DictionaryDialog(personal, "", window)
    _assert_translated(none, window, language, extra)


def test_recovery_dialog_is_translated(window: MainWindow, language: str, tmp_path: Path) -> None:
    now = _dt.datetime.now(_dt.UTC)
    entries = [
        JournalEntry(tmp_path / "j1", None, "مسودة بلا اسم", now - _dt.timedelta(minutes=7), "نص"),
        JournalEntry(
            tmp_path / "j2", tmp_path / "draft.md", "draft.md", now - _dt.timedelta(hours=30), "نص"
        ),
        JournalEntry(tmp_path / "j3", None, "مقال", now - _dt.timedelta(days=3), "نص"),
    ]
    dialog = RecoveryDialog(entries, window)
    allowed = (str(tmp_path / "draft.md"), "draft.md")
    _assert_translated(
        dialog, window, language, allowed if language == "ar" else ("مسودة بلا اسم", "مقال")
    )
    assert dialog.discard_button.text() == ("تجاهل الكل" if language == "ar" else "Discard All")
    question = dialog.discard_question()  # asked before Discard All
    _assert_translated(question, window, language)
    assert "%n" not in question.text() and "3" in question.text()


def test_import_report_dialog_is_translated(window: MainWindow, language: str) -> None:
    article = Article(
        Metadata(
            title="عنوان",
            author="كاتب",
            date="2026-05-02",
            category="محليات",
            tags=["نقل", "بلديات"],
        ),
        "نص\n",
    )
    kinds = (
        "share",
        "follow",
        "comments",
        "comment_notice",
        "navigation",
        "menu",
        "breadcrumb",
        "related",
        "copyright",
        "ads",
        "tags",
        "category",
        "media_credit",
        "apps",
        "timestamps",
        "counter",
        "decoration",
        "duplicate",
    )
    removed = [
        Removal(i + 1, "سطر محذوف", f"English reason for {kind}", kind)
        for i, kind in enumerate(kinds)
    ]
    removed.append(
        Removal(
            40,
            "بقلم كاتب",
            Notice("byline (the article's byline is already “{author}”)", author="كاتب"),
            "duplicate",
        )
    )
    notes = [
        Notice("No title was found: the text starts with a paragraph."),
        Notice(
            "{count} garbled line(s) (Arabic UTF-8 once read with a wrong code page, "
            "like “ط§ظ„”) were restored.",
            count=3,
        ),
        Notice(
            "The file was read as {encoding}; the article is saved as UTF-8.",
            encoding=Notice("Windows-1256 (Arabic)"),
        ),
        Notice("{count} picture(s) were left out: an article holds text only.", count=2),
    ]
    dialog = ImportReportDialog(ImportResult(article, removed, [], notes), "web-paste.txt", window)
    arabic_data = ("عنوان", "كاتب", "محليات", "نقل", "بلديات", "سطر محذوف", "ط§ظ„", "، ", "بقلم")
    extra = ("web-paste.txt", "Windows-1256", "Arabic") if language == "ar" else arabic_data
    _assert_translated(dialog, window, language, extra)
    if language == "ar":  # the core's exact reason, not only its kind
        last = dialog.removed.item(dialog.removed.count() - 1).text()
        assert "سطر الكاتب" in last and "«كاتب»" in last, last


def test_help_about_shortcuts_and_word_target_dialogs_are_translated(
    window: MainWindow, language: str
) -> None:
    from editor.ui.help_dialogs import ShortcutsDialog, _font_copyright
    from editor.ui.word_target import WordTargetDialog

    about = window.comfort.show_about()
    # Names, licence identifiers and the fonts' own copyright lines stay as they are.
    names = (
        "Qt",
        "PySide6",
        "PySide",
        "Python",
        "Amiri",
        "Noto Sans Arabic",
        "SIL",
        "Ayaspell",
        "hunspell-ar",
        "GPL-3.0-or-later",
        "GPL-2.0-or-later",
        "LGPL-2.1-or-later",
        "MPL-1.1",
        "LGPL-3.0",
        "OFL-1.1",
        _font_copyright("fontpkg_amiri"),
        _font_copyright("fontpkg_noto_sans_arabic"),
    )
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(about.text.text())  # what the rich-text label shows, without its tags
    texts = [("About", shown.toPlainText()), ("About title", about.windowTitle())]
    problems = untranslated(
        texts, language, (*_allowed(window, language), *(names if language == "ar" else ()))
    )
    assert not problems, problems
    shortcuts = ShortcutsDialog(window)
    keys = tuple(key for entry in shortcuts.entries for key in entry.keys)
    assert len(shortcuts.rows()) > 20
    _assert_translated(shortcuts, window, language, keys if language == "ar" else ())
    window.comfort.last_words = 1234
    target = WordTargetDialog(1500, 1234, window)
    _assert_translated(target, window, language)
    window.comfort.set_target(1500)
    window.comfort.refresh_target()
    label = window.comfort.target_status
    assert "1,500" in label.text() and ("كلمة" in label.text()) == (language == "ar")
    help_dialog = window.comfort.show_help()
    _assert_translated(help_dialog, window, language)
    page = help_dialog.browser.toPlainText()
    assert len(page) > 1000
    if language == "ar":  # the page itself is Arabic: Latin only in key names and a folder name
        rest = re.sub(r"Ctrl\+Shift\+Z|Ctrl\+[A-Z]|F1|images", "", page)
        assert not LATIN.search(rest), LATIN.findall(rest)
    else:
        assert not ARABIC.search(
            page.replace("ا/أ/إ/آ, ى/ي and\nة/ه", "").replace("ا/أ/إ/آ, ى/ي and ة/ه", "")
        )


def test_unexpected_error_dialog_and_job_failure_message_are_translated(
    window: MainWindow, language: str, tmp_path: Path
) -> None:
    from editor.ui.error_dialog import UnexpectedErrorDialog

    log = tmp_path / "log" / "midad.log"
    dialog = UnexpectedErrorDialog("Traceback (most recent call last): ...", log, window)
    _assert_translated(dialog, window, language, (str(log),) if language == "ar" else ())
    assert str(log) in dialog.informativeText()
    without_file = UnexpectedErrorDialog("Traceback", None, window)
    _assert_translated(without_file, window, language, ("--debug",))
    window.status.show_job_failure("proofing")
    message = window.status.currentMessage()
    assert message and not untranslated([("status", message)], language)


# -- direction ----------------------------------------------------------------------------------
def test_layout_is_mirrored_for_arabic_only(window: MainWindow, language: str) -> None:
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert QApplication.layoutDirection() == expected
    assert window.layoutDirection() == expected
    bar = window.menuBar()
    first, last = bar.actions()[0], bar.actions()[-1]
    starts_right = bar.actionGeometry(first).x() > bar.actionGeometry(last).x()
    assert starts_right == (language == "ar")
    side = (
        Qt.DockWidgetArea.LeftDockWidgetArea
        if language == "ar"
        else Qt.DockWidgetArea.RightDockWidgetArea
    )
    assert window.dockWidgetArea(window.metadata_dock) == side
    # Dates keep their ISO order in a mirrored window (a right-to-left QDateEdit reverses them);
    # the calendar names the months in the interface language.
    assert window.metadata_panel.date.text() == "2026-05-02"
    calendar = window.metadata_panel.date.calendarWidget()
    assert calendar.locale().monthName(5) == ("مايو" if language == "ar" else "May")


# -- Qt's own dialogs (qtbase_<lang>.qm) --------------------------------------------------------
def test_qt_dialogs_follow_the_language(window: MainWindow, language: str, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def prompts_tr(text: str) -> str:
        return QCoreApplication.translate("DialogPrompts", text)

    question = QMessageBox(
        QMessageBox.Icon.Question,
        prompts_tr("Unsaved changes"),
        prompts_tr("The article has unsaved changes. Save them first?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        window,
    )
    _assert_translated(question, window, language)
    discard = question.button(QMessageBox.StandardButton.Discard).text()
    assert discard == ("لا تحفظ" if language == "ar" else "Discard")
    document = window.document
    dialog = QFileDialog(
        window, document.tr("Open Article"), str(tmp_path), document.tr(FILE_FILTER)
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    patterns = tuple(re.findall(r"\*\.\w+", FILE_FILTER))
    folders = tuple(part for part in tmp_path.parts if part != "/")
    _assert_translated(dialog, window, language, (*patterns, *folders))


def test_standard_buttons_have_no_mnemonic_glyph_in_arabic(
    window: MainWindow, language: str
) -> None:
    """qtbase_ar writes "&لا": the underline under the lam broke the lam-alef ligature (a glyph
    like «U̲»). Arabic buttons carry no '&' and no Latin letter; English keeps its mnemonics."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    expected = {
        buttons.Yes: ("نعم", "&Yes"),
        buttons.No: ("لا", "&No"),
        buttons.YesToAll: ("نعم للكلّ", "Yes to &All"),
        buttons.NoToAll: ("لا للكلّ", "N&o to All"),
        buttons.Save: ("احفظ", "Save"),
        buttons.Discard: ("لا تحفظ", "Discard"),
        buttons.Cancel: ("ألغِ", "Cancel"),
        buttons.Ok: ("حسنًا", "OK"),
        buttons.Close: ("أغلق", "Close"),
    }
    box = QMessageBox(
        QMessageBox.Icon.Question,
        window.document.tr("File changed on disk"),
        window.document.tr("Your unsaved changes in Midad would be lost."),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    for button in expected:
        box.addButton(button)
    for button, (arabic, english) in expected.items():
        text = box.button(button).text()
        if language == "ar":
            assert text == arabic, text
            assert "&" not in text and not LATIN.search(text), text
        else:
            assert text == english
    _assert_translated(box, window, language)


def test_print_preview_window_is_translated(window: MainWindow, language: str, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    window.import_export.page_digits = "western"
    printer = QPrinter()  # kept alive: the dialog only points at it
    dialog = QPrintPreviewDialog(printer, window)
    dialog.paintRequested.connect(window.import_export.print_to)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    _assert_translated(dialog, window, language)
    dialog.close()
