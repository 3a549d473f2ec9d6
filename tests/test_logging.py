"""Diagnostics: the private, rotating log file, --debug, failing background jobs, unexpected
errors in the command line and in the window. Tests run with isolated user dirs (conftest.py),
so every log file here is in the test's own temporary home."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning

from editor import logsetup
from editor.app.diagnostics import ExceptHook, qt_message, start_diagnostics
from editor.cli.main import EXIT_INTERNAL_ERROR, main, split_debug
from editor.logsetup import configure_logging, current_log_file, log_file
from editor.ui.background import Background, report_failures

SECRET = "سرّيةالمقال"  # a word of the article's text: it must never reach the log


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def midad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(
        f"---\ntitle: عنوان {SECRET}\n---\n\nهذه فقرة فيها {SECRET} و  مسافتان.\n", encoding="utf-8"
    )
    return path


# -- the log file -------------------------------------------------------------------------------
def test_the_log_file_is_private_and_in_the_isolated_user_log_dir(isolated_user_dirs: Path) -> None:
    path = configure_logging()
    assert path == log_file() == current_log_file()
    assert path.is_relative_to(isolated_user_dirs)  # never the real home
    assert path.parent.name.lower() == "log" and "midad" in str(path.parent).lower()
    logging.getLogger("editor.test").warning("a warning about %s", "/some/path.md")
    logging.getLogger("editor.test").info("an info line")
    logging.getLogger("editor.test").debug("a debug line")
    text = path.read_text(encoding="utf-8")
    assert "WARNING editor.test" in text and "/some/path.md" in text
    assert "info line" not in text and "debug line" not in text  # WARNING and above only
    if os.name == "posix":
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700


def test_debug_logs_everything_to_the_file(isolated_user_dirs: Path) -> None:
    path = configure_logging(debug=True)
    logging.getLogger("editor.test").debug("a debug line")
    logging.getLogger("some.library").debug("a library's chatter")
    text = path.read_text(encoding="utf-8")
    assert "DEBUG editor.test" in text and "a debug line" in text
    assert "chatter" not in text  # other libraries stay at WARNING


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_rotated_and_existing_log_files_are_private_too(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = log_file().parent
    folder.mkdir(parents=True, mode=0o755)
    log_file().write_text("an old line\n", encoding="utf-8")
    os.chmod(log_file(), 0o644)
    monkeypatch.setattr(logsetup, "MAX_BYTES", 400)
    configure_logging()
    assert mode(folder) == 0o700 and mode(log_file()) == 0o600
    for number in range(60):
        logging.getLogger("editor.test").warning("line %d of a long session", number)
    rotated = sorted(folder.glob("midad.log.*"))
    assert [p.name for p in rotated] == [f"midad.log.{n}" for n in (1, 2, 3)]  # three kept
    assert all(mode(p) == 0o600 for p in [log_file(), *rotated])


def test_configuring_again_replaces_the_handlers() -> None:
    configure_logging(debug=True)
    configure_logging()
    own = [h for h in logging.getLogger().handlers if getattr(h, "_midad_handler", False)]
    assert len(own) == 1 and own[0].level == logging.WARNING
    assert logging.getLogger("editor").level == logging.NOTSET


def test_an_unwritable_log_folder_sends_warnings_to_stderr(
    isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = isolated_user_dirs / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # the log folder cannot be made
    assert configure_logging() is None and current_log_file() is None
    logging.getLogger("editor.test").warning("still seen")
    err = capsys.readouterr().err
    assert "Cannot write the log file" in err and "still seen" in err


# -- the command line ---------------------------------------------------------------------------
def test_debug_switch_is_taken_anywhere_before_a_double_dash() -> None:
    assert split_debug(["--debug", "check", "a.md"]) == (True, ["check", "a.md"])
    assert split_debug(["check", "a.md", "--debug"]) == (True, ["check", "a.md"])
    assert split_debug(["check", "--", "--debug"]) == (False, ["check", "--", "--debug"])
    assert split_debug(["check", "a.md"]) == (False, ["check", "a.md"])


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_check_logs_debug_to_stderr_and_the_file(article: Path, where: str) -> None:
    args = ["check", str(article)]
    result = midad(*(["--debug", *args] if where == "before" else [*args, "--debug"]))
    plain = midad(*args)
    assert result.returncode == plain.returncode == 1  # the double space is a finding
    assert result.stdout == plain.stdout  # the findings are not mixed with the log
    assert "DEBUG editor.cli.commands.check" in result.stderr
    assert f"Read {article}" in result.stderr
    assert "DEBUG" not in plain.stderr
    assert "DEBUG editor.cli.commands.check" in log_file().read_text(encoding="utf-8")


def test_the_commands_never_log_the_articles_text(article: Path, tmp_path: Path) -> None:
    for args in (
        ["info", str(article)],
        ["check", str(article), "--names"],
        ["fix", str(article), "--safe", "-o", str(tmp_path / "fixed.md")],
        ["export", str(article), "--to", "docx"],
        ["import", str(article), "-o", str(tmp_path / "imported.md")],
    ):
        result = midad("--debug", *args)
        assert result.returncode in (0, 1), result.stderr
        assert SECRET not in result.stderr, args
    log = log_file().read_text(encoding="utf-8")
    assert "editor.core.export.service" in log and "editor.core.fileio" in log
    assert SECRET not in log


def test_an_unexpected_error_is_one_line_with_the_traceback_in_the_log(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> dict:
        raise RuntimeError("the info command broke\non two lines")

    monkeypatch.setattr("editor.cli.commands.info.article_info", broken)
    assert main(["info", str(article)]) == EXIT_INTERNAL_ERROR == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("midad: internal error (RuntimeError: the info command broke")
    assert str(log_file()) in lines[0]
    log = log_file().read_text(encoding="utf-8")
    assert "ERROR editor.cli.main" in log and "midad info failed unexpectedly" in log
    assert "Traceback (most recent call last)" in log and "in broken" in log


def test_a_user_error_stays_one_line_and_exit_2_without_a_traceback_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(tmp_path / "missing.md")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("midad: ") and "does not exist" in lines[0]
    assert "Traceback" not in log_file().read_text(encoding="utf-8")


# -- the background worker ----------------------------------------------------------------------
def test_a_failing_job_is_logged_and_reported_and_later_jobs_still_run(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    worker = Background("test")
    failures: list[tuple[str, BaseException]] = []
    worker.failed.connect(lambda name, error: failures.append((name, error)))
    results: list[object] = []

    def failing_job() -> int:
        raise ValueError("the job broke")

    try:
        with caplog.at_level(logging.ERROR, logger="editor.ui.background"):
            worker.submit(failing_job, results.append)  # its callback is never called
            worker.submit(failing_job)  # no callback: still not silent
            worker.submit(lambda: 42, results.append)
            qtbot.waitUntil(lambda: results == [42] and len(failures) == 2, timeout=5000)
    finally:
        worker.shutdown()
    assert [name for name, _ in failures] == ["test", "test"]
    assert all(isinstance(error, ValueError) for _, error in failures)
    records = [r for r in caplog.records if r.name == "editor.ui.background"]
    assert len(records) == 2 and all(r.levelno == logging.ERROR for r in records)
    assert "failing_job" in records[0].getMessage() and "test worker" in records[0].getMessage()
    assert records[0].exc_info is not None  # the traceback, pointing into the job
    assert "the job broke" in caplog.text and "in failing_job" in caplog.text


def test_a_failing_job_in_the_window_shows_in_the_status_bar(window, qtbot) -> None:
    workers = window.findChildren(Background)
    assert {w.name for w in workers} >= {"stats", "proofing", "preview"}
    worker = next(w for w in workers if w.name == "proofing")
    worker.submit(lambda: 1 / 0)
    qtbot.waitUntil(lambda: "log file" in window.status.currentMessage(), timeout=5000)


def test_report_failures_covers_every_worker_under_a_parent(qtbot) -> None:
    from PySide6.QtCore import QObject

    root = QObject()
    Background("a", root)
    Background("b", QObject(root))
    reported: list[str] = []
    report_failures(root, reported.append)
    workers = root.findChildren(Background)
    try:
        for worker in workers:
            worker.submit(lambda: [][0])
        qtbot.waitUntil(lambda: sorted(reported) == ["a", "b"], timeout=5000)
    finally:
        for worker in workers:
            worker.shutdown()


# -- the window's diagnostics -------------------------------------------------------------------
def test_window_start_up_configures_the_log_and_the_hooks(
    isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    previous = qInstallMessageHandler(None)
    try:
        path = start_diagnostics(debug=False)
    finally:
        qInstallMessageHandler(previous)
    assert path is not None and path.is_relative_to(isolated_user_dirs)
    assert isinstance(sys.excepthook, ExceptHook)
    assert threading.excepthook is not threading.__excepthook__


def test_an_unexpected_error_in_a_slot_is_logged_and_shown_once_per_place(
    qtbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, Path | None]] = []
    hook = ExceptHook(show=lambda details, path: shown.append((details, path)))
    monkeypatch.setattr(sys, "excepthook", hook)
    configure_logging()

    def broken_slot() -> None:
        raise KeyError("no such pane")

    with caplog.at_level(logging.CRITICAL, logger="editor.app.diagnostics"):
        for _ in range(2):  # the same error twice: one dialog, two log entries
            QTimer.singleShot(0, broken_slot)
            qtbot.wait(50)
        qtbot.waitUntil(lambda: len(caplog.records) == 2, timeout=5000)
    assert len(shown) == 1
    details, path = shown[0]
    assert "Traceback" in details and "broken_slot" in details and "no such pane" in details
    assert path == log_file()
    assert "Unexpected error" in log_file().read_text(encoding="utf-8")
    assert all(r.exc_info is not None for r in caplog.records)


def test_the_hook_leaves_keyboard_interrupts_to_python(monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_: passed.append(kind))
    shown: list[str] = []
    ExceptHook(show=lambda details, _path: shown.append(details))(
        KeyboardInterrupt, KeyboardInterrupt(), None
    )
    assert passed == [KeyboardInterrupt] and shown == []


def test_qt_messages_go_to_the_log(qapp, caplog: pytest.LogCaptureFixture) -> None:
    previous = qInstallMessageHandler(qt_message)
    try:
        with caplog.at_level(logging.DEBUG, logger="editor.qt"):
            qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    records = [r for r in caplog.records if r.name == "editor.qt"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.WARNING, "a warning from Qt")
    ]


def test_the_error_dialog_names_the_log_file(qtbot, tmp_path: Path) -> None:
    from editor.ui.error_dialog import UnexpectedErrorDialog

    dialog = UnexpectedErrorDialog("Traceback: details", tmp_path / "midad.log")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "midad.log") in dialog.informativeText()
    assert dialog.detailedText() == "Traceback: details"
    assert dialog.folder_button is not None
    without = UnexpectedErrorDialog("Traceback: details", None)
    qtbot.addWidget(without)
    assert "--debug" in without.informativeText() and without.folder_button is None


# -- the convention ------------------------------------------------------------------------------
# print() is for what a command says to its user; diagnostics go through logging.
PRINTS_TO_THE_USER = {"cli", "app/launch.py", "app/smoke.py"}


def test_only_user_output_is_printed() -> None:
    import ast

    import editor

    package = Path(editor.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package).as_posix()
        if where.split("/")[0] in PRINTS_TO_THE_USER or where in PRINTS_TO_THE_USER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == [], "use logging.getLogger(__name__) for diagnostics: " + ", ".join(
        offenders
    )
